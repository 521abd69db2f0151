"""The guide screen's header: title, progress bar, ``done/total · NN%`` and ``ready N/M``."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from walker.progress import Tally
from walker.tui.visuals import count_text, progress_bar

BAR_WIDTH = 20


class ProgressHeader(Horizontal):
    """One line: the guide title on the left, its progress on the right."""

    def __init__(self, title: str, *, id: str | None = None) -> None:
        """Show a guide title (as literal text); progress follows with ``show``."""
        super().__init__(id=id)
        self._title = title

    def compose(self) -> ComposeResult:
        """Lay out the title and the progress."""
        yield Static(Content(self._title), id="header-title")
        yield Static(id="header-progress")

    def show(self, steps: Tally, ready: Tally) -> None:
        """Show the step tally along chosen branches and the prerequisite tally."""
        parts: list[Content | str | tuple[str, str]] = [
            progress_bar(steps, BAR_WIDTH),
            "  ",
            (count_text(steps), "bold"),
        ]
        if ready.total:
            style = "bold $text-success" if ready.done == ready.total else "$text-warning"
            done = str(ready.done).rjust(len(str(ready.total)))
            parts += ["   ", (f"ready {done}/{ready.total}", style)]
        self.query_one("#header-progress", Static).update(Content.assemble(*parts))
