"""Parse results to compact JSON and back, for the parse cache: plain data in, model objects out.

A model object is a JSON array of its fields in declaration order, trailing defaults left out;
a flow node starts with a one-letter tag saying its kind. Enums are their values, paths their
text. The decoder is compiled once from the model's annotations, so only the model's own classes
can come back, each field checked against its type: a tampered or stale entry is refused (a
ValueError) rather than trusted, and nothing in it can run.
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

from walker.model import Choice, Node, ParseResult, Section, Step

NODE_TAGS: dict[type[Any], str] = {Step: "s", Section: "S", Choice: "c"}
"""The tag that starts a flow node's array (a flow mixes the three kinds)."""

Decoder = Callable[[Any], Any]


def encode(value: object) -> object:
    """Turn a model value into compact JSON-ready data (see the module's docstring)."""
    if isinstance(value, StrEnum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        items = [encode(getattr(value, field.name)) for field in fields]
        while items and _is_default(
            fields[len(items) - 1], getattr(value, fields[len(items) - 1].name)
        ):
            items.pop()
        tag = NODE_TAGS.get(type(value))
        return [tag, *items] if tag else items
    if isinstance(value, tuple):
        return [encode(item) for item in value]
    if isinstance(value, Path):
        return str(value)
    return value


def _default(field: dataclasses.Field[Any]) -> Any:
    """A field's default value, or dataclasses.MISSING when it has none."""
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return field.default


def _is_default(field: dataclasses.Field[Any], value: object) -> bool:
    default = _default(field)
    return default is not dataclasses.MISSING and bool(value == default)


def decode_result(text: str) -> ParseResult:
    """Rebuild a ParseResult from the JSON of ``encode``'s data; ValueError when anything is off."""
    try:
        data = json.loads(text)
        result = _RESULT(data)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except (TypeError, KeyError, IndexError) as error:
        raise ValueError(f"does not fit the model ({type(error).__name__})") from None
    if not isinstance(result, ParseResult):
        raise ValueError("not a parse result")
    return result


def _refuse(what: str) -> typing.NoReturn:
    raise ValueError(f"expected {what}")


def _text(value: Any) -> str:
    if type(value) is not str:
        _refuse("text")
    return value


def _optional_int(value: Any) -> int | None:
    if value is None or type(value) is int:
        return value
    _refuse("a number")


def _optional_path(value: Any) -> Path | None:
    return None if value is None else Path(_text(value))


def _decoder(hint: Any) -> Decoder:
    """Compile a field annotation into a function from JSON data to the model value."""
    if hint is str:
        return _text
    if hint == int | None:
        return _optional_int
    if hint == Path | None:
        return _optional_path
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        enum: type[StrEnum] = hint
        return lambda value: enum(_text(value))
    origin = typing.get_origin(hint)
    if origin is tuple:
        item = _decoder(typing.get_args(hint)[0])
        if item is _text:
            return lambda value: (
                tuple(map(_text, value)) if type(value) is list else _refuse("a list")
            )
        return lambda value: tuple(map(item, value)) if type(value) is list else _refuse("a list")
    if origin in (typing.Union, types.UnionType) and set(typing.get_args(hint)) == set(NODE_TAGS):
        return _decode_node
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _class_decoder(hint, 0)
    raise TypeError(f"no decoder for {hint!r}")  # a model change the codec does not know yet


def _class_decoder(cls: type[Any], start: int) -> Decoder:
    """Decode an array of a dataclass's fields (from index ``start``), defaults filling the rest.

    The object is filled in directly, as unpickling does: the model has no __post_init__ and
    every value has just been checked against its field's type.
    """
    fields = dataclasses.fields(cls)
    hints = typing.get_type_hints(cls)
    names = [field.name for field in fields]
    decoders = [_decoder(hints[name]) for name in names]
    text_fields = [decoder is _text for decoder in decoders]
    defaults = {
        field.name: _default(field)
        for field in fields
        if _default(field) is not dataclasses.MISSING
    }
    required = len(fields) - len(defaults)
    most = len(fields) + start
    fewest = required + start
    new = object.__new__

    def decode(value: Any) -> Any:
        if type(value) is not list or not fewest <= len(value) <= most:
            _refuse(f"a {cls.__name__}")
        state = dict(defaults)
        for index in range(start, len(value)):
            item = value[index]
            slot = index - start
            if text_fields[slot] and type(item) is str:
                state[names[slot]] = item
            else:
                state[names[slot]] = decoders[slot](item)
        made = new(cls)
        made.__dict__.update(state)
        return made

    return decode


_NODE_BY_TAG: dict[str, Decoder] = {}
"""Each node kind's decoder by tag, filled once the decoders exist (flows nest nodes again)."""


def _decode_node(value: Any) -> Any:
    """Decode a tagged flow node: the tag picks the class, the rest are its fields."""
    if type(value) is not list or not value or type(value[0]) is not str:
        _refuse("a node")
    kind = _NODE_BY_TAG.get(value[0])
    if kind is None:
        _refuse("a known node kind")
    return kind(value)


def _build() -> Decoder:
    """Compile the decoder of a whole ParseResult and of every kind of flow node."""
    for kind in typing.get_args(Node):
        _NODE_BY_TAG[NODE_TAGS[kind]] = _class_decoder(kind, 1)
    return _class_decoder(ParseResult, 0)


_RESULT = _build()
