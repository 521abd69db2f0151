"""The guide screen's header: title, progress bar, ``2 of 3 · 67%``, steps in all, ``ready N/M``."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from walker.progress import Tally
from walker.tui.visuals import MUTED, Counts, progress_bar

LAYOUTS = ((20, True), (10, True), (20, False), (10, False), (0, False))
"""The bar's width and whether the steps in all are said, in the order tried until one fits."""
TITLE_MIN = 24
"""The progress gives way (steps in all, then the bar) to leave the title this much room."""


class ProgressHeader(Horizontal):
    """One line: the guide title on the left, its progress on the right."""

    def __init__(self, title: str, *, id: str | None = None) -> None:
        """Show a guide title (as literal text); progress follows with ``show``."""
        super().__init__(id=id)
        self._title = title
        self._counts = Counts(0, 0, 0)
        self._ready = Tally(0, 0)
        self._shown_width = -1

    def compose(self) -> ComposeResult:
        """Lay out the title and the progress."""
        yield Static(Content(self._title), id="header-title")
        yield Static(id="header-progress")

    def show(self, counts: Counts, ready: Tally) -> None:
        """Show the steps on the chosen way and the prerequisite tally."""
        self._counts, self._ready = counts, ready
        self._redraw()

    @property
    def counts(self) -> Counts:
        """Return the step counts shown."""
        return self._counts

    def on_resize(self, event: events.Resize) -> None:
        """Fit the progress to the new width (the screen is being laid out anyway)."""
        self._shown_width = -1
        self._redraw()

    def _redraw(self) -> None:
        room = self.size.width - min(len(self._title), TITLE_MIN) - 3
        digits = len(str(self._counts.in_all))  # counts padded this wide while there is room
        candidates = [
            self._progress(bar, with_size, pad) for pad in (digits, 0) for bar, with_size in LAYOUTS
        ]
        fitting = (content for content in candidates if content.cell_length <= room)
        shown = next(fitting, candidates[-1])
        # Laying the screen out again costs tens of milliseconds on a big guide, so the
        # progress only widens while the screen keeps its size: a shorter one (fewer choices
        # left, a count with fewer digits) is padded, and a tick repaints this line alone.
        if shown.cell_length > room:
            self._shown_width = -1  # nothing fits: keep no width, so a shorter one fits again
        widened = shown.cell_length > self._shown_width
        if widened:
            self._shown_width = shown.cell_length
        shown = shown.pad_left(self._shown_width - shown.cell_length)
        self.query_one("#header-progress", Static).update(shown, layout=widened)

    def _progress(self, bar_width: int, with_size: bool, digits: int) -> Content:
        """Draw the progress with a bar this wide, with the steps in all or without, and the
        done count padded to ``digits``."""
        counts, ready = self._counts, self._ready
        parts: list[Content | str | tuple[str, str]] = []
        if bar_width:
            parts += [progress_bar(counts.tally, bar_width), "  "]
        parts.append((counts.done_text(digits), "bold"))
        if percent := counts.percent_text():
            parts.append((f" · {percent:>4}", "bold"))
        if with_size and (counts.choosing or counts.on_way != counts.in_all):
            parts.append((f" · {counts.size_text()}", MUTED))
        if ready.total:
            style = "bold $text-success" if ready.done == ready.total else "$text-warning"
            done = str(ready.done).rjust(len(str(ready.total)))
            parts += ["   ", (f"ready {done}/{ready.total}", style)]
        return Content.assemble(*parts)
