"""A guide's identity for its progress: where it comes from, plus its id inside that source.

Two files may hold guides with the same id; their progress never mixes, because the store keys
progress by ``SOURCE#ID``. A guide with no source (one built in memory) is keyed by its id.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from walker.model import Guide


@dataclass(frozen=True)
class GuideRef:
    """A guide's source (resolved file path or page address; '' for none) and its id there."""

    source: str
    guide_id: str

    @property
    def key(self) -> str:
        """Return the store key: ``SOURCE#ID``, or the bare id when there is no source."""
        return f"{self.source}#{self.guide_id}" if self.source else self.guide_id

    @classmethod
    def of(cls, guide: Guide) -> GuideRef:
        """Return the identity of a guide: its file (resolved) or page address, and its id."""
        source = canonical_path(guide.source) if guide.source is not None else guide.source_url
        return cls(source, guide.id)


def guide_key(guide: Guide) -> str:
    """Return the key a guide's progress is stored under."""
    return GuideRef.of(guide).key


@lru_cache(maxsize=4096)
def canonical_path(path: Path) -> str:
    """Return a file's resolved absolute path as text (symlinks followed when possible)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)
