"""Small text helpers shared by the recognisers: labels, sentences, titles, pinned ids."""

from __future__ import annotations

import re

_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
STEP_LABEL = re.compile(
    rf"^\s*step\s*(?:#\s*)?(\d{{1,4}}|{_NUMBER_WORDS})\b\s*(?:[:.)\]–—-]+\s*|\s+|$)", re.I
)
NUMBERED = re.compile(r"^\s*(\d{1,3})\s*[.)](?!\d)\s*(?=\S)")
MAX_HEADING_LEVEL = 6
TEMPLATE_DIRECTIVE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)  # Jinja/Liquid, Hugo shortcodes
TAB_LINK = re.compile(r"\]\(#tab/", re.I)  # DocFX tab headings: "# [Portal](#tab/portal)"
PINNED_ID = re.compile(r"\s*\{#([A-Za-z0-9][\w-]*)\}\s*$")
_ABBREVIATION = re.compile(
    r"\b(?:e\.g|i\.e|etc|vs|approx|fig|figs|no|nos|dr|mr|mrs|ms|st|min|max|incl|ca|vol|ver"
    r"|v|p|pp|ch|sec|ref|tel|ext|dept|est|inc|ltd|co|jr|sr)\.$",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
MAX_TITLE = 120
MAX_AUTHORED_TITLE = 300

_IMPERATIVE = frozenset(
    """
    do accept access activate adapt add adjust align allow apply approve archive arrange ask assign
    attach attend authenticate authorize avoid back backup bake beat bind blend boil book
    bookmark boot browse brush buckle build buy calculate calibrate call cancel capture carry
    change check chill choose chop clamp clean clear click clip clone close coat collapse
    collect combine comment commit compare compile complete compress configure confirm connect
    continue convert cook copy count cover crack create cross crumble cure customise customize
    cut deactivate debug decide declare decrease define delete deploy describe deselect detach
    dice dim disable disconnect dismiss dissolve divide download drag drain draw drill drive
    drop dry duplicate dust edit eject email embed empty enable encrypt end enroll ensure enter
    exclude execute exit expand export expose extract fetch file fill filter find finish fix
    flip flush fold follow format fry generate get give glue go grab grate grease grill grind
    hang heat hide highlight hit hold hover identify ignore import include increase inflate
    initialise initialize insert inspect install invite join keep knead label launch layer leave
    let level lift light limit link list load locate lock log look loosen lower lubricate
    maintain make manage map marinate mark mash match measure melt mention merge migrate
    minimize mix modify monitor mount move mute nail name navigate note notice obtain omit open
    opt order pack paint pair park paste pay peel pick pin pinch place plant play plug point
    poke polish populate position post pour pre-drill prefer preheat prepare press preview prime
    print proceed protect provide prune publish pull punch purchase push put query quit raise
    read reboot rebuild receive record redeem reduce refer refresh register reinstall relaunch
    release reload remember remove rename repair repeat replace report request reset resize
    resolve respond restart restore retry return review revoke rewrite rinse roast roll rotate
    rub run sand saute save scan scrape screw scroll scrub seal search season secure select send
    separate serve set setup shake shape share shut sift sign simmer skip slice slide smooth
    soak solder sort specify split spray spread sprinkle squeeze stack staple start steam stick
    stir stop store strain stretch submit subscribe substitute swap sweep swipe switch take tap
    tape tell test thaw tick tie tighten tilt toast toggle top touch trace track transfer trim
    try turn twist type uncheck unfold uninstall unlock unmute unpack unplug unscrew unsubscribe
    untick unzip update upgrade upload use validate verify view visit wait wash watch whisk wipe
    wrap write zoom
    """.split()
)
_OBJECT_WORDS = frozenset(
    "a an the your its their this that these those it them yourself up out off down".split()
)
_NOT_VERBS = frozenset(
    """
    how why what when where which who whose is are was were be been does did can could should
    would will may might must shall a an the your my our their his her its this that these those
    there here it they we you he she about overview introduction conclusion summary all both
    each every some any many most more less no not only also just even still yet about after
    before during for from in into of on onto over per since than through under until up upon
    with within without via vs versus bonus top best pro quick final at by as if so or and but
    because while once then now to like unlike near around across against among between beyond
    inside outside toward towards off out whether though although unless except besides i me
    us them him one two three four five six seven eight nine ten first second third last next
    new old other another such own same
    """.split()
)
_LEAD_INS = re.compile(
    r"^(?:first|next|then|now|finally|afterwards?|after that|once (?:[^,]{1,80}),"
    r"|when (?:[^,]{1,60}),|to (?:[^,]{1,60}),|if (?:[^,]{1,60}),|in (?:[^,]{1,40}),"
    r"|on (?:[^,]{1,40}),|from (?:[^,]{1,60}),|as soon as (?:[^,]{1,80}),|after (?:[^,]{1,60}),"
    r"|simply|just|please|lastly|again)[,:]?\s+",
    re.I,
)


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
        if found and _ABBREVIATION.search(found[-1]):
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
    rest = _LEAD_INS.sub("", text.strip(), count=1)
    rest = _LEAD_INS.sub("", rest, count=1)
    clause = re.split(r"[.!?;:]", rest, maxsplit=1)[0]
    words = [word.lower() for word in re.findall(r"[A-Za-z][A-Za-z'-]*", clause)]
    if not words:
        return False
    first = words[0]
    if first in _IMPERATIVE or first.split("-")[-1] in _IMPERATIVE:
        return True
    follows_object = len(words) > 1 and words[1] in _OBJECT_WORDS
    return follows_object and first not in _NOT_VERBS and not first.endswith(("ing", "ed", "s"))


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
