"""A long library load: the list shows at once, fills in from a worker, and is usable meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Static

import walker.library
import walker.tui.app as tui_app
from walker.library import Library, Progress, load_library
from walker.store import Store
from walker.tui.app import WalkerApp
from walker.tui.screens.guide import GuideScreen
from walker.tui.screens.library import LibraryScreen
from walker.tui.widgets.guide_list import GuideEntry, GuideList

FILES = 30
SHOWN_EARLY = 5


def guide_folder(root: Path) -> Path:
    folder = root / "guides"
    folder.mkdir()
    for number in range(FILES):
        text = f"# Guide {number:02}\n\n1. Fill kettle {number}.\n2. Boil the water.\n"
        (folder / f"g{number:02}.md").write_text(text)
    return folder


async def test_a_long_load_lists_guides_as_they_come_and_they_open_meanwhile(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(walker.library, "PROGRESS_SECONDS", 0.0)
    folder = guide_folder(tmp_path)
    release = threading.Event()
    loaded_in: list[threading.Thread] = []

    def loader(progress: Progress, stop: Callable[[], bool]) -> Library:
        loaded_in.append(threading.current_thread())

        def report(library: Library, done: int, total: int) -> None:
            progress(library, done, total)
            if done == SHOWN_EARLY:
                release.wait(10)  # the rest of the library is still being parsed

        return load_library([folder], on_progress=report, stop=stop)

    app = WalkerApp(Library(), store, loader=loader)
    try:
        async with app.run_test() as pilot:
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            while screen.load_progress != (SHOWN_EARLY, FILES):
                await pilot.pause(0.01)
            guide_list = screen.query_one("#guides", GuideList)
            shown = [e.guide.title for e in guide_list.entries if isinstance(e, GuideEntry)]
            assert sorted(shown) == [f"Guide {n:02}" for n in range(SHOWN_EARLY)]
            stats = str(screen.query_one("#library-stats", Static).render())
            assert f"loading {SHOWN_EARLY} of {FILES} files" in stats
            assert loaded_in and loaded_in[0] is not threading.main_thread()

            await pilot.press("enter")  # usable before the load has finished
            assert isinstance(app.screen, GuideScreen)
            await pilot.press("escape")
            assert app.screen is screen

            release.set()
            while screen.load_progress is not None:
                await pilot.pause(0.01)
            shown = [e.guide.title for e in guide_list.entries if isinstance(e, GuideEntry)]
            assert len(shown) == FILES
            assert "loading" not in str(screen.query_one("#library-stats", Static).render())
    finally:
        release.set()


async def test_a_warm_start_lists_every_guide_on_the_first_frame_without_a_worker(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tui_app, "HEAD_SECONDS", 60.0)  # however slow this machine is today
    folder = guide_folder(tmp_path)
    load_library([folder])  # the parse cache holds every file now
    app = tui_app.make_app([folder], store)
    assert app.loader is None and len(app.library.guides()) == FILES
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and screen.load_progress is None
        assert not [worker for worker in app.workers if worker.group == "load"]
        guide_list = screen.query_one("#guides", GuideList)
        assert sum(isinstance(entry, GuideEntry) for entry in guide_list.entries) == FILES


async def test_a_partly_warm_start_shows_the_cached_guides_first_and_loads_the_rest(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tui_app, "HEAD_SECONDS", 60.0)  # however slow this machine is today
    folder = guide_folder(tmp_path)
    load_library(sorted(folder.iterdir())[:SHOWN_EARLY])  # the first few are in the cache
    app = tui_app.make_app([folder], store)
    assert app.loader is not None
    assert [guide.title for guide in app.library.guides()] == [
        f"Guide {n:02}" for n in range(SHOWN_EARLY)
    ]
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await pilot.pause()  # the load starts once the first frame is drawn
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.load_progress is None
        guide_list = screen.query_one("#guides", GuideList)
        assert sum(isinstance(entry, GuideEntry) for entry in guide_list.entries) == FILES
