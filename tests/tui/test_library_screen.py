"""The library screen: listing, filtering, opening, errors, order and quitting."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Input
from tui_guides import (
    BROKEN_ERROR,
    FIXED_NOW,
    AppFactory,
    big_guide,
    kettle_guide,
    lantern_guide,
    library_of,
)

from walker.store import Store
from walker.tui.app import WalkerApp
from walker.tui.screens.guide import GuideScreen
from walker.tui.screens.help import HelpScreen
from walker.tui.screens.library import LibraryScreen
from walker.tui.widgets.guide_list import BrokenEntry, GuideEntry, GuideList, NoticeEntry


def entries(app: WalkerApp) -> list[object]:
    assert isinstance(app.screen, LibraryScreen)
    return list(app.screen.query_one("#guides", GuideList).entries)


def titles(app: WalkerApp) -> list[str]:
    return [entry.guide.title for entry in entries(app) if isinstance(entry, GuideEntry)]


def highlighted_title(app: WalkerApp) -> str:
    entry = app.screen.query_one("#guides", GuideList).current
    assert isinstance(entry, GuideEntry)
    return entry.guide.title


async def test_lists_guides_and_a_broken_file_with_its_error(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide(), broken=True))
    async with app.run_test():
        assert titles(app) == ["Fold a paper lantern", "Descale a kettle"]
        assert entries(app)[-1] == BrokenEntry(BROKEN_ERROR)
        stats = str(app.screen.query_one("#library-stats").render())
        assert stats == "2 guides · 0 in progress · 0 finished · 1 failed to load"


async def test_filter_has_focus_typing_filters_and_enter_opens(
    make_app: AppFactory, store: Store
) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide(), broken=True))
    async with app.run_test() as pilot:
        assert app.focused is not None and app.focused.id == "filter"
        await pilot.press(*"ketl")
        assert titles(app) == ["Descale a kettle"]
        assert isinstance(entries(app)[-1], BrokenEntry)  # never hidden
        await pilot.press("enter")
        assert isinstance(app.screen, GuideScreen)
        assert app.screen.guide.id == "descale-kettle"
        assert store.record("descale-kettle").opened_at == FIXED_NOW


async def test_filter_searches_tags_and_step_text(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        await pilot.press(*"slits")
        assert titles(app) == ["Fold a paper lantern"]
        await pilot.press("escape", *"kitchen")
        assert titles(app) == ["Descale a kettle"]
        await pilot.press("escape", *"zzzz")
        assert entries(app) == [NoticeEntry("No guide matches “zzzz”")]


async def test_up_down_move_the_highlight(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide(), big_guide(5)))
    async with app.run_test() as pilot:
        assert highlighted_title(app) == "Fold a paper lantern"
        await pilot.press("down", "down")
        assert highlighted_title(app) == "A very long guide"
        await pilot.press("up")
        assert highlighted_title(app) == "Descale a kettle"
        await pilot.press("enter")
        assert isinstance(app.screen, GuideScreen)
        assert app.screen.guide.id == "descale-kettle"


async def test_recently_opened_first(make_app: AppFactory, store_path: Path) -> None:
    with Store(store_path, clock=lambda: FIXED_NOW - timedelta(hours=2)) as earlier:
        earlier.mark_opened("descale-kettle")
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test():
        assert titles(app) == ["Descale a kettle", "Fold a paper lantern"]
        kettle = entries(app)[0]
        assert isinstance(kettle, GuideEntry)
        assert kettle.opened_at == FIXED_NOW - timedelta(hours=2)


async def test_escape_clears_the_filter_then_quits(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        await pilot.press("x", "escape")
        assert app.screen.query_one("#filter").value == ""  # type: ignore[attr-defined]
        assert app.is_running
        await pilot.press("escape")
        assert not app.is_running


async def test_ctrl_q_quits_from_a_guide(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test() as pilot:
        await pilot.press("ctrl+q")
        assert not app.is_running


async def test_f1_shows_library_keys(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide()))
    async with app.run_test() as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys").render())
        assert "Open the highlighted guide" in text
        assert "Clear the filter; quit when it is empty" in text


async def test_empty_library_says_where_to_put_guides(make_app: AppFactory) -> None:
    app = make_app(library_of())
    async with app.run_test():
        [notice] = entries(app)
        assert isinstance(notice, NoticeEntry)
        assert "No guides yet" in notice.text


async def test_enter_right_after_typing_opens_the_filtered_guide(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        screen.query_one("#filter", Input).value = "kettle"  # its Changed event is still queued
        screen.action_open()
        await pilot.pause()
        assert isinstance(app.screen, GuideScreen)
        assert app.screen.guide.id == "descale-kettle"
