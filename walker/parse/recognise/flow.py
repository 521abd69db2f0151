"""Recognise a section's flow: steps, "Step N" headings, sections, choices and alternatives."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from walker.model import Branch, Callout, CalloutKind, Choice, Node, Section, Step, iter_steps
from walker.parse.blocks import Kind
from walker.parse.outline import Outline
from walker.parse.recognise.found import Found
from walker.parse.recognise.headings import (
    Role,
    callout_section_kind,
    is_task_heading,
    means_key,
    member_label,
    offers_variants,
    opens_with_instruction,
    platform_of,
    role_of,
    strip_member_label,
)
from walker.parse.recognise.passages import clean_title, holds_steps, is_outcome
from walker.parse.recognise.prerequisites import (
    Passage,
    is_prerequisite_heading,
    prerequisites_in_section,
)
from walker.parse.recognise.steps import recognise_steps, step_from_section
from walker.parse.split import is_ending_heading
from walker.parse.text import NUMBERED, STEP_LABEL, is_imperative, pinned_id, sentences

CHOOSE_ONE = "Choose one"
_GENERIC_SECTIONS = frozenset(
    {"steps", "instructions", "directions", "procedure", "how to do it", "the steps", "method"}
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
    steps, intro = recognise_steps(list(section.blocks), found)
    nodes: list[Node] = list(steps)
    children = list(section.children)
    index = 0
    ended = False
    choosing = choosing or invites_choice(intro) or offers_variants(section)
    while index < len(children):
        ended = ended or is_ending_heading(children[index].title)
        index = _take_child(
            children,
            index,
            nodes,
            section,
            found,
            promote_tasks=not ended,
            choosing=choosing,
            in_branch=in_branch,
        )
    flow = Flow(tuple(nodes), intro)
    if intro:
        passage = Passage.INTRO if flow.has_steps else Passage.ASIDE
        found.scan_requirements(_plain(intro), section.line, passage)
    return flow


def _take_child(
    children: list[Outline],
    index: int,
    nodes: list[Node],
    parent: Outline,
    found: Found,
    *,
    promote_tasks: bool,
    choosing: bool = False,
    in_branch: bool = False,
) -> int:
    """Add what the child at ``index`` contributes; return the index of the next child."""
    child = children[index]
    if child.heading is None:
        nodes.extend(recognise_flow(child, found).nodes)
        return index + 1
    role = role_of(child)
    if role is Role.PREREQUISITES:
        _take_prerequisites(child, nodes, found)
        return index + 1
    if role is Role.FURNITURE:
        return index + 1
    if role is Role.CALLOUTS:
        _take_callouts(child, found)
        return index + 1
    if role is Role.STEP:
        _take_step_heading(child, nodes, found)
        return index + 1
    group = _group(children, index, choosing=choosing, in_branch=in_branch)
    if len(group) >= 2:
        nodes.append(_choice(group, parent.title, found))
        return index + len(group)
    if role in (Role.ALTERNATIVES, Role.WAYS):
        branches = [c for c in child.children if role_of(c) is not Role.FURNITURE]
        if branches:
            _add_alternatives(child, branches, nodes, found, with_main=role is Role.ALTERNATIVES)
            return index + 1
    trial = Found()
    flow = recognise_flow(child, trial)
    if not flow.has_steps and promote_tasks and is_task_heading(child):
        nodes.append(_heading_step(child, found))
        return index + 1
    found.absorb(trial)
    if flow.has_steps:
        title, pinned = pinned_id(clean_title(child.title))
        if title.lower() in _GENERIC_SECTIONS:
            nodes.extend(flow.nodes)
        elif len(flow.nodes) == 1 and isinstance(flow.nodes[0], Choice):
            nodes.append(replace(flow.nodes[0], id=pinned or flow.nodes[0].id, title=title))
        else:
            nodes.append(Section(pinned, title, flow.nodes, child.line))
    return index + 1


def _take_callouts(child: Outline, found: Found) -> None:
    """Each item or paragraph of a "Tips" / "Warnings" section is a guide callout."""
    kind = callout_section_kind(child.title) or CalloutKind.NOTE
    for block in child.all_blocks():
        if block.kind is Kind.LIST:
            found.callouts += [Callout(kind, item.text) for item in block.items if item.text]
        elif block.kind in (Kind.PARAGRAPH, Kind.QUOTE) and block.text:
            found.callouts.append(Callout(kind, block.text))


def _take_prerequisites(child: Outline, nodes: list[Node], found: Found) -> None:
    """Prerequisites from a section's lists; steps written after them still count as steps.

    Subsections that hold a procedure are steps, not needs ("### Install it" under
    "## Before you begin"); the others ("### Tools") list more prerequisites.
    """
    procedures = tuple(
        sub
        for sub in child.children
        if role_of(sub) is not Role.PLAIN or recognise_flow(sub, Found()).has_steps
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
    if not any(len(_group(children, i, choosing=choosing)) >= 2 for i in range(len(children))):
        step = _heading_step(child, found)
        if nodes and isinstance(nodes[-1], Step) and _only_states_outcome(child):
            nodes[-1] = _with_outcome(nodes[-1], step)
        else:
            nodes.append(step)
        return
    own_intro = "\n\n".join(block.source for block in child.blocks)
    ways = recognise_flow(
        Outline(None, (), child.children), found, choosing=invites_choice(own_intro)
    ).nodes
    if opens_with_instruction(child):
        nodes.append(_heading_step(replace(child, children=()), found))
        nodes.extend(ways)
        return
    title = clean_title(_without_label(child.title))
    nodes.extend(
        replace(node, title=title) if isinstance(node, Choice) and title else node for node in ways
    )


def _only_states_outcome(child: Outline) -> bool:
    """A "Step 8: Enjoy!" heading over "That's it! ..." closes the procedure; it is no step."""
    title = _without_label(child.title)
    texts = [title] + [b.text for b in child.blocks if b.kind is Kind.PARAGRAPH and b.text]
    instructs = any(is_imperative(s) for text in texts for s in sentences(text))
    return not instructs and (title.endswith("!") or is_outcome(title))


def _with_outcome(step: Step, outcome: Step) -> Step:
    body = "\n\n".join(part for part in (step.body, outcome.title, outcome.body) if part)
    return replace(step, body=body, images=step.images + outcome.images)


def _heading_step(child: Outline, found: Found) -> Step:
    title = _without_label(child.title)
    return step_from_section(title, list(child.all_blocks()), child.line or 0, found)


def _without_label(title: str) -> str:
    match = STEP_LABEL.match(title) or NUMBERED.match(title)
    return title[match.end() :].strip() if match else title.strip()


def _group(
    children: list[Outline], index: int, *, choosing: bool = False, in_branch: bool = False
) -> list[Outline]:
    """Collect the run of sibling headings that form one choice with the child at index.

    ``choosing`` says the text before the headings invites a choice ("Pick the one that
    suits you:"), so plain sibling headings are alternatives too; ``in_branch`` says they sit
    in one way of a choice, where named siblings that each hold a procedure ("Samsung
    phones", "Pixel phones") are variants of that way.
    """
    first = children[index]
    key = _member_key(first, choosing, in_branch)
    if key is None:
        return [first]
    group = [first]
    for child in children[index + 1 :]:
        if _member_key(child, choosing, in_branch) != key or child.level != first.level:
            break
        group.append(child)
    if key[0] == "platform" and not _platform_variants(group):
        return [first]
    return group


def _platform_variants(group: list[Outline]) -> bool:
    """Different platforms, or variants of one ("iPhones with Face ID" / "... Home button")."""
    if len({platform_of(child.title) for child in group}) == len(group):
        return True
    return not any(is_imperative(child.title) for child in group)


def _member_key(child: Outline, choosing: bool, in_branch: bool) -> tuple[str, str] | None:
    role = role_of(child)
    if role is Role.MEMBER:
        return ("member", member_label(child.title))
    if role is Role.TAB:
        return ("tab", "")
    if role is Role.PLAIN and platform_of(child.title):
        return ("platform", "")
    invitable = role is Role.PLAIN or (role is Role.STEP and not STEP_LABEL.match(child.title))
    if invitable and choosing:
        return ("invited", "")
    if role in (Role.PLAIN, Role.STEP) and means_key(child.title):
        return ("means", means_key(child.title))
    if role is Role.PLAIN and in_branch and not is_imperative(child.title) and holds_steps(child):
        return ("variant", "")
    return None


def _choice(group: list[Outline], parent_title: str, found: Found) -> Choice:
    branches = tuple(_branch(child, found) for child in group)
    label = member_label(group[0].title) or (
        "platform" if platform_of(group[0].title) else "heading"
    )
    found.note(f"took {len(group)} '{label}' sections as alternatives", group[0].line)
    plain_parent = not member_label(parent_title) and not is_prerequisite_heading(parent_title)
    title = pinned_id(clean_title(parent_title))[0] if plain_parent else ""
    return Choice("", title or CHOOSE_ONE, branches, group[0].line)


def _branch(child: Outline, found: Found) -> Branch:
    """A branch from a heading: its own flow, or one step when it is only prose."""
    title, pinned = pinned_id(clean_title(child.title))
    title = strip_member_label(title)
    trial = Found()
    flow = recognise_flow(child, trial, in_branch=True)
    if flow.has_steps:
        found.absorb(trial)
        nodes = flow.nodes
        if len(nodes) == 1 and isinstance(nodes[0], Section):
            nodes = nodes[0].flow
        return Branch(pinned, title, flow.intro, nodes, child.line)
    content = list(child.all_blocks())
    if not content:
        return Branch(pinned, title, "", (), child.line)
    step = step_from_section("", content, child.line or 0, found, fallback_title=title)
    return Branch(pinned, title, "", (step,), child.line)


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


_INVITES_CHOICE = re.compile(
    r"\b(?:pick|choose|select|depending on|whichever|one of (?:the|these)|either)\b[^.]*:\s*$"
    r"|\b(?:two|three|four|five|\d|several|a few|multiple|different) (?:\w+ )?"
    r"(?:ways|options|methods|approaches)\b",
    re.I,
)


def invites_choice(intro: str) -> bool:
    """Tell whether an introduction ends by offering a choice ("Pick the one that suits:")."""
    last = intro.strip().rsplit("\n\n", 1)[-1]
    return bool(_INVITES_CHOICE.search(_plain(last)))


def _plain(markdown: str) -> str:
    return " ".join(markdown.replace("*", "").replace("_", " ").split())
