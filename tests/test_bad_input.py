"""Bad input never becomes a traceback: odd frontmatter, paths, regions, ids."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from walker.library import load_library
from walker.parse import parse_text
from walker.parse.front import parse_minutes


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("15 min", 15),
        ("1 h 30 min", 90),
        ("PT15M", 15),
        (20, 20),
        ("2 hours", 120),
        (".inf", None),
        (float("inf"), None),
        (float("nan"), None),
        ("²", None),
        (-5, None),
        ("soon", None),
        (True, None),
        ("99999999 h", None),
    ],
)
def test_parse_minutes(value: object, minutes: int | None) -> None:
    assert parse_minutes(value) == minutes


def test_a_bad_time_in_one_file_does_not_hide_the_others(tmp_path: Path) -> None:
    (tmp_path / "inf.md").write_text("---\ntitle: Inf\ntime: .inf\n---\n1. Do it.\n")
    (tmp_path / "good.md").write_text("# Good\n\n1. Do it.\n")
    library = load_library([tmp_path])
    assert {guide.title for guide in library.guides()} == {"Inf", "Good"}


def test_yaml_escapes_cannot_smuggle_control_characters() -> None:
    guide = parse_text('---\ntitle: "x\\u001b[31mRED"\ntags: ["a\\u009b2J"]\n---\n1. Go.\n').guides[
        0
    ]
    assert "\x1b" not in guide.title and "\x9b" not in guide.tags[0]


def test_frontmatter_id_cannot_leave_the_guide_folder(data_dir: Path) -> None:
    article = data_dir.parent / "escape.md"
    article.write_text("---\ntitle: Escape\nid: ../../escaped\n---\n1. Do it.\n")
    subprocess.run([sys.executable, "-m", "walker", "import", str(article)], check=True)
    assert (data_dir / "guides" / "escaped.md").exists()
    assert not (data_dir.parent.parent / "escaped.md").exists()


def test_a_named_region_comment_keeps_its_content() -> None:
    text = "# T\n\n<!-- article content start -->\n\n1. Do a.\n\n<!-- article content end -->\n"
    assert [step.title for step in parse_text(text).guides[0].steps()] == ["Do a."]


def test_an_ad_region_is_dropped_up_to_its_own_end() -> None:
    text = (
        "# T\n\n1. Do a.\n\n<!-- affiliate ads begin -->\n\nBuy the Gizmo Pro today\n\n"
        "<!-- affiliate ads end -->\n\n2. Do b.\n"
    )
    steps = list(parse_text(text).guides[0].steps())
    assert [step.title for step in steps] == ["Do a.", "Do b."]
    assert all("Gizmo" not in step.body for step in steps)


def test_an_unclosed_admonition_does_not_swallow_the_guide() -> None:
    text = "# T\n\n:::tip\n\nKeep going.\n\n1. Do a.\n2. Do b.\n"
    assert len(list(parse_text(text).guides[0].steps())) == 2


@pytest.mark.parametrize("heading", ["Options", "Examples"])
def test_reference_words_do_not_hide_real_steps(heading: str) -> None:
    text = f"# T\n\n## {heading}\n\n1. Open the app.\n2. Tap Save.\n"
    assert len(list(parse_text(text).guides[0].steps())) == 2


def test_non_latin_titles_get_ids_of_their_own() -> None:
    guide = parse_text("# 设置\n\n1. 打开应用\n2. 点击保存\n").guides[0]
    assert [step.id for step in guide.steps()] == ["打开应用", "点击保存"]
    assert guide.id == "设置"


def test_a_device_file_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "walker", "show", "/dev/zero"], capture_output=True, text=True
    )
    assert result.returncode != 0 and "not a regular file" in result.stderr
    assert "Traceback" not in result.stderr
