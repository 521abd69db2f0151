"""Opening the progress file: create or migrate it, move a damaged one aside, and open a file
written by a newer walker read-only rather than migrate it down or overwrite it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from walker.errors import WalkerError

DAMAGED = frozenset({"SQLITE_NOTADB", "SQLITE_CORRUPT"})
"""SQLite's names for a file that is not, or no longer, a database."""


@dataclass(frozen=True)
class OpenedFile:
    """An open progress database, whether it may be written, and what to tell the user once."""

    connection: sqlite3.Connection
    read_only: bool = False
    notice: str | None = None


def database_error(path: Path, error: Exception) -> WalkerError:
    """Return a one-line error naming the progress file."""
    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
    return WalkerError(f"{path}: cannot use the progress database: {reason}")


def open_database(
    path: Path,
    migrations: Sequence[Sequence[str]],
    timeout: float,
    clock: Callable[[], datetime],
) -> OpenedFile:
    """Open (creating or migrating) the database at ``path``; ``clock`` dates a damaged copy."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = _connect(path, timeout)
        try:
            version = _user_version(connection)
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorname", "") not in DAMAGED:
                connection.close()
                raise
            aside = _move_aside(path, clock())  # before closing: SQLite would delete the log
            connection.close()
            connection = _connect(path, timeout)
            notice = (
                f"{path}: the progress file was damaged; it was moved to {aside} "
                "and walker starts with no progress"
            )
            return OpenedFile(_migrated(connection, migrations), notice=notice)
        if version > len(migrations):
            connection.close()
            notice = (
                f"{path}: written by a newer walker (schema {version}, this one knows "
                f"{len(migrations)}); opened read-only, so nothing is saved: upgrade walker"
            )
            return OpenedFile(_connect_read_only(path, timeout), read_only=True, notice=notice)
        return OpenedFile(_migrated(connection, migrations))
    except (OSError, sqlite3.Error) as error:
        raise database_error(path, error) from None


def _connect(path: Path, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=timeout, isolation_level=None)


def _connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(
        f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=timeout, isolation_level=None
    )


def _user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _migrated(
    connection: sqlite3.Connection, migrations: Sequence[Sequence[str]]
) -> sqlite3.Connection:
    """Switch to WAL and bring the schema up to date, in one transaction."""
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = _user_version(connection)
            for target, statements in enumerate(migrations[version:], start=version + 1):
                for statement in statements:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    except BaseException:
        connection.close()
        raise
    return connection


def _move_aside(path: Path, moment: datetime) -> Path:
    """Rename a damaged file (and its write-ahead log) to a free, timestamped name."""
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    count = 2
    while aside.exists():
        aside = path.with_name(f"{path.stem}.damaged-{stamp}-{count}{path.suffix}")
        count += 1
    path.rename(aside)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        wal.rename(aside.with_name(aside.name + "-wal"))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    return aside
