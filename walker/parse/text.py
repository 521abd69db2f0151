"""Small text helpers shared by the recognisers: labels, sentences, titles, pinned ids."""

from __future__ import annotations

import re

_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
STEP_LABEL = re.compile(
    rf"^\s*step\s*(?:#\s*)?(\d{{1,3}}|{_NUMBER_WORDS})\b\s*(?:[:.)\]–—-]+\s*|\s+|$)", re.I
)
NUMBERED = re.compile(r"^\s*(\d{1,3})\s*[.)]\s*(?=\S)")
PINNED_ID = re.compile(r"\s*\{#([A-Za-z0-9][\w-]*)\}\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
MAX_TITLE = 120
MAX_AUTHORED_TITLE = 300

_IMPERATIVE = frozenset(
    """
    access activate add adjust allow apply approve arrange assign attach back bake beat blend
    boil book browse build buy calculate call cancel change check choose chop clean clear click
    clone close collect combine compile complete configure confirm connect continue convert cook
    copy cover create customize cut decide define delete deploy describe disable disconnect
    download drag drain draw drop edit enable end enter export fill find finish fix fold follow
    format generate get give go grab heat hide highlight hit hold import increase insert install
    invite join keep launch leave let link list load locate log look make mark measure merge mix
    move name navigate note open opt order paste pay pick place plug point pour prepare press
    preview print provide publish pull push put read reboot record refresh register reload
    remove rename repeat replace request reset restart restore return review rinse run save scan
    scroll search select send serve set share sign simmer skip slide sort specify split start
    stir stop submit swipe switch take tap test tick toggle turn type uncheck uninstall unlock
    unplug update upgrade upload use verify visit wait wash watch whisk wipe write
    """.split()
)
_LEAD_INS = re.compile(
    r"^(?:first|next|then|now|finally|afterwards?|after that|once (?:[^,]{1,60}),"
    r"|when (?:[^,]{1,60}),|to (?:[^,]{1,60}),|if (?:[^,]{1,60}),|in (?:[^,]{1,40}),"
    r"|on (?:[^,]{1,40}),|from (?:[^,]{1,60}),"
    r"|simply|just|please|lastly|again)[,:]?\s+",
    re.I,
)


def strip_step_label(text: str) -> tuple[str, bool]:
    """Remove a leading "Step N" label; say whether there was one."""
    match = STEP_LABEL.match(text)
    if not match:
        return text.strip(), False
    return text[match.end() :].strip(), True


def pinned_id(text: str) -> tuple[str, str]:
    """Split a trailing ``{#id}`` off a title: (title, id or '')."""
    match = PINNED_ID.search(text)
    if not match:
        return text, ""
    return text[: match.start()].rstrip(), match.group(1).lower()


def sentences(text: str) -> list[str]:
    """Split plain text into sentences."""
    return [part.strip() for part in _SENTENCE_END.split(" ".join(text.split())) if part.strip()]


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
    """Tell whether text reads as an instruction (starts with a verb, maybe after 'First,')."""
    rest = _LEAD_INS.sub("", text.strip(), count=1)
    rest = _LEAD_INS.sub("", rest, count=1)
    words = re.findall(r"[A-Za-z']+", rest)
    return bool(words) and words[0].lower() in _IMPERATIVE


def lead_in_markdown(source: str, plain: str) -> str | None:
    """Return the Markdown that follows the plain-text ``plain`` at the start of ``source``.

    Markup characters, link targets and escapes in the source are skipped while matching;
    None means the source does not start with that text.
    """
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
