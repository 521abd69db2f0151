"""A section's own blocks: its steps, and the lists among them that are ways to one goal.

Labelled lists ("X:" then "Alternatively, Y:") and a list of options after an introduction
that offers a choice become choices; the blocks between them go to the step rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from itertools import pairwise

from walker.model import Branch, Choice, Node
from walker.parse.blocks import Block
from walker.parse.recognise.choices import (
    LabelledList,
    is_option_list,
    labelled_lists,
    list_choice_at,
)
from walker.parse.recognise.found import Found
from walker.parse.recognise.passages import clean_title
from walker.parse.recognise.steps import recognise_steps
from walker.parse.vocabulary import (
    REFERENCE_TITLE,
)

CHOOSE_ONE = "Choose one"


def section_steps(blocks: list[Block], title: str, found: Found) -> tuple[list[Node], str]:
    """A section's own steps, where lists that are ways to one goal form a choice.

    Labelled lists ("X:" then "Alternatively, Y:") and a list of options after an
    introduction that offers a choice are choices. Returns the nodes and the Markdown
    between them that no step took (the introduction).
    """
    spans = _list_choice_spans(blocks, title)
    reference = bool(REFERENCE_TITLE.match(title))  # "Examples": commands, not a walkthrough
    nodes: list[Node] = []
    intros: list[str] = []
    start = 0  # the first block not yet recognised
    for first, end, make in spans:
        if first < start:
            continue  # overlaps a choice already taken
        steps, before = recognise_steps(blocks[start:first], found, reference=reference)
        intros.append(before)
        nodes += [*steps, make(found)]
        start = end
    steps, rest = recognise_steps(blocks[start:], found, reference=reference)
    return nodes + list(steps), "\n\n".join(part for part in (*intros, rest) if part)


ChoiceMaker = Callable[[Found], Choice]


def _list_choice_spans(blocks: list[Block], title: str) -> list[tuple[int, int, ChoiceMaker]]:
    """Where lists form choices: (first block, block after, how to build the choice)."""
    spans: list[tuple[int, int, ChoiceMaker]] = []
    lists = labelled_lists(blocks)
    index = 0
    while index < len(lists):
        count = list_choice_at(lists, index, title)
        if count < 2:
            index += 1
            continue
        group = lists[index : index + count]
        spans.append((group[0].start, group[-1].end, partial(_list_choice, group)))
        index += count
    for at, (intro, options) in enumerate(pairwise(blocks)):
        if is_option_list(intro, options):
            spans.append((at + 1, at + 2, partial(_option_choice, options)))
    return sorted(spans, key=lambda span: span[0])


def _option_choice(options: Block, found: Found) -> Choice:
    """A choice of the items of an options list, each a branch of one step."""
    branches = tuple(
        Branch(
            "",
            clean_title(item.text).rstrip(":"),
            "",
            tuple(recognise_steps([replace(options, items=(item,))], found)[0]),
            item.line,
        )
        for item in options.items
    )
    found.note(f"took {len(branches)} list items as options", options.line)
    return Choice("", CHOOSE_ONE, branches, options.line)


def _list_choice(group: list[LabelledList], found: Found) -> Choice:
    """A choice whose branches are labelled lists ("Prepare X:" / "Alternatively, Y:")."""
    branches = tuple(
        Branch("", each.name, "", tuple(recognise_steps([each.steps], found)[0]), each.label.line)
        for each in group
    )
    found.note(f"took {len(group)} labelled lists as alternatives", group[0].label.line)
    return Choice("", CHOOSE_ONE, branches, group[0].label.line)
