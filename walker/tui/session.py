"""One visit to a guide: changes go to the store, each can be undone, and the app is told why."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from walker.model import Choice, Guide
from walker.progress import ProgressState, choice_path, chosen_branch, is_finished, ready_tally
from walker.store import Edit, Store


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
    """How to undo one change: what it was, and the edit putting back the rows it changed."""

    label: str
    undo: Edit


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
        notices: list[Notice] = []
        choices: dict[str, str | None] = {}
        if ticked:
            for choice, branch in choice_path(self.guide, item_id):
                if self.state.choices.get(choice.id) != branch.id:
                    choices[choice.id] = branch.id
                    notices.append(Notice(f"Chose “{branch.title}” for “{choice.title}”"))
        label = f"{'tick' if ticked else 'untick'} “{title}”"
        finished = self._write(label, Edit({item_id: ticked}, choices))
        if ticked:
            notices.extend(self._prerequisite_warning(item_id))
        return notices + finished

    def choose(self, choice: Choice, branch_id: str) -> list[Notice]:
        """Choose a branch of a choice; the other branches keep their ticks."""
        branch = next(branch for branch in choice.branches if branch.id == branch_id)
        finished = self._write(f"choose “{branch.title}”", Edit(choices={choice.id: branch_id}))
        return [Notice(f"Chose “{branch.title}”"), *finished]

    def next_branch(self, choice: Choice) -> list[Notice]:
        """Choose the branch after the chosen one (the first when the choice is unmade)."""
        current = chosen_branch(choice, self.state)
        index = choice.branches.index(current) + 1 if current else 0
        return self.choose(choice, choice.branches[index % len(choice.branches)].id)

    def reset(self) -> list[Notice]:
        """Untick everything and unmake every choice."""
        undo = self.store.reset(self.guide.id)
        self.history.append(Change("reset", undo))
        self.reload()
        return [Notice("Guide reset — press u to undo")]

    def undo(self) -> list[Notice]:
        """Put back the rows the last change of this visit changed (others' ticks stay)."""
        if not self.history:
            return [Notice("Nothing to undo")]
        change = self.history[-1]
        self.state = self.store.apply(self.guide.id, change.undo, self._is_finished).state
        self.history.pop()
        return [Notice(f"Undid {change.label}")]

    def reload(self) -> None:
        """Re-read the state from the store."""
        self.state = self.store.state(self.guide.id)

    def _write(self, label: str, edit: Edit) -> list[Notice]:
        """Write an edit in one transaction, remember its undo; say if it finished the guide."""
        applied = self.store.apply(self.guide.id, edit, self._is_finished)
        self.history.append(Change(label, applied.undo))
        self.state = applied.state
        return [FINISHED] if applied.finished else []

    def _is_finished(self, state: ProgressState) -> bool:
        return is_finished(self.guide, state)

    def _prerequisite_warning(self, item_id: str) -> list[Notice]:
        is_step = all(item.id != item_id for item in self.guide.prerequisites)
        ready = ready_tally(self.guide, self.state)
        if not is_step or ready.done == ready.total or self._warned_prerequisites:
            return []
        self._warned_prerequisites = True
        text = f"{ready.total - ready.done} of {ready.total} prerequisites still open"
        return [Notice(text, Severity.WARNING)]
