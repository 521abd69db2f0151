"""Layout at small sizes, counts worded alike in the library and the header, and the list's ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import Static
from tui_guides import AppFactory, code_guide, kettle_guide, lantern_guide, library_of

from walker.library import Library
from walker.store import Store
from walker.tui.app import WalkerApp
from walker.tui.screens.guide import GuideScreen
from walker.tui.widgets.footer import FittingFooter
from walker.tui.widgets.guide_list import GuideEntry, GuideList, NoticeEntry
from walker.tui.widgets.painted import PaintedOptionList


def guide_screen(app: WalkerApp) -> GuideScreen:
    assert isinstance(app.screen, GuideScreen)
    return app.screen


def header_text(app: WalkerApp) -> str:
    return str(app.screen.query_one("#header-progress", Static).render())


def library_row(app: WalkerApp, guide_id: str) -> str:
    guide_list = app.screen.query_one("#guides", GuideList)
    index = next(
        index
        for index, entry in enumerate(guide_list.entries)
        if isinstance(entry, GuideEntry) and entry.guide.id == guide_id
    )
    return str(guide_list.get_option_at_index(index).prompt)


def in_view(option_list: PaintedOptionList) -> bool:
    """Tell whether the highlighted row (one line per row) is inside the visible window."""
    assert option_list.highlighted is not None
    top = option_list.scroll_offset.y
    return top <= option_list.highlighted < top + option_list.scrollable_content_region.height


async def test_library_and_header_word_the_counts_alike(make_app: AppFactory, store: Store) -> None:
    app = make_app(library_of(lantern_guide()))
    async with app.run_test(size=(120, 36)) as pilot:
        row = library_row(app, "paper-lantern")
        assert "choose a way" in row and "8 steps in all" in row and "0/1" not in row
        await pilot.press("enter")
        assert "choose a way · 8 steps in all" in header_text(app)
        store.choose("paper-lantern", "join", "glue")
        store.set_ticked("paper-lantern", "fold-in-half", True)
        await pilot.press("escape")
        row = library_row(app, "paper-lantern")
        assert "1 of 6" in row and "17%" in row and "6 on your way · 8 steps in all" in row
        await pilot.press("enter")
        assert "1 of 6 ·  17% · 6 on your way · 8 steps in all" in header_text(app)


async def test_a_guide_without_choices_just_counts_its_steps(make_app: AppFactory) -> None:
    app = make_app(library_of(kettle_guide()), start_guide="descale-kettle")
    async with app.run_test(size=(120, 36)) as pilot:
        assert header_text(app).endswith("0 of 3 ·   0%")
        await pilot.press("escape")
        assert "0 of 3" in library_row(app, "descale-kettle")
        assert library_row(app, "descale-kettle").rstrip().endswith("3 steps")


async def test_end_then_d_at_80x24_keeps_the_highlighted_step_in_view(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(code_guide()), start_guide="install-tool")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = guide_screen(app)
        assert not screen.query_one("#detail").display
        await pilot.press("end")
        await pilot.pause()
        assert in_view(screen.checklist)
        await pilot.press("d")
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one("#detail").display
        assert in_view(screen.checklist)
        await pilot.press("home", "end", "d")
        await pilot.pause()
        assert in_view(screen.checklist)


@pytest.mark.parametrize("width", [40, 50, 60])
async def test_narrow_terminals_keep_the_title_and_a_clean_footer(
    make_app: AppFactory, width: int
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        title = app.screen.query_one("#header-title", Static)
        assert title.region.width >= 12  # "Fold a paper…" at least
        footer = app.screen.query_one(FittingFooter)
        line = footer.render()
        assert isinstance(line, Content) and 0 < line.cell_length <= width
        assert "question_mark" in [item.key for item in footer.shown]


async def test_page_down_onto_a_broken_file_keeps_a_guide_highlighted(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide(), broken=True))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("pagedown")
        guide_list = app.screen.query_one("#guides", GuideList)
        assert isinstance(guide_list.current, GuideEntry)
        assert guide_list.current.guide.id == "descale-kettle"
        await pilot.press("pageup")
        assert isinstance(guide_list.current, GuideEntry)
        assert guide_list.current.guide.id == "paper-lantern"


async def test_an_empty_folder_names_the_folder_opened(store: Store, tmp_path: Path) -> None:
    app = WalkerApp(Library(), store, opened=[tmp_path])
    async with app.run_test():
        entries = app.screen.query_one("#guides", GuideList).entries
        assert entries == (NoticeEntry(f"No guides in {tmp_path}"),)
