"""A modal yes/no question."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from walker.tui.visuals import MUTED


class ConfirmScreen(ModalScreen[bool]):
    """Ask a question; dismiss with True for yes, False for no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, detail: str = "", yes: str = "Yes") -> None:
        """Ask ``question``, with ``detail`` below (literal text); ``yes`` labels the button."""
        super().__init__()
        self._question = question
        self._detail = detail
        self._yes = yes

    def compose(self) -> ComposeResult:
        """Lay out the question and two buttons."""
        with Vertical(id="confirm-box"):
            yield Static(Content.styled(self._question, "bold"), id="confirm-question")
            if self._detail:
                yield Static(Content.styled(self._detail, MUTED), id="confirm-detail")
            with Horizontal(id="confirm-buttons"):
                yield Button(Content(f"{self._yes} (y)"), variant="error", id="yes")
                yield Button("Cancel (n)", id="no")

    def on_mount(self) -> None:
        """Focus the safe answer."""
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Answer with the pressed button."""
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """Answer from the keyboard."""
        self.dismiss(yes)
