"""Did-you-mean: the known names closest to one that was mistyped (or cut short)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

MAX_SUGGESTIONS = 3
CLOSENESS = 0.75
"""How alike (0..1, difflib's ratio) a name must be to be offered."""


def closest(name: str, known: Iterable[str]) -> list[str]:
    """Return up to three known names: those the name begins, then the most alike."""
    names = list(dict.fromkeys(known))
    folded = name.casefold()
    started = [known_name for known_name in names if folded and known_name.startswith(folded)]
    alike = difflib.get_close_matches(folded, names, n=MAX_SUGGESTIONS, cutoff=CLOSENESS)
    return list(dict.fromkeys([*started, *alike]))[:MAX_SUGGESTIONS]


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """Return '; did you mean a or b?' for the closest known names, or '' when none is close."""
    found = closest(name, known)
    if not found:
        return ""
    return "; did you mean " + " or ".join(found) + "?"
