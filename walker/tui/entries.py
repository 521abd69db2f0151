"""The library's entries: every guide with the reader's progress, and those a filter keeps."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from walker.guide_ref import guide_key
from walker.library import Library, LoadedFile
from walker.progress import ProgressState, is_finished
from walker.store import Store
from walker.tui.filter import Match, WordIndex
from walker.tui.visuals import Counts
from walker.tui.widgets.guide_list import BrokenEntry, GuideEntry

NO_PROGRESS = ProgressState()


@dataclass(frozen=True)
class LibraryEntries:
    """Every guide of a library as an entry, most recently opened first, and its broken files."""

    guides: tuple[GuideEntry, ...] = ()
    """The library's own guides (not Recent)."""
    recent: tuple[GuideEntry, ...] = ()
    """Files opened by path earlier."""
    broken: tuple[BrokenEntry, ...] = ()
    started: int = 0
    """Guides with a tick or a choice, not finished."""

    @cached_property
    def every_guide(self) -> tuple[GuideEntry, ...]:
        """Return the guides and the Recent files, in that order (one tuple, made once)."""
        return self.guides + self.recent


def read_entries(library: Library, store: Store) -> LibraryEntries:
    """Build an entry, with its progress, for every guide (one query for all the progress)."""
    records = {record.guide_id: record for record in store.records()}
    states = store.states()
    collisions = library.collisions()
    entries: list[GuideEntry] = []
    started = 0
    for loaded in library.files:
        for guide in loaded.guides:
            key = guide_key(guide)
            state = states.get(key, NO_PROGRESS)
            record = records.get(key)
            finished = is_finished(guide, state)
            entries.append(
                GuideEntry(
                    guide,
                    Counts.of(guide, state),
                    finished,
                    record.opened_at if record else None,
                    loaded.error or _collision(loaded, guide.id, collisions),
                    recent=loaded.recent,
                    position=len(entries),
                )
            )
            started += not finished and bool(state.ticked or state.choices)
    entries.sort(key=lambda entry: -entry.opened_at.timestamp() if entry.opened_at else 0.0)
    return LibraryEntries(
        tuple(entry for entry in entries if not entry.recent),
        tuple(entry for entry in entries if entry.recent),
        tuple(BrokenEntry(loaded.error or "") for loaded in library.errors() if not loaded.guides),
        started,
    )


class EntryFilter:
    """The entries a query keeps, best first, each saying why; work in proportion to matches.

    An entry with its reason is made once and kept while typing goes on, so the list can keep
    what it drew for it.
    """

    def __init__(self, entries: LibraryEntries) -> None:
        """Filter these entries (in their order: ties keep it)."""
        listed = entries.every_guide
        self._at = {entry.position: entry for entry in listed}
        self._order = {entry.position: order for order, entry in enumerate(listed)}
        self._reasoned: dict[tuple[int, str], GuideEntry] = {}

    def keep(self, index: WordIndex, query: str) -> list[GuideEntry]:
        """Return the entries matching the query, best first (ties in the entries' order)."""
        at, order = self._at, self._order
        matches = [match for match in index.search(query) if match.position in at]
        matches.sort(key=lambda match: (match.place, -match.score, order[match.position]))
        return [self._with_reason(match) for match in matches]

    def _with_reason(self, match: Match) -> GuideEntry:
        entry = self._at[match.position]
        reason = match.reason
        if entry.reason == reason:
            return entry
        key = (match.position, reason)
        if key not in self._reasoned:
            self._reasoned[key] = replace(entry, reason=reason)
        return self._reasoned[key]


def _collision(loaded: LoadedFile, guide_id: str, collisions: dict[str, list[Path]]) -> str | None:
    """Say which other files hold a guide with the same id (each keeps its own progress)."""
    others = [path.name for path in collisions.get(guide_id, []) if path != loaded.path]
    if not others:
        return None
    return f"id “{guide_id}” is also used in {', '.join(others)}: name the file on the command line"
