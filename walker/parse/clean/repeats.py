"""Drop repeated runs of blocks: the same passage or whole article pasted again."""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import accumulate

from walker.model import Diagnostic, Level
from walker.parse.blocks import Block, Kind, section_end
from walker.parse.vocabulary import STEP_LABEL

MIN_RUN_CHARS = 80
MIN_SINGLE_CHARS = 200


def _key(block: Block) -> str:
    if block.kind is Kind.BREAK:
        return ""
    return f"{block.kind}:{block.level}:{' '.join(block.source.split())}"


def drop_repeats(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Keep the first copy of any repeated run of blocks (never splitting code apart).

    A run repeated under another heading than its first copy ("Turn it right side out" in
    both the "With a ribbon" and the "Without a ribbon" way) is the same step in another
    way of doing it, not a paste: it stays.
    """
    first_seen: dict[str, int] = {}
    keys = [_key(block) for block in blocks]
    contexts = _contexts(blocks)
    runs_of = _Runs(keys)
    last_content = _last_non_heading(blocks)
    chars_before = list(accumulate((len(block.source) for block in blocks), initial=0))
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
        if contexts[index] != contexts[earlier]:
            index += 1
            continue
        length = runs_of.length(earlier, index)
        if length > 1:  # a heading whose content differs stays with its content
            content = last_content[index + length - 1]
            length = content - index + 1 if content > index else 1
        chars = chars_before[index + length] - chars_before[index]
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


def _contexts(blocks: list[Block]) -> list[str]:
    """For each block, the heading it sits under: for a heading, the nearest one above it of
    a higher level; for any other block, the nearest heading before it ('' for none)."""
    latest: dict[int, tuple[int, str]] = {}  # level -> (index, key) of the last heading there
    found: list[str] = []
    for index, block in enumerate(blocks):
        if block.kind is Kind.HEADING:
            above = [latest[level] for level in latest if level < block.level]
            found.append(max(above)[1] if above else "")
            latest = {level: seen for level, seen in latest.items() if level < block.level}
            latest[block.level] = (index, _key(block))
        else:
            deepest = max(latest.values()) if latest else (-1, "")
            found.append(deepest[1])
    return found


def _last_non_heading(blocks: list[Block]) -> list[int]:
    """For each index, the last index at or before it that is not a heading (-1 if none)."""
    last, found = -1, []
    for index, block in enumerate(blocks):
        if block.kind is not Kind.HEADING:
            last = index
        found.append(last)
    return found


class _Runs:
    """How far the keys from one index repeat those from an earlier one, in O(log n).

    Comparing key by key made a file of n equal headings quadratic; prefix hashes compare
    two stretches at once and a binary search finds where they part. An empty key (a break)
    never repeats.
    """

    _MODULUS = (1 << 61) - 1
    _BASE = 1_000_003

    def __init__(self, keys: list[str]) -> None:
        numbers: dict[str, int] = {}
        self.prefix = [0]
        self.powers = [1]
        for index, key in enumerate(keys):
            number = numbers.setdefault(key, len(numbers) + 1) if key else len(keys) * 2 + index
            self.prefix.append((self.prefix[-1] * self._BASE + number) % self._MODULUS)
            self.powers.append(self.powers[-1] * self._BASE % self._MODULUS)

    def _hash(self, start: int, length: int) -> int:
        shifted = self.prefix[start] * self.powers[length]
        return (self.prefix[start + length] - shifted) % self._MODULUS

    def length(self, earlier: int, index: int) -> int:
        """Count how far the blocks from ``index`` repeat those from ``earlier`` (at least 1)."""
        low, high = 0, min(len(self.prefix) - 1 - index, index - earlier)
        while low < high:
            middle = (low + high + 1) // 2
            if self._hash(earlier, middle) == self._hash(index, middle):
                low = middle
            else:
                high = middle - 1
        return max(low, 1)


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
        end = section_end(blocks, index)
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


def _plain(block: Block) -> str:
    return block.text or " ".join(item.text for item in block.items)
