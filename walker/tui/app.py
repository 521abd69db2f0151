"""The walker app: screens, app-wide keys, theme, command palette, and ``run_app``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import Notify
from textual.screen import Screen

from walker.errors import WalkerError
from walker.follow import follow_moved_guides, recent_files
from walker.guide_ref import canonical_path
from walker.library import Library, Progress, default_folders, load_library
from walker.store import Store
from walker.tui.commands import KeyCommands, key_actions
from walker.tui.screens.help import HelpScreen
from walker.tui.screens.library import LibraryLoader, LibraryScreen
from walker.tui.session import StoreChanged

THEME_SETTING = "theme"
DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"
POLL_SECONDS = 0.5
"""How often the app looks whether another walker saved progress (PRAGMA data_version)."""


class WalkerApp(App[None]):
    """Guides as checklists: the library, then one guide at a time."""

    CSS_PATH = "walker.tcss"
    TITLE = "walker"
    COMMANDS = App.COMMANDS | {KeyCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (App declares it)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012 (App declares it)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", tooltip="Show every key", show=False),
        Binding("ctrl+t", "toggle_theme", "Theme", tooltip="Switch light/dark theme", show=False),
        Binding("ctrl+q", "quit", "Quit", tooltip="Quit walker", show=False, priority=True),
    ]

    def __init__(
        self,
        library: Library,
        store: Store,
        *,
        start_guide: str | None = None,
        opened: Sequence[Path] = (),
        loader: LibraryLoader | None = None,
    ) -> None:
        """Show a library with progress from a store; optionally open one guide at once.

        ``opened``: the files and folders the library was read from (none: the default ones).
        ``loader``: load the library in a worker instead (``library`` is what shows first).
        """
        super().__init__()
        self.library = library
        self.loader = loader
        self._library_screen: LibraryScreen | None = None
        self.store = store
        self.start_guide = start_guide
        self._data_version: int | None = None
        self.opened = tuple(opened)

    def on_mount(self) -> None:
        """Apply the remembered theme and show the library (and the start guide)."""
        if self.store.notice:
            self.notify(self.store.notice, severity="warning", timeout=15, markup=False)
        self._data_version = self._read_data_version()
        self.set_interval(POLL_SECONDS, self._poll_store)
        try:
            remembered = self.store.get_setting(THEME_SETTING)
        except WalkerError as error:
            self.notify(str(error), severity="error", markup=False)
            remembered = None
        if remembered in self.available_themes:
            self.theme = remembered
        self._library_screen = LibraryScreen(
            self.library,
            self.store,
            self.opened,
            loader=self.loader,
            when_loaded=self._library_loaded,
        )
        self.push_screen(self._library_screen)
        if self.loader is None:
            self._open_start_guide()

    def _library_loaded(self, library: Library) -> None:
        """Let moved guides' progress follow them, then open the start guide, if any."""
        self.library = library
        follow_moved_guides(self.store, library)
        self._open_start_guide()

    def _open_start_guide(self) -> None:
        guide = self.library.find(self.start_guide) if self.start_guide else None
        if guide is not None and self._library_screen is not None:
            self._library_screen.open_guide(guide)

    def _on_notify(self, event: Notify) -> None:
        """Take down the toast of the same severity before Textual shows the new one."""
        for shown in list(self._notifications):
            if shown.severity == event.notification.severity:
                self._unnotify(shown, refresh=False)

    def _read_data_version(self) -> int | None:
        try:
            return self.store.data_version()
        except WalkerError:
            return None

    def _poll_store(self) -> None:
        """Tell the screen when another walker saved progress, so both windows agree."""
        version = self._read_data_version()
        if version != self._data_version:
            self._data_version = version
            for screen in self.screen_stack:  # a guide under the help screen stays current
                screen.post_message(StoreChanged())

    def watch_theme(self, theme: str) -> None:
        """Remember the theme for next time (not when another walker is busy writing)."""
        try:
            self.store.set_setting(THEME_SETTING, theme, wait=False)
        except WalkerError as error:
            self.notify(str(error), severity="error", markup=False)

    def action_toggle_theme(self) -> None:
        """Switch between the dark and the light theme."""
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    def action_help(self) -> None:
        """Show every key of the current screen."""
        if isinstance(self.screen, HelpScreen):
            return
        from walker.tui.screens.guide import GuideScreen  # loaded once a guide is opened

        title = self.screen.guide.title if isinstance(self.screen, GuideScreen) else "library"
        keys = [(item.group, item.keys, item.description) for item in key_actions(self.screen)]
        self.push_screen(HelpScreen(title, keys))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Offer only the theme picker; walker's own keys come from ``KeyCommands``."""
        yield SystemCommand("Theme", "Choose any theme", self.action_change_theme)


def start_guide_id(paths: list[Path], library: Library) -> str | None:
    """Return the guide to open at once: the only guide of a single file named."""
    if len(paths) == 1 and paths[0].is_file():
        guides = library.guides()
        if len(guides) == 1:
            return guides[0].id
    return None


def library_loader(paths: Sequence[Path], recent: Sequence[Path] = ()) -> LibraryLoader:
    """Return a loader of the library under these paths, for the library screen's worker."""

    def load(progress: Progress, stop: Callable[[], bool]) -> Library:
        return load_library(paths, recent, on_progress=progress, stop=stop)

    return load


def run_app(paths: list[Path], *, start_guide: str | None = None) -> int:
    """Run the app on the given files and folders (none: the bundled and user guides).

    Files opened by path are remembered, so the plain library lists them under "Recent";
    ``start_guide`` opens a guide at once (by default the only guide of a single file named).
    A library is loaded in a worker, so the list shows at once and fills in; a single file
    is loaded first, as its guide may open at once.
    """
    with Store.open_default() as store:
        loader: LibraryLoader | None = None
        if len(paths) == 1 and paths[0].is_file():
            library = load_library(paths)
            follow_moved_guides(store, library)
            start_guide = start_guide or start_guide_id(paths, library)
        else:
            library = Library()
            loader = library_loader(
                paths or default_folders(), [] if paths else recent_files(store)
            )
        for path in paths:
            if path.is_file() and not store.read_only:
                store.add_recent(canonical_path(path))
        WalkerApp(library, store, start_guide=start_guide, opened=paths, loader=loader).run()
    return 0
