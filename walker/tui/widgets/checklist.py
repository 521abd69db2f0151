"""The checklist: each row of a guide is one line of an OptionList, redrawn only when it changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from walker.model import Branch, iter_steps
from walker.progress import ProgressState
from walker.tui.rows import Row, RowKind
from walker.tui.visuals import plural

RowKey = tuple[bool, bool, str | None]
"""What a row's look depends on: ticked, dimmed, and the branch chosen for its choice."""


def row_key(row: Row, state: ProgressState) -> RowKey:
    """Return what the row's look depends on, to redraw only rows that changed."""
    chosen = state.choices.get(row.choice.id) if row.choice else None
    return (row.item_id in state.ticked, row.dimmed(state), chosen)


def row_content(row: Row, state: ProgressState, number_width: int) -> Content:
    """Draw one row: indent, checkbox or marker, number, title and a hint."""
    ticked, dimmed, chosen = row_key(row, state)
    indent = "  " * row.depth
    number = (row.number.ljust(number_width) + "  ", "$text-muted") if row.number else ""
    if row.kind is RowKind.HEADING:
        content = Content.assemble(indent, (row.text, "bold $accent"))
    elif row.kind is RowKind.CHOICE:
        hint = ("  choose one", "italic $warning") if chosen is None else ""
        content = Content.assemble(indent, ("◆ ", "$accent"), number, (row.text, "bold"), hint)
    elif row.kind is RowKind.BRANCH:
        content = _branch_content(row, indent, number, chosen == row.item_id)
    else:
        box = ("[x] ", "bold $success") if ticked else ("[ ] ", "$text-muted")
        content = Content.assemble(indent, box, number, (row.text, "$text-muted" if ticked else ""))
    return content.stylize("$text-disabled") if dimmed else content


def _branch_content(row: Row, indent: str, number: tuple[str, str] | str, chosen: bool) -> Content:
    assert isinstance(row.item, Branch)
    steps = sum(1 for _ in iter_steps(row.item.flow))
    marker = ("◉ ", "bold $success") if chosen else ("○ ", "$text-muted")
    hint = ("  " + plural(steps, "step"), "$text-muted")
    return Content.assemble(indent, marker, number, (row.text, "bold" if chosen else ""), hint)


def number_widths(rows: Sequence[Row]) -> list[int]:
    """Return, per row, the width of the longest number among its siblings (for alignment)."""
    widest: dict[tuple[object, ...], int] = {}
    for row in rows:
        group = (row.path, row.depth)
        widest[group] = max(widest.get(group, 0), len(row.number))
    return [widest[(row.path, row.depth)] for row in rows]


class Checklist(OptionList):
    """A guide's prerequisites, sections, choices, branches and steps, one line each."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", tooltip="Move down", show=False),
        Binding("k", "cursor_up", "Up", tooltip="Move up", show=False),
    ]

    def __init__(self, rows: Sequence[Row], state: ProgressState, *, id: str | None = None) -> None:
        """Build one option per row, drawn for the given state."""
        self.rows = tuple(rows)
        self._widths = number_widths(self.rows)
        self._keys = [row_key(row, state) for row in self.rows]
        options = [
            Option(row_content(row, state, width), disabled=not row.focusable)
            for row, width in zip(self.rows, self._widths, strict=True)
        ]
        super().__init__(*options, id=id)

    @property
    def current(self) -> Row | None:
        """Return the highlighted row."""
        return None if self.highlighted is None else self.rows[self.highlighted]

    def show_state(self, state: ProgressState) -> None:
        """Redraw the rows whose look changed with the new state."""
        for index, row in enumerate(self.rows):
            key = row_key(row, state)
            if key != self._keys[index]:
                self._keys[index] = key
                content = row_content(row, state, self._widths[index])
                self.replace_option_prompt_at_index(index, content)

    def move_to(self, item_id: str) -> None:
        """Highlight the focusable row of an item."""
        for index, row in enumerate(self.rows):
            if row.focusable and row.item_id == item_id:
                self.highlighted = index
                return

    async def _on_click(self, event: events.Click) -> None:
        """Highlight the clicked row without ticking it (Enter and space tick)."""
        clicked = event.style.meta.get("option")
        if clicked is not None and not self.options[clicked].disabled:
            self.highlighted = clicked
