"""Platforms and means: the words that name a way of doing a task."""

from __future__ import annotations

import re

from walker.parse.vocabulary.base import alternation, split_words

PLATFORM_NAMES = split_words(
    "windows macos mac os x linux ubuntu debian fedora android iphone ipad ios chromebook"
)
"""Platforms a how-to may branch on (multi-word names are in PLATFORM)."""

PLATFORM = re.compile(
    r"\b(windows|macos|mac os(?: x)?|mac|os x|linux|ubuntu|debian|fedora|android|iphone|ipad|ios"
    r"|chromebook|chrome ?os|web browser|web|desktop|computer|laptop|mobile|pc"
    r"|firefox|chrome|safari|internet explorer|microsoft edge|opera browser)s?\b",
    re.I,
)
"""A platform named in a heading (Windows, Android, web, a web browser such as Firefox ...)."""

WAY_LEAD_WORDS = ("using", "with", "without", "via")
"""Words that lead a heading naming the way it takes ("Using Docker", "With pip")."""

WAY_LEAD = re.compile(rf"^({alternation(WAY_LEAD_WORDS)})\s+\S", re.I)
"""A heading led by the way it takes ("Using Docker", "With pip", "Without a ribbon")."""

VARIANT_QUALIFIER = re.compile(r"\b(?:with|without|using|via)\b", re.I)
"""What tells variants of one platform apart ("iPhones with Face ID", "... without one")."""

VERSION_WORDS = split_words("latest stable nightly beta lts current preview insiders edge")

VERSION_LABEL = re.compile(
    rf"^(?:{alternation(VERSION_WORDS)}|v?\d+(?:\.(?:\d+|x|\*))*)(?:\s+(?:release|version))?$",
    re.I,
)
"""A tab that names a version of what it installs ("Latest", "9.x", "v2", "LTS")."""

KIND_QUALIFIERS = split_words(
    "manual automatic automated built-in quick full deep express custom basic advanced"
    " minimal typical major minor patch"
)

KIND_LED = re.compile(
    rf"^((?:{alternation(KIND_QUALIFIERS)})(?:\s*(?:/|and|or)\s*(?:{alternation(KIND_QUALIFIERS)}))*)"
    r"\s+(\S.*)$",
    re.I,
)
"""A heading that names one kind of a procedure ("Manual backup", "Minor/major release
checklist"): the kind, then what it is a kind of."""

SEVERITY_WORDS = split_words("critical major minor warning info informational high medium low")

SEVERITY_TITLE = re.compile(
    rf"^(?:severity:?\s*)?(?:{alternation(SEVERITY_WORDS)}|sev ?[0-4]|p[0-4])(?:\s+alerts?)?$", re.I
)
"""A heading that only names an alert's severity ("Critical", "Warning", "Severity: P2")."""

MEANS = re.compile(
    r"\b(?:online|offline|by (?:post|mail|phone|email|fax|hand)|in person|in[- ]game|in[- ]store"
    r"|on (?:the |a |an |your )?(?:web(?:site)?|app|desktop|mobile|phone|computer|browser)"
    r"|in the app|manually|by hand|automatically"
    r"|(?:via|using|with|through|from) (?:the |a |an )?[\w-]+(?: [\w-]+)?)\s*\??$",
    re.I,
)
"""The means at the end of a task heading ("Apply online", "Apply by post")."""

TOOL_MEANS = re.compile(r"(?:via|using|with|through|from)\b", re.I)
"""A means that names the tool or source a task uses ("from the app", "via email")."""

INSTALL_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:install(?:ation|ing)?|set ?up|setting up|get(?:ting)? (?:it|started)"
    r"|download(?:ing)?)\b|\binstall(?:ation)?\b"
    r"|\b(?:choose|choosing|select|pick)\b.*\b(?:method|option|way|approach)s?\b",
    re.I,
)
"""A heading over ways to install ("Installation", "Choose an install method")."""
