"""Every command and the app, on every hostile file: exit cleanly, one line naming the file,
no escape sequence reaching the terminal, the good guide still there."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import LOCKED, MAKERS, make_hostile_folder, refuse_reading
from property_limits import CONTROL

from walker.cli import main
from walker.library import load_library

COMMANDS = {
    "parse": lambda path, out: ["parse", "--json", str(path)],
    "show": lambda path, out: ["show", str(path)],
    "check": lambda path, out: ["check", str(path)],
    "export": lambda path, out: ["export", str(path), "--format", "json"],
    "import": lambda path, out: ["import", str(path), "-o", str(out / "imported.md")],
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_hostile_folder(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(autouse=True)
def unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Path, "open", refuse_reading(LOCKED))


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exit_:  # argparse
        status = int(exit_.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_clean(status: int, out: str, err: str, name: str) -> None:
    assert status in (0, 1, 2), (status, err)
    assert "Traceback" not in err
    assert not CONTROL.search(out.replace("\n", "").replace("\t", "")), out[:300]
    assert not CONTROL.search(err.replace("\n", "")), err
    if status == 2:
        assert len(err.strip().splitlines()) == 1, err
        assert name in err


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", MAKERS)
def test_every_command_on_every_hostile_file(
    command: str,
    name: str,
    hostile: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(COMMANDS[command](hostile[name], tmp_path), capsys)
    assert_clean(status, out, err, name)


def test_the_unreadable_file_is_one_line_naming_it(
    hostile: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(["show", str(hostile[LOCKED])], capsys)
    assert status == 2
    assert err.strip() == f"walker: {hostile[LOCKED]}: cannot be read (Permission denied)"


@pytest.mark.parametrize("command", [["list"], ["progress"], ["check"]])
def test_folder_commands_list_every_problem_and_keep_the_good_guide(
    command: list[str],
    hostile: dict[str, Path],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = hostile["good.md"].parent
    if command == ["progress"]:
        monkeypatch.setattr("walker.follow.default_folders", lambda: [folder])
    argv = command if command == ["progress"] else [*command, str(folder)]
    status, out, err = run(argv, capsys)
    assert_clean(status, out, err, "")
    if command != ["progress"]:
        assert LOCKED in out
    if command == ["list"]:
        assert "Good guide" in out


async def test_the_app_lists_the_hostile_folder_and_every_guide_opens(
    hostile: dict[str, Path],
) -> None:
    from walker.store import Store
    from walker.tui.app import WalkerApp
    from walker.tui.screens.guide import GuideScreen
    from walker.tui.screens.library import LibraryScreen
    from walker.tui.widgets.guide_list import GuideEntry, GuideList

    library = load_library([hostile["good.md"].parent])
    assert any(guide.title == "Good guide" for guide in library.guides())
    assert any(loaded.error and LOCKED in loaded.error for loaded in library.files)
    with Store() as store:
        app = WalkerApp(library, store)
        async with app.run_test(size=(100, 30)) as pilot:
            assert isinstance(app.screen, LibraryScreen)
            entries = app.screen.query_one("#guides", GuideList).entries
            guides = [entry for entry in entries if isinstance(entry, GuideEntry)]
            assert len(guides) == len(library.guides())
            for index in range(len(guides)):
                await pilot.press("pageup", *(["down"] * index), "enter")
                assert isinstance(app.screen, GuideScreen)
                await pilot.press("space", "b", "u", "escape")
                assert isinstance(app.screen, LibraryScreen)
