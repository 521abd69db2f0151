"""Build a Guide from one article's blocks and the file's metadata."""

from __future__ import annotations

from dataclasses import dataclass

from walker.model import Guide, Level
from walker.parse.blocks import Block, Kind, plain_text
from walker.parse.front import Metadata
from walker.parse.outline import Outline, build_outline
from walker.parse.recognise.flow import recognise_flow
from walker.parse.recognise.found import Found
from walker.parse.recognise.headings import Role, is_ways_title, role_of
from walker.parse.recognise.passages import clean_title, walks_through
from walker.parse.text import article_title, one_line, pinned_id, slugify
from walker.parse.vocabulary import CODE_LINE, CREDIT

MAX_DESCRIPTION = 200


@dataclass(frozen=True)
class Article:
    """One article of a file: its blocks, and whether the file's metadata applies to it."""

    blocks: tuple[Block, ...]
    first: bool


def build_guide(article: Article, metadata: Metadata, source: str) -> tuple[Guide, Found]:
    """Recognise an article's structure and assemble its (id-less) Guide."""
    use_meta = article.first
    title_block = _title_heading(
        list(article.blocks), has_meta_title=use_meta and bool(metadata.title)
    )
    blocks = [block for block in article.blocks if block is not title_block]
    found = Found(walkthrough=walks_through(blocks))
    announced = title_block is not None and is_ways_title(title_block.text)
    flow = recognise_flow(build_outline(blocks), found, choosing=announced)
    heading_title, pinned = pinned_id(clean_title(title_block.text)) if title_block else ("", "")
    title = article_title((metadata.title if use_meta else "") or heading_title)
    if not title:
        found.note("no title: add a frontmatter 'title' or a '# Title' heading", 1, Level.ERROR)
    description = (metadata.description if use_meta else "") or _description(flow.intro)
    prerequisites = list(metadata.prerequisites) if use_meta else []
    for text in prerequisites:
        found.add_prerequisite(text, 1)
    found.prerequisites.sort(key=lambda p: p.line or 0)
    guide = Guide(
        id=(slugify(metadata.id, "") if use_meta else "") or pinned,
        title=title or source,
        description=description,
        tags=metadata.tags,
        time_minutes=metadata.time_minutes if use_meta else None,
        prerequisites=tuple(found.prerequisites),
        callouts=tuple(found.callouts),
        flow=flow.nodes,
        line=title_block.line if title_block else 1,
        source_url=metadata.source if use_meta else "",
    )
    return guide, found


def _title_heading(blocks: list[Block], *, has_meta_title: bool) -> Block | None:
    """The first H1; else, with no frontmatter title, a leading heading that names no part."""
    for block in blocks:
        if block.kind is Kind.HEADING and block.level == 1:
            return block
    if has_meta_title:
        return None
    first = next((b for b in blocks if b.kind is not Kind.BREAK), None)
    if first is None or first.kind is not Kind.HEADING:
        return None
    return first if role_of(Outline(first)) is Role.PLAIN else None


def _description(intro: str) -> str:
    """The first paragraph of the introduction that reads as prose."""
    for paragraph in intro.split("\n\n"):
        text = " ".join(plain_text(paragraph).split())
        if _is_prose(paragraph, text):
            return one_line(text, MAX_DESCRIPTION)[0]
    return ""


def _is_prose(markdown: str, text: str) -> bool:
    if len(text) < 20 or markdown.lstrip().startswith(("#", "|", "!", "<", "-", ">", "*", "`")):
        return False
    if CODE_LINE.match(text) or CREDIT.search(text):
        return False
    return _link_text_length(markdown) < len(text) / 2


def _link_text_length(markdown: str) -> int:
    r"""Total length of the ``[text](target)`` link texts, found in one left-to-right scan.

    It sums what ``\[([^\]]*)\]\([^)]*\)`` would match, but that regex retries from every
    ``[`` up to the same ``]`` (quadratic on a run of ``[``); here they are skipped at once.
    """
    total = 0
    start = 0
    while (opening := markdown.find("[", start)) != -1:
        closing = markdown.find("]", opening)
        if closing == -1:
            break
        if not markdown.startswith("(", closing + 1):
            start = closing + 1
            continue
        end = markdown.find(")", closing + 2)
        if end == -1:
            break
        total += closing - opening - 1
        start = end + 1
    return total
