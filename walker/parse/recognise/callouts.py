"""Recognise callouts: Tip / Note / Warning paragraphs, blockquotes and admonitions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from walker.model import Callout, CalloutKind
from walker.parse.blocks import Block, Kind

_KINDS: dict[str, CalloutKind] = {
    "tip": CalloutKind.TIP,
    "tips": CalloutKind.TIP,
    "pro tip": CalloutKind.TIP,
    "pro tips": CalloutKind.TIP,
    "bonus tip": CalloutKind.TIP,
    "hint": CalloutKind.TIP,
    "note": CalloutKind.NOTE,
    "notes": CalloutKind.NOTE,
    "info": CalloutKind.NOTE,
    "keep in mind": CalloutKind.NOTE,
    "remember": CalloutKind.NOTE,
    "warning": CalloutKind.WARNING,
    "caution": CalloutKind.WARNING,
    "danger": CalloutKind.WARNING,
    "important": CalloutKind.WARNING,
    "attention": CalloutKind.WARNING,
}
_NAMES = "|".join(sorted((re.escape(name) for name in _KINDS), key=len, reverse=True))
_GITHUB = re.compile(r"^\[!(NOTE|TIP|WARNING|CAUTION|IMPORTANT)\]\s*", re.I)
_ADMONITION = re.compile(
    rf"^(?::::+|!!!|\?\?\?|\{{\{{[<%]\s*)\s*({_NAMES})\b[^\n]*?(?:[>%]\}}\}})?\s*", re.I
)
_ADMONITION_END = re.compile(r"\s*(?::::+|\{\{[<%]\s*/\s*\w+\s*[>%]\}\})\s*$")
_LABEL = re.compile(rf"^({_NAMES})\s*(?::|—|–|-|!)\s*", re.I)
_SHOUTED = re.compile(r"^(NOTE|TIP|HINT|WARNING|CAUTION|DANGER|IMPORTANT|ATTENTION)\b[!:.]?\s*")
_KEEP_IN_MIND = re.compile(r"^keep in mind\b", re.I)


@dataclass(frozen=True)
class CalloutLabel:
    """A label alone ("Tips:") whose callout text is the next block."""

    kind: CalloutKind


def kind_named(name: str) -> CalloutKind | None:
    """Return the callout kind a label word names (Tip, Note, Warning ...), if any."""
    return _KINDS.get(name.strip().lower())


def callout_of(block: Block) -> Callout | CalloutLabel | None:
    """Read a paragraph or blockquote as a callout, a lone callout label, or neither."""
    if block.kind not in (Kind.PARAGRAPH, Kind.QUOTE):
        return None
    text = block.text.strip()
    github = _GITHUB.match(text)
    if github:
        kind = _KINDS[github.group(1).lower()]
        return Callout(kind, text[github.end() :].strip()) if text[github.end() :].strip() else None
    admonition = _ADMONITION.match(text)
    if admonition:
        body = _ADMONITION_END.sub("", text[admonition.end() :]).strip()
        return Callout(_KINDS[admonition.group(1).lower()], body) if body else None
    shouted = _SHOUTED.match(text)
    if shouted and shouted.group(1).lower() in _KINDS:
        rest = text[shouted.end() :].strip()
        kind = _KINDS[shouted.group(1).lower()]
        return Callout(kind, rest) if rest else CalloutLabel(kind)
    label = _LABEL.match(text)
    if label:
        kind = _KINDS[label.group(1).lower()]
        rest = text[label.end() :].strip()
        return Callout(kind, rest) if rest else CalloutLabel(kind)
    if _KEEP_IN_MIND.match(text):
        return Callout(CalloutKind.NOTE, text)
    return None


def callout_from_label(kind: CalloutKind, block: Block) -> Callout | None:
    """Turn the block after a lone label into that label's callout."""
    if block.kind in (Kind.PARAGRAPH, Kind.QUOTE) and block.text:
        return Callout(kind, block.text)
    if block.kind is Kind.LIST:
        return Callout(kind, " ".join(f"• {item.text}" for item in block.items))
    return None
