"""The last pass: give every guide item a stable id, unique within its guide."""

from __future__ import annotations

from dataclasses import replace
from typing import assert_never

from walker.model import Choice, Guide, Node, Section, Step, walk_nodes
from walker.parse.text import slugify
from walker.parse.vocabulary import GROUP_LABEL


class IdMaker:
    """Hands out ids: a pinned id or the slug of the text, with -2, -3 for repeats."""

    def __init__(self, pinned: set[str]) -> None:
        self.reserved = pinned
        self.taken: set[str] = set()
        self.repeated_pins: list[str] = []
        self._next_suffix: dict[str, int] = {}  # where the search for a free "base-N" resumes

    def make(self, pinned: str, text: str, fallback: str) -> str:
        """Return a fresh id for an item; slugs never take an id an author pinned."""
        base = pinned or slugify(text, fallback)
        candidate = base
        if self._is_unavailable(candidate, pinned):
            # Ids only ever become taken, so the suffixes tried before for this base stay
            # taken: resuming where the last search ended keeps n repeats linear.
            suffix = self._next_suffix.get(base, 2)
            candidate = f"{base}-{suffix}"
            while self._is_unavailable(candidate, pinned):
                suffix += 1
                candidate = f"{base}-{suffix}"
            self._next_suffix[base] = suffix + 1
        if pinned and candidate != pinned:
            self.repeated_pins.append(pinned)
        self.taken.add(candidate)
        return candidate

    def _is_unavailable(self, candidate: str, pinned: str) -> bool:
        return candidate in self.taken or (candidate != pinned and candidate in self.reserved)


def assign_ids(guide: Guide) -> tuple[Guide, list[str]]:
    """Give ids to the prerequisites and every node; also list pinned ids used twice."""
    pinned = {p.id for p in guide.prerequisites if p.id}
    pinned |= {node.id for node in walk_nodes(guide.flow) if node.id}
    maker = IdMaker(pinned)
    prerequisites = tuple(
        replace(p, id=maker.make(p.id, p.text, "prerequisite")) for p in guide.prerequisites
    )
    flow = _flow_ids(guide.flow, maker)
    return replace(guide, prerequisites=prerequisites, flow=flow), maker.repeated_pins


def _flow_ids(flow: tuple[Node, ...], maker: IdMaker) -> tuple[Node, ...]:
    return tuple(_node_ids(node, maker) for node in flow)


def _node_ids(node: Node, maker: IdMaker) -> Node:
    match node:
        case Step():
            return replace(node, id=maker.make(node.id, node.title, "step"))
        case Section():
            new_id = maker.make(node.id, GROUP_LABEL.sub("", node.title), "section")
            return replace(node, id=new_id, flow=_flow_ids(node.flow, maker))
        case Choice():
            new_id = maker.make(node.id, node.title, "choice")
            branches = tuple(
                replace(
                    branch,
                    id=maker.make(branch.id, branch.title, "branch"),
                    flow=_flow_ids(branch.flow, maker),
                )
                for branch in node.branches
            )
            return replace(node, id=new_id, branches=branches)
        case _:
            assert_never(node)
