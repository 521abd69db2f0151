"""Regression baseline: every known file parses to what `bench/harness.py freeze` recorded.

The project's own files are compared whole; seeds and corpus articles (present only where
`../shared` is) by digest. After an intended change, re-freeze and review `git diff`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import harness  # noqa: E402

BASELINE = json.loads(harness.BASELINE.read_text("utf-8"))
OWN_CASES = sorted(BASELINE["own"])
SHARED_CASES = sorted(BASELINE["shared"])


def _path_of(key: str) -> Path:
    set_name, _, file_name = key.partition("/")
    folder = harness.OWN_SETS.get(set_name) or harness.SHARED_SETS[set_name][0]
    return folder / file_name


@pytest.mark.parametrize("key", OWN_CASES)
def test_own_file_output_is_unchanged(key: str) -> None:
    assert harness.parse_output(_path_of(key)) == BASELINE["own"][key]


def test_every_own_file_is_in_the_baseline() -> None:
    own = {
        f"{name}/{path.name}"
        for name, folder in harness.OWN_SETS.items()
        for path in harness.articles_of(folder)
    }
    assert own == set(OWN_CASES)


@pytest.mark.skipif(not harness.SHARED.is_dir(), reason="../shared is absent")
@pytest.mark.parametrize("key", SHARED_CASES)
def test_shared_article_output_is_unchanged(key: str) -> None:
    path = _path_of(key)
    if not path.exists():
        pytest.skip(f"{key} is not on this machine")
    assert harness.digest(harness.parse_output(path)) == BASELINE["shared"][key]
