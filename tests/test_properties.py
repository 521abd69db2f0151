"""Property tests: arbitrary text never breaks the parser's promises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from property_limits import CONTROL, SCALE

from walker.model import Choice, Guide, Node, Section
from walker.parse import parse_text

MARKDOWN_BITS = st.sampled_from(
    [
        "# ",
        "## ",
        "### ",
        "#### Step 1",
        "Step 2: ",
        "1. ",
        "2. ",
        "1\\. ",
        "- ",
        "* ",
        "> ",
        "> [!NOTE]",
        "**Step 3**: ",
        "Tip: ",
        "Method 1: ",
        "## Method 2",
        "Option A",
        "## Prerequisites",
        "## Alternatives to it",
        "---\n",
        "```\n",
        "<ins>",
        "<!-- ad begin -->",
        "{#id}",
        "{#id}",
        "[x](#a)",
        "![i](u)",
        "\n",
        "\n\n",
        "\x1b[31m",
        "\x00",
        "\u0085",
        "[/]",
    ]
)
ARTICLE = st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=30)), max_size=40).map("".join)


def all_ids(guide: Guide) -> list[str]:
    ids = [p.id for p in guide.prerequisites]

    def walk(flow: tuple[Node, ...]) -> None:
        for node in flow:
            ids.append(node.id)
            if isinstance(node, Section):
                walk(node.flow)
            elif isinstance(node, Choice):
                for branch in node.branches:
                    ids.append(branch.id)
                    walk(branch.flow)

    walk(guide.flow)
    return ids


def assert_promises(text: str) -> None:
    result = parse_text(text)
    second = parse_text(text)
    assert result == second  # deterministic: same ids on every parse
    for guide in result.guides:
        ids = all_ids(guide)
        assert len(ids) == len(set(ids))
        assert all(ids)
        texts = [guide.title, guide.description, *guide.tags]
        texts += [p.text for p in guide.prerequisites] + [c.text for c in guide.callouts]
        for step in guide.steps():
            assert "\n" not in step.title
            texts += [step.title, step.body, *(c.text for c in step.callouts)]
        assert not any(CONTROL.search(text) for text in texts)


@settings(max_examples=150 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_markdown_like_text_keeps_the_promises(text: str) -> None:
    assert_promises(text)


@settings(max_examples=100 * SCALE, deadline=None)
@given(st.text())
def test_any_text_keeps_the_promises(text: str) -> None:
    assert_promises(text)


@settings(max_examples=60 * SCALE, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=12))
def test_pinned_ids_stay_unique(titles: list[str]) -> None:
    text = "# T\n\n" + "\n".join(f"1. {title} {{#same}}" for title in titles)
    assert_promises(text)


FRONTMATTER_VALUES = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["\\u001b[31m", "\\u009b2J", ".inf", "-.nan", "²", "1e400", "PT99999999H"]),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
)


def quoted(value: object) -> str:
    """A YAML scalar holding the value (strings in double quotes, escapes kept)."""
    if isinstance(value, str):
        return '"' + value.replace('"', "") + '"'
    return str(value)


@settings(max_examples=150 * SCALE, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "title": FRONTMATTER_VALUES,
            "time": FRONTMATTER_VALUES,
            "id": FRONTMATTER_VALUES,
            "tags": st.lists(FRONTMATTER_VALUES, max_size=3),
        }
    ),
    ARTICLE,
)
def test_frontmatter_never_crashes_or_leaks_control_characters(
    meta: dict[str, object], body: str
) -> None:
    tags = ", ".join(quoted(tag) for tag in meta["tags"])  # type: ignore[attr-defined]
    header = (
        f"title: {quoted(meta['title'])}\ntime: {quoted(meta['time'])}\n"
        f"id: {quoted(meta['id'])}\ntags: [{tags}]\n"
    )
    result = parse_text(f"---\n{header}---\n{body}")
    for guide in result.guides:
        strings = [guide.id, guide.title, guide.description, *guide.tags]
        strings += [p.text for p in guide.prerequisites] + [c.text for c in guide.callouts]
        assert not any(CONTROL.search(text) for text in strings)
        assert "/" not in guide.id and ".." not in guide.id
