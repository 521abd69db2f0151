"""Every fetched page kept in the user data folder with its address and fetch time.

A guide opened from an address re-opens offline from here, from the same file, so its ids and
progress stay; ``refresh`` fetches it again into the same file.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from walker.errors import WalkerError
from walker.parse.text import slugify
from walker.paths import data_dir

CACHE_FOLDER = "web"


@dataclass(frozen=True)
class PageRecord:
    """What the cache knows about a kept page besides its bytes."""

    url: str
    final_url: str
    fetched_at: str
    content_type: str


def cache_dir() -> Path:
    """Return the folder where fetched pages are kept."""
    return data_dir() / CACHE_FOLDER


def cache_key(url: str) -> str:
    """The address a page is kept under: without its #fragment."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def page_path(url: str, folder: Path | None = None) -> Path:
    """Return the file a page's address is kept in: readable name, address digest."""
    key = cache_key(url)
    parts = urlsplit(key)
    name = slugify(f"{parts.hostname or ''} {parts.path}", "page")[:48]
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return (folder or cache_dir()) / f"{name}-{digest}.html"


def read_record(page: Path) -> PageRecord | None:
    """Return the record kept beside a cached page, if it is one."""
    try:
        data = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        return PageRecord(
            str(data["url"]),
            str(data.get("final_url") or data["url"]),
            str(data.get("fetched_at", "")),
            str(data.get("content_type", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def open_url(url: str, *, refresh: bool = False, folder: Path | None = None) -> Path:
    """Return the cached file of a page, fetching it first when absent or when refreshing."""
    path = page_path(url, folder)
    if path.is_file() and read_record(path) is not None and not refresh:
        return path
    from walker.web.fetch import fetch_page  # httpx loads only when a page is fetched

    page = fetch_page(cache_key(url))
    record = PageRecord(
        url=cache_key(url),
        final_url=page.final_url,
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        content_type=page.content_type,
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, page.content)
        _write_atomically(path.with_suffix(".json"), json.dumps(record.__dict__).encode())
    except OSError as error:
        raise WalkerError(f"{path}: cannot keep the page ({error.strerror or error})") from None
    return path


def _write_atomically(path: Path, content: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        raise
