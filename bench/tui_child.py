"""A child process for bench/run.py: start an app headless, exit once its list is painted.

    python bench/tui_child.py bare            Header + OptionList of 20 items + Footer
    python bench/tui_child.py walker [PATH]   walker's library (bundled guides, or PATH)

The parent times the whole process and reads its peak memory, so interpreter start, imports,
loading and the first paint are all counted, for both apps alike.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from frames import on_frame  # the frame hook, from the script beside this one

if TYPE_CHECKING:
    from textual.app import App
    from textual.pilot import Pilot


def run_until_listed(app: App[None], run: Callable[..., object] | None = None) -> None:
    """Run an app headless until the first frame drawn with entries one can open in the
    screen's option list, then quit. (A notice such as "Loading guides…" is a disabled option:
    it does not count.)

    The frame is caught where the app hands it to the terminal (headless: where it would), from
    the very first frame on (the hook is in before the app starts), and neither app is asked to
    go idle first: walker may still be loading the rest of a library. ``run`` runs the app
    (default ``app.run``), given App.run's options.
    """
    from textual.widgets import OptionList

    painted = asyncio.Event()

    def listed() -> bool:
        lists = app.screen.query(OptionList)
        return bool(lists) and any(not option.disabled for option in lists.first().options)

    async def quit_once_listed(pilot: Pilot[None]) -> None:
        await painted.wait()
        app.exit()

    on_frame(app, lambda: painted.set() if listed() else None)
    (run or app.run)(headless=True, size=(120, 36), auto_pilot=quit_once_listed)


def run_bare() -> None:
    """A bare Textual app of the same shape as walker's library."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, OptionList

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield OptionList(*(f"Guide number {n}" for n in range(20)))
            yield Footer()

    run_until_listed(Bare())


def run_walker(paths: list[Path]) -> None:
    """walker's own app, as `walker` starts it, quitting once its guide rows are painted."""
    from walker.store import Store
    from walker.tui.app import make_app, run_for_good

    with Store.open_default() as store:
        app = make_app(paths, store)
        run_until_listed(app, lambda **options: run_for_good(app, **options))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        run_bare()
    else:
        run_walker([Path(arg) for arg in sys.argv[2:]])
