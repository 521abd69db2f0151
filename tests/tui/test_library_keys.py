"""The library's keys as the README lists them: /, q, ?, Esc, and letters that start the filter."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input
from tui_guides import AppFactory, kettle_guide, lantern_guide, library_of

from walker.tui.app import WalkerApp
from walker.tui.screens.help import HelpScreen
from walker.tui.screens.library import LibraryScreen
from walker.tui.widgets.footer import FittingFooter

README = Path(__file__).resolve().parents[2] / "README.md"


def filter_value(app: WalkerApp) -> str:
    return app.screen.query_one("#filter", Input).value


def focused_id(app: WalkerApp) -> str | None:
    return app.focused.id if app.focused else None


def footer_keys(app: WalkerApp) -> dict[str, bool]:
    """Return each key the footer shows, and whether it is live (not greyed out)."""
    footer = app.screen.query_one(FittingFooter)
    return {item.key: item.enabled for item in footer.items}


async def test_q_quits_from_the_list(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        await pilot.press("q")
        assert not app.is_running


async def test_question_mark_shows_help_and_closes_it(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide()))
    async with app.run_test() as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, LibraryScreen)
        assert filter_value(app) == ""


async def test_slash_focuses_the_filter_where_q_and_question_mark_are_typed(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        await pilot.press("slash")
        assert focused_id(app) == "filter"
        assert filter_value(app) == ""
        await pilot.press("q", "question_mark", "slash")
        assert filter_value(app) == "q?/"
        assert app.is_running and isinstance(app.screen, LibraryScreen)


async def test_escape_clears_then_returns_to_the_list_and_never_quits(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    notices: list[str] = []
    async with app.run_test() as pilot:
        app.notify = lambda message, **_: notices.append(message)  # type: ignore[method-assign]
        await pilot.press(*"ket", "escape")
        assert filter_value(app) == ""
        assert focused_id(app) == "guides"
        await pilot.press("escape")
        assert app.is_running
        assert notices == ["Nothing to clear · q quits walker"]
        await pilot.press("q")
        assert not app.is_running


async def test_footer_shows_the_library_keys_and_leaves_out_letters_while_typing(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(lantern_guide()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = footer_keys(app)
        assert {"enter", "slash", "question_mark", "q", "escape"} <= keys.keys()
        assert keys["q"] and keys["slash"] and not keys["escape"]
        await pilot.press("l")
        await pilot.pause()
        keys = footer_keys(app)
        assert keys["escape"] and keys["enter"]
        assert not {"q", "question_mark", "slash"} & keys.keys()


def test_readme_lists_the_library_keys_the_app_binds() -> None:
    readme = README.read_text(encoding="utf-8")
    for line in (
        "| / | filter the library (any other letter starts the filter too) |",
        "| Esc | clear the filter and go back to the list (it never quits) |",
        "| ? / F1 | every key, grouped |",
        "| q / ctrl+q | quit |",
    ):
        assert line in readme


async def test_the_footer_keeps_its_keys_until_the_bindings_change(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        footer = app.screen.query_one(FittingFooter)
        keys = footer.items
        app.screen.refresh_bindings()
        await pilot.press("down")
        await pilot.pause()
        assert footer.items is keys  # the same keys: nothing to draw again
        await pilot.press("slash")  # into the filter: "/" goes, Clear comes alive
        await pilot.pause()
        assert footer.items != keys
        assert footer_keys(app).get("escape") is True


async def test_keys_typed_in_one_burst_all_go_into_the_filter(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), kettle_guide()))
    async with app.run_test() as pilot:
        await pilot.pause()
        for key, character in [("l", "l"), ("a", "a"), ("space", " "), ("q", "q")]:
            app.post_message(events.Key(key, character))  # all queued before any is handled
        await pilot.pause()
        assert app.is_running  # "q" went into the filter: it did not quit
        assert app.screen.query_one("#filter", Input).value == "la q"
