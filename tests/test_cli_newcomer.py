"""The command line as a newcomer meets it: whole ids, did-you-mean, `show` in full, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import assert_one_line_error, walker

from walker import cli
from walker.parse import parse_file
from walker.render.guide_md import guide_to_markdown

LONG_TITLE = "Set up the office printer on every laptop of the team"
LONG_ID = "set-up-the-office-printer-on-every-laptop-of-the-team"  # 53 characters

GUIDE = """---
title: Restore a backup
---
# Restore a backup

## Before you begin

- The backup disk

## Step 1: Mount the disk

Plug it in and run:

```sh
sudo mount /dev/sdb1 /mnt/backup --options ro,noexec,nosuid
```

Tip: Read-only keeps the backup safe.

## Choose a way

### Option 1: Copy everything

Fine for small homes.

1. Copy the files. See [the manual](https://example.org/manual).

### Option 2: Pick files

1. Copy only what you need.
"""


@pytest.fixture
def guide_file(tmp_path: Path) -> Path:
    path = tmp_path / "restore.md"
    path.write_text(GUIDE, encoding="utf-8")
    return path


def test_list_prints_long_ids_whole_and_they_work(tmp_path: Path) -> None:
    (tmp_path / "long.md").write_text(f"# {LONG_TITLE}\n\n1. Do it.\n", encoding="utf-8")
    listed = walker("list", str(tmp_path))
    [line] = [line for line in listed.stdout.splitlines() if line.startswith("set-up")]
    assert line.split()[0] == LONG_ID
    assert "  Set up the office printer on every laptop of th…  " in line  # the title is cut
    shown = walker("show", f"{tmp_path / 'long.md'}#{LONG_ID}")
    assert shown.returncode == 0, shown.stderr


def test_a_wrong_guide_id_suggests_the_closest() -> None:
    result = walker("show", "save-a-tiktok-vidoe-to-your-phone")
    assert_one_line_error(result, "did you mean save-a-tiktok-video-to-your-phone?")
    cut = walker("export", "save-a-tiktok-video-to-your")
    assert_one_line_error(cut, "did you mean save-a-tiktok-video-to-your-phone?")


def test_a_mistyped_command_is_an_error_not_the_app() -> None:
    assert_one_line_error(walker("lsit"), "lsit: no such command, file or guide id")
    assert "did you mean `walker list`?" in walker("lsit").stderr
    assert_one_line_error(walker("missing/guide.md"), "missing/guide.md: no such file")


def test_a_guide_id_opens_the_app_on_that_guide(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[tuple[list[Path], str | None]] = []

    def fake_run_app(
        paths: list[Path], *, library: object = None, start_guide: str | None = None
    ) -> int:
        started.append((paths, start_guide))
        return 0

    monkeypatch.setattr("walker.tui.app.run_app", fake_run_app)
    assert cli.main(["join-someones-tiktok-live-as-a-guest"]) == 0
    assert started == [([], "join-someones-tiktok-live-as-a-guest")]


def test_show_prints_bodies_code_callouts_and_branch_intros(guide_file: Path) -> None:
    result = walker("show", str(guide_file))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "   - The backup disk" in out
    assert "   1. Mount the disk\n      Plug it in and run:\n" in out
    assert "          sudo mount /dev/sdb1 /mnt/backup --options ro,noexec,nosuid\n" in out
    assert "      Tip: Read-only keeps the backup safe." in out
    assert "      2a) Copy everything\n         Fine for small homes.\n" in out
    assert "See the manual (https://example.org/manual)." in out


def test_show_brief_prints_titles_only(guide_file: Path) -> None:
    out = walker("show", "--brief", str(guide_file)).stdout
    assert "1. Mount the disk" in out and "2a.1. Copy the files." in out
    assert "sudo mount" not in out and "Tip:" not in out and "Fine for small" not in out


def test_import_writes_each_image_once(tmp_path: Path) -> None:
    source = tmp_path / "pictures.md"
    source.write_text(
        "# Hang a shelf\n\n## Step 1: Mark the wall\n\n![pencil marks](https://example.org/m.png)\n"
        "\nMark both ends.\n",
        encoding="utf-8",
    )
    [guide] = parse_file(source).guides
    assert guide_to_markdown(guide).count("https://example.org/m.png") == 1
