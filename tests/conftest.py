"""Shared fixtures: every test gets its own empty walker data folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point WALKER_DATA_DIR at a fresh folder so no test touches the user's data."""
    folder = tmp_path / "walker-data"
    monkeypatch.setenv("WALKER_DATA_DIR", str(folder))
    return folder
