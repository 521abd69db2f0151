"""Every key of the guide screen, pressed in the real app, checked in the app and the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.content import Content
from textual.pilot import Pilot
from tui_guides import AppFactory, lantern_guide, library_of

from walker.store import Store
from walker.tui.app import WalkerApp
from walker.tui.screens.confirm import ConfirmScreen
from walker.tui.screens.guide import GuideScreen
from walker.tui.screens.help import HelpScreen
from walker.tui.screens.library import LibraryScreen
from walker.tui.visuals import DIMMED
from walker.tui.widgets.footer import FittingFooter
from walker.tui.widgets.progress_header import ProgressHeader

LANTERN = "paper-lantern"


def lantern_app(make_app: AppFactory) -> WalkerApp:
    return make_app(library_of(lantern_guide()), start_guide=LANTERN)


def guide_screen(app: WalkerApp) -> GuideScreen:
    assert isinstance(app.screen, GuideScreen)
    return app.screen


def current_id(app: WalkerApp) -> str:
    row = guide_screen(app).current
    assert row is not None
    return row.item_id


async def shown_in_detail(app: WalkerApp, pilot: Pilot[None], item_id: str) -> GuideScreen:
    """Highlight an item's row and wait until the detail pane shows it."""
    screen = guide_screen(app)
    screen.checklist.move_to(item_id)
    await pilot.pause()
    await app.workers.wait_for_complete()
    return screen


def record_notices(app: WalkerApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    notices: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: notices.append(message))
    return notices


async def test_opens_on_first_open_item_and_moves_with_jk_and_arrows(
    make_app: AppFactory,
) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        assert current_id(app) == "sheet"
        await pilot.press("j", "down")
        assert current_id(app) == "fold-in-half"
        await pilot.press("k")
        assert current_id(app) == "scissors"
        await pilot.press("up", "up")
        assert current_id(app) == "hang-it"  # skips the heading and wraps to the end
        await pilot.press("down")
        assert current_id(app) == "sheet"


async def test_moving_draws_the_highlighted_row_plain_and_no_row_anew(
    make_app: AppFactory,
) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        checklist = guide_screen(app).checklist
        prompts = [option.prompt for option in checklist.options]

        def plain(index: int) -> bool:
            line = checklist.render_line(index - checklist.scroll_offset.y)
            return len({segment.style.color for segment in line if segment.style}) == 1

        sheet = checklist.highlighted
        assert sheet is not None and plain(sheet) and not plain(sheet + 1)
        await pilot.press("j")
        assert not plain(sheet) and plain(sheet + 1)
        assert all(
            option.prompt is prompt
            for option, prompt in zip(checklist.options, prompts, strict=True)
        )


async def test_space_ticks_and_unticks(make_app: AppFactory, store: Store) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        await pilot.press("space")
        assert "sheet" in store.state(LANTERN).ticked
        await pilot.press("space")
        assert "sheet" not in store.state(LANTERN).ticked


async def test_enter_ticks_and_moves_to_next_open(make_app: AppFactory, store: Store) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        await pilot.press("enter", "enter", "enter")
        assert store.state(LANTERN).ticked == {"sheet", "scissors", "fold-in-half"}
        assert current_id(app) == "cut-slits"


async def test_n_jumps_to_next_open_step(make_app: AppFactory, store: Store) -> None:
    store.set_ticked(LANTERN, "fold-in-half", True)
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        assert current_id(app) == "cut-slits"  # started: open prerequisites no longer come first
        await pilot.press("k", "k", "n")
        assert current_id(app) == "cut-slits"
        await pilot.press("n")
        assert current_id(app) == "join"  # an unmade choice is an open item


async def test_b_on_choice_cycles_and_on_branch_chooses(make_app: AppFactory, store: Store) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        guide_screen(app).checklist.move_to("join")
        await pilot.press("b")
        assert store.state(LANTERN).choices == {"join": "glue"}
        await pilot.press("b")
        assert store.state(LANTERN).choices == {"join": "tape"}
        guide_screen(app).checklist.move_to("staple")
        await pilot.press("b")
        assert store.state(LANTERN).choices == {"join": "staple"}


async def test_switching_branch_keeps_each_branch_ticks(make_app: AppFactory, store: Store) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        guide_screen(app).checklist.move_to("spread-glue")
        await pilot.press("space")
        assert store.state(LANTERN).choices == {"join": "glue"}
        guide_screen(app).checklist.move_to("tape")
        await pilot.press("enter")
        state = store.state(LANTERN)
        assert state.choices == {"join": "tape"}
        assert "spread-glue" in state.ticked
        assert current_id(app) == "tape-ends"
        header = guide_screen(app).session.state
        assert header == state
        guide_screen(app).checklist.move_to("glue")
        await pilot.press("b")
        assert store.state(LANTERN).choices == {"join": "glue"}
        assert "spread-glue" in store.state(LANTERN).ticked


async def test_tick_in_unmade_choice_chooses_and_says_so(
    make_app: AppFactory, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        notices = record_notices(app, monkeypatch)
        guide_screen(app).checklist.move_to("tape-ends")
        await pilot.press("space")
        assert store.state(LANTERN).choices == {"join": "tape"}
        assert any("Tape the ends" in notice for notice in notices)
        assert any("prerequisites still open" in notice for notice in notices)
        await pilot.press("k", "space")  # the warning comes once per visit
        assert sum("prerequisites" in notice for notice in notices) == 1


async def test_u_undoes_tick_choice_and_reset(make_app: AppFactory, store: Store) -> None:
    store.set_ticked(LANTERN, "cut-slits", True)
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        guide_screen(app).checklist.move_to("sheet")
        await pilot.press("space")
        guide_screen(app).checklist.move_to("join")
        await pilot.press("b")
        await pilot.press("r", "y")
        assert store.state(LANTERN).ticked == frozenset()
        await pilot.press("u")
        assert store.state(LANTERN).ticked == {"sheet", "cut-slits"}
        assert store.state(LANTERN).choices == {"join": "glue"}
        await pilot.press("u")
        assert store.state(LANTERN).choices == {}
        await pilot.press("u")
        assert store.state(LANTERN).ticked == {"cut-slits"}


async def test_r_asks_first_and_no_keeps_progress(make_app: AppFactory, store: Store) -> None:
    store.set_ticked(LANTERN, "cut-slits", True)
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, GuideScreen)
        assert store.state(LANTERN).ticked == {"cut-slits"}
        await pilot.press("r")
        await pilot.click("#yes")
        assert store.state(LANTERN).ticked == frozenset()


async def test_o_opens_first_link(make_app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    app = lantern_app(make_app)
    opened: list[str] = []
    monkeypatch.setattr(
        "walker.tui.screens.guide.open_in_browser", lambda _, url: opened.append(url) or True
    )
    async with app.run_test() as pilot:
        await pilot.press("o")
        assert opened == []
        guide_screen(app).checklist.move_to("fold-in-half")
        await pilot.press("o")
        await app.workers.wait_for_complete()
        assert opened == ["https://example.org/fold"]


async def test_e_exports_to_data_dir(
    make_app: AppFactory, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        notices = record_notices(app, monkeypatch)
        await pilot.press("space", "e")
    exported = list((data_dir / "exports").glob("*.md"))
    assert len(exported) == 1
    assert "[x] A square sheet of paper" in exported[0].read_text()
    assert notices[-1] == f"Exported to {exported[0]}"


async def test_escape_goes_back_and_q_quits(make_app: AppFactory) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, GuideScreen)
        await pilot.press("q")
        assert not app.is_running


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_key(make_app: AppFactory, key: str) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        await pilot.press(key)
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys").render())
        for shown in ("space", "⏎", "j", "b", "u", "r", "o", "e", "esc", "^p", "^t"):
            assert shown in text
        await pilot.press("escape")
        assert isinstance(app.screen, GuideScreen)


async def test_finishing_records_it_and_library_marks_it(
    make_app: AppFactory, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for item in ("fold-in-half", "cut-slits", "tape-ends", "add-handle"):
        store.set_ticked(LANTERN, item, True)
    store.choose(LANTERN, "join", "tape")
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        notices = record_notices(app, monkeypatch)
        guide_screen(app).checklist.move_to("hang-it")
        await pilot.press("space")
        assert store.record(LANTERN).finished_at is not None
        assert "Guide finished — well done!" in notices
        await pilot.press("escape")
        entry = app.screen.query_one("#guides").current  # type: ignore[attr-defined]
        assert entry.finished


async def test_restart_keeps_ticks_and_branch(store_path: Path) -> None:
    library = library_of(lantern_guide())
    with Store(store_path) as first_store:
        app = WalkerApp(library, first_store, start_guide=LANTERN)
        async with app.run_test() as pilot:
            guide_screen(app).checklist.move_to("staple-ends")
            await pilot.press("space", "q")
    with Store(store_path) as second_store:
        app = WalkerApp(library, second_store, start_guide=LANTERN)
        async with app.run_test():
            state = guide_screen(app).session.state
            assert state.ticked == {"staple-ends"}
            assert state.choices == {"join": "staple"}


async def test_80x24_hides_the_detail_until_d_and_remembers_it(make_app: AppFactory) -> None:
    app = lantern_app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = guide_screen(app)
        detail = screen.query_one("#detail")
        assert screen.has_class("-narrow")
        assert not detail.display  # short and narrow: the checklist gets the room
        assert screen.checklist.region.height >= 18
        await pilot.press("d")
        assert detail.display
        assert detail.region.y >= screen.checklist.region.bottom  # stacked below
        assert screen.checklist.region.height >= 8
        await pilot.press("escape", "enter")  # the choice holds for the next visit
        assert guide_screen(app) is not screen
        assert guide_screen(app).query_one("#detail").display
        await pilot.press("d")
        assert not guide_screen(app).query_one("#detail").display


async def test_tall_narrow_and_wide_screens_show_the_detail(make_app: AppFactory) -> None:
    app = lantern_app(make_app)
    async with app.run_test(size=(80, 34)) as pilot:
        assert guide_screen(app).query_one("#detail").display
        await pilot.resize_terminal(120, 24)
        await pilot.pause()
        screen = guide_screen(app)
        detail = screen.query_one("#detail")
        assert detail.display
        assert screen.checklist.region.width > detail.region.width * 1.3  # about 3fr : 2fr


@pytest.mark.parametrize("width", [80, 100])
async def test_footer_fits_with_the_everyday_keys(make_app: AppFactory, width: int) -> None:
    app = lantern_app(make_app)
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(FittingFooter)
        everyday = ["enter", "space", "n", "b", "u", "escape", "question_mark", "d"]
        assert [item.key for item in footer.shown if not item.palette] == everyday
        palette_shown = any(item.palette for item in footer.shown)
        assert palette_shown == (width >= 100)  # at 80 the keys come first; ctrl+p still works
        line = footer.render()
        assert isinstance(line, Content) and line.cell_length <= width


async def test_choosing_a_branch_updates_the_detail_and_the_choice_row(
    make_app: AppFactory,
) -> None:
    app = lantern_app(make_app)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await shown_in_detail(app, pilot, "tape")
        title = screen.query_one("#detail-title")
        assert "choose it with b or Enter" in str(title.render())
        await pilot.press("b")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Branch 3b · chosen" in str(title.render())
        choice_row = screen.checklist.get_option_at_index(5).prompt
        assert "chose 3b" in str(choice_row)
        glue_row = screen.checklist.get_option_at_index(6).prompt
        assert isinstance(glue_row, Content)
        assert all(DIMMED in str(span.style) for span in glue_row.spans if span.style)


async def test_finishing_with_enter_says_finished_once_and_undo_says_nothing_of_it(
    make_app: AppFactory, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for item in ("sheet", "scissors", "fold-in-half", "cut-slits", "tape-ends", "add-handle"):
        store.set_ticked(LANTERN, item, True)
    store.choose(LANTERN, "join", "tape")
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        notices = record_notices(app, monkeypatch)
        assert current_id(app) == "hang-it"
        await pilot.press("enter")
        assert notices == ["Guide finished — well done!"]
        await pilot.press("u")
        assert notices[1:] == ["Undid tick “Hang it up”"]
        await pilot.press("r", "y", "u")  # undoing a reset puts ticks back, not a finish
        assert not any("finished" in notice for notice in notices[1:])
        await pilot.press("space", "space")
        assert notices[-1] == "Guide finished — well done!"


async def test_reset_question_then_how_to_undo_on_its_own_line(make_app: AppFactory) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        await pilot.press("r")
        question = str(app.screen.query_one("#confirm-question").render())
        assert question == "Reset all progress in “Fold a paper lantern”?"
        assert str(app.screen.query_one("#confirm-detail").render()) == "You can undo it with u."


async def test_reopening_a_guide_returns_to_the_last_highlighted_item(
    make_app: AppFactory,
) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        guide_screen(app).checklist.move_to("add-handle")
        await pilot.pause()
        await pilot.press("escape", "enter")
        assert current_id(app) == "add-handle"


async def test_reopening_a_started_guide_starts_on_its_first_open_step(
    make_app: AppFactory, store: Store
) -> None:
    store.set_ticked(LANTERN, "fold-in-half", True)
    app = lantern_app(make_app)
    async with app.run_test():
        assert current_id(app) == "cut-slits"


async def test_a_tick_redraws_its_row_without_measuring_every_row_again(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = lantern_app(make_app)
    async with app.run_test() as pilot:
        checklist = guide_screen(app).checklist
        index = checklist.highlighted
        assert index is not None
        before = checklist.get_option_at_index(index).prompt
        remeasured: list[int] = []
        real = checklist._clear_caches
        monkeypatch.setattr(checklist, "_clear_caches", lambda: (remeasured.append(1), real()))
        await pilot.press("space")
        await pilot.pause()
        after = checklist.get_option_at_index(index).prompt
        assert isinstance(after, Content) and isinstance(before, Content)
        assert after.plain != before.plain
        shown = checklist.render_line(index - round(checklist.scroll_y)).text
        assert after.plain.strip() in shown  # the cached render of the old row was dropped
        assert remeasured == []


async def test_a_tick_leaves_the_detail_pane_as_it_was(make_app: AppFactory) -> None:
    app = lantern_app(make_app)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await shown_in_detail(app, pilot, "cut-slits")
        body = screen.query_one("#detail-body")
        notes = screen.query_one("#detail-notes")
        drawn = [*body.children, *notes.children]
        assert drawn
        await pilot.press("space")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [*body.children, *notes.children] == drawn  # the same widgets: nothing rebuilt
        await pilot.press("j")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [*body.children, *notes.children] != drawn  # another row is shown anew


async def test_choosing_redraws_the_rows_of_that_choice_only(make_app: AppFactory) -> None:
    app = lantern_app(make_app)
    async with app.run_test(size=(120, 30)) as pilot:
        checklist = guide_screen(app).checklist
        checklist.move_to("tape")
        await pilot.pause()
        prompts = [option.prompt for option in checklist.options]
        await pilot.press("b")
        await pilot.pause()
        redrawn = {
            checklist.rows[index].item_id
            for index, option in enumerate(checklist.options)
            if option.prompt is not prompts[index]
        }
        # The choice row says what was chosen; every branch and the steps in the others dim.
        assert redrawn == {"join", "glue", "spread-glue", "press-ends", "tape", "staple"} | {
            "staple-ends"
        }


async def test_the_progress_never_narrows_while_ticking_so_ticks_repaint_one_line(
    make_app: AppFactory,
) -> None:
    app = lantern_app(make_app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = guide_screen(app)
        progress = screen.query_one("#header-progress")
        header = screen.query_one(ProgressHeader)
        await pilot.press(*["j"] * 2)  # past the two prerequisites, onto the first step
        await pilot.press("space")  # "choose a way" becomes "1 done, then choose"
        await pilot.pause()
        ticked = progress.region.width
        assert header.counts.done == 1
        await pilot.press("u")  # and back: the shorter text is padded, not laid out again
        await pilot.pause()
        assert header.counts.done == 0
        assert progress.region.width == ticked
