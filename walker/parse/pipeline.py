"""Run the parsing passes in order and gather their diagnostics."""

from __future__ import annotations

from dataclasses import replace

from walker.model import Diagnostic, Guide, Level, ParseResult
from walker.parse.blocks import Block, Kind, read_blocks
from walker.parse.build import Article, build_guide
from walker.parse.clean import clean_blocks, clean_source
from walker.parse.front import split_frontmatter
from walker.parse.ids import assign_ids
from walker.parse.read import SourceText
from walker.parse.split import split_articles, split_goals
from walker.parse.text import slugify


def parse_source(source_text: SourceText, source: str) -> ParseResult:
    """Turn clean source text into guides: frontmatter, blocks, cleaning, articles, recognisers."""
    diagnostics: list[Diagnostic] = list(source_text.diagnostics)
    front = split_frontmatter(source_text.text)
    diagnostics.extend(front.diagnostics)
    blocks, stopped = read_blocks(clean_source(front.body), front.body_line)
    if stopped is not None:
        message = "nested deeper than the Markdown reader goes: what lies deeper was not read"
        diagnostics.append(Diagnostic(Level.WARNING, message, stopped))
    blocks, found = clean_blocks(blocks)
    diagnostics.extend(found)
    articles = split_articles(blocks) or [[]]
    parts = [
        (part, index == 0 and number == 0)
        for index, article in enumerate(articles)
        for number, part in enumerate(
            split_goals(article, _title_of(article, front.metadata.title))
        )
    ]
    built: list[Guide] = []
    for part, first in parts:
        guide, recognised = build_guide(Article(tuple(part), first), front.metadata, source)
        diagnostics.extend(recognised.diagnostics)
        built.append(guide)
    guides = _keep_articles_with_steps(built, diagnostics)
    final: list[Guide] = []
    for guide in guides:
        guide = replace(guide, id=guide.id or slugify(guide.title, "guide"))
        guide, repeated = assign_ids(guide)
        for pinned in repeated:
            diagnostics.append(
                Diagnostic(Level.ERROR, f"duplicate id '{pinned}' in '{guide.title}'", guide.line)
            )
        if guide.step_count == 0:
            diagnostics.append(
                Diagnostic(Level.WARNING, f"no steps found in '{guide.title}'", guide.line)
            )
        final.append(guide)
    return ParseResult(source, tuple(final), tuple(diagnostics))


def _title_of(article: list[Block], meta_title: str) -> str:
    """The title an article goes by: the frontmatter's, else its first H1."""
    h1 = next((b.text for b in article if b.kind is Kind.HEADING and b.level == 1), "")
    return meta_title or h1


def _keep_articles_with_steps(guides: list[Guide], diagnostics: list[Diagnostic]) -> list[Guide]:
    """Drop split-off articles with no steps (promo tails), keeping at least one guide."""
    if len(guides) == 1:
        return guides
    kept = [guide for guide in guides if guide.step_count] or guides[:1]
    if len(kept) < len(guides):
        diagnostics.append(
            Diagnostic(Level.INFO, f"dropped {len(guides) - len(kept)} article(s) with no steps")
        )
    if len(kept) > 1:
        diagnostics.append(Diagnostic(Level.INFO, f"split into {len(kept)} guides"))
    return kept
