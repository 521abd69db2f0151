"""Recognise steps among a section's blocks: ordered lists, "Step N" and "1." paragraphs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from walker.model import Callout, Step
from walker.parse.blocks import Block, Item, Kind
from walker.parse.recognise.callouts import CalloutLabel, callout_from_label, callout_of
from walker.parse.recognise.drafts import (
    StepDraft,
    draft_from,
    draft_from_item,
    markdown_of,
)
from walker.parse.recognise.found import Found
from walker.parse.recognise.passages import (
    after_label,
    clean_title,
    command_leads,
    has_numbered_run,
    has_ordinal_run,
    is_ordinal_instruction,
    is_outcome,
    is_procedure,
    without_spilled_bold,
)
from walker.parse.recognise.prerequisites import is_prerequisite_label
from walker.parse.rules import RuleTable
from walker.parse.text import (
    MAX_AUTHORED_TITLE,
    NUMBERED,
    is_imperative,
    lead_in_markdown,
    one_line,
    pinned_id,
    sentences,
)
from walker.parse.vocabulary import ANNOUNCES_STEPS, CONTENTS_LABEL, STEP_LABEL, SUMMARY_LABEL


def _marker(block: Block, numbered_run: bool) -> tuple[str, str, str] | None:
    """Return (label, plain rest, markdown rest) when a paragraph starts a step."""
    if block.kind is not Kind.PARAGRAPH:
        return None
    text = without_spilled_bold(block.text)
    match = STEP_LABEL.match(text) or (NUMBERED.match(text) if numbered_run else None)
    if not match:
        return None
    label = text[: match.end()]
    markdown = lead_in_markdown(without_spilled_bold(block.source), label.strip())
    return label, text[match.end() :].strip(), (markdown or "").lstrip(":.)–—- ")


def _only_outcome(plain: str) -> bool:
    """A numbered paragraph that states a result and asks nothing ("3. The file is saved.");
    "4. The engine is created. Make it the default." still instructs, so it is a step."""
    return is_outcome(plain) and not any(is_imperative(part) for part in sentences(plain))


def _is_title_only(block: Block, plain: str) -> bool:
    source = block.source.strip()
    fully_bold = source.startswith(("**", "__")) and source.endswith(("**", "__"))
    short = len(plain) < 80 and "\n" not in source and not plain.endswith((".", "!", "?"))
    return fully_bold or short


@dataclass
class StepRun:
    """Recognises steps in a block list, keeping the rest as intro."""

    found: Found
    drafts: list[StepDraft] = field(default_factory=list)
    intro: list[str] = field(default_factory=list)
    current: StepDraft | None = None
    last: StepDraft | None = None
    label: CalloutLabel | None = None
    prerequisite_list_next: bool = False
    announced: bool = False  # the last paragraph said "Here's how:"
    summary: bool = False  # the last paragraph was a "Quick steps" label
    contents: bool = False  # the last paragraph said "In this post I'll cover:"
    ordinal_run: bool = False  # paragraphs go "First, ... Next, ... Finally, ..."
    intro_since_steps: int = 0  # prose blocks seen since the last step
    next_number: int = 0  # the number an item continuing the last ordered list would carry
    command_leads: frozenset[int] = frozenset()  # lines of "Run:" paragraphs over code
    article_leads: frozenset[int] = frozenset()  # the same, when the article is a walkthrough
    after_command: int = -1  # remarks since the open step's code block; -1: no code yet

    def start(self, draft: StepDraft) -> None:
        """Begin a new step."""
        self.intro_since_steps = 0
        self.drafts.append(draft)
        self.current = self.last = draft

    def continues_list(self, block: Block) -> bool:
        """A "6.Press ..." paragraph right after a list that ended at 5 is its next item."""
        number = NUMBERED.match(block.text) if block.kind is Kind.PARAGRAPH else None
        return number is not None and int(number.group(1)) == self.next_number

    def steps(self) -> list[Step]:
        """Freeze every step found, in order; a closing outcome-only step joins the one before."""
        drafts = self.drafts
        if len(drafts) > 1 and drafts[-1].outcome:
            last = drafts.pop()
            drafts[-1].body += [last.title, *last.body]
            drafts[-1].images += last.images
            drafts[-1].callouts += last.callouts
        return [draft.build(self.found) for draft in drafts]

    def attach(self, callout: Callout) -> None:
        """Attach a callout to the step it sits in, else to the guide."""
        if self.current is not None and not self.current.needs_title:
            self.current.callouts.append(callout)
        else:
            self.found.callouts.append(callout)

    def add_list_steps(self, items: tuple[Item, ...]) -> None:
        """Turn list items into steps; a closing outcome line, or an item between steps that
        only says what the reader should now see, joins the step before, and a picture-only
        item among others belongs to the step before it."""
        for index, item in enumerate(items):
            is_last = index == len(items) - 1
            outcome = is_outcome(after_label(item.text))
            only_outcome = index > 0 and _only_outcome(item.text)
            if self.last is not None and ((is_last and outcome) or only_outcome):
                self.last.add_body(item.source, item.text)
                continue
            if not item.text and len(items) > 1 and self.last is not None:
                self.last.images.extend(item.images)
                continue
            self.start(draft_from_item(item))
        if self.current is not None and not self.current.needs_title:
            self.current = None

    def feed(self, block: Block, numbered_run: bool) -> None:
        """Take the next block of the section: asides first, then the step rules, else text."""
        for aside_rule in ASIDE_BLOCKS.active():
            if aside_rule(self, block):
                return
        self.prerequisite_list_next = False
        cue = Cue(numbered_run, self.announced, self.summary, self.contents)
        paragraph = block.kind is Kind.PARAGRAPH
        self.announced = paragraph and bool(ANNOUNCES_STEPS.search(block.text))
        self.summary = paragraph and bool(SUMMARY_LABEL.match(block.text))
        self.contents = paragraph and bool(CONTENTS_LABEL.match(block.text))
        for step_rule in STEP_BLOCKS.active():
            if step_rule(self, block, cue):
                return
        self.add_other(block)

    def start_marked(self, block: Block, plain: str, markdown: str, numbered_run: bool) -> None:
        """Start a step from a "Step N" or "1." paragraph."""
        outcome = numbered_run and not STEP_LABEL.match(block.text) and _only_outcome(plain)
        if outcome and self.current is not None:
            self.current.add_body(markdown, plain)
            return
        if not plain:
            self.start(StepDraft("", block.line, needs_title=True))
        elif _is_title_only(block, plain):
            title, pinned = pinned_id(clean_title(plain))
            self.start(StepDraft(one_line(title, MAX_AUTHORED_TITLE)[0], block.line, pinned))
        else:
            self.start(draft_from(plain, markdown, block.line))
        if self.current is not None:
            self.current.images.extend(block.images)
            self.current.outcome = is_outcome(plain)

    def add_other(self, block: Block) -> None:
        """Add a block that is not a step marker to the current step or the intro."""
        if block.image_only:
            owner = self.current or self.last
            if owner is not None:
                owner.images.extend(block.images)
            return
        if block.kind is Kind.RULE:
            self.current = None
        elif self.current is not None:
            self.current.add_body(markdown_of(block), block.text)
            self.current.images.extend(block.images)
        elif block.kind is not Kind.BREAK:
            self.intro.append(block.source)
            self.intro_since_steps += 1


@dataclass(frozen=True)
class Cue:
    """What the blocks before this one said, for the step rules."""

    numbered_run: bool  # the section holds a run of "1." paragraphs
    announced: bool  # the paragraph before said "Here's how:"
    summary: bool  # the paragraph before was a "Quick steps" label
    contents: bool  # the paragraph before said what the article covers


AsideRule = Callable[[StepRun, Block], bool]
"""An aside rule: takes a block that sits beside the steps (a callout, a needs label)."""

StepRule = Callable[[StepRun, Block, Cue], bool]
"""A step rule: takes a block that starts or holds steps; True when it took the block."""

ASIDE_BLOCKS: RuleTable[AsideRule] = RuleTable("aside-blocks")
"""Blocks that sit beside the steps without ending what a line before them announced."""

STEP_BLOCKS: RuleTable[StepRule] = RuleTable("step-blocks")
"""The ways a block starts steps, tried in order; a block no rule takes is body or intro."""


@ASIDE_BLOCKS.rule("labelled-callout", found_in=("web-fixture:r2docs_k8s_codelang_tabs",))
def labelled_callout(run: StepRun, block: Block) -> bool:
    """The block after a lone "Tips:" label is that label's callout."""
    if run.label is None:
        return False
    labelled = callout_from_label(run.label.kind, block)
    run.label = None
    if labelled is not None:
        run.attach(labelled)
    return labelled is not None


@ASIDE_BLOCKS.rule(
    "callout-block", found_in=("fixture:callouts", "web-fixture:r3_changelog_upgrading_buried")
)
def callout_block(run: StepRun, block: Block) -> bool:
    """A callout paragraph or blockquote belongs to the step it sits in (else the guide)."""
    callout = callout_of(block)
    if isinstance(callout, CalloutLabel):
        run.label = callout
    elif callout is not None:
        run.attach(callout)
    return callout is not None


@ASIDE_BLOCKS.rule("prerequisite-label-list", found_in=("web-fixture:r5_docs_getting_started",))
def prerequisite_label_list(run: StepRun, block: Block) -> bool:
    """A lone "You'll need:" label makes the list right after it prerequisites."""
    if is_prerequisite_label(block):
        run.prerequisite_list_next = True
        return True
    if run.prerequisite_list_next and block.kind is Kind.LIST:
        run.prerequisite_list_next = False
        for item in block.items:
            run.found.add_prerequisite(item.text, item.line)
        return True
    return False


@STEP_BLOCKS.rule("summary-list", found_in=("web-fixture:r4_quick_steps_then_detail_browser",))
def summary_list(run: StepRun, block: Block, cue: Cue) -> bool:
    """A list under "Quick steps" / "TL;DR" only summarises steps told in full later."""
    if cue.summary and block.kind is Kind.LIST:
        run.intro.append(block.source)
        return True
    return False


@STEP_BLOCKS.rule("contents-list", found_in=("corpus:adbar/trafilatura",))
def contents_list(run: StepRun, block: Block, cue: Cue) -> bool:
    """A list under "In this post I'll cover:" names the parts of the article: no steps."""
    if cue.contents and block.kind is Kind.LIST:
        run.intro.append(block.source)
        return True
    return False


@STEP_BLOCKS.rule("task-list", found_in=("fixture:task-list", "fixture:exported-checklist"))
def task_list(run: StepRun, block: Block, cue: Cue) -> bool:
    """A GitHub task list ("- [ ] ...", "- [x] ...") is a checklist by its author's word: one step
    an item, whatever its items say (walker's own Markdown export writes these)."""
    if block.kind is not Kind.LIST or not all(item.ticked is not None for item in block.items):
        return False
    run.next_number = block.level + len(block.items) if block.ordered else 0
    run.add_list_steps(block.items)
    return True


@STEP_BLOCKS.rule(
    "procedure-list",
    found_in=(
        "fixture:ordered-list",
        "corpus:vijaybhaskar184/devilsworkshop.org",
        "corpus:bitwarden/help",
        "corpus:jellyfin/jellyfin.org",
    ),
)
def procedure_list(run: StepRun, block: Block, cue: Cue) -> bool:
    """An ordered list (or a bullet list after "Here's how:") that instructs: one step an item."""
    if block.kind is not Kind.LIST or not (block.ordered or cue.announced):
        return False
    if not is_procedure(block.items):
        return False
    run.next_number = block.level + len(block.items) if block.ordered else 0
    run.add_list_steps(block.items)
    run.announced = cue.announced and not block.ordered  # a list split by an ad goes on
    return True


@STEP_BLOCKS.rule("instruction-definitions", found_in=("fixture:definition-list",))
def instruction_definitions(run: StepRun, block: Block, cue: Cue) -> bool:
    """A definition list whose terms are mostly instructions ("Preheat the oven" over ": Set it
    to 220 °C") is a procedure: one step a term, its definitions the body; a glossary is not."""
    if block.kind is not Kind.LIST or not block.definitions or not block.items:
        return False
    instructions = sum(1 for item in block.items if is_imperative(item.text))
    if instructions * 2 <= len(block.items):
        return False
    run.next_number = 0
    run.add_list_steps(block.items)
    return True


@STEP_BLOCKS.rule("ordinal-paragraphs", found_in=("web-fixture:r4_prose_ordinals_radiator",))
def ordinal_paragraphs(run: StepRun, block: Block, cue: Cue) -> bool:
    """In a run of "First, ... Next, ... Finally, ..." paragraphs, each one is a step."""
    if not run.ordinal_run or not is_ordinal_instruction(block):
        return False
    if _marker(block, cue.numbered_run or run.continues_list(block)) is not None:
        return False
    run.start(draft_from(block.text, block.source, block.line))
    return True


@STEP_BLOCKS.rule(
    "marked-paragraph", found_in=("web-fixture:r3_pdf_manual_espresso_descale", "seeds")
)
def marked_paragraph(run: StepRun, block: Block, cue: Cue) -> bool:
    """A paragraph led by "Step 3:" (or "3." in a run of numbered paragraphs) starts a step."""
    marker = _marker(block, cue.numbered_run or run.continues_list(block))
    if marker is None:
        return False
    run.start_marked(block, marker[1], marker[2], cue.numbered_run)
    return True


def recognise_steps(
    blocks: list[Block], found: Found, *, reference: bool = False
) -> tuple[list[Step], str]:
    """Find the steps in a block list; return them and the Markdown of what came before.

    Under a reference heading ("Examples") commands over code are samples, not steps.
    """
    leads = frozenset() if reference else command_leads(blocks)
    article_leads = command_leads(blocks, least=1) if found.walkthrough and not reference else leads
    run = StepRun(
        found,
        ordinal_run=has_ordinal_run(blocks),
        command_leads=leads,
        article_leads=article_leads,
    )
    numbered = has_numbered_run(blocks)
    for block in blocks:
        run.feed(block, numbered)
    return run.steps(), "\n\n".join(part for part in run.intro if part.strip())
