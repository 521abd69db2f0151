"""The parse cache: reused while file and parser are unchanged, never trusted blindly."""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import walker.parse_cache as parse_cache
from walker.library import load_library


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
    (data_dir / "cache" / parse_cache.CACHE_NAME).write_bytes(b"not a database" * 100)
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


def cache_rows(data_dir: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(data_dir / "cache" / parse_cache.CACHE_NAME) as raw:
        return raw.execute("SELECT path, result FROM entries ORDER BY path").fetchall()


def test_a_pickle_left_by_an_older_walker_is_never_loaded(
    tmp_path: Path, data_dir: Path, parses: list[Path]
) -> None:
    class Boom:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.mkdir, (str(tmp_path / "pwned"),))

    (data_dir / "cache").mkdir(parents=True)
    old = data_dir / "cache" / parse_cache.OLD_PICKLE
    old.write_bytes(pickle.dumps(Boom()))
    write_guide(tmp_path)
    load_library([tmp_path])
    assert not (tmp_path / "pwned").exists()
    assert not old.exists()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda text: "{not json",
        lambda text: json.dumps(["cached.md", 5]),
        lambda text: text.replace('["s", ', '["os.system", '),
        lambda text: text.replace('"Do it."', '["Do it."]'),
        lambda text: text.replace('"Do it.", "", [], [], 3]', '"Do it.", "", [], [], 3, 4]'),
        lambda text: json.dumps(json.loads(text)[1][0]),  # a guide where a result belongs
        lambda text: "[" * 100_000 + "]" * 100_000,
    ],
)
def test_a_bad_entry_is_a_miss(
    tmp_path: Path, data_dir: Path, parses: list[Path], tamper: Callable[[str], str]
) -> None:
    write_guide(tmp_path)
    load_library([tmp_path])
    [(path, text)] = cache_rows(data_dir)
    with sqlite3.connect(data_dir / "cache" / parse_cache.CACHE_NAME) as raw:
        raw.execute("UPDATE entries SET result = ? WHERE path = ?", (tamper(text), path))
    assert load_library([tmp_path]).guides()[0].steps().__next__().title == "Do it."
    assert len(parses) == 2
    assert load_library([tmp_path]).guides()[0].title == "Cached"
    assert len(parses) == 2  # the miss was written back whole


def test_another_folder_does_not_evict_the_main_library(tmp_path: Path, parses: list[Path]) -> None:
    main, other = tmp_path / "main", tmp_path / "other"
    main.mkdir()
    other.mkdir()
    write_guide(main)
    write_guide(other, "Other")
    load_library([main])
    load_library([other])
    load_library([main])
    assert len(parses) == 2


def test_the_cache_keeps_the_most_recently_used_entries_within_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        write_guide(tmp_path / name, name)
    load_library([tmp_path / "a"])
    [(_, text)] = cache_rows(data_dir)
    monkeypatch.setattr(parse_cache, "MAX_BYTES", 2 * len(text) + 10)
    monkeypatch.setattr(parse_cache, "TOUCH_AFTER_NS", 0)  # every hit counts as a use
    load_library([tmp_path / "b"])
    load_library([tmp_path / "a"])  # a is used again: b is now the oldest
    load_library([tmp_path / "c"])
    kept = {Path(path).parent.name for path, _ in cache_rows(data_dir)}
    assert kept == {"a", "c"}


def test_a_warm_run_writes_nothing(tmp_path: Path, data_dir: Path) -> None:
    write_guide(tmp_path)
    load_library([tmp_path])
    cache_file = data_dir / "cache" / parse_cache.CACHE_NAME
    before = (cache_file.read_bytes(), cache_file.stat().st_mtime_ns)
    load_library([tmp_path])
    assert (cache_file.read_bytes(), cache_file.stat().st_mtime_ns) == before


@pytest.mark.parametrize(
    "folder", ["parse/fixtures", "parse/web"], ids=["fixtures", "web-fixtures"]
)
def test_every_fixture_comes_back_from_the_cache_as_it_was_parsed(folder: str) -> None:
    from walker.model_codec import decode_result, encode
    from walker.parse import parse_file

    files = sorted((Path(__file__).parent / folder).glob("*.md"))
    assert files
    for path in files:
        result = parse_file(path)
        assert decode_result(json.dumps(encode(result))) == result, path.name


PAGE = (
    "<html><head><title>Oil a hinge</title></head><body><article><h1>Oil a hinge</h1>"
    "<p>A squeaky hinge takes two minutes to fix with a drop of light oil.</p>"
    "<ol><li>Lift the hinge pin out.</li><li>Oil the pin.</li><li>Push it back.</li></ol>"
    "</article></body></html>"
)


def test_a_saved_page_is_read_once_and_comes_back_with_how_it_was_read(
    tmp_path: Path, parses: list[Path]
) -> None:
    (tmp_path / "hinge.html").write_text(PAGE)
    first = load_library([tmp_path]).guides()[0]
    second = load_library([tmp_path]).guides()[0]
    assert len(parses) == 1
    assert second == first and second.read_from == "main content"


def test_a_page_is_checked_against_the_web_front_end_too(
    tmp_path: Path, parses: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "hinge.html").write_text(PAGE)
    write_guide(tmp_path)
    load_library([tmp_path])
    monkeypatch.setattr(parse_cache, "page_fingerprint", lambda: "another web front end")
    load_library([tmp_path])
    assert [path.suffix for path in parses] == [".md", ".html", ".html"]


def test_a_load_stopped_half_way_keeps_what_it_parsed(
    tmp_path: Path, parses: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import walker.library as library

    for number in range(4):
        (tmp_path / f"guide-{number}.md").write_text(f"# Guide {number}\n\n1. Do it.\n")
    monkeypatch.setattr(library, "PROGRESS_SECONDS", 0.0)  # told after every file

    class Quit(Exception):
        pass

    def quit_after_two(loaded: library.Library, done: int, total: int) -> None:
        if done == 2:
            raise Quit  # the reader quit walker while the library was loading

    with pytest.raises(Quit):
        load_library([tmp_path], on_progress=quit_after_two)
    assert len(parses) == 2
    assert len(load_library([tmp_path]).guides()) == 4
    assert len(parses) == 4  # the two parsed before the stop came from the cache


def test_a_load_asked_to_stop_returns_the_files_so_far_and_keeps_them(
    tmp_path: Path, parses: list[Path]
) -> None:
    for number in range(4):
        (tmp_path / f"guide-{number}.md").write_text(f"# Guide {number}\n\n1. Do it.\n")
    stopped = load_library([tmp_path], stop=lambda: len(parses) >= 2)
    assert len(stopped.files) == 2
    assert len(load_library([tmp_path]).files) == 4
    assert len(parses) == 4
