"""The parse cache: reused while file and parser are unchanged, never trusted blindly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import walker.parse_cache as parse_cache
from walker.library import load_library
from walker.model import ParseResult


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = parse_cache.parse_file

    def counting(path: Path) -> ParseResult:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(parse_cache, "parse_file", counting)
    return calls


def write_guide(folder: Path, title: str = "Cached") -> Path:
    guide = folder / "cached.md"
    guide.write_text(f"# {title}\n\n1. Do it.\n")
    return guide


def test_a_second_load_reuses_the_parse(tmp_path: Path, parses: list[Path]) -> None:
    write_guide(tmp_path)
    assert load_library([tmp_path]).guides()[0].title == "Cached"
    assert load_library([tmp_path]).guides()[0].title == "Cached"
    assert len(parses) == 1


def test_editing_the_file_parses_it_again(tmp_path: Path, parses: list[Path]) -> None:
    guide = write_guide(tmp_path)
    load_library([tmp_path])
    write_guide(tmp_path, "Edited")
    os.utime(guide, ns=(1, 1))  # a new modification time, whatever the clock's resolution
    assert load_library([tmp_path]).guides()[0].title == "Edited"
    assert len(parses) == 2


def test_a_corrupt_cache_is_ignored(tmp_path: Path, data_dir: Path, parses: list[Path]) -> None:
    write_guide(tmp_path)
    (data_dir / "cache").mkdir(parents=True)
    (data_dir / "cache" / parse_cache.CACHE_NAME).write_bytes(b"not a pickle")
    assert load_library([tmp_path]).guides()[0].title == "Cached"
    assert len(parses) == 1


def test_a_cache_from_another_parser_is_ignored(
    tmp_path: Path, parses: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_guide(tmp_path)
    load_library([tmp_path])
    monkeypatch.setattr(parse_cache, "parser_fingerprint", lambda: "another parser")
    load_library([tmp_path])
    assert len(parses) == 2
