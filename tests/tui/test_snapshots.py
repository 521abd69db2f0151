"""SVG snapshots of the library, a guide (dark and light) and the help screen, at 100x30; and
the filter's reasons, code in the detail pane at 80x24 and a guide at 50 columns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from tui_guides import (
    FIXED_NOW,
    AppFactory,
    code_guide,
    kettle_guide,
    lantern_guide,
    library_of,
    markup_guide,
)

from walker.store import Store
from walker.tui.screens.guide import GuideScreen

SIZE = (100, 30)
LANTERN = "paper-lantern"
SnapCompare = Callable[..., bool]


@pytest.fixture
def seeded(store_path: Path) -> None:
    """Progress made two hours before the fixed now: lantern half done, kettle finished."""
    with Store(store_path, clock=lambda: FIXED_NOW - timedelta(hours=2)) as earlier:
        earlier.mark_opened(LANTERN)
        earlier.set_ticked(LANTERN, "sheet", True)
        earlier.set_ticked(LANTERN, "fold-in-half", True)
        earlier.choose(LANTERN, "join", "glue")
        earlier.set_ticked(LANTERN, "spread-glue", True)
    with Store(store_path, clock=lambda: FIXED_NOW - timedelta(days=3)) as older:
        for step in kettle_guide().steps():
            older.set_ticked("descale-kettle", step.id, True)
        older.set_finished("descale-kettle", True)
        older.mark_opened("descale-kettle")


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for the detail pane's Markdown to be mounted."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def on_cut_slits(pilot: Pilot[Any]) -> None:
    """Highlight the step with a warning and an image."""
    screen = pilot.app.screen
    assert isinstance(screen, GuideScreen)
    screen.checklist.move_to("cut-slits")
    await settle(pilot)


def library() -> Any:
    return library_of(lantern_guide(), kettle_guide(), markup_guide(), broken=True)


@pytest.mark.usefixtures("seeded")
def test_library_snapshot(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(library()), terminal_size=SIZE, run_before=settle)


@pytest.mark.usefixtures("seeded")
def test_guide_snapshot(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    app = make_app(library(), start_guide=LANTERN)
    assert snap_compare(app, terminal_size=SIZE, run_before=on_cut_slits)


@pytest.mark.usefixtures("seeded")
def test_guide_light_theme_snapshot(
    snap_compare: SnapCompare, make_app: AppFactory, store: Store
) -> None:
    store.set_setting("theme", "textual-light")
    app = make_app(library(), start_guide=LANTERN)
    assert snap_compare(app, terminal_size=SIZE, run_before=on_cut_slits)


@pytest.mark.usefixtures("seeded")
def test_help_snapshot(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    app = make_app(library(), start_guide=LANTERN)
    assert snap_compare(app, terminal_size=SIZE, press=["question_mark"], run_before=settle)


@pytest.mark.usefixtures("seeded")
def test_library_filter_says_why_snapshot(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    app = make_app(library())
    assert snap_compare(app, terminal_size=SIZE, press=list("stap"), run_before=settle)


async def on_code_with_detail(pilot: Pilot[Any]) -> None:
    """Show the detail pane at 80x24 and highlight the step with a long command."""
    await pilot.press("d", "down")
    await settle(pilot)


def test_code_in_detail_at_80x24_snapshot(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    app = make_app(library_of(code_guide()), start_guide="install-tool")
    assert snap_compare(app, terminal_size=(80, 24), run_before=on_code_with_detail)


@pytest.mark.usefixtures("seeded")
def test_guide_at_50_columns_snapshot(snap_compare: SnapCompare, make_app: AppFactory) -> None:
    app = make_app(library(), start_guide=LANTERN)
    assert snap_compare(app, terminal_size=(50, 24), run_before=settle)
