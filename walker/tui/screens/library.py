"""The library screen: every guide with the reader's progress, filtered as you type."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from threading import Lock
from typing import ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.worker import get_current_worker

from walker.errors import WalkerError
from walker.guide_ref import canonical_path
from walker.library import Library, Progress
from walker.model import Guide
from walker.paths import user_guides_dir
from walker.store import Store
from walker.tui.entries import EntryFilter, LibraryEntries, read_entries
from walker.tui.filter import IndexStopped, WordIndex
from walker.tui.session import Recall, StoreChanged
from walker.tui.visuals import plural
from walker.tui.widgets.footer import FittingFooter
from walker.tui.widgets.guide_list import Entry, GuideEntry, GuideList, NoticeEntry


class _LoadCancelled(Exception):
    """Raised through the loader to stop a load nobody will see."""


LibraryLoader = Callable[[Progress, Callable[[], bool]], Library]
"""Loads a library (in a worker thread), telling a Progress of the files loaded so far, and
stopping early when the second argument says so."""


class LibraryScreen(Screen[None]):
    """Every guide: type to filter, Up/Down to move, Enter to open, Escape to clear the filter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", tooltip="Open the highlighted guide", priority=True),
        Binding("slash", "focus_filter", "Filter", tooltip="Filter by title, tag or step text"),
        Binding(
            "escape",
            "clear_filter",
            "Clear",
            tooltip="Clear the filter (it never quits)",
            priority=True,
        ),
        Binding("question_mark", "help", "Help", tooltip="Show every key"),
        Binding("q", "quit", "Quit", tooltip="Quit walker"),
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
    ]
    """While the filter is being typed in, letters (q and ? too) go into it, and the footer
    leaves out the keys it takes."""

    AUTO_FOCUS = "#guides"

    def __init__(
        self,
        library: Library,
        store: Store,
        opened: Sequence[Path] = (),
        *,
        loader: LibraryLoader | None = None,
        when_loaded: Callable[[Library], None] | None = None,
    ) -> None:
        """Show a library, with progress read from a store; ``opened``: the paths asked for.

        With a ``loader`` the library is loaded in a worker: the list fills in as files load,
        and ``when_loaded`` hears of the whole library (on the event loop) before it is shown.
        """
        super().__init__()
        self.library = library
        self._loader = loader
        self._when_loaded = when_loaded
        self.load_progress: tuple[int, int] | None = (0, 0) if loader else None
        """While loading: the files loaded so far and the files in all (0 of 0: not counted yet)."""
        self.store = store
        self.opened = tuple(opened)
        self._index: WordIndex | None = None
        self._index_lock = Lock()
        self._entries = LibraryEntries()
        self._filter = EntryFilter(self._entries)
        self._shown_query: str | None = None
        self.recall = Recall()

    def compose(self) -> ComposeResult:
        """Lay out the header, the filter, the list and the footer."""
        with Horizontal(id="library-header"):
            yield Static(Content.styled("walker", "bold $text-primary"), id="library-title")
            yield Static(id="library-stats")
        filter_input = Input(
            placeholder="type to filter by title, tag or step", select_on_focus=False, id="filter"
        )
        filter_input.border_title = "filter"
        filter_input.cursor_blink = not self.app.is_headless
        yield filter_input
        yield GuideList(id="guides")
        yield FittingFooter()

    def on_mount(self) -> None:
        """List the guides (the keyboard is on the list), and once they are drawn start
        loading the rest or indexing them."""
        self.reload_entries()
        if self._loader is None:
            self.call_after_refresh(self._build_index)
        else:
            self.call_after_refresh(self._load, self._loader)

    @work(thread=True, exclusive=True, group="load")
    def _load(self, loader: LibraryLoader) -> None:
        """Load the library off the event loop, listing the guides loaded so far as it goes.

        Between files the worker gives way (``sleep(0)`` lets a waiting thread have the
        interpreter), so keys and frames come before loading.
        """
        worker = get_current_worker()

        def stop() -> bool:
            time.sleep(0)
            return worker.is_cancelled

        def progress(library: Library, done: int, total: int) -> None:
            if worker.is_cancelled:
                raise _LoadCancelled  # walker is quitting: stop parsing
            self.app.call_from_thread(self._show_library, library, (done, total))

        try:
            library = loader(progress, stop)
        except _LoadCancelled:
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_library, library, None)

    def _show_library(self, library: Library, loading: tuple[int, int] | None) -> None:
        """List a library loaded so far (``loading``: files done and in all) or whole (None)."""
        self.library, self.load_progress = library, loading
        with self._index_lock:
            self._index = None  # positions in the library changed
        if loading is None and self._when_loaded is not None:
            self._when_loaded(library)
        self.reload_entries()
        if loading is None:
            self._build_index()

    @work(thread=True, exclusive=True, group="index")
    def _build_index(self) -> None:
        """Index the guides' words ahead of the first keystroke (stopping if walker quits)."""
        worker = get_current_worker()
        with suppress(IndexStopped):
            self.word_index(stop=lambda: worker.is_cancelled)

    def word_index(self, stop: Callable[[], bool] = lambda: False) -> WordIndex:
        """Return the word index of the library, building it now if no worker has yet."""
        with self._index_lock:
            if self._index is None:
                self._index = WordIndex(self.library.guides(), stop)
            return self._index

    @property
    def filter_input(self) -> Input:
        """Return the filter."""
        return self.query_one("#filter", Input)

    def on_key(self, event: events.Key) -> None:
        """Start the filter with a letter typed on the list that is no key of its own."""
        filter_input = self.filter_input
        if event.key == "escape":  # Escape gets here only when there is nothing to clear
            self.notify("Nothing to clear · q quits walker")
            return
        if not event.is_printable or event.character is None:
            return
        # With the filter focused, a printable key gets here only when it was queued for the
        # list before the filter took the keyboard (typed in the same burst): it goes in too.
        typing = self.focused is filter_input  # (has_focus waits for the Focus event)
        if not typing and (event.key in self.active_bindings or event.character.isspace()):
            return
        event.stop()
        event.prevent_default()
        if not typing:  # at once, not after a refresh as focus() does
            self.set_focus(filter_input)
        filter_input.insert_text_at_cursor(event.character)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Leave out / while in the filter, and grey out Clear when there is nothing to clear."""
        if action == "focus_filter":
            return not self.filter_input.has_focus
        if action == "clear_filter":
            return True if self.filter_input.value or self.filter_input.has_focus else None
        return True

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Show the keys that hold where the keyboard now is."""
        self.refresh_bindings()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Show the keys that hold where the keyboard now is."""
        self.refresh_bindings()

    def on_screen_resume(self) -> None:
        """Re-read progress when coming back from a guide."""
        if self.is_mounted:
            self.reload_entries()

    def on_store_changed(self, event: StoreChanged) -> None:
        """Show what another walker saved."""
        self.reload_entries()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Filter as the reader types (the progress read last is filtered, not read again)."""
        had_filter = bool(self._shown_query)
        self.show_entries()
        if bool(event.value) != had_filter:  # only then can Clear's availability change
            self.refresh_bindings()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open a clicked guide."""
        self.action_open()

    def reload_entries(self) -> None:
        """Read every guide's progress from the store, then list the guides matching the filter."""
        try:
            self._entries = read_entries(self.library, self.store)
        except WalkerError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self._filter = EntryFilter(self._entries)
        self._show_stats()
        self.show_entries()

    def show_entries(self) -> None:
        """List the guides matching the filter, best match first and highlighted, then broken files.

        Without a filter the most recently opened guide comes first; the highlight stays on
        its guide when only the progress was read again.
        """
        query = self.filter_input.value
        query_changed = query != self._shown_query
        self._shown_query = query
        matched: list[Entry]
        if query.strip():  # one ranking over every guide, so the best match is the one highlighted
            kept = self._filter.keep(self.word_index(), query)
            matched = [*kept] or [NoticeEntry(f"No guide matches “{query}”")]
        else:
            matched = [*self._entries.guides]
            if self._entries.recent:
                matched += [NoticeEntry(RECENT_HEADING), *self._entries.recent]
        entries = [*matched, *self._entries.broken] or [NoticeEntry(self._empty_text())]
        guide_list = self.query_one("#guides", GuideList)
        guide_list.show(
            entries,
            self.store.now(),
            keep_highlight=not query_changed,
            fit_to=self._entries.every_guide,
        )

    @property
    def shown_query(self) -> str | None:
        """Return the filter text the list was last drawn for (typing may be ahead of it)."""
        return self._shown_query

    def _empty_text(self) -> str:
        """Say that there are no guides (yet), and where they were looked for."""
        if self.load_progress is not None:
            return "Loading guides…"
        if not self.opened:
            return f"No guides yet: add some to {user_guides_dir()}"
        return "No guides in " + ", ".join(str(path) for path in self.opened)

    def _show_stats(self) -> None:
        """Count guides, started ones (a tick or a choice), finished ones, and problems."""
        entries, started = self._entries.every_guide, self._entries.started
        failed = len(self._entries.broken)
        finished = sum(entry.finished for entry in entries)
        parts = [plural(len(entries), "guide"), f"{started} in progress", f"{finished} finished"]
        if problems := sum(entry.problem is not None for entry in entries):
            parts.append(f"{problems} with problems")
        if failed:
            parts.append(f"{failed} failed to load")
        if self.load_progress is not None:
            done, total = self.load_progress
            parts.append(f"loading {done} of {total} files…" if total else "loading…")
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
        if self.shown_query != self.filter_input.value:
            self.show_entries()
        entry = self.query_one("#guides", GuideList).current
        if isinstance(entry, GuideEntry):
            self.open_guide(entry.guide)

    def open_guide(self, guide: Guide) -> None:
        """Open a guide on its own screen (its module, with Markdown, loads on the first)."""
        from walker.tui.screens.guide import GuideScreen

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
        with self._index_lock:
            self._index = None  # positions in the library changed
        self.notify(f"Removed “{entry.guide.title}” from Recent", markup=False)
        self.reload_entries()

    def action_quit(self) -> None:
        """Quit walker."""
        self.app.exit()

    async def action_help(self) -> None:
        """Show every key of the library."""
        await self.app.run_action("help")

    def action_focus_filter(self) -> None:
        """Put the keyboard in the filter."""
        self.filter_input.focus()

    def action_clear_filter(self) -> None:
        """Clear the filter and give the keyboard back to the list; never quit."""
        self.filter_input.value = ""
        self.query_one("#guides", GuideList).focus()


RECENT_HEADING = "Recent — files you opened by path (Delete removes one; progress stays)"
