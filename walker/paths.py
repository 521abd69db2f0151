"""Where walker keeps its data and finds its bundled guides."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "WALKER_DATA_DIR"


def data_dir() -> Path:
    """Return the folder for progress, exports and the user's guides."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("walker", appauthor=False))


def user_guides_dir() -> Path:
    """Return the user's own guide folder (it may not exist yet)."""
    return data_dir() / "guides"


def bundled_guides_dir() -> Path:
    """Return the folder of guides shipped with walker (wheel or source checkout)."""
    packaged = Path(__file__).parent / "_bundled_guides"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "guides"
