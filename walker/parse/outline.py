"""Pass 4: a flat block list to a tree of headings, each with its blocks and subsections."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from walker.parse.blocks import Block, Kind
from walker.parse.rules import RuleTable
from walker.parse.text import NUMBERED


@dataclass(frozen=True)
class Outline:
    """A heading (None at the root) with the blocks under it and its subheadings."""

    heading: Block | None
    blocks: tuple[Block, ...] = ()
    children: tuple[Outline, ...] = ()

    @property
    def level(self) -> int:
        """Return the heading level (0 for the root)."""
        return self.heading.level if self.heading else 0

    @property
    def title(self) -> str:
        """Return the heading's plain text ('' for the root)."""
        return self.heading.text if self.heading else ""

    @property
    def line(self) -> int | None:
        """Return the heading's line, or the first block's."""
        if self.heading:
            return self.heading.line
        return self.blocks[0].line if self.blocks else None

    def all_blocks(self) -> Iterator[Block]:
        """Yield this section's blocks, then every subsection's heading and blocks, in order."""
        yield from self.blocks
        for child in self.children:
            if child.heading:
                yield child.heading
            yield from child.all_blocks()


LevelRule = Callable[[list[Block]], list[Block]]
"""An outline rule: the block list to the same blocks, with headings set to the level they mean."""

HEADING_LEVELS: RuleTable[LevelRule] = RuleTable("heading-levels")
"""Heading levels corrected before nesting, in order."""


@HEADING_LEVELS.rule(
    "numbered-heading-siblings", found_in=("corpus:SebastianWild/blog", "rule-fixture")
)
def numbered_heading_siblings(blocks: list[Block]) -> list[Block]:
    """Numbered headings that count on ("## 2)" then "### 3)") are siblings, whatever their level.

    A heading numbered one more than the numbered heading before it, but deeper, takes that
    heading's level; headings under it move up with it.
    """
    result: list[Block] = []
    last: tuple[int, int, int] | None = None  # number, level as written, level it means
    shift = 0  # how far the headings under a moved numbered heading move up
    for block in blocks:
        if block.kind is not Kind.HEADING:
            result.append(block)
            continue
        numbered = NUMBERED.match(block.text)
        if numbered is None:
            if last is not None and block.level <= last[1]:
                last, shift = None, 0  # the numbered run ended
            result.append(replace(block, level=max(1, block.level - shift)) if shift else block)
            continue
        number = int(numbered.group(1))
        level = block.level
        if last is not None and number == last[0] + 1 and level >= last[2]:
            level = last[2]
        shift = block.level - level
        last = (number, block.level, level)
        result.append(replace(block, level=level) if shift else block)
    return result


def build_outline(blocks: list[Block]) -> Outline:
    """Nest headings by level: each heading owns what follows until a heading as high.

    Heading levels are corrected by the heading-levels rules first. Blocks that follow a
    closed tab group become a headless child, keeping their order.
    """
    for rule in HEADING_LEVELS.active():
        blocks = rule(blocks)
    root, _ = _section(None, blocks, 0)
    return root


def _section(heading: Block | None, blocks: list[Block], start: int) -> tuple[Outline, int]:
    own: list[Block] = []
    children: list[Outline] = []
    trailing: list[Block] = []  # blocks after a closed tab group, in their place
    level = heading.level if heading else 0
    index = start
    while index < len(blocks):
        block = blocks[index]
        if block.kind is Kind.CLOSE:
            if block.level <= level:
                break
            index += 1
            continue
        if block.kind is Kind.HEADING:
            if block.level <= level:
                break
            if trailing:
                children.append(Outline(None, tuple(trailing)))
                trailing = []
            child, index = _section(block, blocks, index + 1)
            children.append(child)
            continue
        if block.kind is Kind.BREAK:
            pass
        elif not children:
            own.append(block)
        else:
            trailing.append(block)
        index += 1
    if trailing:
        children.append(Outline(None, tuple(trailing)))
    return Outline(heading, tuple(own), tuple(children)), index
