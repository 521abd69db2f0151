"""Golden files: a fixture NAME.md parses to exactly NAME.json.

Set WALKER_UPDATE_GOLDEN=1 to rewrite the golden files from today's output, then review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from walker.parse import parse_file
from walker.render.json_out import result_to_dict


def parsed(fixture: Path) -> dict[str, object]:
    """What `walker parse --json` prints for a fixture, parsed in-process."""
    return result_to_dict(parse_file(fixture, fixture.name))


def assert_matches_golden(fixture: Path) -> None:
    """Check a fixture's output against its golden file (rewriting it when asked to)."""
    actual = parsed(fixture)
    golden = fixture.with_suffix(".json")
    if os.environ.get("WALKER_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert golden.exists(), f"no golden file for {fixture.name}; run with WALKER_UPDATE_GOLDEN=1"
    assert actual == json.loads(golden.read_text("utf-8"))
