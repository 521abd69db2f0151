"""Recognise a section's flow: steps, "Step N" headings, sections, choices and alternatives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from walker.model import Branch, Choice, Node, Section, Step, iter_steps
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
    only_states_outcome,
    walkthrough_steps,
    with_outcome,
    without_label,
)
from walker.parse.recognise.headings import (
    Role,
    member_label,
    offers_variants,
    opens_with_instruction,
    platform_of,
    role_of,
    strip_member_label,
)
from walker.parse.recognise.overview import overview_list
from walker.parse.recognise.passages import clean_title
from walker.parse.recognise.prerequisites import Passage
from walker.parse.recognise.section_steps import CHOOSE_ONE, section_steps
from walker.parse.rules import RuleTable
from walker.parse.split import is_ending_heading
from walker.parse.text import NUMBERED, is_imperative, pinned_id
from walker.parse.vocabulary import (
    GENERIC_SECTION_TITLES,
    SIGN_OFF,
    STEP_LABEL,
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
    "walkthrough-step-heading",
    found_in=("corpus:jekyll/jekyll", "corpus:TheOdinProject/curriculum", "rule-fixture"),
)
def walkthrough_step_heading(place: Place) -> int | None:
    """A "Step 2:" heading whose text walks through commands, each asked for on its own
    ("Install the tools with:" over code, "Then check that it works:" over more), is a step a
    command. A numbered "### 3. Title" heading keeps its commands in one step."""
    if place.role is not Role.STEP or not STEP_LABEL.match(place.child.title):
        return None
    steps = walkthrough_steps(place.child, place.found)
    place.nodes.extend(steps)
    return place.index + 1 if steps else None


@FLOW_CHILDREN.rule(
    "step-heading", found_in=("fixture:step-headings", "seeds", "corpus:freesewing/markdown")
)
def step_heading(place: Place) -> int | None:
    """A step heading is one step (or a choice, when its subheadings offer ways)."""
    if place.role is not Role.STEP:
        return None
    _take_step_heading(place.child, place.nodes, place.found)
    return place.index + 1


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
        intro = flow.intro
        opening = child.blocks[0] if child.blocks else None
        source = opening.source.strip() if opening else ""
        if (
            opening
            and opening.kind is Kind.CODE
            and is_imperative(title)
            and intro.startswith(source)
        ):
            # "Install with pip" over its command, then remarks with steps of their own:
            # the command the heading asks for is the branch's first step, not its intro
            first = step_from_section(title, [opening], child.line or 0, found)
            nodes, intro = (first, *nodes), intro[len(source) :].strip()
        return Branch(pinned, title, intro, nodes, child.line)
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
