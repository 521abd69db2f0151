"""The SQLite progress store: ticks, branch choices, guide timestamps and settings.

Every change is its own short transaction of single-row upserts, and the database runs in WAL
mode, so two walker instances on one file never lose each other's ticks. An undo, too, writes back
only the rows its change touched.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from walker.errors import WalkerError
from walker.guide_ref import GuideRef
from walker.paths import data_dir
from walker.progress import GuideRecord as GuideRecord
from walker.progress import ProgressState
from walker.store_file import database_error, open_database
from walker.store_rows import put_choice, put_finished, put_item, touch
from walker.store_schema import MIGRATIONS
from walker.store_types import Applied as Applied
from walker.store_types import Edit as Edit
from walker.store_types import StoredGuide as StoredGuide
from walker.store_types import parse_stamp, record_of, stamp

STORE_FILE = "progress.sqlite3"
BUSY_TIMEOUT_SECONDS = 10.0
NO_WAIT_MILLISECONDS = 5
"""How long a write that must not block the screen waits for another walker's lock."""


class StoreBusy(WalkerError):
    """Another walker holds the write lock; the write may be retried off the UI thread."""


def utc_now() -> datetime:
    """Return the current time as a UTC-aware datetime."""
    return datetime.now(UTC)


def default_path() -> Path:
    """Return where the progress database lives: in the data folder."""
    return data_dir() / STORE_FILE


class Store:
    """Progress for every guide, kept in one SQLite file."""

    def __init__(self, path: Path | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        """Open (creating if needed) the database at ``path``, default the data folder.

        A damaged file is moved aside and one from a newer walker is opened read-only;
        ``notice`` then says so, in one line, for the caller to show once.
        """
        self.path = path or default_path()
        self.clock = clock
        opened = open_database(self.path, MIGRATIONS, BUSY_TIMEOUT_SECONDS, clock)
        self._conn = opened.connection
        self.read_only = opened.read_only
        self.notice = opened.notice

    @classmethod
    def open_default(cls) -> Store:
        """Open the store in the data folder (``WALKER_DATA_DIR`` overrides it)."""
        return cls(default_path())

    def __enter__(self) -> Store:
        """Use the store as a context manager that closes it."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Close the store."""
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def now(self) -> datetime:
        """Return the store clock's current time."""
        return self.clock()

    @property
    def schema_version(self) -> int:
        """Return the schema version recorded in the file."""
        return int(self._scalar("PRAGMA user_version"))

    def data_version(self) -> int:
        """Return a number that changes whenever another connection commits to the file."""
        return int(self._scalar("PRAGMA data_version"))

    # reading

    def state(self, guide_id: str) -> ProgressState:
        """Return the ticked items and chosen branches of a guide."""
        ticked = self._rows("SELECT item_id FROM items WHERE guide_id = ? AND ticked", guide_id)
        chosen = self._rows("SELECT choice_id, branch_id FROM choices WHERE guide_id = ?", guide_id)
        return ProgressState(frozenset(row[0] for row in ticked), dict(chosen))

    def states(self) -> dict[str, ProgressState]:
        """Return the progress of every guide with any, in one query (guides without: absent)."""
        ticked: dict[str, set[str]] = {}
        chosen: dict[str, dict[str, str]] = {}
        for guide_id, item_id, branch_id in self._rows(
            "SELECT guide_id, item_id, NULL FROM items WHERE ticked"
            " UNION ALL SELECT guide_id, choice_id, branch_id FROM choices"
        ):
            if branch_id is None:
                ticked.setdefault(guide_id, set()).add(item_id)
            else:
                chosen.setdefault(guide_id, {})[item_id] = branch_id
        return {
            guide_id: ProgressState(frozenset(ticked.get(guide_id, ())), chosen.get(guide_id, {}))
            for guide_id in ticked.keys() | chosen.keys()
        }

    def tick_times(self, guide_id: str) -> dict[str, datetime]:
        """Return when each ticked item of a guide was ticked."""
        rows = self._rows(
            "SELECT item_id, ticked_at FROM items WHERE guide_id = ? AND ticked", guide_id
        )
        times = ((item_id, parse_stamp(at)) for item_id, at in rows)
        return {item_id: moment for item_id, moment in times if moment is not None}

    def record(self, guide_id: str) -> GuideRecord:
        """Return the timestamps of a guide (all None for a guide never touched)."""
        rows = self._rows(
            "SELECT guide_id, opened_at, finished_at, changed_at FROM guides WHERE guide_id = ?",
            guide_id,
        )
        return record_of(rows[0]) if rows else GuideRecord(guide_id)

    def records(self) -> list[GuideRecord]:
        """Return the timestamps of every guide ever opened or changed, by id."""
        rows = self._rows(
            "SELECT guide_id, opened_at, finished_at, changed_at FROM guides ORDER BY guide_id"
        )
        return [record_of(row) for row in rows]

    def stored_guides(self) -> list[StoredGuide]:
        """Return every guide key the store holds rows for, with its source and step ids."""
        rows = self._rows("SELECT guide_id, source, local_id, step_ids FROM guides")
        keyed = {str(row[0]): row for row in rows}
        for (key,) in self._rows("SELECT DISTINCT guide_id FROM items"):
            keyed.setdefault(str(key), (key, None, None, None))
        return [self._stored(*row) for row in keyed.values()]

    def recent(self) -> list[str]:
        """Return the files opened by path, most recent first."""
        return [
            str(row[0]) for row in self._rows("SELECT path FROM recent ORDER BY opened_at DESC")
        ]

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """Return a setting's value, or ``default`` when it was never set."""
        rows = self._rows("SELECT value FROM settings WHERE key = ?", key)
        return str(rows[0][0]) if rows else default

    # writing: each method is one transaction

    def set_ticked(self, guide_id: str, item_id: str, ticked: bool) -> None:
        """Tick or untick one step or prerequisite; re-ticking keeps the first tick time."""
        self.apply(guide_id, Edit(ticks={item_id: ticked}))

    def choose(self, guide_id: str, choice_id: str, branch_id: str | None) -> None:
        """Choose a branch for a choice; None makes the choice unmade again."""
        self.apply(guide_id, Edit(choices={choice_id: branch_id}))

    def apply(
        self,
        guide_id: str,
        edit: Edit,
        is_finished: Callable[[ProgressState], bool] | None = None,
        *,
        wait: bool = True,
    ) -> Applied:
        """Write an edit, and the finish time if ``is_finished`` is given, in one transaction.

        With ``wait=False`` a lock held by another walker raises StoreBusy at once.
        """
        with self._change(wait=wait) as now:
            undo = self._undo_of(guide_id, edit)
            for item_id, ticked in edit.ticks.items():
                moment = edit.tick_times.get(item_id)
                put_item(
                    self._conn, guide_id, item_id, ticked, stamp(moment) if moment else now, now
                )
            for choice_id, branch_id in edit.choices.items():
                put_choice(self._conn, guide_id, choice_id, branch_id, now)
            if edit.ticks or edit.choices:
                touch(self._conn, guide_id, now)
            state = self.state(guide_id)
            finished = False
            if is_finished is not None:
                finished = self._record_finish(guide_id, is_finished(state), now)
        return Applied(state, undo, finished)

    def reset(self, guide_id: str, *, wait: bool = True) -> Edit:
        """Untick everything, unmake every choice and clear the finish time; return the undo."""
        with self._change(wait=wait) as now:
            ticked = self._rows(
                "SELECT item_id, ticked_at FROM items WHERE guide_id = ? AND ticked", guide_id
            )
            chosen = self._rows(
                "SELECT choice_id, branch_id FROM choices WHERE guide_id = ?", guide_id
            )
            self._conn.execute(
                "UPDATE items SET ticked = 0, ticked_at = NULL, changed_at = ?"
                " WHERE guide_id = ? AND ticked",
                (now, guide_id),
            )
            self._conn.execute("DELETE FROM choices WHERE guide_id = ?", (guide_id,))
            self._conn.execute(
                "UPDATE guides SET finished_at = NULL WHERE guide_id = ?", (guide_id,)
            )
            touch(self._conn, guide_id, now)
        times = ((item_id, parse_stamp(at)) for item_id, at in ticked)
        return Edit(
            ticks={item_id: True for item_id, _ in ticked},
            choices=dict(chosen),
            tick_times={item_id: moment for item_id, moment in times if moment is not None},
        )

    def mark_opened(
        self,
        guide_id: str,
        ref: GuideRef | None = None,
        step_ids: Iterable[str] = (),
        *,
        wait: bool = True,
    ) -> None:
        """Record that a guide was opened now, with its source and step ids when given."""
        with self._change(wait=wait) as now:
            self._conn.execute(
                "INSERT INTO guides (guide_id, opened_at) VALUES (?, ?)"
                " ON CONFLICT (guide_id) DO UPDATE SET opened_at = excluded.opened_at",
                (guide_id, now),
            )
            if ref is not None:
                self._conn.execute(
                    "UPDATE guides SET source = ?, local_id = ?, step_ids = ? WHERE guide_id = ?",
                    (ref.source, ref.guide_id, json.dumps(sorted(step_ids)), guide_id),
                )

    def move(self, old_key: str, ref: GuideRef) -> bool:
        """Give the rows of ``old_key`` to ``ref``; False (and no change) if it has rows already."""
        with self._transaction():
            if self._rows("SELECT 1 FROM guides WHERE guide_id = ?", ref.key) or self._rows(
                "SELECT 1 FROM items WHERE guide_id = ?", ref.key
            ):
                return False
            for table in ("items", "choices", "guides"):
                self._conn.execute(
                    f"UPDATE {table} SET guide_id = ? WHERE guide_id = ?",
                    (ref.key, old_key),
                )
            self._conn.execute(
                "UPDATE guides SET source = ?, local_id = ? WHERE guide_id = ?",
                (ref.source, ref.guide_id, ref.key),
            )
        return True

    def add_recent(self, path: str) -> None:
        """Remember a file opened by path, so the library keeps showing it."""
        with self._change() as now:
            self._conn.execute(
                "INSERT INTO recent (path, opened_at) VALUES (?, ?)"
                " ON CONFLICT (path) DO UPDATE SET opened_at = excluded.opened_at",
                (path, now),
            )

    def forget_recent(self, path: str) -> None:
        """Stop showing a file opened by path in the library (its progress stays)."""
        with self._transaction():
            self._conn.execute("DELETE FROM recent WHERE path = ?", (path,))

    def set_finished(self, guide_id: str, finished: bool) -> None:
        """Record that a guide is finished (keeping the first finish time) or not."""
        with self._change() as now:
            put_finished(self._conn, guide_id, finished, now)

    def set_setting(self, key: str, value: str, *, wait: bool = True) -> None:
        """Store a setting such as the theme."""
        with self._transaction(wait=wait):
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # internals

    def _undo_of(self, guide_id: str, edit: Edit) -> Edit:
        """Return the edit that puts back the rows ``edit`` is about to change, as they are now."""
        ticks: dict[str, bool] = {}
        times: dict[str, datetime] = {}
        for item_id, ticked in edit.ticks.items():
            rows = self._rows(
                "SELECT ticked, ticked_at FROM items WHERE guide_id = ? AND item_id = ?",
                guide_id,
                item_id,
            )
            was_ticked, at = (bool(rows[0][0]), rows[0][1]) if rows else (False, None)
            if was_ticked != ticked:
                ticks[item_id] = was_ticked
                if was_ticked and (moment := parse_stamp(at)) is not None:
                    times[item_id] = moment
        choices: dict[str, str | None] = {}
        for choice_id, branch_id in edit.choices.items():
            rows = self._rows(
                "SELECT branch_id FROM choices WHERE guide_id = ? AND choice_id = ?",
                guide_id,
                choice_id,
            )
            was = str(rows[0][0]) if rows else None
            if was != branch_id:
                choices[choice_id] = was
        return Edit(ticks, choices, times)

    def _record_finish(self, guide_id: str, finished: bool, now: str) -> bool:
        """Record whether a guide is finished, if that changed; return True if it just finished."""
        rows = self._rows("SELECT finished_at FROM guides WHERE guide_id = ?", guide_id)
        recorded = bool(rows) and rows[0][0] is not None
        if finished != recorded:
            put_finished(self._conn, guide_id, finished, now)
        return finished and not recorded

    @contextmanager
    def _change(self, *, wait: bool = True) -> Iterator[str]:
        """Run a block as one transaction, yielding the clock's time once, as a stamp."""
        now = stamp(self.clock())
        with self._transaction(wait=wait):
            yield now

    @contextmanager
    def _transaction(self, *, wait: bool = True) -> Iterator[None]:
        """Run a block as one immediate transaction: all of it is committed, or none."""
        if self.read_only:
            raise WalkerError(f"{self.path}: opened read-only (a newer walker wrote it); not saved")
        with self._guard():
            self._begin(wait)
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _begin(self, wait: bool) -> None:
        """Take the write lock, waiting the usual timeout or, without ``wait``, a moment only."""
        if wait:
            self._conn.execute("BEGIN IMMEDIATE")
            return
        self._conn.execute(f"PRAGMA busy_timeout = {NO_WAIT_MILLISECONDS}")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")

    def _stored(self, key: str, source: object, local_id: object, steps: object) -> StoredGuide:
        """Build a StoredGuide; without recorded step ids, use the items it has state for."""
        try:
            step_ids = frozenset(str(item) for item in json.loads(str(steps)))
        except (ValueError, TypeError):
            items = self._rows("SELECT item_id FROM items WHERE guide_id = ?", key)
            step_ids = frozenset(str(row[0]) for row in items)
        return StoredGuide(
            key,
            None if source is None else str(source),
            None if local_id is None else str(local_id),
            step_ids,
        )

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn any SQLite failure into a one-line WalkerError naming the file (StoreBusy
        when another walker holds the lock)."""
        try:
            yield
        except sqlite3.Error as error:
            if getattr(error, "sqlite_errorname", "") == "SQLITE_BUSY":
                raise StoreBusy(f"{self.path}: another walker is writing the progress") from None
            raise self._error(error) from None

    def _error(self, error: Exception) -> WalkerError:
        return database_error(self.path, error)

    def _rows(self, sql: str, *parameters: str) -> list[tuple[Any, ...]]:
        with self._guard():
            return list(self._conn.execute(sql, parameters).fetchall())

    def _scalar(self, sql: str) -> Any:
        return self._rows(sql)[0][0]
