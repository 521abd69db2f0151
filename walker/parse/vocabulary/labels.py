"""Numbers and labels: step, method and part labels, written every way."""

from __future__ import annotations

import re

from walker.parse.vocabulary.base import alternation, split_words

NUMBER_WORDS = split_words("one two three four five six seven eight nine ten eleven twelve")
"""Numbers written as words, as labels use them ("Step three", "Method two")."""

QUANTITY_WORDS = ("several", "different", "other", "some", "a few", "many", "more", "multiple")
"""Words that count without a number ("several ways", "other options")."""

STEP_WORDS = ("step", "stage", "phase")
"""Labels of one step of a procedure ("Step 3", "Stage 2: ...")."""

PART_WORDS = ("part", "section", "chapter")
"""Labels of a group of steps ("Part 2: Preparing the wall")."""

MEMBER_WORDS = split_words("method option way fix approach solution alternative tab")
"""Labels of one of several alternatives ("Method 2", "Option B")."""

LABEL_LINE_WORDS = ("method", "part", "option", "way")
"""Labels written on a line of their own above a heading ("Method 1 of 3:")."""

ALTERNATIVES_WORDS = ("ways", "methods", "options", "approaches", "solutions", "fixes")
"""Plural nouns that announce alternatives ("4 ways to ...")."""

_NUMBER = rf"(?:\d{{1,4}}|{alternation(NUMBER_WORDS)})"
_OF_TOTAL = r"(?:\s+of\s+\d+)?"

STEP_LABEL = re.compile(
    rf"^\s*(?:{alternation(STEP_WORDS)})\s*(?:#\s*)?{_NUMBER}\b{_OF_TOTAL}"
    r"\s*(?:[:.)\]–—-]+\s*|\s+|$)",
    re.I,
)
"""A "Step 3:", "Step three", "Step 1 of 5 —", "Stage 2." label at the start of a text."""

MEMBER_LABEL = re.compile(
    rf"^(?:the\s+)?({alternation(MEMBER_WORDS)})\s*(?:#\s*)?"
    rf"(\d{{1,2}}|[A-H]|{alternation(NUMBER_WORDS)})\b{_OF_TOTAL}\s*[:.)\]–—-]*\s*",
    re.I,
)
"""A "Method 2:", "Option B", "Way three" label at the start of a heading."""

PART_LABEL = re.compile(rf"^(?:{alternation(PART_WORDS)})\s*\d+{_OF_TOTAL}\s*[:.)–—-]+\s*", re.I)
"""A "Part 2:" label at the start of a heading."""

GROUP_LABEL = re.compile(
    rf"^(?:{alternation(PART_WORDS + STEP_WORDS)})\s*\d+{_OF_TOTAL}\s*[:.)–—-]*\s*", re.I
)
"""Any part or step label a section's title may carry (left out of its id)."""

LABEL_LINE = re.compile(rf"^({alternation(LABEL_LINE_WORDS)})\s+(\d+)(?:\s+of\s+\d+)?\s*:?$", re.I)
"""A line that is only a label: "Method 1 of 3:"."""

WAYS_TITLE = re.compile(
    rf"^(?:the\s+)?(?:\d+|{alternation(NUMBER_WORDS[1:] + QUANTITY_WORDS[:6])})\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{alternation(ALTERNATIVES_WORDS)})\b"
    rf"|^.{{0,80}}?\bbest (?:[\w-]+ ){{0,2}}(?:{alternation(ALTERNATIVES_WORDS)})\b",
    re.I,
)
"""A heading that announces several ways ("4 Ways to Check Your GPU", "... the best options")."""

ALTERNATIVES_TITLE = re.compile(
    rf"^(?:(?:\d+|{alternation((*NUMBER_WORDS[1:5], 'some', 'other', 'a few', 'more'))})\s+)?"
    r"(?:[\w-]+\s+)?alternatives?\b"
    r"|^other (?:ways|options|methods|approaches)\b|\binstead\??$",
    re.I,
)
"""A heading over other ways to do what came before ("Alternatives", "Other options")."""

INVITES_CHOICE = re.compile(
    r"\b(?:pick|choose|select|depending on|whichever|one of (?:the|these)|either)\b[^.]*:\s*$"
    r"|\b(?:two|three|four|five|\d|several|a few|multiple|different) (?:\w+ )?"
    r"(?:ways|options|methods|approaches)\b"
    r"|\ba (?:series|number|couple|variety|range|handful) of (?:\w+ )?"
    r"(?:ways|options|methods|approaches)\b",
    re.I,
)
"""An introduction that offers a choice ("Pick the one that suits you:", "two ways")."""

ALTERNATIVE_LEAD = re.compile(r"^\W*(?:alternatively|instead|or)\b[,:]?\s*", re.I)
"""The lead of a paragraph offering another way ("Alternatively, make the lye bath:")."""

KINDS_TITLE = re.compile(
    r"\b(?:different|various|each|every|other|all)\b.{0,40}?\b(?:types?|kinds?|models?|styles?)\b",
    re.I,
)
"""A heading over one way per kind of thing ("How to fix different faucet types")."""

OFFERS_OPTIONS = re.compile(
    r"\b(?:choose|pick|one of (?:the|these)|either|depending on|whichever)\b(?:[^.]|\.\S)*:\s*$",
    re.I,
)
"""A line that offers options to pick from ("You can choose another mode by ...:")."""

GENERIC_SECTION_TITLES = frozenset(
    {"steps", "instructions", "directions", "procedure", "how to do it", "the steps", "method"}
)
"""Section titles that only say "here come the steps": their steps join the flow."""
