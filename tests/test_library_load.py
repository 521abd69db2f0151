"""A library load in two parts: the head the parse cache holds (before the first frame), then
the rest; and finding the files: one listing per folder, in path order, each file once."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from walker.library import Library, LibraryLoad, guide_files, load_library


def write_guides(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for number in range(count):
        path = folder / f"guide-{number}.md"
        path.write_text(f"# Guide {number}\n\n1. Wind the clock {number}.\n")
        paths.append(path)
    return paths


def titles(library: Library) -> list[str]:
    return [guide.title for guide in library.guides()]


def test_the_head_takes_only_what_the_cache_holds_and_the_rest_parses_the_others(
    tmp_path: Path, parses: list[Path]
) -> None:
    paths = write_guides(tmp_path / "guides", 4)
    load_library([paths[0], paths[1]])  # the first two are in the cache now
    parses.clear()
    load = LibraryLoad([tmp_path / "guides"])
    head = load.head(seconds=60)
    assert titles(head) == ["Guide 0", "Guide 1"]
    assert parses == [] and not load.done  # a miss ends the head: nothing is parsed there
    whole = load.rest()
    assert titles(whole) == [f"Guide {n}" for n in range(4)]
    assert parses == paths[2:] and load.done


def test_a_head_with_no_time_takes_nothing_and_a_warm_head_takes_everything(
    tmp_path: Path, parses: list[Path]
) -> None:
    write_guides(tmp_path, 3)
    load_library([tmp_path])
    assert LibraryLoad([tmp_path]).head(seconds=0).files == ()
    warm = LibraryLoad([tmp_path])
    assert len(warm.head(seconds=60).files) == 3 and warm.done
    assert titles(warm.rest()) == titles(load_library([tmp_path]))


def test_the_rest_may_run_in_another_thread_than_the_head(tmp_path: Path) -> None:
    write_guides(tmp_path, 3)
    load_library([tmp_path.joinpath("guide-0.md")])
    load = LibraryLoad([tmp_path])
    assert len(load.head(seconds=60).files) == 1
    results: list[Library] = []
    worker = threading.Thread(target=lambda: results.append(load.rest()))
    worker.start()
    worker.join(30)
    assert titles(results[0]) == ["Guide 0", "Guide 1", "Guide 2"]
    assert len(LibraryLoad([tmp_path]).head(seconds=60).files) == 3  # and the cache was saved


def test_files_are_listed_in_path_order_and_symlinked_folders_are_not_entered(
    tmp_path: Path,
) -> None:
    root = tmp_path / "guides"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a-b").mkdir()
    for relative in ("a/b/deep.md", "a-b/side.MD", "a/top.markdown", "z.md", ".hidden.md"):
        (root / relative).write_text("# G\n\n1. Go.\n")
    (root / "notes.txt").write_text("not a guide")
    (root / "looped").symlink_to(root / "a", target_is_directory=True)
    names = [path.relative_to(root).as_posix() for path in guide_files(root)]
    assert names == [".hidden.md", "a/b/deep.md", "a/top.markdown", "a-b/side.MD", "z.md"]
    assert guide_files(root) == sorted(
        path for path in root.rglob("*") if path.suffix.lower() in {".md", ".markdown"}
    )


def test_a_file_reached_twice_loads_once_under_its_first_path(tmp_path: Path) -> None:
    (real,) = write_guides(tmp_path / "guides", 1)
    link = tmp_path / "elsewhere.md"
    link.symlink_to(real)
    library = load_library([tmp_path / "guides", link], recent=[real])
    assert [loaded.path for loaded in library.files] == [real]


def test_a_symlinked_guide_is_known_by_its_target(tmp_path: Path, parses: list[Path]) -> None:
    (real,) = write_guides(tmp_path / "store", 1)
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "linked.md").symlink_to(real)
    load_library([real])
    parses.clear()
    library = load_library([tmp_path / "guides"])
    assert titles(library) == ["Guide 0"] and parses == []  # the target's cache entry is used


def test_an_unreadable_folder_is_skipped_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_guides(tmp_path / "open", 1)
    write_guides(tmp_path / "closed", 1)
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if Path(path).name == "closed":  # as for a folder without read permission
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert titles(load_library([tmp_path])) == ["Guide 0"]
