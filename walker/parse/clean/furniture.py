"""Drop page furniture: raw HTML and ad regions, bylines, tables of contents, buttons."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from walker.model import Diagnostic, Level
from walker.parse.blocks import Block, Kind, strip_html
from walker.parse.rules import RuleTable
from walker.parse.vocabulary import (
    AD_HTML,
    AD_REGION_NAME,
    ATTRIBUTION,
    AUTHOR_BIO,
    AVATAR,
    BUTTON,
    COMMENTS_HEADER,
    DATE_LINE,
    FEATURES_LABEL,
    FOLLOW_HANDLE,
    HTML_LED,
    LINK_LIST_LABEL,
    LINK_LIST_LEAD,
    LOOKING_FOR,
    MDX_COMMENT,
    NEXT_STEP_LABEL,
    PROMO,
)

_REGION_START = re.compile(r"<!--\s*(.*?)\s*(?:begin|start)s?\s*-->", re.I)
_REGION_END = re.compile(r"<!--\s*(.*?)\s*(?:end|stop)s?\s*-->", re.I)
_REGION_START_TAIL = re.compile(r"(?:begin|start)s?\s*-->", re.I)
_REGION_END_TAIL = re.compile(r"(?:end|stop)s?\s*-->", re.I)


def _region_start(html: str) -> re.Match[str] | None:
    """Find an ad region's start comment, testing for its tail first.

    The full pattern, tried from every ``<!--``, is slow on a long run of them (well over
    quadratic); a match always ends with the tail, so text without one is skipped at once.
    """
    return _REGION_START.search(html) if _REGION_START_TAIL.search(html) else None


def _region_end(html: str) -> re.Match[str] | None:
    """Find an ad region's end comment, testing for its tail first (see ``_region_start``)."""
    return _REGION_END.search(html) if _REGION_END_TAIL.search(html) else None


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
        if block.kind is Kind.PARAGRAPH and COMMENTS_HEADER.match(_first_line(block)):
            comments_until = 2
            _add_break(kept, block)
            dropped += 1
            continue
        if region is not None:
            dropped += 1
            end = _region_end(block.text) if block.kind is Kind.HTML else None
            if end and end.group(1).lower() == region:
                region = None
            continue
        if block.kind is Kind.HTML:
            start = _region_start(block.text)
            if start and AD_REGION_NAME.search(start.group(1)):
                if not _region_end(block.text[start.end() :]):
                    region = start.group(1).lower()
                _add_break(kept, block)
            elif AD_HTML.search(block.text):
                _add_break(kept, block)
            dropped += 1
            continue
        if block.kind is Kind.PARAGRAPH and HTML_LED.match(block.source):
            if len(block.text) < 400:
                if AD_HTML.search(block.source):
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
    return bool(LINK_LIST_LABEL.match(block.text.strip())) or related_links(block, [], 0)


def _add_break(kept: list[Block], block: Block) -> None:
    if not kept or kept[-1].kind is not Kind.BREAK:
        kept.append(Block(Kind.BREAK, block.line, ""))


def _without_html(block: Block) -> Block:
    if "<" not in block.source or block.kind is Kind.CODE:
        return block
    items = tuple(replace(item, source=strip_html(item.source)) for item in block.items)
    return replace(block, source=strip_html(block.source), items=items)


FurnitureRule = Callable[[Block, list[Block], int], bool]
"""A furniture rule: (block, all blocks, its index) to whether the block is page furniture."""

FURNITURE_BLOCKS: RuleTable[FurnitureRule] = RuleTable("furniture-blocks")
"""Blocks of page furniture among the article's own text; any rule that says yes drops one."""


@FURNITURE_BLOCKS.rule("avatar-pictures", found_in=("web-fixture:r6_tut_do_nginx_server_block",))
def avatar_pictures(block: Block, blocks: list[Block], index: int) -> bool:
    """A paragraph of pictures that are all author avatars or headshots."""
    return (
        block.kind is Kind.PARAGRAPH
        and block.image_only
        and (all(AVATAR.search(image.alt) for image in block.images))
    )


def _prose(block: Block) -> str:
    """The text of a paragraph that is not only pictures ('' for anything else)."""
    return block.text.strip() if block.kind is Kind.PARAGRAPH and not block.image_only else ""


@FURNITURE_BLOCKS.rule(
    "byline-date", found_in=("web-fixture:r2blog_faq_ebike_battery", "web-fixture:r5_dns_windows11")
)
def byline_date(block: Block, blocks: list[Block], index: int) -> bool:
    """A byline or date line: "By Jane Doe", "Updated March 3, 2024", "2024-03-03"."""
    return bool(DATE_LINE.match(_prose(block))) if _prose(block) else False


@FURNITURE_BLOCKS.rule("author-bio", found_in=("web-fixture:r6_tut_do_nginx_server_block",))
def author_bio(block: Block, blocks: list[Block], index: int) -> bool:
    """An author's biography: "Jane Doe is a tech writer who ..."."""
    return bool(AUTHOR_BIO.match(_prose(block))) if _prose(block) else False


@FURNITURE_BLOCKS.rule("follow-handle", found_in=("rule-fixture", "seeds"))
def follow_handle(block: Block, blocks: list[Block], index: int) -> bool:
    """A "Follow @someone" line."""
    return bool(FOLLOW_HANDLE.match(_prose(block))) if _prose(block) else False


@FURNITURE_BLOCKS.rule("link-list-label", found_in=("web-fixture:r2blog_faq_ebike_battery",))
def link_list_label(block: Block, blocks: list[Block], index: int) -> bool:
    """A label over links elsewhere: "Related posts", "Table of contents", "Tagged ..."."""
    return bool(_prose(block)) and bool(LINK_LIST_LABEL.match(_first_line(block)))


@FURNITURE_BLOCKS.rule(
    "promo-text", found_in=("web-fixture:r4_reader_mode_bike_chain", "web-fixture:r5_dns_windows11")
)
def promo_text(block: Block, blocks: list[Block], index: int) -> bool:
    """A short sponsored or newsletter paragraph ("Subscribe to our newsletter")."""
    text = _prose(block)
    return bool(text) and bool(PROMO.search(text)) and len(text) < 300


@FURNITURE_BLOCKS.rule("related-links", found_in=("web-fixture:r4_prose_ordinals_radiator",))
def related_links(block: Block, blocks: list[Block], index: int) -> bool:
    """ "Also read: [one](..) | [two](..)": a label and links, nothing else (or quoted)."""
    if block.kind is not Kind.QUOTE and not _prose(block):
        return False
    lead = LINK_LIST_LEAD.match(block.text)
    return lead is not None and len(block.link_text) >= (len(block.text) - lead.end()) * 0.6


@FURNITURE_BLOCKS.rule("download-button", found_in=("web-fixture:r6_tut_do_nginx_server_block",))
def download_button(block: Block, blocks: list[Block], index: int) -> bool:
    """A link or picture worded as a button: "Download now", "Buy now", "Free trial"."""
    text = _prose(block)
    if not text or (not block.link_text and not block.images):
        return False
    return bool(BUTTON.search(text)) and len(text) - len(block.link_text) < 60


@FURNITURE_BLOCKS.rule("byline-name", found_in=("web-fixture:r3_instructables_pallet_cart",))
def byline_name(block: Block, blocks: list[Block], index: int) -> bool:
    """A short name (a paragraph or a minor heading) right before a date line or a bio."""
    is_candidate = bool(_prose(block)) or (block.kind is Kind.HEADING and block.level >= 3)
    return is_candidate and _is_author_name(block, blocks, index)


@FURNITURE_BLOCKS.rule(
    "link-only-list", found_in=("web-fixture:r4_reddit_guide_nvidia_blackscreen",)
)
def link_only_list(block: Block, blocks: list[Block], index: int) -> bool:
    """A list whose every item is only a link (related posts, a table of contents)."""
    return block.kind is Kind.LIST and bool(block.items) and all(i.link_only for i in block.items)


@FURNITURE_BLOCKS.rule("mdx-comment", found_in=("corpus:open-webui/docs",))
def mdx_comment(block: Block, blocks: list[Block], index: int) -> bool:
    """A paragraph that is only an MDX comment ``{/* ... */}``: it renders nothing."""
    return block.kind is Kind.PARAGRAPH and bool(MDX_COMMENT.match(block.source.strip()))


@FURNITURE_BLOCKS.rule("attribution-line", found_in=("corpus:freeCodeCamp/guide",))
def attribution_line(block: Block, blocks: list[Block], index: int) -> bool:
    """A short credit line: "Source: ...", "This list was adapted from ..."."""
    text = _prose(block)
    return bool(text) and len(text) < 200 and bool(ATTRIBUTION.search(text))


@FURNITURE_BLOCKS.rule("next-step-pointer", found_in=("corpus:enatsek/Debian-Ubuntu",))
def next_step_pointer(block: Block, blocks: list[Block], index: int) -> bool:
    """A closing "Next step: ..." paragraph that points to another guide, last in the file."""
    if not _prose(block) or not NEXT_STEP_LABEL.match(_first_line(block)):
        return False
    return all(later.kind in (Kind.HEADING, Kind.BREAK, Kind.HTML) for later in blocks[index + 1 :])


@FURNITURE_BLOCKS.rule("feature-list", found_in=("corpus:vijaybhaskar184/devilsworkshop.org",))
def feature_list(block: Block, blocks: list[Block], index: int) -> bool:
    """A "Features of X" / "Key features" label and the list right under it: a product pitch."""
    if block.kind is Kind.LIST:
        return index > 0 and _is_features_label(blocks[index - 1])
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return _is_features_label(block) and following is not None and following.kind is Kind.LIST


def _is_features_label(block: Block) -> bool:
    return bool(_prose(block)) and bool(FEATURES_LABEL.match(_first_line(block)))


@FURNITURE_BLOCKS.rule("looking-for-promo", found_in=("corpus:open-webui/docs",))
def looking_for_promo(block: Block, blocks: list[Block], index: int) -> bool:
    """A box that asks "Looking for ...?" and links to another product or page."""
    return bool(_prose(block)) and bool(block.link_text) and bool(LOOKING_FOR.match(block.source))


def _is_furniture(block: Block, blocks: list[Block], index: int) -> bool:
    return any(rule(block, blocks, index) for rule in FURNITURE_BLOCKS.active())


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
    return bool(DATE_LINE.match(nxt) or AUTHOR_BIO.match(nxt))
