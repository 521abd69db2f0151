"""Admonition containers (Docusaurus ``:::tip`` ... ``:::``, MkDocs ``!!! note``) as callouts.

Each container becomes one paragraph led by its kind ("Tip: ..."), which the callout
recogniser reads like any other; containers of other kinds keep their content as is.
"""

from __future__ import annotations

import re

from walker.parse.blocks import Block, Kind, to_blocks
from walker.parse.recognise.callouts import kind_named
from walker.parse.recognise.prerequisites import is_prerequisite_heading

_OPEN = re.compile(r"^:{3,}\s*([A-Za-z]+)\s*(?:\[([^\]]*)\])?\s*(.*)$")
_CLOSE = re.compile(r"^:{3,}\s*$")
_MKDOCS = re.compile(r"^(?:!!!|\?\?\?\+?)\s*([A-Za-z]+)(?:\s+\"([^\"]*)\")?\s*$")


def merge_admonitions(blocks: list[Block]) -> list[Block]:
    """Fold each admonition container into a single callout paragraph."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        opener = _OPEN.match(block.text) if block.kind is Kind.PARAGRAPH else None
        if opener and not block.text.rstrip().endswith(":::"):
            end = _closing(blocks, index + 1)
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
    return out


def _closing(blocks: list[Block], start: int) -> int:
    for index in range(start, len(blocks)):
        if blocks[index].kind is Kind.PARAGRAPH and _CLOSE.match(blocks[index].text):
            return index
    return len(blocks)


def _container(name: str, title: str, content: list[Block], line: int) -> list[Block]:
    if is_prerequisite_heading(title) and any(b.kind is Kind.LIST for b in content):
        heading = Block(Kind.PARAGRAPH, line, f"**{title.strip()}:**", f"{title.strip()}:")
        return [heading, *(b for b in content if b.kind is Kind.LIST)]
    kind = kind_named(name)
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
