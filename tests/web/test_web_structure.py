"""The fallback reading of a page's own structure, element by element."""

from __future__ import annotations

from walker.web.structure import page_markdown
from walker.web.tree import parse_page


def markdown(html: str) -> str:
    return page_markdown(parse_page(html.encode()).root, "https://site.example/post/")[0]


def test_furniture_is_left_out_by_element_role_and_class_but_not_wrappers() -> None:
    text = markdown(
        '<body><div class="content-sidebar-wrap"><div class="entry">'
        "<h1>Hang a shelf</h1><ol><li>Mark the wall.</li></ol></div>"
        '<div class="sidebar-primary"><ol><li>Buy our drill</li></ol></div>'
        '<div id="comments"><p>Great post</p></div><div role="navigation">Home</div>'
        '<div style="display: none">Hidden offer</div><nav>Menu</nav>'
        '<div class="site-footer">Copyright</div></div></body>'
    )
    assert "# Hang a shelf" in text and "1. Mark the wall." in text
    for furniture in ("drill", "Great post", "Home", "Hidden", "Menu", "Copyright"):
        assert furniture not in text


def test_the_main_region_wins_over_the_rest_of_the_body() -> None:
    text = markdown("<body><p>Top promo</p><main><h1>Brew tea</h1><p>Boil water.</p></main></body>")
    assert "Top promo" not in text and "Boil water." in text


def test_lists_keep_their_numbers_and_step_labels_number_a_bullet_list() -> None:
    text = markdown(
        '<main><ol start="4"><li>Sand it.</li></ol>'
        "<ul><li><h5>Step 1</h5><p>Open the tin.</p></li><li><h5>Step 2</h5><p>Stir.</p></li></ul>"
        "<ul><li><h4>Finishing</h4></li><li>Step 3 Wipe the brush.</li></ul></main>"
    )
    assert "4. Sand it." in text
    assert "1. ##### Step 1\n\n   Open the tin." in text
    assert "#### Finishing\n\n1. Step 3 Wipe the brush." in text


def test_a_list_straight_inside_a_list_is_read_in_place() -> None:
    text = markdown(
        "<main><ul><ul><li>Loosen the bolt.</li><li>Lift the wheel.</li></ul></ul></main>"
    )
    assert "- Loosen the bolt.\n\n- Lift the wheel." in text


def test_code_links_images_and_markup_characters() -> None:
    text = markdown(
        '<main><p>Run <code>make *all*</code> then read <a href="/docs">the docs</a>.</p>'
        '<pre>line one\nline two</pre><img src="pic.png" alt="a pic">'
        '<p><a href="javascript:alert(1)">click</a> 1. not a list *really*</p></main>'
    )
    assert "`make *all*`" in text
    assert "[the docs](https://site.example/docs)" in text
    assert "```\nline one\nline two\n```" in text
    assert "![a pic](https://site.example/post/pic.png)" in text
    assert "javascript" not in text and "click 1. not a list \\*really\\*" in text


def test_a_blockquote_under_a_heading_indents_the_section_and_is_read_in_place() -> None:
    text = markdown(
        "<body><h2>Fit the bracket</h2><blockquote><p>Hold the bracket level."
        "<h3>Drilling</h3><ul><li>Mark both holes.</li></ul></blockquote>"
        "<p>As one reader wrote:</p><blockquote><p>It took me ten minutes.</p></blockquote></body>"
    )
    assert "## Fit the bracket\n\nHold the bracket level.\n\n### Drilling\n\n- Mark both" in text
    assert "> It took me ten minutes." in text


def test_a_paragraph_of_nothing_but_code_is_a_code_block_with_its_lines() -> None:
    text = markdown(
        "<main><p>Then type:<p><code>cd /srv/app<br>make install</code>"
        "<p>Run <code>make</code> again if it stops.</p></main>"
    )
    assert "Then type:\n\n```\ncd /srv/app\nmake install\n```" in text
    assert "Run `make` again if it stops." in text
