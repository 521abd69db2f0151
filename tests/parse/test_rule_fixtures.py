"""Each rule fixture tests/parse/rules/RULE.md parses to RULE.json, and needs its rule.

Regenerate after an intended change with WALKER_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from walker.parse import parse_file
from walker.parse.rules import disabled
from walker.render.json_out import result_to_dict

RULES = Path(__file__).parent / "rules"
CASES = sorted(RULES.glob("*.md"))


@pytest.mark.parametrize("fixture", CASES, ids=[case.stem for case in CASES])
def test_rule_fixture_matches_golden_and_needs_its_rule(fixture: Path) -> None:
    actual = result_to_dict(parse_file(fixture, fixture.name))
    golden = fixture.with_suffix(".json")
    if os.environ.get("WALKER_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert actual == json.loads(golden.read_text("utf-8"))
    with disabled(fixture.stem):
        assert result_to_dict(parse_file(fixture, fixture.name)) != actual
