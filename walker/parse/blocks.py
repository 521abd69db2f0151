"""Pass 3: Markdown text to a flat list of top-level blocks with plain text and source lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin

from walker.model import Image
from walker.parse.vocabulary import EXPORT_DONE_STAMP, PERMALINK_TEXTS, SHELL_LANGUAGES

# deflist: "Term" over ": definition" lines is a definition list (dl / dt / dd tokens).
# Task lists are read in _items, not by mdit-py-plugins' tasklists (see docs/parser.md).
_MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(deflist_plugin)
_TAG = re.compile(r"(?<!\\)<[A-Za-z/!][^<>\n]*>")


class Kind(StrEnum):
    """What a top-level block is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    QUOTE = "quote"
    HTML = "html"
    CODE = "code"
    TABLE = "table"
    RULE = "rule"
    BREAK = "break"  # where page furniture was cut out: a hint for splitting articles
    CLOSE = "close"  # ends headings of its level and deeper (where a tab group ends)


@dataclass(frozen=True)
class Item:
    """One list item: the plain text of its first paragraph and its whole Markdown."""

    line: int
    text: str
    source: str
    images: tuple[Image, ...] = ()
    link_only: bool = False
    anchor_link: bool = False
    ticked: bool | None = None  # a task-list item: whether its box is ticked; None: no task


@dataclass(frozen=True)
class Block:
    """A top-level Markdown block with its plain text, Markdown source and first line."""

    kind: Kind
    line: int
    source: str
    text: str = ""
    level: int = 0  # a heading's level; an ordered list's first number
    items: tuple[Item, ...] = ()
    ordered: bool = False
    images: tuple[Image, ...] = ()
    link_text: str = ""
    definitions: bool = False  # a definition list: each item is a term over its definitions

    @property
    def image_only(self) -> bool:
        """Tell whether the block is a paragraph holding only images."""
        return self.kind is Kind.PARAGRAPH and bool(self.images) and not self.text.strip()


def section_end(blocks: list[Block], index: int) -> int:
    """The index after a heading's section: the next heading of its level or higher."""
    level = blocks[index].level
    for end in range(index + 1, len(blocks)):
        if blocks[end].kind is Kind.HEADING and blocks[end].level <= level:
            return end
    return len(blocks)


def to_blocks(body: str, first_line: int = 1) -> list[Block]:
    """Tokenise Markdown and return its top-level blocks in order."""
    return read_blocks(body, first_line)[0]


def read_blocks(body: str, first_line: int = 1) -> tuple[list[Block], int | None]:
    """Tokenise Markdown: its top-level blocks, and the line where reading stopped early.

    markdown-it does not read what is nested deeper than its cap (about ten levels of lists or
    twenty of quotes), which keeps parsing linear; the first line at the cap is returned so the
    reader is told, else None.
    """
    lines = body.split("\n")
    tokens = _MARKDOWN.parse(body)
    blocks: list[Block] = []
    index = 0
    while index < len(tokens):
        end = _closing_index(tokens, index)
        block = _block(tokens[index : end + 1], lines, first_line)
        if block is not None:
            blocks.append(block)
        index = end + 1
    cap = _MARKDOWN.options.maxNesting - 1
    deepest = next((token for token in tokens if token.level >= cap), None)
    if deepest is None:
        return blocks, None
    return blocks, first_line + (deepest.map[0] if deepest.map else 0)


def _closing_index(tokens: Sequence[Token], start: int) -> int:
    if tokens[start].nesting != 1:
        return start
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _source(token: Token, lines: list[str]) -> str:
    if token.map is None:
        return token.content
    start, end = token.map
    return "\n".join(lines[start:end]).strip("\n")


def _block(group: Sequence[Token], lines: list[str], first_line: int) -> Block | None:
    opener = group[0]
    line = first_line + (opener.map[0] if opener.map else 0)
    source = _source(opener, lines)
    kind_by_type = {
        "heading_open": Kind.HEADING,
        "paragraph_open": Kind.PARAGRAPH,
        "blockquote_open": Kind.QUOTE,
        "table_open": Kind.TABLE,
    }
    if opener.type in kind_by_type:
        inlines = [token for token in group if token.type == "inline"]
        texts = [inline_text(token) for token in inlines]
        images = tuple(image for token in inlines for image in inline_images(token))
        level = int(opener.tag[1]) if opener.type == "heading_open" else 0
        link_text = "".join(_link_text(token) for token in inlines)
        return Block(
            kind_by_type[opener.type],
            line,
            source,
            "\n".join(texts).strip(),
            level,
            images=images,
            link_text=link_text,
        )
    if opener.type in ("bullet_list_open", "ordered_list_open"):
        items = tuple(_items(group, lines, first_line))
        start = int(opener.attrs.get("start", 1) or 1)
        ordered = opener.type.startswith("o")
        return Block(Kind.LIST, line, source, items=items, ordered=ordered, level=start)
    if opener.type == "dl_open":
        items = tuple(_definitions(group, lines, first_line))
        return Block(Kind.LIST, line, source, items=items, definitions=True)
    if opener.type in ("fence", "code_block"):
        return Block(Kind.CODE, line, source, text=opener.content)
    if opener.type == "html_block":
        return Block(Kind.HTML, line, source, text=opener.content)
    if opener.type == "hr":
        return Block(Kind.RULE, line, source)
    return None


_LIST_MARKER = re.compile(r"^\s{0,3}(?:[-+*]|\d{1,9}[.)])[ \t]?")
_DEFINITION_MARKER = re.compile(r"^\s{0,3}[:~][ \t]{1,4}")


def _definitions(group: Sequence[Token], lines: list[str], first_line: int) -> list[Item]:
    """A definition list's entries: the term as the item's text, the term over its definitions
    as its Markdown, the pictures of both as its images."""
    items: list[Item] = []
    for index, token in enumerate(group):
        if token.level != 1 or token.type not in ("dt_open", "dd_open"):
            continue
        inner = group[index + 1 : _closing_index(group, index)]
        images = tuple(im for t in inner if t.type == "inline" for im in inline_images(t))
        if token.type == "dt_open":
            line = first_line + (token.map[0] if token.map else 0)
            items.append(Item(line, inline_text(inner[0]), inner[0].content, images))
        elif items and inner and inner[0].map and token.map:
            # a definition's own map may start at its term's line: take its content's lines
            text = "\n".join(lines[inner[0].map[0] : token.map[1]])
            last = items[-1]
            source = f"{last.source}\n\n{_dedent_item(text, _DEFINITION_MARKER)}"
            items[-1] = replace(last, source=source, images=last.images + images)
    return items


def _items(group: Sequence[Token], lines: list[str], first_line: int) -> list[Item]:
    items: list[Item] = []
    depth = 0
    index = 0
    while index < len(group):
        token = group[index]
        if token.type == "list_item_open" and depth == 1:
            end = _closing_index(group, index)
            inner = group[index + 1 : end]
            inlines = [t for t in inner if t.type == "inline"]
            first_inline = inlines[0] if inlines else None
            text = next((found for found in map(inline_text, inlines) if found), "")
            images = tuple(im for t in inlines for im in inline_images(t))
            source = _dedent_item(_source(token, lines))
            ticked = None
            if _is_task(inner):
                ticked, source = _task_mark(source)
                text = _without_stamp(_TASK_MARKER.sub("", text, count=1))
            items.append(
                Item(
                    first_line + (token.map[0] if token.map else 0),
                    text,
                    source,
                    images,
                    link_only=len(inlines) == 1 and _is_link_only(inlines[0]),
                    anchor_link=first_inline is not None and _links_to_anchor(first_inline),
                    ticked=ticked,
                )
            )
            index = end  # an item's own lists open and close inside it: depth is unchanged
        depth += token.nesting if token.type.endswith(("list_open", "list_close")) else 0
        index += 1
    return items


def _is_task(inner: Sequence[Token]) -> bool:
    """A GitHub task-list item: its first paragraph starts with "[ ]", "[x]" or "[X]", a space."""
    return (
        len(inner) > 1
        and inner[0].type == "paragraph_open"
        and bool(_TASK_MARKER.match(inner[1].content))
    )


def _task_mark(source: str) -> tuple[bool, str]:
    """A task item's state and its source without the "[ ]" / "[x]" marker or the stamp."""
    body = source.lstrip()
    return body[1:2] in ("x", "X"), _without_stamp(_TASK_MARKER.sub("", body, count=1))


def _without_stamp(text: str) -> str:
    """A task's text without the " — done <time>" stamp walker's own export writes after it."""
    first, newline, rest = text.partition("\n")
    return EXPORT_DONE_STAMP.sub("", first) + newline + rest


def _dedent_item(raw: str, marker_pattern: re.Pattern[str] = _LIST_MARKER) -> str:
    first, _, rest = raw.partition("\n")
    marker = marker_pattern.match(first)
    width = marker.end() if marker else 0
    body = [first[width:]]
    for line in rest.split("\n") if rest else []:
        body.append(line[width:] if line[:width].strip() == "" else line.lstrip())
    return "\n".join(body).strip()


_TASK_MARKER = re.compile(r"^\[[ xX]\][ \t\n\v\f\r]+")  # GFM: the box, then whitespace
_ATTRIBUTES = re.compile(r"\s*\{(?!#[\w-]+\})\s*[#.][^{}]*\}\s*$")


def inline_text(token: Token) -> str:
    """Return the plain text of an inline token: markup, HTML, images and permalinks removed."""
    parts: list[str] = []
    link: list[str] | None = None
    href = ""
    for child in token.children or []:
        if child.type == "link_open":
            link, href = [], str(child.attrs.get("href", ""))
        elif child.type == "link_close" and link is not None:
            text = "".join(link)
            if not (href.startswith("#") and text.strip().lower() in PERMALINK_TEXTS):
                parts.append(text)
            link = None
        elif child.type in ("text", "code_inline"):
            (parts if link is None else link).append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return _ATTRIBUTES.sub("", " ".join("".join(parts).split())).rstrip(" ¶")


def inline_images(token: Token) -> list[Image]:
    """Return the images of an inline token with their alternative text and address."""
    images: list[Image] = []
    for child in token.children or []:
        if child.type == "image":
            alt = "".join(grand.content for grand in child.children or [])
            images.append(Image(" ".join(alt.split()), str(child.attrs.get("src", ""))))
    return images


def _link_text(token: Token) -> str:
    parts: list[str] = []
    inside = 0
    for child in token.children or []:
        if child.type == "link_open":
            inside += 1
        elif child.type == "link_close":
            inside -= 1
        elif inside and child.type in ("text", "code_inline"):
            parts.append(child.content)
    return "".join(parts)


def _is_link_only(token: Token) -> bool:
    """Only text links (an image link is a picture, not a related-links entry)."""
    outside = 0
    has_link = False
    for child in token.children or []:
        if child.type == "link_open":
            outside += 1
            has_link = True
        elif child.type == "link_close":
            outside -= 1
        elif child.type == "image" or (not outside and _is_words(child)):
            return False
    return has_link


def _is_words(child: Token) -> bool:
    return child.type == "text" and bool(child.content.strip(" -–—|:"))


def _links_to_anchor(token: Token) -> bool:
    return any(
        child.type == "link_open" and str(child.attrs.get("href", "")).startswith("#")
        for child in token.children or []
    )


_PROMPT = re.compile(r"^\s*(?:\$|>|PS [^>]*>|C:\\[^>]*>)\s+\S", re.M)


def is_shell_code(block: Block) -> bool:
    """Tell whether a code block holds shell commands (by its info string or its prompts)."""
    if block.kind is not Kind.CODE:
        return False
    info = block.source.lstrip("`~ \n").split("\n", 1)[0].strip().lower()
    return info.split(" ")[0] in SHELL_LANGUAGES or bool(_PROMPT.search(block.text))


def plain_text(markdown: str) -> str:
    """Return the plain text of a piece of inline Markdown."""
    tokens = _MARKDOWN.parseInline(markdown)
    return inline_text(tokens[0]) if tokens else ""


_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)


def strip_html(markdown: str) -> str:
    """Remove HTML tags from Markdown source (their text stays; code spans are left alone)."""
    pieces: list[str] = []
    start = 0
    for span in _CODE_SPAN.finditer(markdown):
        pieces.append(_TAG.sub("", markdown[start : span.start()]))
        pieces.append(span.group(0))
        start = span.end()
    pieces.append(_TAG.sub("", markdown[start:]))
    return "".join(pieces)
