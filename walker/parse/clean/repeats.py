"""Drop repeated runs of blocks: the same passage or whole article pasted again."""

from __future__ import annotations

from difflib import SequenceMatcher

from walker.model import Diagnostic, Level
from walker.parse.blocks import Block, Kind
from walker.parse.vocabulary import STEP_LABEL

MIN_RUN_CHARS = 80
MIN_SINGLE_CHARS = 200


def _key(block: Block) -> str:
    if block.kind is Kind.BREAK:
        return ""
    return f"{block.kind}:{block.level}:{' '.join(block.source.split())}"


def drop_repeats(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Keep the first copy of any repeated run of blocks (never splitting code apart)."""
    first_seen: dict[str, int] = {}
    keys = [_key(block) for block in blocks]
    drop = [False] * len(blocks)
    runs = 0
    index = 0
    while index < len(blocks):
        key = keys[index]
        earlier = first_seen.get(key) if key else None
        if earlier is None:
            if key:
                first_seen[key] = index
            index += 1
            continue
        length = _run_length(keys, earlier, index)
        while length > 1 and blocks[index + length - 1].kind is Kind.HEADING:
            length -= 1  # a heading whose content differs stays with its content
        chars = sum(len(blocks[i].source) for i in range(index, index + length))
        if (length >= 2 and chars >= MIN_RUN_CHARS) or chars >= MIN_SINGLE_CHARS:
            for i in range(index, index + length):
                drop[i] = True
            runs += 1
            index += length
        else:
            index += 1
    kept = [block for block, gone in zip(blocks, drop, strict=True) if not gone]
    diagnostics = []
    if runs:
        count = sum(drop)
        diagnostics.append(
            Diagnostic(Level.INFO, f"dropped {count} repeated block(s) in {runs} run(s)")
        )
    return kept, diagnostics


NEAR_COPY = 0.8
MIN_NEAR_COPY_CHARS = 300
MAX_COMPARED = 4000


def drop_near_copies(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Drop a section whose heading repeats an earlier one and whose text is nearly the same.

    Site templates sometimes repeat an article's body with small edits (a sentence added, an
    ad moved); exact matching keeps those, so sections are compared as text.
    """
    sections: dict[str, str] = {}
    drop: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind is not Kind.HEADING:
            continue
        end = _section_end(blocks, index)
        text = " ".join(_plain(b) for b in blocks[index + 1 : end]).lower()
        if len(text) < MIN_NEAR_COPY_CHARS or STEP_LABEL.match(block.text):
            continue
        earlier = sections.get(_key(block))
        if earlier is not None and _nearly_same(earlier, text):
            drop.update(range(index, end))
        else:
            sections.setdefault(_key(block), text)
    diagnostics = []
    if drop:
        diagnostics.append(
            Diagnostic(Level.INFO, f"dropped {len(drop)} block(s) of a section copied with edits")
        )
    return [b for i, b in enumerate(blocks) if i not in drop], diagnostics


def _nearly_same(first: str, second: str) -> bool:
    """Compare two section texts, cheap bounds first and at most a few thousand characters."""
    matcher = SequenceMatcher(None, first[:MAX_COMPARED], second[:MAX_COMPARED], autojunk=False)
    return (
        matcher.real_quick_ratio() >= NEAR_COPY
        and matcher.quick_ratio() >= NEAR_COPY
        and matcher.ratio() >= NEAR_COPY
    )


def _section_end(blocks: list[Block], index: int) -> int:
    level = blocks[index].level
    for end in range(index + 1, len(blocks)):
        if blocks[end].kind is Kind.HEADING and blocks[end].level <= level:
            return end
    return len(blocks)


def _plain(block: Block) -> str:
    return block.text or " ".join(item.text for item in block.items)


def _run_length(keys: list[str], earlier: int, index: int) -> int:
    """Count how far the blocks from ``index`` repeat those from ``earlier``."""
    length = 0
    while (
        index + length < len(keys)
        and earlier + length < index
        and keys[index + length]
        and keys[index + length] == keys[earlier + length]
    ):
        length += 1
    return max(length, 1)
