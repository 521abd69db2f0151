"""Recognise prerequisites: a "Prerequisites" / "What you need" section, or inline requirements."""

from __future__ import annotations

import re

from walker.parse.blocks import Block, Kind
from walker.parse.text import sentences

_HEADING = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:the\s+)?(?:prerequisites?|pre-requisites?|requirements?"
    r"|system requirements|before you (?:begin|start|get started)|before getting started"
    r"|what you(?:'ll|’ll| will)? need"
    r"|things you(?:'ll|’ll| will)? need|you(?:'ll|’ll| will) need|what is needed|what's needed"
    r"|tools(?: and| &) materials|materials(?: needed)?|equipment(?: needed)?|supplies(?: needed)?"
    r"|ingredients|tools needed|needed tools)\b",
    re.I,
)
_INLINE = re.compile(
    r"\byou (?:must|have to) first\b"
    r"|\byou(?:'ll|’ll| will)? need (?:to have |at least |an? |the |your |some |access )"
    r"|\byou(?:'ll|’ll| will) need (?!to\b)\w"
    r"|\bmake sure (?:that )?you(?:'ve|’ve)? (?:have|are|own|got)\b"
    r"|\byou (?:should|must|need to) (?:be|have) (?:at least|\d+|over|older)"
    r"|\byou (?:must|should) be (?:\d+|at least|over)\b"
    r"|\b(?:just|first,?) install\b"
    r"|\brequires? (?:at least|an? \w+ (?:account|version|subscription))",
    re.I,
)


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
    """List the prerequisites under a prerequisites heading: list items, else paragraphs."""
    lists = [block for block in blocks if block.kind is Kind.LIST]
    if lists:
        return [(item.text, item.line) for block in lists for item in block.items if item.text]
    return [
        (block.text, block.line) for block in blocks if block.kind is Kind.PARAGRAPH and block.text
    ]


def inline_requirements(text: str) -> list[str]:
    """Return the sentences of a passage that state a requirement ("You must first ...")."""
    return [sentence for sentence in sentences(text) if _INLINE.search(sentence)]
