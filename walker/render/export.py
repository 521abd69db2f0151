"""A guide with the reader's progress, as a Markdown task list or JSON, and the progress report."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, assert_never

from walker.guide_ref import guide_key
from walker.model import Choice, Guide, Node, Section, Step
from walker.progress import (
    GuideRecord,
    ProgressState,
    chosen_branch,
    is_finished,
    ready_tally,
    step_tally,
)


def format_time(moment: datetime, tz: tzinfo | None = None) -> str:
    """Format a moment as ``YYYY-MM-DD HH:MM`` in ``tz`` (default: the local time zone)."""
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def render_markdown(
    guide: Guide,
    state: ProgressState,
    tick_times: Mapping[str, datetime],
    record: GuideRecord,
    *,
    tz: tzinfo | None = None,
) -> str:
    """Write a guide with its progress as Markdown: a task list under a progress line."""
    writer = _MarkdownWriter(state, tick_times, tz)
    blocks = [[f"# {guide.title}"]]
    if guide.description:
        blocks.append([guide.description])
    blocks.append([writer.summary(guide, record)])
    if guide.prerequisites:
        tasks = [writer.task(item.text, item.id) for item in guide.prerequisites]
        blocks += [["## Before you start"], tasks]
    blocks += [["## Steps"], *writer.blocks(guide.flow, 3)]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


@dataclass(frozen=True)
class _MarkdownWriter:
    """Markdown lines for the parts of one guide, given the reader's progress."""

    state: ProgressState
    tick_times: Mapping[str, datetime]
    tz: tzinfo | None

    def summary(self, guide: Guide, record: GuideRecord) -> str:
        """Return the progress line: done/total, readiness and the finish time."""
        steps = step_tally(guide, self.state)
        parts = [f"Progress: {steps.done}/{steps.total} done ({steps.percent}%)"]
        if guide.prerequisites:
            ready = ready_tally(guide, self.state)
            parts.append(f"ready {ready.done}/{ready.total}")
        if record.finished_at is not None:
            parts.append(f"finished {format_time(record.finished_at, self.tz)}")
        return " · ".join(parts)

    def task(self, text: str, item_id: str) -> str:
        """Return one task-list line, with the tick time when it is ticked."""
        if item_id not in self.state.ticked:
            return f"- [ ] {text}"
        moment = self.tick_times.get(item_id)
        done = f" — done {format_time(moment, self.tz)}" if moment else ""
        return f"- [x] {text}{done}"

    def blocks(self, flow: tuple[Node, ...], level: int) -> list[list[str]]:
        """Return a flow's blocks: a heading per section, a task list per run of other nodes."""
        blocks: list[list[str]] = []
        run: list[str] | None = None
        for node in flow:
            if isinstance(node, Section):
                run = None
                blocks.append([f"{'#' * min(level, 6)} {node.title}"])
                blocks += self.blocks(node.flow, level + 1)
                continue
            if run is None:
                run = []
                blocks.append(run)
            run += self.items(node, 0)
        return blocks

    def items(self, node: Node, indent: int) -> list[str]:
        """Return the list lines of a node; choices show the chosen branch's steps nested."""
        pad = "  " * indent
        match node:
            case Step():
                return [pad + self.task(node.title, node.id)]
            case Section():
                return [f"{pad}- **{node.title}**", *self.nested(node.flow, indent + 1)]
            case Choice():
                return self.choice(node, pad, indent)
            case _:
                assert_never(node)

    def choice(self, choice: Choice, pad: str, indent: int) -> list[str]:
        """Return a choice's lines: the branches to pick from, or the chosen one's steps."""
        branch = chosen_branch(choice, self.state)
        if branch is None:
            names = ", ".join(other.title for other in choice.branches)
            return [f"{pad}- [ ] **{choice.title}** — not chosen yet: {names}"]
        others = ", ".join(other.title for other in choice.branches if other is not branch)
        note = f" (not chosen: {others})" if others else ""
        heading = f"{pad}- **{choice.title}** — chosen: {branch.title}{note}"
        return [heading, *self.nested(branch.flow, indent + 1)]

    def nested(self, flow: tuple[Node, ...], indent: int) -> list[str]:
        """Return the list lines of every node of a flow at one indent."""
        return [line for node in flow for line in self.items(node, indent)]


def render_json(
    guide: Guide,
    state: ProgressState,
    tick_times: Mapping[str, datetime],
    record: GuideRecord,
) -> str:
    """Write a guide with its progress as JSON: every branch, ticks with UTC times, counts."""
    steps, ready = step_tally(guide, state), ready_tally(guide, state)
    writer = _JsonWriter(state, tick_times)
    data = {
        "id": guide.id,
        "title": guide.title,
        "description": guide.description,
        "tags": list(guide.tags),
        "progress": {
            "done": steps.done,
            "total": steps.total,
            "percent": steps.percent,
            "ready_done": ready.done,
            "ready_total": ready.total,
            "finished": is_finished(guide, state),
            "opened_at": _iso(record.opened_at),
            "finished_at": _iso(record.finished_at),
        },
        "prerequisites": [
            {"id": item.id, "text": item.text, **writer.tick(item.id)}
            for item in guide.prerequisites
        ],
        "flow": [writer.node(node) for node in guide.flow],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class _JsonWriter:
    """JSON data for the parts of one guide, given the reader's progress."""

    state: ProgressState
    tick_times: Mapping[str, datetime]

    def tick(self, item_id: str) -> dict[str, Any]:
        """Return whether an item is ticked, and when (UTC, ISO 8601)."""
        ticked = item_id in self.state.ticked
        moment = self.tick_times.get(item_id) if ticked else None
        return {"ticked": ticked, "ticked_at": _iso(moment)}

    def node(self, node: Node) -> dict[str, Any]:
        """Return one flow node with its ticks; a choice says which branch is chosen."""
        match node:
            case Step():
                return {"type": "step", "id": node.id, "title": node.title, **self.tick(node.id)}
            case Section():
                flow = [self.node(child) for child in node.flow]
                return {"type": "section", "id": node.id, "title": node.title, "flow": flow}
            case Choice():
                return self.choice(node)
            case _:
                assert_never(node)

    def choice(self, choice: Choice) -> dict[str, Any]:
        """Return a choice with every branch, marking the chosen one."""
        chosen = chosen_branch(choice, self.state)
        branches = [
            {
                "id": branch.id,
                "title": branch.title,
                "chosen": branch is chosen,
                "flow": [self.node(child) for child in branch.flow],
            }
            for branch in choice.branches
        ]
        return {
            "type": "choice",
            "id": choice.id,
            "title": choice.title,
            "chosen": chosen.id if chosen else None,
            "branches": branches,
        }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def render_progress_report(
    guides: Sequence[Guide],
    records: Mapping[str, GuideRecord],
    states: Mapping[str, ProgressState],
    tz: tzinfo | None = None,
) -> str:
    """List the started (a tick or a choice), finished and only opened guides, in library order."""
    started: list[str] = []
    finished: list[str] = []
    opened: list[str] = []
    for guide in guides:
        key = guide_key(guide)
        record = records.get(key)
        if record is None:
            continue
        state = states.get(key, ProgressState())
        tally = step_tally(guide, state)
        line = f"  {tally.done:>3}/{tally.total:<3} {tally.percent:>3}%  {guide.title} ({guide.id})"
        if record.finished_at is not None:
            finished.append(f"{line} · finished {format_time(record.finished_at, tz)}")
        elif state.ticked or state.choices:
            when = record.last_active
            started.append(f"{line} · last {format_time(when, tz)}" if when else line)
        elif record.opened_at is not None:
            opened.append(f"{line} · opened {format_time(record.opened_at, tz)}")
    sections = [("In progress", started), ("Finished", finished), ("Opened, not started", opened)]
    report = "".join("\n".join([heading, *lines]) + "\n" for heading, lines in sections if lines)
    return report if started or finished else "No guide started yet.\n" + report
