"""Every parser pass is linear: pathological inputs at two sizes, 10x apart, by work count.

Work is counted (calls and parser lines, see ``work_counter``), never timed, so the test
gives the same answer on a loaded machine. A quadratic pass makes the count grow ~100x.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from work_counter import count_work

from walker.parse import parse_text

GROWTH = 10
MAX_RATIO = 12


def _run(char: str) -> Callable[[int], str]:
    return lambda n: char * n


PATHOLOGICAL: dict[str, tuple[Callable[[int], str], int]] = {
    # name: (input of size n, the smaller n)
    "run of [": (_run("["), 300),
    "run of *": (_run("*"), 300),
    "run of _": (_run("_"), 300),
    "run of `": (_run("`"), 300),
    "run of <": (_run("<"), 300),
    "run of >": (_run(">"), 300),
    "run of |": (_run("|"), 300),
    "links left open": (lambda n: "[a](" * n, 100),
    "run of {{": (_run("{{"), 300),
    "run of {%": (_run("{%"), 300),
    "run of <!--": (_run("<!-- "), 300),
    "deep list": (lambda n: "- " * n + "x\n", 1000),
    "deep numbered list": (lambda n: "1. " * n + "x\n", 1000),
    "deep blockquote": (lambda n: "> " * n + "x\n", 1000),
    "long line": (lambda n: "Open the door and " * n, 2000),
    "headings": (lambda n: "".join(f"## Heading {i}\n\nText {i}.\n\n" for i in range(n)), 100),
    "numbered headings": (lambda n: "".join(f"## Step {i}\n" for i in range(n)), 100),
    "same headings": (lambda n: "## Open it\n\n" * n, 100),
    "list items": (lambda n: "".join(f"{i}. Open door {i}\n" for i in range(n)), 100),
    "same list items": (lambda n: "1. Open the door\n" * n, 100),
    "bullet items": (lambda n: "- Open the door\n" * n, 100),
    "table rows": (lambda n: "| a | b |\n|---|---|\n" + "| x | y |\n" * n, 100),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_work_grows_linearly(name: str) -> None:
    make, size = PATHOLOGICAL[name]
    small, large = make(size), make(size * GROWTH)
    parse_text(small)  # warm caches (compiled regexes) so both counts see the same state
    ratio = count_work(lambda: parse_text(large)) / count_work(lambda: parse_text(small))
    assert ratio <= MAX_RATIO, f"{name}: {GROWTH}x the input took {ratio:.1f}x the work"
