"""Any page at all, however broken, gives guides and diagnostics: never a traceback."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from property_limits import CONTROL, SCALE

from walker.model import ParseResult
from walker.web.page import parse_page_bytes

HTML_BITS = st.sampled_from(
    [
        "<ol>",
        "</ol>",
        "<ul>",
        "<li>",
        "</li>",
        "<h1>",
        "<h2>",
        "</h2>",
        "<p>",
        "<div>",
        "</div>",
        "<pre>",
        "<nav>",
        "<aside class='sidebar'>",
        "<article>",
        "<main>",
        "<br>",
        "<a href='javascript:x'>",
        "<img src='x.png'>",
        "<table><tr><td>",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        '<script type="application/ld+json">',
        "&amp;",
        "&#0;",
        "Step 1",
        "Method 2:",
        "\x1b[31m",
        "[bold]",
        "Mix the flour.",
        "\n",
        " ",
    ]
)
JSON_BITS = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=20)
    | st.sampled_from(["HowTo", "Recipe", "HowToStep", "HowToSection", "PT5M", "<b>x</b>"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "@type",
                    "name",
                    "text",
                    "step",
                    "recipeInstructions",
                    "itemListElement",
                    "recipeIngredient",
                    "totalTime",
                    "@graph",
                    "supply",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def check(result: ParseResult) -> None:
    for guide in result.guides:
        texts = [guide.title, guide.description, *(p.text for p in guide.prerequisites)]
        texts += [callout.text for callout in guide.callouts]
        for step in guide.steps():
            texts += [step.title, step.body, *(c.text for c in step.callouts)]
            texts += [image.url for image in step.images]
        assert not any(CONTROL.search(text) for text in texts)


@settings(max_examples=30 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HTML_BITS | st.text(max_size=8), max_size=40))
def test_any_markup_soup_is_read(parts: list[str]) -> None:
    check(parse_page_bytes("".join(parts).encode("utf-8", "surrogatepass"), "soup.html"))


@settings(max_examples=30 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON_BITS)
def test_any_structured_data_is_read(data: object) -> None:
    block = json.dumps({"@type": "HowTo", "step": data}).replace("</", "<\\/")
    html = f'<script type="application/ld+json">{block}</script><h1>T</h1><ol><li>Go.</li></ol>'
    check(parse_page_bytes(html.encode(), "data.html"))
