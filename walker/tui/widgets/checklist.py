"""The checklist: each row of a guide is one line of an OptionList, redrawn only when it changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, cast

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.styles import RulesMap
from textual.widgets.option_list import Option

from walker.model import Branch, iter_steps
from walker.progress import ProgressState
from walker.tui.rows import Row, RowKind
from walker.tui.visuals import DIMMED, MUTED, plural
from walker.tui.widgets.painted import PaintedOptionList

RowKey = tuple[bool, bool, str | None, bool]
"""What a row's look depends on: ticked, dimmed, the branch chosen for its choice, pending."""


def row_key(row: Row, state: ProgressState, pending: frozenset[str] = frozenset()) -> RowKey:
    """Return what the row's look depends on, to redraw only rows that changed."""
    chosen = state.choices.get(row.choice.id) if row.choice else None
    return (row.item_id in state.ticked, row.dimmed(state), chosen, row.item_id in pending)


def row_content(
    row: Row,
    state: ProgressState,
    number_width: int,
    chosen_number: str,
    pending: frozenset[str] = frozenset(),
) -> Content:
    """Draw one row: indent, checkbox or marker, number, title and a hint.

    A tick not yet on disk (another walker was writing) shows as ``[~]`` and "saving…".
    """
    ticked, dimmed, chosen, waiting = row_key(row, state, pending)
    indent = "  " * row.depth
    number = (row.number.ljust(number_width) + "  ", MUTED) if row.number else ""
    if dimmed:
        return _dimmed_content(row, indent, number, ticked)
    if row.kind is RowKind.HEADING:
        return Content.assemble(indent, (row.text, "bold $text-accent"))
    if row.kind is RowKind.CHOICE:
        hint = ("  choose one", "italic $text-warning")
        if chosen is not None:
            hint = (f"  chose {chosen_number}", f"italic {MUTED}")
        return Content.assemble(indent, ("◆ ", "$text-accent"), number, (row.text, "bold"), hint)
    if row.kind is RowKind.BRANCH:
        return _branch_content(row, indent, number, chosen == row.item_id)
    if waiting:
        saving = ("  saving…", "italic $text-warning")
        return Content.assemble(indent, ("[~] ", "bold $text-warning"), number, row.text, saving)
    box = ("[x] ", "bold $text-success") if ticked else ("[ ] ", MUTED)
    return Content.assemble(indent, box, number, (row.text, MUTED if ticked else ""))


def _branch_content(row: Row, indent: str, number: tuple[str, str] | str, chosen: bool) -> Content:
    marker = ("◉ ", "bold $text-success") if chosen else ("○ ", MUTED)
    hint = ("  " + _step_count(row), MUTED)
    return Content.assemble(indent, marker, number, (row.text, "bold" if chosen else ""), hint)


def _dimmed_content(row: Row, indent: str, number: tuple[str, str] | str, ticked: bool) -> Content:
    """Draw a row of a branch not chosen: all of it in the disabled colour, nothing bold."""
    markers = {RowKind.BRANCH: "○ ", RowKind.CHOICE: "◆ ", RowKind.HEADING: ""}
    marker = markers.get(row.kind, "[x] " if ticked else "[ ] ")
    text = number[0] if isinstance(number, tuple) else number
    hint = f"  {_step_count(row)}" if row.kind is RowKind.BRANCH else ""
    return Content.assemble(indent, (f"{marker}{text}{row.text}{hint}", f"italic {DIMMED}"))


def _step_count(row: Row) -> str:
    assert isinstance(row.item, Branch)
    return plural(sum(1 for _ in iter_steps(row.item.flow)), "step")


def number_widths(rows: Sequence[Row]) -> list[int]:
    """Return, per row, the width of the longest number among its siblings (for alignment)."""
    widest: dict[tuple[object, ...], int] = {}
    for row in rows:
        group = (row.path, row.depth)
        widest[group] = max(widest.get(group, 0), len(row.number))
    return [widest[(row.path, row.depth)] for row in rows]


def _rows_by_dependency(rows: Sequence[Row]) -> dict[str, tuple[int, ...]]:
    """Map each item and choice id to the rows whose look depends on it.

    A row depends on its own item (ticked, pending), on the choice it draws or belongs to (what
    it says was chosen) and on every choice holding it (whether it is dimmed).
    """
    rows_of: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        ids = {row.item_id, *(choice_id for choice_id, _ in row.path)}
        if row.choice is not None:
            ids.add(row.choice.id)
        for item_id in ids:
            rows_of.setdefault(item_id, []).append(index)
    return {item_id: tuple(indices) for item_id, indices in rows_of.items()}


def _changed_ids(old: ProgressState, new: ProgressState) -> set[str]:
    """Return the items whose tick changed and the choices whose branch changed."""
    choices = old.choices.keys() | new.choices.keys()
    moved = {choice for choice in choices if old.choices.get(choice) != new.choices.get(choice)}
    return set(old.ticked ^ new.ticked) | moved


class Checklist(PaintedOptionList):
    """A guide's prerequisites, sections, choices, branches and steps, one line each."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", tooltip="Move down", show=False),
        Binding("k", "cursor_up", "Up", tooltip="Move up", show=False),
        Binding("home", "first", "First", tooltip="Go to the first item", show=False),
        Binding("end", "last", "Last", tooltip="Go to the last item", show=False),
        Binding("pageup", "page_up", "Page up", tooltip="Move a page up", show=False),
        Binding("pagedown", "page_down", "Page down", tooltip="Move a page down", show=False),
    ]

    def __init__(self, rows: Sequence[Row], state: ProgressState, *, id: str | None = None) -> None:
        """Build one option per row, drawn for the given state."""
        self.rows = tuple(rows)
        self.numbers = {row.item_id: row.number for row in self.rows if row.number}
        self._widths = number_widths(self.rows)
        self._state = state
        self._pending: frozenset[str] = frozenset()
        self._keys = [row_key(row, state) for row in self.rows]
        self._rows_of = _rows_by_dependency(self.rows)
        options = [
            Option(self.prompt(index), disabled=not row.focusable)
            for index, row in enumerate(self.rows)
        ]
        super().__init__(*options, id=id)

    @property
    def current(self) -> Row | None:
        """Return the highlighted row."""
        return None if self.highlighted is None else self.rows[self.highlighted]

    def show_state(self, state: ProgressState, pending: frozenset[str] = frozenset()) -> None:
        """Redraw the rows whose look changed with the new state (or whose save is pending).

        Only the rows that depend on what changed are looked at: a tick costs its own row, a
        choice the rows of that choice, however long the guide.
        """
        changed = _changed_ids(self._state, state) | (self._pending ^ pending)
        self._state, self._pending = state, pending
        indices = {index for item_id in changed for index in self._rows_of.get(item_id, ())}
        for index in sorted(indices):
            key = row_key(self.rows[index], state, pending)
            if key != self._keys[index]:
                self._keys[index] = key
                self._replace_prompt(index, self.prompt(index))

    def _replace_prompt(self, index: int, prompt: Content) -> None:
        """Redraw one row without measuring every other row again.

        OptionList.replace_option_prompt_at_index drops its whole line cache, so the next frame
        measures all 2,000+ rows of a long guide. A row that keeps its height (almost every
        tick: only a glyph or a count changes) needs only its own cached renders dropped.
        """
        option = self.get_option_at_index(index)
        old_height = self._heights.get(index)  # measures the rows only if never measured
        option._set_prompt(prompt)
        padding = self.get_component_styles("option-list--option").padding
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        new_height = self._get_visual(option).get_height(
            cast(RulesMap, self.styles), width - padding.width
        )
        if old_height is None or new_height != old_height:
            self._clear_caches()
            return
        cache = self._option_render_cache
        stale = [key for key in cache.keys() if key[0] is option]  # noqa: SIM118 (no __iter__)
        for key in stale:
            cache.discard(key)
        self.refresh_lines(self._index_to_line[index], new_height)

    def prompt(self, index: int) -> Content:
        """Draw one row for the current state."""
        row, state = self.rows[index], self._state
        chosen = state.choices.get(row.choice.id, "") if row.choice else ""
        number = self.numbers.get(chosen, "")
        return row_content(row, state, self._widths[index], number, self._pending)

    def move_to(self, item_id: str | None) -> bool:
        """Highlight the focusable row of an item; return False when no row shows it."""
        for index, row in enumerate(self.rows):
            if row.focusable and row.item_id == item_id:
                self.highlighted = index
                return True
        return False

    async def _on_click(self, event: events.Click) -> None:
        """Highlight the clicked row without ticking it (Enter and space tick)."""
        clicked = event.style.meta.get("option")
        if clicked is not None and not self.options[clicked].disabled:
            self.highlighted = clicked
