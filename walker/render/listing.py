"""`walker list`: the guides of a library as aligned plain text."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from walker.model import Guide


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
        (guide.id, guide.title, str(guide.step_count), str(loaded.path))
        for loaded in files
        for guide in loaded.guides
    ]
    lines: list[str] = []
    if rows:
        header = ("ID", "TITLE", "STEPS", "FILE")
        widths = [min(max(len(row[i]) for row in [header, *rows]), 48) for i in range(3)]
        for row in [header, *rows]:
            cells = [cell[: widths[i]].ljust(widths[i]) for i, cell in enumerate(row[:3])]
            cells[2] = row[2].rjust(widths[2])
            lines.append("  ".join([*cells, row[3]]))
    else:
        lines.append("No guides found.")
    lines += [f"error: {loaded.error}" for loaded in files if loaded.error is not None]
    return "\n".join(lines) + "\n"
