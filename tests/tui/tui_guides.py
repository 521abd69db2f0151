"""Guides for the TUI tests, built straight from the model (no parser involved)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from walker.library import Library, LoadedFile
from walker.model import (
    Branch,
    Callout,
    CalloutKind,
    Choice,
    Guide,
    Image,
    Prerequisite,
    Section,
    Step,
)
from walker.tui.app import WalkerApp

AppFactory = Callable[..., WalkerApp]
"""Builds an app on a library (and an optional guide to open at once)."""

FIXED_NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)


def fixed_clock() -> datetime:
    """Return the same moment every time (the tests' store clock)."""
    return FIXED_NOW


BROKEN_ERROR = "broken.md:3: the frontmatter is not valid YAML"


def lantern_guide() -> Guide:
    """A guide with a prerequisite, a section, a three-way choice, callouts and an image."""
    return Guide(
        id="paper-lantern",
        title="Fold a paper lantern",
        description="A small lantern from one sheet, glued or taped",
        tags=("craft", "paper"),
        time_minutes=20,
        prerequisites=(
            Prerequisite("sheet", "A square sheet of paper"),
            Prerequisite("scissors", "Scissors"),
        ),
        callouts=(Callout(CalloutKind.NOTE, "Thin paper folds more neatly."),),
        flow=(
            Step(
                "fold-in-half",
                "Fold the sheet in half",
                "Crease it firmly. See https://example.org/fold for a picture.",
                callouts=(Callout(CalloutKind.TIP, "Run a fingernail along the fold."),),
            ),
            Step(
                "cut-slits",
                "Cut slits along the fold",
                "Cut every 2 cm, stopping **1 cm** from the edge.",
                callouts=(Callout(CalloutKind.WARNING, "Do not cut all the way through."),),
                images=(Image("slits cut along the fold", "https://example.org/slits.png"),),
            ),
            Choice(
                "join",
                "How do you want to join the ends?",
                (
                    Branch(
                        "glue",
                        "Glue the ends",
                        flow=(
                            Step("spread-glue", "Spread glue on one edge"),
                            Step("press-ends", "Press the ends together"),
                        ),
                    ),
                    Branch("tape", "Tape the ends", flow=(Step("tape-ends", "Tape the ends"),)),
                    Branch("staple", "Staple the ends", flow=(Step("staple-ends", "Staple them"),)),
                ),
            ),
            Section(
                "finish",
                "Finishing",
                (
                    Step("add-handle", "Add a handle", "Glue a strip across the top."),
                    Step("hang-it", "Hang it up"),
                ),
            ),
        ),
    )


def kettle_guide() -> Guide:
    """A short guide with no prerequisites and no choices."""
    return Guide(
        id="descale-kettle",
        title="Descale a kettle",
        description="Vinegar, water, a rinse",
        tags=("kitchen",),
        flow=(
            Step("mix", "Mix vinegar and water"),
            Step("boil", "Boil and leave for an hour"),
            Step("rinse", "Rinse twice"),
        ),
    )


def markup_guide() -> Guide:
    """A guide whose text looks like Textual markup, to be shown literally."""
    return Guide(
        id="markup",
        title="[/]",
        description="[bold]not bold[/bold] [link=x]y",
        tags=("[red]",),
        flow=(Step("bold", "[bold]x", "Body with [bold]x and [/] and [$accent]z"),),
    )


INSTALL_COMMAND = (
    "sudo curl -fsSL https://downloads.example.org/tools/keyring.gpg "
    "--output /usr/share/keyrings/example-archive-keyring.gpg --create-dirs"
)


def code_guide() -> Guide:
    """A guide whose second step holds a command far wider than the detail pane."""
    return Guide(
        id="install-tool",
        title="Install the example tool",
        flow=(
            Step("update", "Update the package list", "Run `sudo apt update` first."),
            Step(
                "add-key",
                "Add the signing key",
                f"Fetch the key:\n\n```sh\n{INSTALL_COMMAND}\nls /usr/share/keyrings\n```\n",
            ),
            *(Step(f"later-{n}", f"Later step {n}") for n in range(1, 25)),
        ),
    )


def big_guide(count: int = 2000) -> Guide:
    """A guide with many steps, to check the checklist stays quick."""
    steps = tuple(
        Step(f"s{index}", f"Step number {index}", f"Body {index}") for index in range(count)
    )
    return Guide(id="big", title="A very long guide", flow=steps)


def library_of(*guides: Guide, broken: bool = False) -> Library:
    """Wrap guides in a library, one file each, with an optional broken file last."""
    files = [LoadedFile(Path(f"{guide.id}.md"), (guide,)) for guide in guides]
    if broken:
        files.append(LoadedFile(Path("broken.md"), error=BROKEN_ERROR))
    return Library(tuple(files))
