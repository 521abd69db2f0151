"""Pass 2: split YAML frontmatter from the Markdown body and check its types."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from walker.model import Diagnostic, Level
from walker.parse.read import replace_controls
from walker.parse.vocabulary import DURATION_PART

_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
TITLE_ALIAS_KEYS = ("post_title", "name", "heading")
"""Keys other exporters use for the title (WordPress, Jekyll collections), read in order."""
KNOWN_KEYS = ("title", "description", "tags", "time", "prerequisites", "id", "source")
_STRING_KEYS = ("title", "description", "id", "source")


@dataclass(frozen=True)
class Metadata:
    """The frontmatter keys walker understands, checked and normalised."""

    title: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    time_minutes: int | None = None
    prerequisites: tuple[str, ...] = ()
    id: str = ""
    source: str = ""


@dataclass(frozen=True)
class FrontMatter:
    """A file split into metadata and body; ``body_line`` is the body's first line number."""

    metadata: Metadata
    body: str
    body_line: int = 1
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)


def split_frontmatter(text: str) -> FrontMatter:
    """Separate the frontmatter block (if any) from the body; never raises."""
    match = _FENCE.match(text)
    if not match:
        return FrontMatter(Metadata(), text)
    body = text[match.end() :]
    body_line = text.count("\n", 0, match.end()) + 1
    diagnostics: list[Diagnostic] = []
    try:
        raw = YAMLHandler().load(match.group(1) or "")
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        diagnostics.append(Diagnostic(Level.ERROR, "the frontmatter is not valid YAML", line))
        return FrontMatter(Metadata(), body, body_line, tuple(diagnostics))
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        diagnostics.append(Diagnostic(Level.ERROR, "the frontmatter is not a YAML mapping", 1))
        return FrontMatter(Metadata(), body, body_line, tuple(diagnostics))
    return FrontMatter(_metadata(raw, diagnostics), body, body_line, tuple(diagnostics))


def _metadata(raw: dict[Any, Any], diagnostics: list[Diagnostic]) -> Metadata:
    values: dict[str, Any] = {}
    if raw.get("title") is None:
        alias = next((key for key in TITLE_ALIAS_KEYS if raw.get(key) is not None), None)
        raw = {**raw, "title": raw[alias]} if alias else raw
    for key in _STRING_KEYS:
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            values[key] = replace_controls(str(value).strip())
        else:
            diagnostics.append(_wrong_type(key, "a string"))
    values["tags"] = _string_list(raw.get("tags"), "tags", diagnostics, split_commas=True)
    values["prerequisites"] = _string_list(
        raw.get("prerequisites"), "prerequisites", diagnostics, split_commas=False
    )
    if raw.get("time") is not None:
        minutes = parse_minutes(raw["time"])
        if minutes is None:
            diagnostics.append(_wrong_type("time", 'a duration like "15 min" or "1 h 30 min"'))
        values["time_minutes"] = minutes
    unknown = sorted(str(k) for k in raw if k not in KNOWN_KEYS and k not in TITLE_ALIAS_KEYS)
    if unknown:
        diagnostics.append(
            Diagnostic(Level.INFO, f"frontmatter keys ignored: {', '.join(unknown)}", 1)
        )
    return Metadata(**values)


def _string_list(
    value: Any, key: str, diagnostics: list[Diagnostic], *, split_commas: bool
) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts = value.split(",") if split_commas else [value]
        return tuple(replace_controls(part.strip()) for part in parts if part.strip())
    if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
        return tuple(replace_controls(str(item).strip()) for item in value if str(item).strip())
    diagnostics.append(_wrong_type(key, "a list of strings"))
    return ()


def _wrong_type(key: str, expected: str) -> Diagnostic:
    return Diagnostic(Level.WARNING, f"frontmatter '{key}' should be {expected}", 1)


MAX_MINUTES = 100 * 24 * 60
_ISO_DURATION = re.compile(r"^PT(?:([0-9]+)H)?(?:([0-9]+)M)?$", re.I)


def parse_minutes(value: Any) -> int | None:
    """Read a duration ("15 min", "1 h 30 min", "PT15M", 20) as whole minutes."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if math.isfinite(value) and 0 <= value < MAX_MINUTES else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():
        return int(text) if int(text) < MAX_MINUTES else None
    iso = _ISO_DURATION.match(text)
    if iso and (iso.group(1) or iso.group(2)):
        return int(iso.group(1) or 0) * 60 + int(iso.group(2) or 0)
    parts = DURATION_PART.findall(text)
    if not parts or DURATION_PART.sub("", text).strip(" ,and"):
        return None
    total = 0.0
    for amount, unit in parts:
        total += float(amount) * (60 if unit.lower().startswith("h") else 1)
    return round(total) if total < MAX_MINUTES else None
