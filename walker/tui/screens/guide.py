"""The guide screen: header with progress, the checklist, and the focused row's detail."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, OptionList

from walker.errors import WalkerError
from walker.model import Guide, Step
from walker.progress import active_steps, ready_tally, step_tally, unmade_choices
from walker.render.export import export_to_data_dir
from walker.store import Store
from walker.tui.rows import Row, RowKind, build_rows
from walker.tui.screens.confirm import ConfirmScreen
from walker.tui.session import GuideSession, Notice, Severity
from walker.tui.widgets.checklist import Checklist
from walker.tui.widgets.progress_header import ProgressHeader
from walker.tui.widgets.step_detail import StepDetail

LINK = re.compile(r"https?://[^\s<>()\[\]\"']+")


def first_link(step: Step) -> str | None:
    """Return the first web address in a step's body or callouts."""
    texts = [step.body, *(callout.text for callout in step.callouts)]
    found = (LINK.search(text) for text in texts)
    return next((match.group(0).rstrip(".,;:") for match in found if match), None)


class GuideScreen(Screen[None]):
    """One guide as a checklist; every change is saved at once and can be undone."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "tick", "Tick", tooltip="Tick or untick the item"),
        Binding(
            "enter",
            "tick_next",
            "Tick+next",
            tooltip="Tick, then go to the next open item",
            priority=True,
        ),
        Binding("n", "next_open", "Next", tooltip="Go to the next open item"),
        Binding("b", "branch", "Branch", tooltip="Choose this branch (on a choice: the next one)"),
        Binding("u", "undo", "Undo", tooltip="Undo the last tick, choice or reset"),
        Binding("escape", "back", "Back", tooltip="Back to the library"),
        Binding("question_mark", "app.help", "Help", tooltip="Show every key"),
        Binding("r", "reset", "Reset", tooltip="Reset this guide (asks first)"),
        Binding("e", "export", "Export", tooltip="Export the guide with your progress"),
        Binding("o", "open_link", "Link", tooltip="Open the step's first link in the browser"),
        Binding("d", "toggle_detail", "Detail", tooltip="Show or hide the detail pane"),
        Binding("q", "app.quit", "Quit", tooltip="Quit walker"),
    ]

    def __init__(self, guide: Guide, store: Store) -> None:
        """Open a guide with the progress kept in a store."""
        super().__init__()
        self.guide = guide
        self.session = GuideSession(guide, store)
        self.rows = build_rows(guide)

    def compose(self) -> ComposeResult:
        """Lay out the header, the checklist beside (or above) the detail, and the footer."""
        yield ProgressHeader(self.guide.title, id="guide-header")
        with Horizontal(id="guide-body"):
            checklist = Checklist(self.rows, self.session.state, id="checklist")
            checklist.border_title = "checklist"
            yield checklist
            yield StepDetail(id="detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Record the visit, show progress and put the cursor on the first open item."""
        self._save(lambda: self.session.store.mark_opened(self.guide.id))
        self._show_progress()
        checklist = self.checklist
        checklist.focus()
        found = self._next_open_index(-1)
        checklist.highlighted = found if found is not None else 0
        if checklist.highlighted is not None and not self.rows[checklist.highlighted].focusable:
            checklist.action_cursor_down()

    @property
    def checklist(self) -> Checklist:
        """Return the checklist widget."""
        return self.query_one("#checklist", Checklist)

    @property
    def current(self) -> Row | None:
        """Return the highlighted row."""
        return self.checklist.current

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Show the highlighted row in the detail pane."""
        self._show_detail(self.rows[event.option_index])

    @work(exclusive=True, group="detail")
    async def _show_detail(self, row: Row) -> None:
        """Show a row in the detail pane, cancelling any update still under way."""
        await self.query_one("#detail", StepDetail).show(row, self.guide)

    # changes

    def action_tick(self) -> None:
        """Tick or untick the highlighted item; on a choice or branch, choose."""
        row = self.current
        if row is None:
            return
        if not row.tickable:
            self.action_branch()
            return
        ticked = row.item_id not in self.session.state.ticked
        self._save(lambda: self.session.tick(row.item_id, ticked, row.text))

    def action_tick_next(self) -> None:
        """Tick the highlighted item (or choose its branch) and move to the next open item."""
        row = self.current
        if row is None:
            return
        if not row.tickable:
            self.action_branch()
        elif row.item_id not in self.session.state.ticked:
            self._save(lambda: self.session.tick(row.item_id, True, row.text))
        self._move_to_next_open()

    def action_branch(self) -> None:
        """Choose the highlighted branch, the next branch of a choice, or a step's branch."""
        row = self.current
        if row is None or (row.choice is None and not row.path):
            self.notify("No choice here", severity="warning")
            return
        if row.kind is RowKind.CHOICE and row.choice is not None:
            choice = row.choice
            self._save(lambda: self.session.next_branch(choice))
            return
        choice_id, branch_id = row.path[-1]
        if self.session.state.choices.get(choice_id) == branch_id:
            self.notify("This branch is already chosen — go to the choice to switch")
            return
        choice = next(
            item.choice for item in self.rows if item.item_id == choice_id and item.choice
        )
        self._save(lambda: self.session.choose(choice, branch_id))

    def action_undo(self) -> None:
        """Undo the last tick, choice or reset of this visit."""
        self._save(self.session.undo)

    def action_reset(self) -> None:
        """Ask, then untick everything and unmake every choice."""

        def answered(yes: bool | None) -> None:
            if yes:
                self._save(self.session.reset)

        question = f"Reset all progress in “{self.guide.title}”? (u undoes it)"
        self.app.push_screen(ConfirmScreen(question, "Reset"), answered)

    # moving and other actions

    def action_next_open(self) -> None:
        """Move to the next open item, wrapping around."""
        self._move_to_next_open()

    def action_open_link(self) -> None:
        """Open the highlighted step's first link in the browser."""
        row = self.current
        url = first_link(row.item) if row and isinstance(row.item, Step) else None
        if url is None:
            self.notify("No link in this step")
            return
        self.app.open_url(url)
        self.notify(f"Opening {url}", markup=False)

    def action_export(self) -> None:
        """Write the guide with its progress to the data folder and say where."""
        try:
            path = export_to_data_dir(self.guide, self.session.store)
        except (WalkerError, OSError) as error:
            self.notify(f"Export failed: {error}", severity="error", markup=False)
            return
        self.notify(f"Exported to {path}", markup=False)

    def action_toggle_detail(self) -> None:
        """Show or hide the detail pane."""
        self.toggle_class("-hide-detail")

    def action_back(self) -> None:
        """Go back to the library."""
        self.dismiss()

    # internals

    def _save(self, change: Callable[[], list[Notice] | None]) -> None:
        """Run a change against the store, then show the new state and what happened."""
        try:
            notices = change() or []
        except WalkerError as error:
            notices = [Notice(str(error), Severity.ERROR)]
        for notice in notices:
            self.notify(notice.text, severity=notice.severity.value, markup=False)
        self.checklist.show_state(self.session.state)
        self._show_progress()

    def _show_progress(self) -> None:
        state = self.session.state
        header = self.query_one("#guide-header", ProgressHeader)
        header.show(step_tally(self.guide, state), ready_tally(self.guide, state))

    def _move_to_next_open(self) -> None:
        start = self.checklist.highlighted
        found = self._next_open_index(-1 if start is None else start)
        if found is None:
            self.notify("Nothing left open in this guide")
        else:
            self.checklist.highlighted = found

    def _next_open_index(self, after: int) -> int | None:
        """Return the next row after ``after`` (wrapping) that is an open, active item."""
        state = self.session.state
        open_items = {(RowKind.STEP, step.id) for step in active_steps(self.guide, state)}
        open_items |= {(RowKind.CHOICE, choice.id) for choice in unmade_choices(self.guide, state)}
        open_items |= {(RowKind.PREREQUISITE, item.id) for item in self.guide.prerequisites}
        count = len(self.rows)
        for offset in range(1, count + 1):
            index = (after + offset) % count
            row = self.rows[index]
            if (row.kind, row.item_id) in open_items and row.item_id not in state.ticked:
                return index
        return None
