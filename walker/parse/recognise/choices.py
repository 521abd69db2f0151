"""Which sibling headings form one choice: the choice-members rules and the grouping.

Consecutive sibling headings whose CHOICE_MEMBERS key is the same are the branches of one
choice ("Method 1" / "Method 2", tabs, platforms, the ways an introduction offers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from walker.parse.blocks import Block, Kind
from walker.parse.outline import Outline
from walker.parse.recognise.headings import (
    Role,
    before_tool,
    means_key,
    member_label,
    platform_of,
    role_of,
)
from walker.parse.recognise.passages import clean_title, holds_steps
from walker.parse.rules import RuleTable
from walker.parse.text import is_imperative
from walker.parse.vocabulary import (
    ALTERNATIVE_LEAD,
    INVITES_CHOICE,
    KIND_LED,
    KINDS_TITLE,
    OFFERS_OPTIONS,
    SEVERITY_TITLE,
    STEP_LABEL,
    VARIANT_QUALIFIER,
    WAY_LEAD,
)


def sibling_group(
    children: list[Outline], index: int, *, choosing: bool = False, in_branch: bool = False
) -> list[Outline]:
    """Collect the run of sibling headings that form one choice with the child at index.

    ``choosing`` says the text before the headings invites a choice ("Pick the one that
    suits you:"), so plain sibling headings are alternatives too; ``in_branch`` says they sit
    in one way of a choice, where named siblings that each hold a procedure ("Samsung
    phones", "Pixel phones") are variants of that way.
    """
    first = children[index]
    key = _member_key(first, choosing, in_branch)
    if key is None:
        return [first]
    group = [first]
    for child in children[index + 1 :]:
        if _member_key(child, choosing, in_branch) != key or child.level != first.level:
            break
        group.append(child)
    if key[0] == "platform" and not _platform_variants(group):
        return [first]
    return group


def _platform_variants(group: list[Outline]) -> bool:
    """Different platforms, or variants of one ("iPhones with Face ID" / "... Home button").

    A platform word alone makes no choice: "Laptop screen" / "Laptop keyboard" are parts done
    in turn. Siblings on one platform are variants only when each names how it differs
    ("with Face ID", "without a Home button").
    """
    if len({platform_of(child.title) for child in group}) == len(group):
        return True
    return all(VARIANT_QUALIFIER.search(child.title) for child in group) and not any(
        is_imperative(child.title) for child in group
    )


@dataclass(frozen=True)
class Sibling:
    """A heading among its siblings, as the choice rules see it."""

    section: Outline
    role: Role
    choosing: bool  # the text before the siblings invites a choice ("Pick one:")
    in_branch: bool  # the siblings sit inside one way of a choice


MemberRule = Callable[[Sibling], "tuple[str, str] | None"]
"""A choice rule: a sibling heading to the key its choice group shares, or None."""

CHOICE_MEMBERS: RuleTable[MemberRule] = RuleTable("choice-members")
"""Which sibling headings form one choice: consecutive siblings with the same key do."""


@CHOICE_MEMBERS.rule(
    "labelled-members", found_in=("fixture:methods", "fixture:nested-choice", "seeds")
)
def labelled_members(sibling: Sibling) -> tuple[str, str] | None:
    """Sibling "Method 1" / "Method 2" (or Option, Way, Fix ...) headings."""
    if sibling.role is not Role.MEMBER:
        return None
    return ("member", member_label(sibling.section.title))


@CHOICE_MEMBERS.rule(
    "tab-members", found_in=("fixture:jsx-tabs", "web-fixture:r2docs_mkdocs_admonitions_tabs")
)
def tab_members(sibling: Sibling) -> tuple[str, str] | None:
    """Sibling tabs of a docs page (Hugo, Docusaurus, DocFX, MkDocs tabs)."""
    return ("tab", "") if sibling.role is Role.TAB else None


@CHOICE_MEMBERS.rule("severity-members", found_in=("corpus:prometheus-operator/runbooks",))
def severity_members(sibling: Sibling) -> tuple[str, str] | None:
    """Sibling headings that each name an alert's severity ("Critical" / "Warning"): the
    reader follows the one the alert fired with, so they are ways, not parts in turn."""
    severity = SEVERITY_TITLE.match(clean_title(sibling.section.title))
    return ("severity", "") if severity else None


@CHOICE_MEMBERS.rule("kind-members", found_in=("corpus:helm/helm-www",))
def kind_members(sibling: Sibling) -> tuple[str, str] | None:
    """Sibling headings that name kinds of one procedure ("Manual defrost" / "Automatic
    defrost", "Major release checklist" / "Patch release checklist"): the reader does the
    kind they need. The words after the kind are the group's key."""
    if sibling.role is not Role.PLAIN or is_imperative(sibling.section.title):
        return None
    match = KIND_LED.match(clean_title(sibling.section.title))
    return ("kind", " ".join(match.group(2).lower().split())) if match else None


@CHOICE_MEMBERS.rule("platform-members", found_in=("web-fixture:r5_cancel_streaming_platforms",))
def platform_members(sibling: Sibling) -> tuple[str, str] | None:
    """Sibling headings that each name a platform ("On Windows", "On macOS").

    A platform inside the means that ends a task ("Export from Firefox-based browsers")
    leaves the heading to the means rule.
    """
    plain = sibling.role is Role.PLAIN and platform_of(before_tool(sibling.section.title))
    return ("platform", "") if plain else None


@CHOICE_MEMBERS.rule(
    "way-led-members",
    found_in=(
        "corpus:jellyfin/jellyfin.org",
        "corpus:freesewing/markdown",
        "corpus:squidfunk/mkdocs-material",
    ),
)
def way_led_members(sibling: Sibling) -> tuple[str, str] | None:
    """Sibling headings led by the way each takes ("Using Docker" / "Using pip", "Without X").

    "With X" and "Without X" are one pair; the lead word is the group's key.
    """
    if sibling.role is not Role.PLAIN:
        return None
    match = WAY_LEAD.match(clean_title(sibling.section.title))
    if match is None:
        return None
    lead = match.group(1).lower()
    return ("way", "with" if lead == "without" else lead)


@CHOICE_MEMBERS.rule("invited-members", found_in=("web-fixture:r2blog_ways_check_gpu",))
def invited_members(sibling: Sibling) -> tuple[str, str] | None:
    """Plain sibling headings after an introduction that offers a choice ("Pick one:")."""
    role, title = sibling.role, sibling.section.title
    invitable = role is Role.PLAIN or (role is Role.STEP and not STEP_LABEL.match(title))
    return ("invited", "") if invitable and sibling.choosing else None


@CHOICE_MEMBERS.rule("means-members", found_in=("web-fixture:r3_gaming_redeem_codes_heres_how",))
def means_members(sibling: Sibling) -> tuple[str, str] | None:
    """Sibling tasks that differ only by their means ("Apply online" / "Apply by post")."""
    if sibling.role not in (Role.PLAIN, Role.STEP):
        return None
    key = means_key(sibling.section.title)
    return ("means", key) if key else None


@CHOICE_MEMBERS.rule("variant-members", found_in=("web-fixture:r2blog_screenshot_iphone_android",))
def variant_members(sibling: Sibling) -> tuple[str, str] | None:
    """Named siblings inside one way of a choice that each hold a procedure ("Pixel phones")."""
    section = sibling.section
    named = sibling.role is Role.PLAIN and not is_imperative(section.title)
    return ("variant", "") if sibling.in_branch and named and holds_steps(section) else None


def _member_key(child: Outline, choosing: bool, in_branch: bool) -> tuple[str, str] | None:
    sibling = Sibling(child, role_of(child), choosing, in_branch)
    for rule in CHOICE_MEMBERS.active():
        key = rule(sibling)
        if key is not None:
            return key
    return None


def invites_choice(intro: str) -> bool:
    """Tell whether an introduction ends by offering a choice ("Pick the one that suits:")."""
    last = intro.strip().rsplit("\n\n", 1)[-1]
    return bool(INVITES_CHOICE.search(plain_text_of(last)))


def plain_text_of(markdown: str) -> str:
    """Markdown with its emphasis marks dropped and its spaces collapsed."""
    return " ".join(markdown.replace("*", "").replace("_", " ").split())


MAX_RUN_LABEL = 120


@dataclass(frozen=True)
class LabelledList:
    """A short label paragraph ("Prepare the sauce:") and the ordered list right under it."""

    start: int  # index of the label among the section's blocks
    label: Block
    steps: Block

    @property
    def end(self) -> int:
        """The index just after the list."""
        return self.start + 2

    @property
    def name(self) -> str:
        """The label as a branch name: no "Alternatively," lead, no colon, no emphasis."""
        text = ALTERNATIVE_LEAD.sub("", plain_text_of(self.label.text)).strip(" :")
        return text[:1].upper() + text[1:]


def labelled_lists(blocks: list[Block]) -> list[LabelledList]:
    """Every label paragraph of a block list with the ordered list right under it."""
    found: list[LabelledList] = []
    for index, (label, following) in enumerate(pairwise(blocks)):
        text = label.text.strip()
        is_label = (
            label.kind is Kind.PARAGRAPH
            and 0 < len(text) <= MAX_RUN_LABEL
            and (text.endswith(":") or label.source.strip().rstrip(":").endswith(("**", "__")))
        )
        if is_label and following.kind is Kind.LIST and following.ordered:
            found.append(LabelledList(index, label, following))
    return found


@dataclass(frozen=True)
class ListsPlace:
    """Labelled lists of one section, as the list-choice rules see them."""

    lists: list[LabelledList]
    index: int  # the labelled list the rule is asked about
    title: str  # the section's heading


ListChoiceRule = Callable[[ListsPlace], int]
"""A list-choice rule: how many labelled lists from the index form one choice (0: none)."""

LIST_CHOICES: RuleTable[ListChoiceRule] = RuleTable("list-choices")
"""Which labelled lists inside one section are the branches of a choice; first that answers."""


def _adjacent_run(lists: list[LabelledList], index: int, fits: Callable[[int], bool]) -> int:
    """How many lists from index follow one another directly, each fitting."""
    count = 0
    while index + count < len(lists) and fits(index + count):
        if count and lists[index + count].start != lists[index + count - 1].end:
            break
        count += 1
    return count


@LIST_CHOICES.rule(
    "alternatively-list",
    found_in=("corpus:jeffThompson/Recipes",),
)
def alternatively_list(place: ListsPlace) -> int:
    """A labelled list, then "Alternatively, <label>:" over a list of its own: two ways."""
    lists, index = place.lists, place.index
    following = _adjacent_run(
        lists, index + 1, lambda i: bool(ALTERNATIVE_LEAD.match(lists[i].label.text))
    )
    if not following or lists[index + 1].start != lists[index].end:
        return 0
    return 1 + following


@LIST_CHOICES.rule("kinds-lists", found_in=("corpus:yopereir/Frontends",))
def kinds_lists(place: ListsPlace) -> int:
    """Under a "Different X types" heading, named lists one after another are one per kind."""
    if not KINDS_TITLE.search(place.title):
        return 0
    lists = place.lists
    count = _adjacent_run(lists, place.index, lambda i: not is_imperative(lists[i].name))
    return count if count >= 2 else 0


def list_choice_at(lists: list[LabelledList], index: int, title: str) -> int:
    """How many labelled lists from index form one choice (0 or 1: none)."""
    place = ListsPlace(lists, index, title)
    return next((n for rule in LIST_CHOICES.active() if (n := rule(place)) >= 2), 0)


OptionListRule = Callable[[Block, Block], bool]
"""An option-list rule: (the paragraph before a list, the list) to whether its items are options."""

OPTION_LISTS: RuleTable[OptionListRule] = RuleTable("option-lists")
"""Which lists are a choice of options, one branch per item; any rule that says yes."""


@OPTION_LISTS.rule("invited-option-items", found_in=("corpus:ohmyzsh/ohmyzsh",))
def invited_option_items(intro: Block, options: Block) -> bool:
    """After "You can choose one of these modes:", labelled items ("Quiet mode:") are options.

    Each item is a label ending in ":" with content of its own under it (a command, a value).
    """
    labelled = all(
        item.text.rstrip().endswith(":") and "\n" in item.source.strip() for item in options.items
    )
    return (
        intro.kind is Kind.PARAGRAPH
        and options.kind is Kind.LIST
        and len(options.items) >= 2
        and labelled
        and bool(OFFERS_OPTIONS.search(plain_text_of(intro.text)))
    )


def is_option_list(intro: Block, options: Block) -> bool:
    """Tell whether a list after a paragraph is a choice of options, one branch per item."""
    return any(rule(intro, options) for rule in OPTION_LISTS.active())
