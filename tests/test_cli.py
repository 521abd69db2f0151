"""The command line, run as a user runs it: a subprocess, exit codes, stdout and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "parse" / "fixtures"


def walker(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "walker", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    for word in words:
        assert word in result.stderr


def test_parse_json_follows_the_contract() -> None:
    result = walker("parse", "--json", str(FIXTURES / "methods.md"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"source", "guides", "diagnostics"}
    guide = data["guides"][0]
    assert set(guide) >= {"id", "title", "description", "tags", "prerequisites", "callouts", "flow"}
    choice = guide["flow"][0]
    assert choice["type"] == "choice"
    assert [len(b["flow"]) for b in choice["branches"]] == [2, 2, 1]


def test_parse_of_a_file_without_steps_exits_zero_with_a_diagnostic() -> None:
    result = walker("parse", "--json", str(FIXTURES / "no-steps.md"))
    assert result.returncode == 0
    messages = [d["message"] for d in json.loads(result.stdout)["diagnostics"]]
    assert any("no steps" in message for message in messages)


@pytest.mark.parametrize("command", ["parse", "show", "export"])
def test_missing_file_is_one_line_naming_it(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.md"
    args = [command, "--json", str(missing)] if command == "parse" else [command, str(missing)]
    assert_one_line_error(walker(*args), "nowhere.md")


def test_check_reports_a_missing_file_as_an_error_line(tmp_path: Path) -> None:
    result = walker("check", str(tmp_path / "nowhere.md"))
    assert result.returncode == 1
    assert result.stdout == f"{tmp_path / 'nowhere.md'}: error: no such file\n"


def test_folder_where_a_file_is_needed(tmp_path: Path) -> None:
    assert_one_line_error(walker("parse", "--json", str(tmp_path)), str(tmp_path), "folder")


def test_unknown_guide_id() -> None:
    assert_one_line_error(walker("show", "no-such-guide"), "no-such-guide")


def test_show_prints_numbered_outline_with_branches() -> None:
    result = walker("show", str(FIXTURES / "nested-choice.md"))
    assert result.returncode == 0, result.stderr
    assert "1a) By train" in result.stdout
    assert "1a.2a.1. Take the express" in result.stdout
    assert "1b.2. Drive to the long-stay car park." in result.stdout


def test_show_by_guide_id_from_the_bundled_library() -> None:
    result = walker("show", "save-a-tiktok-video-to-your-phone")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Save a TikTok video")


def test_list_shows_bundled_guides_and_broken_files(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# Good guide\n\n1. Do it.\n")
    (tmp_path / "broken.md").write_bytes(b"---\ntitle: [x\n---\n")
    result = walker("list", str(tmp_path))
    assert result.returncode == 0
    assert "good-guide" in result.stdout
    assert "broken.md" in result.stdout
    default = walker("list")
    assert default.stdout.count("tiktok") >= 6


def test_check_reports_file_line_level_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(
        "---\ntags: 5\n---\n# Bad\n\n## Option 1: A {#same}\n\n1. One.\n\n"
        "## Option 2: B {#same}\n\n1. Two.\n\n1. " + "x" * 130 + "\n"
    )
    result = walker("check", str(bad))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(
        line.startswith(f"{bad}:") and ": error: duplicate id 'same'" in line for line in lines
    )
    assert any(": warning: frontmatter 'tags'" in line for line in lines)
    assert any("over 120" in line for line in lines)


def test_check_passes_clean_guide() -> None:
    result = walker("check", str(FIXTURES / "sections.md"))
    assert result.returncode == 0
    assert "error" not in result.stdout and "warning" not in result.stdout


def test_check_flags_no_title_and_no_steps(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("Only words here.\n")
    result = walker("check", str(empty))
    assert result.returncode == 1
    assert "no title" in result.stdout and "has no steps" in result.stdout


def test_check_flags_an_empty_branch(tmp_path: Path) -> None:
    guide = tmp_path / "empty-branch.md"
    guide.write_text("# Pick\n\n## Option 1: Here\n\n1. Do it.\n\n## Option 2: There\n")
    result = walker("check", str(guide))
    assert result.returncode == 1
    assert f"{guide}:7: error: branch 'There' is empty" in result.stdout


def test_check_of_a_folder_without_guides_is_an_error(tmp_path: Path) -> None:
    result = walker("check", str(tmp_path))
    assert result.returncode == 1
    assert f"{tmp_path}: error: no guide files" in result.stdout


@pytest.mark.parametrize("command", ["show", "export", "import"])
def test_a_file_without_steps_is_refused(command: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("Just words, nothing to do.\n")
    assert_one_line_error(walker(command, str(empty)), "empty.md", "no steps")


def test_version() -> None:
    result = walker("--version")
    assert result.returncode == 0 and result.stdout.startswith("walker ")
