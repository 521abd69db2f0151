"""Every walk over a flow handles Step, Section and Choice by name and rejects any other node.

mypy --strict proves it statically (each walk ends in ``assert_never``); this test proves that no
walk still has a catch-all ``else`` treating an unknown node as a choice. The stray node below
looks enough like a choice (it has empty ``branches`` and ``flow``) that such an ``else`` would
accept it silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import pytest

from walker.model import Branch, Guide, Node, iter_steps, walk_nodes
from walker.numbering import number_items
from walker.parse import ids
from walker.progress import ProgressState, choice_path, open_path
from walker.render import export, outline
from walker.render.guide_md import guide_to_markdown
from walker.render.json_out import node_to_dict
from walker.tui import rows


@dataclass(frozen=True)
class Stray:
    """A node kind that no walk knows."""

    id: str = "stray"
    title: str = "A node kind nobody handles"
    line: int | None = None
    flow: tuple[Node, ...] = ()
    branches: tuple[Branch, ...] = ()


STRAY = cast(Node, Stray())
FLOW = (STRAY,)
GUIDE = Guide(id="g", title="G", flow=FLOW)
STATE = ProgressState()

# One entry per hand-written walk, reaching it directly when a public caller would run another
# walk first (render_outline numbers the guide before it prints it, for instance).
WALKS: dict[str, Callable[[], Any]] = {
    "model.walk_nodes": lambda: list(walk_nodes(FLOW)),
    "model.iter_steps": lambda: list(iter_steps(FLOW)),
    "progress.open_path": lambda: open_path(GUIDE, STATE),
    "progress.choice_path": lambda: choice_path(GUIDE, "missing"),
    "numbering.number_items": lambda: number_items(GUIDE),
    "render.outline": lambda: outline._flow_lines(outline._Outline({}, brief=True), FLOW, 1),
    "render.guide_md": lambda: guide_to_markdown(GUIDE),
    "render.json_out": lambda: node_to_dict(STRAY),
    "render.export markdown": lambda: export._MarkdownWriter(STATE, {}, None).nested(FLOW, 0),
    "render.export json": lambda: export._JsonWriter(STATE, {}).node(STRAY),
    "tui.rows": lambda: list(rows._flow_rows(FLOW, {}, 0, ())),
    "parse.ids": lambda: ids._flow_ids(FLOW, ids.IdMaker(set())),
}


@pytest.mark.parametrize("walk", WALKS.values(), ids=WALKS.keys())
def test_a_walk_rejects_an_unknown_node_kind(walk: Callable[[], Any]) -> None:
    with pytest.raises(AssertionError, match="unreachable"):
        walk()
