"""A guide's progress stays with it: files added, renamed, moved, copied, removed, or edited."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from walker.follow import follow_moved_guides, item_ids, user_library
from walker.guide_ref import GuideRef, guide_key
from walker.library import Library, load_library, resolve_guides
from walker.model import Guide
from walker.progress import step_tally
from walker.store import Store
from walker.store_schema import MIGRATIONS

TEA = "---\nid: tea\n---\n# Make tea\n\n1. Boil water.\n2. Warm the pot.\n3. Pour.\n"
BREW = "---\nid: tea\n---\n# Brew tea\n\n1. Fill the kettle.\n2. Steep the leaves.\n3. Serve.\n"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "progress.sqlite3")


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def guide_in(library: Library, path: Path) -> Guide:
    return next(
        guide for guide in library.guides() if guide.source and guide.source.name == path.name
    )


def open_and_tick(store: Store, guide: Guide, *items: str) -> None:
    """What the app does: record the visit (source and items), then tick."""
    ref = GuideRef.of(guide)
    store.mark_opened(ref.key, ref, item_ids(guide))
    for item in items:
        store.set_ticked(ref.key, item, True)


def load(store: Store, *folders: Path) -> Library:
    library = load_library(folders)
    follow_moved_guides(store, library)
    return library


def done(store: Store, guide: Guide) -> int:
    return step_tally(guide, store.state(guide_key(guide))).done


def test_a_new_file_with_the_same_id_takes_nothing(tmp_path: Path, store: Store) -> None:
    tea = write(tmp_path / "lib", "b.md", TEA)
    library = load(store, tmp_path / "lib")
    open_and_tick(store, guide_in(library, tea), "boil-water", "warm-the-pot")
    brew = write(tmp_path / "lib", "a.md", BREW)  # sorts first, same id
    library = load(store, tmp_path / "lib")
    assert done(store, guide_in(library, tea)) == 2
    assert done(store, guide_in(library, brew)) == 0
    assert library.collisions() == {"tea": [brew, tea]}


def test_renaming_a_file_keeps_its_progress(tmp_path: Path, store: Store) -> None:
    tea = write(tmp_path / "lib", "tea.md", TEA)
    open_and_tick(store, guide_in(load(store, tmp_path / "lib"), tea), "boil-water")
    renamed = tea.rename(tea.with_name("morning-tea.md"))
    library = load(store, tmp_path / "lib")
    assert done(store, guide_in(library, renamed)) == 1


def test_moving_a_file_to_another_folder_keeps_its_progress(tmp_path: Path, store: Store) -> None:
    tea = write(tmp_path / "lib", "tea.md", TEA)
    open_and_tick(store, guide_in(load(store, tmp_path / "lib"), tea), "boil-water")
    (tmp_path / "elsewhere").mkdir()
    moved = Path(shutil.move(tea, tmp_path / "elsewhere" / "tea.md"))
    library = load(store, tmp_path / "lib", tmp_path / "elsewhere")
    assert done(store, guide_in(library, moved)) == 1


def test_a_moved_file_whose_id_changed_follows_by_its_steps(tmp_path: Path, store: Store) -> None:
    tea = write(tmp_path / "lib", "tea.md", TEA)
    open_and_tick(store, guide_in(load(store, tmp_path / "lib"), tea), "pour")
    tea.unlink()
    moved = write(tmp_path / "lib", "renamed.md", TEA.replace("id: tea", "id: my-tea"))
    assert done(store, guide_in(load(store, tmp_path / "lib"), moved)) == 1


def test_a_copy_whose_original_exists_is_a_new_guide(tmp_path: Path, store: Store) -> None:
    tea = write(tmp_path / "lib", "tea.md", TEA)
    open_and_tick(store, guide_in(load(store, tmp_path / "lib"), tea), "boil-water")
    copy = Path(shutil.copy(tea, tmp_path / "lib" / "tea-copy.md"))
    library = load(store, tmp_path / "lib")
    assert done(store, guide_in(library, tea)) == 1
    assert done(store, guide_in(library, copy)) == 0


def test_a_removed_file_keeps_its_progress_until_it_comes_back(
    tmp_path: Path, store: Store
) -> None:
    tea = write(tmp_path / "lib", "tea.md", TEA)
    open_and_tick(store, guide_in(load(store, tmp_path / "lib"), tea), "boil-water")
    tea.unlink()
    other = write(tmp_path / "lib", "coffee.md", "# Coffee\n\n1. Grind.\n2. Brew.\n")
    assert done(store, guide_in(load(store, tmp_path / "lib"), other)) == 0
    write(tmp_path / "lib", "tea.md", TEA)
    assert done(store, guide_in(load(store, tmp_path / "lib"), tea)) == 1


def test_a_guide_another_folder_does_not_load_keeps_its_progress(
    tmp_path: Path, store: Store
) -> None:
    tea = write(tmp_path / "lib", "tea.md", TEA)
    open_and_tick(store, guide_in(load(store, tmp_path / "lib"), tea), "boil-water")
    twin = write(tmp_path / "other", "tea.md", TEA)  # same id, same steps, original still there
    assert done(store, guide_in(load(store, tmp_path / "other"), twin)) == 0
    assert done(store, guide_in(load(store, tmp_path / "lib"), tea)) == 1


def test_progress_from_schema_1_goes_to_the_guide_that_had_the_id(
    tmp_path: Path, store: Store
) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0]:
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute("INSERT INTO items VALUES ('tea', 'boil-water', 1, NULL, 'x')")
    raw.execute("INSERT INTO items VALUES ('tea-2', 'steep-the-leaves', 1, NULL, 'x')")
    raw.close()
    brew = write(tmp_path / "lib", "a-brew.md", BREW)
    tea = write(tmp_path / "lib", "b-tea.md", TEA)
    with Store(path) as old:
        library = load(old, tmp_path / "lib")
        # The old ids came in load order; the steps tell the guides apart.
        assert done(old, guide_in(library, tea)) == 1
        assert done(old, guide_in(library, brew)) == 1


EDITS = {
    "reworded": TEA.replace("Warm the pot.", "Warm the teapot."),
    "inserted": TEA.replace("3. Pour.", "3. Add leaves.\n4. Pour."),
    "removed": TEA.replace("2. Warm the pot.\n3. Pour.", "2. Pour."),
    "reordered": TEA.replace(
        "1. Boil water.\n2. Warm the pot.", "1. Warm the pot.\n2. Boil water."
    ),
}


@pytest.mark.parametrize("edit", EDITS)
def test_an_edited_guide_keeps_ticks_on_unchanged_steps_and_undoing_the_edit_restores_all(
    tmp_path: Path, store: Store, edit: str
) -> None:
    tea = write(tmp_path / "lib", "tea.md", TEA)
    guide = guide_in(load(store, tmp_path / "lib"), tea)
    open_and_tick(store, guide, "boil-water", "warm-the-pot")
    tea.write_text(EDITS[edit])
    edited = guide_in(load(store, tmp_path / "lib"), tea)
    unchanged = {step.id for step in edited.steps()} & {"boil-water", "warm-the-pot"}
    state = store.state(guide_key(edited))
    assert {step.id for step in edited.steps() if step.id in state.ticked} == unchanged
    assert done(store, edited) == len(unchanged)
    tea.write_text(TEA)
    restored = guide_in(load(store, tmp_path / "lib"), tea)
    assert done(store, restored) == 2


def test_an_ambiguous_id_on_the_command_line_asks_for_the_file(tmp_path: Path) -> None:
    write(tmp_path / "lib", "a.md", BREW)
    write(tmp_path / "lib", "b.md", TEA)
    with pytest.raises(Exception, match=r"tea: several guides have this id \(.*a\.md, .*b\.md\)"):
        resolve_guides("tea", lambda: load_library([tmp_path / "lib"]))


def test_files_opened_by_path_stay_in_the_user_library_until_forgotten(
    tmp_path: Path, data_dir: Path
) -> None:
    article = write(tmp_path / "downloads", "article.md", TEA)
    with Store.open_default() as store:
        store.add_recent(str(article.resolve()))
        library = user_library(store)
        [loaded] = [loaded for loaded in library.files if loaded.recent]
        assert loaded.path == article.resolve()
        assert resolve_guides("tea", lambda: library)[0].title == "Make tea"
        store.forget_recent(str(article.resolve()))
        assert not any(loaded.recent for loaded in user_library(store).files)


def test_a_recent_file_that_was_deleted_is_left_out(tmp_path: Path, data_dir: Path) -> None:
    with Store.open_default() as store:
        store.add_recent(str(tmp_path / "gone.md"))
        assert not any(loaded.recent for loaded in user_library(store).files)


def test_progress_saved_without_its_source_is_never_taken_by_a_twin(
    tmp_path: Path, store: Store
) -> None:
    tea = write(tmp_path / "lib", "b.md", TEA)
    guide = guide_in(load(store, tmp_path / "lib"), tea)
    store.set_ticked(guide_key(guide), "boil-water", True)  # the visit was never recorded
    twin = write(tmp_path / "lib", "a.md", TEA)
    library = load(store, tmp_path / "lib")
    assert done(store, guide_in(library, tea)) == 1
    assert done(store, guide_in(library, twin)) == 0
    library = load(store, tmp_path / "other-folder-only")  # b.md is not loaded, but exists
    assert done(store, guide) == 1
