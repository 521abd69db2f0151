"""`walker list`: the guides of a library as aligned plain text."""

from __future__ import annotations

from walker.library import Library


def render_listing(library: Library) -> str:
    """Render one line per guide (id, title, steps, file) and one per failed file."""
    rows = [
        (guide.id, guide.title, str(guide.step_count), str(loaded.path))
        for loaded in library.files
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
    lines += [f"error: {loaded.error}" for loaded in library.errors()]
    return "\n".join(lines) + "\n"
