"""Drop repeated runs of blocks: the same passage or whole article pasted again."""

from __future__ import annotations

from walker.model import Diagnostic, Level
from walker.parse.blocks import Block, Kind

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
