"""The progress database schema, as a list of migrations keyed by PRAGMA user_version.

A guide's progress rows are keyed by its *key*: ``SOURCE#ID`` (the resolved file path or the
page's address, then the guide's id inside it), or the bare id for a guide with no source.
``guides`` records the source and the id of every key, so progress can follow a renamed file.
Rows of schema 1 were keyed by the bare id and have no source until a guide claims them.
"""

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
    (
        "ALTER TABLE guides ADD COLUMN source TEXT",
        "ALTER TABLE guides ADD COLUMN local_id TEXT",
        "ALTER TABLE guides ADD COLUMN step_ids TEXT",
        "CREATE TABLE recent (path TEXT PRIMARY KEY, opened_at TEXT NOT NULL)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
