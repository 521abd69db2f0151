"""A step made from a step heading's section, and what its heading and text say."""

from __future__ import annotations

from dataclasses import replace

from walker.model import Step
from walker.parse.blocks import Block, Kind
from walker.parse.outline import Outline
from walker.parse.recognise.callouts import callout_of
from walker.parse.recognise.drafts import step_from_section
from walker.parse.recognise.found import Found
from walker.parse.recognise.passages import command_leads, is_outcome
from walker.parse.text import NUMBERED, is_imperative, sentences
from walker.parse.vocabulary import STEP_LABEL


def without_label(title: str) -> str:
    """A heading's title without its "Step 3:" or "3." label."""
    match = STEP_LABEL.match(title) or NUMBERED.match(title)
    return title[match.end() :].strip() if match else title.strip()


def only_states_outcome(child: Outline) -> bool:
    """A "Step 8: Enjoy!" heading over "That's it! ..." closes the procedure; it is no step."""
    title = without_label(child.title)
    texts = [title] + [b.text for b in child.blocks if b.kind is Kind.PARAGRAPH and b.text]
    instructs = any(is_imperative(s) for text in texts for s in sentences(text))
    return not instructs and (title.endswith("!") or is_outcome(title))


def with_outcome(step: Step, outcome: Step) -> Step:
    """A step with an outcome-only step's text appended to its body."""
    body = "\n\n".join(part for part in (step.body, outcome.title, outcome.body) if part)
    return replace(step, body=body, images=step.images + outcome.images)


def heading_step(child: Outline, found: Found) -> Step:
    """One step from a heading and everything under it."""
    title = without_label(child.title)
    return step_from_section(title, list(child.all_blocks()), child.line or 0, found)


def listed_heading_step(child: Outline, found: Found) -> Step:
    """One step from a heading over a list of sub-steps: its text up to the last list, and
    the callouts after it; a closing remark after the list ("More help is on ...") is not
    part of the step."""
    blocks = list(child.blocks)
    last_list = max(i for i, block in enumerate(blocks) if block.kind is Kind.LIST)
    kept = blocks[: last_list + 1] + [b for b in blocks[last_list + 1 :] if callout_of(b)]
    return step_from_section(without_label(child.title), kept, child.line or 0, found)


def walkthrough_steps(child: Outline, found: Found) -> list[Step]:
    """The steps of a step heading whose text walks through commands, or [] when it does not.

    "Install the tools with:" over one code block, "Then check that it works:" over another:
    each paragraph that introduces a command after the first starts a step of its own; the
    heading titles the first, with the blocks before the second lead.
    """
    blocks = list(child.blocks)
    leads = command_leads(blocks)
    if child.children or not leads:
        return []
    parts: list[list[Block]] = [[]]
    for block in blocks:
        if block.line in leads and any(b.line in leads for b in parts[-1]):
            parts.append([])
        parts[-1].append(block)
    if len(parts) < 2:
        return []
    first = step_from_section(without_label(child.title), parts[0], child.line or 0, found)
    rest = [step_from_section("", part, part[0].line, found) for part in parts[1:]]
    return [first, *rest]
