"""A step being assembled: its draft, and drafts made from a list item or a passage."""

from __future__ import annotations

from dataclasses import dataclass, field

from walker.model import Callout, Image, Step
from walker.parse.blocks import Item, to_blocks
from walker.parse.recognise.callouts import callout_of
from walker.parse.recognise.found import Found
from walker.parse.recognise.passages import (
    title_and_body,
)
from walker.parse.text import (
    pinned_id,
)
from walker.parse.vocabulary import MAY_HOLD_ASIDES, STEP_LABEL


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


def _strip_label(text: str) -> str:
    match = STEP_LABEL.match(text)
    return text[match.end() :].lstrip() if match else text
