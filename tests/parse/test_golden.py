"""Golden tests: each fixture NAME.md parses to exactly NAME.json.

Regenerate after an intended change with WALKER_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from walker.parse import parse_file
from walker.render.json_out import result_to_dict

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(FIXTURES.glob("*.md"))


@pytest.mark.parametrize("fixture", CASES, ids=[case.stem for case in CASES])
def test_fixture_matches_golden(fixture: Path) -> None:
    actual = result_to_dict(parse_file(fixture, fixture.name))
    golden = fixture.with_suffix(".json")
    if os.environ.get("WALKER_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert golden.exists(), f"no golden file for {fixture.name}; run with WALKER_UPDATE_GOLDEN=1"
    assert actual == json.loads(golden.read_text("utf-8"))


def test_every_construct_has_a_fixture() -> None:
    names = {case.stem for case in CASES}
    constructs = {
        "ordered-list",
        "step-headings",
        "prerequisites",
        "sections",
        "methods",
        "alternatives",
        "callouts",
        "nested-choice",
        "no-steps",
        "bad-yaml",
        "control-chars",
    }
    assert constructs <= names
