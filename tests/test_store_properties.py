"""Property test: any run of ticks, choices, undos, resets, another window's ticks and guide
edits leaves the store holding exactly what a plain model says, with nothing lost."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from property_limits import SCALE

from walker.model import Branch, Choice, Guide, Step
from walker.progress import ProgressState, is_finished
from walker.store import Edit, Store

KEY = "/guides/tea.md#tea"
CHOICE = Choice(
    "milk",
    "Milk?",
    (
        Branch("black", "Black", flow=(Step("stir", "Stir"),)),
        Branch("white", "White", flow=(Step("pour-milk", "Pour milk"),)),
    ),
)
VERSIONS = (
    Guide("tea", "Tea", flow=(Step("boil", "Boil"), Step("warm", "Warm"), CHOICE)),
    Guide("tea", "Tea", flow=(Step("warm", "Warm"), Step("steep", "Steep"), CHOICE)),  # edited
)
ITEMS = st.sampled_from(["boil", "warm", "steep", "stir", "pour-milk"])
BRANCHES = st.sampled_from(["black", "white", None])

Row = tuple[str, str]  # ("item" | "choice", id)


class StoreMachine(RuleBasedStateMachine):
    """Drive a store (and a second window on the same file) against a dictionary model."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "progress.sqlite3"
        self.store, self.other = Store(path), Store(path)
        self.ticked: set[str] = set()
        self.choices: dict[str, str] = {}
        self.changes: list[tuple[Edit, dict[Row, object]]] = []
        self.version = 0
        self.finish_checked = True

    @property
    def guide(self) -> Guide:
        return VERSIONS[self.version]

    def teardown(self) -> None:
        self.store.close()
        self.other.close()
        self.folder.cleanup()

    def _before(self, edit: Edit) -> dict[Row, object]:
        """The model's values of the rows an edit changes, as the undo must put them back."""
        rows: dict[Row, object] = {}
        for item, ticked in edit.ticks.items():
            if (item in self.ticked) != ticked:
                rows[("item", item)] = item in self.ticked
        for choice, branch in edit.choices.items():
            if self.choices.get(choice) != branch:
                rows[("choice", choice)] = self.choices.get(choice)
        return rows

    def _set(self, rows: dict[Row, object]) -> None:
        for (kind, name), value in rows.items():
            if kind == "item":
                (self.ticked.add if value else self.ticked.discard)(name)
            elif value is None:
                self.choices.pop(name, None)
            else:
                self.choices[name] = str(value)

    def _write(self, edit: Edit) -> None:
        before = self._before(edit)
        applied = self.store.apply(KEY, edit, lambda state: is_finished(self.guide, state))
        self._set({("item", i): t for i, t in edit.ticks.items()})
        self._set({("choice", c): b for c, b in edit.choices.items()})
        self.changes.append((applied.undo, before))
        self.finish_checked = True

    @rule(item=ITEMS, ticked=st.booleans())
    def tick(self, item: str, ticked: bool) -> None:
        self._write(Edit({item: ticked}))

    @rule(branch=BRANCHES)
    def choose(self, branch: str | None) -> None:
        self._write(Edit(choices={"milk": branch}))

    @precondition(lambda self: bool(self.changes))
    @rule()
    def undo(self) -> None:
        undo, before = self.changes.pop()
        self.store.apply(KEY, undo, lambda state: is_finished(self.guide, state))
        self._set(before)
        self.finish_checked = True

    @rule()
    def reset(self) -> None:
        before: dict[Row, object] = {("item", item): True for item in self.ticked}
        before |= {("choice", choice): branch for choice, branch in self.choices.items()}
        undo = self.store.reset(KEY)
        self.ticked.clear()
        self.choices.clear()
        self.changes.append((undo, before))
        self.finish_checked = False  # reset clears the finish time whatever the guide says

    @rule(item=ITEMS, ticked=st.booleans())
    def other_window_ticks(self, item: str, ticked: bool) -> None:
        self.other.set_ticked(KEY, item, ticked)
        self._set({("item", item): ticked})
        self.finish_checked = False

    @rule()
    def edit_the_guide(self) -> None:
        self.version = 1 - self.version
        self.finish_checked = False

    @invariant()
    def the_store_holds_the_model(self) -> None:
        expected = ProgressState(frozenset(self.ticked), dict(self.choices))
        assert self.store.state(KEY) == expected
        assert self.other.state(KEY) == expected
        assert set(self.store.tick_times(KEY)) == self.ticked

    @invariant()
    def the_finish_time_says_what_the_guide_says(self) -> None:
        if self.finish_checked:
            state = self.store.state(KEY)
            recorded = self.store.record(KEY).finished_at is not None
            assert recorded == is_finished(self.guide, state)


StoreMachine.TestCase.settings = settings(
    max_examples=40 * SCALE, stateful_step_count=25, deadline=None
)
test_store_operations_keep_the_store_consistent = StoreMachine.TestCase
