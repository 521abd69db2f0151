"""The parser: a pipeline of small pure passes from a file to guides."""

from __future__ import annotations

from pathlib import Path

from walker.model import ParseResult
from walker.parse.pipeline import parse_source
from walker.parse.read import clean_text, decode, read_bytes

__all__ = ["parse_file", "parse_text"]


def parse_text(text: str, source: str = "<text>") -> ParseResult:
    """Parse guide text already in memory (control characters are still replaced)."""
    return parse_source(clean_text(text), source)


def parse_file(path: Path, source: str | None = None) -> ParseResult:
    """Read and parse one guide file; raises WalkerError only when it cannot be read."""
    return parse_source(decode(read_bytes(path)), source or str(path))
