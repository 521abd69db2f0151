"""The library filter: word-start matching, ranking, the reason shown, and Enter opening the top."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from textual.widgets.option_list import Option
from tui_guides import AppFactory, kettle_guide, lantern_guide, library_of

from walker.model import Guide, Step
from walker.store import Store
from walker.tui import filter as library_filter
from walker.tui.app import WalkerApp
from walker.tui.screens.guide import GuideScreen
from walker.tui.screens.library import LibraryScreen
from walker.tui.widgets.guide_list import GuideEntry, GuideList


def guide(guide_id: str, title: str, *, tags: tuple[str, ...] = (), step: str = "Do it") -> Guide:
    """A one-step guide; ``step`` is its step's body."""
    return Guide(guide_id, title, tags=tags, flow=(Step(f"{guide_id}-1", "First step", step),))


def shown(app: WalkerApp) -> list[tuple[str, str]]:
    """Return each listed guide's id with the reason it matched."""
    guide_list = app.screen.query_one("#guides", GuideList)
    return [(e.guide.id, e.reason) for e in guide_list.entries if isinstance(e, GuideEntry)]


def highlighted(app: WalkerApp) -> str:
    entry = app.screen.query_one("#guides", GuideList).current
    assert isinstance(entry, GuideEntry)
    return entry.guide.id


def second_line(app: WalkerApp, index: int) -> str:
    guide_list = app.screen.query_one("#guides", GuideList)
    return str(guide_list.get_option_at_index(index).prompt).split("\n")[1]


SOCIAL = (
    guide("delete", "Close a photo account", tags=("account",), step="Keep a video backup first."),
    guide("save", "Save a clip video to your phone", tags=("video",)),
    guide("brew", "Brew green tea", step="Steam the leaves."),
    guide("steam", "Clean a steam iron", step="Instead of tap water use distilled."),
)


async def test_enter_opens_the_best_match_not_the_guide_highlighted_before(
    make_app: AppFactory, store: Store
) -> None:
    app = make_app(library_of(*SOCIAL))
    async with app.run_test() as pilot:
        assert highlighted(app) == "delete"  # it mentions a video in a step, so it still matches
        await pilot.press(*"video")
        assert [guide_id for guide_id, _ in shown(app)] == ["save", "delete"]
        assert highlighted(app) == "save"
        await pilot.press("enter")
        assert isinstance(app.screen, GuideScreen)
        assert app.screen.guide.id == "save"
        assert store.record("save").opened_at is not None
        assert store.record("delete").opened_at is None


async def test_every_word_must_start_a_word_of_the_guide(make_app: AppFactory) -> None:
    app = make_app(library_of(*SOCIAL))
    async with app.run_test() as pilot:
        await pilot.press(*"tea")
        assert shown(app) == [("brew", "")]  # not "steam", not "instead"
        await pilot.press(*" gr")
        assert shown(app) == [("brew", "")]
        await pilot.press(*"x")
        assert shown(app) == []


async def test_title_ranks_before_tags_before_steps_and_says_why(make_app: AppFactory) -> None:
    guides = (
        guide("in-step", "Alpha", step="Turn off the router first."),
        guide("in-tag", "Bravo", tags=("router",)),
        guide("in-title", "Reset a router"),
    )
    app = make_app(library_of(*guides))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"rout")
        assert shown(app) == [
            ("in-title", ""),
            ("in-tag", "tag “router”"),
            ("in-step", "step “First step”"),
        ]
        assert second_line(app, 1).strip().startswith("matches tag “router”")
        assert second_line(app, 2).strip().startswith("matches step “First step”")
        await pilot.press("down", "enter")
        assert isinstance(app.screen, GuideScreen)
        assert app.screen.guide.id == "in-tag"


async def test_the_best_fuzzy_title_wins_among_title_matches(make_app: AppFactory) -> None:
    app = make_app(library_of(lantern_guide(), replace(kettle_guide(), title="Fold a kettle lid")))
    async with app.run_test() as pilot:
        await pilot.press(*"fold lan")
        assert [guide_id for guide_id, _ in shown(app)] == ["paper-lantern"]
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        assert {guide_id for guide_id, _ in shown(app)} == {"paper-lantern", "descale-kettle"}
        assert highlighted(app) == shown(app)[0][0]


async def test_a_thousand_guides_are_indexed_once_not_scanned_per_keystroke(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    guides = [guide(f"g{n}", f"Guide number {n}", step=f"Press button {n}.") for n in range(1000)]
    guides.append(guide("wanted", "Find the needle", step="Look under the hay."))
    built: list[int] = []
    real_init = library_filter.WordIndex.__init__

    def counting_init(
        self: library_filter.WordIndex, indexed: list[Guide], stop: Callable[[], bool]
    ) -> None:
        built.append(len(indexed))
        real_init(self, indexed, stop)

    monkeypatch.setattr(library_filter.WordIndex, "__init__", counting_init)
    app = make_app(library_of(*guides))
    async with app.run_test() as pilot:
        await pilot.press(*"hay")
        assert shown(app) == [("wanted", "step “First step”")]
        await pilot.press("escape", *"button 99")
        assert [guide_id for guide_id, _ in shown(app)][:1] == ["g99"]
        assert len(shown(app)) == 11  # 99 and 990-999
        assert built == [1001]


async def test_typing_fast_then_enter_opens_what_the_filter_shows(make_app: AppFactory) -> None:
    app = make_app(library_of(*SOCIAL))
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await pilot.press("down")
        assert highlighted(app) == "save"
        screen.filter_input.value = "iron"  # its Changed event is still queued
        screen.action_open()
        await pilot.pause()
        assert isinstance(app.screen, GuideScreen)
        assert app.screen.guide.id == "steam"


def test_a_title_holding_the_query_word_whole_ranks_before_one_it_only_starts() -> None:
    index = library_filter.WordIndex(
        [guide("panel", "Wipe a solar panel"), guide("pan", "Season a cast iron pan")]
    )
    assert [match.position for match in index.search("pan")] == [1, 0]
    assert [match.position for match in index.search("pane")] == [0]


async def test_typing_on_keeps_what_was_drawn_for_guides_still_listed(make_app: AppFactory) -> None:
    app = make_app(library_of(*SOCIAL))
    async with app.run_test() as pilot:
        guide_list = app.screen.query_one("#guides", GuideList)
        await pilot.press("s")
        first = {id(entry.guide): option.prompt for entry, option in listed(guide_list)}
        await pilot.press("a")
        kept = {id(entry.guide): option.prompt for entry, option in listed(guide_list)}
        assert kept and all(first[key] is prompt for key, prompt in kept.items())


async def test_a_guide_row_is_two_lines_however_narrow_the_list(make_app: AppFactory) -> None:
    long = guide("long", "A title " * 30, tags=("one", "two"), step="Go.")
    app = make_app(library_of(long, *SOCIAL))
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        guide_list = app.screen.query_one("#guides", GuideList)
        assert guide_list.virtual_size.height == 2 * len(guide_list.options)
        top = [guide_list.render_line(y).text for y in range(2)]
        assert top[0].strip().startswith("A title") and "…" in top[0]


def listed(guide_list: GuideList) -> list[tuple[GuideEntry, Option]]:
    """Return each guide entry listed with its option."""
    pairs = zip(guide_list.entries, guide_list.options, strict=True)
    return [(entry, option) for entry, option in pairs if isinstance(entry, GuideEntry)]


def test_an_index_no_longer_wanted_stops_being_built() -> None:
    asked: list[int] = []

    def stop_after_two() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(library_filter.IndexStopped):
        library_filter.WordIndex([guide(f"g{n}", f"Guide {n}") for n in range(5)], stop_after_two)
    assert len(asked) == 3  # asked before each guide; the third answer stopped it


async def test_a_keystroke_keeping_the_same_guides_redraws_nothing(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(library_of(guide("tea", "Brew green tea"), guide("beer", "Brew a pale ale")))
    async with app.run_test() as pilot:
        guide_list = app.screen.query_one("#guides", GuideList)
        await pilot.press("b")
        redrawn: list[int] = []
        real = guide_list.set_options
        monkeypatch.setattr(guide_list, "set_options", lambda o: (redrawn.append(1), real(o))[1])
        await pilot.press("r", "e")
        assert {guide_id for guide_id, _ in shown(app)} == {"tea", "beer"}
        assert redrawn == []
        await pilot.press("w", "space", "g")
        assert [guide_id for guide_id, _ in shown(app)] == ["tea"]
        assert redrawn  # the list narrowed: drawn again
