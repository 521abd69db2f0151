"""Recognise a section's flow: steps, "Step N" headings, sections, choices and alternatives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from walker.model import Branch, Callout, CalloutKind, Choice, Node, Section, Step, iter_steps
from walker.parse.blocks import Block, Kind
from walker.parse.outline import Outline
from walker.parse.recognise.choices import (
    invites_choice,
    plain_text_of,
    sibling_group,
)
from walker.parse.recognise.drafts import step_from_section
from walker.parse.recognise.found import Found
from walker.parse.recognise.heading_steps import (
    heading_step,
    listed_heading_step,
    only_states_outcome,
    with_outcome,
    without_label,
)
from walker.parse.recognise.headings import (
    Role,
    callout_section_kind,
    has_instruction_list,
    is_task_heading,
    member_label,
    names_task,
    offers_variants,
    opens_with_instruction,
    platform_of,
    role_of,
    strip_member_label,
)
from walker.parse.recognise.overview import overview_list
from walker.parse.recognise.passages import clean_title
from walker.parse.recognise.prerequisites import Passage, prerequisites_in_section
from walker.parse.recognise.section_steps import CHOOSE_ONE, section_steps
from walker.parse.recognise.variants import variants_step, version_variants
from walker.parse.rules import RuleTable
from walker.parse.split import is_ending_heading
from walker.parse.text import NUMBERED, is_gerund_task, is_imperative, pinned_id, sentences
from walker.parse.vocabulary import (
    GENERIC_SECTION_TITLES,
    SIGN_OFF,
    is_prerequisite_title,
)


@dataclass(frozen=True)
class Flow:
    """A recognised flow and the Markdown that introduced it."""

    nodes: tuple[Node, ...]
    intro: str = ""

    @property
    def has_steps(self) -> bool:
        """Tell whether any step lies anywhere in the flow."""
        return any(True for _ in iter_steps(self.nodes))


def recognise_flow(
    section: Outline, found: Found, *, choosing: bool = False, in_branch: bool = False
) -> Flow:
    """Recognise the steps, sections and choices of a heading's section."""
    nodes, intro = section_steps(list(section.blocks), section.title, found)
    children = list(section.children)
    index = 0
    ended = False
    choosing = choosing or invites_choice(intro) or offers_variants(section)
    while index < len(children):
        ended = ended or is_ending_heading(children[index].title)
        place = Place(children, index, nodes, section, found, not ended, choosing, in_branch)
        taken = (i for rule in FLOW_CHILDREN.active() if (i := rule(place)) is not None)
        index = next(taken, index + 1)  # a child no rule takes adds nothing
    flow = Flow(tuple(nodes), intro)
    if intro:
        passage = Passage.INTRO if flow.has_steps else Passage.ASIDE
        for part in intro.split("\n\n"):  # block by block: a sentence never spans two
            found.scan_requirements(plain_text_of(part), section.line, passage)
    return flow


@dataclass
class Place:
    """A child heading where the flow recogniser stands, with what it is adding to."""

    children: list[Outline]
    index: int
    nodes: list[Node]
    parent: Outline
    found: Found
    promote_tasks: bool  # no Conclusion yet: a task heading may still be a step
    choosing: bool
    in_branch: bool

    @property
    def child(self) -> Outline:
        """The child heading's section."""
        return self.children[self.index]

    @cached_property
    def role(self) -> Role:
        """What the child's heading says it is."""
        return role_of(self.child)

    @cached_property
    def trial(self) -> tuple[Flow, Found]:
        """The child's own flow, recognised into a collector of its own until it is kept."""
        found = self.found.trial()
        return recognise_flow(self.child, found), found


ChildRule = Callable[[Place], "int | None"]
"""A flow rule: takes the child at a place; returns the index of the next child, or None."""

FLOW_CHILDREN: RuleTable[ChildRule] = RuleTable("flow-children")
"""What a child heading adds to its parent's flow; the last rule takes any child."""


@FLOW_CHILDREN.rule("headless-child", found_in=("rule-fixture",))
def headless_child(place: Place) -> int | None:
    """Blocks after a closed tab group (no heading of their own) go on the parent's flow."""
    if place.child.heading is not None:
        return None
    place.nodes.extend(recognise_flow(place.child, place.found).nodes)
    return place.index + 1


@FLOW_CHILDREN.rule(
    "prerequisites-section", found_in=("fixture:prerequisites", "bundled:join-tiktok-live", "seeds")
)
def prerequisites_section(place: Place) -> int | None:
    """A prerequisites section gives prerequisites (and any steps written after them)."""
    if place.role is not Role.PREREQUISITES:
        return None
    _take_prerequisites(place.child, place.nodes, place.found)
    return place.index + 1


@FLOW_CHILDREN.rule(
    "furniture-section", found_in=("web-fixture:r2docs_readme_install_usage", "seeds")
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


@FLOW_CHILDREN.rule("reference-section", found_in=("fixture:misfire-furniture-steps",))
def reference_section(place: Place) -> int | None:
    """A reference heading ("Support", "Environment variables") over steps keeps its steps."""
    if place.role is not Role.REFERENCE:
        return None
    if place.trial[0].has_steps:
        return None  # a section of the flow, like any other heading over steps
    return place.index + 1


@FLOW_CHILDREN.rule("callouts-section", found_in=("web-fixture:r5_recipe_lemon_chicken",))
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


@FLOW_CHILDREN.rule("overview-section", found_in=("corpus:SebastianWild/blog", "rule-fixture"))
def overview_section(place: Place) -> int | None:
    """A section whose numbered list names the sections after it is an overview, not steps.

    "Here are the steps: 1. Sand 2. Prime 3. Paint" above "## 1) Sanding ...": a table of
    contents; the sections that follow carry the steps.
    """
    child = place.child
    overview = overview_list(child, place.children[place.index + 1 :])
    if overview is None:
        return None
    message = f"dropped the overview list under '{child.title}': it names the sections after it"
    place.found.note(message, overview.line)
    return place.index + 1


@FLOW_CHILDREN.rule("listed-step-heading", found_in=("corpus:SebastianWild/blog", "rule-fixture"))
def listed_step_heading(place: Place) -> int | None:
    """A numbered step heading whose text is a numbered list of instructions is a section of them.

    "### 3. Fit the shelf" over "1. Mark the wall 2. Drill 3. Screw": the items are the steps.
    "Step N" headings stay one step each.
    """
    child = place.child
    if place.role is not Role.STEP or not NUMBERED.match(child.title):
        return None
    if not any(_is_instruction_list(block) for block in child.all_blocks()):
        return None
    return _add_section(place, without_label(child.title))


def _is_instruction_list(block: Block) -> bool:
    """An ordered list of three or more items, most of them instructions."""
    if block.kind is not Kind.LIST or not block.ordered or len(block.items) < 3:
        return False
    return sum(is_imperative(item.text) for item in block.items) * 2 > len(block.items)


@FLOW_CHILDREN.rule(
    "step-heading", found_in=("fixture:step-headings", "seeds", "corpus:freesewing/markdown")
)
def step_heading(place: Place) -> int | None:
    """A step heading is one step (or a choice, when its subheadings offer ways)."""
    if place.role is not Role.STEP:
        return None
    _take_step_heading(place.child, place.nodes, place.found)
    return place.index + 1


@FLOW_CHILDREN.rule("version-tabs", found_in=("corpus:squidfunk/mkdocs-material", "rule-fixture"))
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


@FLOW_CHILDREN.rule("choice-group", found_in=("fixture:methods", "seeds", "corpus:bitwarden/help"))
def choicesibling_group(place: Place) -> int | None:
    """A run of sibling headings that the choice-members rules group is one choice."""
    group = sibling_group(
        place.children, place.index, choosing=place.choosing, in_branch=place.in_branch
    )
    if len(group) < 2:
        return None
    place.nodes.append(_choice(group, place.parent.title, place.found))
    return place.index + len(group)


@FLOW_CHILDREN.rule("alternatives-section", found_in=("fixture:alternatives", "seeds"))
def alternatives_section(place: Place) -> int | None:
    """An "Alternatives" or "N ways" heading: its subheadings are the ways."""
    role = place.role
    if role not in (Role.ALTERNATIVES, Role.WAYS):
        return None
    branches = [c for c in place.child.children if role_of(c) is not Role.FURNITURE]
    if not branches:
        return None
    with_main = role is Role.ALTERNATIVES
    _add_alternatives(place.child, branches, place.nodes, place.found, with_main=with_main)
    return place.index + 1


@FLOW_CHILDREN.rule(
    "task-heading", found_in=("fixture:jsx-tabs", "corpus:ohmyzsh/ohmyzsh", "corpus:helm/helm-www")
)
def task_heading(place: Place) -> int | None:
    """A heading naming a task ("Verify the install") over an instruction is one step.

    Its commands stay its body when they would be steps only because the rest of the
    article walks through commands ("## Installation" over two commands is one task).
    """
    child = place.child
    if not place.promote_tasks or not is_task_heading(child):
        return None
    if place.trial[0].has_steps and not _walked_task(child, place.found):
        return None
    place.nodes.append(heading_step(child, place.found))
    return place.index + 1


@FLOW_CHILDREN.rule(
    "listed-task-heading", found_in=("corpus:Gamedoper/Gamedoperarchives.github.io",)
)
def listed_task_heading(place: Place) -> int | None:
    """A heading that asks for a task ("Run it as administrator") over a bullet list of
    instructions is one step: the bullets are its sub-steps, as under a numbered heading."""
    child = place.child
    if not place.promote_tasks or not names_task(child.title) or not has_instruction_list(child):
        return None
    if place.trial[0].has_steps:
        return None
    place.nodes.append(listed_heading_step(child, place.found))
    return place.index + 1


@FLOW_CHILDREN.rule(
    "prose-task-heading",
    found_in=("corpus:TheOdinProject/curriculum", "corpus:ohmyzsh/ohmyzsh", "rule-fixture"),
)
def prose_task_heading(place: Place) -> int | None:
    """A heading naming a task by its -ing form ("Using the console", "Converting videos")
    over prose that asks for something, after steps, is one more step."""
    child = place.child
    if not place.promote_tasks or not is_gerund_task(child.title) or place.trial[0].has_steps:
        return None
    if not any(isinstance(node, Step | Section | Choice) for node in place.nodes):
        return None
    own = list(child.blocks)
    text = own[: next((i for i, b in enumerate(own) if b.kind is Kind.RULE), len(own))]
    if not any(_opens_with_instruction(block) for block in text):
        return None  # what follows a rule ("Like it? Rate it!") is not the section's text
    place.nodes.append(heading_step(child, place.found))
    return place.index + 1


def _opens_with_instruction(block: Block) -> bool:
    """A paragraph whose first sentence is an instruction."""
    opening = sentences(block.text)[:1] if block.kind is Kind.PARAGRAPH else []
    return any(is_imperative(sentence) for sentence in opening)


@FLOW_CHILDREN.rule(
    "plain-section", found_in=("fixture:sections", "seeds", "corpus:LukeSmithxyz/based.cooking")
)
def plain_section(place: Place) -> int | None:
    """Any other heading with steps under it is a section of the flow (or its choice)."""
    return _add_section(place, place.child.title)


def _add_section(place: Place, heading: str) -> int:
    """Add the child's flow as a section titled by its heading (or its choice, or its steps)."""
    child = place.child
    flow, found = place.trial
    place.found.absorb(found)
    if flow.has_steps:
        title, pinned = pinned_id(clean_title(heading))
        if title.lower() in GENERIC_SECTION_TITLES:
            place.nodes.extend(flow.nodes)
        elif len(flow.nodes) == 1 and isinstance(flow.nodes[0], Choice):
            choice = flow.nodes[0]
            place.nodes.append(replace(choice, id=pinned or choice.id, title=title))
        else:
            place.nodes.append(Section(pinned, title, flow.nodes, child.line))
    return place.index + 1


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


def _take_step_heading(child: Outline, nodes: list[Node], found: Found) -> None:
    """A "Step N" heading is one step, unless its subheadings offer a choice of ways."""
    children = list(child.children)
    choosing = invites_choice("\n\n".join(block.source for block in child.blocks))
    if not any(
        len(sibling_group(children, i, choosing=choosing)) >= 2 for i in range(len(children))
    ):
        step = heading_step(child, found)
        if nodes and isinstance(nodes[-1], Step) and only_states_outcome(child):
            nodes[-1] = with_outcome(nodes[-1], step)
        else:
            nodes.append(step)
        return
    own_intro = "\n\n".join(block.source for block in child.blocks)
    inside = Found()  # the author numbered the steps: no walkthrough splits a way further
    ways = recognise_flow(
        Outline(None, (), child.children), inside, choosing=invites_choice(own_intro)
    ).nodes
    found.absorb(inside)
    if opens_with_instruction(child):
        nodes.append(heading_step(replace(child, children=()), found))
        nodes.extend(ways)
        return
    title = clean_title(without_label(child.title))
    nodes.extend(
        replace(node, title=title) if isinstance(node, Choice) and title else node for node in ways
    )


def _walked_task(child: Outline, found: Found) -> bool:
    """A task heading whose steps come only from the article's walkthrough."""
    return found.walkthrough and not recognise_flow(child, Found()).has_steps


def _choice(group: list[Outline], parent_title: str, found: Found) -> Choice:
    branches = tuple(_branch(child, found) for child in group)
    label = member_label(group[0].title) or (
        "platform" if platform_of(group[0].title) else "heading"
    )
    found.note(f"took {len(group)} '{label}' sections as alternatives", group[0].line)
    plain_parent = not member_label(parent_title) and not is_prerequisite_title(parent_title)
    title = pinned_id(clean_title(parent_title))[0] if plain_parent else ""
    return Choice("", title or CHOOSE_ONE, branches, group[0].line)


def _branch(child: Outline, found: Found) -> Branch:
    """A branch from a heading: its own flow, or one step when it is only prose."""
    title, pinned = pinned_id(clean_title(child.title))
    title = strip_member_label(title)
    trial = found.trial()
    flow = recognise_flow(child, trial, in_branch=True)
    if flow.has_steps:
        found.absorb(trial)
        nodes = flow.nodes
        if len(nodes) == 1 and isinstance(nodes[0], Section):
            nodes = nodes[0].flow
        return Branch(pinned, title, flow.intro, nodes, child.line)
    content = [block for block in child.all_blocks() if not _signs_off(block)]
    if not content:
        return Branch(pinned, title, "", (), child.line)
    lead = next((block for block in content if not block.image_only), None)
    # a branch headed by an instruction ("Install with pip") over nothing but a command keeps
    # its heading as the step's title; a tab named "npm" is titled by its command
    only_code = lead is not None and lead.kind is Kind.CODE
    named = title if only_code and is_imperative(title) else ""
    step = step_from_section(named, content, child.line or 0, found, fallback_title=title)
    return Branch(pinned, title, "", (step,), child.line)


def _signs_off(block: Block) -> bool:
    """A paragraph that only closes the article ("We hope it helped; comment below")."""
    return block.kind is Kind.PARAGRAPH and bool(SIGN_OFF.search(block.text))


def _add_alternatives(
    child: Outline, members: list[Outline], nodes: list[Node], found: Found, *, with_main: bool
) -> None:
    """Make a choice of the alternatives (and the main procedure before them, if any)."""
    branches = [_branch(member, found) for member in members]
    main = _main_procedure(nodes) if with_main else None
    if main is not None:
        branches.insert(0, main)
    heading, pinned = pinned_id(clean_title(child.title))
    found.note(f"took '{heading}' as {len(branches)} alternatives", child.line)
    title = f"{main.title.rstrip('?.!:')}, or an alternative" if main else heading or CHOOSE_ONE
    nodes.append(Choice(pinned, title, tuple(branches), child.line))


def _main_procedure(nodes: list[Node]) -> Branch | None:
    """Take the procedure that precedes an "Alternatives" heading out of the flow as a branch."""
    if not nodes:
        return None
    last = nodes[-1]
    if isinstance(last, Section):
        nodes.pop()
        return Branch("", last.title, "", last.flow, last.line)
    steps = [node for node in nodes if isinstance(node, Step)]
    if len(steps) != len(nodes):
        return None
    nodes.clear()
    return Branch("", "The main way", "", tuple(steps), steps[0].line)
