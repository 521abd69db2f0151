"""What every property test shares: how many examples to run, and what must never get through."""

from __future__ import annotations

import os
import re

# CI runs the counts each test names; WALKER_HYPOTHESIS_SCALE=50 runs fifty times as many.
SCALE = int(os.environ.get("WALKER_HYPOTHESIS_SCALE", "1"))

# Control characters (C0 but tab and newline, DEL, C1), which no guide text may keep.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
