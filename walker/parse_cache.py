"""A cache of parse results, so opening a large library does not parse every file again.

Entries live in a small SQLite file as JSON (``model_codec``): loading one can never run code,
and one that does not decode is a miss. Each is keyed by the file's resolved path and checked
against its size, modification time and a fingerprint of the cache format and the parser's
source (for a saved web page, the web front end's and trafilatura's too), so editing a guide
or upgrading walker parses it afresh. The file is bounded by size:
when it grows past ``MAX_BYTES`` the entries used least recently go first. The cache is a
convenience: any problem reading or writing it only means parsing again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sqlite3
import time
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from walker.model import ParseResult
from walker.model_codec import decode_result, encode
from walker.paths import data_dir
from walker.web import is_page_file

CACHE_NAME = "parse-cache.sqlite3"
OLD_PICKLE = "parse-cache.pickle"
FORMAT = 3
"""The cache file's layout (PRAGMA user_version) and entry encoding; bump to start afresh."""
MAX_BYTES = 64 * 1024 * 1024
LOCK_TIMEOUT_SECONDS = 1.0
TOUCH_AFTER_NS = 3600 * 10**9
"""A hit refreshes its last-used time only when that is older than this: most runs write nothing."""
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entries (path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL, fingerprint TEXT NOT NULL, used_ns INTEGER NOT NULL,"
    " bytes INTEGER NOT NULL, result TEXT NOT NULL)"
)


def parse_file(path: Path) -> ParseResult:
    """Parse a file that missed the cache; the parser (and markdown-it, yaml) loads only then,
    and the web libraries only for a saved page."""
    if is_page_file(path):
        from walker.web.page import parse_page_file

        return parse_page_file(path)
    from walker.parse import parse_file as parse

    return parse(path)


@cache
def parser_fingerprint() -> str:
    """Return a digest of the cache format, the parser's source and markdown-it's version.

    The sources are read, never imported, so a warm start loads no parser at all.
    """
    digest = hashlib.sha256(f"{FORMAT}".encode())
    here = Path(__file__).parent
    for source in [
        here / "model.py",
        here / "model_codec.py",
        *sorted((here / "parse").rglob("*.py")),
        *_package_source("markdown_it"),
    ]:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


@cache
def page_fingerprint() -> str:
    """Return a digest of the parser's fingerprint, the web front end's source and
    trafilatura's version: what a saved page's result depends on besides the page."""
    digest = hashlib.sha256(parser_fingerprint().encode())
    for source in [
        *sorted((Path(__file__).parent / "web").rglob("*.py")),
        *_package_source("trafilatura"),
    ]:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def fingerprint_of(path: Path) -> str:
    """The fingerprint an entry for this file must carry: a page's, else the parser's."""
    return page_fingerprint() if is_page_file(path) else parser_fingerprint()


def _package_source(name: str) -> list[Path]:
    """The file holding an installed package's version (its __init__), found without importing."""
    spec = importlib.util.find_spec(name)
    return [Path(spec.origin)] if spec and spec.origin else []


@dataclass(frozen=True)
class _Stamp:
    """What a cached entry must match: the file's resolved path, size and modification time."""

    path: str
    size: int
    mtime_ns: int
    fingerprint: str


class ParseCache:
    """Parse results for files, reused while the file and the parser are unchanged.

    One thread uses it at a time: a library load may begin on the main thread and go on in a
    worker.
    """

    def __init__(self, path: Path | None = None, max_bytes: int | None = None) -> None:
        """Use the cache file at ``path`` (default: in the data folder), kept under max_bytes."""
        self.path = path or data_dir() / "cache" / CACHE_NAME
        self.max_bytes = MAX_BYTES if max_bytes is None else max_bytes
        self._conn = self._open()
        self._hits: list[str] = []
        self._new: list[tuple[_Stamp, str]] = []

    def parse(self, path: Path, key: str | None = None) -> ParseResult:
        """Parse a file, or return the result kept from an earlier run.

        ``key``: the file's resolved path, when the caller knows it already (saves resolving).
        """
        try:
            stamp = self._stamp(path, key)
        except (OSError, RuntimeError):
            return parse_file(path)  # says, in one line, what is wrong with the path
        found = self._hit(stamp)
        if found is None:
            found = parse_file(path)
            self._new.append((stamp, json.dumps(encode(found), ensure_ascii=False)))
        return replace(found, source=str(path))

    def cached(self, path: Path, key: str | None = None) -> ParseResult | None:
        """Return the result kept for a file as it is now, or None: nothing is parsed."""
        try:
            found = self._hit(self._stamp(path, key))
        except (OSError, RuntimeError):
            return None
        return None if found is None else replace(found, source=str(path))

    def _stamp(self, path: Path, key: str | None) -> _Stamp:
        """What an entry for the file as it is now must match (OSError: it cannot be read)."""
        stat = path.stat()
        resolved = key if key is not None else str(path.resolve())
        return _Stamp(resolved, stat.st_size, stat.st_mtime_ns, fingerprint_of(path))

    def _hit(self, stamp: _Stamp) -> ParseResult | None:
        """Return the kept result matching a stamp (noting it as used), or None."""
        found, used_ns = self._lookup(stamp)
        if found is not None and time.time_ns() - used_ns > TOUCH_AFTER_NS:
            self._hits.append(stamp.path)
        return found

    def save(self) -> None:
        """Write new entries, mark hits as just used, evict the least recently used, close."""
        if self._conn is None:
            return
        if not self._new and not self._hits:
            self._conn.close()
            self._conn = None
            return
        now = time.time_ns()
        try:
            with self._conn:
                self._conn.executemany(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (s.path, s.size, s.mtime_ns, s.fingerprint, now, len(text), text)
                        for s, text in self._new
                    ],
                )
                self._conn.executemany(
                    "UPDATE entries SET used_ns = ? WHERE path = ?", [(now, p) for p in self._hits]
                )
                self._conn.execute(
                    "DELETE FROM entries WHERE path IN (SELECT path FROM (SELECT path,"
                    " SUM(bytes) OVER (ORDER BY used_ns DESC, path) AS running FROM entries)"
                    " WHERE running > ?)",
                    (self.max_bytes,),
                )
        except sqlite3.Error:
            pass  # another walker holds the cache, or the disk is full: parse again next time
        finally:
            self._conn.close()
            self._conn = None
        (self.path.parent / OLD_PICKLE).unlink(missing_ok=True)

    def _open(self) -> sqlite3.Connection | None:
        """Open the cache file, starting afresh when it is damaged or of another format."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._connect()
        except (OSError, sqlite3.Error):
            try:
                self.path.unlink(missing_ok=True)
                return self._connect()
            except (OSError, sqlite3.Error):
                return None

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, timeout=LOCK_TIMEOUT_SECONDS, check_same_thread=False
        )
        try:
            connection.execute("PRAGMA synchronous = OFF")  # a torn cache is only a miss
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version != FORMAT:
                with connection:
                    connection.execute("DROP TABLE IF EXISTS entries")
                    connection.execute(SCHEMA)
                    connection.execute(f"PRAGMA user_version = {FORMAT}")
            connection.execute("SELECT path FROM entries LIMIT 1").fetchall()
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def _lookup(self, stamp: _Stamp) -> tuple[ParseResult | None, int]:
        """Return the cached result for a file as it is now and when it was last used, or
        (None, 0): a bad entry is a miss."""
        if self._conn is None:
            return None, 0
        try:
            row = self._conn.execute(
                "SELECT size, mtime_ns, fingerprint, used_ns, result FROM entries WHERE path = ?",
                (stamp.path,),
            ).fetchone()
        except sqlite3.Error:
            return None, 0
        wanted = (stamp.size, stamp.mtime_ns, stamp.fingerprint)
        if row is None or tuple(row[:3]) != wanted:
            return None, 0
        try:
            return decode_result(row[4]), int(row[3])
        except ValueError:
            return None, 0
