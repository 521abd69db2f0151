"""A page's bytes to text and to an lxml tree, with what decoding and parsing noticed."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from walker.model import Diagnostic, Level
from walker.parse.read import replace_controls

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_VISIBLE_TEXT = etree.XPath(
    "//text()[not(ancestor::script or ancestor::style or ancestor::template"
    " or ancestor::noscript or ancestor::head)]"
)
MAX_DEPTH = 256  # libxml2's own limit; content nested deeper is not read


@dataclass(frozen=True)
class PageTree:
    """A parsed page: its text (controls replaced), its tree and the diagnostics so far."""

    text: str
    root: HtmlElement
    diagnostics: tuple[Diagnostic, ...] = ()


def decode_page(data: bytes, content_type: str = "") -> str:
    """Decode a page: a byte-order mark, the server's charset, a <meta> charset, else UTF-8."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    declared = _charset(content_type.encode("ascii", "replace")) or _charset(data[:4096])
    for encoding in dict.fromkeys((declared or "utf-8", "utf-8")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", errors="replace")


def _charset(text: bytes) -> str | None:
    found = _META_CHARSET.search(text)
    if not found:
        return None
    name = found.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def visible_text(root: HtmlElement) -> str:
    """The page's text as a reader sees it: no scripts, styles or templates; spaces collapsed."""
    return " ".join(" ".join(_VISIBLE_TEXT(root)).split())


def parse_page(data: bytes, content_type: str = "") -> PageTree:
    """Decode and parse a page; scripts never run, and over-deep nesting is cut and reported."""
    text = replace_controls(_XML_DECLARATION.sub("", decode_page(data, content_type), count=1))
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    diagnostics: list[Diagnostic] = []
    try:
        root = lxml.html.document_fromstring(text or "<html></html>", parser=parser)
    except Exception:  # lxml refuses documents it cannot make anything of
        root = lxml.html.document_fromstring("<html><body></body></html>")
        diagnostics.append(Diagnostic(Level.WARNING, "the page could not be read as HTML"))
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        diagnostics.append(
            Diagnostic(
                Level.WARNING,
                f"the page nests elements more than {MAX_DEPTH} deep; "
                "what lies deeper was left out",
            )
        )
    return PageTree(text, root, tuple(diagnostics))
