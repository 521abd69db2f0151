"""Recognise prerequisites: a "Prerequisites" / "What you need" section, or inline requirements."""

from __future__ import annotations

import re
from enum import Enum

from walker.parse.blocks import Block, Kind
from walker.parse.recognise.callouts import CalloutLabel, callout_of
from walker.parse.text import STEP_LABEL, sentences

_HEADING = re.compile(
    r"^(?:(?:part|step|section)\s*\d+\s*[:.)–—-]?\s*|\d+[.:)]?\s*)?(?:the\s+)?"
    r"(?:prerequisites?|pre-requisites?|requirements?|system requirements"
    r"|before you (?:begin|start|get started)|before getting started|before starting"
    r"|what you(?:'ll|’ll| will)? need|things you(?:'ll|’ll| will)? need"
    r"|you(?:'ll|’ll| will) need|what is needed|what's needed"
    r"|(?:(?:tools|supplies|materials|equipment|ingredients|gear|parts|items)"
    r"(?:\s*(?:,|and|&)\s*)?)+(?:\s+(?:needed|required|list|you(?:'ll| will)? need))?\s*$"
    r"|ingredients|tools needed|needed tools)\b",
    re.I,
)
_NEED = r"\byou(?:'ll|’ll| will)? (?:also |first |still )?need"
_INLINE = re.compile(
    r"\byou (?:must|have to) first\b|\ball (?:that )?you(?:'ll| will)? need (?:is|are)\b"
    rf"|{_NEED} (?:to have |at least |an? |the |your |some |access |version |v\d)"
    rf"|{_NEED} to be (?:signed|logged|connected|running|on|at least|over|\d)"
    r"|\byou(?:'ll|’ll| will) (?:also )?need (?!to\b|it\b|them\b|this\b|that\b|these\b|those\b)\w"
    r"|\byou(?:'ll|’ll| will)? (?:also )?need\s*:"
    r"|\byou (?:also |still )?need (?!to\b|it\b|them\b|this\b|that\b)(?-i:[A-Z])"
    r"|\bmake sure (?:that )?you(?:'ve|’ve)? (?:have|are|own|got)\b"
    r"|\bmake sure (?:that )?(?:your|the) [\w -]{1,30}? (?:is|has|are) (?:running|installed"
    r"|updated|at least"
    r"|on|version|signed|connected|enabled|turned on)\b"
    r"|\byou (?:should|must|need to) (?:be|have) (?:at least|\d+|over|older)"
    r"|\byou (?:must|should) be (?:\d+|at least|over)\b"
    r"|\brequires? (?:at least|an? \w+ (?:account|version|subscription)|[A-Z][\w.+-]* v?\d)"
    r"|\bbefore you (?:start|begin)\b[^.]*\bmake sure\b"
    r"|\bbefore you (?:start|begin)\s*[:,][^.]*\b(?:needs?|must|should|requires?|has to)\b",
    re.I,
)
_INTRO_ONLY = re.compile(  # "Just install the app and ...": the app is what you need
    r"\b(?:just|simply|first) (?:install|download|get) (?:the|this|our) (?:\w+ )?"
    r"(?:app|application|software|program|tool|extension|plugin)\b",
    re.I,
)
_EXPLICIT = re.compile(
    r"\bbefore (?:you (?:start|begin)|starting|beginning)\b[^.]*\b(?:make sure|ensure|check)\b"
    r"|\byou (?:must|have to|need to) first\b|\ball (?:that )?you(?:'ll| will)? need (?:is|are)\b",
    re.I,
)
_NEED_WORDS = re.compile(
    r"\b(?:need|needs|needed|require[sd]?|must|should|have to|make sure|ensure|at least"
    r"|installed|access to|an? (?:\w+ )?account)\b",
    re.I,
)
_STATES_NEED = re.compile(r"\bneeds?\b|\brequire[sd]?\b|\bmust\b|\bmake sure\b", re.I)
_DURATION = re.compile(
    r"^(?:about|around|roughly|approximately|takes?)?\s*\d+(?:\s*[-–]\s*\d+)?\s*"
    r"(?:min(?:ute)?s?|h(?:ou)?rs?|hours?)\b",
    re.I,
)
_CLAUSE = re.compile(r",?\s+(?:and|but|plus)\s+(?=(?:on|in|for|if|you)\b)|;\s+", re.I)


def is_duration(text: str) -> bool:
    """Tell whether text is a time estimate ("About 5 minutes"), not something needed."""
    return bool(_DURATION.match(text))


def is_prerequisite_heading(title: str) -> bool:
    """Tell whether a heading or label introduces prerequisites."""
    return bool(_HEADING.match(title.strip().strip("*:").strip()))


def is_prerequisite_label(block: Block) -> bool:
    """Tell whether a paragraph is a lone "Prerequisites:"-style label over a list."""
    text = block.text.strip()
    return (
        block.kind is Kind.PARAGRAPH
        and len(text) < 60
        and (text.endswith(":") or block.source.strip().startswith(("**", "__")))
        and is_prerequisite_heading(text)
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
            (item.text, item.line)
            for block in lists
            for item in block.items
            if item.text and not _DURATION.match(item.text)
        ]
        return found + [
            (sentence, block.line)
            for block in _prose_after(blocks, blocks.index(lists[-1]))
            for sentence in sentences(block.text)
            if _STATES_NEED.search(sentence) and not sentence.endswith(":")
        ]
    after_label = False
    for block in blocks:
        aside = callout_of(block)
        skip = after_label or aside is not None or _DURATION.match(block.text)
        after_label = isinstance(aside, CalloutLabel)
        if block.kind is Kind.PARAGRAPH and not skip:
            found += [(s, block.line) for s in sentences(block.text) if not s.endswith(":")]
    needs = [(text, line) for text, line in found if _NEED_WORDS.search(text)]
    return needs or found


def _prose_after(blocks: list[Block], index: int) -> list[Block]:
    """The paragraphs right after a list, up to anything else (such as a first step)."""
    prose: list[Block] = []
    for block in blocks[index + 1 :]:
        if block.kind is not Kind.PARAGRAPH or STEP_LABEL.match(block.text):
            break
        if callout_of(block) is None:
            prose.append(block)
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
        clauses = [c.strip() for c in _CLAUSE.split(sentence) if c.strip()]
        matching = [c for c in clauses if _is_requirement(c, passage)]
        if len(matching) > 1:
            found.extend(matching)
        elif matching:
            found.append(sentence)
    return found


def _is_requirement(text: str, passage: Passage) -> bool:
    if passage is Passage.ASIDE:
        return bool(_EXPLICIT.search(text))
    return bool(_INLINE.search(text)) or (
        passage is Passage.INTRO and bool(_INTRO_ONLY.search(text))
    )
