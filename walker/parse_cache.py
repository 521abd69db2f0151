"""A cache of parse results, so opening a large library does not parse every file again.

Entries are keyed by the file's path, size and modification time and by a fingerprint of
the parser's own source, so editing a guide or upgrading walker parses it afresh. The cache
is a convenience: any problem reading or writing it only means parsing again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import replace
from functools import cache
from pathlib import Path

import markdown_it

from walker.model import ParseResult
from walker.parse import parse_file
from walker.paths import data_dir

CACHE_NAME = "parse-cache.pickle"
Key = tuple[str, int, int]


@cache
def parser_fingerprint() -> str:
    """Return a digest of the parser's source files (it changes when the parser does)."""
    digest = hashlib.sha256(markdown_it.__version__.encode())
    here = Path(__file__).parent
    for source in [here / "model.py", *sorted((here / "parse").rglob("*.py"))]:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


class ParseCache:
    """Parse results for files, reused while the file and the parser are unchanged."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "cache" / CACHE_NAME
        self.entries: dict[Key, ParseResult] = self._load()
        self.used: set[Key] = set()
        self.changed = False

    def _load(self) -> dict[Key, ParseResult]:
        try:
            with self.path.open("rb") as stream:
                fingerprint, entries = pickle.load(stream)
        except Exception:  # missing, corrupt or from another version: start afresh
            return {}
        return entries if fingerprint == parser_fingerprint() else {}

    def parse(self, path: Path) -> ParseResult:
        """Parse a file, or return the result kept from an earlier run."""
        try:
            stat = path.stat()
        except OSError:
            return parse_file(path)  # says, in one line, what is wrong with the path
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
        self.used.add(key)
        if key not in self.entries:
            self.entries[key] = parse_file(path)
            self.changed = True
        return replace(self.entries[key], source=str(path))

    def save(self) -> None:
        """Write the entries used in this run back, atomically; failures are ignored."""
        if not self.changed and len(self.used) == len(self.entries):
            return
        kept = {key: result for key, result in self.entries.items() if key in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump((parser_fingerprint(), kept), stream)
            os.replace(temporary, self.path)
        except (OSError, pickle.PicklingError):
            Path(temporary).unlink(missing_ok=True)
