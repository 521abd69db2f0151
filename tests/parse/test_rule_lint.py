"""Rule lint: every parser rule says what pattern it recognises and which sources needed it.

A rule's docstring opens with a line naming the general pattern it recognises; its `found_in`
names, measured by `bench/ablation.py`, the sources whose output needs it: "fixture:<stem>"
(tests/parse/fixtures), "web-fixture:<stem>" (tests/parse/web), "bundled:<stem>" (guides/),
"seeds", "corpus:<source repository>", or "rule-fixture" when only its own minimal fixture
(tests/parse/rules) shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from walker.parse.rules import Rule, all_rules

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_FOLDERS = {
    "fixture": ROOT / "tests" / "parse" / "fixtures",
    "web-fixture": ROOT / "tests" / "parse" / "web",
    "bundled": ROOT / "guides",
}
PLAIN_SOURCES = {"seeds", "rule-fixture"}
MAX_FOUND_IN = 4
RULES = all_rules()

AnyRule = Rule[Callable[..., object]]


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_docstring_names_a_pattern(rule: AnyRule) -> None:
    pattern = rule.pattern
    assert len(pattern.split()) >= 4, f"{rule.name}: the docstring's first line names no pattern"


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_names_the_sources_that_need_it(rule: AnyRule) -> None:
    found_in = rule.found_in
    assert found_in, f"{rule.name}: empty found_in (run bench/ablation.py to measure it)"
    assert len(found_in) <= MAX_FOUND_IN, f"{rule.name}: keep found_in to the most telling"
    for source in found_in:
        kind, _, name = source.partition(":")
        if source in PLAIN_SOURCES or (kind == "corpus" and name):
            continue
        assert kind in FIXTURE_FOLDERS, f"{rule.name}: unknown kind of source {source!r}"
        assert (FIXTURE_FOLDERS[kind] / f"{name}.md").exists(), f"{rule.name}: no {source!r}"
