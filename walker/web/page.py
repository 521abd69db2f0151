"""A web page to guides: structured data first, else the main content through the pipeline.

Every guide records how it was read (``read_from``), and the diagnostics say what was left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from lxml.html import HtmlElement

from walker.model import Diagnostic, Guide, Level, ParseResult
from walker.parse import parse_text
from walker.parse.ids import assign_ids
from walker.parse.read import read_bytes
from walker.parse.text import slugify
from walker.web import read_from_line
from walker.web.cache import read_record
from walker.web.extract import main_content_markdown
from walker.web.jsonld import jsonld_blocks, procedures
from walker.web.structure import page_markdown
from walker.web.structured import guide_from_node, kind_of, plain
from walker.web.tree import PageTree, parse_page, visible_text

_SHOWN_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*+])\s+\S", re.M)
_SHOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)
MAX_LIST_WORK = 1_000_000  # one list of 1,000 items, or a hundred of 100
MAX_COMPARED = 40  # steps looked up in the page's text: enough to tell, and bounded
_URL = re.compile(r"\(?https?://\S+")
_TITLE_TAIL = re.compile(r"\s+[|·–—-]\s+[^|·–—-]{1,60}$")
_LEAD_HEADING = re.compile(r"\s*#{2,6}[ \t]+([^\n]+)")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")


@dataclass(frozen=True)
class Reading:
    """One way of reading a page: its guides and diagnostics, and what to call it."""

    label: str
    result: ParseResult

    @property
    def steps(self) -> int:
        """Count the steps of its first guide that carry text."""
        guide = self.result.guides[0] if self.result.guides else None
        return sum(1 for step in guide.steps() if step.title.strip()) if guide else 0


def parse_page_file(path: Path, source: str | None = None) -> ParseResult:
    """Read a saved or cached page file; a cached page knows its address and content type."""
    record = read_record(path)
    url = record.url if record else ""
    content_type = record.content_type if record else ""
    return parse_page_bytes(read_bytes(path), source or url or str(path), url, content_type)


def parse_page_bytes(
    data: bytes, source: str, url: str = "", content_type: str = ""
) -> ParseResult:
    """Turn a page into guides, choosing between its structured data and its visible text."""
    tree = parse_page(data, content_type)
    page_url = url or _page_url(tree)
    diagnostics = list(tree.diagnostics)
    structured = _structured(tree, page_url, diagnostics)
    page_text = visible_text(tree.root)
    visible = _visible(tree, source, page_url, page_text)
    chosen = _choose(structured, visible, page_text, diagnostics)
    if not chosen.result.guides or chosen.steps == 0:
        diagnostics.append(Diagnostic(Level.WARNING, "no recognisable procedure on this page"))
    guides = [
        _finish(guide, chosen, structured, visible, page_url) for guide in chosen.result.guides
    ]
    for guide in guides:
        diagnostics.insert(0, Diagnostic(Level.INFO, f"read from: {read_from_line(guide)}"))
    # lines of the extracted Markdown mean nothing in the page: diagnostics name none
    found = (replace(d, line=None) for d in chosen.result.diagnostics)
    return ParseResult(source, tuple(guides), (*diagnostics, *found))


def _structured(tree: PageTree, page_url: str, diagnostics: list[Diagnostic]) -> Reading | None:
    """The page's first HowTo or Recipe with instructions (else the first one at all)."""
    blocks, broken = jsonld_blocks(tree.root)
    if broken:
        diagnostics.append(
            Diagnostic(Level.WARNING, f"{broken} JSON-LD block(s) are not valid JSON")
        )
    nodes = procedures(blocks)
    if not nodes:
        return None
    readings = []
    for node in nodes:
        guide, left_out = guide_from_node(node, page_url)
        found = tuple(Diagnostic(Level.INFO, f"left out {what}") for what in left_out)
        guide = replace(guide, read_from=f"JSON-LD {kind_of(node)}")
        readings.append(Reading(f"JSON-LD {kind_of(node)}", ParseResult("", (guide,), found)))
    with_steps = [reading for reading in readings if reading.steps]
    if len(with_steps) > 1:
        diagnostics.append(
            Diagnostic(Level.INFO, f"the page holds {len(with_steps)} procedures; read the first")
        )
    return (with_steps or readings)[0]


def _list_work(tree: PageTree) -> int:
    """The sum of the squares of the pages's list lengths: what extraction would cost."""
    return sum(len(element) ** 2 for element in tree.root.iter("ol", "ul"))


def _share(part: str, whole: str) -> int:
    """Roughly what share of a page's words a Markdown extract kept, in percent."""
    kept = len(_URL.sub(" ", part).split())
    return min(100, round(100 * kept / max(1, len(whole.split()))))


def _visible(tree: PageTree, source: str, page_url: str, page_text: str) -> Reading:
    """The page's visible instructions: trafilatura's main content, or the page's own structure."""
    front = _frontmatter(tree, page_url)
    own, dropped = page_markdown(tree.root, page_url)
    structure = Reading("page structure", parse_text(front + own, source))
    left_out = f"left out {dropped} furniture element(s)"
    if _list_work(tree) > MAX_LIST_WORK:  # the extractor's list numbering is quadratic
        why = "the page's lists are too long for main-content extraction"
        return _noted(structure, f"{why}; read the page's own structure ({left_out})")
    extracted = _title_as_title(main_content_markdown(tree.text), _page_title(tree))
    main = Reading("main content", parse_text(front + extracted, source))
    lost = _shown(own) - _shown(extracted)
    if structure.steps > main.steps and (lost >= 3 or main.steps == 0):
        why = f"the extracted main content lost {lost} list item(s) or heading(s) the page shows"
        return _noted(structure, f"{why}; read the page's own structure instead ({left_out})")
    share = _share(extracted, page_text)
    return _noted(
        main,
        f"kept the main content (about {share}% of the page's text); "
        "left out navigation, sidebars, comments and other page furniture",
    )


def _noted(reading: Reading, message: str) -> Reading:
    """A reading with a note of how it was made before its own diagnostics."""
    note = Diagnostic(Level.INFO, message)
    return replace(
        reading, result=replace(reading.result, diagnostics=(note, *reading.result.diagnostics))
    )


def _shown(markdown: str) -> int:
    return len(_SHOWN_LIST_ITEM.findall(markdown)) + len(_SHOWN_HEADING.findall(markdown))


def _choose(
    structured: Reading | None, visible: Reading, page_text: str, diagnostics: list[Diagnostic]
) -> Reading:
    """Structured data when it has as many steps as the visible page, or when the page shows
    the same steps and its visible reading is not twice as long (other lists inflate it)."""
    if structured is None:
        return visible
    shown = _shown_on_page(structured, page_text) and visible.steps < 2 * structured.steps
    if structured.steps and (shown or structured.steps >= visible.steps):
        if visible.steps and structured.steps != visible.steps:
            diagnostics.append(
                Diagnostic(
                    Level.INFO,
                    f"the page's visible instructions give {visible.steps} step(s), its "
                    f"{structured.label} {structured.steps}: took the {structured.label}",
                )
            )
        return structured
    if not visible.steps:
        return visible
    diagnostics.append(
        Diagnostic(
            Level.INFO,
            f"the page's {structured.label} gives {structured.steps} step(s), its visible "
            f"instructions {visible.steps}: took the visible ones",
        )
    )
    return visible


def _shown_on_page(reading: Reading, page_text: str) -> bool:
    """Say whether most of a reading's steps appear, word for word, in the page's visible text."""
    steps = [step for guide in reading.result.guides for step in guide.steps()][:MAX_COMPARED]
    if not steps:
        return False
    text = _comparable(page_text)
    shown = sum(1 for step in steps if _comparable(step.title)[:60] in text)
    return shown >= 0.8 * len(steps)


def _comparable(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _finish(
    guide: Guide, chosen: Reading, structured: Reading | None, visible: Reading, url: str
) -> Guide:
    """Fill what the chosen reading lacks from the other, give ids, record how it was read."""
    other = visible if chosen is structured else structured
    read_from = chosen.label
    spare = other.result.guides[0] if other and other.result.guides else None
    if spare is not None:
        borrowed = []
        if not guide.prerequisites and spare.prerequisites:
            guide = replace(guide, prerequisites=spare.prerequisites)
            borrowed.append("prerequisites")
        if guide.time_minutes is None and spare.time_minutes:
            guide = replace(guide, time_minutes=spare.time_minutes)
        if not guide.title and spare.title:
            guide = replace(guide, title=spare.title)
        if not guide.description and spare.description:
            guide = replace(guide, description=spare.description)
        if not guide.image and spare.image:
            guide = replace(guide, image=spare.image)
        if borrowed:
            read_from = f"{chosen.label} + {other.label if other else ''}"
    guide = replace(guide, source_url=url or guide.source_url, read_from=read_from, line=None)
    if not guide.id:
        guide = replace(guide, id=slugify(guide.title, "page"))
    guide, _ = assign_ids(guide)
    return guide


def _page_url(tree: PageTree) -> str:
    """The page's own address, from its canonical link or og:url, when it is a web address."""
    for path in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        for value in tree.root.xpath(path):
            if str(value).startswith(("http://", "https://")):
                return str(value)
    return ""


def _names_the_site(value: object) -> bool:
    """A heading that is only a link to the site's home page is its name (a logo), no title."""
    if not isinstance(value, HtmlElement):
        return False
    links = value.xpath(".//a[@href]")
    if len(links) != 1 or links[0].text_content().strip() != value.text_content().strip():
        return False
    return urlsplit(links[0].get("href")).path in ("", "/")


def _title_as_title(markdown: str, title: str) -> str:
    """The extract's leading heading, when the page's title opens with it, is the title (an
    H1), not a section that would hold the whole guide."""
    match = _LEAD_HEADING.match(markdown)
    if match is None or not title:
        return markdown
    heading = _comparable(_MARKDOWN_LINK.sub(r"\1", match.group(1)))
    if not heading or not _comparable(title).startswith(heading):  # "Title | Site" repeats it
        return markdown
    return "# " + markdown[match.start(1) :]


def _frontmatter(tree: PageTree, url: str) -> str:
    """Frontmatter naming the page's title and address, for the Markdown pipeline."""
    title = _page_title(tree)
    meta = {key: value for key, value in (("title", title), ("source", url)) if value}
    if not meta:
        return ""
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, width=1000) + "---\n\n"


def _page_title(tree: PageTree) -> str:
    """The page's title: og:title, else its first <h1> that is not the site's name, else <title>."""
    title = ""
    for path in ("//meta[@property='og:title']/@content", "//h1", "//title"):
        found = [value for value in tree.root.xpath(path) if not _names_the_site(value)]
        if found:
            value = found[0] if isinstance(found[0], str) else found[0].text_content()
            title = plain(str(value))
            if title:
                break
    return _TITLE_TAIL.sub("", title) if len(title) > 20 else title
