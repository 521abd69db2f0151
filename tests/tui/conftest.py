"""Shared fixtures: a data folder in tmp, a store with a fixed clock, and an app factory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tui_guides import AppFactory, fixed_clock

from walker.library import Library
from walker.store import Store
from walker.tui.app import WalkerApp


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point WALKER_DATA_DIR at a fresh folder for every test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("WALKER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store_path(data_dir: Path) -> Path:
    """Where the test store lives."""
    return data_dir / "progress.sqlite3"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """A store in the test data folder with a fixed clock."""
    with Store(store_path, clock=fixed_clock) as opened:
        yield opened


@pytest.fixture
def make_app(store: Store) -> AppFactory:
    """Build an app on a library with the test store."""

    def build(library: Library, start_guide: str | None = None) -> WalkerApp:
        return WalkerApp(library, store, start_guide=start_guide)

    return build
