"""A sentence that sells the author's own product at the end of a paragraph of the article."""

from __future__ import annotations

import re

from walker.model import Diagnostic, Level
from walker.parse.blocks import Block, Kind, plain_text, to_blocks
from walker.parse.vocabulary import SELF_PROMO

_SENTENCE_BREAK = re.compile(r"[.!?][)\"'”’]*\s+")


def drop_promo_sentences(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Cut a closing sentence that sells the author's product from a paragraph of other text
    ("Note that X. If you want more, check out my course."): the rest of it stays."""
    kept: list[Block] = []
    diagnostics: list[Diagnostic] = []
    for block in blocks:
        trimmed = _without_closing_promo(block)
        if trimmed is not block:
            diagnostics.append(
                Diagnostic(Level.INFO, "left out a sentence selling a product", block.line)
            )
        kept.append(trimmed)
    return kept, diagnostics


def _without_closing_promo(block: Block) -> Block:
    if block.kind is not Kind.PARAGRAPH:
        return block
    breaks = list(_SENTENCE_BREAK.finditer(block.source.rstrip()))
    if not breaks:
        return block
    cut = breaks[-1].end()
    if not SELF_PROMO.search(plain_text(block.source[cut:])):
        return block
    rest = to_blocks(block.source[:cut].rstrip(), block.line)
    return rest[0] if len(rest) == 1 and rest[0].kind is Kind.PARAGRAPH else block
