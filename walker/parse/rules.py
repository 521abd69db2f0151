"""Named, ordered rule tables: every decision the parser makes is a rule with a name.

Modelled on markdown-it-py's `Ruler`: a table holds rules in order; a rule can be added at
the end, before or after another, and switched off or on by name. Each stage of the parser
owns its tables, and every rule of one table has the same signature (clean rules take the
block list, recognisers take an outline section). A rule's docstring names the general
pattern it recognises; `found_in` says which sources made it necessary.

`disabled()` switches rules off for a while, across every table: the ablation test and the
leave-one-source-out runner use it to measure what each rule is worth.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

F = TypeVar("F", bound=Callable[..., object])

_OFF: set[str] = set()  # names of the rules switched off, across every table
_TABLES: list[RuleTable[Callable[..., object]]] = []


@dataclass(frozen=True)
class Rule(Generic[F]):
    """One named decision: the function that makes it and the sources that made it needed."""

    name: str
    apply: F
    found_in: tuple[str, ...]

    @property
    def pattern(self) -> str:
        """The first line of the rule's docstring: the general pattern it recognises."""
        return (self.apply.__doc__ or "").strip().split("\n", 1)[0]

    @property
    def enabled(self) -> bool:
        """Tell whether the rule is switched on."""
        return self.name not in _OFF


class RuleTable(Generic[F]):
    """An ordered table of rules of one signature, for one decision of one stage."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._rules: list[Rule[F]] = []
        _TABLES.append(self)  # type: ignore[arg-type]

    def add(
        self,
        name: str,
        function: F,
        *,
        found_in: tuple[str, ...],
        before: str = "",
        after: str = "",
    ) -> F:
        """Register a function as a rule: at the end, or just before or after another rule."""
        if any(rule.name == name for table in _TABLES for rule in table._rules):
            raise ValueError(f"a rule named {name!r} already exists")
        if not (function.__doc__ or "").strip():
            raise ValueError(f"rule {name!r} needs a docstring naming its pattern")
        entry = Rule(name, function, found_in)
        if before or after:
            self._rules.insert(self._index(before or after) + (0 if before else 1), entry)
        else:
            self._rules.append(entry)
        return function

    def rule(
        self, name: str, *, found_in: tuple[str, ...], before: str = "", after: str = ""
    ) -> Callable[[F], F]:
        """Register the decorated function as a rule (see `add`)."""

        def register(function: F) -> F:
            return self.add(name, function, found_in=found_in, before=before, after=after)

        return register

    def _index(self, name: str) -> int:
        for index, rule in enumerate(self._rules):
            if rule.name == name:
                return index
        raise KeyError(f"no rule {name!r} in table {self.name!r}")

    def active(self) -> Iterator[F]:
        """Yield the functions of the rules switched on, in order."""
        for rule in self._rules:
            if rule.name not in _OFF:
                yield rule.apply

    @property
    def rules(self) -> tuple[Rule[F], ...]:
        """Every rule of the table, in order, switched on or not."""
        return tuple(self._rules)


def all_rules() -> list[Rule[Callable[..., object]]]:
    """Every rule of every table, table by table, in order."""
    return [rule for table in _TABLES for rule in table.rules]


def all_tables() -> tuple[RuleTable[Callable[..., object]], ...]:
    """Every rule table, in the order the parser's modules were loaded."""
    return tuple(_TABLES)


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Switch the named rules off inside the block (and on again after)."""
    known = {rule.name for rule in all_rules()}
    unknown = set(names) - known
    if unknown:
        raise KeyError(f"no such rule: {', '.join(sorted(unknown))}")
    added = set(names) - _OFF
    _OFF.update(added)
    try:
        yield
    finally:
        _OFF.difference_update(added)
