"""Containers: Docusaurus ``:::tip`` ... ``:::`` and MkDocs ``!!! note`` become callouts, MkDocs
``=== "Tab"`` content tabs become tab headings.

Each container becomes one paragraph led by its kind ("Tip: ..."), which the callout
recogniser reads like any other; containers of other kinds keep their content as is.
"""

from __future__ import annotations

import re

from walker.model import Diagnostic
from walker.parse.blocks import Block, Kind, to_blocks
from walker.parse.clean.templates import tab_heading
from walker.parse.text import MAX_HEADING_LEVEL
from walker.parse.vocabulary import callout_kind_named, is_prerequisite_title

_OPEN = re.compile(r"^:{3,}\s*([A-Za-z]+)\s*(?:\[([^\]]*)\])?\s*(.*)$")
_CLOSE = re.compile(r"^:{3,}\s*$")
_CONTENT_TAB = re.compile(r"^===\+?\s+\"([^\"]+)\"\s*$")
_MKDOCS = re.compile(r"^(?:!!!|\?\?\?\+?)\s*([A-Za-z]+)(?:\s+\"([^\"]*)\")?\s*$")


def merge_admonitions(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Fold each admonition container into a single callout paragraph."""
    out: list[Block] = []
    index = 0
    section_level = 0
    while index < len(blocks):
        block = blocks[index]
        section_level = block.level if block.kind is Kind.HEADING else section_level
        tab = _CONTENT_TAB.match(block.text) if block.kind is Kind.PARAGRAPH else None
        if tab and index + 1 < len(blocks) and blocks[index + 1].kind is Kind.CODE:
            index = _content_tabs(blocks, index, min(section_level + 1, MAX_HEADING_LEVEL), out)
            continue
        opener = _OPEN.match(block.text) if block.kind is Kind.PARAGRAPH else None
        end = _closing(blocks, index + 1) if opener else len(blocks)
        if opener and end < len(blocks) and not block.text.rstrip().endswith(":::"):
            title = opener.group(2) or opener.group(3)
            out += _container(opener.group(1), title, blocks[index + 1 : end], block.line)
            index = end + 1
            continue
        mkdocs = _MKDOCS.match(block.text) if block.kind is Kind.PARAGRAPH else None
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if mkdocs and following is not None and following.kind is Kind.CODE:
            content = to_blocks(following.text, following.line)
            out += _container(mkdocs.group(1), mkdocs.group(2) or "", content, block.line)
            index += 2
            continue
        out.append(block)
        index += 1
    return out, []


def _content_tabs(blocks: list[Block], index: int, level: int, out: list[Block]) -> int:
    """MkDocs ``=== "Linux"`` tabs with indented content: tab headings, then a CLOSE."""
    while index + 1 < len(blocks):
        tab = (
            _CONTENT_TAB.match(blocks[index].text) if blocks[index].kind is Kind.PARAGRAPH else None
        )
        if tab is None or blocks[index + 1].kind is not Kind.CODE:
            break
        out.append(tab_heading(tab.group(1), level, blocks[index].line))
        out.extend(to_blocks(blocks[index + 1].text, blocks[index + 1].line))
        index += 2
    out.append(Block(Kind.CLOSE, blocks[index - 1].line, "", level=level))
    return index


def _closing(blocks: list[Block], start: int) -> int:
    for index in range(start, len(blocks)):
        if blocks[index].kind is Kind.PARAGRAPH and _CLOSE.match(blocks[index].text):
            return index
    return len(blocks)


def _container(name: str, title: str, content: list[Block], line: int) -> list[Block]:
    if is_prerequisite_title(title) and any(b.kind is Kind.LIST for b in content):
        heading = Block(Kind.PARAGRAPH, line, f"**{title.strip()}:**", f"{title.strip()}:")
        return [heading, *(b for b in content if b.kind is Kind.LIST)]
    kind = callout_kind_named(name)
    if kind is None:
        return [] if name.lower() == "image" else content
    texts = [b.text if b.kind is not Kind.LIST else _list_text(b) for b in content]
    text = " ".join(t for t in texts if t)
    if title.strip():
        text = f"{title.strip()} — {text}"
    sources = [b.source for b in content]
    label = kind.value.capitalize()
    return [Block(Kind.PARAGRAPH, line, f"{label}: " + "\n\n".join(sources), f"{label}: {text}")]


def _list_text(block: Block) -> str:
    return " ".join(item.text for item in block.items)
