"""Small shared pieces of display: progress bars, counts and relative times."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.content import Content

from walker.progress import Tally

BAR_FULL = "█"
BAR_EMPTY = "░"
MUTED = "$foreground 60%"
"""Secondary text. ($text-muted is 'auto 60%', which content styles draw at full strength.)"""
DIMMED = "$foreground 38%"
"""Text of a branch not chosen."""


def progress_bar(tally: Tally, width: int) -> Content:
    """Draw a bar ``width`` cells wide, filled in proportion to the tally."""
    filled = 0 if tally.total <= 0 else min(width, width * tally.done // tally.total)
    full = "$text-success" if tally.total and tally.done >= tally.total else "$primary"
    return Content.assemble(
        (BAR_FULL * filled, full), (BAR_EMPTY * (width - filled), "$foreground 20%")
    )


def count_text(tally: Tally) -> str:
    """Write a tally as ``done/total · NN%``, its width fixed by the total (no jumping)."""
    done = str(tally.done).rjust(len(str(tally.total)))
    return f"{done}/{tally.total} · {tally.percent:>3}%"


def plural(number: int, noun: str) -> str:
    """Write ``1 step`` or ``2 steps``."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def ago(moment: datetime | None, now: datetime) -> str:
    """Write how long ago a moment was: 'just now', '5 min ago', '2 h ago', 'Mon', '3 Mar'."""
    if moment is None:
        return ""
    elapsed = now - moment
    if elapsed < timedelta(minutes=1):
        return "just now"
    if elapsed < timedelta(hours=1):
        return f"{elapsed // timedelta(minutes=1)} min ago"
    if elapsed < timedelta(days=1):
        return f"{elapsed // timedelta(hours=1)} h ago"
    if elapsed < timedelta(days=7):
        return f"{elapsed.days} d ago"
    if moment.year == now.year:
        return f"{moment.day} {moment:%b}"
    return f"{moment.day} {moment:%b %Y}"
