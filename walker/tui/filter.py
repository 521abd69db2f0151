"""Fuzzy filtering of the library over titles, tags and step text."""

from __future__ import annotations

from dataclasses import dataclass

from walker.model import Guide

TITLE_WORD_START = 4.0
TITLE_SUBSTRING = 3.0
TAG = 2.5
DESCRIPTION = 1.5
TITLE_SUBSEQUENCE = 1.0
STEP_TEXT = 0.5


@dataclass(frozen=True)
class Haystack:
    """The lower-cased text of a guide that the filter searches."""

    title: str
    tags: tuple[str, ...]
    description: str
    steps: str

    @classmethod
    def of(cls, guide: Guide) -> Haystack:
        """Gather the searchable text of a guide."""
        steps = "\n".join(f"{step.title}\n{step.body}" for step in guide.steps())
        return cls(
            guide.title.casefold(),
            tuple(tag.casefold() for tag in guide.tags),
            guide.description.casefold(),
            steps.casefold(),
        )


def score(query: str, haystack: Haystack) -> float | None:
    """Score how well every word of the query matches; None when some word matches nowhere."""
    total = 0.0
    for term in query.casefold().split():
        term_score = _term_score(term, haystack)
        if term_score is None:
            return None
        total += term_score
    return total


def _term_score(term: str, haystack: Haystack) -> float | None:
    title = haystack.title
    if title.startswith(term) or f" {term}" in title:
        return TITLE_WORD_START
    if term in title:
        return TITLE_SUBSTRING
    if any(term in tag for tag in haystack.tags):
        return TAG
    if term in haystack.description:
        return DESCRIPTION
    if _is_subsequence(term, title):
        return TITLE_SUBSEQUENCE
    if term in haystack.steps:
        return STEP_TEXT
    return None


def _is_subsequence(term: str, text: str) -> bool:
    """Tell whether the letters of term appear in text in order."""
    position = 0
    for letter in term:
        position = text.find(letter, position) + 1
        if position == 0:
            return False
    return True
