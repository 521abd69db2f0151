"""The help screen: every key of the screen it was opened from, with what it does."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KeyHelp = tuple[str, str]
"""A key (or keys, comma-separated) and what it does."""

EXTRA_HELP: tuple[KeyHelp, ...] = (
    ("ctrl+p", "Command palette: every action by name"),
    ("ctrl+q", "Quit from anywhere"),
)


class HelpScreen(ModalScreen[None]):
    """A list of keys; any of escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close"),
    ]

    def __init__(self, title: str, keys: Iterable[KeyHelp]) -> None:
        """Describe the keys of a screen called ``title``."""
        super().__init__()
        self._title = title
        self._keys = [*keys, *EXTRA_HELP]

    def compose(self) -> ComposeResult:
        """Lay out one line per key."""
        width = max(len(key) for key, _ in self._keys) + 2
        lines = [
            Content.assemble((key.ljust(width), "bold $accent"), action)
            for key, action in self._keys
        ]
        with Vertical(id="help-box") as box:
            box.border_title = Content(f"Keys · {self._title}")
            box.border_subtitle = "escape closes"
            with VerticalScroll():
                yield Static(Content("\n").join(lines), id="help-keys")
