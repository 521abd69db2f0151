"""What a passage of a how-to says: an instruction, an outcome, a description, a title.

The step recogniser asks these questions of paragraphs and list items; each answer is a
general pattern of how-to writing, never one site's wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from walker.parse.blocks import Block, Item, Kind, plain_text
from walker.parse.outline import Outline
from walker.parse.rules import RuleTable
from walker.parse.text import (
    NUMBERED,
    first_sentence,
    is_imperative,
    lead_in_markdown,
    one_line,
    remove_template_directives,
    sentences,
)
from walker.parse.vocabulary import (
    CONTINUED_CAPTION,
    EXAMPLE_CAPTION,
    ORDINAL_LEAD,
    OUTCOME,
    SAMPLE_OUTPUT,
    STATEMENT,
    STEP_LABEL,
    TROUBLESHOOTING_LEADS,
    VERIFICATION,
)

_LEADING_PUNCTUATION = re.compile(r"^(?:[,;:–—]|[.-](?=[ \t]|$))[ \t]*")
_STRAY_END = re.compile(r"\s+[.:;,]+$")
_SPILLED_BOLD_LABEL = re.compile(r"^(\s*)(\*\*|__)\s*([^*_\s]{1,12})\s+\2[ \t]*")


def without_spilled_bold(text: str) -> str:
    """Drop bold marks that never closed around a label: "**3. **Open it" -> "3. Open it".

    Authors who bold the number and the space after it leave a closing "**" that Markdown
    cannot read as one, so the marks stay in the text and hide the label.
    """
    return _SPILLED_BOLD_LABEL.sub(r"\1\3 ", text, count=1)


def clean_title(text: str) -> str:
    """Remove template leftovers and stray markup from a title."""
    title = " ".join(remove_template_directives(text).split()).strip(" :-–—")
    return _STRAY_END.sub("", title)


def title_and_body(plain: str, markdown: str) -> tuple[str, str]:
    """Split a passage into a one-line title (bold lead or first sentence) and the rest."""
    lead = _bold_lead(markdown) or first_sentence(plain)
    title, cut = one_line(clean_title(lead))
    if cut:
        return title, markdown
    rest = lead_in_markdown(markdown, lead)
    if rest is None:
        return title, markdown
    gap = markdown[: len(markdown) - len(rest)]
    on_lead_line = "\n" not in (gap.rsplit(lead[-1], 1)[-1] if lead else gap)
    return title, _LEADING_PUNCTUATION.sub("", rest) if on_lead_line else rest


def _bold_lead(markdown: str) -> str:
    text = markdown.lstrip()
    for mark in ("**", "__"):
        if text.startswith(mark):
            end = text.find(mark, 2)
            if 0 < end < 150:
                return plain_text(text[2:end])
    return ""


def is_outcome(text: str) -> bool:
    """Tell whether text only states a result ("Voila! The video is saved.")."""
    return not is_imperative(text) and bool(OUTCOME.search(text))


def is_stray_instruction(block: Block) -> bool:
    """A sentence of instruction after the steps (not a button, a label or a link row)."""
    text = block.text
    label = block.source.strip().endswith(("**", "__", ":"))  # a label over what follows
    sentence_like = len(text.split()) >= 4 and not label
    mostly_links = len(block.link_text) * 2 >= len(text)
    troubleshooting = text.lower().startswith(TROUBLESHOOTING_LEADS)
    return (
        block.kind is Kind.PARAGRAPH
        and sentence_like
        and not mostly_links
        and not troubleshooting
        and is_imperative(text)
    )


def is_procedure(items: tuple[Item, ...]) -> bool:
    """An ordered list is a procedure unless most items state or define things.

    "The scanner walks ...", "Your passwords are ...", "Voltage (V) - the ..." describe;
    an item that neither instructs nor describes is taken at its word, as a step.
    """
    if len(items) < 2:
        return True
    leads = [first_sentence(item.text) for item in items]
    instructions = sum(1 for lead in leads if is_imperative(lead))
    statements = sum(1 for lead in leads if _describes(lead))
    return instructions * 3 >= len(items) or statements * 3 < len(items) * 2


def _describes(lead: str) -> bool:
    """A statement ("The scanner walks ...") or a short label ("Gummed-up carburetor.")."""
    if is_imperative(lead):
        return False
    label = len(lead.split()) <= 4 and lead.endswith((".", ":"))
    return label or bool(STATEMENT.match(lead))


def holds_steps(section: Outline) -> bool:
    """Tell cheaply whether a section's own blocks hold a procedure (a list or step markers)."""
    blocks = list(section.blocks)
    return has_numbered_run(blocks) or any(
        (block.kind is Kind.LIST and block.ordered and is_procedure(block.items))
        or (block.kind is Kind.PARAGRAPH and bool(STEP_LABEL.match(block.text)))
        for block in blocks
    )


def is_ordinal_instruction(block: Block) -> bool:
    """Tell whether a paragraph is an instruction led by "First," / "Next," / "Once X,"."""
    return (
        block.kind is Kind.PARAGRAPH
        and bool(ORDINAL_LEAD.match(block.text))
        and is_imperative(block.text)
    )


def has_ordinal_run(blocks: list[Block]) -> bool:
    """Tell whether at least three paragraphs go "First, ... Next, ... Finally, ..."."""
    return sum(1 for block in blocks if is_ordinal_instruction(block)) >= 3


def after_label(text: str) -> str:
    """The text after a "Label — " lead ("Enjoy — your bread is ready" -> "your bread ...")."""
    head, dash, tail = text.partition(" — ")
    return tail if dash and len(head.split()) <= 4 else text


def has_numbered_run(blocks: list[Block]) -> bool:
    """Tell whether at least two paragraphs start with "1." style numbers."""
    return (
        sum(
            1
            for b in blocks
            if b.kind is Kind.PARAGRAPH and NUMBERED.match(without_spilled_bold(b.text))
        )
        >= 2
    )


CaptionRule = Callable[[Block, bool], bool]
"""A caption rule: takes a paragraph over code and whether the paragraph over the code just
before it was a caption; True when the paragraph only captions its code."""

CODE_CAPTIONS: RuleTable[CaptionRule] = RuleTable("code-captions")
"""The ways a paragraph over a code block captions it instead of asking for a command."""


@CODE_CAPTIONS.rule("example-caption", found_in=("corpus:mozilla/readability",))
def example_caption(block: Block, after_caption: bool) -> bool:
    """ "As an example, ...:" over code shows a worked example the reader already has."""
    return bool(EXAMPLE_CAPTION.match(block.text))


@CODE_CAPTIONS.rule(
    "continued-caption",
    found_in=("corpus:mozilla/readability", "corpus:adbar/trafilatura"),
)
def continued_caption(block: Block, after_caption: bool) -> bool:
    """ "And the config like this:" right after a captioned sample captions the next one."""
    return after_caption and bool(CONTINUED_CAPTION.match(block.text))


def _over_code(blocks: list[Block]) -> list[Block]:
    """The paragraphs right above a code block, but captions over samples and examples."""
    leads: list[Block] = []
    after_caption = False
    for index, (block, after) in enumerate(pairwise(blocks)):
        if after.kind is not Kind.CODE or block.kind is not Kind.PARAGRAPH or not block.text:
            continue
        continued = after_caption and index > 0 and blocks[index - 1].kind is Kind.CODE
        caption = bool(SAMPLE_OUTPUT.search(block.text)) or any(
            rule(block, continued) for rule in CODE_CAPTIONS.active()
        )
        after_caption = caption
        if not caption:
            leads.append(block)
    return leads


def walks_through(blocks: list[Block]) -> bool:
    """Tell whether three or more instructions over code make the blocks a walkthrough."""
    return sum(1 for block in _over_code(blocks) if is_command_lead(block)) >= 3


MIN_WALKTHROUGH_LEADS = 2


def command_leads(blocks: list[Block], *, least: int = MIN_WALKTHROUGH_LEADS) -> frozenset[int]:
    """The lines of paragraphs that introduce a command: "Install it with:" over a code block.

    ``least`` instructions over code make a walkthrough (two, as two commands to run, each
    asked for on its own, are two steps; one when the article is a walkthrough already);
    then any sentence over code ("The usual way is to save the list:") leads a step too, but
    a short caption over an example ("Cluster scoped:") and sample output ("You should
    see:") do not. Fewer is no walkthrough, and the set is empty.
    """
    over_code = _over_code(blocks)
    if sum(1 for block in over_code if is_command_lead(block)) < least:
        return frozenset()
    return frozenset(
        block.line
        for block in over_code
        if is_command_lead(block)
        or (
            least >= MIN_WALKTHROUGH_LEADS
            and len(block.text.split()) >= 4
            and not is_outcome(block.text)
        )
    )


def is_command_lead(block: Block) -> bool:
    """Tell whether a paragraph asks the reader to do something: an instruction, or a line of
    a few words that ends in ":" over what to type, rather than a caption or a result."""
    if block.kind is not Kind.PARAGRAPH or not block.text:
        return False
    if any(is_imperative(part) for part in sentences(block.text)):
        return True
    text = block.text.rstrip()
    if not text.endswith(":") or len(text.split()) < 4:
        return False
    # "If it did not, run these:" asks in its last clause; "You can verify it is installed
    # by running:" asks for a check, though "is installed" reads like a result
    last_clause = re.split(r"[,;()]", text.rstrip(":"))[-1]
    return is_imperative(last_clause) or bool(VERIFICATION.search(text)) or not is_outcome(text)
