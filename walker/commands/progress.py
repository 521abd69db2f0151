"""`walker progress`: the started and finished guides of the library, from the store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from walker.commands.export import open_store
from walker.follow import user_library
from walker.guide_ref import guide_key
from walker.model import Guide
from walker.render.export import render_progress_report
from walker.store import Store


def progress_report(guides: Sequence[Guide], store: Store, tz: tzinfo | None = None) -> str:
    """Report on the given guides with the timestamps and progress kept in ``store``."""
    records = {record.guide_id: record for record in store.records()}
    keys = [guide_key(guide) for guide in guides]
    states = {key: store.state(key) for key in keys if key in records}
    return render_progress_report(guides, records, states, tz)


def progress_command() -> int:
    """Run ``walker progress``: print the started and finished guides of the library."""
    with open_store() as store:
        print(progress_report(user_library(store).guides(), store), end="")
    return 0
