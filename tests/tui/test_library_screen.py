"""The library screen: listing, filtering, opening, errors, order and quitting."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
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

from walker.library import Library, LoadedFile
from walker.model import Guide
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


async def test_typing_a_letter_starts_the_filter_and_enter_opens(
    make_app: AppFactory, store: Store
) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide(), broken=True))
    async with app.run_test() as pilot:
        assert app.focused is not None and app.focused.id == "guides"
        await pilot.press(*"kett")
        assert app.focused.id == "filter"
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


async def test_escape_clears_the_filter_and_never_quits(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        await pilot.press("x", "escape")
        assert app.screen.query_one("#filter", Input).value == ""
        assert app.focused is not None and app.focused.id == "guides"
        await pilot.press("escape", "escape")
        assert app.is_running
        assert isinstance(app.screen, LibraryScreen)


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
        assert "Clear the filter (it never quits)" in text


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


def long_tags_guide() -> Guide:
    """A guide with a long title and more tags than fit beside it."""
    return replace(
        kettle_guide(),
        id="tagged",
        title="Invite a guest to your stream",
        tags=("streaming", "live", "creators", "guests"),
    )


async def test_rows_at_80_columns_give_the_title_room_and_cut_tags_with_a_gap(
    make_app: AppFactory, store: Store
) -> None:
    store.mark_opened("tagged")
    app = make_app(library_of(long_tags_guide(), kettle_guide()))  # no choice: "0 of 3"
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down")  # the row under test is drawn in its own colours
        screen = app.screen
        prompt = str(screen.query_one("#guides", GuideList).get_option_at_index(0).prompt)
        first = prompt.split("\n")[0]
        assert first.startswith("  Invite a guest to your stream  ")  # the whole title
        bar = first.index("░")
        assert first[:bar].rstrip().endswith("…")  # tags cut with an ellipsis
        assert first[bar - 2 : bar] == "  "  # and a gap before the bar
        assert first.endswith("0%  just now")
        assert len(first) <= 78


async def test_highlighted_row_is_drawn_without_colours(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        guides = app.screen.query_one("#guides", GuideList)
        prompts = [option.prompt for option in guides.options]

        def colours(y: int) -> set[object]:
            return {segment.style.color for segment in guides.render_line(y) if segment.style}

        assert [len(colours(y)) > 1 for y in range(4)] == [False, False, True, True]
        await pilot.press("down")
        assert [len(colours(y)) > 1 for y in range(4)] == [True, True, False, False]
        assert all(
            option.prompt is prompt for option, prompt in zip(guides.options, prompts, strict=True)
        )  # moving the highlight draws no row anew


async def test_typing_filters_without_reading_the_store(
    make_app: AppFactory, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    for name in ("records", "record", "state", "states", "tick_times"):
        real = getattr(store, name)
        monkeypatch.setattr(
            store, name, lambda *args, name=name, real=real: reads.append(name) or real(*args)
        )
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        reads.clear()
        await pilot.press(*"kettle")
        assert titles(app) == ["Descale a kettle"]
        await pilot.press("backspace", "backspace", "x")
        assert titles(app) == []
        assert reads == []
        await pilot.press("backspace", "l", "e", "enter", "space")
        reads.clear()
        await pilot.press("escape")
        # back from a guide: every guide's progress is read again, in one query, not per guide
        assert sorted(reads) == ["records", "states"]
        [kettle] = entries(app)
        assert isinstance(kettle, GuideEntry)
        assert kettle.counts.done == 1


@pytest.mark.parametrize(("stamp", "when"), [("2025-03-14T10:00:00", "2 h ago"), ("garbage", None)])
async def test_stored_times_without_a_zone_or_unreadable_do_not_break_the_list(
    make_app: AppFactory, store: Store, store_path: Path, stamp: str, when: str | None
) -> None:
    store.mark_opened("descale-kettle")
    raw = sqlite3.connect(store_path)
    raw.execute("UPDATE guides SET opened_at = ?, changed_at = ?", (stamp, stamp))
    raw.commit()
    raw.close()
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test():
        kettle = next(e for e in entries(app) if isinstance(e, GuideEntry) and e.guide.tags)
        prompt = str(app.screen.query_one("#guides", GuideList).get_option_at_index(0).prompt)
        if when is None:
            assert kettle.opened_at is None
        else:
            assert kettle.opened_at == FIXED_NOW - timedelta(hours=2)
            assert prompt.split("\n")[0].endswith(when)


async def test_in_progress_means_a_tick_or_a_choice_not_just_opened(
    make_app: AppFactory, store: Store
) -> None:
    store.mark_opened("descale-kettle")
    store.choose("paper-lantern", "join", "glue")
    app = make_app(library_of(lantern_guide(), kettle_guide(), big_guide(3)))
    async with app.run_test():
        stats = str(app.screen.query_one("#library-stats").render())
        assert stats == "3 guides · 1 in progress · 0 finished"


async def test_a_file_with_an_error_and_guides_shows_them_with_its_problem(
    make_app: AppFactory,
) -> None:
    flawed = LoadedFile(Path("flawed.md"), (kettle_guide(),), error=BROKEN_ERROR)
    library = Library((*library_of(lantern_guide(), broken=True).files, flawed))
    app = make_app(library)
    async with app.run_test(size=(100, 30)):
        stats = str(app.screen.query_one("#library-stats").render())
        assert stats == "2 guides · 0 in progress · 0 finished · 1 with problems · 1 failed to load"
        kettle = next(e for e in entries(app) if isinstance(e, GuideEntry) and e.problem)
        assert kettle.guide.id == "descale-kettle"
        assert [e for e in entries(app) if isinstance(e, BrokenEntry)] == [
            BrokenEntry(BROKEN_ERROR)
        ]
        index = entries(app).index(kettle)
        prompt = str(app.screen.query_one("#guides", GuideList).get_option_at_index(index).prompt)
        first, second = prompt.split("\n")
        assert first.startswith("⚠ Descale a kettle")
        assert second.strip() == BROKEN_ERROR
