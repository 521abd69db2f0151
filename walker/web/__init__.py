"""Web pages as guides: fetch and cache, structured data, main content, the page's own structure.

This module stays light: the web libraries (httpx, lxml, trafilatura) are imported only by the
modules that open a page, so `walker list` and the app's start never pay for them.
"""

from __future__ import annotations

from pathlib import Path

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def is_url(reference: str) -> bool:
    """Say whether a command-line reference is a web address (http or https)."""
    return reference[:8].lower().startswith(("http://", "https://"))


def is_page_file(path: Path) -> bool:
    """Say whether a file is a saved web page, by its name."""
    return path.suffix.lower() in PAGE_SUFFIXES
