"""The detail pane's code blocks at any width, `c` copying one, and `o` without a browser."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widgets import Label
from textual.widgets._markdown import MarkdownFence
from tui_guides import INSTALL_COMMAND, AppFactory, code_guide, lantern_guide, library_of

from walker.tui.app import WalkerApp
from walker.tui.screens import guide as guide_module
from walker.tui.screens.guide import GuideScreen
from walker.tui.widgets.step_detail import StepDetail


def guide_screen(app: WalkerApp) -> GuideScreen:
    assert isinstance(app.screen, GuideScreen)
    return app.screen


async def settle(app: WalkerApp) -> None:
    await app.workers.wait_for_complete()


def fence_lines(app: WalkerApp) -> list[str]:
    """Return the code block's lines as drawn in the detail pane."""
    fence = app.screen.query_one("#detail", StepDetail).query_one(MarkdownFence)
    label = fence.query_one(Label)
    width, height = label.size
    return [strip.text.rstrip() for strip in label.render_lines(Region(0, 0, width, height))]


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
async def test_a_long_command_wraps_in_the_detail_pane_and_is_never_cut(
    make_app: AppFactory, size: tuple[int, int]
) -> None:
    app = make_app(library_of(code_guide()), start_guide="install-tool")
    async with app.run_test(size=size) as pilot:
        screen = guide_screen(app)
        if not screen.query_one("#detail").display:
            await pilot.press("d")
        await pilot.press("down")
        await settle(app)
        await pilot.pause()
        detail = screen.query_one("#detail", StepDetail)
        lines = fence_lines(app)
        assert "".join(lines).replace(" ", "") == (
            INSTALL_COMMAND + "ls/usr/share/keyrings"
        ).replace(" ", "")
        assert len(lines) > 2  # the long command took more than one line
        fence = detail.query_one(MarkdownFence)
        assert fence.region.right <= detail.content_region.right


async def test_c_copies_the_first_code_block_and_says_what(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(library_of(code_guide()), start_guide="install-tool")
    notices: list[str] = []
    async with app.run_test() as pilot:
        monkeypatch.setattr(app, "notify", lambda message, **_: notices.append(message))
        await pilot.press("c")
        assert notices == ["No code in this step"]  # inline code is not a block
        await pilot.press("down", "c")
        assert app.clipboard == f"{INSTALL_COMMAND}\nls /usr/share/keyrings"
        assert notices[-1] == f"Copied {INSTALL_COMMAND} (+1 more line)"


async def test_o_without_a_browser_says_so(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide="paper-lantern")
    notices: list[str] = []

    def no_browser() -> object:
        raise guide_module.webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(guide_module.webbrowser, "get", no_browser)
    async with app.run_test() as pilot:
        monkeypatch.setattr(app, "notify", lambda message, **_: notices.append(message))
        guide_screen(app).checklist.move_to("fold-in-half")
        await pilot.press("o")
        await settle(app)
        await pilot.pause()
        assert notices == ["No web browser could be started. The address: https://example.org/fold"]
