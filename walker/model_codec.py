"""Parse results to JSON and back, for the parse cache: plain data in, model objects out.

Only the model's own classes can come back, each field checked against its annotation, so a
tampered or stale entry is refused (a ValueError) rather than trusted; nothing in it can run.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from walker.model import (
    Branch,
    Callout,
    CalloutKind,
    Choice,
    Diagnostic,
    Guide,
    Image,
    Level,
    ParseResult,
    Prerequisite,
    Section,
    Step,
)

CLASSES: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (ParseResult, Guide, Step, Section, Choice, Branch, Prerequisite, Callout, Image)
}
CLASSES[Diagnostic.__name__] = Diagnostic
ENUMS: dict[str, type[StrEnum]] = {"CalloutKind": CalloutKind, "Level": Level}
HINTS: dict[str, dict[str, Any]] = {
    name: typing.get_type_hints(cls) for name, cls in CLASSES.items()
}


Check = Callable[[object], bool]


def encode(value: object) -> object:
    """Turn a model value into JSON-ready data (dataclasses tagged with their class name)."""
    if isinstance(value, StrEnum):
        return {"$enum": type(value).__name__, "value": value.value}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {
            field.name: encode(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
        return {"$": type(value).__name__, **fields}
    if isinstance(value, tuple):
        return [encode(item) for item in value]
    if isinstance(value, Path):
        return {"$path": str(value)}
    return value


def decode_result(text: str) -> ParseResult:
    """Rebuild a ParseResult from the JSON of ``encode``'s data; ValueError when anything is off."""
    try:
        result = json.loads(text, object_hook=_from_object)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if not isinstance(result, ParseResult):
        raise ValueError("not a parse result")
    return result


def _from_object(data: dict[str, Any]) -> object:
    """Turn one JSON object (its members already decoded) back into a model value."""
    if "$path" in data:
        return Path(_text(data["$path"]))
    if "$enum" in data:
        enum = ENUMS.get(_text(data["$enum"]))
        if enum is None:
            raise ValueError("unknown enum")
        return enum(_text(data.get("value")))
    name = _text(data.pop("$", None))
    checks = CHECKS.get(name)
    if checks is None:
        raise ValueError("unknown class")
    for field, value in data.items():
        kind = type(value)
        if kind is list:
            data[field] = value = tuple(value)
        elif kind is str and field in TEXT_FIELDS[name]:
            continue  # the common case, checked without a call
        check = checks.get(field)
        if check is None or not check(value):
            raise ValueError(f"{name}.{field} does not fit")
    try:
        return CLASSES[name](**data)
    except TypeError as error:
        raise ValueError(str(error)) from None


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value


def _checker(hint: Any) -> Check:
    """Compile a field annotation into a test of decoded values (tuples checked item by item)."""
    origin = typing.get_origin(hint)
    if origin is tuple:
        item = _checker(typing.get_args(hint)[0])
        return lambda value: isinstance(value, tuple) and all(map(item, value))
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    options = typing.get_args(hint) if origin in (typing.Union, types.UnionType) else (hint,)
    if len(options) > 1 and any(typing.get_origin(o) or o is int for o in options):
        checks = [_checker(option) for option in options]
        return lambda value: any(check(value) for check in checks)
    classes = tuple(options)
    return lambda value: isinstance(value, classes)


CHECKS: dict[str, dict[str, Check]] = {
    name: {field: _checker(hint) for field, hint in typing.get_type_hints(cls).items()}
    for name, cls in CLASSES.items()
}
TEXT_FIELDS: dict[str, frozenset[str]] = {
    name: frozenset(field for field, hint in typing.get_type_hints(cls).items() if hint is str)
    for name, cls in CLASSES.items()
}
