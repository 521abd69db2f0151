"""Read a page's own structure as Markdown: its main region, headings, lists, code, images.

The fallback for pages whose lists and headings the extractor loses. Page furniture
(navigation, sidebars, comments, cookie and newsletter boxes, related posts) is left out by
element, role and class name, never by wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml.html import HtmlElement

from walker.render.guide_md import escape_markdown

DROPPED_TAGS = frozenset(
    "script style noscript template iframe object embed svg canvas form button select "
    "input textarea nav aside footer dialog menu head title meta link".split()
)
FURNITURE_ROLES = frozenset(
    "navigation banner complementary contentinfo search dialog menu".split()
)
FURNITURE_WORDS = frozenset(
    "nav navbar menu sidebar side-bar widget widgets footer comment comments disqus respond "
    "related share sharing social newsletter subscribe signup cookie cookies consent gdpr "
    "banner advert advertisement ads ad sponsor sponsored promo breadcrumb breadcrumbs "
    "popup modal skip-link toc pagination pager author-bio byline".split()
)
HEADINGS = {f"h{level}": level for level in range(1, 7)}
BLOCK_TAGS = frozenset(
    "p div section article main header ul ol li dl dt dd pre blockquote table figure "
    "figcaption details summary hr address center".split()
) | frozenset(HEADINGS)
MAX_DEPTH = 300
_STEP_LABEL = re.compile(r"\s*step\s*\d{1,3}\b\s*[:.]?\s*", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass
class _Writer:
    """Markdown blocks being written, and the inline text of the paragraph under way."""

    base_url: str
    blocks: list[str] = field(default_factory=list)
    inline: list[str] = field(default_factory=list)
    dropped: int = 0

    def flush(self, indent: str = "") -> None:
        text = " ".join("".join(self.inline).split())
        self.inline.clear()
        if text:
            self.blocks.append(indent + text)


def is_furniture(element: HtmlElement) -> bool:
    """Say whether an element is page furniture by its tag, role, hidden state or class/id."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in DROPPED_TAGS or (tag == "header" and not element.xpath(".//h1")):
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if (element.get("role") or "").lower() in FURNITURE_ROLES:
        return True
    if _HIDDEN_STYLE.search(element.get("style") or ""):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower().replace("_", "-")
    return any(_furniture_name(name) for name in names.split()) and not element.xpath(".//h1")


def _furniture_name(name: str) -> bool:
    """A class or id that is a furniture word, or starts or ends with one ("site-footer").

    A word in the middle ("content-sidebar-wrap") does not count: such wrappers hold the
    article too.
    """
    parts = name.split("-")
    return name in FURNITURE_WORDS or parts[0] in FURNITURE_WORDS or parts[-1] in FURNITURE_WORDS


def main_region(root: HtmlElement) -> HtmlElement:
    """Return the page's main region: <main>, role=main, the largest <article>, else <body>."""
    for path in ("//main", "//*[@role='main']"):
        found = [element for element in root.xpath(path) if not is_furniture(element)]
        if len(found) == 1:
            return found[0]
    articles = [element for element in root.xpath("//article") if not is_furniture(element)]
    if articles:
        return max(articles, key=lambda element: len(element.text_content()))
    body = root.find("body")
    return body if body is not None else root


def page_markdown(root: HtmlElement, base_url: str = "") -> tuple[str, int]:
    """Return the main region as Markdown, and how many furniture elements were left out."""
    writer = _Writer(base_url)
    _block(main_region(root), writer, "", 0)
    writer.flush()
    return "\n\n".join(writer.blocks) + "\n", writer.dropped


def _block(element: HtmlElement, writer: _Writer, indent: str, depth: int) -> None:
    """Write one element's content: blocks start new Markdown blocks, inline runs join text."""
    if element.text:
        writer.inline.append(escape_markdown(element.text))
    for child in element:
        if not isinstance(child.tag, str):
            pass
        elif is_furniture(child):
            writer.dropped += 1
        elif depth >= MAX_DEPTH:
            writer.inline.append(escape_markdown(child.text_content()))
        elif child.tag in HEADINGS:
            writer.flush(indent)
            text = _inline_text(child, writer)
            if text:
                writer.blocks.append(f"{indent}{'#' * HEADINGS[child.tag]} {text}")
        elif child.tag in ("ol", "ul"):
            writer.flush(indent)
            _list(child, writer, indent, depth)
        elif child.tag == "pre" or _is_code_line(child):
            writer.flush(indent)
            _code_block(_code_text(child), writer, indent)
        elif child.tag == "blockquote" and not _is_indentation(child):
            writer.flush(indent)
            _block(child, writer, indent + "> ", depth + 1)
            writer.flush(indent + "> ")
        elif child.tag == "br":
            writer.inline.append("\n")
            if child.getprevious() is not None and child.getprevious().tag == "br":
                writer.flush(indent)
        elif child.tag in BLOCK_TAGS:
            writer.flush(indent)
            _block(child, writer, indent, depth + 1)
            writer.flush(indent)
        else:
            writer.inline.append(_inline(child, writer))
        if child.tail:
            writer.inline.append(escape_markdown(child.tail))


def _code_block(code: str, writer: _Writer, indent: str) -> None:
    fence = "~~~~" if "```" in code else "```"
    lines = "\n".join(indent + line for line in code.split("\n"))
    writer.blocks.append(f"{indent}{fence}\n{lines}\n{indent}{fence}")


def _code_text(element: HtmlElement) -> str:
    """An element's text as code: a <br> inside it ends a line."""
    parts = [element.text or ""]
    for inner in element.iterdescendants():
        parts.append("\n" if inner.tag == "br" else inner.text or "")
        parts.append(inner.tail or "")
    return "".join(parts).strip("\n")


def _is_code_line(element: HtmlElement) -> bool:
    """A paragraph that holds nothing but <code> (lines split by <br>) shows what to type.

    Hand-written pages put each command in its own <p><code>…</code>, where a generator
    would write a <pre>; read it as a code block so the sentence before it leads a command.
    """
    if element.tag not in ("p", "div") or (element.text or "").strip():
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    codes = [child for child in children if child.tag == "code"]
    return (
        bool(codes)
        and all(child.tag in ("code", "br") for child in children)
        and all(not (child.tail or "").strip() for child in children)
    )


def _is_indentation(element: HtmlElement) -> bool:
    """A <blockquote> right under a heading, or holding one, indents a section: no quotation.

    Pages written before CSS indented every section's body this way; its content is read
    in place, as the section's own text.
    """
    previous = element.getprevious()
    follows_heading = previous is not None and previous.tag in HEADINGS
    return follows_heading or any(True for _ in element.iter(*HEADINGS))


def _list(element: HtmlElement, writer: _Writer, indent: str, depth: int) -> None:
    """Write a list, numbered from its start attribute, items holding their own blocks."""
    ordered = element.tag == "ol" or _labelled_steps(element)
    start = element.get("start", "1")
    number = int(start) if start.strip().isdigit() else 1
    for item in element:
        if not isinstance(item.tag, str) or is_furniture(item):
            continue
        if item.tag in ("ol", "ul"):  # a list straight inside a list: read it in place
            _list(item, writer, indent, depth + 1)
            continue
        heading = _lone_heading(item)
        if heading is not None:  # an item that only holds a heading titles what follows
            _block(item, writer, indent, depth + 1)
            continue
        marker = f"{number}. " if ordered else "- "
        number += 1
        inner = _Writer(writer.base_url)
        _block(item, inner, "", depth + 1)
        inner.flush()
        writer.dropped += inner.dropped
        pad = indent + " " * len(marker)
        if not inner.blocks:
            continue
        first, *rest = inner.blocks
        lines = first.split("\n")
        text = "\n".join([indent + marker + lines[0], *(pad + line for line in lines[1:])])
        for block in rest:
            text += "\n\n" + "\n".join(pad + line for line in block.split("\n"))
        writer.blocks.append(text)


def _labelled_steps(element: HtmlElement) -> bool:
    """A bullet list whose every item carries a "Step N" label is a numbered list."""
    items = [item for item in element if item.tag == "li" and _lone_heading(item) is None]
    return bool(items) and all(_has_step_label(item) for item in items)


def _lone_heading(item: HtmlElement) -> HtmlElement | None:
    """Return the heading an item holds when it holds nothing else."""
    children = [child for child in item if isinstance(child.tag, str)]
    if len(children) != 1 or children[0].tag not in HEADINGS:
        return None
    if (item.text or "").strip() or (children[0].tail or "").strip():
        return None
    return children[0]


def _has_step_label(item: HtmlElement) -> bool:
    """An item opening with "Step N", or holding an element that is only that label."""
    if _STEP_LABEL.match(item.text_content()):
        return True
    return any(
        isinstance(inner.tag, str) and _STEP_LABEL.fullmatch(inner.text_content())
        for inner in item.iterdescendants()
    )


def _inline(element: HtmlElement, writer: _Writer) -> str:
    """Inline markup as Markdown: links, images, code, emphasis; other tags as their text."""
    tag = element.tag
    if tag == "img":
        src = element.get("src") or element.get("data-src") or ""
        if not src or src.startswith("data:"):
            return ""
        alt = escape_markdown(" ".join((element.get("alt") or "").split()))
        return f" ![{alt}]({urljoin(writer.base_url, src)}) "
    if is_furniture(element):
        writer.dropped += 1
        return ""
    text = _inline_text(element, writer)
    if not text.strip():
        return text
    if tag == "a":
        href = element.get("href") or ""
        unsafe = href.lower().startswith(("javascript:", "mailto:", "data:", "#"))
        return f"[{text}]({urljoin(writer.base_url, href)})" if href and not unsafe else text
    if tag == "code":
        code = element.text_content()
        tick = "``" if "`" in code else "`"
        return f"{tick}{code}{tick}"
    if tag in ("strong", "b"):
        return f"**{text.strip()}** "
    if tag in ("em", "i"):
        return f"*{text.strip()}* "
    return text


def _inline_text(element: HtmlElement, writer: _Writer) -> str:
    parts = [escape_markdown(element.text or "")]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_inline(child, writer) if child.tag != "br" else " ")
        parts.append(escape_markdown(child.tail or ""))
    return " ".join("".join(parts).split())
