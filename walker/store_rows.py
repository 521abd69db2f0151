"""Single-row writes of the progress store, each run inside the caller's transaction."""

from __future__ import annotations

import sqlite3


def put_finished(conn: sqlite3.Connection, guide_id: str, finished: bool, now: str) -> None:
    """Record a guide as finished (keeping the first finish time) or not."""
    conn.execute(
        "INSERT INTO guides (guide_id, finished_at) VALUES (?, ?)"
        " ON CONFLICT (guide_id) DO UPDATE"
        " SET finished_at = CASE WHEN ? THEN COALESCE(finished_at, ?) END",
        (guide_id, now if finished else None, finished, now),
    )


def put_item(
    conn: sqlite3.Connection, guide_id: str, item_id: str, ticked: bool, at: str, now: str
) -> None:
    """Upsert one item's tick; re-ticking keeps the first tick time."""
    conn.execute(
        "INSERT INTO items (guide_id, item_id, ticked, ticked_at, changed_at)"
        " VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (guide_id, item_id) DO UPDATE SET"
        " ticked_at = CASE WHEN NOT excluded.ticked THEN NULL"
        "   WHEN ticked THEN COALESCE(ticked_at, excluded.ticked_at)"
        "   ELSE excluded.ticked_at END,"
        " ticked = excluded.ticked, changed_at = excluded.changed_at",
        (guide_id, item_id, int(ticked), at if ticked else None, now),
    )


def put_choice(
    conn: sqlite3.Connection, guide_id: str, choice_id: str, branch_id: str | None, now: str
) -> None:
    """Upsert a chosen branch, or delete the choice for None."""
    if branch_id is None:
        conn.execute(
            "DELETE FROM choices WHERE guide_id = ? AND choice_id = ?", (guide_id, choice_id)
        )
        return
    conn.execute(
        "INSERT INTO choices (guide_id, choice_id, branch_id, chosen_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (guide_id, choice_id) DO UPDATE SET"
        " branch_id = excluded.branch_id, chosen_at = excluded.chosen_at",
        (guide_id, choice_id, branch_id, now),
    )


def touch(conn: sqlite3.Connection, guide_id: str, now: str) -> None:
    """Record when a guide last changed."""
    conn.execute(
        "INSERT INTO guides (guide_id, changed_at) VALUES (?, ?)"
        " ON CONFLICT (guide_id) DO UPDATE SET changed_at = excluded.changed_at",
        (guide_id, now),
    )
