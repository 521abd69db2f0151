"""Templating leftovers: tab shortcodes become headings, other directives are dropped.

Hugo-style ``{{< tabs >}}`` / ``{{% tab name="Windows" %}}`` and DocFX ``# [Portal](#tab/portal)``
tabs become headings one level below the heading they sit under, so the choice recogniser
sees sibling tabs; a CLOSE block where the tabs end returns what follows to the parent.
"""

from __future__ import annotations

import re
from dataclasses import replace

from walker.model import Diagnostic
from walker.parse.blocks import Block, Kind, to_blocks
from walker.parse.text import (
    MAX_HEADING_LEVEL,
    TAB_LINK,
    remove_template_directives,
    slugify,
    split_template_directives,
)
from walker.parse.vocabulary import (
    HEADING_SHORTCODE_NAMES,
    SHORTCODE_CALLOUT_CLOSE,
    SHORTCODE_CALLOUT_OPEN,
    TAB_SHORTCODE,
)

_TABS_END = re.compile(r"^\s*\{\{[<%]\s*/tabs\s*[>%]\}\}", re.I)
_JSX_TAB = re.compile(r"<TabItem\b([^>]*)>|</Tabs\s*>")
_JSX_NAME = re.compile(r"\b(label|value)\s*=\s*[\"'{]+([^\"'}]+)")
_DIRECTIVE_LINE = re.compile(r"^\s{0,3}(?:\{%.*?%\}|\{\{.*?\}\})\s*$")
_MARK = "<!--walker-directive "
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def isolate_directive_lines(body: str) -> str:
    """Wrap lines that hold only a template directive in an HTML comment (outside code).

    Shortcodes written flush against a list would otherwise be read as part of its last
    item; a comment line ends the list without moving any line, so line numbers stay true.
    """
    lines: list[str] = []
    fence: str | None = None
    for line in body.split("\n"):
        opener = _FENCE.match(line)
        if opener and (fence is None or opener.group(1) == fence):
            fence = None if fence else opener.group(1)
        elif fence is None and _DIRECTIVE_LINE.match(line) and "-->" not in line:
            line = f"{_MARK}{line.strip()}-->"
        lines.append(line)
    return "\n".join(lines)


def convert_templates(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Turn tab shortcodes into headings and drop blocks that are only template directives."""
    out: list[Block] = []
    section_level = 0
    tab_level: int | None = None
    for block in blocks:
        if block.kind is Kind.HTML and block.text.startswith(_MARK):
            directive = block.text.strip().removeprefix(_MARK).removesuffix("-->")
            block = Block(Kind.PARAGRAPH, block.line, directive, directive)
        if block.kind is Kind.HTML and _JSX_TAB.search(block.text):
            tab_level = _jsx_tabs(
                block, tab_level or min(section_level + 1, MAX_HEADING_LEVEL), out
            )
            continue
        if block.kind is Kind.HEADING and TAB_LINK.search(block.source):
            tab_level = tab_level or min(section_level + 1, MAX_HEADING_LEVEL)
            out.append(replace(block, level=tab_level))
            continue
        if block.kind is Kind.HEADING and "{" in block.text:
            block = _named_heading(block)
        if block.kind is Kind.HEADING:
            if tab_level is not None and block.level <= section_level:
                tab_level = None
            section_level = block.level if tab_level is None else section_level
            out.append(block)
            continue
        if block.kind is Kind.RULE and tab_level is not None:
            out.append(Block(Kind.CLOSE, block.line, "", level=tab_level))
            tab_level = None
            continue
        if block.kind is not Kind.PARAGRAPH or "{" not in block.text:
            out.append(block)
            continue
        directives = split_template_directives(block.source)[1::2]
        if any(TAB_SHORTCODE.match(d) or _TABS_END.match(d) for d in directives):
            tab_level = tab_level or min(section_level + 1, MAX_HEADING_LEVEL)
            tab_level = _split_tabs(block, tab_level, out)
            continue
        text, source = _callout_label(block.text), _callout_label(block.source)
        text = remove_template_directives(text).strip()
        if text:
            out.append(replace(block, text=text, source=remove_template_directives(source).strip()))
    return out, []


_HEADING_SHORTCODE = re.compile(r"\{\{[<%]\s*heading\s+[\"“]([\w-]+)[\"”]\s*[>%]\}\}", re.I)


def _named_heading(block: Block) -> Block:
    """``## {{% heading "cleanup" %}}`` is the heading the site would render ("Clean up")."""
    text = _HEADING_SHORTCODE.sub(
        lambda match: HEADING_SHORTCODE_NAMES.get(
            match.group(1).lower(), match.group(1).capitalize()
        ),
        block.text,
    )
    text = remove_template_directives(text).strip()
    return replace(block, text=text, source=f"{'#' * block.level} {text}")


def _jsx_tabs(block: Block, level: int, out: list[Block]) -> int | None:
    """Docusaurus ``<TabItem label="npm">`` tags become tab headings; ``</Tabs>`` a CLOSE."""
    current: int | None = level
    for tag in _JSX_TAB.finditer(block.text):
        names = dict(_JSX_NAME.findall(tag.group(1) or ""))
        name = names.get("label") or names.get("value")
        if name:
            current = current or level
            out.append(tab_heading(name, current, block.line))
        elif tag.group(0).startswith("</Tabs") and current is not None:
            out.append(Block(Kind.CLOSE, block.line, "", level=current))
            current = None
    return current


def tab_heading(name: str, level: int, line: int) -> Block:
    """A heading that stands for one tab of a tab group (DocFX style, so it reads as a tab)."""
    return Block(Kind.HEADING, line, f"{'#' * level} [{name}](#tab/{slugify(name)})", name, level)


def _callout_label(text: str) -> str:
    """``{{< note >}}x{{< /note >}}`` reads as ``Note: x`` for the callout recogniser."""
    text = SHORTCODE_CALLOUT_OPEN.sub(lambda match: f"{match.group(1).capitalize()}: ", text)
    return SHORTCODE_CALLOUT_CLOSE.sub("", text)


def _split_tabs(block: Block, tab_level: int, out: list[Block]) -> int | None:
    """Cut a paragraph at its tab shortcodes: headings, a CLOSE, and the text between."""
    level: int | None = tab_level
    for index, part in enumerate(split_template_directives(block.source)):
        if index % 2 == 0:
            if part.strip():
                out.extend(to_blocks(_callout_label(part).strip(), block.line))
            continue
        tab = TAB_SHORTCODE.match(part)
        if tab:
            level = level or tab_level
            out.append(tab_heading(tab.group(1).strip(), level, block.line))
        elif _TABS_END.match(part) and level is not None:
            out.append(Block(Kind.CLOSE, block.line, "", level=level))
            level = None
    return level
