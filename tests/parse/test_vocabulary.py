"""One vocabulary: natural-language word lists live in walker/parse/vocabulary/ only.

A word list is an alternation of three or more words in a pattern ("tip|note|warning"), or a
collection literal or a ``"...".split()`` of three or more words. Anywhere in `walker/parse/`
but the vocabulary, either one fails this test: the word goes into the vocabulary, into the
list whose meaning it shares, and the pattern is built from there. Names ending in ``_KEYS``
hold the keys of a file format (frontmatter keys), not natural language, and are left alone.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from walker.parse import vocabulary

VOCABULARY = Path(vocabulary.__file__).parent
PARSE = VOCABULARY.parent
MODULES = sorted(p for p in PARSE.rglob("*.py") if VOCABULARY not in p.parents)

_ALTERNATION = re.compile(r"(?<![\\\w])[a-z]{2,}(?:\|(?:the |a |an )?[a-z]{2,}(?![\w])){2,}", re.I)
_WORD = re.compile(r"^[a-z][a-z' -]*$", re.I)


def word_lists(source: str) -> list[str]:
    """The word lists written in a module's source, as short descriptions."""
    found: list[str] = []
    tree = ast.parse(source)
    format_keys = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id.endswith("_KEYS") for t in node.targets)
    }
    for node in ast.walk(tree):
        if id(node) in format_keys:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = _ALTERNATION.search(node.value)
            if match:
                found.append(f"line {node.lineno}: pattern '{match.group(0)}'")
        elif isinstance(node, ast.Set | ast.List | ast.Tuple):
            words = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str) and _WORD.match(e.value)
            ]
            if len(words) >= 3 and len(words) == len(node.elts):
                found.append(f"line {node.lineno}: collection {words[:3]} ...")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
            and len(node.func.value.value.split()) >= 3
        ):
            found.append(f"line {node.lineno}: split word list")
    return found


@pytest.mark.parametrize("module", MODULES, ids=[str(p.relative_to(PARSE)) for p in MODULES])
def test_no_word_list_outside_the_vocabulary(module: Path) -> None:
    assert word_lists(module.read_text("utf-8")) == []


@pytest.mark.parametrize(
    "source",
    [
        'X = re.compile(r"^(?:tip|note|warning)\\b")',
        'WORDS = frozenset({"tip", "note", "warning"})',
        'WORDS = "tip note warning".split()',
        'WORDS = ("step", "stage", "phase")',
    ],
)
def test_the_check_finds_a_word_list(source: str) -> None:
    assert word_lists(source)


def test_the_vocabulary_itself_holds_word_lists() -> None:
    found = [w for path in VOCABULARY.glob("*.py") for w in word_lists(path.read_text("utf-8"))]
    assert len(found) > 20
