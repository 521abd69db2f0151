"""Callouts: the words that open a tip, a note or a warning."""

from __future__ import annotations

import re

from walker.model import CalloutKind
from walker.parse.vocabulary.base import alternation, split_words

CALLOUT_WORDS: dict[str, CalloutKind] = {
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
"""Labels of a callout and the kind each names (the design's three kinds)."""


def callout_kind_named(name: str) -> CalloutKind | None:
    """Return the callout kind a label word names (Tip, Note, Warning ...), if any."""
    return CALLOUT_WORDS.get(name.strip().lower())


SHORTCODE_CALLOUT_WORDS = split_words("note tip hint info warning caution danger important")
"""Callout names that Hugo-style `{{< note >}}` shortcodes use."""

GITHUB_ALERT_WORDS = split_words("note tip warning caution important")
"""GitHub's `> [!NOTE]` alert names."""

SHOUTED_CALLOUT_WORDS = split_words("note tip hint warning caution danger important attention")
"""Callout labels written in capitals with no colon ("NOTE Back up first")."""

_CALLOUT_NAMES = alternation(CALLOUT_WORDS)
CALLOUT_LABEL = re.compile(rf"^({_CALLOUT_NAMES})\s*(?::|—|–|-|!)\s*", re.I)
"""A "Tip:" / "Warning —" label at the start of a paragraph."""

GITHUB_ALERT = re.compile(rf"^\[!({alternation(GITHUB_ALERT_WORDS).upper()})\]\s*", re.I)
"""A GitHub alert marker, `[!NOTE]`."""

CONTAINER_CALLOUT = re.compile(
    rf"^(?::::+|!!!|\?\?\?|\{{\{{[<%]\s*)\s*({_CALLOUT_NAMES})\b[^\n]*?(?:[>%]\}}\}})?\s*", re.I
)
"""An admonition opener left in a paragraph (`:::tip`, `!!! note`, `{{< warning >}}`)."""

CONTAINER_END = re.compile(r"\s*(?::::+|\{\{[<%]\s*/\s*\w+\s*[>%]\}\})\s*$")
"""The end of an admonition left in a paragraph."""

SHOUTED_CALLOUT = re.compile(rf"^({alternation(SHOUTED_CALLOUT_WORDS).upper()})\b[!:.]?\s*")
"""A callout label in capitals ("WARNING: ...", "NOTE ...")."""

KEEP_IN_MIND = re.compile(r"^keep in mind\b", re.I)
"""A paragraph that opens "Keep in mind ..." is a note as a whole."""

NOTE_THAT = re.compile(r"^(?:please |just )?(?:note|notice|remember)(?: that\b|,\s)", re.I)
"""A paragraph that opens "Note that ..." / "Remember that ..." remarks on what came before."""

CALLOUT_SECTION_TITLE = re.compile(
    r"^(?:pro |helpful |quick |safety |a few )?(tips?|hints?|notes?|warnings?|cautions?)"
    r"(?:\s*(?:and|&)\s*(?:tips?|tricks|warnings?|notes?))?\s*:?$",
    re.I,
)
"""A "Tips" / "Warnings" / "Tips and tricks" section heading."""

MAY_HOLD_ASIDES = re.compile(
    r"^\s*(?:>|!\[|\[!\[|\**(?:tips?|notes?|warning|caution|important|keep in mind|hint)\b)",
    re.I | re.M,
)
"""A cheap test that a list item's body may hold a callout or a picture."""

SHORTCODE_CALLOUT_OPEN = re.compile(
    rf"\{{\{{[<%]\s*({alternation(SHORTCODE_CALLOUT_WORDS)})\b[^}}]*[>%]\}}\}}", re.I
)
"""A `{{< note >}}` callout shortcode."""

SHORTCODE_CALLOUT_CLOSE = re.compile(
    rf"\{{\{{[<%]\s*/\s*(?:{alternation(SHORTCODE_CALLOUT_WORDS)})\s*[>%]\}}\}}", re.I
)
"""A `{{< /note >}}` closing shortcode."""

TAB_SHORTCODE = re.compile(
    r"^\s*\{\{[<%]\s*tab\s+(?:name|title|header|label)\s*=\s*[\"“]([^\"”]+)[\"”][^}]*[>%]\}\}\s*",
    re.I,
)
"""A Hugo `{{< tab name="Windows" >}}` shortcode."""
