"""Drop page furniture: raw HTML and ad regions, bylines, tables of contents, buttons."""

from __future__ import annotations

import re
from dataclasses import replace

from walker.model import Diagnostic, Level
from walker.parse.blocks import Block, Kind, strip_html

_AD_HTML = re.compile(
    r"<(?:ins|script|iframe|div|span|aside|a|img|form)\b|adsbygoogle|\bads?\b", re.I
)
_REGION_START = re.compile(r"<!--\s*(.*?)\s*(?:begin|start)s?\s*-->", re.I)
_REGION_END = re.compile(r"<!--\s*(.*?)\s*(?:end|stop)s?\s*-->", re.I)
_AD_NAME = re.compile(r"\b(?:ads?|advert\w*|affiliate|sponsor\w*|promo\w*|banner|widget)\b", re.I)
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)
_DATE_LINE = re.compile(
    rf"^(?:(?:by|posted|published|updated|last updated)\b[^.]{{0,60}}?)?\W*{_MONTH}\b.{{0,40}}$"
    rf"|^(?:by|written by|posted by)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){{0,3}}\W{{0,3}}$"
    r"|^\d{4}-\d{2}-\d{2}\b.{0,40}$",
    re.I,
)
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3} is an? (?:[\w-]+ ){0,3}"
    r"(?:writer|author|editor|blogger|journalist|contributor)\b",
)
_FOLLOW = re.compile(r"^follow\s+@", re.I)
_PROMO = re.compile(
    r"^(?:sponsored|advertisement|advertising|ad|promoted|partner content)\b\s*:?"
    r"|\bunsubscribe\b|\bsubscribe to (?:our|my|the)\b|\bjoin (?:our|my) (?:newsletter|mailing)"
    r"|\bsign up for (?:our|my|the) (?:newsletter|emails?)\b|\bstraight to your inbox\b",
    re.I,
)
_LINK_LABEL = re.compile(
    r"^(?:also read|read also|related(?: posts| articles| reading)?|see also|you may also like"
    r"|recommended(?: for you)?|more from|further reading|read more|share this|like this"
    r"|share on \w+|posted in\b.*|filed under\b.*|tagged\b.*|table of contents|contents"
    r"|in this (?:article|post|guide)|jump to\b.*|on this page)\s*:?$",
    re.I,
)
_COMMENTS = re.compile(
    r"^(?:\d+\s+(?:thoughts|comments|responses|replies)\s+(?:on|to)\b.*|leave a (?:reply|comment)"
    r"|your email address will not be published.*|comments?\s*\(\d+\))\s*$",
    re.I,
)
_LINK_LABEL_LEAD = re.compile(
    r"^(?:also read|read also|related(?: posts| articles| reading)?|see also|read more"
    r"|you may also like|recommended(?: reading)?|more from \w+)\s*:",
    re.I,
)
_BUTTON = re.compile(
    r"\b(?:free download|download now|download for|buy now|try (?:it )?(?:for )?free|free trial"
    r"|get it now|learn more|download (?:win|mac|windows|android|ios)\w*)\b",
    re.I,
)
_HTML_LED = re.compile(
    r"\s*<(?:a|img|div|span|ins|script|iframe|p|figure|button|form|table|center|section|noscript)\b",
    re.I,
)
_AVATAR = re.compile(r"\b(?:author|avatar|profile photo|headshot)\b", re.I)


def drop_furniture(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Remove page furniture; where an ad sat, leave a BREAK block as a boundary hint."""
    kept: list[Block] = []
    dropped = 0
    region: str | None = None  # the name of the ad region being skipped
    comments_until = 0  # a comment section runs to the next top-level heading
    for index, block in enumerate(blocks):
        if comments_until:
            if block.kind is Kind.HEADING and block.level <= comments_until:
                comments_until = 0
            else:
                dropped += 1
                continue
        if block.kind is Kind.PARAGRAPH and _COMMENTS.match(_first_line(block)):
            comments_until = 2
            _add_break(kept, block)
            dropped += 1
            continue
        if region is not None:
            dropped += 1
            end = _REGION_END.search(block.text) if block.kind is Kind.HTML else None
            if end and end.group(1).lower() == region:
                region = None
            continue
        if block.kind is Kind.HTML:
            start = _REGION_START.search(block.text)
            if start and _AD_NAME.search(start.group(1)):
                if not _REGION_END.search(block.text[start.end() :]):
                    region = start.group(1).lower()
                _add_break(kept, block)
            elif _AD_HTML.search(block.text):
                _add_break(kept, block)
            dropped += 1
            continue
        if block.kind is Kind.PARAGRAPH and _HTML_LED.match(block.source):
            if len(block.text) < 400:
                if _AD_HTML.search(block.source):
                    _add_break(kept, block)
                dropped += 1
                continue
        elif _is_furniture(block, blocks, index):
            if _ends_article(block):
                _add_break(kept, block)
            dropped += 1
            continue
        kept.append(_without_html(block))
    diagnostics = []
    if dropped:
        diagnostics.append(
            Diagnostic(
                Level.INFO,
                f"dropped {dropped} block(s) of page furniture (HTML, ads, bylines, links)",
            )
        )
    return kept, diagnostics


def _first_line(block: Block) -> str:
    """The first line of a block as plain text (reader-mode pages put labels on a line)."""
    first = block.source.strip().split("\n", 1)[0]
    return " ".join(re.sub(r"[*_`#>]", "", first).split())


def _ends_article(block: Block) -> bool:
    """Related-links lists and "Also read:" labels sit where one article ends."""
    if block.kind is Kind.LIST:
        return not any(item.anchor_link for item in block.items)
    return bool(_LINK_LABEL.match(block.text.strip())) or _is_related_links(block)


def _add_break(kept: list[Block], block: Block) -> None:
    if not kept or kept[-1].kind is not Kind.BREAK:
        kept.append(Block(Kind.BREAK, block.line, ""))


def _without_html(block: Block) -> Block:
    if "<" not in block.source or block.kind is Kind.CODE:
        return block
    items = tuple(replace(item, source=strip_html(item.source)) for item in block.items)
    return replace(block, source=strip_html(block.source), items=items)


def _is_furniture(block: Block, blocks: list[Block], index: int) -> bool:
    text = block.text.strip()
    if block.kind is Kind.PARAGRAPH:
        if block.image_only:
            return all(_AVATAR.search(image.alt) for image in block.images)
        return (
            bool(_DATE_LINE.match(text))
            or bool(_AUTHOR_BIO.match(text))
            or bool(_FOLLOW.match(text))
            or bool(_LINK_LABEL.match(_first_line(block)))
            or bool(_PROMO.search(text) and len(text) < 300)
            or _is_related_links(block)
            or _is_button(block)
            or _is_author_name(block, blocks, index)
        )
    if block.kind is Kind.QUOTE:
        return _is_related_links(block)
    if block.kind is Kind.HEADING:
        return block.level >= 3 and _is_author_name(block, blocks, index)
    if block.kind is Kind.LIST:
        return bool(block.items) and all(item.link_only for item in block.items)
    return False


def _is_related_links(block: Block) -> bool:
    """ "Also read: [one](..) | [two](..)": a label and links, nothing else."""
    lead = _LINK_LABEL_LEAD.match(block.text)
    return lead is not None and len(block.link_text) >= (len(block.text) - lead.end()) * 0.6


def _is_button(block: Block) -> bool:
    text = block.text
    if not block.link_text and not block.images:
        return False
    outside = len(text) - len(block.link_text)
    return bool(_BUTTON.search(text)) and outside < 60


def _is_author_name(block: Block, blocks: list[Block], index: int) -> bool:
    """A short name right before a date line or an author bio is a byline."""
    words = block.text.split()
    if not 1 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):
        return False
    following = next(
        (blocks[i] for i in range(index + 1, len(blocks)) if not blocks[i].image_only), None
    )
    if following is None or following.kind is not Kind.PARAGRAPH:
        return False
    nxt = following.text.strip()
    return bool(_DATE_LINE.match(nxt) or _AUTHOR_BIO.match(nxt))
