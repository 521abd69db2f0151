"""The guide model: frozen dataclasses shared by the parser, the CLI and the TUI."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import assert_never


class CalloutKind(StrEnum):
    """The three kinds of callout a guide can carry."""

    TIP = "tip"
    NOTE = "note"
    WARNING = "warning"


class Level(StrEnum):
    """How serious a diagnostic is."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Diagnostic:
    """Something the parser or linter noticed, with the source line where known."""

    level: Level
    message: str
    line: int | None = None


@dataclass(frozen=True)
class Callout:
    """A tip, note or warning attached to a step or to the whole guide."""

    kind: CalloutKind
    text: str


@dataclass(frozen=True)
class Image:
    """An image referenced by a step: its alternative text and address."""

    alt: str
    url: str


@dataclass(frozen=True)
class Prerequisite:
    """Something the reader needs before starting."""

    id: str
    text: str
    line: int | None = None


@dataclass(frozen=True)
class Step:
    """One thing to do: a one-line title and a Markdown body."""

    id: str
    title: str
    body: str = ""
    callouts: tuple[Callout, ...] = ()
    images: tuple[Image, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Section:
    """A group of nodes that are all done, in order."""

    id: str
    title: str
    flow: tuple[Node, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Branch:
    """One way through a choice, with its own flow."""

    id: str
    title: str
    intro: str = ""
    flow: tuple[Node, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Choice:
    """A point where the reader picks exactly one branch."""

    id: str
    title: str
    branches: tuple[Branch, ...] = ()
    line: int | None = None


# Every walk over a flow matches the three kinds and ends in ``case _: assert_never(node)``, so a
# new kind is a mypy error until every walk (renderers, progress, ids, the TUI) handles it.
Node = Step | Section | Choice


@dataclass(frozen=True)
class Guide:
    """A whole guide: metadata, prerequisites, callouts and a flow of nodes."""

    id: str
    title: str
    description: str = ""
    tags: tuple[str, ...] = ()
    source: Path | None = None
    time_minutes: int | None = None
    prerequisites: tuple[Prerequisite, ...] = ()
    callouts: tuple[Callout, ...] = ()
    flow: tuple[Node, ...] = ()
    line: int | None = None
    source_url: str = ""
    read_from: str = ""
    """How a web page was read ("JSON-LD Recipe", "main content"); empty for a guide file."""
    image: str = ""
    """The address of the picture a web page's structured data gives the whole guide."""

    def steps(self) -> Iterator[Step]:
        """Yield every step of the guide, on every branch, in document order."""
        yield from iter_steps(self.flow)

    @cached_property
    def step_count(self) -> int:
        """Count the steps of the guide on every branch (once: a guide never changes)."""
        return sum(1 for _ in self.steps())


@dataclass(frozen=True)
class ParseResult:
    """What parsing one file gave: its guides and what the parser noticed."""

    source: str
    guides: tuple[Guide, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)


def walk_nodes(flow: tuple[Node, ...]) -> Iterator[Node | Branch]:
    """Yield every node and branch of a flow depth-first, in document order."""
    for node in flow:
        yield node
        match node:
            case Step():
                pass
            case Section():
                yield from walk_nodes(node.flow)
            case Choice():
                for branch in node.branches:
                    yield branch
                    yield from walk_nodes(branch.flow)
            case _:
                assert_never(node)


def iter_steps(flow: tuple[Node, ...]) -> Iterator[Step]:
    """Yield the steps of a flow depth-first, branches included."""
    for node in flow:
        match node:
            case Step():
                yield node
            case Section():
                yield from iter_steps(node.flow)
            case Choice():
                for branch in node.branches:
                    yield from iter_steps(branch.flow)
            case _:
                assert_never(node)
