"""`walker parse --json`: a parse result as the JSON the evaluation contract specifies."""

from __future__ import annotations

import json
from typing import Any, assert_never

from walker.model import Callout, Choice, Guide, Node, ParseResult, Section, Step


def result_to_json(result: ParseResult) -> str:
    """Render a parse result as indented JSON."""
    return json.dumps(result_to_dict(result), indent=2, ensure_ascii=False)


def result_to_dict(result: ParseResult) -> dict[str, Any]:
    """Return a parse result as plain data."""
    return {
        "source": result.source,
        "guides": [guide_to_dict(guide) for guide in result.guides],
        "diagnostics": [
            {"level": str(d.level), "message": d.message, "line": d.line}
            for d in result.diagnostics
        ],
    }


def guide_to_dict(guide: Guide) -> dict[str, Any]:
    """Return one guide as plain data (with how it was read, for a web page)."""
    data: dict[str, Any] = {
        "id": guide.id,
        "title": guide.title,
        "description": guide.description,
        "tags": list(guide.tags),
        "time": guide.time_minutes,
        "source": guide.source_url,
        "prerequisites": [{"id": p.id, "text": p.text} for p in guide.prerequisites],
        "callouts": [_callout(c) for c in guide.callouts],
        "flow": [node_to_dict(node) for node in guide.flow],
    }
    if guide.read_from:
        data["read_from"] = guide.read_from
    if guide.image:
        data["image"] = guide.image
    return data


def _callout(callout: Callout) -> dict[str, str]:
    return {"kind": str(callout.kind), "text": callout.text}


def node_to_dict(node: Node) -> dict[str, Any]:
    """Return one flow node as plain data."""
    match node:
        case Step():
            return {
                "type": "step",
                "id": node.id,
                "title": node.title,
                "body": node.body,
                "callouts": [_callout(c) for c in node.callouts],
                "images": [{"alt": i.alt, "url": i.url} for i in node.images],
            }
        case Section():
            return {
                "type": "section",
                "id": node.id,
                "title": node.title,
                "flow": [node_to_dict(child) for child in node.flow],
            }
        case Choice():
            return {
                "type": "choice",
                "id": node.id,
                "title": node.title,
                "branches": [
                    {
                        "id": branch.id,
                        "title": branch.title,
                        "intro": branch.intro,
                        "flow": [node_to_dict(child) for child in branch.flow],
                    }
                    for branch in node.branches
                ],
            }
        case _:
            assert_never(node)
