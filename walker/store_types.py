"""The progress store's values: edits, what an edit did, stored guide keys (GuideRecord lives in
walker.progress, where the renderers can read it without the store)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from walker.progress import GuideRecord, ProgressState


@dataclass(frozen=True)
class StoredGuide:
    """What the store knows of a guide's key: its source and id (None for rows of schema 1),
    and the step ids it had when last opened (else the ids of the items it has state for)."""

    key: str
    source: str | None
    local_id: str | None
    step_ids: frozenset[str]


@dataclass(frozen=True)
class Edit:
    """A small change to one guide: items to tick or untick, choices to make or unmake (None).

    ``tick_times`` says when items it ticks were ticked (an undo puts the old times back);
    items it leaves out are ticked now.
    """

    ticks: Mapping[str, bool] = field(default_factory=dict)
    choices: Mapping[str, str | None] = field(default_factory=dict)
    tick_times: Mapping[str, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class Applied:
    """A written edit: state after it, the edit undoing it, and if it just finished the guide.

    The undo puts back only the rows the edit changed, as they were, so ticks made meanwhile by
    another walker on the same file survive it.
    """

    state: ProgressState
    undo: Edit
    finished: bool = False


def stamp(moment: datetime) -> str:
    """Write a moment as the store keeps it: ISO 8601 in UTC."""
    return moment.astimezone(UTC).isoformat()


def parse_stamp(text: object) -> datetime | None:
    """Read a stored time: None when missing or unreadable; a time without a zone is UTC."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def record_of(row: tuple[Any, ...]) -> GuideRecord:
    """Build a GuideRecord from a (guide_id, opened_at, finished_at, changed_at) row."""
    guide_id, opened_at, finished_at, changed_at = row
    return GuideRecord(
        guide_id, parse_stamp(opened_at), parse_stamp(finished_at), parse_stamp(changed_at)
    )
