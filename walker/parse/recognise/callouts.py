"""Recognise callouts: Tip / Note / Warning paragraphs, blockquotes and admonitions.

Each way of writing a callout is a rule of the CALLOUT_FORMS table, tried in order on the
plain text of a paragraph or blockquote; the first that answers decides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from walker.model import Callout, CalloutKind
from walker.parse.blocks import Block, Kind
from walker.parse.rules import RuleTable
from walker.parse.vocabulary import (
    CALLOUT_LABEL,
    CALLOUT_WORDS,
    CONTAINER_CALLOUT,
    CONTAINER_END,
    GITHUB_ALERT,
    KEEP_IN_MIND,
    NOTE_THAT,
    SHOUTED_CALLOUT,
)


@dataclass(frozen=True)
class CalloutLabel:
    """A label alone ("Tips:") whose callout text is the next block."""

    kind: CalloutKind


CalloutForm = Callable[[str], "Callout | CalloutLabel | None"]
"""A callout rule: a block's plain text to a callout, a lone label, or None (not this form)."""

CALLOUT_FORMS: RuleTable[CalloutForm] = RuleTable("callout-forms")
"""The ways a paragraph or blockquote can be a callout, in the order they are tried."""


def _labelled(kind: CalloutKind, rest: str) -> Callout | CalloutLabel:
    rest = rest.strip()
    return Callout(kind, rest) if rest else CalloutLabel(kind)


@CALLOUT_FORMS.rule(
    "github-alert", found_in=("fixture:callouts", "web-fixture:r3_changelog_upgrading_buried")
)
def github_alert(text: str) -> Callout | CalloutLabel | None:
    """A GitHub alert: a blockquote opening `[!NOTE]`, `[!TIP]`, `[!WARNING]` ..."""
    match = GITHUB_ALERT.match(text)
    if not match:
        return None
    rest = text[match.end() :].strip()
    return Callout(CALLOUT_WORDS[match.group(1).lower()], rest) if rest else None


@CALLOUT_FORMS.rule("admonition-opener", found_in=("web-fixture:r5_docs_getting_started",))
def admonition_opener(text: str) -> Callout | CalloutLabel | None:
    """An admonition left in one paragraph: `:::tip ...`, `!!! note ...`, `{{< warning >}}`."""
    match = CONTAINER_CALLOUT.match(text)
    if not match:
        return None
    body = CONTAINER_END.sub("", text[match.end() :]).strip()
    return Callout(CALLOUT_WORDS[match.group(1).lower()], body) if body else None


@CALLOUT_FORMS.rule("shouted-label", found_in=("web-fixture:r3_pdf_manual_espresso_descale",))
def shouted_label(text: str) -> Callout | CalloutLabel | None:
    """A label in capitals with or without a colon: "WARNING Unplug it first"."""
    match = SHOUTED_CALLOUT.match(text)
    if not match or match.group(1).lower() not in CALLOUT_WORDS:
        return None
    return _labelled(CALLOUT_WORDS[match.group(1).lower()], text[match.end() :])


@CALLOUT_FORMS.rule(
    "callout-label", found_in=("fixture:callouts", "bundled:invite-guest-tiktok-live")
)
def callout_label(text: str) -> Callout | CalloutLabel | None:
    """A paragraph led by a callout word and a colon or dash: "Tip: ...", "Note — ..."."""
    match = CALLOUT_LABEL.match(text)
    if not match:
        return None
    return _labelled(CALLOUT_WORDS[match.group(1).lower()], text[match.end() :])


@CALLOUT_FORMS.rule("keep-in-mind", found_in=("rule-fixture",))
def keep_in_mind(text: str) -> Callout | CalloutLabel | None:
    """A paragraph opening "Keep in mind ..." is a note as a whole."""
    return Callout(CalloutKind.NOTE, text) if KEEP_IN_MIND.match(text) else None


@CALLOUT_FORMS.rule(
    "note-that", found_in=("corpus:adbar/trafilatura", "corpus:mozilla/readability")
)
def note_that(text: str) -> Callout | CalloutLabel | None:
    """A paragraph opening "Note that ..." or "Notice that ..." is a note as a whole: it
    remarks on the step it follows, and asks for nothing new."""
    return Callout(CalloutKind.NOTE, text) if NOTE_THAT.match(text) else None


def callout_of(block: Block) -> Callout | CalloutLabel | None:
    """Read a paragraph or blockquote as a callout, a lone callout label, or neither."""
    if block.kind not in (Kind.PARAGRAPH, Kind.QUOTE):
        return None
    text = block.text.strip()
    for form in CALLOUT_FORMS.active():
        found = form(text)
        if found is not None:
            return found
    return None


def callout_from_label(kind: CalloutKind, block: Block) -> Callout | None:
    """Turn the block after a lone label into that label's callout."""
    if block.kind in (Kind.PARAGRAPH, Kind.QUOTE) and block.text:
        return Callout(kind, block.text)
    if block.kind is Kind.LIST:
        return Callout(kind, " ".join(f"• {item.text}" for item in block.items))
    return None
