"""The help screen: walker's keys on the screen it was opened from, grouped, once each."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KeyHelp = tuple[str, str, str]
"""A group, a key (or keys, comma-separated) and what it does."""


class HelpScreen(ModalScreen[None]):
    """A grouped list of keys; any of escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close"),
    ]

    def __init__(self, title: str, keys: Iterable[KeyHelp]) -> None:
        """Describe the keys of a screen called ``title``, in the order given."""
        super().__init__()
        self._title = title
        self._keys = list(keys)

    def compose(self) -> ComposeResult:
        """Lay out a heading per group and one line per key."""
        width = max((len(key) for _, key, _ in self._keys), default=0) + 2
        lines: list[Content] = []
        for group, keys in groupby(self._keys, key=lambda item: item[0]):
            if lines:
                lines.append(Content())
            lines.append(Content.styled(group, "bold $text-primary"))
            lines.extend(
                Content.assemble("  ", (key.ljust(width), "bold $text-accent"), action)
                for _, key, action in keys
            )
        with Vertical(id="help-box") as box:
            box.border_title = Content(f"Keys · {self._title}")
            box.border_subtitle = "esc closes"
            with VerticalScroll():
                yield Static(Content("\n").join(lines), id="help-keys")
