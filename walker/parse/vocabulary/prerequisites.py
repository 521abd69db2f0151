"""Prerequisites: what a reader must have or do first, and what is not that."""

from __future__ import annotations

import re

PREREQUISITE_TITLE = re.compile(
    r"^(?:(?:part|step|section)\s*\d+\s*[:.)–—-]?\s*|\d+[.:)]?\s*)?(?:the\s+)?"
    r"(?:prerequisites?|pre-requisites?|requirements?|system requirements"
    r"|before you (?:begin|start|get started)|before getting started|before starting"
    r"|what you(?:'ll|’ll| will)? need|things you(?:'ll|’ll| will)? need"
    r"|you(?:'ll|’ll| will) need|what is needed|what's needed"
    r"|(?:(?:tools|supplies|materials|equipment|ingredients|gear|parts|items)"
    r"(?:\s*(?:,|and|&)\s*)?)+(?:\s+(?:needed|required|list|you(?:'ll| will)? need))?\s*$"
    r"|ingredients|tools needed|needed tools"
    r"|required (?:tools|items|materials|parts|software|hardware|equipment|supplies))\b",
    re.I,
)
"""A heading or label over what is needed first (Prerequisites, What you'll need ...)."""


def is_prerequisite_title(title: str) -> bool:
    """Tell whether a heading or label introduces prerequisites."""
    return bool(PREREQUISITE_TITLE.match(title.strip().strip("*:").strip()))


_NEED = r"\byou(?:'ll|’ll| will)? (?:also |first |still )?need"
INLINE_REQUIREMENT = re.compile(
    r"\byou (?:must|have to) first\b|\ball (?:that )?you(?:'ll| will)? need (?:is|are)\b"
    rf"|{_NEED} (?:to have |at least |an? |the |your |some |access |version |v\d)"
    rf"|{_NEED} to be (?:signed|logged|connected|running|on|at least|over|\d)"
    r"|\byou(?:'ll|’ll| will) (?:also |definitely |first |still )?need"
    r" (?!to\b|it\b|them\b|this\b|that\b|these\b|those\b)\w"
    r"|\byou(?:'ll|’ll| will)? (?:also )?need\s*:"
    r"|\byou (?:also |still )?need (?!to\b|it\b|them\b|this\b|that\b)(?-i:[A-Z])"
    r"|\bmake sure (?:that )?you(?:'ve|’ve)? (?:have|are|own|got)\b"
    r"|\bensure (?:that )?you(?:'ve|’ve)? (?:have|are|own|got) (?![a-z]+ed\b)"
    r"|\byou (?:must|need to) (?:already )?have\b|\b(?:must|should) be (?:pre-?)?installed\b"
    r"|\bcan only be (?:done|used|accessed|opened|made)\b"
    r"|\bmake sure (?:that )?(?:your|the) [\w -]{1,30}? (?:is|has|are) (?:running|installed"
    r"|updated|at least"
    r"|on|version|signed|connected|enabled|turned on)\b"
    r"|\byou (?:should|must|need to) (?:be|have) (?:at least|\d+|over|older)"
    r"|\byou (?:must|should) be (?:\d+|at least|over)\b"
    r"|\brequires? (?:at least|an? \w+ (?:account|version|subscription)|[A-Z][\w.+-]* v?\d)"
    r"|\bbefore you (?:start|begin)\b[^.]*\bmake sure\b"
    r"|\bbefore you (?:start|begin)\s*[:,][^.]*\b(?:needs?|must|should|requires?|has to)\b",
    re.I,
)
"""A clause that states a requirement in a step or introduction ("You must first ...")."""

INTRO_ONLY_REQUIREMENT = re.compile(
    r"\b(?:just|simply|first) (?:install|download|get) (?:the|this|our) (?:\w+ )?"
    r"(?:app|application|software|program|tool|extension|plugin)\b",
    re.I,
)
"""An introduction's "Just install the app and ...": the app is what you need."""

ASSUMED_SUCCESS = re.compile(
    r"\bassuming (?:that )?(?:all|everything|it|this|that|the|your|you(?:'ve|’ve| have)?)"
    r"\b(?:[^,.;]|\.(?=\S)){0,80}?\b(?:works?|worked|succeed(?:s|ed)?|went (?:well|fine|ok)"
    r"|goes (?:well|fine)|correctly|properly|successfully|without (?:any )?errors?)\b",
    re.I,
)
"""A clause that assumes the step before went well ("Assuming the build worked, ..."): a
condition on a result, never something to have before starting."""

EXPLICIT_REQUIREMENT = re.compile(
    r"\bbefore (?:you (?:start|begin)|starting|beginning|(?:attempting|trying) to \w+)\b[^.]*"
    r"\b(?:make sure|ensure|check)\b|^(?!(?:to|if|when)\b)[^,]*\bbefore you (?:start|begin)\W*$"
    r"|\b(?:assumes?|assuming) (?:that )?(?:you(?:'ve|’ve| have| are| already| followed| know)"
    r"|your|the|these|this)\b"
    r"|\b(?:should|must) (?:already )?have been\b|\bhave already been\b"
    r"|\b(?:prerequisites?|requirements?)\s*:[*_\s]+\S"
    r"|\byou (?:must|have to|need to) first\b|\ball (?:that )?you(?:'ll| will)? need (?:is|are)\b",
    re.I,
)
"""A requirement stated so plainly that it counts even outside a procedure.

"Before you start, check ...", "This guide assumes you ...", "X should have been done",
"Prerequisite: ...", an instruction that ends "... before you begin".
"""

NEED_WORDS = re.compile(
    r"\b(?:need|needs|needed|require[sd]?|must|should|have to|make sure|ensure|at least"
    r"|installed|access to|an? (?:\w+ )?account)\b",
    re.I,
)
"""Words that make a sentence under a prerequisites heading say what is needed."""

STATES_NEED = re.compile(r"\bneeds?\b|\brequire[sd]?\b|\bmust\b|\bmake sure\b", re.I)
"""Stronger need words, for prose that follows a prerequisites list."""

DURATION = re.compile(
    r"^(?:about|around|roughly|approximately|takes?)?\s*\d+(?:\s*[-–]\s*\d+)?\s*"
    r"(?:min(?:ute)?s?|h(?:ou)?rs?|hours?)\b",
    re.I,
)
"""A time estimate ("About 5 minutes"), not something needed."""

REQUIREMENT_CLAUSE_BREAK = re.compile(
    r",?\s+(?:and|but|plus)\s+(?=(?:on|in|for|if|you)\b)|;\s+", re.I
)
"""Where one sentence of requirements splits into clauses."""

DURATION_PART = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*(h|hr|hrs|hours?|m|min|mins|minutes?)\b", re.I)
"""One part of a frontmatter duration ("1 h", "30 min")."""
