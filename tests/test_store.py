"""The SQLite progress store: persistence, two instances on one file, errors."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from walker.errors import WalkerError
from walker.guide_ref import GuideRef
from walker.progress import ProgressState
from walker.store import STORE_FILE, Edit, GuideRecord, Store, StoreBusy
from walker.store_schema import MIGRATIONS, SCHEMA_VERSION

START = datetime(2026, 11, 22, 14, 0, tzinfo=UTC)


def ticking_clock() -> Callable[[], datetime]:
    """Return a clock that moves one minute forward on every reading."""
    minutes = iter(range(10_000))
    return lambda: START + timedelta(minutes=next(minutes))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / STORE_FILE


@pytest.fixture
def store(path: Path) -> Store:
    return Store(path, clock=ticking_clock())


def test_default_store_lives_in_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "not" / "yet" / "there"
    monkeypatch.setenv("WALKER_DATA_DIR", str(data))
    with Store.open_default() as store:
        store.set_ticked("tea", "boil", True)
    assert (data / STORE_FILE).is_file()
    with Store() as again:
        assert again.state("tea").ticked == {"boil"}


def test_new_file_is_in_wal_mode_with_the_schema_version(store: Store, path: Path) -> None:
    assert store.schema_version == SCHEMA_VERSION
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()


def test_two_instances_see_each_others_ticks_and_choices(path: Path) -> None:
    first, second = Store(path), Store(path)
    first.set_ticked("tea", "boil", True)
    second.set_ticked("tea", "warm", True)
    second.choose("tea", "milk", "black")
    first.set_ticked("tea", "lemon", True)
    expected = ProgressState(frozenset({"boil", "warm", "lemon"}), {"milk": "black"})
    assert first.state("tea") == expected
    assert second.state("tea") == expected
    first.close()
    second.close()


def test_concurrent_writers_lose_nothing(path: Path) -> None:
    Store(path).close()

    def tick_many(prefix: str) -> None:
        with Store(path) as own:
            for number in range(40):
                own.set_ticked("tea", f"{prefix}-{number}", True)

    threads = [threading.Thread(target=tick_many, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with Store(path) as reader:
        assert len(reader.state("tea").ticked) == 80


def test_ticks_are_kept_per_guide_with_first_tick_time(store: Store) -> None:
    store.set_ticked("tea", "boil", True)  # 14:00
    store.set_ticked("tea", "boil", True)  # already ticked: keeps 14:00
    store.set_ticked("tea", "warm", True)  # 14:02
    store.set_ticked("coffee", "grind", True)
    store.set_ticked("tea", "warm", False)
    assert store.state("tea").ticked == {"boil"}
    assert store.tick_times("tea") == {"boil": START}
    assert store.state("coffee").ticked == {"grind"}
    assert store.state("never-seen") == ProgressState()


def test_choose_and_unchoose(store: Store) -> None:
    store.choose("tea", "milk", "black")
    store.choose("tea", "milk", "with-milk")
    store.choose("tea", "sugar", "sugar-yes")
    store.choose("tea", "sugar", None)
    assert store.state("tea").choices == {"milk": "with-milk"}


def test_reset_then_its_undo_brings_back_ticks_times_and_choices(store: Store) -> None:
    store.set_ticked("tea", "boil", True)
    store.set_ticked("tea", "kettle", True)
    store.choose("tea", "milk", "black")
    store.set_finished("tea", True)
    before, times = store.state("tea"), store.tick_times("tea")

    undo = store.reset("tea")
    assert store.state("tea") == ProgressState()
    assert store.record("tea").finished_at is None

    store.set_ticked("tea", "warm", True)
    store.apply("tea", undo)
    assert store.state("tea") == ProgressState(before.ticked | {"warm"}, before.choices)
    assert {item: times[item] for item in before.ticked} == {
        item: at for item, at in store.tick_times("tea").items() if item in before.ticked
    }


def test_an_edit_without_times_ticks_now(path: Path) -> None:
    with Store(path, clock=lambda: START) as store:
        store.apply("tea", Edit({"boil": True}, {"milk": "black"}))
        assert store.tick_times("tea") == {"boil": START}
        assert store.state("tea").choices == {"milk": "black"}


def test_undo_puts_back_only_the_rows_its_edit_changed(path: Path) -> None:
    first, second = Store(path, clock=ticking_clock()), Store(path, clock=ticking_clock())
    first.set_ticked("tea", "warm", True)
    first.choose("tea", "milk", "black")
    warmed = first.tick_times("tea")["warm"]
    applied = first.apply("tea", Edit({"boil": True, "warm": False}, {"milk": "with-milk"}))
    assert applied.undo == Edit({"boil": False, "warm": True}, {"milk": "black"}, {"warm": warmed})
    second.set_ticked("tea", "lemon", True)
    second.choose("tea", "sugar", "no-sugar")
    first.apply("tea", applied.undo)
    expected = ProgressState(frozenset({"warm", "lemon"}), {"milk": "black", "sugar": "no-sugar"})
    assert first.state("tea") == second.state("tea") == expected
    assert first.tick_times("tea")["warm"] == warmed
    first.close()
    second.close()


def test_undoing_a_reset_keeps_what_another_walker_ticked_since(path: Path) -> None:
    first, second = Store(path), Store(path)
    first.set_ticked("tea", "boil", True)
    undo = first.reset("tea")
    second.set_ticked("tea", "warm", True)
    second.choose("tea", "milk", "black")
    first.apply("tea", undo)
    assert first.state("tea") == ProgressState(frozenset({"boil", "warm"}), {"milk": "black"})
    first.close()
    second.close()


def test_undo_leaves_out_rows_the_edit_did_not_change(store: Store) -> None:
    store.set_ticked("tea", "boil", True)
    store.choose("tea", "milk", "black")
    assert store.apply("tea", Edit({"boil": True}, {"milk": "black"})).undo == Edit()


def test_apply_records_the_finish_in_the_same_transaction(store: Store) -> None:
    def done(state: ProgressState) -> bool:
        return {"boil", "pour"} <= state.ticked

    first = store.apply("tea", Edit({"boil": True}), done)
    assert (first.finished, first.state.ticked) == (False, {"boil"})
    finishing = store.apply("tea", Edit({"pour": True}), done)
    assert finishing.finished and store.record("tea").finished_at is not None
    assert not store.apply("tea", Edit({"lemon": True}), done).finished  # already finished
    store.apply("tea", finishing.undo, done)
    assert store.record("tea").finished_at is None


def test_a_failing_edit_writes_nothing(store: Store, path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute(
        "CREATE TRIGGER full BEFORE INSERT ON choices BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    raw.close()
    with pytest.raises(WalkerError, match="disk full"):
        store.apply("tea", Edit({"boil": True}, {"milk": "black"}))
    assert store.state("tea") == ProgressState()
    assert store.records() == []

    def broken(_: ProgressState) -> bool:
        raise WalkerError("the check failed")

    with pytest.raises(WalkerError, match="the check failed"):
        store.apply("tea", Edit({"boil": True}), broken)
    assert store.state("tea") == ProgressState()
    assert store.records() == []


@pytest.mark.parametrize("stamp", ["garbage", "", "2026-13-45T99:00:00"])
def test_unreadable_times_read_as_none(store: Store, path: Path, stamp: str) -> None:
    store.mark_opened("tea")
    store.set_ticked("tea", "boil", True)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE guides SET opened_at = ?, changed_at = ?, finished_at = ?", (stamp,) * 3)
    raw.execute("UPDATE items SET ticked_at = ?", (stamp,))
    raw.commit()
    raw.close()
    assert store.record("tea") == GuideRecord("tea")
    assert store.records() == [GuideRecord("tea")]
    assert store.tick_times("tea") == {}
    assert store.state("tea").ticked == {"boil"}


def test_times_without_a_zone_are_read_as_utc(store: Store, path: Path) -> None:
    store.mark_opened("tea")
    store.set_ticked("tea", "boil", True)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE guides SET opened_at = '2026-11-22T14:00:00'")
    raw.execute("UPDATE items SET ticked_at = '2026-11-22 14:00'")
    raw.commit()
    raw.close()
    assert store.record("tea").opened_at == START
    assert store.tick_times("tea") == {"boil": START}
    assert store.record("tea").last_active is not None  # aware and naive would not compare


def test_records_use_the_injected_clock(store: Store) -> None:
    assert store.record("tea") == GuideRecord("tea")
    store.mark_opened("tea")  # 14:00
    store.set_ticked("tea", "boil", True)  # 14:01
    store.set_finished("tea", True)  # 14:02
    store.set_finished("tea", True)  # keeps 14:02
    store.mark_opened("coffee")  # 14:04
    tea = GuideRecord("tea", START, START + timedelta(minutes=2), START + timedelta(minutes=1))
    assert store.record("tea") == tea
    assert tea.last_active == START + timedelta(minutes=1)
    assert store.records() == [GuideRecord("coffee", START + timedelta(minutes=4)), tea]
    store.set_finished("tea", False)
    assert store.record("tea").finished_at is None


def test_settings_persist(store: Store, path: Path) -> None:
    assert store.get_setting("theme") is None
    assert store.get_setting("theme", "textual-dark") == "textual-dark"
    store.set_setting("theme", "textual-light")
    store.set_setting("theme", "nord")
    with Store(path) as other:
        assert other.get_setting("theme") == "nord"


def test_a_damaged_file_is_moved_aside_once_and_walker_starts_afresh(path: Path) -> None:
    garbage = b"this is not a database at all\n" * 200
    path.write_bytes(garbage)
    path.with_name(path.name + "-wal").write_bytes(b"old log")
    with Store(path, clock=lambda: START) as store:
        assert store.notice is not None and "\n" not in store.notice
        aside = path.with_name("progress.damaged-20261122T140000Z.sqlite3")
        assert str(aside) in store.notice
        assert store.state("tea") == ProgressState()
        store.set_ticked("tea", "boil", True)
    assert aside.read_bytes() == garbage
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"old log"
    with Store(path) as again:
        assert again.notice is None
        assert again.state("tea").ticked == {"boil"}


def test_a_second_damaged_file_in_the_same_second_gets_a_name_of_its_own(path: Path) -> None:
    for _ in range(2):
        path.write_bytes(b"\x00garbage" * 100)
        Store(path, clock=lambda: START).close()
    assert len(list(path.parent.glob("progress.damaged-*.sqlite3"))) == 2


def test_unopenable_path_is_a_walker_error(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(WalkerError, match="a-folder"):
        Store(folder)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WalkerError, match="file"):
        Store(blocker / STORE_FILE)


def test_a_newer_schema_is_opened_read_only_and_left_alone(path: Path) -> None:
    with Store(path) as current:
        current.set_ticked("tea", "boil", True)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    with Store(path) as newer:
        assert newer.read_only
        assert newer.notice is not None and "newer walker" in newer.notice
        assert "\n" not in newer.notice
        assert newer.state("tea").ticked == {"boil"}
        with pytest.raises(WalkerError, match="read-only"):
            newer.set_ticked("tea", "warm", True)
    assert path.read_bytes() == before
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    raw.close()


def test_migration_hook_upgrades_an_older_file_in_place(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(path) as old:
        old.set_ticked("tea", "boil", True)
    monkeypatch.setattr(
        "walker.store.MIGRATIONS", (*MIGRATIONS, ("ALTER TABLE guides ADD COLUMN note TEXT",))
    )
    with Store(path) as new:
        assert new.schema_version == SCHEMA_VERSION + 1
        assert new.state("tea").ticked == {"boil"}
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT guide_id, note FROM guides").fetchall() == [("tea", None)]
    raw.close()


def test_a_schema_1_file_keeps_its_progress(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0]:
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute("INSERT INTO items VALUES ('tea', 'boil', 1, '2026-01-01T00:00:00+00:00', 'x')")
    raw.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.state("tea").ticked == {"boil"}
        [stored] = store.stored_guides()
        assert (stored.key, stored.source, stored.step_ids) == ("tea", None, {"boil"})


def test_a_write_that_must_not_wait_is_refused_at_once_while_another_walker_writes(
    path: Path, store: Store
) -> None:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreBusy):
        store.apply("tea", Edit({"boil": True}), wait=False)
    other.execute("ROLLBACK")
    other.close()
    store.apply("tea", Edit({"boil": True}), wait=False)
    assert store.state("tea").ticked == {"boil"}


def test_data_version_moves_when_another_walker_commits(path: Path, store: Store) -> None:
    before = store.data_version()
    store.set_ticked("tea", "boil", True)
    assert store.data_version() == before  # its own commits do not count
    with Store(path) as other:
        other.set_ticked("tea", "warm", True)
    assert store.data_version() != before


def test_moving_progress_to_a_new_source_keeps_every_row(store: Store) -> None:
    old, new = GuideRef("/old/tea.md", "tea"), GuideRef("/new/tea.md", "tea")
    store.mark_opened(old.key, old, ["boil", "pour"])
    store.apply(old.key, Edit({"boil": True}, {"milk": "black"}))
    assert store.move(old.key, new)
    assert store.state(new.key) == ProgressState(frozenset({"boil"}), {"milk": "black"})
    assert store.state(old.key) == ProgressState()
    [stored] = store.stored_guides()
    assert (stored.source, stored.local_id, stored.step_ids) == (
        "/new/tea.md",
        "tea",
        {"boil", "pour"},
    )


def test_moving_onto_a_guide_with_progress_of_its_own_changes_nothing(store: Store) -> None:
    old, new = GuideRef("/old/tea.md", "tea"), GuideRef("/new/tea.md", "tea")
    store.set_ticked(old.key, "boil", True)
    store.set_ticked(new.key, "pour", True)
    assert not store.move(old.key, new)
    assert store.state(old.key).ticked == {"boil"}
    assert store.state(new.key).ticked == {"pour"}


def test_recent_files_are_remembered_newest_first_until_forgotten(path: Path) -> None:
    with Store(path, clock=ticking_clock()) as store:
        store.add_recent("/a.md")
        store.add_recent("/b.md")
        store.add_recent("/a.md")
        assert store.recent() == ["/a.md", "/b.md"]
        store.forget_recent("/a.md")
        assert store.recent() == ["/b.md"]


def test_states_gives_every_guides_progress_as_state_does(store: Store) -> None:
    store.set_ticked("kettle", "fill", True)
    store.set_ticked("kettle", "boil", True)
    store.set_ticked("kettle", "boil", False)
    store.choose("lamp", "bulb", "led")
    store.set_ticked("lamp", "screw", True)
    store.choose("tea", "kind", "green")
    assert store.states() == {key: store.state(key) for key in ("kettle", "lamp", "tea")}
    assert store.states()["kettle"] == ProgressState(frozenset({"fill"}))
