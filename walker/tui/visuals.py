"""Small shared pieces of display: progress bars, counts and relative times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from textual.content import Content

from walker.model import Guide, Step
from walker.progress import ProgressState, Tally, open_path

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


@dataclass(frozen=True)
class Counts:
    """A guide's steps as the library and the header both word them.

    ``done`` of ``on_way`` counts the ticked steps on the branches chosen; ``in_all`` counts
    every step on every branch; ``open_choices`` counts the unmade choices on the way.
    """

    done: int
    on_way: int
    in_all: int
    open_choices: int = 0

    @classmethod
    def of(cls, guide: Guide, state: ProgressState) -> Counts:
        """Count a guide's steps for the reader's progress."""
        items = open_path(guide, state)
        steps = [item for item in items if isinstance(item, Step)]
        done = sum(1 for step in steps if step.id in state.ticked)
        return cls(done, len(steps), guide.step_count, len(items) - len(steps))

    @property
    def choosing(self) -> bool:
        """Tell whether a choice on the way waits, so the way's length is not known yet."""
        return self.open_choices > 0

    @property
    def tally(self) -> Tally:
        """Return done out of the way's steps and unmade choices (what the bar shows)."""
        return Tally(self.done, self.on_way + self.open_choices)

    def done_text(self, width: int = 0) -> str:
        """Write ``2 of 3`` (the done count padded to ``width``), or what waits for a choice."""
        if self.choosing:
            return (
                f"{str(self.done).rjust(width)} done, then choose" if self.done else "choose a way"
            )
        return f"{str(self.done).rjust(width)} of {self.on_way}"

    def percent_text(self) -> str:
        """Write ``NN%`` of the way, or nothing while its length is unknown."""
        return "" if self.choosing else f"{self.tally.percent}%"

    def size_text(self) -> str:
        """Write how many steps: ``7 steps``, or ``3 on your way · 7 steps in all``."""
        if self.on_way == self.in_all and not self.choosing:
            return plural(self.in_all, "step")
        in_all = f"{plural(self.in_all, 'step')} in all"
        return in_all if self.choosing else f"{self.on_way} on your way · {in_all}"


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
