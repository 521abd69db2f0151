"""Raw HTML inside Markdown: read as the blocks it stands for, furniture left as HTML."""

from __future__ import annotations

from walker.parse.blocks import Kind, to_blocks
from walker.parse.clean.html import html_to_markdown
from walker.parse.clean.raw_html import read_html


def test_an_html_list_becomes_a_markdown_list_on_its_own_lines() -> None:
    html = "<ol>\n  <li>Boil the kettle.</li>\n  <li>Warm the <strong>pot</strong>.</li>\n</ol>"
    blocks = to_blocks(html_to_markdown(html))
    assert [b.kind for b in blocks] == [Kind.LIST]
    assert [item.text for item in blocks[0].items] == ["Boil the kettle.", "Warm the pot."]
    assert [item.line for item in blocks[0].items] == [2, 3]


def test_numbered_paragraphs_stay_paragraphs() -> None:
    blocks = to_blocks(html_to_markdown("<p>1) Rinse the rice.</p>\n<p>2) Drain it.</p>"))
    assert [(b.kind, b.text) for b in blocks] == [
        (Kind.PARAGRAPH, "1) Rinse the rice."),
        (Kind.PARAGRAPH, "2) Drain it."),
    ]


def test_text_that_looks_like_markdown_is_escaped() -> None:
    blocks = to_blocks(html_to_markdown("<p># not a heading *or emphasis* [nor a link]</p>"))
    assert blocks[0].kind is Kind.PARAGRAPH
    assert blocks[0].text == "# not a heading *or emphasis* [nor a link]"


def test_code_keeps_its_line_breaks_and_language() -> None:
    html = '<pre><code class="language-sh">make\nmake install</code></pre>'
    blocks = to_blocks(html_to_markdown(html))
    assert blocks[0].kind is Kind.CODE
    assert blocks[0].text == "make\nmake install\n"
    assert blocks[0].source.startswith("```sh")


def test_ads_scripts_and_share_widgets_are_left_for_the_furniture_rule() -> None:
    html = (
        '<p>Keep this.</p><script>var a = "<p>not text</p>";</script>'
        '<ins class="adsbygoogle"><p>an ad</p></ins><div class="share-buttons">Share</div>'
    )
    markdown = html_to_markdown(html)
    assert "not text" not in markdown and "an ad" not in markdown and "Share" not in markdown
    kinds = [b.kind for b in to_blocks(markdown)]
    assert kinds == [Kind.PARAGRAPH, Kind.HTML, Kind.HTML, Kind.HTML]


def test_details_become_a_section_that_closes() -> None:
    blocks = to_blocks(
        "## Install\n\n<details>\n<summary>On Linux</summary>\n\nRun it.\n\n</details>\n"
    )
    kept, _ = read_html(blocks)
    assert [(b.kind, b.level, b.text) for b in kept] == [
        (Kind.HEADING, 2, "Install"),
        (Kind.HEADING, 3, "On Linux"),
        (Kind.PARAGRAPH, 0, "Run it."),
        (Kind.CLOSE, 3, ""),
    ]


def test_hostile_nesting_and_unclosed_tags_are_read_in_one_pass() -> None:
    deep = "<div>" * 100_000 + "<p>still here" + "</span>" * 100_000
    assert "still here" in html_to_markdown(deep)
    lists = "<ul><li>" * 20_000 + "bottom"
    assert "bottom" in html_to_markdown(lists)
    emphasis = "<b><i>" * 20_000 + "loud"
    assert html_to_markdown(emphasis).count("*") <= 6


def test_the_rule_fixture_parses_to_its_golden() -> None:
    import json
    from pathlib import Path

    from walker.parse import parse_file
    from walker.render.json_out import result_to_dict

    fixture = Path(__file__).parent / "rules" / "raw-html-blocks.md"
    golden = json.loads(fixture.with_suffix(".json").read_text("utf-8"))
    assert result_to_dict(parse_file(fixture, fixture.name)) == golden
