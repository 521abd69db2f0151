"""Pages to guides: structured data, main content, the page's structure, hostile input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from walker.model import Choice, Guide, Section, Step
from walker.web.page import parse_page_bytes, parse_page_file

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> Guide:
    result = parse_page_file(PAGES / name)
    assert len(result.guides) == 1
    return result.guides[0]


def messages(name: str) -> list[str]:
    return [d.message for d in parse_page_file(PAGES / name).diagnostics]


def titles(guide: Guide) -> list[str]:
    return [step.title for step in guide.steps()]


def jsonld_page(data: object, body: str = "") -> bytes:
    script = json.dumps(data)
    return (
        f'<html><head><script type="application/ld+json">{script}</script></head>'
        f"<body>{body}</body></html>".encode()
    )


def test_a_recipe_card_reads_from_its_json_ld() -> None:
    guide = page("recipe_card.html")
    assert guide.read_from == "JSON-LD Recipe"
    assert guide.title == "Lentil Soup with Lemon"
    assert titles(guide)[3] == "Blend half of the soup & stir it back in."
    assert [p.text for p in guide.prerequisites][:2] == ["1 onion, diced", "2 carrots, diced"]
    assert guide.time_minutes == 50  # prepTime + cookTime
    assert guide.source_url == "https://weeknight.example/lentil-soup/"
    assert guide.tags == ("soup", "lentils", "vegetarian")
    assert "read from: JSON-LD Recipe · 5 steps" in messages("recipe_card.html")


def test_a_howto_keeps_sections_tips_supplies_and_time() -> None:
    guide = page("howto_sections.html")
    assert [node.title for node in guide.flow] == ["Remove the old chain", "Fit the new chain"]
    assert all(isinstance(node, Section) for node in guide.flow)
    first = next(guide.steps())
    assert first.title == "Shift to the smallest cog"
    assert first.body == "Shift to the smallest rear cog so the chain is slack."
    assert [c.text for c in first.callouts] == ["A work stand makes this much easier."]
    assert titles(guide)[2] == "Thread the new chain through the derailleur without twisting it."
    assert [p.text for p in guide.prerequisites] == [
        "A new chain of the right width",
        "Chain lube",
        "Chain tool",
    ]
    assert guide.time_minutes == 70
    assert "read from: JSON-LD HowTo · 4 steps · 2 sections" in messages("howto_sections.html")


def test_a_blog_post_keeps_its_steps_and_drops_the_furniture() -> None:
    guide = page("blog_steps.html")
    assert guide.read_from == "main content"
    assert titles(guide) == [
        "Find the reset button",
        "Hold the button down",
        "Wait for the lights",
        "Set it up again",
    ]
    text = " ".join(f"{step.title} {step.body}" for step in guide.steps())
    for furniture in ("Sponsored", "Facebook", "Related", "thirty seconds", "modem", "Sign up"):
        assert furniture not in text


def test_docs_tabs_become_a_choice_with_the_prerequisites() -> None:
    guide = page("docs_tabs.html")
    choice = guide.flow[0]
    assert isinstance(choice, Choice)
    assert [branch.title for branch in choice.branches] == ["Windows", "macOS", "Linux"]
    assert [p.text for p in guide.prerequisites] == [
        "An account on the Driftwood dashboard",
        "Administrator rights on your computer",
    ]
    assert guide.step_count == 7
    assert "Introduction" not in " ".join(titles(guide))


def test_methods_are_a_choice_and_things_you_need_are_prerequisites() -> None:
    guide = page("wiki_methods.html")
    choice = guide.flow[0]
    assert isinstance(choice, Choice)
    assert [len(list(b.flow)) for b in choice.branches] == [3, 3]
    assert "Steel wool" in [p.text for p in guide.prerequisites]


def test_a_page_without_a_procedure_says_so() -> None:
    result = parse_page_file(PAGES / "no_procedure.html")
    assert sum(guide.step_count for guide in result.guides) == 0
    assert "no recognisable procedure on this page" in [d.message for d in result.diagnostics]


def test_visible_steps_win_when_the_structured_data_has_fewer() -> None:
    data = {"@type": "Recipe", "name": "Toast", "recipeInstructions": "Make the toast."}
    body = (
        "<h1>Toast</h1><h2>Method</h2><ol><li>Slice the bread thickly.</li>"
        "<li>Toast it until golden.</li><li>Butter it while it is hot.</li></ol>"
    )
    result = parse_page_bytes(jsonld_page(data, body), "toast.html")
    guide = result.guides[0]
    assert titles(guide) == [
        "Slice the bread thickly.",
        "Toast it until golden.",
        "Butter it while it is hot.",
    ]
    said = " ".join(d.message for d in result.diagnostics)
    assert "JSON-LD Recipe gives 1 step(s), its visible instructions 3" in said


def test_structured_data_of_every_shape() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["Recipe", "NewsArticle"],
                "name": "Flatbread &amp; dip",
                "RecipeInstructions": (
                    "<ol><li>Mix the <b>flour</b> and water.</li>"
                    "<li>Knead for 5 minutes.</li></ol>\n3. Rest the dough."
                ),
                "ingredients": "2 cups flour\n1 cup water",
                "totalTime": "pt1h5m",
            }
        ],
    }
    guide = parse_page_bytes(jsonld_page(data), "flat.html").guides[0]
    assert guide.title == "Flatbread & dip"
    assert titles(guide) == ["Mix the flour and water.", "Knead for 5 minutes.", "Rest the dough."]
    assert [p.text for p in guide.prerequisites] == ["2 cups flour", "1 cup water"]
    assert guide.time_minutes == 65


def test_sections_named_as_methods_are_a_choice() -> None:
    data = {
        "@type": "HowTo",
        "name": "Open a jar",
        "step": [
            {
                "@type": "HowToSection",
                "name": "Method 1: Tap it",
                "itemListElement": [{"@type": "HowToStep", "text": "Tap the lid on the table."}],
            },
            {
                "@type": "HowToSection",
                "name": "Method 2: Warm it",
                "itemListElement": [{"@type": "HowToStep", "text": "Run the lid under hot water."}],
            },
        ],
    }
    guide = parse_page_bytes(jsonld_page(data), "jar.html").guides[0]
    assert isinstance(guide.flow[0], Choice)
    assert [b.title for b in guide.flow[0].branches] == ["Method 1: Tap it", "Method 2: Warm it"]


def test_broken_json_ld_is_reported_and_the_page_still_read() -> None:
    html = (
        b'<script type="application/ld+json">{"@type": "HowTo", </script>'
        b"<h1>Fix it</h1><ol><li>Turn it off.</li><li>Turn it on.</li></ol>"
    )
    result = parse_page_bytes(html, "broken.html")
    assert result.guides[0].step_count == 2
    assert "1 JSON-LD block(s) are not valid JSON" in [d.message for d in result.diagnostics]


def test_scripts_markup_and_escape_sequences_stay_text() -> None:
    html = (
        b"<h1>Careful</h1><script>document.write('<ol><li>Run me</li></ol>')</script>"
        b"<ol><li>Type [bold]this[/bold] \x1b[31mred\x1b[0m now.</li><li>Press *enter*.</li></ol>"
    )
    guide = parse_page_bytes(html, "hostile.html").guides[0]
    text = " ".join(f"{step.title} {step.body}" for step in guide.steps())
    assert "Run me" not in text
    assert "\x1b" not in text and "\ufffd" in text
    assert "[bold]this[/bold]" in text


def test_a_hundred_thousand_nested_divs_are_cut_with_a_message() -> None:
    depth = 100_000
    html = ("<h1>Deep</h1>" + "<div>" * depth + "<p>inside</p>" + "</div>" * depth).encode()
    result = parse_page_bytes(html, "deep.html")
    said = [d.message for d in result.diagnostics]
    assert any("nests elements more than 256 deep" in message for message in said)


def test_a_page_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    from walker.errors import WalkerError

    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"a" * (11 * 1024 * 1024))
    with pytest.raises(WalkerError, match=r"big\.html: the file is over the 10 MiB limit"):
        parse_page_file(big)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ('<meta charset="iso-8859-1"><h1>Crème</h1><ol><li>Stir the crème.</li></ol>', "latin-1"),
        ("<h1>Crème</h1><ol><li>Stir the crème.</li></ol>", "utf-8"),
    ],
)
def test_the_page_charset_is_honoured(data: str, encoding: str) -> None:
    guide = parse_page_bytes(data.encode(encoding), "creme.html").guides[0]
    assert titles(guide) == ["Stir the crème."]


def test_steps_keep_ids_when_one_step_changes() -> None:
    before = page("recipe_card.html")
    changed = (PAGES / "recipe_card.html").read_bytes().replace(b"eight minutes", b"ten minutes")
    after = parse_page_bytes(changed, "recipe_card.html").guides[0]
    kept = {step.id for step in before.steps()} & {step.id for step in after.steps()}
    assert len(kept) == before.step_count - 1
    assert isinstance(next(after.steps()), Step)


def test_a_very_long_list_skips_the_quadratic_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> str:
        raise AssertionError("the extractor numbers list items in quadratic time")

    monkeypatch.setattr("walker.web.page.main_content_markdown", refuse)
    items = "".join(f"<li>Turn dial {n} a quarter turn.</li>" for n in range(1500))
    result = parse_page_bytes(f"<h1>Dials</h1><ol>{items}</ol>".encode(), "dials.html")
    assert result.guides[0].step_count == 1500
    said = " ".join(d.message for d in result.diagnostics)
    assert "too long for main-content extraction" in said


def test_a_page_showing_twice_the_structured_steps_is_read_from_what_it_shows() -> None:
    data = {
        "@type": "HowTo",
        "name": "Wax skis",
        "step": ["Clean the base.", "Iron on the wax."],
    }
    details = "".join(
        f"<li>{text}</li>"
        for text in (
            "Clean the base.",
            "Scrape off the old wax with a plastic scraper.",
            "Iron on the wax.",
            "Let it cool for half an hour.",
            "Scrape the new wax thin.",
            "Brush the base from tip to tail.",
        )
    )
    result = parse_page_bytes(jsonld_page(data, f"<h1>Wax skis</h1><ol>{details}</ol>"), "ski.html")
    assert result.guides[0].step_count == 6
    assert not result.guides[0].read_from.startswith("JSON-LD")


def test_a_heading_linking_home_names_the_site_and_the_post_heading_is_the_title() -> None:
    body = (
        '<header><h1><a href="/">Pat\'s <b>Workshop</b></a></h1></header><article>'
        '<h2><a href="/2024/oil-a-hinge/">Oil a squeaky hinge</a></h2>'
        "<p>A squeaky door hinge takes two minutes to fix, and you need nothing special.</p>"
        "<ol><li>Lift the hinge pin out with a screwdriver.</li>"
        "<li>Wipe the pin clean and coat it with light oil.</li>"
        "<li>Push the pin back in and swing the door a few times.</li></ol></article>"
    )
    html = "<html><head><title>Oil a squeaky hinge | Tips | Pat's Workshop</title></head>"
    guide = parse_page_bytes(f"{html}<body>{body}</body></html>".encode(), "hinge.html").guides[0]
    assert guide.title == "Oil a squeaky hinge"
    assert [type(node) for node in guide.flow] == [Step, Step, Step]


@pytest.mark.parametrize(
    "image",
    [
        "https://site.example/soup.jpg",
        ["https://site.example/soup.jpg", "https://site.example/soup-wide.jpg"],
        {"@type": "ImageObject", "url": "https://site.example/soup.jpg"},
    ],
    ids=["text", "list", "image-object"],
)
def test_the_structured_image_is_kept_in_the_metadata_and_the_json(image: object) -> None:
    from walker.render.json_out import result_to_dict

    data = {"@type": "Recipe", "name": "Soup", "image": image, "recipeInstructions": "Stir it."}
    result = parse_page_bytes(jsonld_page(data), "soup.html")
    assert result.guides[0].image == "https://site.example/soup.jpg"
    assert result_to_dict(result)["guides"][0]["image"] == "https://site.example/soup.jpg"


def test_the_visible_reading_borrows_the_structured_image_and_a_script_address_is_refused() -> None:
    data = {"@type": "Recipe", "name": "Toast", "image": "https://site.example/toast.jpg"}
    body = (
        "<h1>Toast</h1><ol><li>Slice the bread thickly.</li><li>Toast it until golden.</li>"
        "<li>Butter it while it is hot.</li></ol>"
    )
    guide = parse_page_bytes(jsonld_page(data, body), "toast.html").guides[0]
    assert not guide.read_from.startswith("JSON-LD") and guide.image.endswith("toast.jpg")
    data["image"] = "javascript:alert(1)"
    assert parse_page_bytes(jsonld_page(data, body), "toast.html").guides[0].image == ""
