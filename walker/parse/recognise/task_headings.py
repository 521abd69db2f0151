"""Flow rules for a heading that names one task: its section is one step.

The heading asks for the task ("Verify the install") over an instruction or commands, over
a bullet list of instructions, or names it by its -ing form over prose that asks for it.
They come after the choice rules (a task among ways is a way) and before plain sections.
"""

from __future__ import annotations

from walker.model import Choice, Section, Step
from walker.parse.blocks import Block, Kind
from walker.parse.outline import Outline
from walker.parse.recognise.flow import FLOW_CHILDREN, Place, recognise_flow
from walker.parse.recognise.found import Found
from walker.parse.recognise.heading_steps import heading_step, listed_heading_step
from walker.parse.recognise.headings import has_instruction_list, is_task_heading, names_task
from walker.parse.text import is_gerund_task, is_imperative, sentences


@FLOW_CHILDREN.rule(
    "task-heading",
    found_in=("fixture:jsx-tabs", "corpus:ohmyzsh/ohmyzsh", "corpus:helm/helm-www"),
    before="plain-section",
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
    "listed-task-heading",
    found_in=("corpus:Gamedoper/Gamedoperarchives.github.io",),
    before="plain-section",
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
    before="plain-section",
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


def _walked_task(child: Outline, found: Found) -> bool:
    """A task heading whose steps come only from the article's walkthrough."""
    return found.walkthrough and not recognise_flow(child, Found()).has_steps
