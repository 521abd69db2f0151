"""Classify headings: prerequisites, furniture, a step, a member of a choice, alternatives."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum

from walker.model import CalloutKind
from walker.parse.blocks import Kind, is_shell_code
from walker.parse.outline import Outline
from walker.parse.rules import RuleTable
from walker.parse.text import NUMBERED, TAB_LINK, is_gerund_task, is_imperative, sentences
from walker.parse.vocabulary import (
    ALTERNATIVES_TITLE,
    CALLOUT_SECTION_TITLE,
    ENDING_TITLE,
    FURNITURE_TITLE,
    INSTALL_TITLE,
    MEANS,
    MEMBER_LABEL,
    OUTCOME,
    PART_LABEL,
    PLATFORM,
    REFERENCE_MATTER_TITLE,
    REFERENCE_TITLE,
    STEP_LABEL,
    TOOL_MEANS,
    WAYS_TITLE,
    callout_kind_named,
    is_prerequisite_title,
)


class Role(StrEnum):
    """What a heading does in a guide."""

    PREREQUISITES = "prerequisites"
    CALLOUTS = "callouts"
    FURNITURE = "furniture"
    REFERENCE = "reference"
    STEP = "step"
    MEMBER = "member"
    TAB = "tab"
    ALTERNATIVES = "alternatives"
    WAYS = "ways"
    PLAIN = "plain"


HeadingRule = Callable[[Outline], "Role | None"]
"""A heading rule: a section to the role its heading gives it, or None (not this rule's)."""

HEADING_ROLES: RuleTable[HeadingRule] = RuleTable("heading-roles")
"""What a heading's section is, decided by the first rule that answers."""


@HEADING_ROLES.rule("tab-link-heading", found_in=("web-fixture:r2docs_mslearn_tabs_keyvault",))
def tab_link_heading(section: Outline) -> Role | None:
    """A DocFX tab heading, `# [Portal](#tab/portal)`, is one tab of a tab group."""
    source = section.heading.source if section.heading else ""
    return Role.TAB if TAB_LINK.search(source) else None


@HEADING_ROLES.rule(
    "prerequisites-heading",
    found_in=(
        "fixture:prerequisites",
        "bundled:join-tiktok-live",
        "seeds",
        "fixture:prerequisite-forms",
    ),
)
def prerequisites_heading(section: Outline) -> Role | None:
    """A "Prerequisites" / "What you'll need" / "Ingredients" heading lists needs.

    It wins over a step label: "Step 0: Prerequisites" lists needs, it is no step.
    """
    return Role.PREREQUISITES if is_prerequisite_title(section.title) else None


@HEADING_ROLES.rule(
    "step-label-heading", found_in=("fixture:step-headings", "seeds", "corpus:freesewing/markdown")
)
def step_label_heading(section: Outline) -> Role | None:
    """A heading labelled "Step 3", "Step three:", "Stage 2 —" or "Step 1 of 5" is a step."""
    return Role.STEP if STEP_LABEL.match(section.title) else None


@HEADING_ROLES.rule("callouts-heading", found_in=("web-fixture:r5_recipe_lemon_chicken",))
def callouts_heading(section: Outline) -> Role | None:
    """A "Tips" / "Warnings" heading holds callouts, not steps."""
    return Role.CALLOUTS if callout_section_kind(section.title) is not None else None


_LEADING_SYMBOLS = re.compile(r"^[^\w\s(]+\s*")


@HEADING_ROLES.rule("furniture-heading", found_in=("web-fixture:r2docs_readme_install_usage",))
def furniture_heading(section: Outline) -> Role | None:
    """A heading of page furniture or reference matter (FAQ, Related, License, Next steps),
    also behind a README's emoji ("🗺️ Roadmap")."""
    title = _LEADING_SYMBOLS.sub("", section.title)
    return Role.FURNITURE if FURNITURE_TITLE.match(title) else None


@HEADING_ROLES.rule("reference-matter-heading", found_in=("fixture:misfire-furniture-steps",))
def reference_matter_heading(section: Outline) -> Role | None:
    """A "Support" / "Environment variables" heading: reference matter, unless it holds steps."""
    return Role.REFERENCE if REFERENCE_MATTER_TITLE.match(section.title.strip()) else None


@HEADING_ROLES.rule("ending-heading", found_in=("web-fixture:r2blog_ways_check_gpu", "seeds"))
def ending_heading(section: Outline) -> Role | None:
    """A heading that closes the article (Conclusion, Final thoughts) holds no steps."""
    return Role.FURNITURE if ENDING_TITLE.match(section.title.strip()) else None


@HEADING_ROLES.rule(
    "member-heading", found_in=("fixture:methods", "fixture:nested-choice", "seeds")
)
def member_heading(section: Outline) -> Role | None:
    """A "Method 2" / "Option B" heading is one member of a choice."""
    return Role.MEMBER if MEMBER_LABEL.match(section.title) else None


@HEADING_ROLES.rule("alternatives-heading", found_in=("fixture:alternatives", "seeds"))
def alternatives_heading(section: Outline) -> Role | None:
    """An "Alternatives" / "Other options" heading offers other ways to do what came before."""
    return Role.ALTERNATIVES if ALTERNATIVES_TITLE.search(section.title) else None


@HEADING_ROLES.rule("ways-heading", found_in=("web-fixture:seo_clear_cache_pasted_twice",))
def ways_heading(section: Outline) -> Role | None:
    """A "Three ways to ..." heading: its subheadings are the ways."""
    return Role.WAYS if WAYS_TITLE.match(section.title) else None


@HEADING_ROLES.rule(
    "numbered-instruction-heading", found_in=("web-fixture:docs_docusaurus_search_plugin",)
)
def numbered_instruction_heading(section: Outline) -> Role | None:
    """A numbered heading ("### 2. Add a card") that instructs, or opens with an instruction."""
    numbered = NUMBERED.match(section.title)
    if numbered is None:
        return None
    instructs = is_imperative(section.title[numbered.end() :]) or opens_with_instruction(section)
    return Role.STEP if instructs else None


@HEADING_ROLES.rule(
    "numbered-gerund-heading", found_in=("corpus:SebastianWild/blog", "rule-fixture")
)
def numbered_gerund_heading(section: Outline) -> Role | None:
    """A numbered heading naming a task by its -ing form ("### 4) Fitting the hinge") is a step.

    Not when its own text holds a numbered list: then the list items are the steps; and not
    "Using ...", which names a way to do it.
    """
    numbered = NUMBERED.match(section.title)
    task = section.title[numbered.end() :] if numbered else ""
    if not is_gerund_task(task) or TOOL_MEANS.match(task):
        return None  # "2. Using the app" names a way, a member of a choice
    listed = any(block.kind is Kind.LIST and block.ordered for block in section.blocks)
    return None if listed else Role.STEP


def role_of(section: Outline) -> Role:
    """Decide what a heading's section is: the first heading rule that answers, else PLAIN."""
    for rule in HEADING_ROLES.active():
        role = rule(section)
        if role is not None:
            return role
    return Role.PLAIN


def opens_with_instruction(section: Outline) -> bool:
    """Tell whether one of a section's first two sentences is an instruction ("Run the ...")."""
    first = next((b for b in section.blocks if b.kind is Kind.PARAGRAPH and b.text), None)
    if first is None:
        return False
    # "Congratulations! You're done. Now announce it": the cheering is no opening
    opening = [s for s in sentences(first.text) if not OUTCOME.search(s)][:2]
    return any(is_imperative(s) for s in opening)


def has_shell_code(section: Outline) -> bool:
    """Tell whether a section holds a block of shell commands."""
    return any(is_shell_code(block) for block in section.blocks)


def names_task(title: str) -> bool:
    """Tell whether a heading asks for something ("Run it as administrator", "Stuck? Reset it")."""
    return any(is_imperative(sentence) for sentence in sentences(title))


def has_instruction_list(section: Outline) -> bool:
    """Tell whether a section's own text holds a bullet list of two or more instructions."""
    return any(
        block.kind is Kind.LIST
        and not block.ordered
        and len(block.items) >= 2
        and sum(is_imperative(item.text) for item in block.items) * 2 > len(block.items)
        for block in section.blocks
    )


def is_task_heading(section: Outline) -> bool:
    """A heading that names a task ("Verify the install") over an instruction or commands.

    Reference headings ("Examples", "Options", "Description") show commands, not tasks.
    """
    if REFERENCE_TITLE.match(section.title):
        return False
    instructs = opens_with_instruction(section) or has_shell_code(section)
    return instructs and (is_imperative(section.title) or has_shell_code(section))


def callout_section_kind(title: str) -> CalloutKind | None:
    """The callout kind of a "Tips" / "Warnings" section heading, or None."""
    match = CALLOUT_SECTION_TITLE.match(title.strip())
    return callout_kind_named(match.group(1).rstrip("s")) if match else None


def means_key(title: str) -> str:
    """For "Apply online" / "Apply by post": the shared task before the means, else ''."""
    numbered = NUMBERED.match(title)
    title = title[numbered.end() :] if numbered else title
    match = MEANS.search(title)
    task = " ".join(title[: match.start()].lower().split()) if match else ""
    return task if re.search(r"[a-z]", task) else ""


def before_tool(title: str) -> str:
    """A task heading without the tool that ends it ("Export from the app" -> "Export")."""
    match = MEANS.search(title)
    if match is None or not means_key(title) or not TOOL_MEANS.match(match.group(0)):
        return title
    return title[: match.start()]


def member_label(title: str) -> str:
    """Return the label word of a "Method 2" / "Option B" heading (lower case), or ''."""
    match = MEMBER_LABEL.match(title)
    return match.group(1).lower() if match else ""


def offers_variants(section: Outline) -> bool:
    """An "Installation" section whose subsections are named ways (pip, Homebrew, from source).

    Each subsection must be named, not instructed ("Homebrew", not "Verify the install"),
    and hold commands or steps of its own.
    """
    ways = [c for c in section.children if role_of(c) in (Role.PLAIN, Role.STEP)]
    return (
        bool(INSTALL_TITLE.search(section.title))
        and len(ways) >= 2
        and not any(is_imperative(c.title) for c in ways)
        and all(has_shell_code(c) or _has_list(c) for c in ways)
    )


def _has_list(section: Outline) -> bool:
    return any(block.kind is Kind.LIST and block.ordered for block in section.blocks)


def is_ways_title(title: str) -> bool:
    """Tell whether a title announces several ways ("4 Ways to Check Your GPU")."""
    return bool(WAYS_TITLE.search(title))


def platform_of(title: str) -> str:
    """Return the platform a heading is about (Windows, Android ...), or ''."""
    words = title.split()
    if len(words) > 10:
        return ""
    match = PLATFORM.search(title)
    return match.group(1).lower().removesuffix("s") if match else ""


def strip_member_label(title: str) -> str:
    """Drop a leading "Method 2:" or "Part 3:" style label from a title, keeping the rest."""
    match = MEMBER_LABEL.match(title) or PART_LABEL.match(title)
    rest = title[match.end() :].strip() if match else title
    return rest or title
