"""App-wide behaviour: literal guide text, big guides, theme, palette, store errors, run_app."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual.app import App
from tui_guides import AppFactory, big_guide, lantern_guide, library_of, markup_guide

from walker.errors import WalkerError
from walker.store import Store
from walker.tui.app import run_for_good, start_guide_id
from walker.tui.commands import KeyCommands
from walker.tui.screens.guide import GuideScreen
from walker.tui.visuals import Counts
from walker.tui.widgets.checklist import Checklist
from walker.tui.widgets.guide_list import GuideList


async def test_guide_text_that_looks_like_markup_is_shown_literally(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(markup_guide()))
    async with app.run_test(size=(120, 30)) as pilot:
        library_svg = app.export_screenshot()
        assert "[/]" in library_svg
        assert "[bold]not&#160;bold[/bold]" in library_svg
        assert "[red]" in library_svg
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, GuideScreen)
        assert str(app.screen.query_one("#header-title").render()) == "[/]"
        checklist = app.screen.query_one(Checklist)
        assert "[bold]x" in str(checklist.get_option_at_index(0).prompt)
        guide_svg = app.export_screenshot()
        assert "[bold]x" in guide_svg  # the checklist row and the detail title
        assert "Body&#160;with&#160;[bold]x&#160;and&#160;[/]&#160;and&#160;[$accent]z" in guide_svg


async def test_two_thousand_steps_take_every_key(make_app: AppFactory, store: Store) -> None:
    """How fast is bench's business (tests never assert timings); every key must land."""
    app = make_app(library_of(big_guide(2000)), start_guide="big")
    async with app.run_test() as pilot:
        for _ in range(10):
            await pilot.press("space", "j")
        await pilot.press("end")
        await pilot.pause()
        assert len(store.state("big").ticked) == 10
        assert app.screen.query_one(Checklist).highlighted == 1999


async def test_theme_toggle_is_remembered(make_app: AppFactory, store: Store) -> None:
    library = library_of(lantern_guide())
    async with make_app(library).run_test() as pilot:
        await pilot.press("ctrl+t")
        assert pilot.app.theme == "textual-light"
    assert store.get_setting("theme") == "textual-light"
    app = make_app(library)
    async with app.run_test():
        assert app.theme == "textual-light"


async def test_command_palette_runs_screen_actions(make_app: AppFactory, data_dir: Path) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test() as pilot:
        await pilot.press("ctrl+p", *"export the guide")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
    assert len(list((data_dir / "exports").glob("*.md"))) == 1


async def test_store_errors_are_shown_not_raised(
    make_app: AppFactory, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise WalkerError("progress.sqlite3: cannot use the progress database: disk I/O error")

    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test() as pilot:
        notices: list[str] = []
        monkeypatch.setattr(app, "notify", lambda message, **_: notices.append(message))
        monkeypatch.setattr(store, "apply", broken)
        await pilot.press("space")
        assert notices == ["progress.sqlite3: cannot use the progress database: disk I/O error"]
        assert isinstance(app.screen, GuideScreen)


def test_a_single_file_with_one_guide_opens_it(tmp_path: Path) -> None:
    guide_file = tmp_path / "one.md"
    guide_file.write_text("# One\n")
    assert start_guide_id([guide_file], library_of(lantern_guide())) == "paper-lantern"
    assert start_guide_id([guide_file], library_of(lantern_guide(), markup_guide())) is None
    assert start_guide_id([tmp_path], library_of(lantern_guide())) is None
    assert start_guide_id([], library_of(lantern_guide())) is None


async def test_library_list_redraws_when_resized(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide()))
    async with app.run_test(size=(120, 30)) as pilot:
        wide = str(app.screen.query_one(GuideList).get_option_at_index(0).prompt)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        narrow = str(app.screen.query_one(GuideList).get_option_at_index(0).prompt)
        assert len(narrow.split("\n")[0]) < len(wide.split("\n")[0])


async def test_detail_shows_callouts_by_kind_and_images_as_alt_and_link(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, GuideScreen)
        screen.checklist.move_to("cut-slits")
        await pilot.pause()
        await app.workers.wait_for_complete()
        warning = screen.query_one(".callout.-warning")
        assert "Do not cut all the way through." in str(warning.render())
        image = str(screen.query_one(".image").render())
        assert "slits cut along the fold" in image
        assert "https://example.org/slits.png" in image
        screen.checklist.move_to("fold-in-half")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert not screen.query(".callout.-warning")
        assert screen.query_one(".callout.-tip")


async def test_help_lists_walkers_own_keys_once_each_in_groups(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        lines = str(app.screen.query_one("#help-keys").render()).splitlines()
        headings = [line for line in lines if line and not line.startswith(" ")]
        assert headings == ["Moving", "Ticking", "Branches", "Guide", "App"]
        text = "\n".join(lines)
        for framework in ("Scroll", "Page Left", "Focus", "Copy selected", "ctrl+"):
            assert framework not in text
        assert "Copy the step's first code block" in text
        keys = [line.split()[0] for line in lines if line.startswith("  ")]
        assert len(keys) == len(set(keys))
        assert "  q, ^q " in text or "  ^q, q " in text
        assert text.count("palette") == 1


async def test_palette_offers_walkers_actions_without_framework_duplicates(
    make_app: AppFactory,
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    async with app.run_test() as pilot:
        screen = app.screen
        titles = [command.title for command in app.get_system_commands(screen)]
        assert titles == ["Theme"]
        described = [item.description for item in KeyCommands(screen, None)._commands()]
        assert "Quit walker" in described
        assert "Show every key" in described
        assert len(described) == len(set(described))
        assert not any("Focus" in item or "Copy selected" in item for item in described)
        await pilot.pause()


def test_counts_keep_their_width_and_say_what_they_count() -> None:
    assert len(Counts(0, 12, 12).done_text(2)) == len(Counts(12, 12, 12).done_text(2))
    assert Counts(2, 12, 12).done_text(2) == " 2 of 12"
    assert Counts(2, 12, 12).size_text() == "12 steps"
    assert Counts(1, 3, 7).size_text() == "3 on your way · 7 steps in all"
    assert Counts(0, 0, 7, open_choices=1).done_text() == "choose a way"
    assert Counts(0, 0, 7, open_choices=1).percent_text() == ""
    assert Counts(2, 2, 9, open_choices=1).done_text() == "2 done, then choose"
    waiting = [Counts(done, done, 40, open_choices=1).done_text(2) for done in (3, 12)]
    assert len({len(text) for text in waiting}) == 1  # the header keeps its width
    assert Counts(0, 0, 7, open_choices=1).size_text() == "7 steps in all"


def test_running_the_app_for_good_first_freezes_what_start_up_made(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(App, "run", lambda self, **options: calls.append(f"run {options}"))
    run_for_good(make_app(library_of(lantern_guide())), headless=True)
    assert calls == ["freeze", "run {'headless': True}"]
