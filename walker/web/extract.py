"""The main content of a page as Markdown, through trafilatura (imported only here)."""

from __future__ import annotations

import logging


def main_content_markdown(page_text: str) -> str:
    """Extract the article with trafilatura: headings, lists, images, links, code, as Markdown."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its warnings are not ours
    markdown = trafilatura.extract(
        page_text,
        output_format="markdown",
        include_formatting=True,
        include_links=True,
        include_images=True,
        include_tables=True,
        include_comments=False,
        favor_recall=True,
        deduplicate=False,
    )
    return markdown or ""
