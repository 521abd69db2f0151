"""Small text helpers shared by every pass: numbers, sentences, titles, slugs, pinned ids."""

from __future__ import annotations

import re
import unicodedata

from walker.parse.vocabulary import (
    ABBREVIATION,
    IMPERATIVE_VERBS,
    LEAD_INS,
    NOT_BARE_VERB_ENDINGS,
    NOT_VERBS,
    OBJECT_WORDS,
    SEO_TITLE_WORDS,
)

NUMBERED = re.compile(r"^\s*(\d{1,3})\s*[.)](?!\d)\s*(?=\S)")
MAX_HEADING_LEVEL = 6
TAB_LINK = re.compile(r"\]\(#tab/", re.I)  # DocFX tab headings: "# [Portal](#tab/portal)"
PINNED_ID = re.compile(r"\s*\{#([A-Za-z0-9][\w-]*)\}\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
MAX_TITLE = 120
MAX_AUTHORED_TITLE = 300


_DIRECTIVE_OPENER = re.compile(r"\{[%{]")


def split_template_directives(text: str) -> list[str]:
    """Split text around template directives: [text, directive, text, ..., text].

    Directives are Jinja/Liquid ``{% ... %}`` and Hugo ``{{ ... }}`` shortcodes, each running
    to its first closer, across lines. One left-to-right scan: an opener whose closer is
    missing ends the search for that closer, since no later opener can find it (the regex
    ``\\{%.*?%\\}|\\{\\{.*?\\}\\}`` retried to the end from every opener).
    """
    parts: list[str] = []
    copied = position = 0
    unclosed: set[str] = set()
    while opener := _DIRECTIVE_OPENER.search(text, position):
        start = opener.start()
        closer = "%}" if text[start + 1] == "%" else "}}"
        end = -1 if closer in unclosed else text.find(closer, start + 2)
        if end == -1:
            unclosed.add(closer)
            position = start + 1
            continue
        parts += [text[copied:start], text[start : end + 2]]
        copied = position = end + 2
    parts.append(text[copied:])
    return parts


def remove_template_directives(text: str) -> str:
    """Remove template directives (see ``split_template_directives``) from text."""
    return "".join(split_template_directives(text)[::2])


def pinned_id(text: str) -> tuple[str, str]:
    """Split a trailing ``{#id}`` off a title: (title, id or '')."""
    match = PINNED_ID.search(text)
    if not match:
        return text, ""
    return text[: match.start()].rstrip(), match.group(1).lower()


def sentences(text: str) -> list[str]:
    """Split plain text into sentences (not after "e.g.", "no.", "approx." and the like)."""
    found: list[str] = []
    for part in _SENTENCE_END.split(" ".join(text.split())):
        if found and ABBREVIATION.search(found[-1]):
            found[-1] = f"{found[-1]} {part.strip()}"
        elif part.strip():
            found.append(part.strip())
    return found


def first_sentence(text: str) -> str:
    """Return the first sentence of plain text."""
    parts = sentences(text)
    return parts[0] if parts else ""


def one_line(text: str, limit: int = MAX_TITLE) -> tuple[str, bool]:
    """Collapse text to one line of at most ``limit`` characters; say whether it was cut."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat, False
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…", True


def is_imperative(text: str) -> bool:
    """Tell whether text reads as an instruction (starts with a verb, maybe after 'First,').

    A known verb, or an unknown first word followed by an object word ("Queue a job").
    """
    rest = LEAD_INS.sub("", text.strip(), count=1)
    rest = LEAD_INS.sub("", rest, count=1)
    clause = re.split(r"[.!?;:]", rest, maxsplit=1)[0]
    words = [word.lower() for word in re.findall(r"[A-Za-z][A-Za-z'-]*", clause)]
    if not words:
        return False
    first = words[0]
    if first in IMPERATIVE_VERBS or first.split("-")[-1] in IMPERATIVE_VERBS:
        return True
    follows_object = len(words) > 1 and words[1] in OBJECT_WORDS
    return follows_object and first not in NOT_VERBS and not first.endswith(NOT_BARE_VERB_ENDINGS)


def is_gerund_task(text: str) -> bool:
    """Tell whether text names a task by a known verb's -ing form ("Removing the old filter")."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text.strip())
    if len(words) < 2 or not words[0].lower().endswith("ing"):
        return False
    stem = words[0].lower()[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return any(form in IMPERATIVE_VERBS for form in (stem, stem + "e", doubled))


def lead_in_markdown(source: str, plain: str) -> str | None:
    """Return the Markdown that follows the plain-text ``plain`` at the start of ``source``.

    Markup characters, link targets and escapes in the source are skipped while matching;
    None means the source does not start with that text.
    """
    if _is_verbatim_lead(source, plain):
        return source[_skip_markup(source, len(plain)) :].strip()
    index = 0
    for char in plain:
        index = _skip_markup(source, index)
        while index < len(source) and source[index].isspace() and not char.isspace():
            index = _skip_markup(source, index + 1)
        if char.isspace():
            while index < len(source) and source[index].isspace():
                index += 1
            continue
        if index >= len(source) or source[index] != char:
            return None
        index += 1
    index = _skip_markup(source, index)
    return source[index:].strip()


_MARKUP_CHAR = re.compile(r"[*_`~\[\]\\]")


def _is_verbatim_lead(source: str, plain: str) -> bool:
    """The source starts with the plain text itself, with no markup in it to skip.

    Then matching it character by character (which dominated parsing long guides) would
    end just after it, so the match can be skipped.
    """
    return (
        bool(plain)
        and source.startswith(plain)
        and not plain[-1].isspace()
        and not _MARKUP_CHAR.search(plain)
    )


def _skip_markup(source: str, index: int) -> int:
    while index < len(source):
        char = source[index]
        if char in "*_`~[":
            index += 1
        elif char == "\\" and index + 1 < len(source):
            index += 1
            break
        elif source.startswith("](", index):
            close = source.find(")", index)
            index = close + 1 if close != -1 else index + 2
        elif char == "]":
            index += 1
        else:
            break
    return index


MAX_SLUG = 60


def slugify(text: str, fallback: str = "item") -> str:
    """Turn text into a lower-case slug ("Open the app!" -> "open-the-app", "Café" -> "cafe").

    Letters of any script are kept, so a title in Chinese still gives an id of its own.
    """
    text = re.sub(r"['’]", "", text)
    if text.isascii():  # the common case: nothing to decompose, no combining marks
        bare = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    slug = re.sub(r"[\W_]+", "-", bare.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0]
    return slug or fallback


_BRACKETED = re.compile(r"\s*[\[(]([^\[\]()]{1,40})[\])]")
_PIPE = re.compile(r"\s+[|·•»]\s+")
_DASH = re.compile(r"\s+[-–—]\s+")
_SITE_NAME = re.compile(r"^(?:[A-Z][\w'&]*(?:\s+[A-Z][\w'&]*){0,3}|[\w-]+\.[a-z]{2,6})$")
_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»"}


def article_title(text: str) -> str:
    """An article's title without SEO wrapping: quotes, "[Updated 2024]", "| Site", "- Site"."""
    title = _unquoted(" ".join(text.split()))
    title = _BRACKETED.sub(lambda m: "" if _sells(m.group(1)) else m.group(0), title)
    title = _PIPE.split(title, 1)[0] if _PIPE.split(title, 1)[0].strip() else title
    parts = _DASH.split(title)
    if len(parts) > 1 and _SITE_NAME.match(parts[-1]) and len(" ".join(parts[:-1]).split()) >= 3:
        title = title[: title.rfind(parts[-1])].rstrip(" -–—")
    return _unquoted(" ".join(title.split()).strip(" :-–—|"))


def _sells(tag: str) -> bool:
    words = re.findall(r"[^\W\d_]+|\d+", tag.lower())
    if not words or (words[0].isdigit() and len(words[0]) != 4):
        return False  # a count ("(1)", "(3 Easy Ways)") says something; a year does not
    return all(w.isdigit() or w in SEO_TITLE_WORDS for w in words)


def _unquoted(title: str) -> str:
    """A title wrapped in one pair of quotes, without them."""
    close = _QUOTES.get(title[:1])
    if close and len(title) > 2 and title.endswith(close) and close not in title[1:-1]:
        return title[1:-1].strip()
    return title
