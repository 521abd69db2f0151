"""A step made from a step heading's section, and what its heading and text say."""

from __future__ import annotations

from dataclasses import replace

from walker.model import Step
from walker.parse.blocks import Kind
from walker.parse.outline import Outline
from walker.parse.recognise.callouts import callout_of
from walker.parse.recognise.drafts import step_from_section
from walker.parse.recognise.found import Found
from walker.parse.recognise.passages import is_outcome
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
