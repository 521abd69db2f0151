"""The progress database schema, as a list of migrations keyed by PRAGMA user_version."""

from __future__ import annotations

# MIGRATIONS[n] takes a database from schema version n to n + 1 (PRAGMA user_version).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE guides (
            guide_id TEXT PRIMARY KEY,
            opened_at TEXT,
            finished_at TEXT,
            changed_at TEXT
        )""",
        """CREATE TABLE items (
            guide_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            ticked INTEGER NOT NULL,
            ticked_at TEXT,
            changed_at TEXT NOT NULL,
            PRIMARY KEY (guide_id, item_id)
        )""",
        """CREATE TABLE choices (
            guide_id TEXT NOT NULL,
            choice_id TEXT NOT NULL,
            branch_id TEXT NOT NULL,
            chosen_at TEXT NOT NULL,
            PRIMARY KEY (guide_id, choice_id)
        )""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
