"""Titles: SEO wrapping removed, frontmatter aliases read, no stray punctuation at a lead."""

from __future__ import annotations

import pytest

from walker.parse.blocks import to_blocks
from walker.parse.front import split_frontmatter
from walker.parse.text import article_title


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("How to Hang a Shelf (Step by Step Guide) | Fix It Blog", "How to Hang a Shelf"),
        ("Make Cold Brew - Coffee Corner", "Make Cold Brew"),
        ("[Updated 2024] Change a Bike Tyre", "Change a Bike Tyre"),
        ('"Plant  Tulip Bulbs"', "Plant Tulip Bulbs"),
        ("Install Python - Ubuntu 22.04", "Install Python - Ubuntu 22.04"),
        ("tar(1) -- pack files into one", "tar(1) -- pack files into one"),
        ("Back up - Restore", "Back up - Restore"),
        ("Use Rsync (macOS)", "Use Rsync (macOS)"),
    ],
)
def test_article_title_drops_only_the_wrapping(raw: str, clean: str) -> None:
    assert article_title(raw) == clean


@pytest.mark.parametrize("key", ["post_title", "name", "heading"])
def test_title_aliases_in_frontmatter(key: str) -> None:
    front = split_frontmatter(f"---\n{key}: Wash a Duvet\n---\nBody\n")
    assert front.metadata.title == "Wash a Duvet"
    assert not front.diagnostics


def test_title_wins_over_its_aliases() -> None:
    front = split_frontmatter("---\ntitle: Real\nname: other\n---\n")
    assert front.metadata.title == "Real"


WALKTHROUGH = """# Brew a batch of kombucha

A clean jar matters most. The culture needs sweet tea to feed on. Make four cups of strong tea:

    steep tea 10min

Stir in the sugar while it is hot:

    stir sugar

Pour it into the jar and add the culture:

    add culture

The jar sits on a shelf for a week. Note that warmth speeds it up.

    wait 7d
"""


def test_a_lead_over_code_is_titled_by_its_last_instruction_not_by_the_scene() -> None:
    from walker.parse import parse_text

    [guide] = parse_text(WALKTHROUGH).guides
    titles = [step.title for step in guide.steps()]
    assert titles[0] == "Make four cups of strong tea"
    assert "A clean jar matters most." in guide.flow[0].body  # type: ignore[union-attr]
    assert titles[1:3] == [
        "Stir in the sugar while it is hot",
        "Pour it into the jar and add the culture",
    ]
    assert titles[3] == "The jar sits on a shelf for a week."  # a remark is no title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("## Repot it {.unnumbered}", "Repot it"),
        ('### With a trowel { #trowel data-toc-label="trowel" }', "With a trowel"),
        ("## Water it {#water}", "Water it {#water}"),  # a pinned id stays for the id pass
    ],
)
def test_a_heading_attribute_block_is_not_part_of_its_title(heading: str, title: str) -> None:
    (block,) = to_blocks(heading)
    assert block.text == title
