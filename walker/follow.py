"""Progress follows a guide whose file was renamed or moved, and the user's library is loaded.

A stored guide whose file no longer exists is *gone*. A guide of the library that has no
progress of its own *is* that guide when it has the same id, or most of the same item ids; it
then takes the progress over. A copy whose original still exists is a new guide.
"""

from __future__ import annotations

from pathlib import Path

from walker.guide_ref import GuideRef
from walker.library import Library, default_folders, load_library
from walker.model import Guide
from walker.store import Store
from walker.store_types import StoredGuide

MOST = 0.5
"""More than this share of item ids in common makes a guide the moved one."""


def item_ids(guide: Guide) -> frozenset[str]:
    """Return the ids of a guide's steps and prerequisites (what progress is kept for)."""
    return frozenset(step.id for step in guide.steps()) | {p.id for p in guide.prerequisites}


def follow_moved_guides(store: Store, library: Library) -> list[tuple[str, GuideRef]]:
    """Give the progress of every gone guide to the library guide that is it; list the moves."""
    if store.read_only:
        return []
    stored = store.stored_guides()
    known = {entry.key for entry in stored}
    present = {GuideRef.of(guide).key for guide in library.guides()}
    newcomers = [guide for guide in library.guides() if GuideRef.of(guide).key not in known]
    moves: list[tuple[str, GuideRef]] = []
    for entry in stored:
        if not newcomers or entry.key in present or not _is_gone(entry):
            continue
        match = _best_match(entry, newcomers)
        if match is not None and store.move(entry.key, ref := GuideRef.of(match)):
            moves.append((entry.key, ref))
            newcomers.remove(match)
    return moves


def user_library(store: Store) -> Library:
    """Load the bundled and user guides and the recent files, letting moved progress follow."""
    library = load_library(default_folders(), recent_files(store))
    follow_moved_guides(store, library)
    return library


def recent_files(store: Store) -> list[Path]:
    """Return the files opened by path earlier that are still there."""
    return [Path(path) for path in store.recent() if Path(path).is_file()]


def _is_gone(entry: StoredGuide) -> bool:
    """Tell whether a stored guide's file is gone (rows of schema 1 have no file: always)."""
    if entry.source is None:  # schema 1, or a visit whose source could not be recorded
        source, separator, _ = entry.key.rpartition("#")
        return not (separator and Path(source).is_absolute() and Path(source).exists())
    if "://" in entry.source:
        return False  # a page's address does not go away
    return not Path(entry.source).exists()


def _best_match(entry: StoredGuide, newcomers: list[Guide]) -> Guide | None:
    """Return the newcomer that is this guide: same id first, then most item ids in common."""
    local_id = entry.local_id if entry.local_id is not None else entry.key
    best: tuple[bool, float] | None = None
    chosen: Guide | None = None
    for guide in newcomers:
        items = item_ids(guide)
        shared = len(entry.step_ids & items)
        # Old rows know only the items with state, so they are measured against themselves.
        whole = (
            len(entry.step_ids) if entry.source is None else max(len(entry.step_ids), len(items))
        )
        share = shared / whole if whole else 0.0
        rank = (guide.id == local_id, share)
        if (rank[0] or share > MOST) and (best is None or rank > best):
            best, chosen = rank, guide
    return chosen
