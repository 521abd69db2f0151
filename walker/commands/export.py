"""`walker export` and the app's export key: a guide with the progress kept in the store."""

from __future__ import annotations

import re
import sys
from datetime import tzinfo
from pathlib import Path

from walker.errors import WalkerError
from walker.library import resolve_guides
from walker.model import Guide
from walker.paths import data_dir
from walker.render.export import render_json, render_markdown
from walker.store import Store

EXPORTS_DIR = "exports"
FORMATS = ("md", "json")


def render_guide(guide: Guide, store: Store, fmt: str = "md", tz: tzinfo | None = None) -> str:
    """Render a guide with the progress kept in ``store``, as ``md`` or ``json``."""
    parts = (store.state(guide.id), store.tick_times(guide.id), store.record(guide.id))
    if fmt == "json":
        return render_json(guide, *parts)
    if fmt == "md":
        return render_markdown(guide, *parts, tz=tz)
    raise WalkerError(f"{fmt}: unknown export format (use one of: {', '.join(FORMATS)})")


def export_command(reference: str, fmt: str, output: Path | None) -> int:
    """Run ``walker export``: one guide with its progress, to a file or to stdout."""
    guides = resolve_guides(reference)
    if len(guides) > 1:
        ids = ", ".join(guide.id for guide in guides)
        raise WalkerError(f"{reference}: holds several guides; export one with FILE#id: {ids}")
    with Store.open_default() as store:
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
