"""Progress arithmetic over guides built directly from the model."""

from __future__ import annotations

import pytest

from walker.model import Branch, Choice, Guide, Prerequisite, Section, Step
from walker.progress import (
    ProgressState,
    Tally,
    active_steps,
    choice_path,
    is_finished,
    next_open_step,
    open_path,
    ready_tally,
    step_tally,
    unmade_choices,
)

SUGAR = Choice(
    "sugar",
    "Sugar?",
    (
        Branch("sugar-yes", "Yes", flow=(Step("add-sugar", "Stir in a spoon of sugar"),)),
        Branch("sugar-no", "No", flow=(Step("skip-sugar", "Leave it plain"),)),
    ),
)
MILK = Choice(
    "milk",
    "Milk or not?",
    (
        Branch("with-milk", "With milk", flow=(Step("add-milk", "Pour a little milk"), SUGAR)),
        Branch("black", "Black", flow=(Step("lemon", "Add a slice of lemon"),)),
    ),
)
TEA = Guide(
    id="tea",
    title="Make a pot of tea",
    prerequisites=(Prerequisite("kettle", "A kettle"), Prerequisite("pot", "A teapot")),
    flow=(
        Step("boil", "Boil the water"),
        Section("brew", "Brew", (Step("warm", "Warm the pot"), Step("steep", "Steep the leaves"))),
        MILK,
        Step("drink", "Drink it"),
    ),
)


def ids(steps: list[Step]) -> list[str]:
    return [step.id for step in steps]


def state(*ticked: str, **choices: str) -> ProgressState:
    return ProgressState(frozenset(ticked), choices)


def next_id(progress: ProgressState, after: str | None = None) -> str | None:
    step = next_open_step(TEA, progress, after)
    return step.id if step else None


@pytest.mark.parametrize(
    ("done", "total", "percent"),
    [(0, 0, 0), (0, 3, 0), (1, 3, 33), (2, 3, 67), (1, 2, 50), (199, 200, 99), (4, 4, 100)],
)
def test_percent_rounds_and_reaches_100_only_when_all_done(
    done: int, total: int, percent: int
) -> None:
    assert Tally(done, total).percent == percent


def test_state_is_frozen_hashable_and_copies_its_inputs() -> None:
    choices = {"milk": "black"}
    frozen = ProgressState(frozenset({"boil"}), choices)
    choices["milk"] = "with-milk"
    assert frozen.choices == {"milk": "black"}
    assert frozen == ProgressState(frozenset({"boil"}), {"milk": "black"})
    assert hash(frozen) == hash(ProgressState(frozenset({"boil"}), {"milk": "black"}))
    with pytest.raises(TypeError):
        frozen.choices["milk"] = "x"  # type: ignore[index]


def test_with_tick_and_with_choice_return_new_states() -> None:
    start = ProgressState()
    ticked = start.with_tick("boil").with_choice("milk", "black")
    assert ticked == state("boil", milk="black")
    assert ticked.with_tick("boil", False).with_choice("milk", None) == start
    assert start == ProgressState()


def test_unmade_choice_counts_as_one_open_item() -> None:
    assert step_tally(TEA, ProgressState()) == Tally(0, 5)
    assert ids(active_steps(TEA, ProgressState())) == ["boil", "warm", "steep", "drink"]
    assert unmade_choices(TEA, ProgressState()) == [MILK]
    assert open_path(TEA, ProgressState())[3] is MILK


def test_nested_choices_are_followed_recursively() -> None:
    outer = state("boil", "add-milk", milk="with-milk")
    assert step_tally(TEA, outer) == Tally(2, 6)
    assert unmade_choices(TEA, outer) == [SUGAR]
    both = state("boil", "add-milk", "add-sugar", milk="with-milk", sugar="sugar-yes")
    assert ids(active_steps(TEA, both)) == [
        "boil",
        "warm",
        "steep",
        "add-milk",
        "add-sugar",
        "drink",
    ]
    assert step_tally(TEA, both) == Tally(3, 6)


def test_switching_branch_keeps_each_branch_ticks() -> None:
    milk = state("add-milk", "add-sugar", "lemon", milk="with-milk", sugar="sugar-yes")
    black = milk.with_choice("milk", "black")
    assert step_tally(TEA, black) == Tally(1, 5)
    assert ids(active_steps(TEA, black)) == ["boil", "warm", "steep", "lemon", "drink"]
    assert step_tally(TEA, black.with_choice("milk", "with-milk")) == Tally(2, 6)


def test_unknown_ids_are_ignored() -> None:
    stale = state("a-step-since-deleted", milk="a-branch-since-deleted")
    assert step_tally(TEA, stale) == Tally(0, 5)
    assert ready_tally(TEA, stale) == Tally(0, 2)


def test_ready_tally_counts_prerequisites_only() -> None:
    assert ready_tally(TEA, state("kettle", "boil")) == Tally(1, 2)
    assert step_tally(TEA, state("kettle")) == Tally(0, 5)
    assert ready_tally(Guide("empty", "Empty"), ProgressState()) == Tally(0, 0)


def test_next_open_step_goes_forward_and_wraps() -> None:
    ticked = state("warm", milk="black")
    assert next_id(ticked) == "boil"
    assert next_id(ticked, after="boil") == "steep"
    assert next_id(ticked, after="drink") == "boil"
    assert next_id(ticked, after="gone") == "boil"
    last_open = state("boil", "warm", "steep", "lemon", milk="black")
    assert next_id(last_open, after="drink") == "drink"
    assert next_id(last_open.with_tick("drink")) is None


def test_next_open_step_skips_unmade_choices() -> None:
    assert next_id(state("boil", "warm", "steep"), after="steep") == "drink"


def test_is_finished_needs_every_step_and_every_choice() -> None:
    every_step = state("boil", "warm", "steep", "drink", "lemon")
    assert not is_finished(TEA, every_step)
    assert is_finished(TEA, every_step.with_choice("milk", "black"))
    assert not is_finished(TEA, every_step.with_choice("milk", "with-milk"))
    assert not is_finished(Guide("empty", "Empty"), ProgressState())


def test_choice_path_lists_enclosing_choices_outermost_first() -> None:
    with_milk, sugar_yes = MILK.branches[0], SUGAR.branches[0]
    assert choice_path(TEA, "add-sugar") == [(MILK, with_milk), (SUGAR, sugar_yes)]
    assert choice_path(TEA, "lemon") == [(MILK, MILK.branches[1])]
    assert choice_path(TEA, "steep") == []
    assert choice_path(TEA, "boil") == []
    assert choice_path(TEA, "no-such-step") == []
