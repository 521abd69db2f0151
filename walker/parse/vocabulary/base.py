"""The helpers every word list is built with."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first (so "pro tip" wins over "tip")."""
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


def split_words(text: str) -> tuple[str, ...]:
    """Return the words of a text, as a word list."""
    return tuple(text.split())
