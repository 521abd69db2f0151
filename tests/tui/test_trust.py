"""The app when the store is shared or troubled: busy writes, two windows, Recent, collisions."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from tui_guides import AppFactory, kettle_guide, lantern_guide, library_of

from walker.library import Library, LoadedFile
from walker.parse import parse_text
from walker.store import Store
from walker.tui.app import WalkerApp
from walker.tui.screens.guide import GuideScreen
from walker.tui.screens.library import RECENT_HEADING, LibraryScreen
from walker.tui.widgets.guide_list import GuideEntry, GuideList, NoticeEntry

LANTERN = "paper-lantern"


def guide_screen(app: WalkerApp) -> GuideScreen:
    assert isinstance(app.screen, GuideScreen)
    return app.screen


def row_text(app: WalkerApp, item_id: str) -> str:
    screen = guide_screen(app)
    index = next(i for i, row in enumerate(screen.rows) if row.item_id == item_id)
    return str(screen.checklist.get_option_at_index(index).prompt)


def library_entries(app: WalkerApp) -> list[object]:
    assert isinstance(app.screen, LibraryScreen)
    return list(app.screen.query_one("#guides", GuideList).entries)


async def test_a_tick_while_another_walker_writes_shows_pending_then_lands(
    make_app: AppFactory, store: Store, store_path: Path
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide=LANTERN)
    async with app.run_test() as pilot:
        other = sqlite3.connect(store_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another walker holds the write lock
        await pilot.press("space")  # on "sheet": returns at once, the tick is pending
        assert "[~]" in row_text(app, "sheet") and "saving" in row_text(app, "sheet")
        assert "sheet" in guide_screen(app).session.state.ticked
        assert "sheet" not in store.state(LANTERN).ticked
        await pilot.press("down", "space")  # queued behind the first
        await pilot.press("u")  # undo waits until the queue has landed
        other.execute("COMMIT")
        other.close()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert store.state(LANTERN).ticked == {"sheet", "scissors"}
        assert "[x]" in row_text(app, "sheet") and "[~]" not in row_text(app, "scissors")
        await pilot.press("u")
        assert store.state(LANTERN).ticked == {"sheet"}


async def test_a_change_that_cannot_land_is_shown_as_not_saved(
    make_app: AppFactory, store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("walker.tui.session.BUSY_ATTEMPTS", 1)
    monkeypatch.setattr("walker.store.BUSY_TIMEOUT_SECONDS", 0.05)
    app = make_app(library_of(lantern_guide()), start_guide=LANTERN)
    async with app.run_test() as pilot:
        notices: list[str] = []
        monkeypatch.setattr(app, "notify", lambda message, **_: notices.append(message))
        other = sqlite3.connect(store_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        await pilot.press("space")
        await app.workers.wait_for_complete()
        await pilot.pause()
        other.execute("ROLLBACK")
        other.close()
        assert any(notice.startswith("Not saved: tick") for notice in notices)
        assert "sheet" not in guide_screen(app).session.state.ticked
        assert "[ ]" in row_text(app, "sheet")


async def test_a_tick_in_another_window_shows_within_a_second(
    make_app: AppFactory, store_path: Path
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide=LANTERN)
    async with app.run_test() as pilot:
        with Store(store_path) as other_window:
            other_window.set_ticked(LANTERN, "scissors", True)
        await pilot.pause(1.0)
        assert "[x]" in row_text(app, "scissors")
        assert "scissors" in guide_screen(app).session.state.ticked


async def test_the_library_shows_another_windows_progress(
    make_app: AppFactory, store_path: Path
) -> None:
    app = make_app(library_of(kettle_guide()))
    async with app.run_test() as pilot:
        with Store(store_path) as other_window:
            other_window.set_ticked("descale-kettle", "mix", True)
        await pilot.pause(1.0)
        [entry] = library_entries(app)
        assert isinstance(entry, GuideEntry) and entry.counts.done == 1


async def test_a_damaged_store_is_told_once_in_the_app(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"\x00not sqlite" * 200)
    with Store(damaged) as healed:
        app = WalkerApp(library_of(kettle_guide()), healed)
        notices: list[str] = []
        monkeypatch.setattr(app, "notify", lambda message, **_: notices.append(message))
        async with app.run_test() as pilot:
            await pilot.pause()
        assert [notice for notice in notices if "damaged" in notice] == [healed.notice]


def with_sources(tmp_path: Path) -> Library:
    lantern, kettle = lantern_guide(), kettle_guide()
    twin = replace(kettle, title="Descale the other kettle")
    paths = [tmp_path / "lantern.md", tmp_path / "kettle.md", tmp_path / "kettle-too.md"]
    for path in paths:
        path.write_text("# placeholder\n")
    guides = [lantern, kettle, twin]
    files = [
        LoadedFile(path, (replace(guide, source=path),), recent=path.name == "lantern.md")
        for path, guide in zip(paths, guides, strict=True)
    ]
    return Library(tuple(files))


async def test_guides_sharing_an_id_are_marked_and_keep_their_own_progress(
    make_app: AppFactory, tmp_path: Path
) -> None:
    app = make_app(with_sources(tmp_path))
    async with app.run_test() as pilot:
        marked = [e for e in library_entries(app) if isinstance(e, GuideEntry) and e.problem]
        assert {entry.guide.title for entry in marked} == {
            "Descale a kettle",
            "Descale the other kettle",
        }
        assert all("also used in" in (entry.problem or "") for entry in marked)
        await pilot.press(*"other kettle", "enter", "space")
        await pilot.press("escape", "escape")
        progress = {
            entry.guide.title: entry.counts.done
            for entry in library_entries(app)
            if isinstance(entry, GuideEntry)
        }
        assert progress["Descale the other kettle"] == 1
        assert progress["Descale a kettle"] == 0


async def test_recent_files_are_grouped_and_delete_forgets_one(
    make_app: AppFactory, store: Store, tmp_path: Path
) -> None:
    library = with_sources(tmp_path)
    recent = next(loaded.path for loaded in library.files if loaded.recent)
    store.add_recent(str(recent.resolve()))
    app = make_app(library)
    async with app.run_test() as pilot:
        listed = library_entries(app)
        heading = listed.index(NoticeEntry(RECENT_HEADING))
        after = listed[heading + 1]
        assert isinstance(after, GuideEntry) and after.guide.title == "Fold a paper lantern"
        await pilot.press(*"lantern")
        await pilot.press("delete")
        assert NoticeEntry(RECENT_HEADING) not in library_entries(app)
        assert store.recent() == []
        await pilot.press("escape")
        titles = [e.guide.title for e in library_entries(app) if isinstance(e, GuideEntry)]
        assert "Fold a paper lantern" not in titles and len(titles) == 2


async def test_a_queued_tick_lands_after_its_guide_is_closed(
    make_app: AppFactory, store: Store, store_path: Path
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide=LANTERN)
    async with app.run_test() as pilot:
        other = sqlite3.connect(store_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        await pilot.press("space", "escape")
        assert isinstance(app.screen, LibraryScreen)
        other.execute("COMMIT")
        other.close()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert store.state(LANTERN).ticked == {"sheet"}


async def test_a_tick_from_another_window_shows_after_the_help_screen_closes(
    make_app: AppFactory, store_path: Path
) -> None:
    app = make_app(library_of(lantern_guide()), start_guide=LANTERN)
    async with app.run_test() as pilot:
        await pilot.press("question_mark")
        with Store(store_path) as other_window:
            other_window.set_ticked(LANTERN, "scissors", True)
        await pilot.pause(1.0)
        await pilot.press("escape")
        await pilot.pause()
        assert "[x]" in row_text(app, "scissors")


async def test_a_recent_file_that_matches_best_is_the_one_enter_opens(
    make_app: AppFactory, store: Store, tmp_path: Path
) -> None:
    texts = {
        "notes.md": "# Keep notes\n\n1. Open the notebook.\n2. Write the teacher's name.\n",
        "tea.md": "# Brew tea\n\n1. Boil water.\n2. Pour it over the leaves.\n",
    }
    files = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text)
        [guide] = parse_text(text, str(path)).guides
        files.append(LoadedFile(path, (replace(guide, source=path),), recent=name == "tea.md"))
    store.add_recent(str((tmp_path / "tea.md").resolve()))
    app = make_app(Library(tuple(files)))
    async with app.run_test() as pilot:
        await pilot.press(*"tea")
        assert NoticeEntry(RECENT_HEADING) not in library_entries(app)  # one ranking
        await pilot.press("enter")
        await pilot.pause()
        assert guide_screen(app).guide.title == "Brew tea"
