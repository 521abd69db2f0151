"""A step's Markdown body as plain text lines (code kept verbatim), and its code blocks."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

_MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])

WIDTH = 80
"""Prose is wrapped to this many columns, indent included; code never is."""

CODE_INDENT = "    "


def code_blocks(markdown: str) -> list[str]:
    """Return the text of each fenced or indented code block, in order."""
    return [
        token.content.rstrip("\n")
        for token in _MARKDOWN.parse(markdown)
        if token.type in ("fence", "code_block") and token.content.strip()
    ]


def plain_lines(markdown: str, indent: str = "") -> list[str]:
    """Render Markdown as plain lines: prose wrapped, list markers kept, code blocks verbatim."""
    lines: list[str] = []
    markers: list[list[int]] = []  # one per open list: [next number] or [] for bullets
    pending = ""  # the marker of a list item whose first line is still to come
    for token in _MARKDOWN.parse(markdown):
        depth = indent + "   " * len(markers)
        if token.type == "bullet_list_open":
            markers.append([])
        elif token.type == "ordered_list_open":
            markers.append([int(token.attrGet("start") or 1)])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            markers.pop()
        elif token.type == "list_item_open":
            pending = _next_marker(markers[-1])
        elif token.type == "inline":
            lines += _wrapped(_inline_text(token.children or []), depth, pending)
            pending = ""
        elif token.type in ("fence", "code_block"):
            code = token.content.rstrip("\n").split("\n")
            lines += [f"{depth}{CODE_INDENT}{line}".rstrip() for line in code]
        elif token.type == "hr":
            lines.append(f"{depth}---")
    return lines


def _next_marker(counter: list[int]) -> str:
    """Return the next marker of a list ('- ' or 'N. '), advancing a numbered one."""
    if not counter:
        return "- "
    counter[0] += 1
    return f"{counter[0] - 1}. "


def _wrapped(text: str, indent: str, marker: str) -> list[str]:
    """Wrap prose under an indent; a list item's first line carries its marker."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(
            paragraph,
            width=max(WIDTH, len(indent) + 20),
            initial_indent=indent + marker,
            subsequent_indent=indent + " " * len(marker),
            break_long_words=False,
            break_on_hyphens=False,
        ) or [indent + marker.rstrip()]
        marker = " " * len(marker)
    return lines


def _inline_text(children: Sequence[Token]) -> str:
    """Return the text of inline tokens: links as 'text (address)', images left out."""
    parts: list[str] = []
    link: str | None = None
    link_start = 0
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "link_open":
            link, link_start = str(child.attrGet("href") or ""), len(parts)
        elif child.type == "link_close" and link is not None:
            if link and "".join(parts[link_start:]).strip() != link:
                parts.append(f" ({link})")
            link = None
    return "".join(parts).strip()
