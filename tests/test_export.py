"""Exports of a guide with progress (Markdown, JSON), and the export and progress commands."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from walker.commands.export import export_command, export_to_data_dir, render_guide
from walker.commands.progress import progress_command, progress_report
from walker.errors import WalkerError
from walker.library import Library, LoadedFile
from walker.model import Branch, Choice, Guide, Prerequisite, Section, Step
from walker.progress import GuideRecord, ProgressState
from walker.render.export import render_json, render_markdown, render_progress_report
from walker.store import Store

START = datetime(2026, 11, 22, 14, 0, tzinfo=UTC)
WHERE = Choice(
    "where",
    "Where will it grow?",
    (
        Branch("indoors", "Indoors", flow=(Step("sill", "Put it on a sunny sill"),)),
        Branch("outdoors", "Outdoors", flow=(Step("bed", "Plant it in a bed"),)),
    ),
)
SEED = Guide(
    id="plant-a-seed",
    title="Plant a seed",
    description="From packet to pot.",
    prerequisites=(Prerequisite("pot", "A small pot"), Prerequisite("soil", "Potting soil")),
    flow=(
        Step("fill", "Fill the pot with soil"),
        WHERE,
        Step("water", "Water it"),
        Section("aftercare", "Aftercare", (Step("check", "Check it every day"),)),
    ),
)
OTHER = Guide(id="repot", title="Repot a plant", flow=(Step("lift", "Lift the plant out"),))
STATE = ProgressState(frozenset({"pot", "fill", "sill"}), {"where": "indoors"})
TIMES = {"pot": START, "fill": START + timedelta(minutes=5), "sill": START + timedelta(minutes=7)}

EXPECTED_MARKDOWN = """\
# Plant a seed

From packet to pot.

Progress: 2/4 done (50%) · ready 1/2

## Before you start

- [x] A small pot — done 2026-11-22 14:00
- [ ] Potting soil

## Steps

- [x] Fill the pot with soil — done 2026-11-22 14:05
- **Where will it grow?** — chosen: Indoors (not chosen: Outdoors)
  - [x] Put it on a sunny sill — done 2026-11-22 14:07
- [ ] Water it

### Aftercare

- [ ] Check it every day
"""


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WALKER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def seeded_store() -> Store:
    """Open the default store with the seed guide's progress, at fixed times."""
    moments = iter(START + timedelta(minutes=minute) for minute in (0, 5, 7, 8))
    store = Store(clock=lambda: next(moments, START + timedelta(hours=1)))
    for item_id in ("pot", "fill", "sill"):
        store.set_ticked(SEED.id, item_id, True)
    store.choose(SEED.id, "where", "indoors")
    return store


def test_markdown_is_a_task_list_with_times_and_progress() -> None:
    text = render_markdown(SEED, STATE, TIMES, GuideRecord(SEED.id), tz=UTC)
    assert text == EXPECTED_MARKDOWN


def test_markdown_shows_an_unmade_choice_as_open_and_the_finish_time() -> None:
    record = GuideRecord(SEED.id, finished_at=START + timedelta(days=1))
    text = render_markdown(SEED, ProgressState(), {}, record, tz=UTC)
    assert "- [ ] **Where will it grow?** — not chosen yet: Indoors, Outdoors\n" in text
    assert "Progress: 0/4 done (0%) · ready 0/2 · finished 2026-11-23 14:00\n" in text
    assert "sill" not in text


def test_markdown_without_prerequisites_or_description() -> None:
    text = render_markdown(OTHER, ProgressState(), {}, GuideRecord(OTHER.id))
    assert text == (
        "# Repot a plant\n\nProgress: 0/1 done (0%)\n\n## Steps\n\n- [ ] Lift the plant out\n"
    )


def test_json_holds_the_same_information() -> None:
    data = json.loads(render_json(SEED, STATE, TIMES, GuideRecord(SEED.id, opened_at=START)))
    assert data["id"] == "plant-a-seed"
    assert data["progress"] == {
        "done": 2,
        "total": 4,
        "percent": 50,
        "ready_done": 1,
        "ready_total": 2,
        "finished": False,
        "opened_at": "2026-11-22T14:00:00+00:00",
        "finished_at": None,
    }
    assert data["prerequisites"][0] == {
        "id": "pot",
        "text": "A small pot",
        "ticked": True,
        "ticked_at": "2026-11-22T14:00:00+00:00",
    }
    choice = data["flow"][1]
    assert choice["type"] == "choice"
    assert choice["chosen"] == "indoors"
    assert [branch["chosen"] for branch in choice["branches"]] == [True, False]
    assert choice["branches"][1]["flow"][0]["ticked"] is False
    assert data["flow"][3]["flow"][0]["type"] == "step"


def test_render_guide_reads_the_store_and_refuses_unknown_formats(data: Path) -> None:
    with seeded_store() as store:
        assert render_guide(SEED, store, "md", UTC) == EXPECTED_MARKDOWN
        assert json.loads(render_guide(SEED, store, "json"))["progress"]["done"] == 2
        with pytest.raises(WalkerError, match="pdf"):
            render_guide(SEED, store, "pdf")


def test_export_to_data_dir_writes_a_dated_file(data: Path) -> None:
    with seeded_store() as store:
        path = export_to_data_dir(SEED, store, UTC)
    assert path == data / "exports" / "plant-a-seed-2026-11-22.md"
    assert path.read_text(encoding="utf-8") == EXPECTED_MARKDOWN


def test_export_command_writes_stdout_or_a_file(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded_store().close()
    monkeypatch.setattr(
        "walker.commands.export.resolve_guides", lambda reference, load=None: [SEED]
    )
    assert export_command("plant-a-seed", "md", None) == 0
    assert "- [x] Fill the pot with soil — done " in capsys.readouterr().out
    output = tmp_path / "out" / "seed.json"
    assert export_command("plant-a-seed", "json", output) == 0
    assert json.loads(output.read_text(encoding="utf-8"))["progress"]["total"] == 4


def test_export_command_asks_for_an_id_when_a_file_holds_several(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "walker.commands.export.resolve_guides", lambda reference, load=None: [SEED, OTHER]
    )
    with pytest.raises(WalkerError, match=r"garden\.md: .*FILE#id: plant-a-seed, repot"):
        export_command("garden.md", "md", None)


def test_progress_report_lists_started_and_finished_guides(data: Path) -> None:
    untouched = Guide(id="untouched", title="Never opened")
    opened = Guide(id="opened", title="Only looked at")
    with seeded_store() as store:
        store.mark_opened(OTHER.id)
        store.set_ticked(OTHER.id, "lift", True)
        store.set_finished(OTHER.id, True)
        store.mark_opened(opened.id)
        report = progress_report([SEED, OTHER, untouched, opened], store, UTC)
    assert report == (
        "In progress\n"
        "    2/4    50%  Plant a seed (plant-a-seed) · last 2026-11-22 14:08\n"
        "Finished\n"
        "    1/1   100%  Repot a plant (repot) · finished 2026-11-22 15:00\n"
        "Opened, not started\n"
        "    0/0     0%  Only looked at (opened) · opened 2026-11-22 15:00\n"
    )


def test_progress_report_does_not_count_an_opened_guide_as_started(data: Path) -> None:
    with Store(clock=lambda: START) as store:
        store.mark_opened(SEED.id)
        report = progress_report([SEED], store, UTC)
    assert report == (
        "No guide started yet.\n"
        "Opened, not started\n"
        "    0/4     0%  Plant a seed (plant-a-seed) · opened 2026-11-22 14:00\n"
    )


def test_progress_report_renders_from_plain_values_without_a_store() -> None:
    records = {SEED.id: GuideRecord(SEED.id, changed_at=START), OTHER.id: GuideRecord(OTHER.id)}
    states = {SEED.id: ProgressState(frozenset({"fill"}))}
    report = render_progress_report([SEED, OTHER], records, states, UTC)
    assert report == (
        "In progress\n    1/4    25%  Plant a seed (plant-a-seed) · last 2026-11-22 14:00\n"
    )


def test_progress_command_prints_the_report(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    library = Library((LoadedFile(Path("garden.md"), (SEED, OTHER)),))
    monkeypatch.setattr("walker.commands.progress.user_library", lambda store: library)
    assert progress_command() == 0
    assert capsys.readouterr().out == "No guide started yet.\n"
    seeded_store().close()
    assert progress_command() == 0
    assert "Plant a seed (plant-a-seed)" in capsys.readouterr().out


def test_markdown_nests_sections_as_headings_or_inside_a_branch() -> None:
    route = Choice(
        "route",
        "Which route?",
        (Branch("long", "Long", flow=(Section("legs", "Legs", (Step("walk", "Walk"),)),)),),
    )
    guide = Guide(
        id="trip",
        title="Trip",
        flow=(
            Section("out", "Out", (Section("pack", "Pack", (Step("bag", "Pack a bag"),)),)),
            route,
        ),
    )
    text = render_markdown(guide, ProgressState(choices={"route": "long"}), {}, GuideRecord("trip"))
    assert text.endswith(
        "## Steps\n\n### Out\n\n#### Pack\n\n- [ ] Pack a bag\n\n"
        "- **Which route?** — chosen: Long\n  - **Legs**\n    - [ ] Walk\n"
    )
