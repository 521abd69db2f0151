"""GitHub task lists are checklists, and walker's own Markdown export parses back to its guide."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from walker.model import Choice, Guide, Node, Section, Step, walk_nodes
from walker.parse import parse_file, parse_text
from walker.parse.blocks import Kind, to_blocks
from walker.progress import GuideRecord, ProgressState
from walker.render.export import render_markdown

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "parse" / "fixtures"
TICKED_AT = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def _export(guide: Guide, ticked: set[str]) -> str:
    """Walker's Markdown export of a guide with some items ticked at one moment."""
    times = dict.fromkeys(ticked, TICKED_AT)
    return render_markdown(guide, ProgressState(frozenset(ticked)), times, GuideRecord(guide.id))


def _shape(flow: tuple[Node, ...]) -> list[object]:
    """Every node's kind, id and title, sections with their own flow."""
    shape: list[object] = []
    for node in flow:
        if isinstance(node, Section):
            shape.append(("section", node.id, node.title, _shape(node.flow)))
        else:
            shape.append((type(node).__name__, node.id, node.title))
    return shape


def _needs(guide: Guide) -> list[tuple[str, str]]:
    return [(item.id, item.text) for item in guide.prerequisites]


def _step_ids(guide: Guide) -> list[str]:
    return [node.id for node in walk_nodes(guide.flow) if isinstance(node, Step)]


def test_a_task_item_keeps_its_state_and_loses_its_marker() -> None:
    (block,) = to_blocks("- [ ] Open the valve\n- [x] Close the tap\n- [X] Drain it\n- Dry it")
    assert block.kind is Kind.LIST
    assert [item.ticked for item in block.items] == [False, True, True, None]
    assert [item.text for item in block.items] == [
        "Open the valve",
        "Close the tap",
        "Drain it",
        "Dry it",
    ]
    assert block.items[0].source == "Open the valve"


def test_a_bracket_that_is_no_task_marker_stays_text() -> None:
    (block,) = to_blocks("- [link text] is not a box\n- [ ]no space after it either")
    assert [item.ticked for item in block.items] == [None, None]
    assert block.items[0].text == "[link text] is not a box"


def test_only_a_ticked_task_loses_the_export_done_stamp() -> None:
    (block,) = to_blocks("- [x] Sand it — done 2026-03-14 09:30\n- Sand it — done 2026-03-14 09:30")
    assert block.items[0].text == "Sand it"
    assert block.items[1].text == "Sand it — done 2026-03-14 09:30"


def test_the_exported_checklist_fixture_is_what_the_export_writes() -> None:
    guide = parse_file(FIXTURES / "task-list.md").guides[0]
    ticked = {guide.prerequisites[0].id, *_step_ids(guide)[::2]}
    exported = (FIXTURES / "exported-checklist.md").read_text("utf-8")
    assert (
        render_markdown(
            guide,
            ProgressState(frozenset(ticked)),
            dict.fromkeys(ticked, TICKED_AT),
            GuideRecord(guide.id),
            tz=UTC,
        )
        == exported
    )


def test_the_exported_checklist_parses_back_to_its_guide() -> None:
    (guide,) = parse_file(FIXTURES / "task-list.md").guides
    (back,) = parse_file(FIXTURES / "exported-checklist.md").guides
    assert (back.title, _shape(back.flow), _needs(back)) == (
        guide.title,
        _shape(guide.flow),
        _needs(guide),
    )


def _round_trip_cases() -> list[Path]:
    """Guides whose export can hold everything: no choices (the export shows one branch) and no
    pinned ids (the export writes none)."""
    cases = []
    for path in sorted(FIXTURES.glob("*.md")) + sorted((ROOT / "guides").glob("*.md")):
        guides = parse_file(path).guides
        if "{#" in path.read_text("utf-8") or not guides:
            continue
        if not any(isinstance(node, Choice) for g in guides for node in walk_nodes(g.flow)):
            cases.append(path)
    return cases


@pytest.mark.parametrize("path", _round_trip_cases(), ids=lambda path: path.stem)
def test_an_exported_guide_parses_back_to_the_same_steps(path: Path) -> None:
    for guide in parse_file(path).guides:
        ticked = set(_step_ids(guide)[1::2]) | {item.id for item in guide.prerequisites[:1]}
        (back,) = parse_text(_export(guide, ticked)).guides
        assert _shape(back.flow) == _shape(guide.flow)
        assert _needs(back) == _needs(guide)


def test_the_round_trip_covers_steps_sections_and_prerequisites() -> None:
    cases = _round_trip_cases()
    guides = [guide for path in cases for guide in parse_file(path).guides]
    assert any(isinstance(node, Section) for guide in guides for node in guide.flow)
    assert any(guide.prerequisites for guide in guides)
    assert sum(len(_step_ids(guide)) for guide in guides) >= 20
