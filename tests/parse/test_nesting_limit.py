"""A document nested deeper than the Markdown reader's limit says where reading stopped."""

from __future__ import annotations

from walker.model import Level
from walker.parse import parse_text


def _warnings(text: str) -> list[str]:
    return [d.message for d in parse_text(text).diagnostics if d.level is Level.WARNING]


def test_a_list_nested_too_deep_is_reported_with_its_line() -> None:
    nested = "".join("  " * depth + f"- level {depth}\n" for depth in range(40))
    result = parse_text(f"# Deep\n\n1. Open the box.\n2. Lift the lid.\n\n{nested}\n3. Close it.\n")
    stopped = [d for d in result.diagnostics if "nested deeper" in d.message]
    assert len(stopped) == 1 and stopped[0].line is not None and stopped[0].line > 5


def test_an_ordinary_nested_list_reads_whole() -> None:
    nested = "".join("  " * depth + f"- level {depth}\n" for depth in range(4))
    assert not any("nested deeper" in m for m in _warnings(f"# Tidy\n\n{nested}"))
