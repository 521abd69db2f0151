"""Headings that are not steps: endings, reference matter, other goals."""

from __future__ import annotations

import re

ENDING_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:conclusion|in conclusion|final (?:thoughts|words)|summary|wrapping up"
    r"|wrap[- ]up|the bottom line|bottom line|to sum up|closing thoughts|recap"
    r"|(?:the )?takeaways?)\b",
    re.I,
)
"""A heading that closes an article (Conclusion, Final thoughts ...)."""

FURNITURE_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:faqs?\b|frequently asked|table of contents|contents$"
    r"|in this (?:article|post|guide)|related\b|see also|also read|read (?:more|next)"
    r"|about the author|comments?$|leave a (?:reply|comment)|reader interactions"
    r"|\d+\s+(?:thoughts|comments|responses|replies)\b|what's next|whats next|next steps"
    r"|contributing|license|licence|changelog|roadmap$|acknowledg|credits|sponsors?$"
    r"|enjoyed this|subscribe|newsletter|get (?:my|our|the|your) free|join \d|follow (?:us|me)"
    r"|share this|you may also like|recommended|references$|sources$|further reading"
    r"|authors?$"
    r"|get help\b|contact us|(?:still )?need (?:more )?help"
    r"|was this (?:page|article|answer) helpful"
    r"|is this page useful|start a discussion|related (?:content|articles|topics|guides)"
    r"|learn more$|more (?:help|resources)$|(?:command|cli|api|configuration) reference$)",
    re.I,
)
"""A heading of page furniture or reference matter (FAQ, Related, License, Next steps ...)."""

REFERENCE_MATTER_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:support|environment variables|synopsis|exit status|return values?"
    r"|bugs)$",
    re.I,
)
"""A heading of reference matter (Support, Environment variables ...) that may hold steps."""

REFERENCE_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:examples?|options|description|usage|output|sample output"
    r"|example output|files|environment|arguments|parameters|flags)\b",
    re.I,
)
"""A heading over reference material that shows commands without setting a task."""

HEADING_SHORTCODE_NAMES = {
    "prerequisites": "Before you begin",
    "cleanup": "Clean up",
    "whatsnext": "What's next",
    "objectives": "Objectives",
    "synopsis": "Synopsis",
    "options": "Options",
    "seealso": "See also",
}
"""Docsy/Hugo heading shortcodes and the heading each theme renders for them."""
