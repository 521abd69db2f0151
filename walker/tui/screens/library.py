"""The library screen: every guide with the reader's progress, filtered as you type."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static

from walker.errors import WalkerError
from walker.guide_ref import canonical_path, guide_key
from walker.library import Library, LoadedFile
from walker.model import Guide
from walker.paths import user_guides_dir
from walker.progress import is_finished, step_tally
from walker.store import Store
from walker.tui.filter import Haystack, score
from walker.tui.screens.guide import GuideScreen
from walker.tui.session import Recall, StoreChanged
from walker.tui.visuals import plural
from walker.tui.widgets.guide_list import BrokenEntry, Entry, GuideEntry, GuideList, NoticeEntry


class LibraryScreen(Screen[None]):
    """Every guide: type to filter, Up/Down to move, Enter to open, Escape to clear or quit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", tooltip="Open the highlighted guide", priority=True),
        Binding("up", "move(-1)", "Up", tooltip="Move up", show=False),
        Binding("down", "move(1)", "Down", tooltip="Move down", show=False),
        Binding("pageup", "page(-1)", "Page up", tooltip="Move a page up", show=False),
        Binding("pagedown", "page(1)", "Page down", tooltip="Move a page down", show=False),
        Binding(
            "delete",
            "forget",
            "Forget",
            tooltip="Remove a file opened by path from Recent (its progress stays)",
            show=False,
            priority=True,
        ),
        Binding(
            "escape",
            "clear_or_quit",
            "Clear/quit",
            tooltip="Clear the filter; quit when it is empty",
            priority=True,
        ),
    ]

    def __init__(self, library: Library, store: Store) -> None:
        """Show a library, with progress read from a store."""
        super().__init__()
        self.library = library
        self.store = store
        self._haystacks = {guide_key(guide): Haystack.of(guide) for guide in library.guides()}
        self._guides: list[GuideEntry] = []
        self._recent: list[GuideEntry] = []
        self._broken: list[Entry] = []
        self._shown_query: str | None = None
        self.recall = Recall()

    def compose(self) -> ComposeResult:
        """Lay out the header, the filter, the list and the footer."""
        with Horizontal(id="library-header"):
            yield Static(Content.styled("walker", "bold $text-primary"), id="library-title")
            yield Static(id="library-stats")
        filter_input = Input(placeholder="type to filter by title, tag or step", id="filter")
        filter_input.border_title = "filter"
        filter_input.cursor_blink = not self.app.is_headless
        yield filter_input
        yield GuideList(id="guides")
        yield Footer()

    def on_mount(self) -> None:
        """Focus the filter and list the guides."""
        self.query_one("#filter", Input).focus()
        self.reload_entries()

    def on_screen_resume(self) -> None:
        """Re-read progress when coming back from a guide."""
        if self.is_mounted:
            self.reload_entries()

    def on_store_changed(self, event: StoreChanged) -> None:
        """Show what another walker saved."""
        self.reload_entries()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Filter as the reader types (the progress read last is filtered, not read again)."""
        self.show_entries()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open a clicked guide."""
        self.action_open()

    def reload_entries(self) -> None:
        """Read every guide's progress from the store, then list the guides matching the filter."""
        try:
            self._read_entries()
        except WalkerError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.show_entries()

    def show_entries(self) -> None:
        """List the guides matching the filter, most recently opened first, then broken files."""
        query = self.query_one("#filter", Input).value
        self._shown_query = query
        matched = self._filtered(self._guides, query)
        recent = [e for e in self._filtered(self._recent, query) if isinstance(e, GuideEntry)]
        if recent:
            found = [entry for entry in matched if isinstance(entry, GuideEntry)]
            matched = [*found, NoticeEntry(RECENT_HEADING), *recent]
        entries = [*matched, *self._broken] or [
            NoticeEntry(f"No guides yet: add some to {user_guides_dir()}")
        ]
        self.query_one("#guides", GuideList).show(entries, self.store.now())

    def _read_entries(self) -> None:
        """Build an entry, with its progress, for every guide; count them in the header."""
        records = {record.guide_id: record for record in self.store.records()}
        collisions = self.library.collisions()
        entries: list[GuideEntry] = []
        started = 0
        for loaded in self.library.files:
            for guide in loaded.guides:
                key = guide_key(guide)
                state = self.store.state(key)
                record = records.get(key)
                opened = record.opened_at if record else None
                finished = is_finished(guide, state)
                tally = step_tally(guide, state)
                problem = loaded.error or _collision(loaded, guide.id, collisions)
                entries.append(GuideEntry(guide, tally, finished, opened, problem, loaded.recent))
                started += not finished and bool(state.ticked or state.choices)
        broken: list[Entry] = [
            BrokenEntry(loaded.error or "") for loaded in self.library.errors() if not loaded.guides
        ]
        self._show_stats(entries, started, len(broken))
        entries.sort(key=lambda entry: -entry.opened_at.timestamp() if entry.opened_at else 0.0)
        self._guides = [entry for entry in entries if not entry.recent]
        self._recent = [entry for entry in entries if entry.recent]
        self._broken = broken

    def _filtered(self, entries: list[GuideEntry], query: str) -> list[Entry]:
        if not query.strip():
            return list(entries)
        scored = [
            (score(query, self._haystacks[guide_key(entry.guide)]), entry) for entry in entries
        ]
        ranked = sorted(
            ((value, entry) for value, entry in scored if value is not None),
            key=lambda pair: -pair[0],
        )
        return [entry for _, entry in ranked] or [NoticeEntry(f"No guide matches “{query}”")]

    def _show_stats(self, entries: list[GuideEntry], started: int, failed: int) -> None:
        """Count guides, started ones (a tick or a choice), finished ones, and problems."""
        finished = sum(entry.finished for entry in entries)
        parts = [plural(len(entries), "guide"), f"{started} in progress", f"{finished} finished"]
        if problems := sum(entry.problem is not None for entry in entries):
            parts.append(f"{problems} with problems")
        if failed:
            parts.append(f"{failed} failed to load")
        self.query_one("#library-stats", Static).update(Content(" · ".join(parts)))

    def action_move(self, step: int) -> None:
        """Move the highlight up or down."""
        guides = self.query_one("#guides", GuideList)
        if step > 0:
            guides.action_cursor_down()
        else:
            guides.action_cursor_up()

    async def action_page(self, step: int) -> None:
        """Move the highlight a page up or down."""
        guides = self.query_one("#guides", GuideList)
        await guides.run_action("page_down" if step > 0 else "page_up")

    def action_open(self) -> None:
        """Open the highlighted guide (filtering first if typing is still being processed)."""
        if self._shown_query != self.query_one("#filter", Input).value:
            self.show_entries()
        entry = self.query_one("#guides", GuideList).current
        if isinstance(entry, GuideEntry):
            self.open_guide(entry.guide)

    def open_guide(self, guide: Guide) -> None:
        """Open a guide on its own screen."""
        try:
            screen = GuideScreen(guide, self.store, self.recall)
        except WalkerError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.app.push_screen(screen)

    def action_forget(self) -> None:
        """Remove the highlighted file opened by path from Recent; its progress stays.

        Inside the filter's text, Delete still deletes the character on the right.
        """
        filter_input = self.query_one("#filter", Input)
        if filter_input.cursor_position < len(filter_input.value):
            filter_input.action_delete_right()
            return
        entry = self.query_one("#guides", GuideList).current
        if not isinstance(entry, GuideEntry) or not entry.recent or entry.guide.source is None:
            self.notify("Delete removes a file from Recent; this guide is not one of them")
            return
        try:
            self.store.forget_recent(canonical_path(entry.guide.source))
        except WalkerError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.library = self.library.without(entry.guide.source)
        self.notify(f"Removed “{entry.guide.title}” from Recent", markup=False)
        self.reload_entries()

    def action_clear_or_quit(self) -> None:
        """Clear the filter, or quit when it is already empty."""
        filter_input = self.query_one("#filter", Input)
        if filter_input.value:
            filter_input.value = ""
        else:
            self.app.exit()


RECENT_HEADING = "Recent — files you opened by path (Delete removes one; progress stays)"


def _collision(loaded: LoadedFile, guide_id: str, collisions: dict[str, list[Path]]) -> str | None:
    """Say which other files hold a guide with the same id (each keeps its own progress)."""
    others = [path.name for path in collisions.get(guide_id, []) if path != loaded.path]
    if not others:
        return None
    return f"id “{guide_id}” is also used in {', '.join(others)}: name the file on the command line"
