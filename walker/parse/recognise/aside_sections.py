"""Flow rules for sections beside the procedure: prerequisites, furniture, reference matter
and callouts. They come first in the flow-children table, before any rule that finds steps.
"""

from __future__ import annotations

from walker.model import Callout, CalloutKind, Node, iter_steps
from walker.parse.blocks import Kind
from walker.parse.outline import Outline
from walker.parse.recognise.choices import sibling_group
from walker.parse.recognise.flow import FLOW_CHILDREN, Place, recognise_flow
from walker.parse.recognise.found import Found
from walker.parse.recognise.heading_steps import heading_step
from walker.parse.recognise.headings import Role, callout_section_kind, has_shell_code, role_of
from walker.parse.recognise.prerequisites import Passage, prerequisites_in_section
from walker.parse.text import is_imperative, sentences
from walker.parse.vocabulary import ANTI_EXAMPLE, STEP_LABEL


@FLOW_CHILDREN.rule(
    "prerequisite-step",
    found_in=("corpus:TheOdinProject/curriculum", "rule-fixture"),
    before="overview-section",
)
def prerequisite_step(place: Place) -> int | None:
    """A "Step 0: Prerequisites" heading over a command to run, not a list of needs, is a
    step as well: the reader installs what is needed ("You need curl. Run: apt install curl")."""
    child = place.child
    if place.role is not Role.PREREQUISITES or not STEP_LABEL.match(child.title):
        return None
    if any(block.kind is Kind.LIST for block in child.blocks) or not has_shell_code(child):
        return None
    _take_prerequisites(child, place.nodes, place.found)
    place.nodes.append(heading_step(child, place.found))
    return place.index + 1


@FLOW_CHILDREN.rule(
    "prerequisites-section",
    found_in=("fixture:prerequisites", "bundled:join-tiktok-live", "seeds"),
    before="overview-section",
)
def prerequisites_section(place: Place) -> int | None:
    """A prerequisites section gives prerequisites (and any steps written after them)."""
    if place.role is not Role.PREREQUISITES:
        return None
    _take_prerequisites(place.child, place.nodes, place.found)
    return place.index + 1


@FLOW_CHILDREN.rule(
    "furniture-section",
    found_in=("web-fixture:r2docs_readme_install_usage", "seeds"),
    before="overview-section",
)
def furniture_section(place: Place) -> int | None:
    """A section of page furniture adds nothing; steps under it are dropped with a diagnostic."""
    if place.role is not Role.FURNITURE:
        return None
    if place.trial[0].has_steps:
        dropped = sum(1 for _ in iter_steps(place.trial[0].nodes))
        message = f"dropped {dropped} step(s) under the furniture heading '{place.child.title}'"
        place.found.note(message, place.child.line)
    return place.index + 1


@FLOW_CHILDREN.rule(
    "anti-example-section", found_in=("corpus:adbar/trafilatura",), before="overview-section"
)
def anti_example_section(place: Place) -> int | None:
    """A section that shows a way of doing it without asking for anything, then faults it
    ("The problem with this setup is ..."), is what not to do: no steps come from it."""
    child = place.child
    if child.children or place.role is not Role.PLAIN:
        return None
    paragraphs = [block.text for block in child.blocks if block.kind is Kind.PARAGRAPH]
    if not any(ANTI_EXAMPLE.match(text) for text in paragraphs):
        return None
    if any(is_imperative(part) for text in paragraphs for part in sentences(text)):
        return None
    if place.trial[0].has_steps:
        place.found.note(f"'{child.title}' shows what not to do: no steps from it", child.line)
    return place.index + 1


@FLOW_CHILDREN.rule(
    "reference-section", found_in=("fixture:misfire-furniture-steps",), before="overview-section"
)
def reference_section(place: Place) -> int | None:
    """A reference heading ("Support", "Environment variables") over steps keeps its steps."""
    if place.role is not Role.REFERENCE:
        return None
    if place.trial[0].has_steps:
        return None  # a section of the flow, like any other heading over steps
    return place.index + 1


@FLOW_CHILDREN.rule(
    "callouts-section", found_in=("web-fixture:r5_recipe_lemon_chicken",), before="overview-section"
)
def callouts_section(place: Place) -> int | None:
    """A "Tips" / "Warnings" section gives guide callouts."""
    if place.role is not Role.CALLOUTS or _opens_choice(place):
        return None
    _take_callouts(place.child, place.found)
    return place.index + 1


def _opens_choice(place: Place) -> bool:
    """A "Warning" heading that opens a run of choice members ("Warning" / "Critical")."""
    group = sibling_group(
        place.children, place.index, choosing=place.choosing, in_branch=place.in_branch
    )
    return len(group) >= 2


def _take_callouts(child: Outline, found: Found) -> None:
    """Each item or paragraph of a "Tips" / "Warnings" section is a guide callout.

    A tip that plainly asks for something first ("... before you start") is a prerequisite too.
    """
    kind = callout_section_kind(child.title) or CalloutKind.NOTE
    for block in child.all_blocks():
        if block.kind is Kind.LIST:
            found.callouts += [Callout(kind, item.text) for item in block.items if item.text]
        elif block.kind in (Kind.PARAGRAPH, Kind.QUOTE) and block.text:
            found.callouts.append(Callout(kind, block.text))
        found.scan_requirements(block.text, block.line, Passage.ASIDE)


def _take_prerequisites(child: Outline, nodes: list[Node], found: Found) -> None:
    """Prerequisites from a section's lists; steps written after them still count as steps.

    Subsections that hold a procedure are steps, not needs ("### Install it" under
    "## Before you begin"); the others ("### Tools") list more prerequisites.
    """
    procedures = tuple(
        sub
        for sub in child.children
        if role_of(sub) is not Role.PLAIN or recognise_flow(sub, found.trial()).has_steps
    )
    needs = [sub for sub in child.children if sub not in procedures]
    blocks = list(child.blocks) + [
        b for sub in needs for b in (sub.heading, *sub.all_blocks()) if b
    ]
    for text, line in prerequisites_in_section(blocks):
        found.add_prerequisite(text, line)
    rest = tuple(block for block in child.blocks if block.kind is not Kind.LIST)
    if any(block.kind is Kind.LIST for block in child.blocks) or procedures:
        nodes.extend(recognise_flow(Outline(child.heading, rest, procedures), found).nodes)
