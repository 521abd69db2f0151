"""Toasts: one per kind at a time, each new one replacing the last, and the screen whole after."""

from __future__ import annotations

from textual.widgets._toast import Toast
from tui_guides import AppFactory, lantern_guide, library_of

from walker.tui.app import WalkerApp
from walker.tui.screens.guide import GuideScreen


def toasts(app: WalkerApp) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query(Toast)]


async def test_cycling_branches_shows_one_toast_replaced_each_time(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = app.screen
        assert isinstance(screen, GuideScreen)
        screen.checklist.move_to("join")
        await pilot.press("b", "b", "b")
        await pilot.pause()
        await pilot.pause()
        assert toasts(app) == ["Chose “Staple the ends”"]


async def test_a_warning_and_news_show_side_by_side_but_never_two_of_a_kind(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = app.screen
        assert isinstance(screen, GuideScreen)
        screen.checklist.move_to("tape-ends")
        await pilot.press("space")  # chooses the branch, and the prerequisites are not ready
        await pilot.pause()
        await pilot.pause()
        shown = toasts(app)
        assert len(shown) == 2
        assert "Chose “Tape the ends” for “How do you want to join the ends?”" in shown
        assert "2 of 2 prerequisites still open" in shown
        await pilot.press("u", "u")
        await pilot.pause()
        await pilot.pause()
        assert toasts(app) == ["2 of 2 prerequisites still open", "Nothing to undo"]


async def test_the_screen_is_whole_after_the_toasts_go(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        before = app.export_screenshot()
        screen = app.screen
        assert isinstance(screen, GuideScreen)
        await pilot.press("b", "b")  # "No choice here" on a prerequisite, twice
        await pilot.pause()
        await pilot.pause()
        assert toasts(app) == ["No choice here"]
        app.clear_notifications()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert toasts(app) == []
        assert app.export_screenshot() == before
