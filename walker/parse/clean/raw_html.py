"""The clean rule that reads raw HTML blocks as the Markdown blocks they stand for."""

from __future__ import annotations

from dataclasses import replace

from walker.model import Diagnostic, Level
from walker.parse.blocks import Block, Kind, to_blocks
from walker.parse.clean.html import CLOSE_MARK, html_to_markdown
from walker.parse.text import MAX_HEADING_LEVEL
from walker.parse.vocabulary import HTML_LED


def read_html(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Raw HTML blocks (``<p>``, ``<ol><li>``, ``<h2>``, ``<details>``) become Markdown blocks.

    What the converter leaves as HTML (ads, scripts, embeds, comments) stays for the
    page-furniture rule. A ``<summary>`` is a heading one level below the section it sits
    in, headings inside its ``<details>`` go below it, and a CLOSE block ends it.
    """
    out: list[Block] = []
    section = 0  # the level of the heading the blocks sit under
    summaries: list[int] = []  # the levels of the <details> sections still open
    converted = 0
    for block in blocks:
        level = min(max(summaries[-1] if summaries else section, 1) + 1, MAX_HEADING_LEVEL)
        if _is_html(block):
            markdown = html_to_markdown(block.source, level)
            found = to_blocks(markdown, block.line) if markdown.strip() else []
            if found and not all(b.kind is Kind.HTML for b in found):
                converted += 1
            else:
                found = found or [block]
        else:
            found = [block]
        for new in found:
            if new.kind is Kind.HTML and new.text.strip() == CLOSE_MARK:
                if summaries:
                    out.append(Block(Kind.CLOSE, new.line, "", level=summaries.pop()))
                continue
            if new.kind is Kind.HEADING:
                if new is not block and new.level == level and "<summary" in block.source:
                    summaries.append(new.level)
                elif summaries and new.level <= summaries[-1]:
                    new = _below(new, summaries[-1])
                if not summaries:
                    section = new.level
            out.append(new)
    diagnostics = []
    if converted:
        diagnostics.append(
            Diagnostic(Level.INFO, f"read {converted} raw HTML block(s) as Markdown")
        )
    return out, diagnostics


def _is_html(block: Block) -> bool:
    """An HTML block, or a paragraph that starts with an HTML element."""
    if block.kind is Kind.HTML:
        return not block.text.lstrip().startswith("<!--")
    return block.kind is Kind.PARAGRAPH and bool(HTML_LED.match(block.source))


def _below(heading: Block, level: int) -> Block:
    """A heading inside a ``<details>`` section, moved one level below its summary."""
    deeper = min(level + 1, MAX_HEADING_LEVEL)
    return replace(heading, level=deeper, source="#" * deeper + heading.source.lstrip("#"))
