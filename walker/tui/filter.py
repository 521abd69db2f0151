"""The library filter: a word index built once, then a few prefix look-ups per keystroke.

A guide matches when every word of the query starts a word of its title, tags, description or
step text. Matches rank by the weakest place a query word was found (title before tags before
description before steps), then by how closely the title matches (query words that are whole
words of the title, and a title starting with the query's first word). Every figure is looked up
or counted per match, so a keystroke costs in proportion to the guides it keeps.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum

from walker.model import Guide, Section, Step, walk_nodes

WORD = re.compile(r"\w+")
"""A word of a guide or of the query (letters, digits and underscores, in any script)."""

PREFIX_END = "\U0010ffff"
"""Sorts after every character: ``[term, term + PREFIX_END)`` holds the words starting with term."""

CACHE_LIMIT = 512
"""Query words whose guides are remembered; typing usually repeats and extends them."""


class Place(IntEnum):
    """Where in a guide a word was found, best first."""

    TITLE = 0
    TAG = 1
    DESCRIPTION = 2
    STEP = 3


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a word was found in one guide: the place, and the tag or item title there."""

    place: Place
    where: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    """A guide that matched the query, and why when it was not by its title alone."""

    position: int
    place: Place
    where: str
    score: float = 0.0

    @property
    def reason(self) -> str:
        """Say where the weakest query word was found ('' for the title or description)."""
        if self.place is Place.TAG:
            return f"tag “{self.where}”"
        if self.place is Place.STEP:
            return f"step “{self.where}”"
        return ""


def _texts(guide: Guide) -> Iterator[tuple[Place, str, str]]:
    """Yield each searchable text of a guide with its place and what to call it there."""
    yield Place.TITLE, "", guide.title
    for tag in guide.tags:
        yield Place.TAG, tag, tag
    yield Place.DESCRIPTION, "", guide.description
    for node in walk_nodes(guide.flow):
        if isinstance(node, Step):
            yield Place.STEP, node.title, f"{node.title}\n{node.body}"
        elif not isinstance(node, Section) or node.title:
            yield Place.STEP, node.title, node.title


class IndexStopped(Exception):
    """Raised when an index being built is no longer wanted."""


class WordIndex:
    """Every word of a list of guides, sorted, each with the guides holding it and where."""

    def __init__(self, guides: Sequence[Guide], stop: Callable[[], bool] = lambda: False) -> None:
        """Index the words of the guides (positions in ``guides`` identify them).

        ``stop`` is asked before each guide; when it says so, IndexStopped is raised (walker
        is quitting, and a thousand guides take a while to index).
        """
        self._guides = tuple(guides)
        postings: dict[str, dict[int, Hit]] = {}
        for position, guide in enumerate(self._guides):
            if stop():
                raise IndexStopped
            first_hits: dict[str, Hit] = {}
            for place, where, text in _texts(guide):
                hit = Hit(place, where)
                for word in WORD.findall(text.casefold()):
                    first_hits.setdefault(word, hit)  # texts come best place first
            for word, hit in first_hits.items():
                postings.setdefault(word, {})[position] = hit
        self._postings = postings
        titles = [WORD.findall(guide.title.casefold()) for guide in self._guides]
        self._title_words = [frozenset(words) for words in titles]
        self._title_starts = [words[0] if words else "" for words in titles]
        self._words = sorted(postings)
        self._cache: dict[str, dict[int, Hit]] = {}

    def search(self, query: str) -> list[Match]:
        """Return the guides matching every word of the query, best first."""
        in_order = WORD.findall(query.casefold())
        terms = sorted(set(in_order), key=len, reverse=True)
        if not terms:
            return [Match(position, Place.TITLE, "") for position in range(len(self._guides))]
        found = self._holders(terms[0])
        weakest = dict(found)
        for term in terms[1:]:
            holders = self._holders(term)
            for position in list(weakest):
                hit = holders.get(position)
                if hit is None:
                    del weakest[position]
                elif hit.place > weakest[position].place:
                    weakest[position] = hit
        first, words, starts = in_order[0], self._title_words, self._title_starts
        matches = [
            Match(
                position,
                hit.place,
                hit.where,
                # How closely the title matches: query words that are whole title words,
                # then a title starting with the query's first word.
                len(words[position].intersection(terms))
                + (0.5 if starts[position].startswith(first) else 0.0),
            )
            for position, hit in weakest.items()
        ]
        matches.sort(key=lambda match: (match.place, -match.score, match.position))
        return matches

    def _holders(self, term: str) -> dict[int, Hit]:
        """Return the guides with a word starting with ``term``, at the best place for each."""
        cached = self._cache.get(term)
        if cached is not None:
            return cached
        start = bisect_left(self._words, term)
        end = bisect_left(self._words, term + PREFIX_END, start)
        holders: dict[int, Hit] = {}
        for word in self._words[start:end]:
            for position, hit in self._postings[word].items():
                best = holders.get(position)
                if best is None or hit.place < best.place:
                    holders[position] = hit
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()
        self._cache[term] = holders
        return holders
