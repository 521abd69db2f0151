"""Ablation: every parser rule has a minimal fixture of its own, and that fixture needs it.

tests/parse/rules/RULE.md is a few lines of Markdown whose text shows the rule's pattern, with
its golden RULE.json (regenerate with WALKER_UPDATE_GOLDEN=1 and review the diff). Switching the
rule off must change what its fixture parses to: a rule that changes nothing there fails, so no
rule stays in the tables without a case that shows what it is for. `bench/ablation.py` measures
the same switches on every fixture, the seeds and the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from goldens import assert_matches_golden, parsed

from walker.parse.rules import all_rules, disabled

RULE_FIXTURES = Path(__file__).parent / "rules"
RULE_NAMES = [rule.name for rule in all_rules()]


def fixture_of(name: str) -> Path:
    """The minimal fixture of the rule called name."""
    return RULE_FIXTURES / f"{name}.md"


@pytest.mark.parametrize("name", RULE_NAMES)
def test_rule_fixture_matches_its_golden(name: str) -> None:
    fixture = fixture_of(name)
    assert fixture.exists(), f"rule {name!r} has no fixture: write rules/{fixture.name}"
    assert_matches_golden(fixture)


@pytest.mark.parametrize("name", RULE_NAMES)
def test_switching_a_rule_off_changes_its_fixture(name: str) -> None:
    fixture = fixture_of(name)
    with_rule = parsed(fixture)
    with disabled(name):
        without_rule = parsed(fixture)
    assert without_rule != with_rule, f"switching {name!r} off changes nothing in {fixture.name}"


def test_every_rule_fixture_names_a_rule() -> None:
    strays = sorted(
        path.name
        for path in RULE_FIXTURES.iterdir()
        if path.suffix in (".md", ".json") and path.stem not in RULE_NAMES
    )
    assert strays == [], f"fixtures named after no rule: {', '.join(strays)}"
