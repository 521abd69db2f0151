"""Web pages as guides: fetch and cache, structured data, main content, the page's own structure.

This module stays light: the web libraries (httpx, lxml, trafilatura) are imported only by the
modules that open a page, so `walker list` and the app's start never pay for them.
"""

from __future__ import annotations

from pathlib import Path

from walker.model import Guide, Section, walk_nodes

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def is_url(reference: str) -> bool:
    """Say whether a command-line reference is a web address (http or https)."""
    return reference[:8].lower().startswith(("http://", "https://"))


def is_page_file(path: Path) -> bool:
    """Say whether a file is a saved web page, by its name."""
    return path.suffix.lower() in PAGE_SUFFIXES


def read_from_line(guide: Guide) -> str:
    """The one line saying how a web guide was read: method, steps and sections."""
    sections = sum(1 for node in walk_nodes(guide.flow) if isinstance(node, Section))
    parts = [guide.read_from, f"{guide.step_count} step{'s' if guide.step_count != 1 else ''}"]
    if sections:
        parts.append(f"{sections} section{'s' if sections != 1 else ''}")
    return " · ".join(parts)
