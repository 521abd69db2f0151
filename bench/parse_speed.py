"""Parser speed: walker's whole pipeline against markdown-it alone on the same text.

Prints the ratio (pipeline time / tokenising time), measured in one run on one machine, so
it can be compared across commits without trusting absolute seconds.
Run: .venv/bin/python bench/parse_speed.py [STEPS]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from markdown_it import MarkdownIt

from walker.parse import parse_text


def article(steps: int) -> str:
    """A long messy article: ads, repeats, methods with numbered steps."""
    parts = ["# A long guide\n\nSome intro text for the guide.\n"]
    for method in range(1, 4):
        parts.append(f"## Method {method}: Way number {method}\n")
        for step in range(1, steps // 3 + 1):
            parts.append(f"{step}. Open panel {method}-{step} and press the button.\n")
        parts.append('<ins class="adsbygoogle"></ins>\n\nTip: take a break.\n')
    return "\n".join(parts)


def best_of(runs: int, action: Callable[[], object]) -> float:
    """Return the fastest of several timed runs, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    text = article(steps)
    tokeniser = MarkdownIt("commonmark")
    baseline = best_of(5, lambda: tokeniser.parse(text))
    pipeline = best_of(5, lambda: parse_text(text))
    print(f"steps={steps} markdown-it={baseline * 1000:.1f} ms walker={pipeline * 1000:.1f} ms")
    print(f"ratio walker/markdown-it = {pipeline / baseline:.2f}")


if __name__ == "__main__":
    main()
