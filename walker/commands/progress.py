"""`walker progress`: the started and finished guides of the library, from the store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from walker.library import default_folders, load_library
from walker.model import Guide
from walker.render.export import render_progress_report
from walker.store import Store


def progress_report(guides: Sequence[Guide], store: Store, tz: tzinfo | None = None) -> str:
    """Report on the given guides with the timestamps and progress kept in ``store``."""
    records = {record.guide_id: record for record in store.records()}
    states = {guide.id: store.state(guide.id) for guide in guides if guide.id in records}
    return render_progress_report(guides, records, states, tz)


def progress_command() -> int:
    """Run ``walker progress``: print the started and finished guides of the library."""
    library = load_library(default_folders())
    with Store.open_default() as store:
        print(progress_report(library.guides(), store), end="")
    return 0
