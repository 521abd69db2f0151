"""`walker list`: the guides of a library as aligned plain text."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from walker.model import Guide

TITLE_WIDTH = 48
"""Titles longer than this are cut with an ellipsis; ids are never cut (they are typed back)."""


class ListedFile(Protocol):
    """What the listing needs of a loaded guide file (``walker.library.LoadedFile`` has it)."""

    @property
    def path(self) -> Path:
        """The guide file."""

    @property
    def guides(self) -> tuple[Guide, ...]:
        """The guides it gave."""

    @property
    def error(self) -> str | None:
        """A one-line error when the file is broken."""


def render_listing(files: Sequence[ListedFile]) -> str:
    """Render one line per guide (id, title, steps, file) and one per failed file."""
    rows = [
        (guide.id, _cut(guide.title, TITLE_WIDTH), str(guide.step_count), str(loaded.path))
        for loaded in files
        for guide in loaded.guides
    ]
    lines: list[str] = []
    if rows:
        header = ("ID", "TITLE", "STEPS", "FILE")
        table = [header, *rows]
        widths = [max(len(row[column]) for row in table) for column in range(3)]
        for guide_id, title, steps, path in table:
            cells = [guide_id.ljust(widths[0]), title.ljust(widths[1]), steps.rjust(widths[2])]
            lines.append("  ".join([*cells, path]))
    else:
        lines.append("No guides found.")
    lines += [f"error: {loaded.error}" for loaded in files if loaded.error is not None]
    return "\n".join(lines) + "\n"


def _cut(text: str, width: int) -> str:
    """Shorten text to ``width`` characters, ending with an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
