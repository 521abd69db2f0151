"""Tabs that are variants of one command ("Latest" / "9.x"), not ways to choose between."""

from __future__ import annotations

from walker.model import Step
from walker.parse.blocks import Block, Kind
from walker.parse.outline import Outline
from walker.parse.recognise.choices import sibling_group
from walker.parse.recognise.drafts import step_from_section
from walker.parse.recognise.flow import FLOW_CHILDREN, Place
from walker.parse.recognise.found import Found
from walker.parse.recognise.headings import Role
from walker.parse.recognise.passages import clean_title, is_command_lead
from walker.parse.text import sentences
from walker.parse.vocabulary import VERSION_LABEL


@FLOW_CHILDREN.rule(
    "version-tabs",
    found_in=("corpus:squidfunk/mkdocs-material", "rule-fixture"),
    before="choice-group",
)
def version_tabs(place: Place) -> int | None:
    """Tabs that name versions ("Latest" / "9.x") and hold one command each are variants of
    one step, the instruction before them: the version is a detail of the command, not a way."""
    if place.role is not Role.TAB:
        return None
    group = sibling_group(place.children, place.index)
    if not version_variants(group):
        return None
    own = place.parent.blocks if place.index == 0 else ()
    lead = own[-1] if own and own[-1].kind is Kind.PARAGRAPH else None
    place.nodes.append(variants_step(group, lead, place.found))
    place.found.note(f"took {len(group)} version tabs as variants of one step", place.child.line)
    return place.index + len(group)


def version_variants(group: list[Outline]) -> bool:
    """Two or more tabs that each name a version and hold one command (and its notes)."""
    return len(group) >= 2 and all(
        VERSION_LABEL.match(clean_title(tab.title)) and _one_command(tab) for tab in group
    )


def _one_command(tab: Outline) -> bool:
    """A tab of one code block, with at most the lists that annotate it."""
    kinds = [block.kind for block in tab.blocks]
    return not tab.children and kinds.count(Kind.CODE) == 1 and set(kinds) <= {Kind.CODE, Kind.LIST}


def variants_step(group: list[Outline], lead: Block | None, found: Found) -> Step:
    """One step: the instruction that introduced the tabs, with each tab's command under its
    name ("Latest:", "9.x:"); without such an instruction, the first command titles it."""
    title = _instruction(lead) if lead is not None else ""
    blocks: list[Block] = []
    for tab in group:
        name = clean_title(tab.title)
        blocks.append(Block(Kind.PARAGRAPH, tab.line or 0, f"{name}:", f"{name}:"))
        blocks.extend(tab.blocks)
    return step_from_section(title, blocks, group[0].line or 0, found)


def _instruction(lead: Block) -> str:
    """The sentence of a paragraph that asks for the command ("Open a terminal and run:")."""
    if not is_command_lead(lead):
        return ""
    return next(
        (s for s in reversed(sentences(lead.text)) if is_command_lead(_sentence_block(lead, s))),
        "",
    )


def _sentence_block(lead: Block, sentence: str) -> Block:
    return Block(Kind.PARAGRAPH, lead.line, sentence, sentence)
