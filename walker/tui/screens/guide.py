"""The guide screen: header with progress, the checklist, and the focused row's detail."""

from __future__ import annotations

import re
import webbrowser
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import OptionList, Static

from walker.commands.export import export_to_data_dir
from walker.errors import WalkerError
from walker.model import Guide, Step
from walker.progress import active_steps, ready_tally, unmade_choices
from walker.render.plain import code_blocks
from walker.store import Applied, Store
from walker.tui.rows import Row, RowKind, build_rows
from walker.tui.screens.confirm import ConfirmScreen
from walker.tui.session import (
    FINISHED,
    GuideSession,
    Notice,
    Recall,
    Severity,
    StoreChanged,
)
from walker.tui.visuals import Counts, plural
from walker.tui.widgets.checklist import Checklist
from walker.tui.widgets.footer import FittingFooter
from walker.tui.widgets.progress_header import ProgressHeader
from walker.tui.widgets.step_detail import StepDetail
from walker.web import read_from_line

LINK = re.compile(r"https?://[^\s<>()\[\]\"']+")


def open_in_browser(app: App[object], url: str) -> bool:
    """Open an address in a graphical browser; False when none can be started.

    A browser that runs in the terminal (lynx, w3m) would fight the app for it, so it counts
    as none. In a web driver, the page's own browser opens the address.
    """
    if app.is_web:
        app.open_url(url)
        return True
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    if type(browser) is webbrowser.GenericBrowser:
        return False
    return browser.open(url)


def first_link(step: Step) -> str | None:
    """Return the first web address in a step's body or callouts."""
    texts = [step.body, *(callout.text for callout in step.callouts)]
    found = (LINK.search(text) for text in texts)
    return next((match.group(0).rstrip(".,;:") for match in found if match), None)


class GuideScreen(Screen[None]):
    """One guide as a checklist; every change is saved at once and can be undone."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (Screen declares it)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012 (Screen declares it)
    """The layout classes walker.tcss uses: only this screen has them, so no other restyles
    itself on every resize."""
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
        Binding("d", "toggle_detail", "Detail", tooltip="Show or hide the detail pane"),
        Binding("r", "reset", "Reset", tooltip="Reset this guide (asks first)", show=False),
        Binding("e", "export", "Export", tooltip="Export the guide with your progress", show=False),
        Binding("o", "open_link", "Link", tooltip="Open the step's first link", show=False),
        Binding(
            "O", "open_source", "Page", tooltip="Open the web page it was read from", show=False
        ),
        Binding("c", "copy_code", "Copy", tooltip="Copy the step's first code block", show=False),
        Binding("q", "app.quit", "Quit", tooltip="Quit walker", show=False),
    ]
    """The footer shows the everyday keys; help and the palette list them all."""

    def __init__(self, guide: Guide, store: Store, recall: Recall | None = None) -> None:
        """Open a guide with the progress kept in a store and what this run remembers."""
        super().__init__()
        self.guide = guide
        self.session = GuideSession(guide, store)
        self.recall = recall or Recall()
        self.rows = build_rows(guide)
        self._saving = False

    def compose(self) -> ComposeResult:
        """Lay out the header, the checklist beside (or above) the detail, and the footer."""
        yield ProgressHeader(self.guide.title, id="guide-header")
        if self.guide.read_from:
            origin = f"read from: {read_from_line(self.guide)}  {self.guide.source_url}"
            line = Static(Text(origin.rstrip(), style="dim", no_wrap=True), id="guide-origin")
            line.styles.padding = (0, 1)
            yield line
        with Horizontal(id="guide-body"):
            checklist = Checklist(self.rows, self.session.state, id="checklist")
            checklist.border_title = "checklist"
            yield checklist
            yield StepDetail(id="detail")
        yield FittingFooter(compact=True)

    def on_mount(self) -> None:
        """Record the visit, show progress and put the cursor where the reader left off."""
        self.session.mark_opened()
        self._show_progress()
        shown = self.recall.show_detail
        self.set_class(shown is None, "-auto-detail")
        self.set_class(shown is False, "-hide-detail")
        checklist = self.checklist
        checklist.focus()
        if checklist.move_to(self.recall.last_item.get(self.guide.id)):
            return
        checklist.highlighted = self._start_index()
        if not self.rows[checklist.highlighted].focusable:
            checklist.action_cursor_down()

    @property
    def checklist(self) -> Checklist:
        """Return the checklist widget."""
        return self.query_one("#checklist", Checklist)

    @property
    def _prerequisite_ids(self) -> frozenset[str]:
        return frozenset(item.id for item in self.guide.prerequisites)

    @property
    def current(self) -> Row | None:
        """Return the highlighted row."""
        return self.checklist.current

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Show the highlighted row in the detail pane and remember it for this run."""
        row = self.rows[event.option_index]
        self.recall.last_item[self.guide.id] = row.item_id
        self._show_detail(row)

    @work(exclusive=True, group="detail")
    async def _show_detail(self, row: Row) -> None:
        """Show a row in the detail pane, cancelling any update still under way."""
        detail = self.query_one("#detail", StepDetail)
        with suppress(NoMatches):  # the screen may close while the pane is being filled
            await detail.show(row, self.guide, self.session.state, self.checklist.numbers)

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
            notices = self._save(lambda: self.session.tick(row.item_id, True, row.text))
            if FINISHED in notices:
                return  # "finished" says it all; no "nothing left open" on top
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

        question = f"Reset all progress in “{self.guide.title}”?"
        self.app.push_screen(ConfirmScreen(question, "You can undo it with u.", "Reset"), answered)

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
        self._open_in_browser(url)

    @work(thread=True, exclusive=True, group="browser")
    def _open_in_browser(self, url: str) -> None:
        """Start the browser away from the screen, then say whether it started."""
        opened = open_in_browser(self.app, url)
        if opened:
            self.app.call_from_thread(self.notify, f"Opening {url}", markup=False)
        else:
            text = f"No web browser could be started. The address: {url}"
            self.app.call_from_thread(self.notify, text, severity="warning", markup=False)

    def action_copy_code(self) -> None:
        """Copy the highlighted step's first code block to the clipboard and say what it was."""
        row = self.current
        blocks = code_blocks(row.item.body) if row and isinstance(row.item, Step) else []
        if not blocks:
            self.notify("No code in this step")
            return
        code = blocks[0]
        self.app.copy_to_clipboard(code)
        first, *rest = code.split("\n")
        more = f" (+{plural(len(rest), 'more line')})" if rest else ""
        self.notify(f"Copied {first.strip()}{more}", markup=False)

    def action_open_source(self) -> None:
        """Open the web page the guide was read from in the browser."""
        url = self.guide.source_url
        if not url.startswith(("http://", "https://")):
            self.notify("This guide was not read from a web page")
            return
        self._open_in_browser(url)

    def action_export(self) -> None:
        """Write the guide with its progress to the data folder and say where."""
        try:
            path = export_to_data_dir(self.guide, self.session.store)
        except (WalkerError, OSError) as error:
            self.notify(f"Export failed: {error}", severity="error", markup=False)
            return
        self.notify(f"Exported to {path}", markup=False)

    def action_toggle_detail(self) -> None:
        """Show or hide the detail pane; the choice holds for the rest of this run."""
        shown = not self.query_one("#detail", StepDetail).display
        self.recall.show_detail = shown
        self.remove_class("-auto-detail")
        self.set_class(not shown, "-hide-detail")

    def action_back(self) -> None:
        """Go back to the library."""
        self.dismiss()

    # internals

    def _save(self, change: Callable[[], list[Notice] | None]) -> list[Notice]:
        """Run a change against the store, show the new state and what happened; return that."""
        try:
            notices = change() or []
        except WalkerError as error:
            notices = [Notice(str(error), Severity.ERROR)]
        self._show_notices(notices)
        self._show_state()
        if self.session.pending and not self._saving:
            self._saving = True
            # The app owns the worker: leaving the guide must not cancel a change on its way.
            app = self.app
            app.run_worker(partial(self._save_pending, app), thread=True, group="save")
        return notices

    def on_store_changed(self, event: StoreChanged) -> None:
        """Show what another walker saved."""
        self.session.reload()
        self._show_state()

    def _save_pending(self, app: App[object]) -> None:
        """Write the queued changes in order, on a connection of this thread's own."""
        store = self.session.store
        try:
            with Store(store.path, store.clock) as own:
                more = True
                while more:
                    applied = self.session.write_pending(own, self.session.pending[0])
                    more = app.call_from_thread(self._landed, applied)
        except WalkerError as error:
            app.call_from_thread(self._not_saved, error)

    def _landed(self, applied: Applied) -> bool:
        """Show a queued change as saved; return True while more are queued."""
        self._show_notices(self.session.landed(applied))
        self._saving = bool(self.session.pending)
        self._show_state()
        return self._saving

    def _not_saved(self, error: WalkerError) -> None:
        self._saving = False
        self._show_notices(self.session.drop_pending(error))
        self._show_state()

    def _show_notices(self, notices: list[Notice]) -> None:
        for severity in Severity:  # one toast per severity: a new one replaces the last
            if said := [notice.text for notice in notices if notice.severity is severity]:
                self.notify("\n".join(said), severity=severity.value, markup=False)

    def _show_state(self) -> None:
        """Redraw the rows, the progress and the detail for the session's state."""
        if not self.is_attached:
            return  # closed while a queued change was landing: nothing left to draw
        checklist = self.checklist
        checklist.show_state(self.session.state, self.session.pending_items)
        self._show_progress()
        if checklist.current is not None:
            self._show_detail(checklist.current)

    def _show_progress(self) -> None:
        state = self.session.state
        header = self.query_one("#guide-header", ProgressHeader)
        header.show(Counts.of(self.guide, state), ready_tally(self.guide, state))

    def _move_to_next_open(self) -> None:
        start = self.checklist.highlighted
        found = self._next_open_index(-1 if start is None else start)
        if found is None:
            self.notify("Nothing left open in this guide")
        else:
            self.checklist.highlighted = found

    def _start_index(self) -> int:
        """Return the row to start on when none is remembered: the first open item."""
        found = None
        if self.session.state.ticked - self._prerequisite_ids:
            found = self._next_open_index(-1, prerequisites=False)  # started: skip what is left
        if found is None:
            found = self._next_open_index(-1)
        return 0 if found is None else found

    def _next_open_index(self, after: int, *, prerequisites: bool = True) -> int | None:
        """Return the next row after ``after`` (wrapping) that is an open, active item."""
        state = self.session.state
        open_items = {(RowKind.STEP, step.id) for step in active_steps(self.guide, state)}
        open_items |= {(RowKind.CHOICE, choice.id) for choice in unmade_choices(self.guide, state)}
        if prerequisites:
            open_items |= {(RowKind.PREREQUISITE, item_id) for item_id in self._prerequisite_ids}
        count = len(self.rows)
        for offset in range(1, count + 1):
            index = (after + offset) % count
            row = self.rows[index]
            if (row.kind, row.item_id) in open_items and row.item_id not in state.ticked:
                return index
        return None
