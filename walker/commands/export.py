"""`walker export` and the app's export key: a guide with the progress kept in the store."""

from __future__ import annotations

import re
import sys
from datetime import tzinfo
from pathlib import Path

from walker.errors import WalkerError
from walker.follow import user_library
from walker.guide_ref import guide_key
from walker.library import resolve_guides
from walker.model import Guide
from walker.paths import data_dir
from walker.render.export import render_json, render_markdown
from walker.store import Store

EXPORTS_DIR = "exports"
FORMATS = ("md", "json")


def render_guide(guide: Guide, store: Store, fmt: str = "md", tz: tzinfo | None = None) -> str:
    """Render a guide with the progress kept in ``store``, as ``md`` or ``json``."""
    key = guide_key(guide)
    parts = (store.state(key), store.tick_times(key), store.record(key))
    if fmt == "json":
        return render_json(guide, *parts)
    if fmt == "md":
        return render_markdown(guide, *parts, tz=tz)
    raise WalkerError(f"{fmt}: unknown export format (use one of: {', '.join(FORMATS)})")


def open_store() -> Store:
    """Open the default store, saying once on stderr if it was moved aside or is read-only."""
    store = Store.open_default()
    if store.notice:
        print(f"walker: {store.notice}", file=sys.stderr)
    return store


def export_command(reference: str, fmt: str, output: Path | None) -> int:
    """Run ``walker export``: one guide with its progress, to a file or to stdout."""
    with open_store() as store:
        guides = resolve_guides(reference, lambda: user_library(store))
        if len(guides) > 1:
            ids = ", ".join(guide.id for guide in guides)
            raise WalkerError(f"{reference}: holds several guides; export one with FILE#id: {ids}")
        text = render_guide(guides[0], store, fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        _write(output, text)
    return 0


def export_to_data_dir(guide: Guide, store: Store, tz: tzinfo | None = None) -> Path:
    """Write a guide's Markdown export to ``exports/<guide-id>-<date>.md`` in the data folder."""
    day = store.now().astimezone(tz).date().isoformat()
    safe_id = re.sub(r"[^\w.-]+", "-", guide.id).strip(".-") or "guide"
    path = data_dir() / EXPORTS_DIR / f"{safe_id}-{day}.md"
    _write(path, render_guide(guide, store, "md", tz))
    return path


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise WalkerError(f"{path}: cannot write the export: {error.strerror or error}") from None
