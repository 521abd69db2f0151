"""Classify headings: prerequisites, furniture, a step, a member of a choice, alternatives."""

from __future__ import annotations

import re
from enum import StrEnum

from walker.model import CalloutKind
from walker.parse.blocks import Kind, is_shell_code
from walker.parse.outline import Outline
from walker.parse.recognise.callouts import kind_named
from walker.parse.recognise.prerequisites import is_prerequisite_heading
from walker.parse.split import is_ending_heading
from walker.parse.text import NUMBERED, STEP_LABEL, TAB_LINK, is_imperative, sentences

_MEMBER = re.compile(
    r"^(?:the\s+)?(method|option|way|fix|approach|solution|alternative|tab)\s*(?:#\s*)?"
    r"(\d{1,2}|[A-H]|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*[:.)\]–—-]*\s*",
    re.I,
)
_PART = re.compile(r"^(?:part|section|chapter)\s*\d+\s*[:.)–—-]+\s*", re.I)
_WAYS = re.compile(
    r"^(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|different|other|"
    r"some|a few|many)\s+(?:[\w-]+\s+){0,3}?(?:ways|methods|options|approaches|solutions|fixes)\b",
    re.I,
)
_ALTERNATIVES = re.compile(
    r"^(?:(?:\d+|two|three|four|five|some|other|a few|more)\s+)?(?:[\w-]+\s+)?alternatives?\b"
    r"|^other (?:ways|options|methods|approaches)\b|\binstead\??$",
    re.I,
)
_PLATFORM = re.compile(
    r"\b(windows|macos|mac os(?: x)?|mac|os x|linux|ubuntu|debian|fedora|android|iphone|ipad|ios"
    r"|chromebook|chrome ?os|web browser|web|desktop|computer|laptop|mobile|pc)s?\b",
    re.I,
)
_FURNITURE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:faqs?\b|frequently asked|table of contents|contents$"
    r"|in this (?:article|post|guide)|related\b|see also|also read|read (?:more|next)"
    r"|about the author|comments?$|leave a (?:reply|comment)|reader interactions"
    r"|\d+\s+(?:thoughts|comments|responses|replies)\b|what's next|whats next|next steps"
    r"|contributing|license|licence|changelog|acknowledg|credits|sponsors?$|support$"
    r"|enjoyed this|subscribe|newsletter|get (?:my|our|the|your) free|join \d|follow (?:us|me)"
    r"|share this|you may also like|recommended|references$|sources$|further reading"
    r"|synopsis$|exit status|return values?$|environment variables$|bugs$|authors?$"
    r"|get help\b|contact us|(?:still )?need (?:more )?help"
    r"|was this (?:page|article|answer) helpful"
    r"|is this page useful|start a discussion|related (?:content|articles|topics|guides)"
    r"|learn more$|more (?:help|resources)$)",
    re.I,
)
_REFERENCE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:examples?|options|description|usage|output|sample output"
    r"|example output|files|environment|arguments|parameters|flags)\b",
    re.I,
)


class Role(StrEnum):
    """What a heading does in a guide."""

    PREREQUISITES = "prerequisites"
    CALLOUTS = "callouts"
    FURNITURE = "furniture"
    STEP = "step"
    MEMBER = "member"
    TAB = "tab"
    ALTERNATIVES = "alternatives"
    WAYS = "ways"
    PLAIN = "plain"


def role_of(section: Outline) -> Role:
    """Decide what a heading's section is, from the heading's wording."""
    title = section.title
    source = section.heading.source if section.heading else ""
    if TAB_LINK.search(source):
        return Role.TAB
    if STEP_LABEL.match(title):
        return Role.STEP
    if is_prerequisite_heading(title):
        return Role.PREREQUISITES
    if callout_section_kind(title) is not None:
        return Role.CALLOUTS
    if _FURNITURE.match(title) or is_ending_heading(title):
        return Role.FURNITURE
    if _MEMBER.match(title):
        return Role.MEMBER
    if _ALTERNATIVES.search(title):
        return Role.ALTERNATIVES
    if _WAYS.match(title):
        return Role.WAYS
    numbered = NUMBERED.match(title)
    if numbered and (is_imperative(title[numbered.end() :]) or opens_with_instruction(section)):
        return Role.STEP
    return Role.PLAIN


def opens_with_instruction(section: Outline) -> bool:
    """Tell whether one of a section's first two sentences is an instruction ("Run the ...")."""
    first = next((b for b in section.blocks if b.kind is Kind.PARAGRAPH and b.text), None)
    return first is not None and any(is_imperative(s) for s in sentences(first.text)[:2])


def has_shell_code(section: Outline) -> bool:
    """Tell whether a section holds a block of shell commands."""
    return any(is_shell_code(block) for block in section.blocks)


def is_task_heading(section: Outline) -> bool:
    """A heading that names a task ("Verify the install") over an instruction or commands.

    Reference headings ("Examples", "Options", "Description") show commands, not tasks.
    """
    if _REFERENCE.match(section.title):
        return False
    instructs = opens_with_instruction(section) or has_shell_code(section)
    return instructs and (is_imperative(section.title) or has_shell_code(section))


_CALLOUT_SECTION = re.compile(
    r"^(?:pro |helpful |quick |safety |a few )?(tips?|hints?|notes?|warnings?|cautions?)"
    r"(?:\s*(?:and|&)\s*(?:tips?|tricks|warnings?|notes?))?\s*:?$",
    re.I,
)


def callout_section_kind(title: str) -> CalloutKind | None:
    """The callout kind of a "Tips" / "Warnings" section heading, or None."""
    match = _CALLOUT_SECTION.match(title.strip())
    return kind_named(match.group(1).rstrip("s")) if match else None


_MEANS = re.compile(
    r"\b(?:online|offline|by (?:post|mail|phone|email|fax|hand)|in person|in[- ]game|in[- ]store"
    r"|on (?:the |a |an |your )?(?:web(?:site)?|app|desktop|mobile|phone|computer|browser)"
    r"|in the app|manually|by hand|automatically"
    r"|(?:via|using|with|through|from) (?:the |a |an )?[\w-]+(?: [\w-]+)?)\s*\??$",
    re.I,
)


def means_key(title: str) -> str:
    """For "Apply online" / "Apply by post": the shared task before the means, else ''."""
    numbered = NUMBERED.match(title)
    title = title[numbered.end() :] if numbered else title
    match = _MEANS.search(title)
    task = " ".join(title[: match.start()].lower().split()) if match else ""
    return task if re.search(r"[a-z]", task) else ""


def member_label(title: str) -> str:
    """Return the label word of a "Method 2" / "Option B" heading (lower case), or ''."""
    match = _MEMBER.match(title)
    return match.group(1).lower() if match else ""


_INSTALL = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:install(?:ation|ing)?|set ?up|setting up|get(?:ting)? (?:it|started)"
    r"|download(?:ing)?)\b|\binstall(?:ation)?\b"
    r"|\b(?:choose|choosing|select|pick)\b.*\b(?:method|option|way|approach)s?\b",
    re.I,
)


def offers_variants(section: Outline) -> bool:
    """An "Installation" section whose subsections are named ways (pip, Homebrew, from source).

    Each subsection must be named, not instructed ("Homebrew", not "Verify the install"),
    and hold commands or steps of its own.
    """
    ways = [c for c in section.children if role_of(c) in (Role.PLAIN, Role.STEP)]
    return (
        bool(_INSTALL.search(section.title))
        and len(ways) >= 2
        and not any(is_imperative(c.title) for c in ways)
        and all(has_shell_code(c) or _has_list(c) for c in ways)
    )


def _has_list(section: Outline) -> bool:
    return any(block.kind is Kind.LIST and block.ordered for block in section.blocks)


def is_ways_title(title: str) -> bool:
    """Tell whether a title announces several ways ("4 Ways to Check Your GPU")."""
    return bool(_WAYS.search(title))


def platform_of(title: str) -> str:
    """Return the platform a heading is about (Windows, Android ...), or ''."""
    words = title.split()
    if len(words) > 10:
        return ""
    match = _PLATFORM.search(title)
    return match.group(1).lower().removesuffix("s") if match else ""


def strip_member_label(title: str) -> str:
    """Drop a leading "Method 2:" or "Part 3:" style label from a title, keeping the rest."""
    match = _MEMBER.match(title) or _PART.match(title)
    rest = title[match.end() :].strip() if match else title
    return rest or title
