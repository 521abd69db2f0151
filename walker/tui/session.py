"""One visit to a guide: changes go to the store, each can be undone, and the app is told why.

A write never keeps a key waiting: when another walker holds the lock, the change is shown as
pending and queued; the screen lands the queue off the UI thread (``write_pending``, then
``landed``), in order, and only then is the change shown as saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from textual.message import Message

from walker.errors import WalkerError
from walker.follow import item_ids
from walker.guide_ref import GuideRef
from walker.model import Choice, Guide
from walker.progress import ProgressState, choice_path, chosen_branch, is_finished, ready_tally
from walker.store import Applied, Edit, Store, StoreBusy

BUSY_ATTEMPTS = 6
"""How many busy timeouts (10 s each) a queued change waits through before it is given up."""


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


@dataclass(frozen=True)
class Pending:
    """A change shown on screen but not yet on disk, because another walker was writing."""

    label: str
    edit: Edit


class StoreChanged(Message):
    """Another walker committed to the progress file: re-read what is shown."""


FINISHED = Notice("Guide finished — well done!")
BUSY = Notice("Another walker is writing the progress file; saving as soon as it is done")
WAIT = Notice("Still saving the last change; try again in a moment", Severity.WARNING)


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
        self.ref = GuideRef.of(guide)
        self.key = self.ref.key
        self.saved = store.state(self.key)
        self.pending: list[Pending] = []
        self.history: list[Change] = []
        self._warned_prerequisites = False

    @property
    def state(self) -> ProgressState:
        """Return the progress shown: what is saved, with the pending changes on top."""
        state = self.saved
        for pending in self.pending:
            for item_id, ticked in pending.edit.ticks.items():
                state = state.with_tick(item_id, ticked)
            for choice_id, branch_id in pending.edit.choices.items():
                state = state.with_choice(choice_id, branch_id)
        return state

    @property
    def pending_items(self) -> frozenset[str]:
        """Return the items and choices whose change is not on disk yet."""
        return frozenset(
            item
            for pending in self.pending
            for item in [*pending.edit.ticks, *pending.edit.choices]
        )

    def mark_opened(self) -> None:
        """Record the visit, with the guide's source and item ids (skipped while busy)."""
        try:
            self.store.mark_opened(self.key, self.ref, item_ids(self.guide), wait=False)
        except StoreBusy:
            return

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
        if self.pending:
            return [WAIT]
        try:
            undo = self.store.reset(self.key, wait=False)
        except StoreBusy:
            return [WAIT]
        self.history.append(Change("reset", undo))
        self.reload()
        return [Notice("Guide reset — press u to undo")]

    def undo(self) -> list[Notice]:
        """Put back the rows the last change of this visit changed (others' ticks stay)."""
        if self.pending:
            return [WAIT]
        if not self.history:
            return [Notice("Nothing to undo")]
        change = self.history[-1]
        try:
            applied = self.store.apply(self.key, change.undo, self._is_finished, wait=False)
        except StoreBusy:
            return [WAIT]
        self.saved = applied.state
        self.history.pop()
        return [Notice(f"Undid {change.label}")]

    def reload(self) -> None:
        """Re-read the saved state from the store (pending changes stay on top)."""
        self.saved = self.store.state(self.key)

    def write_pending(self, store: Store, pending: Pending) -> Applied:
        """Write a queued change, waiting out another walker's lock (run off the UI thread)."""
        for _ in range(BUSY_ATTEMPTS - 1):
            try:
                return store.apply(self.key, pending.edit, self._is_finished)
            except StoreBusy:
                continue
        return store.apply(self.key, pending.edit, self._is_finished)

    def landed(self, applied: Applied) -> list[Notice]:
        """Take the first queued change as saved (on the UI thread, after ``write_pending``)."""
        change = self.pending.pop(0)
        self.history.append(Change(change.label, applied.undo))
        self.saved = applied.state
        return [FINISHED] if applied.finished else []

    def drop_pending(self, error: WalkerError) -> list[Notice]:
        """Give up the queued changes (they never reached the disk) and say why."""
        labels = ", ".join(pending.label for pending in self.pending)
        self.pending.clear()
        self.reload()
        return [Notice(f"Not saved: {labels} ({error})", Severity.ERROR)]

    def _write(self, label: str, edit: Edit) -> list[Notice]:
        """Write an edit in one transaction, remember its undo; say if it finished the guide.

        When another walker is writing, the edit joins the queue instead (after any queued).
        """
        if self.pending:
            self.pending.append(Pending(label, edit))
            return []
        try:
            applied = self.store.apply(self.key, edit, self._is_finished, wait=False)
        except StoreBusy:
            self.pending.append(Pending(label, edit))
            return [BUSY]
        self.history.append(Change(label, applied.undo))
        self.saved = applied.state
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
