"""Pure progress arithmetic: a guide plus ticks and chosen branches give counts and next steps.

The values here (a guide's state and its timestamps) are what the store keeps and the renderers
show, so neither has to import the other.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import assert_never

from walker.model import Branch, Choice, Guide, Node, Section, Step


@dataclass(frozen=True)
class ProgressState:
    """What the reader has done in one guide: ticked item ids and chosen branches."""

    ticked: frozenset[str] = frozenset()
    choices: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Freeze the inputs so a state can never change under its holder."""
        object.__setattr__(self, "ticked", frozenset(self.ticked))
        object.__setattr__(self, "choices", MappingProxyType(dict(self.choices)))

    def __hash__(self) -> int:
        """Hash by content, like the frozen dataclass it is."""
        return hash((self.ticked, frozenset(self.choices.items())))

    def with_tick(self, item_id: str, ticked: bool = True) -> ProgressState:
        """Return a copy with one item ticked or unticked."""
        changed = self.ticked | {item_id} if ticked else self.ticked - {item_id}
        return ProgressState(changed, self.choices)

    def with_choice(self, choice_id: str, branch_id: str | None) -> ProgressState:
        """Return a copy with a branch chosen for a choice (None leaves it unmade)."""
        choices = dict(self.choices)
        if branch_id is None:
            choices.pop(choice_id, None)
        else:
            choices[choice_id] = branch_id
        return ProgressState(self.ticked, choices)


@dataclass(frozen=True)
class GuideRecord:
    """When a guide was last opened, finished, and last changed (None if never)."""

    guide_id: str
    opened_at: datetime | None = None
    finished_at: datetime | None = None
    changed_at: datetime | None = None

    @property
    def last_active(self) -> datetime | None:
        """Return the later of the open and change times (None if neither)."""
        return max((m for m in (self.opened_at, self.changed_at) if m is not None), default=None)


@dataclass(frozen=True)
class Tally:
    """A count of done items out of all items."""

    done: int
    total: int

    @property
    def percent(self) -> int:
        """Return the share done, rounded, 0 when there is nothing to do; 100 only when all done."""
        if self.total <= 0:
            return 0
        rounded = (200 * self.done + self.total) // (2 * self.total)
        return rounded if self.done >= self.total else min(rounded, 99)


def chosen_branch(choice: Choice, state: ProgressState) -> Branch | None:
    """Return the branch chosen for a choice, or None if unmade (or its branch is gone)."""
    branch_id = state.choices.get(choice.id)
    return next((branch for branch in choice.branches if branch.id == branch_id), None)


def open_path(guide: Guide, state: ProgressState) -> list[Step | Choice]:
    """List the active steps and the unmade choices of a guide, in order."""
    return list(_walk(guide.flow, state))


def _walk(flow: tuple[Node, ...], state: ProgressState) -> Iterator[Step | Choice]:
    for node in flow:
        match node:
            case Step():
                yield node
            case Section():
                yield from _walk(node.flow, state)
            case Choice():
                branch = chosen_branch(node, state)
                if branch is None:
                    yield node
                else:
                    yield from _walk(branch.flow, state)
            case _:
                assert_never(node)


def step_tally(guide: Guide, state: ProgressState) -> Tally:
    """Count ticked steps on the chosen branches; an unmade choice is one open item."""
    items = open_path(guide, state)
    done = sum(1 for item in items if isinstance(item, Step) and item.id in state.ticked)
    return Tally(done, len(items))


def ready_tally(guide: Guide, state: ProgressState) -> Tally:
    """Count the ticked prerequisites out of all prerequisites."""
    done = sum(1 for prerequisite in guide.prerequisites if prerequisite.id in state.ticked)
    return Tally(done, len(guide.prerequisites))


def active_steps(guide: Guide, state: ProgressState) -> list[Step]:
    """List the steps on the chosen branches in order; an unmade choice contributes none."""
    return [item for item in open_path(guide, state) if isinstance(item, Step)]


def unmade_choices(guide: Guide, state: ProgressState) -> list[Choice]:
    """List the choices on the chosen path that still wait for a branch, in order."""
    return [item for item in open_path(guide, state) if isinstance(item, Choice)]


def next_open_step(guide: Guide, state: ProgressState, after: str | None = None) -> Step | None:
    """Return the first unticked active step after step ``after``, wrapping to the start."""
    steps = active_steps(guide, state)
    start = next((index + 1 for index, step in enumerate(steps) if step.id == after), 0)
    rotated = steps[start:] + steps[:start]
    return next((step for step in rotated if step.id not in state.ticked), None)


def is_finished(guide: Guide, state: ProgressState) -> bool:
    """Tell whether every active step is ticked, no choice is unmade, and there is a step."""
    tally = step_tally(guide, state)
    return tally.total > 0 and tally.done == tally.total


def choice_path(guide: Guide, step_id: str) -> list[tuple[Choice, Branch]]:
    """Return the choices and branches holding a step, outermost first ([] at top level)."""
    return _find_path(guide.flow, step_id) or []


def _find_path(flow: tuple[Node, ...], step_id: str) -> list[tuple[Choice, Branch]] | None:
    for node in flow:
        match node:
            case Step():
                if node.id == step_id:
                    return []
            case Section():
                found = _find_path(node.flow, step_id)
                if found is not None:
                    return found
            case Choice():
                for branch in node.branches:
                    found = _find_path(branch.flow, step_id)
                    if found is not None:
                        return [(node, branch), *found]
            case _:
                assert_never(node)
    return None
