"""Count the work a parse does, deterministically: no clocks, so the counts can be compared.

Every Python call (in walker, markdown-it and the standard library) counts as one unit, and
so does every line the parser's own code executes, loops included. C calls such as a regex
search or ``str.join`` count once however long their input, so their cost is not measured.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import walker.parse

PARSER_DIR = str(Path(walker.parse.__file__).parent)

Tracer = Callable[[FrameType, str, Any], Any]


def count_work(action: Callable[[], object]) -> int:
    """Run ``action`` and return how many calls and parser lines it executed."""
    count = 0

    def on_line(frame: FrameType, event: str, arg: Any) -> Tracer:
        nonlocal count
        count += 1
        return on_line

    def on_call(frame: FrameType, event: str, arg: Any) -> Tracer | None:
        nonlocal count
        count += 1
        return on_line if frame.f_code.co_filename.startswith(PARSER_DIR) else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        action()
    finally:
        sys.settrace(previous)
    return count
