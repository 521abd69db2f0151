"""Pin the structure of every bundled guide, as the authored format (docs/guide-format.md) reads it.

Each guide in ``guides/`` is described below by what its author meant: title, metadata,
prerequisites, step titles in document order, sections, choices with their branches, and
where its callouts go. A parser change that reads a bundled guide differently fails here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from walker.model import (
    CalloutKind,
    Choice,
    Guide,
    Level,
    ParseResult,
    Section,
    Step,
    walk_nodes,
)
from walker.parse import parse_file

GUIDES = Path(__file__).resolve().parent.parent / "guides"

TIP, NOTE, WARNING = CalloutKind.TIP, CalloutKind.NOTE, CalloutKind.WARNING


@dataclass(frozen=True)
class ChoiceSpec:
    """A choice as authored: its title, and each branch's title with its number of steps."""

    title: str
    branches: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class GuideSpec:
    """What a bundled guide should parse into.

    Step titles are compared after normalising (markup, a leading Step/Part/Method label and
    trailing punctuation removed); an expected title may be a prefix of a long first sentence.
    """

    title: str
    description: str
    tags: tuple[str, ...]
    time_minutes: int
    prerequisites: int
    steps: tuple[str, ...]
    sections: tuple[str, ...] = ()
    choices: tuple[ChoiceSpec, ...] = ()
    guide_callouts: tuple[CalloutKind, ...] = ()
    step_callouts: dict[str, tuple[CalloutKind, ...]] = field(default_factory=dict)
    guide_id: str | None = None
    pinned: tuple[str, ...] = ()


EXPECTED: dict[str, GuideSpec] = {
    "delete-tiktok-account.md": GuideSpec(
        title="Delete a TikTok account",
        description="Close your TikTok account for good, or keep it and make it quieter instead.",
        tags=("tiktok", "account", "privacy"),
        time_minutes=10,
        prerequisites=1,
        steps=(
            "Add or check your phone number",
            "Request deletion",
            "Enter the code and confirm",
            "Turn on Private account under Settings > Privacy",
            "Switch off Suggest your account to others under Settings > Privacy",
            "Limit who can message you",
            "Limit who can comment",
        ),
        choices=(
            ChoiceSpec(
                "What would you like to do?",
                (
                    ("Delete the account", 3),
                    ("Make the account private", 1),
                    ("Stop people finding you", 1),
                    ("Limit messages and comments to friends", 2),
                ),
            ),
        ),
        guide_callouts=(WARNING, WARNING, WARNING),
        step_callouts={
            "Add or check your phone number": (TIP,),
            "Enter the code and confirm": (NOTE,),
        },
        guide_id="delete-a-tiktok-account",
        pinned=("delete",),
    ),
    "save-tiktok-video.md": GuideSpec(
        title="Save a TikTok video to your phone",
        description="Three ways to keep a copy of a TikTok video in your phone's gallery.",
        tags=("tiktok", "video", "download"),
        time_minutes=5,
        prerequisites=2,
        steps=(
            "Open the video in TikTok",
            "Tap Share, the arrow icon on the right-hand side of the video",
            "Tap Save video",
            "Copy the video's link",
            "Open a TikTok downloader website in your phone's browser",
            "Paste the link into the box on the site and tap its button to fetch the video",
            "Pick a format and download the file",
            "Install a TikTok downloader app from your phone's app store and open it once",
            "In TikTok, open the video and tap Share",
            "Switch to the downloader app and tap Download",
            "Find the video in your gallery",
        ),
        choices=(
            ChoiceSpec(
                "Choose how to save it",
                (
                    ("In the TikTok app", 3),
                    ("With a downloader website", 4),
                    ("With a downloader app", 4),
                ),
            ),
        ),
        guide_callouts=(NOTE, TIP),
        step_callouts={
            "Tap Save video": (TIP,),
            "Pick a format and download the file": (WARNING,),
        },
        guide_id="save-a-tiktok-video-to-your-phone",
    ),
    "join-tiktok-live.md": GuideSpec(
        title="Join someone's TikTok LIVE as a guest",
        description=(
            "Ask to appear in another creator's live stream and wait for them to let you in."
        ),
        tags=("tiktok", "live"),
        time_minutes=5,
        prerequisites=2,
        steps=(
            "Find live streams",
            "Open the stream",
            "Tap the guest icon",
            "Send your request",
            "Wait for the host",
        ),
        step_callouts={"Wait for the host": (TIP,)},
    ),
    "invite-guest-tiktok-live.md": GuideSpec(
        title="Invite a guest to your TikTok LIVE",
        description="Go live and bring a viewer or friend into your stream as a guest.",
        tags=("tiktok", "live", "creator"),
        time_minutes=10,
        prerequisites=3,
        steps=(
            "Open the TikTok app",
            "Switch to LIVE",
            "Add a title",
            "Tap Go Live",
            "Tap the guest icon",
            "Pick someone from the list",
            "Tap Invite",
        ),
        sections=("Go live and invite",),
        step_callouts={"Tap Invite": (NOTE,)},
        guide_id="invite-a-guest-to-your-tiktok-live",
    ),
    "tiktok-business-account.md": GuideSpec(
        title="Switch to a TikTok business account",
        description=(
            "Turn a personal TikTok account into a business account to get analytics and "
            "business tools."
        ),
        tags=("tiktok", "business", "account"),
        time_minutes=5,
        prerequisites=1,
        steps=(
            "Open your profile",
            "Open the menu",
            "Open the settings",
            "Open Manage account",
            "Switch to a business account",
            "Choose a category",
        ),
        guide_callouts=(NOTE,),
        step_callouts={"Choose a category": (TIP,)},
    ),
    "tiktok-outro-desktop-editor.md": GuideSpec(
        title="Make a TikTok outro in a desktop video editor",
        description=(
            "Plan a short end card for your TikTok videos and build it in any desktop video editor."
        ),
        tags=("tiktok", "video", "editing"),
        time_minutes=60,
        prerequisites=3,
        steps=(
            "Pick one call to action",
            "Keep it short",
            "Match the rest of the video",
            "Install a desktop video editor and open it",
            "Start a new project",
            "Import your clip and drag it onto the timeline",
            "Add the end card after the clip",
            "Play it back and adjust",
            "Export the video in 9:16",
        ),
        sections=("Plan the outro", "Build it in the editor"),
        step_callouts={"Export the video in 9:16": (TIP,)},
    ),
    "write-your-own-guide.md": GuideSpec(
        title="Write your own walker guide",
        description=(
            "Turn a task you know well into a walker checklist, from an empty file to a guide "
            "that passes walker check."
        ),
        tags=("walker", "writing", "markdown"),
        time_minutes=20,
        prerequisites=3,
        steps=(
            "Create a file in your guide folder",
            "Add the frontmatter",
            "Write the title and an introduction",
            "List the prerequisites",
            "Write the steps as a numbered list",
            "Offer a choice with Method headings",
            "Add a tip or a warning",
            "Pin the ids of steps you might reword",
            "Check the file",
            "Run walker and type part of the guide's title to filter the library",
            "Run walker show with the path of your file",
        ),
        sections=("Write the guide",),
        choices=(ChoiceSpec("Open your guide", (("In the app", 1), ("As plain text", 1))),),
        guide_callouts=(NOTE,),
        # The callouts shown inside fenced examples are examples, not callouts of the step.
        step_callouts={"Pin the ids of steps you might reword": (TIP,)},
        guide_id="write-your-own-guide",
        pinned=(
            "create-file",
            "frontmatter",
            "title",
            "prerequisites",
            "steps",
            "choice",
            "callouts",
            "pin-ids",
            "check",
        ),
    ),
}

_LABEL = re.compile(r"^(?:step|part|method|option|way)\s+(?:\d+|[a-z])\b\s*[:.)\-–—]?\s*", re.I)
_MARKUP = re.compile(r"[*`]|\s*\{#[^}]*\}\s*$")


def norm(text: str) -> str:
    """Compare titles without markup, a leading label, trailing punctuation or case."""
    text = _MARKUP.sub("", text).strip()
    text = _LABEL.sub("", text)
    text = re.sub(r"\s+", " ", text)
    return text.rstrip(" .:!?").casefold()


walk = walk_nodes


def all_ids(guide: Guide) -> list[str]:
    """Every id inside a guide: prerequisites, steps, sections, choices and branches."""
    return [prereq.id for prereq in guide.prerequisites] + [node.id for node in walk(guide.flow)]


_results: dict[str, ParseResult] = {}


def parsed(name: str) -> ParseResult:
    if name not in _results:
        _results[name] = parse_file(GUIDES / name)
    return _results[name]


def guide_of(name: str) -> Guide:
    result = parsed(name)
    assert len(result.guides) == 1, f"{name}: expected one guide, got {len(result.guides)}"
    return result.guides[0]


NAMES = sorted(EXPECTED)


def test_every_bundled_guide_is_pinned() -> None:
    on_disk = sorted(path.name for path in GUIDES.glob("*.md"))
    assert len(on_disk) >= 7
    assert on_disk == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_no_warnings_or_errors(name: str) -> None:
    bad = [
        f"{d.line}: {d.level}: {d.message}"
        for d in parsed(name).diagnostics
        if d.level in (Level.WARNING, Level.ERROR)
    ]
    assert bad == []


@pytest.mark.parametrize("name", NAMES)
def test_metadata(name: str) -> None:
    spec, guide = EXPECTED[name], guide_of(name)
    assert guide.title == spec.title
    assert guide.description == spec.description
    assert guide.tags == spec.tags
    assert guide.time_minutes == spec.time_minutes
    if spec.guide_id is not None:
        assert guide.id == spec.guide_id


@pytest.mark.parametrize("name", NAMES)
def test_prerequisites(name: str) -> None:
    guide = guide_of(name)
    assert len(guide.prerequisites) == EXPECTED[name].prerequisites
    assert all(prereq.text.strip() for prereq in guide.prerequisites)


@pytest.mark.parametrize("name", NAMES)
def test_step_titles_in_order(name: str) -> None:
    expected = [norm(title) for title in EXPECTED[name].steps]
    actual = [norm(step.title) for step in guide_of(name).steps()]
    assert len(actual) == len(expected), actual
    for got, want in zip(actual, expected, strict=True):
        assert got.startswith(want), (got, want)


@pytest.mark.parametrize("name", NAMES)
def test_sections(name: str) -> None:
    sections = [n.title for n in walk(guide_of(name).flow) if isinstance(n, Section)]
    assert [norm(t) for t in sections] == [norm(t) for t in EXPECTED[name].sections]


@pytest.mark.parametrize("name", NAMES)
def test_choices_and_branches(name: str) -> None:
    choices = [n for n in walk(guide_of(name).flow) if isinstance(n, Choice)]
    actual = [
        (
            norm(choice.title),
            [
                (norm(b.title), sum(1 for n in walk(b.flow) if isinstance(n, Step)))
                for b in choice.branches
            ],
        )
        for choice in choices
    ]
    expected = [
        (norm(spec.title), [(norm(title), count) for title, count in spec.branches])
        for spec in EXPECTED[name].choices
    ]
    assert actual == expected


@pytest.mark.parametrize("name", NAMES)
def test_guide_callouts(name: str) -> None:
    guide = guide_of(name)
    assert tuple(c.kind for c in guide.callouts) == EXPECTED[name].guide_callouts


@pytest.mark.parametrize("name", NAMES)
def test_step_callouts(name: str) -> None:
    expected = {norm(title): kinds for title, kinds in EXPECTED[name].step_callouts.items()}
    actual = {
        norm(step.title): tuple(c.kind for c in step.callouts)
        for step in guide_of(name).steps()
        if step.callouts
    }
    assert actual == expected


@pytest.mark.parametrize("name", NAMES)
def test_callout_text_has_no_label(name: str) -> None:
    guide = guide_of(name)
    callouts = list(guide.callouts) + [c for step in guide.steps() for c in step.callouts]
    label = re.compile(r"^\W*(tip|note|warning|caution|important|pro tip)\W*:", re.I)
    for callout in callouts:
        assert callout.text.strip()
        assert not label.match(callout.text), callout.text
        assert not callout.text.lstrip().startswith("[!"), callout.text


@pytest.mark.parametrize("name", NAMES)
def test_ids_unique_and_slug_shaped(name: str) -> None:
    ids = all_ids(guide_of(name))
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for node_id in ids:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", node_id), node_id


@pytest.mark.parametrize("name", [n for n in NAMES if EXPECTED[n].pinned])
def test_pinned_ids(name: str) -> None:
    ids = set(all_ids(guide_of(name)))
    assert set(EXPECTED[name].pinned) <= ids
    for node in walk(guide_of(name).flow):
        assert "{#" not in node.title, node.title


def test_bundled_guide_ids_are_unique() -> None:
    ids = [guide_of(name).id for name in NAMES]
    assert len(ids) == len(set(ids))


def test_fenced_examples_stay_in_the_step_body() -> None:
    steps = {norm(step.title): step for step in guide_of("write-your-own-guide.md").steps()}
    assert "title: Make a pot of tea" in steps[norm("Add the frontmatter")].body
    assert "### Method 1: With milk" in steps[norm("Offer a choice with Method headings")].body
    assert "[!WARNING]" in steps[norm("Add a tip or a warning")].body
    assert "{#warm-pot}" in steps[norm("Pin the ids of steps you might reword")].body


def test_steps_keep_their_body() -> None:
    steps = {norm(step.title): step for step in guide_of("delete-tiktok-account.md").steps()}
    body = steps[norm("Request deletion")].body
    assert "Thinking about removing your account" in body
    assert "Request deletion" not in body
