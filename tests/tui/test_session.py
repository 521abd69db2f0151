"""A guide visit's changes: one transaction each, and undo that spares another walker's ticks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tui_guides import lantern_guide

from walker.errors import WalkerError
from walker.progress import ProgressState
from walker.store import Store
from walker.tui.session import GuideSession

LANTERN = lantern_guide()


def test_undoing_a_tick_keeps_what_another_window_ticked(store_path: Path) -> None:
    with Store(store_path) as first, Store(store_path) as second:
        mine, theirs = GuideSession(LANTERN, first), GuideSession(LANTERN, second)
        mine.tick("fold-in-half", True, "Fold the sheet in half")
        theirs.tick("cut-slits", True, "Cut slits along the fold")
        mine.undo()
        assert first.state(LANTERN.id).ticked == {"cut-slits"}
        assert mine.state.ticked == {"cut-slits"}


def test_undoing_a_reset_keeps_what_another_window_did_since(store_path: Path) -> None:
    with Store(store_path) as first, Store(store_path) as second:
        mine, theirs = GuideSession(LANTERN, first), GuideSession(LANTERN, second)
        mine.tick("spread-glue", True, "Spread glue on one edge")
        mine.reset()
        theirs.tick("sheet", True, "A square sheet of paper")
        mine.undo()
        expected = ProgressState(frozenset({"spread-glue", "sheet"}), {"join": "glue"})
        assert first.state(LANTERN.id) == expected


def test_a_tick_that_fails_chooses_no_branch_and_leaves_nothing_to_undo(
    store: Store, store_path: Path
) -> None:
    session = GuideSession(LANTERN, store)
    raw = sqlite3.connect(store_path)
    raw.execute(
        "CREATE TRIGGER full BEFORE INSERT ON items BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    raw.close()
    with pytest.raises(WalkerError, match="disk full"):
        session.tick("tape-ends", True, "Tape the ends")  # would choose "tape" too
    assert store.state(LANTERN.id) == ProgressState()
    assert session.history == []
