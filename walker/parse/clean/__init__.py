"""The clean stage: rules that tidy the block list before its outline is built.

Every clean rule takes the whole block list and returns the blocks it keeps with its
diagnostics; the CLEAN_RULES table runs them in order. SOURCE_RULES run on the Markdown text
itself, before it becomes blocks (only what must happen before tokenising belongs there).
"""

from __future__ import annotations

from collections.abc import Callable

from walker.model import Diagnostic
from walker.parse.blocks import Block
from walker.parse.clean.admonitions import merge_admonitions
from walker.parse.clean.furniture import drop_furniture
from walker.parse.clean.labels import label_headings, promote_bold_members
from walker.parse.clean.promo import drop_promo_sentences
from walker.parse.clean.raw_html import read_html
from walker.parse.clean.repeats import drop_near_copies, drop_repeats
from walker.parse.clean.templates import convert_templates, isolate_directive_lines
from walker.parse.rules import RuleTable

SourceRule = Callable[[str], str]
"""A source rule: Markdown text to Markdown text, keeping every line where it was."""

CleanRule = Callable[[list[Block]], tuple[list[Block], list[Diagnostic]]]
"""A clean rule: the block list to the blocks kept and what the rule says it did."""

SOURCE_RULES: RuleTable[SourceRule] = RuleTable("clean-source")
SOURCE_RULES.add(
    "isolate-directive-lines", isolate_directive_lines, found_in=("web-fixture:docs_hugo_tabs_cli",)
)

CLEAN_RULES: RuleTable[CleanRule] = RuleTable("clean")
CLEAN_RULES.add(
    "template-directives",
    convert_templates,
    found_in=("fixture:jsx-tabs", "web-fixture:docs_hugo_tabs_cli"),
)
CLEAN_RULES.add(
    "raw-html-blocks",
    read_html,
    found_in=(
        "corpus:vijaybhaskar184/devilsworkshop.org",
        "corpus:TheOdinProject/curriculum",
        "rule-fixture",
    ),
)
CLEAN_RULES.add(
    "admonition-containers",
    merge_admonitions,
    found_in=("web-fixture:docs_docusaurus_search_plugin",),
)
CLEAN_RULES.add(
    "method-label-lines", label_headings, found_in=("web-fixture:r5_wikihow_tie_a_tie",)
)
CLEAN_RULES.add(
    "bold-member-leads",
    promote_bold_members,
    found_in=("web-fixture:seo_venmo_signup_then_username",),
)
CLEAN_RULES.add(
    "page-furniture",
    drop_furniture,
    found_in=(
        "web-fixture:r2docs_manpage_no_steps",
        "seeds",
        "corpus:open-webui/docs",
        "corpus:helm/helm-www",
    ),
)
CLEAN_RULES.add("promo-sentence", drop_promo_sentences, found_in=("corpus:adbar/trafilatura",))
CLEAN_RULES.add(
    "exact-repeats", drop_repeats, found_in=("web-fixture:seo_clear_cache_pasted_twice",)
)
CLEAN_RULES.add(
    "near-copies", drop_near_copies, found_in=("web-fixture:r2recipe_overnight_oats_dup",)
)


def clean_source(text: str) -> str:
    """Run the source rules over Markdown text, in order."""
    for rule in SOURCE_RULES.active():
        text = rule(text)
    return text


def clean_blocks(blocks: list[Block]) -> tuple[list[Block], list[Diagnostic]]:
    """Run the clean rules over a block list, in order, gathering their diagnostics."""
    diagnostics: list[Diagnostic] = []
    for rule in CLEAN_RULES.active():
        blocks, found = rule(blocks)
        diagnostics.extend(found)
    return blocks, diagnostics
