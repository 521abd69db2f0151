"""Read a page's schema.org JSON-LD: every block, and the HowTo / Recipe nodes in them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

PROCEDURE_TYPES = ("howto", "recipe")
MAX_NODES = 100_000  # a walk over hostile JSON stops here


def jsonld_blocks(root: HtmlElement) -> tuple[list[Any], int]:
    """Return the decoded JSON-LD blocks of a page and how many could not be read."""
    blocks: list[Any] = []
    broken = 0
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        text = (script.text or "").strip().removeprefix("<!--").removesuffix("-->").strip()
        if not text:
            continue
        try:
            blocks.append(json.loads(text, strict=False))
        except (ValueError, RecursionError):
            broken += 1
    return blocks, broken


def node_types(node: dict[str, Any]) -> list[str]:
    """Return a node's schema.org types, lower case, without any vocabulary prefix."""
    raw = field(node, "@type")
    names = raw if isinstance(raw, list) else [raw]
    return [str(name).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for name in names if name]


def field(node: dict[str, Any], *names: str) -> Any:
    """Return the first of the named properties a node has, matching names in any case."""
    for name in names:
        if name in node:
            return node[name]
    lowered = {key.lower(): value for key, value in node.items() if isinstance(key, str)}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return None


def procedures(blocks: list[Any]) -> list[dict[str, Any]]:
    """Return every HowTo or Recipe node, in page order, wherever it sits (lists, @graph)."""
    return [node for node in _walk(blocks) if set(node_types(node)) & set(PROCEDURE_TYPES)]


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    """Yield every object inside a JSON value, without recursion, up to MAX_NODES."""
    stack = [value]
    seen = 0
    while stack and seen < MAX_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            yield item
            stack.extend(reversed([v for v in item.values() if isinstance(v, dict | list)]))
        elif isinstance(item, list):
            stack.extend(reversed([v for v in item if isinstance(v, dict | list)]))
