"""A guide read from a web page says how, and O opens the page; o still opens the step's link."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Static
from tui_guides import AppFactory, lantern_guide, library_of

from walker.tui.screens.guide import GuideScreen

PAGE = "https://crafts.example/lantern"


async def test_read_from_line_and_O_open_the_page(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    guide = replace(lantern_guide(), source_url=PAGE, read_from="JSON-LD HowTo")
    app = make_app(library_of(guide), start_guide=guide.id)
    opened: list[str] = []
    monkeypatch.setattr(
        "walker.tui.screens.guide.open_in_browser", lambda _, url: opened.append(url) or True
    )
    async with app.run_test() as pilot:
        assert isinstance(app.screen, GuideScreen)
        line = str(app.screen.query_one("#guide-origin", Static).render())
        assert line.startswith(f"read from: JSON-LD HowTo · {guide.step_count} steps")
        assert line.endswith(PAGE)
        await pilot.press("O")
        await app.workers.wait_for_complete()
        assert opened == [PAGE]
        app.screen.checklist.move_to("fold-in-half")
        await pilot.press("o")
        await app.workers.wait_for_complete()
        assert opened == [PAGE, "https://example.org/fold"]


async def test_a_guide_file_has_no_read_from_line_and_O_says_so(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    opened: list[str] = []
    notices: list[str] = []
    monkeypatch.setattr(
        "walker.tui.screens.guide.open_in_browser", lambda _, url: opened.append(url) or True
    )
    async with app.run_test() as pilot:
        monkeypatch.setattr(app, "notify", lambda message, **_: notices.append(message))
        assert not app.screen.query("#guide-origin")
        await pilot.press("O")
        assert opened == []
        assert notices == ["This guide was not read from a web page"]
