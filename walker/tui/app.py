"""The walker app: screens, app-wide keys, theme, command palette, and ``run_app``."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.notifications import Notify
from textual.screen import Screen

from walker.errors import WalkerError
from walker.follow import follow_moved_guides, recent_files
from walker.guide_ref import canonical_path
from walker.library import Library, LibraryLoad, default_folders, load_library
from walker.store import Store
from walker.tui.screens.library import LibraryLoader, LibraryScreen
from walker.tui.session import StoreChanged

THEME_SETTING = "theme"
DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"
HEAD_SECONDS = 0.03
"""How long the start may read the parse cache before the first frame (the rest loads after)."""
POLL_SECONDS = 0.5
"""How often the app looks whether another walker saved progress (PRAGMA data_version)."""


def key_commands() -> type[Provider]:
    """walker's keys for the command palette (its module loads when the palette first opens)."""
    from walker.tui.commands import KeyCommands

    return KeyCommands


class WalkerApp(App[None]):
    """Guides as checklists: the library, then one guide at a time."""

    CSS_PATH = "walker.tcss"
    TITLE = "walker"
    COMMANDS = App.COMMANDS | {key_commands}
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
        # Loaded when first asked for: none of them is needed for the first frame.
        from walker.tui.commands import key_actions
        from walker.tui.screens.guide import GuideScreen
        from walker.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return

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


def start_loading(
    paths: Sequence[Path], recent: Sequence[Path] = ()
) -> tuple[Library, LibraryLoader | None]:
    """Begin loading the library under these paths: the first files the parse cache holds
    (read now, for at most HEAD_SECONDS, so the first frame lists guides) and a loader of the
    rest for the library screen's worker, or None when the cache held them all."""
    load = LibraryLoad(paths, recent)
    library = load.head(HEAD_SECONDS)
    if load.done:
        load.rest()  # nothing left to read: this only saves the cache's notes of use
        return library, None
    return library, load.rest


def run_app(paths: list[Path], *, start_guide: str | None = None) -> int:
    """Run the app on the given files and folders (none: the bundled and user guides)."""
    with Store.open_default() as store:
        run_for_good(make_app(paths, store, start_guide=start_guide))
    return 0


def run_for_good(app: WalkerApp, **options: Any) -> None:
    """Run the app as the process's last work, as `walker` does (``options`` go to App.run).

    What start-up made (modules, classes, the library so far) lives until the process ends, so
    it is left out of garbage collections from now on (``gc.freeze``): walking it again in
    every full collection made start-up ~13% slower, and pauses between frames longer. It is
    never unfrozen: the process ends with the app (a full collection on the way out would only
    cost the time it takes to quit).
    """
    gc.freeze()
    app.run(**options)


def make_app(paths: list[Path], store: Store, *, start_guide: str | None = None) -> WalkerApp:
    """The app `walker` runs on the given files and folders (none: the bundled and user guides).

    Files opened by path are remembered, so the plain library lists them under "Recent";
    ``start_guide`` opens a guide at once (by default the only guide of a single file named).
    A library's first files come from the parse cache before the first frame, the rest in a
    worker, so the list shows at once and fills in; a single file is loaded first, as its
    guide may open at once.
    """
    loader: LibraryLoader | None = None
    if len(paths) == 1 and paths[0].is_file():
        library = load_library(paths)
        start_guide = start_guide or start_guide_id(paths, library)
    else:
        library, loader = start_loading(
            paths or default_folders(), [] if paths else recent_files(store)
        )
    if loader is None:
        follow_moved_guides(store, library)
    for path in paths:
        if path.is_file() and not store.read_only:
            store.add_recent(canonical_path(path))
    return WalkerApp(library, store, start_guide=start_guide, opened=paths, loader=loader)
