"""Raw HTML inside Markdown, read as the Markdown blocks it stands for.

WordPress exports and READMEs carry their structure as HTML: ``<p>`` paragraphs, ``<ol><li>``
steps, ``<h2>`` headings, ``<pre><code>`` commands, ``<details><summary>`` sections. The
converter streams the HTML through the standard library's `HTMLParser` and writes equivalent
Markdown, each block on (or after) the source line its element started on, so that
`to_blocks` gives blocks with true line numbers. Ad and tracking markup (scripts, iframes,
``<ins class="adsbygoogle">``, share widgets, ``<div class="ad">``) is not converted: its start
tag is left as an HTML block of its own for the page-furniture rule to judge.

Linear time on hostile input: every element is pushed and popped at most once, an end tag
with no open element is ignored in O(1), and containers nest at most `MAX_CONTAINERS` deep
(deeper lists and quotes read as their parent's text, as markdown-it would cut them anyway).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from walker.parse.text import MAX_HEADING_LEVEL
from walker.parse.vocabulary import HTML_FURNITURE_CLASS

CLOSE_MARK = "<!--walker-details-end-->"
"""The comment written where a ``<details>`` ends: the clean rule makes it a CLOSE block."""

MAX_CONTAINERS = 8
"""How deep lists and quotes nest in the Markdown written (markdown-it stops at 20)."""

FURNITURE_TAG_KEYS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "ins",
    "object",
    "embed",
    "form",
    "button",
    "svg",
    "template",
    "nav",
    "select",
    "head",
    "textarea",
    "canvas",
    "video",
    "audio",
    "map",
)
"""Elements that are never article text: scripts, embeds, forms, navigation."""

PARAGRAPH_ENDING_TAG_KEYS = ("p", "li", "summary")
"""Elements whose start ends an open ``<p>``."""

RAW_TEXT_TAG_KEYS = ("script", "style", "textarea", "pre")
"""Elements whose HTML block in Markdown runs to their end tag (CommonMark's type 1)."""

VOID_TAG_KEYS = (
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
)
"""Elements without an end tag."""

STRUCTURE_TAG_KEYS = (
    "p",
    "li",
    "ol",
    "ul",
    "blockquote",
    "summary",
    "details",
    "pre",
    "table",
    "tr",
    "td",
    "th",
)
"""Elements the converter writes as Markdown structure (besides headings)."""

BLOCK_TAG_KEYS = (
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "center",
    "address",
    "fieldset",
    "dl",
    "dt",
    "dd",
    "hgroup",
    "body",
    "html",
)
"""Elements that only separate blocks: what they hold is read as it stands."""

_INLINE_MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_HEADING = re.compile(r"h[1-6]")
_BREAK = "\x00"  # a <br>: control characters never reach the parser (read.py replaces them)
_ESCAPED = re.compile(r"([\\`*_\[\]<])|&(?=#?\w+;)")
_LINE_MARKER = re.compile(r"^(?:(#{1,6}|[-+=>|])(?=\s|$|[-=])|(\d{1,9})([.)]))")
_SPACE = re.compile(r"[ \t\n\r\f]+")
_LANGUAGE = re.compile(r"\b(?:language|lang)-([\w+#.-]+)")


@dataclass
class _Container:
    """A list item or a quote: the prefix of its first line and of every line after it."""

    first: str
    rest: str
    started: bool = False


@dataclass
class _Element:
    """An open element the converter cares about, with what closing it must write."""

    tag: str
    closing: str = ""  # inline Markdown written at the end tag (``**``, ``](href)``)
    container: bool = False
    counter: list[int] = field(default_factory=list)  # an <ol>/<ul>: [next number] or []


class _Converter(HTMLParser):
    """Stream HTML into Markdown lines (see the module docstring)."""

    def __init__(self, summary_level: int) -> None:
        super().__init__(convert_charrefs=True)
        self.summary_level = summary_level
        self.lines: list[str] = []
        self.containers: list[_Container] = []
        self.stack: list[_Element] = []
        self.lists: list[_Element] = []  # the open <ol> and <ul>, innermost last
        self.open_tags: Counter[str] = Counter()
        self.marks: Counter[str] = Counter()  # the closing marks of the open elements
        self.inline: list[str] = []
        self.inline_line = 0
        self.has_text = False  # the inline text gathered holds more than spaces
        self.heading = 0  # the level of the heading being written, 0 outside one
        self.pre: list[str] | None = None  # the text of a <pre> being read
        self.pre_language = ""
        self.skip_tag = ""  # furniture being skipped, and how deep in it we are
        self.skip_depth = 0
        self.breaks = 0  # <br> in a row
        self.after_item = False  # the last line written ends a list item

    # --- writing Markdown -----------------------------------------------------------------

    def _prefix(self) -> str:
        parts = []
        for container in self.containers:
            parts.append(container.rest if container.started else container.first)
            container.started = True
        return "".join(parts)

    def _blank_prefix(self) -> str:
        quotes = (c.rest for c in self.containers if c.started and c.first.startswith(">"))
        return "".join(quotes).rstrip()

    def _write_block(self, block_lines: list[str], line: int) -> None:
        """Write a block, after a blank line, on its source line if the text is not past it."""
        next_item = self.after_item and self.containers and not self.containers[-1].started
        if self.lines and not next_item:
            self.lines.append(self._blank_prefix())
        self.after_item = False
        while len(self.lines) < line - 1:
            self.lines.append(self._blank_prefix())
        for text in block_lines:
            self.lines.append(self._prefix() + text)

    def _flush(self) -> None:
        """Write the inline text gathered so far as a paragraph (or the open heading)."""
        text = "".join(self.inline)
        self.inline, self.has_text = [], False
        rows = [" ".join(_SPACE.split(row)).strip() for row in text.split(_BREAK)]
        while rows and not rows[-1]:
            rows.pop()
        while rows and not rows[0]:
            rows.pop(0)
        if not rows:
            return
        if self.heading:
            self._write_block(["#" * self.heading + " " + " ".join(rows)], self.inline_line)
            return
        rows = [_escape_marker(row) for row in rows]
        self._write_block([row + "\\" for row in rows[:-1]] + rows[-1:], self.inline_line)

    def _text(self, text: str) -> None:
        if not self.has_text:
            self.inline_line = self.getpos()[0]
            self.has_text = bool(text.strip())
        self.inline.append(text)

    # --- the parser's callbacks -------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element: write what it stands for, or skip it if it is furniture."""
        values = {name: value or "" for name, value in attrs}
        if self.skip_tag:
            self.skip_depth += tag == self.skip_tag and tag not in VOID_TAG_KEYS
            return
        if tag in FURNITURE_TAG_KEYS or HTML_FURNITURE_CLASS.search(
            f"{values.get('class', '')} {values.get('id', '')}"
        ):
            self._leave_for_furniture(tag)
            return
        if self.pre is not None:
            if tag == "br":
                self.pre.append("\n")
            self.pre_language = self.pre_language or _language(values)
            return
        if tag != "br":
            self.breaks = 0
        if tag in VOID_TAG_KEYS:
            self._void(tag, values)
        elif tag in _INLINE_MARKS or tag in ("a", "code"):
            self._open_inline(tag, values)
        elif tag in STRUCTURE_TAG_KEYS or _HEADING.fullmatch(tag):
            self._open_block(tag, values)
        elif tag in BLOCK_TAG_KEYS:
            self._flush()

    def _leave_for_furniture(self, tag: str) -> None:
        """Skip furniture, leaving its start tag as an HTML block for the furniture rule."""
        self._flush()
        if tag not in VOID_TAG_KEYS:
            self.skip_tag, self.skip_depth = tag, 1
        if not self.containers:
            raw = " ".join((self.get_starttag_text() or f"<{tag}>").split())
            self._write_block(
                [raw + (f"</{tag}>" if tag in RAW_TEXT_TAG_KEYS else "")], self.getpos()[0]
            )
            self.lines.append("")

    def _void(self, tag: str, values: dict[str, str]) -> None:
        if tag == "br":
            self.breaks += 1
            if self.breaks >= 2:
                self._flush()
            else:
                self._text(_BREAK)
        elif tag == "img" and values.get("src") and not _is_pixel(values):
            alt = " ".join(values.get("alt", "").split()).replace("[", "(").replace("]", ")")
            self._text(f"![{alt}]({_destination(values['src'])})")
        elif tag == "hr" and not self.containers:
            self._flush()
            self._write_block(["* * *"], self.getpos()[0])

    def _open_inline(self, tag: str, values: dict[str, str]) -> None:
        if tag == "a":
            href = values.get("href", "").strip()
            usable = href and not href.lower().startswith(("javascript:", "data:"))
            self._text("[" if usable else "")
            self._push(tag, f"]({_destination(href)})" if usable else "")
        elif tag == "code":
            self._text("`")
            self._push(tag, "`")
        elif self.heading or self.marks[_INLINE_MARKS[tag]]:
            self._push(tag, "")  # emphasis in a heading, or inside the same emphasis, adds nothing
        elif self.inline and self.inline[-1] == _INLINE_MARKS[tag]:
            self.inline.pop()  # "</em><em>" is one emphasis
            self._push(tag, _INLINE_MARKS[tag])
        else:
            self._text(_INLINE_MARKS[tag])
            self._push(tag, _INLINE_MARKS[tag])

    def _open_block(self, tag: str, values: dict[str, str]) -> None:
        if tag in PARAGRAPH_ENDING_TAG_KEYS or _HEADING.fullmatch(tag):
            self._close_open("p")
        self._flush()
        if tag in ("ol", "ul"):
            start = values.get("start", "1")
            self._push(tag, counter=[int(start) if start.isdigit() else 1] if tag == "ol" else [])
        elif tag == "li":
            self._open_item()
        elif tag == "blockquote" and len(self.containers) < MAX_CONTAINERS:
            self.containers.append(_Container("> ", "> "))
            self._push(tag, container=True)
        elif _HEADING.fullmatch(tag) or tag == "summary":
            self.heading = int(tag[1]) if tag != "summary" else self.summary_level
            self._push(tag)
        elif tag == "pre":
            self.pre, self.pre_language = [], _language(values)
            self.inline_line = self.getpos()[0]
            self._push(tag)
        else:
            self._push(tag)

    def _open_item(self) -> None:
        """An <li> ends the item before it; it is numbered if its list is an <ol>."""
        self._close_open("li", within=("ol", "ul"))
        if len(self.containers) >= MAX_CONTAINERS:
            self._push("li")
            return
        counter = self.lists[-1].counter if self.lists else []
        marker = f"{counter[0]}. " if counter else "- "
        if counter:
            counter[0] += 1
        self.containers.append(_Container(marker, " " * len(marker)))
        self._push("li", container=True)

    def _close_open(self, tag: str, within: tuple[str, ...] = ()) -> None:
        """Close an open element implied closed by a new one (a <p> by a <p>, an <li> by one)."""
        for element in reversed(self.stack):
            if element.tag == tag:
                self.handle_endtag(tag)
                return
            if element.tag in within or element.container or element.tag in ("ol", "ul"):
                return
            if not element.closing:
                return

    def _push(
        self,
        tag: str,
        closing: str = "",
        *,
        container: bool = False,
        counter: list[int] | None = None,
    ) -> None:
        element = _Element(tag, closing, container, counter or [])
        self.stack.append(element)
        self.open_tags[tag] += 1
        self.marks[closing] += 1
        if tag in ("ol", "ul"):
            self.lists.append(element)

    def handle_endtag(self, tag: str) -> None:
        """Close an element and those left open inside it; an end tag nothing opened is ignored."""
        if self.skip_tag:
            self.skip_depth -= tag == self.skip_tag
            if self.skip_depth <= 0:
                self.skip_tag = ""
            return
        if tag in BLOCK_TAG_KEYS:
            if self.pre is None:
                self._flush()
            return
        while self.open_tags[tag]:
            if self._pop().tag == tag:
                break
        if tag == "details" and not self.containers:
            self._flush()  # a <details> ends here, opened in this block or an earlier one
            self._write_block([CLOSE_MARK], self.getpos()[0])
            self.lines.append("")

    def _pop(self) -> _Element:
        """Close the innermost open element."""
        element = self.stack.pop()
        self.open_tags[element.tag] -= 1
        self.marks[element.closing] -= 1
        if self.lists and self.lists[-1] is element:
            self.lists.pop()
        self._close(element)
        return element

    def _close(self, element: _Element) -> None:
        if element.tag == "pre" and self.pre is not None:
            self._write_code("".join(self.pre))
            self.pre = None
        elif element.closing:
            self._close_inline(element)
        elif _HEADING.fullmatch(element.tag) or element.tag == "summary":
            self._flush()
            self.heading = 0
        elif element.tag in ("td", "th"):
            self._text(" ")
        else:
            self._flush()
        if element.container:
            self.containers.pop()
            self.after_item = element.tag == "li"

    def _close_inline(self, element: _Element) -> None:
        if element.tag == "code" and self.pre is not None:
            return
        if element.tag == "a" and self.inline and self.inline[-1] == "[":
            self.inline.pop()  # a link with nothing in it is no link
            return
        self._text(element.closing)

    def handle_data(self, data: str) -> None:
        """Text: kept as it is inside <pre>, escaped for Markdown elsewhere."""
        if self.skip_tag:
            return
        if self.pre is not None:
            self.pre.append(data)
        elif data.strip() or self.inline:
            self.breaks = 0 if data.strip() else self.breaks
            code = any(element.tag == "code" for element in self.stack[-2:])
            self._text(data.replace("`", "'") if code else _escape(data))

    def handle_comment(self, data: str) -> None:
        """A comment at the top level stays a comment (ad regions are marked with them)."""
        if self.skip_tag or self.containers or self.pre is not None:
            return
        self._flush()
        self._write_block([f"<!--{' '.join(data.split())}-->"], self.getpos()[0])
        self.lines.append("")

    def _write_code(self, code: str) -> None:
        code = code.removeprefix("\n").rstrip()
        if not code.strip():
            return
        fence = "`" * max(3, _longest_run(code, "`") + 1)
        body = code.split("\n")
        self._write_block([fence + self.pre_language, *body, fence], self.inline_line)

    def finish(self) -> str:
        """Close whatever is still open and return the Markdown written."""
        self.close()
        if self.skip_tag:
            self.skip_tag = ""
        while self.stack:
            self._pop()
        self._flush()
        return "\n".join(self.lines)


def html_to_markdown(html: str, summary_level: int = MAX_HEADING_LEVEL) -> str:
    """Markdown for a piece of HTML, each block on or after the line its element started.

    A ``<summary>`` becomes a heading of `summary_level`; where its ``<details>`` ends, a
    `CLOSE_MARK` comment line is written.
    """
    converter = _Converter(summary_level)
    converter.feed(html)
    return converter.finish()


def _escape(text: str) -> str:
    return _ESCAPED.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else "&amp;", text)


def _escape_marker(row: str) -> str:
    """Keep a line that starts like a Markdown marker ("1) Run", "# 3") a paragraph line."""
    match = _LINE_MARKER.match(row)
    if not match:
        return row
    if match.group(2):
        return f"{match.group(2)}\\{match.group(3)}{row[match.end() :]}"
    return f"\\{row}"


def _destination(url: str) -> str:
    """A link or image address as Markdown writes it (in angle brackets if it needs them)."""
    url = "%20".join(url.split()).replace("<", "%3C").replace(">", "%3E")
    return f"<{url}>" if "(" in url or ")" in url else url


def _is_pixel(values: dict[str, str]) -> bool:
    """A 1x1 tracking image."""
    return values.get("width", "") in ("0", "1") and values.get("height", "") in ("0", "1")


def _language(values: dict[str, str]) -> str:
    match = _LANGUAGE.search(values.get("class", ""))
    return match.group(1) if match else ""


def _longest_run(text: str, char: str) -> int:
    runs = re.findall(f"{re.escape(char)}+", text)
    return max((len(run) for run in runs), default=0)
