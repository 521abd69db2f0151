"""A step being assembled: its draft, and drafts made from a list item, a passage or a
heading's blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

from walker.model import Callout, Image, Step
from walker.parse.blocks import Block, Item, Kind, to_blocks
from walker.parse.recognise.callouts import CalloutLabel, callout_from_label, callout_of
from walker.parse.recognise.found import Found
from walker.parse.recognise.passages import clean_title, title_and_body
from walker.parse.text import MAX_AUTHORED_TITLE, is_imperative, one_line, pinned_id, sentences
from walker.parse.vocabulary import MAY_HOLD_ASIDES, NOTE_THAT, STEP_LABEL


@dataclass
class StepDraft:
    """A step being assembled from a marker and the blocks that follow it."""

    title: str
    line: int
    pinned: str = ""
    body: list[str] = field(default_factory=list)
    callouts: list[Callout] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    needs_title: bool = False
    outcome: bool = False

    def add_body(self, markdown: str, plain: str) -> None:
        """Append Markdown to the body, taking the title from it if there is none yet."""
        if self.needs_title and plain:
            self.title, body = title_and_body(plain, markdown)
            self.needs_title = False
            markdown = body
        if markdown.strip():
            self.body.append(markdown.strip())

    def build(self, found: Found) -> Step:
        """Freeze the draft into a Step, scanning its text for requirements."""
        body = "\n\n".join(self.body)
        title_sentence = self.title if self.title.endswith((".", "!", "?")) else f"{self.title}."
        found.scan_requirements(f"{title_sentence} {body}", self.line)
        title = self.title or "Untitled step"
        return Step(self.pinned, title, body, tuple(self.callouts), tuple(self.images), self.line)


def draft_from_item(item: Item) -> StepDraft:
    """A step from a list item; an item that is only a picture takes its text from what follows."""
    if not item.text:
        return StepDraft("", item.line, images=list(item.images), needs_title=True)
    return _draft_from_text_item(item)


def _draft_from_text_item(item: Item) -> StepDraft:
    """A step from a list item with text: nested callouts are lifted out of its body."""
    source = item.source
    if source.lstrip().startswith(("![", "[![")):
        leading = to_blocks(source)
        if len(leading) > 1 and leading[0].image_only:
            source = "\n\n".join(block.source for block in leading[1:])
    draft = draft_from(item.text, source, item.line)
    draft.images.extend(item.images)
    if draft.body and MAY_HOLD_ASIDES.search(draft.body[0]):
        kept: list[str] = []
        for block in to_blocks(draft.body[0]):
            callout = callout_of(block)
            if isinstance(callout, Callout):
                draft.callouts.append(callout)
            elif not block.image_only:  # its images are already the step's images
                kept.append(block.source)
        draft.body = ["\n\n".join(kept)] if kept else []
    return draft


def draft_from(plain: str, markdown: str, line: int) -> StepDraft:
    """A step from a passage: its label dropped, a pinned id kept, its title and body split."""
    plain = _strip_label(plain)
    markdown = _strip_label(markdown)
    first_line, newline, rest = markdown.partition("\n")
    first_line, pinned = pinned_id(first_line)
    if pinned:
        markdown = first_line + newline + rest
        plain = " ".join(plain.replace(f"{{#{pinned}}}", " ", 1).split())
    title, body = title_and_body(plain, markdown)
    draft = StepDraft(title, line, pinned)
    if body.strip():
        draft.body.append(body.strip())
    return draft


def draft_from_lead(plain: str, markdown: str, line: int) -> StepDraft:
    """A step from a paragraph that leads a command, titled by the last instruction in it when
    the sentences before only set the scene ("The tool is one file. Download it from the
    site:"); the whole paragraph stays the body, so nothing it says is lost."""
    draft = draft_from(plain, markdown, line)
    parts = sentences(plain)
    if draft.pinned or len(parts) < 2 or is_imperative(parts[0]):
        return draft
    instructions = [part for part in parts[1:] if _names_an_action(part)]
    if not instructions:
        return draft
    instruction = instructions[-1]
    title = one_line(clean_title(instruction))[0]
    return StepDraft(title, line, body=[markdown.strip()] if markdown.strip() else [])


def _names_an_action(sentence: str) -> bool:
    """An instruction of three words or more that is no remark ("Note that ...")."""
    return len(sentence.split()) >= 3 and is_imperative(sentence) and not NOTE_THAT.match(sentence)


def _strip_label(text: str) -> str:
    match = STEP_LABEL.match(text)
    return text[match.end() :].lstrip() if match else text


def markdown_of(block: Block) -> str:
    """A block's Markdown for a step's body: an indented code block of several lines is
    fenced, so that its lines stay lines once the body is trimmed and joined to others."""
    fenced = block.source.lstrip().startswith(("```", "~~~"))
    if block.kind is not Kind.CODE or fenced or len(block.text.strip().splitlines()) < 2:
        return block.source
    return f"```\n{block.text.rstrip()}\n```"


def step_from_section(
    title: str, blocks: list[Block], line: int, found: Found, fallback_title: str = ""
) -> Step:
    """Build one step from a "Step N" heading (or a one-paragraph branch) and its content."""
    title, pinned = pinned_id(title)
    draft = StepDraft(
        one_line(clean_title(title), MAX_AUTHORED_TITLE)[0], line, pinned, needs_title=not title
    )
    label: CalloutLabel | None = None
    for block in blocks:
        callout = callout_from_label(label.kind, block) if label else callout_of(block)
        label = None
        if isinstance(callout, CalloutLabel):
            label = callout
        elif callout is not None and not draft.needs_title:
            draft.callouts.append(callout)
        elif block.image_only:
            draft.images.extend(block.images)
        else:
            draft.add_body(markdown_of(block), block.text)
            draft.images.extend(block.images)
    if draft.needs_title:
        draft.title = fallback_title
    return draft.build(found)
