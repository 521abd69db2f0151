"""A guide flattened into checklist rows, numbered as ``walker show`` numbers them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import assert_never

from walker.model import Branch, Choice, Guide, Node, Prerequisite, Section, Step
from walker.numbering import number_items
from walker.progress import ProgressState

Path = tuple[tuple[str, str], ...]
"""The (choice id, branch id) pairs that hold a row, outermost first."""

PREREQUISITES_HEADING = "Before you start"


class RowKind(StrEnum):
    """What a checklist row stands for."""

    HEADING = "heading"
    PREREQUISITE = "prerequisite"
    STEP = "step"
    CHOICE = "choice"
    BRANCH = "branch"


@dataclass(frozen=True)
class Row:
    """One line of the checklist: its item, number, depth and the branches that hold it."""

    kind: RowKind
    item: Step | Prerequisite | Choice | Branch | Section | None
    text: str
    number: str = ""
    depth: int = 0
    path: Path = ()
    choice: Choice | None = None

    @property
    def item_id(self) -> str:
        """Return the id of the row's item ('' for the prerequisites heading)."""
        return "" if self.item is None else self.item.id

    @property
    def tickable(self) -> bool:
        """Tell whether space ticks this row."""
        return self.kind in (RowKind.STEP, RowKind.PREREQUISITE)

    @property
    def focusable(self) -> bool:
        """Tell whether the cursor can rest on this row (headings are skipped)."""
        return self.kind is not RowKind.HEADING

    def dimmed(self, state: ProgressState) -> bool:
        """Tell whether the row lies in a branch other than the one chosen."""
        return any(
            state.choices.get(choice_id, branch_id) != branch_id
            for choice_id, branch_id in self.path
        )


def build_rows(guide: Guide) -> tuple[Row, ...]:
    """Flatten a guide: prerequisites first under their own heading, then the flow."""
    rows: list[Row] = []
    if guide.prerequisites:
        rows.append(Row(RowKind.HEADING, None, PREREQUISITES_HEADING))
        rows.extend(
            Row(RowKind.PREREQUISITE, item, item.text, depth=1) for item in guide.prerequisites
        )
    rows.extend(_flow_rows(guide.flow, number_items(guide), 0, ()))
    return tuple(rows)


def _flow_rows(
    flow: tuple[Node, ...], numbers: dict[str, str], depth: int, path: Path
) -> Iterator[Row]:
    for node in flow:
        match node:
            case Section():
                yield Row(RowKind.HEADING, node, node.title, depth=depth, path=path)
                yield from _flow_rows(node.flow, numbers, depth + 1, path)
            case Step():
                yield Row(RowKind.STEP, node, node.title, numbers[node.id], depth, path)
            case Choice():
                yield from _choice_rows(node, numbers, depth, path)
            case _:
                assert_never(node)


def _choice_rows(choice: Choice, numbers: dict[str, str], depth: int, path: Path) -> Iterator[Row]:
    yield Row(RowKind.CHOICE, choice, choice.title, numbers[choice.id], depth, path, choice)
    for branch in choice.branches:
        inner: Path = (*path, (choice.id, branch.id))
        label = numbers[branch.id]
        yield Row(RowKind.BRANCH, branch, branch.title, label, depth + 1, inner, choice)
        yield from _flow_rows(branch.flow, numbers, depth + 2, inner)
