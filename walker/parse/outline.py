"""Pass 4: a flat block list to a tree of headings, each with its blocks and subsections."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from walker.parse.blocks import Block, Kind


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


def build_outline(blocks: list[Block]) -> Outline:
    """Nest headings by level: each heading owns what follows until a heading as high.

    Blocks that follow a closed tab group become a headless child, keeping their order.
    """
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
