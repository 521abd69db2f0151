"""Split one cleaned block list into articles: a new title heading after the previous end."""

from __future__ import annotations

from walker.parse.blocks import Block, Kind
from walker.parse.vocabulary import ENDING_TITLE


def is_ending_heading(text: str) -> bool:
    """Tell whether a heading closes an article (Conclusion, Final thoughts, Summary ...)."""
    return bool(ENDING_TITLE.match(text.strip()))


def split_articles(blocks: list[Block]) -> list[list[Block]]:
    """Cut the blocks where a top-level heading follows an ad break after an article's end."""
    articles: list[list[Block]] = [[]]
    ended = False
    broke = False
    for index, block in enumerate(blocks):
        if block.kind is Kind.BREAK:
            broke = True
            continue
        if block.kind is Kind.HEADING:
            starts = block.level <= 2 and broke and (ended or block.level == 1)
            if starts and _has_content(articles[-1]):
                articles.append([])
                ended = False
            if is_ending_heading(block.text):
                ended = True
        articles[-1].append(block)
        broke = broke and block.kind is Kind.HEADING and _kicker(blocks, index)
    return [article for article in articles if article]


def _kicker(blocks: list[Block], index: int) -> bool:
    """A heading followed at once by a higher heading is a kicker over that title."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        following is not None
        and following.kind is Kind.HEADING
        and following.level < blocks[index].level
    )


def _has_content(article: list[Block]) -> bool:
    return any(block.kind is not Kind.HEADING for block in article)
