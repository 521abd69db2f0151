"""Golden tests: each fixture NAME.md parses to exactly NAME.json.

Regenerate after an intended change with WALKER_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from goldens import assert_matches_golden

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(FIXTURES.glob("*.md"))


@pytest.mark.parametrize("fixture", CASES, ids=[case.stem for case in CASES])
def test_fixture_matches_golden(fixture: Path) -> None:
    assert_matches_golden(fixture)


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
