"""Page furniture: bylines, promotions, navigation and other non-content."""

from __future__ import annotations

import re

AD_HTML = re.compile(
    r"<(?:ins|script|iframe|div|span|aside|a|img|form)\b|adsbygoogle|\bads?\b", re.I
)
"""Raw HTML that carries an advertisement or an embed."""

HTML_FURNITURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|adsbygoogle|sponsor\w*|promo\w*|banner|share\w*"
    r"|social\w*|sharedaddy|addtoany|related\w*|newsletter|subscribe|comments?|cookie\w*)"
    r"(?=$|[\s_-])",
    re.I,
)
"""The class or id of an HTML element that holds ads, share buttons or related links."""

AD_REGION_NAME = re.compile(
    r"\b(?:ads?|advert\w*|affiliate|sponsor\w*|promo\w*|banner|widget)\b", re.I
)
"""The name of a `<!-- ad begin -->` region."""

HTML_LED = re.compile(
    r"\s*<(?:a|img|div|span|ins|script|iframe|p|figure|button|form|table|center|section|noscript)\b",
    re.I,
)
"""A paragraph that starts with a raw HTML element."""

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)
DATE_LINE = re.compile(
    rf"^(?:(?:by|posted|published|updated|last updated)\b[^.]{{0,60}}?)?\W*{_MONTH}\b.{{0,40}}$"
    rf"|^(?:by|written by|posted by)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){{0,3}}\W{{0,3}}$"
    r"|^\d{4}-\d{2}-\d{2}\b.{0,40}$",
    re.I,
)
"""A byline or date line ("By Jane Doe", "Updated March 3, 2024")."""

AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3} is an? (?:[\w-]+ ){0,3}"
    r"(?:writer|author|editor|blogger|journalist|contributor)\b",
)
"""An author's biography ("Jane Doe is a tech writer ...")."""

FOLLOW_HANDLE = re.compile(r"^follow\s+@", re.I)
"""A "Follow @someone" line."""

PROMO = re.compile(
    r"^(?:sponsored|advertisement|advertising|ad|promoted|partner content)\b\s*:?"
    r"|\bunsubscribe\b|\bsubscribe to (?:our|my|the)\b|\bjoin (?:our|my) (?:newsletter|mailing)"
    r"|\bsign up for (?:our|my|the) (?:newsletter|emails?)\b|\bstraight to your inbox\b",
    re.I,
)
"""Sponsored and newsletter text."""

LINK_LIST_LABEL = re.compile(
    r"^(?:also read|read also|related(?: posts| articles| reading)?|see also|you may also like"
    r"|recommended(?: for you)?|more from|further reading|read more|share this|like this"
    r"|share on \w+|posted in\b.*|filed under\b.*|tagged\b.*|table of contents|contents"
    r"|in this (?:article|post|guide)|jump to\b.*|on this page)\s*:?$",
    re.I,
)
"""A label over a list of links to other pages or parts of this one."""

LINK_LIST_LEAD = re.compile(
    r"^(?:also read|read also|related(?: posts| articles| reading)?|see also|read more"
    r"|you may also like|recommended(?: reading)?|more from \w+)\s*:",
    re.I,
)
"""A label that leads a paragraph of related links ("Also read: ...")."""

COMMENTS_HEADER = re.compile(
    r"^(?:\d+\s+(?:thoughts|comments|responses|replies)\s+(?:on|to)\b.*|leave a (?:reply|comment)"
    r"|your email address will not be published.*|comments?\s*\(\d+\))\s*$",
    re.I,
)
"""The line that opens a page's comment section."""

BUTTON = re.compile(
    r"\b(?:free download|download now|download for|buy now|try (?:it )?(?:for )?free|free trial"
    r"|get it now|learn more|download (?:win|mac|windows|android|ios)\w*)\b",
    re.I,
)
"""The wording of a download or purchase button."""

AVATAR = re.compile(r"\b(?:author|avatar|profile photo|headshot)\b", re.I)
"""The alternative text of an author's picture."""

CREDIT = re.compile(
    r"\b(?:posted|published|updated|written|reviewed|photo|image|credit)s?(?: by| on|:)|·", re.I
)
"""A credit or byline fragment, which never describes a guide."""

CODE_LINE = re.compile(r"^(?:import|export|from|const|require)\b.*(?:from|=|\()", re.I)
"""A line of JavaScript (MDX imports), which never describes a guide."""

PERMALINK_TEXTS = frozenset({"", "#", "¶", "§", "🔗", "link", "permalink", "anchor"})
"""The text of a heading's permalink, which is no part of the heading."""

SHELL_LANGUAGES = frozenset(
    {"bash", "sh", "shell", "console", "zsh", "powershell", "ps1", "cmd", "bat"}
)
"""Code block info strings that mean shell commands."""

EXPORT_DONE_STAMP = re.compile(r"\s+— done \d{4}-\d{2}-\d{2} \d{2}:\d{2}\s*$")
"""The stamp walker's own Markdown export writes after a ticked task (render/export.py)."""

MDX_COMMENT = re.compile(r"^\{/\*.*\*/\}$", re.S)
"""A block that is only an MDX comment (``{/* ... */}``), which renders nothing."""

ATTRIBUTION = re.compile(
    r"^(?:sources?|credits?|image (?:credit|source)|photo credit|via)\s*:"
    r"|\b(?:is|are|was|were) (?:taken|adapted|borrowed|copied|sourced|reproduced|quoted) from\b",
    re.I,
)
"""A line saying where the text came from ("Source: ...", "This list is taken from ...")."""

NEXT_STEP_LABEL = re.compile(
    r"^(?:recommended |suggested )?next steps?\s*:|^what'?s next\s*[:?]|^where to go from here\b",
    re.I,
)
"""A closing label that points to another guide ("Recommended next step: ...")."""

FEATURES_LABEL = re.compile(
    r"^(?:(?:key|main|top) )?features(?: of \S.{0,60})?\s*:?$|^\S.{0,40}\bkey features\s*:?$", re.I
)
"""A label over a product's feature list ("Features of X", "Key features")."""

SELF_PROMO = re.compile(
    r"\b(?:check out|take a look at|have a look at|try|grab|buy|get|see) (?:my|our) [^.!?]{0,80}?"
    r"\b(?:products?|courses?|e-?books?|books?|templates?|training|workshops?|services?"
    r"|newsletter|consulting|masterclass)\b",
    re.I,
)
"""A sentence that sells the author's own product ("..., check out our video course.")."""

LOOKING_FOR = re.compile(r"^(?::::\s*\w+\s+)?looking for\b[^?\n]{0,80}\?", re.I)
"""A cross-promotion that asks "Looking for ...?" and points elsewhere."""

LIFECYCLE_HEADING = re.compile(
    r"^(?:how to\s+)?(?:(?P<uninstall>uninstall(?:ing|ation)?|removing|removal)"
    r"|(?P<restore>restor(?:ing|e from))|(?P<manage>manag(?:e|ing))"
    r"|(?P<update>updat(?:ing|es)|upgrad(?:ing|es)|getting updates))\b",
    re.I,
)
"""A heading whose goal is another day's job: uninstalling, restoring, managing, updating.

The group that matched names the goal, so sections of one goal can be gathered together.
"""

DANGLING_WORDS = frozenset(
    {"a", "an", "the", "from", "to", "on", "in", "with", "for", "of", "your"}
)
"""Words a title cannot end on ("Restore from a" is cut back to "Restore")."""
