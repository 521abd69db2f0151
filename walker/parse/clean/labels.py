"""Paragraphs that label a heading, or stand for one, become part of the heading structure.

Web articles often mark alternatives with a bold lead ("**Option A:** ...") instead of a
heading, or put the label in a paragraph above the heading ("Method 1 of 3:"); turned into
headings, the choice recogniser sees them like any other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from walker.model import Diagnostic
from walker.parse.blocks import Block, Kind, to_blocks
from walker.parse.text import MAX_HEADING_LEVEL, lead_in_markdown
from walker.parse.vocabulary import LABEL_LINE, MEMBER_LABEL

_BOLD_LEAD = re.compile(r"^\s*(\*\*|__)(.+?)\1")


def promote_bold_members(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Turn paragraphs led by a bold "Option N"/"Method N" label into headings."""
    out: list[Block] = []
    level = 0
    for block in blocks:
        if block.kind is Kind.HEADING:
            level = block.level
            out.append(block)
            continue
        lead = _BOLD_LEAD.match(block.source) if block.kind is Kind.PARAGRAPH else None
        if lead is None or not MEMBER_LABEL.match(lead.group(2)):
            out.append(block)
            continue
        heading_level = min(level + 1, MAX_HEADING_LEVEL)
        title = lead.group(2).strip().rstrip(".:")
        out.append(
            replace(
                block,
                kind=Kind.HEADING,
                text=title,
                level=heading_level,
                source=f"{'#' * heading_level} {title}",
                images=(),
            )
        )
        rest = lead_in_markdown(block.source, lead.group(2)) or ""
        out.extend(to_blocks(rest.lstrip(".: "), block.line) if rest.strip(".: ") else [])
    return out, []


def label_headings(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Fold a "Method 1 of 3:" paragraph into the heading it labels ("Method 1: ...")."""
    out: list[Block] = []
    label = ""
    for block in blocks:
        match = LABEL_LINE.match(block.text) if block.kind is Kind.PARAGRAPH else None
        if match:
            word = match.group(1).lower()
            label = f"{word.capitalize()} {match.group(2)}: " if word != "part" else ""
            continue
        if block.kind is Kind.HEADING and label:
            text = label + block.text
            block = replace(block, text=text, source=f"{'#' * block.level} {text}")
        label = ""
        out.append(block)
    return out, []
