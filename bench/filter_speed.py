"""Library filter speed on many guides: building the word index, then one keystroke's look-up.

Both are printed as a ratio to one pass of ``str.casefold`` over all the guides' text (what a
scan per keystroke would cost at the very least), measured in the same run.
Run: .venv/bin/python bench/filter_speed.py [GUIDES]
"""

from __future__ import annotations

import sys

from parse_speed import best_of  # the same timer, from the script beside this one

from walker.model import Guide, Step
from walker.tui.filter import WordIndex

WORDS = "open press panel check router cable settings account video save phone tap menu".split()


def guide(number: int) -> Guide:
    """A guide of 40 steps with a few sentences each, its words varied by its number."""
    steps = tuple(
        Step(
            f"s{step}",
            f"{WORDS[(number + step) % len(WORDS)]} the thing {number}-{step}",
            " ".join(f"{WORDS[(number * step + k) % len(WORDS)]}{k % 7}" for k in range(60)),
        )
        for step in range(40)
    )
    return Guide(f"g{number}", f"Guide {number} about {WORDS[number % len(WORDS)]}", flow=steps)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    guides = [guide(number) for number in range(count)]
    texts = [step.body for item in guides for step in item.steps()]
    scan = best_of(3, lambda: [text.casefold() for text in texts])
    build = best_of(3, lambda: WordIndex(guides))
    index = WordIndex(guides)  # a fresh index: no query word is cached yet
    queries = ["v", "vi", "vid", "vide", "video", "video s", "video sa", "video save3"]
    keystroke = best_of(1, lambda: [index.search(query) for query in queries]) / len(queries)
    print(f"guides={count} scan={scan * 1000:.1f} ms build={build * 1000:.1f} ms")
    print(f"ratio build/scan = {build / scan:.1f}   keystroke/scan = {keystroke / scan:.2f}")


if __name__ == "__main__":
    main()
