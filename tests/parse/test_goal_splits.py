"""Sections with another day's goal (uninstalling, restoring ...) become guides of their own."""

from __future__ import annotations

from walker.parse import parse_text

TWO_RESTORES = """# Keep a garden journal

## Paper journal

### Start a paper journal

1. Buy a ruled notebook.
2. Write the date and the weather on each page.

### Restore from a paper copy

1. Find the last photocopy.
2. Copy its pages into a new notebook.

## App journal

### Start an app journal

1. Install the journal app.
2. Make one entry a day.

### Restore from an app export

1. Open the app settings.
2. Import the exported file.
"""


def titles(text: str) -> list[str]:
    return [guide.title for guide in parse_text(text, "t.md").guides]


def test_sections_of_one_goal_at_one_level_make_one_guide_under_their_shared_words() -> None:
    assert titles(TWO_RESTORES) == ["Keep a garden journal", "Restore"]


def test_an_article_whose_title_names_the_goal_stays_whole() -> None:
    text = (
        "# Uninstalling old printers\n\n"
        "## Uninstalling the driver\n\n1. Open the list.\n2. Pick it.\n"
    )
    assert titles(text) == ["Uninstalling old printers"]


def test_a_goal_section_without_a_procedure_of_its_own_stays_in_the_guide() -> None:
    text = (
        "# Plant bulbs\n\n1. Dig holes.\n2. Drop the bulbs in.\n\n"
        "## Removing bulbs\n\nLift them with a fork once the leaves die back.\n"
    )
    assert titles(text) == ["Plant bulbs"]
