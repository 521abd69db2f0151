"""Split one cleaned block list into articles (a new title after the previous end) and goals."""

from __future__ import annotations

from collections.abc import Callable

from walker.parse.blocks import Block, Kind, section_end
from walker.parse.rules import RuleTable
from walker.parse.vocabulary import DANGLING_WORDS, ENDING_TITLE, LIFECYCLE_HEADING

GoalSplit = Callable[[list[Block], str], list[list[Block]]]
"""A goal split: (one article's blocks, its title) to the guides it holds, in file order."""

GOAL_SPLITS: RuleTable[GoalSplit] = RuleTable("goal-splits")
"""Sections of an article with a goal of their own, walked on another day: each a guide."""


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


def split_goals(article: list[Block], title: str) -> list[list[Block]]:
    """Run the goal splits over one article, each over the guides the last one left."""
    guides = [article]
    for rule in GOAL_SPLITS.active():
        guides = [part for guide in guides for part in rule(guide, title)]
    return guides


@GOAL_SPLITS.rule(
    "lifecycle-sections",
    found_in=("corpus:jellyfin/jellyfin.org", "corpus:linode/docs"),
)
def lifecycle_sections(article: list[Block], title: str) -> list[list[Block]]:
    """Sections headed "Uninstalling X", "Restore from ...", "Manage X", "Updating X": a guide.

    Sections of one goal at one heading level (restoring from either kind of backup) make one
    guide together, under a title of the words their headings share. A goal whose sections
    hold no list or code block has no procedure of its own and stays where it is, and so does
    a goal that the article's own title names.
    """
    own = _goal(_strip_title(title))
    groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
    taken_until = 0
    for index, block in enumerate(article):
        if index < taken_until or block.kind is not Kind.HEADING or block.level < 2:
            continue
        goal = _goal(block.text)
        if not goal or goal == own:
            continue
        end = section_end(article, index)
        if not _has_content(article[index + 1 : end]):
            continue
        groups.setdefault((goal, block.level), []).append((index, end))
        taken_until = end
    split = [
        [article[i] for start, end in spans for i in range(start, end)] for spans in groups.values()
    ]
    split = [part for part in split if any(b.kind in (Kind.LIST, Kind.CODE) for b in part)]
    taken = {id(block) for part in split for block in part}
    rest = [block for block in article if id(block) not in taken]
    if not split or not _has_content(rest):
        return [article]
    return [rest, *(_titled(part) for part in split)]


def _titled(part: list[Block]) -> list[Block]:
    """Put a title over a goal gathered from several sections: the words their headings share."""
    level = part[0].level
    headings = [b.text.split() for b in part if b.kind is Kind.HEADING and b.level == level]
    if len(headings) < 2:
        return part
    shared: list[str] = []
    for words in zip(*headings, strict=False):
        if any(word.lower() != words[0].lower() for word in words):
            break
        shared.append(words[0])
    while shared and shared[-1].lower() in DANGLING_WORDS:
        shared.pop()
    title = " ".join(shared) or part[0].text
    heading = Block(Kind.HEADING, part[0].line, f"{'#' * (level - 1)} {title}", title, level - 1)
    return [heading, *part]


def _goal(text: str) -> str:
    """The other-day goal a heading names ("uninstall", "restore" ...), or ''."""
    found = LIFECYCLE_HEADING.match(text.strip())
    return (found.lastgroup or "") if found else ""


def _strip_title(title: str) -> str:
    return title.strip().strip("#").strip()
