"""Shared fixtures: every test gets its own empty walker data folder; `parses` counts parses."""

from __future__ import annotations

from pathlib import Path

import pytest

import walker.parse_cache as parse_cache
from walker.model import ParseResult


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point WALKER_DATA_DIR at a fresh folder so no test touches the user's data."""
    folder = tmp_path / "walker-data"
    monkeypatch.setenv("WALKER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files parsed afresh (parse-cache misses), in order, for as long as the test runs."""
    calls: list[Path] = []
    real = parse_cache.parse_file

    def counting(path: Path) -> ParseResult:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(parse_cache, "parse_file", counting)
    return calls
