"""Overview lists: a numbered list that names the sections after it is a table of contents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from walker.parse.blocks import Block, Kind
from walker.parse.outline import Outline

MIN_OVERVIEW, MAX_OVERVIEW = 3, 30  # items in an overview list: a bound keeps the check linear


def overview_list(section: Outline, after: list[Outline]) -> Block | None:
    """The section's one numbered list when most of its items name, in order, sections after it."""
    if section.children:
        return None
    lists = [b for b in section.blocks if b.kind is Kind.LIST and b.ordered]
    if len(lists) != 1 or not MIN_OVERVIEW <= len(lists[0].items) <= MAX_OVERVIEW:
        return None
    items = lists[0].items
    later = [_stems(title) for title in islice(_titles_after(after), 3 * len(items))]
    named = _named_in_order([_stems(item.text) for item in items], later)
    return lists[0] if named * 5 >= len(items) * 3 else None


def _titles_after(sections: list[Outline]) -> Iterator[str]:
    for section in sections:
        yield section.title
        yield from _titles_after(list(section.children))


def _stems(text: str) -> set[str]:
    """The longer words of a text, without -ing, -e or -s endings ("Removing" and "Remove" meet)."""
    words = (word.lower() for word in re.findall(r"[A-Za-z]{4,}", text))
    return {re.sub(r"(?:ing|e|s)$", "", word) for word in words}


def _named_in_order(items: list[set[str]], titles: list[set[str]]) -> int:
    """How many items name a later title each, one title per item, in the titles' order."""
    named, at = 0, 0
    for item in items:
        found = next((i for i in range(at, len(titles)) if _names(item, titles[i])), None)
        if found is not None:
            named, at = named + 1, found + 1
    return named


def _names(item: set[str], title: set[str]) -> bool:
    return len(item) >= 2 and len(item & title) * 3 >= len(item) * 2
