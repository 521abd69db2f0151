"""Recognise prerequisites: a "Prerequisites" / "What you need" section, or inline requirements."""

from __future__ import annotations

from enum import Enum

from walker.parse.blocks import Block, Item, Kind
from walker.parse.recognise.callouts import CalloutLabel, callout_of
from walker.parse.text import sentences
from walker.parse.vocabulary import (
    ASSUMED_SUCCESS,
    DURATION,
    EXPLICIT_REQUIREMENT,
    INLINE_REQUIREMENT,
    INTRO_ONLY_REQUIREMENT,
    NEED_WORDS,
    REQUIREMENT_CLAUSE_BREAK,
    STATES_NEED,
    STEP_LABEL,
    is_prerequisite_title,
)


def is_duration(text: str) -> bool:
    """Tell whether text is a time estimate ("About 5 minutes"), not something needed."""
    return bool(DURATION.match(text))


def is_prerequisite_label(block: Block) -> bool:
    """Tell whether a paragraph is a lone "Prerequisites:"-style label over a list.

    "**Prerequisite:** a running server." leads a sentence of its own: it is no lone label.
    """
    text = block.text.strip()
    source = block.source.strip().rstrip(":")
    all_bold = source.startswith(("**", "__")) and source.endswith(("**", "__"))
    return (
        block.kind is Kind.PARAGRAPH
        and len(text) < 60
        and (text.endswith(":") or all_bold)
        and is_prerequisite_title(text)
    )


def prerequisites_in_section(blocks: list[Block]) -> list[tuple[str, int]]:
    """List the prerequisites under a prerequisites heading: list items, else sentences.

    Callouts (and the paragraph after a lone "Note:" label) and time estimates are skipped;
    of the sentences, those that say what is needed win over remarks ("This page uses ...").
    """
    lists = [block for block in blocks if block.kind is Kind.LIST]
    found: list[tuple[str, int]] = []
    if lists:
        found = [
            (_item_need(item), item.line)
            for block in lists
            for item in block.items
            if item.text and not DURATION.match(item.text)
        ]
        return found + [
            (sentence, block.line)
            for block in _prose_after(blocks, blocks.index(lists[-1]))
            for sentence in sentences(block.text)
            if STATES_NEED.search(sentence) and not sentence.endswith(":")
        ]
    after_label = False
    for block in blocks:
        aside = callout_of(block)
        skip = after_label or aside is not None or DURATION.match(block.text)
        after_label = isinstance(aside, CalloutLabel)
        if block.kind is Kind.PARAGRAPH and not skip:
            found += [(s, block.line) for s in sentences(block.text) if not s.endswith(":")]
    needs = [(text, line) for text, line in found if NEED_WORDS.search(text)]
    return needs or found


def _item_need(item: Item) -> str:
    """An item's need; "Update your system:" keeps the command written under it."""
    if not item.text.rstrip().endswith(":"):
        return item.text
    rest = [line.strip() for line in item.source.split("\n")[1:]]
    return " ".join([item.text, *(line for line in rest if line and not line.startswith("`"))])


def _prose_after(blocks: list[Block], index: int) -> list[Block]:
    """The paragraphs right after a list, up to anything else (such as a first step)."""
    prose: list[Block] = []
    after_label = False
    for block in blocks[index + 1 :]:
        if block.kind is not Kind.PARAGRAPH or STEP_LABEL.match(block.text):
            break
        aside = callout_of(block)
        if aside is None and not after_label:
            prose.append(block)
        after_label = isinstance(aside, CalloutLabel)
    return prose


class Passage(Enum):
    """Where a passage sits, which decides how strong a requirement must sound to count."""

    STEP = "step"
    INTRO = "intro"  # the introduction of a section that holds steps
    ASIDE = "aside"  # a section without steps: only explicit "before you start" wording


def inline_requirements(text: str, passage: Passage = Passage.STEP) -> list[str]:
    """Return the requirements a passage states ("You must first ..."), one per clause."""
    found: list[str] = []
    for sentence in sentences(text):
        clauses = [c.strip() for c in REQUIREMENT_CLAUSE_BREAK.split(sentence) if c.strip()]
        matching = [c for c in clauses if _is_requirement(c, passage)]
        if len(matching) > 1:
            found.extend(matching)
        elif matching:
            found.append(sentence)
    return found


def _is_requirement(text: str, passage: Passage) -> bool:
    if ASSUMED_SUCCESS.search(text):
        return False
    if passage is Passage.ASIDE:
        return bool(EXPLICIT_REQUIREMENT.search(text))
    if EXPLICIT_REQUIREMENT.search(text):
        return True
    return bool(INLINE_REQUIREMENT.search(text)) or (
        passage is Passage.INTRO and bool(INTRO_ONLY_REQUIREMENT.search(text))
    )
