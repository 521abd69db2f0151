"""One visit to a guide: changes go to the store, each can be undone, and the app is told why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from walker.model import Choice, Guide
from walker.progress import (
    ProgressState,
    choice_path,
    chosen_branch,
    is_finished,
    ready_tally,
)
from walker.store import Store


class Severity(StrEnum):
    """How a notice should be shown (the names Textual's notify takes)."""

    INFORMATION = "information"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Notice:
    """Something the reader should be told after a change."""

    text: str
    severity: Severity = Severity.INFORMATION


@dataclass(frozen=True)
class Change:
    """How to undo one change: the state and tick times before it, and what it was."""

    label: str
    before: ProgressState
    tick_times: dict[str, datetime]


FINISHED = Notice("Guide finished — well done!")


class Recall:
    """What one run of the app remembers across guide visits: the detail pane and last rows."""

    def __init__(self) -> None:
        """Start with nothing remembered: the detail pane follows the terminal size."""
        self.show_detail: bool | None = None
        self.last_item: dict[str, str] = {}


class GuideSession:
    """The reader's progress in one guide while it is open, with an undo history."""

    def __init__(self, guide: Guide, store: Store) -> None:
        """Load the guide's progress from the store."""
        self.guide = guide
        self.store = store
        self.state = store.state(guide.id)
        self.history: list[Change] = []
        self._warned_prerequisites = False

    def tick(self, item_id: str, ticked: bool, title: str) -> list[Notice]:
        """Tick or untick a step or prerequisite, choosing the branches that hold a step."""
        self._remember(f"{'tick' if ticked else 'untick'} “{title}”")
        notices: list[Notice] = []
        if ticked:
            for choice, branch in choice_path(self.guide, item_id):
                if self.state.choices.get(choice.id) != branch.id:
                    self.store.choose(self.guide.id, choice.id, branch.id)
                    notices.append(Notice(f"Chose “{branch.title}” for “{choice.title}”"))
            notices.extend(self._prerequisite_warning(item_id))
        self.store.set_ticked(self.guide.id, item_id, ticked)
        return notices + self._reload()

    def choose(self, choice: Choice, branch_id: str) -> list[Notice]:
        """Choose a branch of a choice; the other branches keep their ticks."""
        branch = next(branch for branch in choice.branches if branch.id == branch_id)
        self._remember(f"choose “{branch.title}”")
        self.store.choose(self.guide.id, choice.id, branch_id)
        return [Notice(f"Chose “{branch.title}”"), *self._reload()]

    def next_branch(self, choice: Choice) -> list[Notice]:
        """Choose the branch after the chosen one (the first when the choice is unmade)."""
        current = chosen_branch(choice, self.state)
        index = choice.branches.index(current) + 1 if current else 0
        return self.choose(choice, choice.branches[index % len(choice.branches)].id)

    def reset(self) -> list[Notice]:
        """Untick everything and unmake every choice."""
        self._remember("reset")
        self.store.reset(self.guide.id)
        return [Notice("Guide reset — press u to undo"), *self._reload()]

    def undo(self) -> list[Notice]:
        """Put back the state before the last change of this visit."""
        if not self.history:
            return [Notice("Nothing to undo")]
        change = self.history.pop()
        self.store.restore(self.guide.id, change.before, change.tick_times)
        return [Notice(f"Undid {change.label}"), *self._reload(announce=False)]

    def reload(self) -> None:
        """Re-read the state from the store (after a failed write)."""
        self.state = self.store.state(self.guide.id)

    def _remember(self, label: str) -> None:
        times = self.store.tick_times(self.guide.id)
        self.history.append(Change(label, self.state, times))

    def _prerequisite_warning(self, item_id: str) -> list[Notice]:
        is_step = all(item.id != item_id for item in self.guide.prerequisites)
        ready = ready_tally(self.guide, self.state)
        if not is_step or ready.done == ready.total or self._warned_prerequisites:
            return []
        self._warned_prerequisites = True
        text = f"{ready.total - ready.done} of {ready.total} prerequisites still open"
        return [Notice(text, Severity.WARNING)]

    def _reload(self, *, announce: bool = True) -> list[Notice]:
        """Re-read the state and record (or clear) when the guide was finished; maybe say so."""
        self.reload()
        finished = is_finished(self.guide, self.state)
        recorded = self.store.record(self.guide.id).finished_at is not None
        if finished == recorded:
            return []
        self.store.set_finished(self.guide.id, finished)
        return [FINISHED] if finished and announce else []
