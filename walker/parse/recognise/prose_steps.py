"""Step rules for prose: commands walked through one by one, a run asked for by what it
shows, notes that instruct, and an instruction left after the steps. They come after the rules
for lists and marked paragraphs in the step-blocks table.
"""

from __future__ import annotations

from walker.parse.blocks import Block, Kind
from walker.parse.recognise.drafts import draft_from, draft_from_lead
from walker.parse.recognise.passages import is_stray_instruction
from walker.parse.recognise.steps import ASIDE_BLOCKS, STEP_BLOCKS, Cue, StepRun
from walker.parse.text import is_imperative, sentences
from walker.parse.vocabulary import NOTE_THAT, OBLIGATION, SOFT_INSTRUCTION, TRIAL_RUN


@ASIDE_BLOCKS.rule(
    "instruction-notes", before="labelled-callout", found_in=("corpus:mozilla/readability",)
)
def instruction_notes(run: StepRun, block: Block) -> bool:
    """A list under a lone "Notes:" label after a step, each item of which asks for something
    ("Keep a copy first", "The file must be signed"), holds steps rather than remarks."""
    if run.label is None or run.label.kind != "note" or run.last is None:
        return False
    if block.kind is not Kind.LIST or len(block.items) < 2:
        return False
    if not all(_asks(item.text) for item in block.items):
        return False
    run.label = None
    run.next_number = 0
    run.add_list_steps(block.items)
    return True


def _asks(text: str) -> bool:
    """Tell whether a note asks the reader to do something rather than remarking on it."""
    return not NOTE_THAT.match(text) and (is_imperative(text) or bool(OBLIGATION.search(text)))


@STEP_BLOCKS.rule(
    "command-walkthrough",
    after="marked-paragraph",
    found_in=(
        "corpus:squidfunk/mkdocs-material",
        "corpus:freeCodeCamp/guide",
        "corpus:TheOdinProject/curriculum",
        "corpus:rbenv/rbenv",
    ),
)
def command_walkthrough(run: StepRun, block: Block, cue: Cue) -> bool:
    """Prose that walks through commands ("Create the folder:" over a code block, "Now open
    it:" over another) is a step a command: each paragraph that introduces a code block, and
    each instruction between them, starts a step that keeps its code and one remark after it.
    """
    return _walk_commands(run, block, run.command_leads)


@STEP_BLOCKS.rule(
    "walkthrough-article",
    after="command-walkthrough",
    found_in=("corpus:adbar/trafilatura", "corpus:squidfunk/mkdocs-material", "corpus:rbenv/rbenv"),
)
def walkthrough_article(run: StepRun, block: Block, cue: Cue) -> bool:
    """A long tutorial that walks through commands spreads them over short sections: in an
    article with three or more instructions over code, a section with fewer is walked the
    same way (each lead over code, and each instruction, starts a step)."""
    if run.command_leads or not run.found.walkthrough:
        return False
    return _walk_commands(run, block, run.article_leads)


def _walk_commands(run: StepRun, block: Block, leads: frozenset[int]) -> bool:
    """Start a step at a lead over code or an instruction; the code and a remark join it."""
    if not leads or block.kind not in (Kind.PARAGRAPH, Kind.CODE):
        return False
    if block.kind is Kind.CODE:
        run.after_command = 0 if run.current is not None else -1
        return False  # the code is the open step's body
    if block.line in leads or (is_imperative(block.text) and len(block.text.split()) >= 3):
        run.start(draft_from_lead(block.text, block.source, block.line))
        run.after_command = -1
        return True
    if run.after_command >= 1:
        run.current = None  # a second remark after the command speaks of the guide
    elif run.after_command == 0:
        run.after_command = 1
    return False


@STEP_BLOCKS.rule(
    "trial-run", after="walkthrough-article", found_in=("corpus:mozilla/readability",)
)
def trial_run(run: StepRun, block: Block, cue: Cue) -> bool:
    """In a walkthrough, "Running the tests now gives:" over what they show asks for that run:
    a step, as "Run the tests" would be."""
    walkthrough = bool(run.command_leads) or run.found.walkthrough
    if not walkthrough or block.kind is not Kind.PARAGRAPH or not TRIAL_RUN.match(block.text):
        return False
    run.start(draft_from_lead(block.text, block.source, block.line))
    run.after_command = -1
    return True


@STEP_BLOCKS.rule(
    "soft-instruction", after="walkthrough-article", found_in=("corpus:adbar/trafilatura",)
)
def soft_instruction(run: StepRun, block: Block, cue: Cue) -> bool:
    """In a walkthrough, advice that asks softly ("It'd be wise to stop the service first",
    "Why not try it on a spare file?") is a step, as the plain instruction would be."""
    walkthrough = bool(run.command_leads) or run.found.walkthrough
    if not walkthrough or block.kind is not Kind.PARAGRAPH:
        return False
    if not any(SOFT_INSTRUCTION.match(part) for part in sentences(block.text)[:2]):
        return False
    run.start(draft_from_lead(block.text, block.source, block.line))
    run.after_command = -1
    return True


@STEP_BLOCKS.rule(
    "stray-instruction",
    found_in=("web-fixture:r2docs_github_liquid_deploy_keys",),
    after="walkthrough-article",
)
def stray_instruction(run: StepRun, block: Block, cue: Cue) -> bool:
    """An instruction sentence right after the steps, with no step open, is one more step."""
    follows_steps = bool(run.drafts) and run.intro_since_steps == 0
    if run.current is not None or block.image_only or block.kind is Kind.RULE:
        return False
    if not follows_steps or not is_stray_instruction(block):
        return False
    run.start(draft_from(block.text, block.source, block.line))
    run.current = None
    return True
