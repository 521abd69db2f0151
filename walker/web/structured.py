"""A schema.org HowTo or Recipe node to a Guide: steps, sections, tips, supplies, time."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from walker.model import (
    Branch,
    Callout,
    CalloutKind,
    Choice,
    Guide,
    Image,
    Node,
    Prerequisite,
    Section,
    Step,
)
from walker.parse.read import replace_controls
from walker.parse.text import one_line
from walker.web.jsonld import field, node_types

MAX_ITEMS = 2_000  # steps or prerequisites read from one node; the rest is reported
MAX_DESCRIPTION = 200
MAX_DEPTH = 8  # sections within sections
_TAG = re.compile(r"<[^>]*>")
_BLOCK_TAG = re.compile(r"<\s*(?:/?(?:p|li|ol|ul|div|h[1-6])|br\s*/?)[^>]*>", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")
_NUMBER_LEAD = re.compile(r"^\s*(?:step\s*)?\d{1,3}\s*[.):-]\s+", re.I)
_WEB_ADDRESS = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f]+")
_ALTERNATIVE_NAME = re.compile(r"^\W*(?:method|option|way|alternative|approach)\b", re.I)


def plain(value: Any) -> str:
    """Turn a JSON-LD string (HTML, entities, odd spacing) into one plain line of text."""
    if not isinstance(value, str | int | float):
        return ""
    text = html.unescape(_TAG.sub(" ", str(value)))
    return " ".join(replace_controls(html.unescape(text)).split())


def _lines(value: str) -> list[str]:
    """Split an instructions string into its items: HTML blocks, else its lines."""
    marked = _BLOCK_TAG.sub("\n", value) if "<" in value else value
    items = [plain(line) for line in re.split(r"\n+", marked)]
    return [_NUMBER_LEAD.sub("", item) for item in items if item]


@dataclass
class _Reading:
    """What reading one node's instructions gave, and what it had to leave out."""

    skipped: int = 0
    tips: list[Callout] = dataclass_field(default_factory=list)


def guide_from_node(node: dict[str, Any], page_url: str) -> tuple[Guide, list[str]]:
    """Build an id-less Guide from a HowTo or Recipe node; also say what was left out."""
    reading = _Reading()
    raw = field(node, "recipeInstructions", "step", "steps", "instructions")
    flow = tuple(_flow(raw, reading, depth=0))
    prerequisites = tuple(
        Prerequisite("", text)
        for key in ("recipeIngredient", "ingredients", "supply", "tool")
        for text in _names(field(node, key))
    )
    left_out = []
    if len(prerequisites) > MAX_ITEMS:
        left_out.append(f"{len(prerequisites) - MAX_ITEMS} prerequisite(s) over the limit")
        prerequisites = prerequisites[:MAX_ITEMS]
    if reading.skipped:
        left_out.append(f"{reading.skipped} structured-data item(s) with no text")
    title = plain(field(node, "name", "headline"))
    guide = Guide(
        id="",
        title=title,
        description=one_line(plain(field(node, "description")), MAX_DESCRIPTION)[0],
        tags=_keywords(field(node, "keywords")),
        time_minutes=_minutes(node),
        prerequisites=prerequisites,
        callouts=tuple(reading.tips),
        flow=flow,
        source_url=page_url or plain(field(node, "url")),
        image=next(iter(_image_urls(field(node, "image"))), ""),
    )
    return guide, left_out


def kind_of(node: dict[str, Any]) -> str:
    """Name a node's kind for people: 'Recipe' or 'HowTo'."""
    return "Recipe" if "recipe" in node_types(node) else "HowTo"


def _flow(value: Any, reading: _Reading, depth: int) -> list[Node]:
    """Read instructions of any shape (text, lists, steps, sections) into flow nodes."""
    nodes: list[Node] = []
    for item in _items(value):
        if isinstance(item, str):
            nodes.extend(_step(text) for text in _lines(item))
            continue
        kinds = node_types(item)
        children = field(item, "itemListElement", "steps", "step")
        if "howtotip" in kinds:
            _attach_tip(nodes, reading, _text_of(item))
        elif "howtosection" in kinds or (children and not _own_text(item) and not _is_step(kinds)):
            if depth >= MAX_DEPTH:
                reading.skipped += 1
                continue
            inner = tuple(_flow(children, reading, depth + 1))
            nodes.append(Section("", plain(field(item, "name")), inner))
        elif (text := _text_of(item)) or children:
            nodes.append(_rich_step(item, text, reading))
        else:
            reading.skipped += 1
        if len(nodes) > MAX_ITEMS:
            reading.skipped += len(nodes) - MAX_ITEMS
            return nodes[:MAX_ITEMS]
    return _choose_alternatives(nodes)


def _items(value: Any, depth: int = 0) -> list[Any]:
    """Return a value as a list of items, unwrapping ItemList and ListItem wrappers."""
    if value is None or depth > MAX_DEPTH:
        return []
    if isinstance(value, dict):
        inner = field(value, "item")
        if isinstance(inner, dict | str) and "listitem" in node_types(value):
            return [inner]
        if "itemlist" in node_types(value):
            return _items(field(value, "itemListElement"), depth + 1)
        return [value]
    if isinstance(value, list):
        return [inner for entry in value for inner in _items(entry, depth + 1)]
    return [value] if isinstance(value, str) else []


def _is_step(kinds: list[str]) -> bool:
    return "howtostep" in kinds or "howtodirection" in kinds


def _own_text(item: dict[str, Any]) -> str:
    return plain(field(item, "text", "description"))


def _text_of(item: dict[str, Any]) -> str:
    return _own_text(item) or plain(field(item, "name"))


def _rich_step(item: dict[str, Any], text: str, reading: _Reading) -> Step:
    """A HowToStep: its text, its directions and tips, its image."""
    own = _own_text(item)
    parts = [own] if own else []
    callouts: list[Callout] = []
    for child in _items(field(item, "itemListElement")):
        child_text = plain(child) if isinstance(child, str) else _text_of(child)
        if not child_text:
            continue
        if isinstance(child, dict) and "howtotip" in node_types(child):
            callouts.append(Callout(CalloutKind.TIP, child_text))
        elif child_text not in parts:
            parts.append(child_text)
    name = plain(field(item, "name"))
    body = "\n\n".join(parts) or text
    step = _step(body, name if name and not body.startswith(name.rstrip(".… ")) else "")
    images = tuple(Image(step.title, url) for url in _image_urls(field(item, "image"))[:1])
    return Step("", step.title, step.body, tuple(callouts), images)


def _step(text: str, name: str = "") -> Step:
    """A step from its text: a name over the text, else the first sentence as its title."""
    text = _NUMBER_LEAD.sub("", text)
    if name:
        return Step("", one_line(name)[0], text)
    first, *rest = _SENTENCE_END.split(text, maxsplit=1)
    title, cut = one_line(first)
    if cut:
        return Step("", title, text)
    return Step("", title, rest[0] if rest else "")


def _attach_tip(nodes: list[Node], reading: _Reading, text: str) -> None:
    """A tip among the steps belongs to the step before it, else to the guide."""
    if not text:
        return
    tip = Callout(CalloutKind.TIP, text)
    if nodes and isinstance(nodes[-1], Step):
        last = nodes[-1]
        nodes[-1] = Step(last.id, last.title, last.body, (*last.callouts, tip), last.images)
    else:
        reading.tips.append(tip)


def _choose_alternatives(nodes: list[Node]) -> list[Node]:
    """Sibling sections all named as methods or options are a choice; others stay in order."""
    sections = [node for node in nodes if isinstance(node, Section)]
    if len(sections) < 2 or not all(_ALTERNATIVE_NAME.match(s.title) for s in sections):
        return nodes
    branches = tuple(Branch("", s.title, "", s.flow) for s in sections)
    first = nodes.index(sections[0])
    rest = [node for node in nodes[first:] if not isinstance(node, Section)]
    return [*nodes[:first], Choice("", "Choose a way", branches), *rest]


def _names(value: Any) -> list[str]:
    """Ingredient, supply or tool entries as plain lines."""
    names: list[str] = []
    for item in _items(value):
        if isinstance(item, str):
            names.extend(_lines(item) if "\n" in item or "<" in item else [plain(item)])
        elif isinstance(item, dict):
            names.append(plain(field(item, "name", "text")))
    return [name for name in names if name]


def _keywords(value: Any) -> tuple[str, ...]:
    words = value if isinstance(value, list) else str(value or "").split(",")
    return tuple(dict.fromkeys(plain(word).lower() for word in words if plain(word)))[:6]


def _image_urls(value: Any) -> list[str]:
    urls: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            urls.append(item)
        elif isinstance(item, dict) and isinstance(field(item, "url"), str):
            urls.append(field(item, "url"))
    return [url for url in urls if _WEB_ADDRESS.fullmatch(url)]


def _minutes(node: dict[str, Any]) -> int | None:
    """The total time in minutes: totalTime, else prepTime + cookTime (or performTime)."""
    total = _duration(field(node, "totalTime"))
    if total is None:
        parts = [_duration(field(node, key)) for key in ("prepTime", "cookTime", "performTime")]
        known = [part for part in parts if part is not None]
        total = sum(known) if known else None
    return total or None


def _duration(value: Any) -> int | None:
    """An ISO 8601 duration ("PT1H30M") in whole minutes, through isodate."""
    if not isinstance(value, str) or not value.strip():
        return None
    import isodate

    try:
        parsed = isodate.parse_duration(value.strip().upper())
    except (isodate.ISO8601Error, ValueError, OverflowError):
        return None
    seconds = getattr(parsed, "total_seconds", None)
    return round(seconds() / 60) if seconds else None
