"""Number a guide's items the way people cite them: 1, 2, 3a, 3a.1, 3b.1 ..."""

from __future__ import annotations

from string import ascii_lowercase
from typing import assert_never

from walker.model import Choice, Guide, Node, Section, Step


def branch_letter(index: int) -> str:
    """Return the letter of the index-th branch (a, b, ... z, aa, ab ...)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = ascii_lowercase[rest] + letters
    return letters


def number_items(guide: Guide) -> dict[str, str]:
    """Map each step, choice and branch id to its number; sections take no number."""
    numbers: dict[str, str] = {}
    _number_flow(guide.flow, "", numbers, 0)
    return numbers


def _number_flow(flow: tuple[Node, ...], prefix: str, numbers: dict[str, str], count: int) -> int:
    for node in flow:
        match node:
            case Section():
                count = _number_flow(node.flow, prefix, numbers, count)
            case Step():
                count += 1
                numbers[node.id] = f"{prefix}{count}"
            case Choice():
                count += 1
                number = numbers[node.id] = f"{prefix}{count}"
                for index, branch in enumerate(node.branches):
                    branch_number = f"{number}{branch_letter(index)}"
                    numbers[branch.id] = branch_number
                    _number_flow(branch.flow, f"{branch_number}.", numbers, 0)
            case _:
                assert_never(node)
    return count
