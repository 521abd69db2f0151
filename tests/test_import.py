"""`walker import`: a recovered guide written in the authored format parses back the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from walker.model import Choice, Guide, Node, Section, Step
from walker.parse import parse_file, parse_text
from walker.render.guide_md import escape_markdown, guide_to_markdown
from walker.render.outline import render_outline

HERE = Path(__file__).parent
SEEDS = HERE.parent.parent / "shared" / "seeds"
ARTICLES = sorted((HERE / "parse" / "fixtures").glob("*.md")) + sorted(
    (HERE / "parse" / "web").glob("*.md")
)


def shape(guide: Guide) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [("prerequisite", p.id, p.text) for p in guide.prerequisites]
    rows += [("callout", c.kind, c.text) for c in guide.callouts]

    def walk(flow: tuple[Node, ...]) -> None:
        for node in flow:
            if isinstance(node, Step):
                rows.append(("step", node.id, node.title, " ".join(node.body.split())))
                rows.extend(("callout", c.kind, c.text) for c in node.callouts)
                rows.extend(("image", i.alt, i.url) for i in node.images)
            elif isinstance(node, Section):
                rows.append(("section", node.id, node.title))
                walk(node.flow)
            elif isinstance(node, Choice):
                rows.append(("choice", node.id, node.title))
                for branch in node.branches:
                    rows.append(("branch", branch.id, branch.title, branch.intro))
                    walk(branch.flow)

    walk(guide.flow)
    return rows


def assert_round_trip(path: Path) -> None:
    for guide in parse_file(path).guides:
        written = guide_to_markdown(guide)
        again = parse_text(written).guides
        assert len(again) == 1, written
        assert again[0].id == guide.id
        assert render_outline(again[0], brief=True) == render_outline(guide, brief=True)
        assert shape(again[0]) == shape(guide)  # bodies compared word by word


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_round_trip_over_fixtures(article: Path) -> None:
    assert_round_trip(article)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed articles are not here")
def test_round_trip_over_seeds() -> None:
    for seed in sorted(SEEDS.glob("*.md")):
        assert_round_trip(seed)


def test_escape_keeps_markup_literal() -> None:
    text = "Press [bold]*Enter*[/] then #1 <b> `x` {#id}"
    guide = parse_text(f"# T\n\n1. **{escape_markdown(text)}**\n").guides[0]
    assert next(guide.steps()).title == text


def test_import_command_writes_into_the_guide_folder(data_dir: Path) -> None:
    article = HERE / "parse" / "fixtures" / "methods.md"
    run = [sys.executable, "-m", "walker", "import", str(article)]
    first = subprocess.run(run, capture_output=True, text=True, check=True)
    written = data_dir / "guides" / "back-up-your-phone-photos.md"
    assert str(written) in first.stdout
    assert parse_file(written).guides[0].step_count == 5
    again = subprocess.run(run, capture_output=True, text=True)
    assert again.returncode != 0 and "already exists" in again.stderr
    assert "Traceback" not in again.stderr


def test_import_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    article = HERE / "parse" / "fixtures" / "sections.md"
    subprocess.run(
        [sys.executable, "-m", "walker", "import", str(article), "-o", str(target)], check=True
    )
    assert render_outline(parse_file(target).guides[0]) == render_outline(
        parse_file(article).guides[0]
    )


TWO_GUIDES = HERE / "parse" / "web" / "seo_two_articles_record_trim.md"


def _import(*args: str) -> subprocess.CompletedProcess[str]:
    run = [sys.executable, "-m", "walker", "import", *args]
    return subprocess.run(run, capture_output=True, text=True)


def test_import_of_several_guides_to_a_file_writes_every_guide(tmp_path: Path) -> None:
    result = _import(str(TWO_GUIDES), "-o", str(tmp_path / "saved.md"))
    assert result.returncode == 0, result.stderr
    written = sorted(tmp_path.glob("saved-*.md"))
    original = parse_file(TWO_GUIDES).guides
    assert len(written) == len(original) == 2
    again = [parse_file(path).guides for path in written]
    assert all(len(guides) == 1 for guides in again)
    assert sorted(render_outline(g[0]) for g in again) == sorted(
        render_outline(g) for g in original
    )


def test_import_of_several_guides_to_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "kept"
    assert _import(str(TWO_GUIDES), "-o", str(folder)).returncode == 0
    ids = sorted(path.stem for path in folder.glob("*.md"))
    assert ids == sorted(guide.id for guide in parse_file(TWO_GUIDES).guides)


def test_import_writes_nothing_when_one_target_exists(tmp_path: Path) -> None:
    first = parse_file(TWO_GUIDES).guides[1]
    (tmp_path / f"{first.id}.md").write_text("mine", "utf-8")
    result = _import(str(TWO_GUIDES), "-o", str(tmp_path))
    assert result.returncode != 0 and "already exists" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{first.id}.md"]
    assert (tmp_path / f"{first.id}.md").read_text("utf-8") == "mine"
