"""Every natural-language word the parser knows, in one place, each list with one meaning.

The rules elsewhere in `walker.parse` decide *where* to look; this module says *which words*
mean what. Word lists are tuples of lower-case words; the patterns built from them are
compiled once here. English only. A hygiene test fails when a word list appears anywhere
else in `walker/parse/`, so a new word goes here, into the list whose meaning it shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from walker.model import CalloutKind


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first (so "pro tip" wins over "tip")."""
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# --- Numbers and labels --------------------------------------------------------------------

NUMBER_WORDS = _words("one two three four five six seven eight nine ten eleven twelve")
"""Numbers written as words, as labels use them ("Step three", "Method two")."""

QUANTITY_WORDS = ("several", "different", "other", "some", "a few", "many", "more", "multiple")
"""Words that count without a number ("several ways", "other options")."""

STEP_WORDS = ("step", "stage", "phase")
"""Labels of one step of a procedure ("Step 3", "Stage 2: ...")."""

PART_WORDS = ("part", "section", "chapter")
"""Labels of a group of steps ("Part 2: Preparing the wall")."""

MEMBER_WORDS = _words("method option way fix approach solution alternative tab")
"""Labels of one of several alternatives ("Method 2", "Option B")."""

LABEL_LINE_WORDS = ("method", "part", "option", "way")
"""Labels written on a line of their own above a heading ("Method 1 of 3:")."""

ALTERNATIVES_WORDS = ("ways", "methods", "options", "approaches", "solutions", "fixes")
"""Plural nouns that announce alternatives ("4 ways to ...")."""

_NUMBER = rf"(?:\d{{1,4}}|{alternation(NUMBER_WORDS)})"
_OF_TOTAL = r"(?:\s+of\s+\d+)?"

STEP_LABEL = re.compile(
    rf"^\s*(?:{alternation(STEP_WORDS)})\s*(?:#\s*)?{_NUMBER}\b{_OF_TOTAL}"
    r"\s*(?:[:.)\]–—-]+\s*|\s+|$)",
    re.I,
)
"""A "Step 3:", "Step three", "Step 1 of 5 —", "Stage 2." label at the start of a text."""

MEMBER_LABEL = re.compile(
    rf"^(?:the\s+)?({alternation(MEMBER_WORDS)})\s*(?:#\s*)?"
    rf"(\d{{1,2}}|[A-H]|{alternation(NUMBER_WORDS)})\b{_OF_TOTAL}\s*[:.)\]–—-]*\s*",
    re.I,
)
"""A "Method 2:", "Option B", "Way three" label at the start of a heading."""

PART_LABEL = re.compile(rf"^(?:{alternation(PART_WORDS)})\s*\d+{_OF_TOTAL}\s*[:.)–—-]+\s*", re.I)
"""A "Part 2:" label at the start of a heading."""

GROUP_LABEL = re.compile(
    rf"^(?:{alternation(PART_WORDS + STEP_WORDS)})\s*\d+{_OF_TOTAL}\s*[:.)–—-]*\s*", re.I
)
"""Any part or step label a section's title may carry (left out of its id)."""

LABEL_LINE = re.compile(rf"^({alternation(LABEL_LINE_WORDS)})\s+(\d+)(?:\s+of\s+\d+)?\s*:?$", re.I)
"""A line that is only a label: "Method 1 of 3:"."""

WAYS_TITLE = re.compile(
    rf"^(?:the\s+)?(?:\d+|{alternation(NUMBER_WORDS[1:] + QUANTITY_WORDS[:6])})\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{alternation(ALTERNATIVES_WORDS)})\b"
    rf"|^.{{0,80}}?\bbest (?:[\w-]+ ){{0,2}}(?:{alternation(ALTERNATIVES_WORDS)})\b",
    re.I,
)
"""A heading that announces several ways ("4 Ways to Check Your GPU", "... the best options")."""

ALTERNATIVES_TITLE = re.compile(
    rf"^(?:(?:\d+|{alternation((*NUMBER_WORDS[1:5], 'some', 'other', 'a few', 'more'))})\s+)?"
    r"(?:[\w-]+\s+)?alternatives?\b"
    r"|^other (?:ways|options|methods|approaches)\b|\binstead\??$",
    re.I,
)
"""A heading over other ways to do what came before ("Alternatives", "Other options")."""

INVITES_CHOICE = re.compile(
    r"\b(?:pick|choose|select|depending on|whichever|one of (?:the|these)|either)\b[^.]*:\s*$"
    r"|\b(?:two|three|four|five|\d|several|a few|multiple|different) (?:\w+ )?"
    r"(?:ways|options|methods|approaches)\b"
    r"|\ba (?:series|number|couple|variety|range|handful) of (?:\w+ )?"
    r"(?:ways|options|methods|approaches)\b",
    re.I,
)
"""An introduction that offers a choice ("Pick the one that suits you:", "two ways")."""

ALTERNATIVE_LEAD = re.compile(r"^\W*(?:alternatively|instead|or)\b[,:]?\s*", re.I)
"""The lead of a paragraph offering another way ("Alternatively, make the lye bath:")."""

KINDS_TITLE = re.compile(
    r"\b(?:different|various|each|every|other|all)\b.{0,40}?\b(?:types?|kinds?|models?|styles?)\b",
    re.I,
)
"""A heading over one way per kind of thing ("How to fix different faucet types")."""

OFFERS_OPTIONS = re.compile(
    r"\b(?:choose|pick|one of (?:the|these)|either|depending on|whichever)\b(?:[^.]|\.\S)*:\s*$",
    re.I,
)
"""A line that offers options to pick from ("You can choose another mode by ...:")."""

GENERIC_SECTION_TITLES = frozenset(
    {"steps", "instructions", "directions", "procedure", "how to do it", "the steps", "method"}
)
"""Section titles that only say "here come the steps": their steps join the flow."""

# --- Platforms and means -------------------------------------------------------------------

PLATFORM_NAMES = _words(
    "windows macos mac os x linux ubuntu debian fedora android iphone ipad ios chromebook"
)
"""Platforms a how-to may branch on (multi-word names are in PLATFORM)."""

PLATFORM = re.compile(
    r"\b(windows|macos|mac os(?: x)?|mac|os x|linux|ubuntu|debian|fedora|android|iphone|ipad|ios"
    r"|chromebook|chrome ?os|web browser|web|desktop|computer|laptop|mobile|pc"
    r"|firefox|chrome|safari|internet explorer|microsoft edge|opera browser)s?\b",
    re.I,
)
"""A platform named in a heading (Windows, Android, web, a web browser such as Firefox ...)."""

WAY_LEAD_WORDS = ("using", "with", "without", "via")
"""Words that lead a heading naming the way it takes ("Using Docker", "With pip")."""

WAY_LEAD = re.compile(rf"^({alternation(WAY_LEAD_WORDS)})\s+\S", re.I)
"""A heading led by the way it takes ("Using Docker", "With pip", "Without a ribbon")."""

VARIANT_QUALIFIER = re.compile(r"\b(?:with|without|using|via)\b", re.I)
"""What tells variants of one platform apart ("iPhones with Face ID", "... without one")."""

VERSION_WORDS = _words("latest stable nightly beta lts current preview insiders edge")

VERSION_LABEL = re.compile(
    rf"^(?:{alternation(VERSION_WORDS)}|v?\d+(?:\.(?:\d+|x|\*))*)(?:\s+(?:release|version))?$",
    re.I,
)
"""A tab that names a version of what it installs ("Latest", "9.x", "v2", "LTS")."""

KIND_QUALIFIERS = _words(
    "manual automatic automated built-in quick full deep express custom basic advanced"
    " minimal typical major minor patch"
)

KIND_LED = re.compile(
    rf"^((?:{alternation(KIND_QUALIFIERS)})(?:\s*(?:/|and|or)\s*(?:{alternation(KIND_QUALIFIERS)}))*)"
    r"\s+(\S.*)$",
    re.I,
)
"""A heading that names one kind of a procedure ("Manual backup", "Minor/major release
checklist"): the kind, then what it is a kind of."""

SEVERITY_WORDS = _words("critical major minor warning info informational high medium low")

SEVERITY_TITLE = re.compile(
    rf"^(?:severity:?\s*)?(?:{alternation(SEVERITY_WORDS)}|sev ?[0-4]|p[0-4])(?:\s+alerts?)?$", re.I
)
"""A heading that only names an alert's severity ("Critical", "Warning", "Severity: P2")."""

MEANS = re.compile(
    r"\b(?:online|offline|by (?:post|mail|phone|email|fax|hand)|in person|in[- ]game|in[- ]store"
    r"|on (?:the |a |an |your )?(?:web(?:site)?|app|desktop|mobile|phone|computer|browser)"
    r"|in the app|manually|by hand|automatically"
    r"|(?:via|using|with|through|from) (?:the |a |an )?[\w-]+(?: [\w-]+)?)\s*\??$",
    re.I,
)
"""The means at the end of a task heading ("Apply online", "Apply by post")."""

TOOL_MEANS = re.compile(r"(?:via|using|with|through|from)\b", re.I)
"""A means that names the tool or source a task uses ("from the app", "via email")."""

INSTALL_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:install(?:ation|ing)?|set ?up|setting up|get(?:ting)? (?:it|started)"
    r"|download(?:ing)?)\b|\binstall(?:ation)?\b"
    r"|\b(?:choose|choosing|select|pick)\b.*\b(?:method|option|way|approach)s?\b",
    re.I,
)
"""A heading over ways to install ("Installation", "Choose an install method")."""

# --- Headings that are not steps -----------------------------------------------------------

ENDING_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:conclusion|in conclusion|final (?:thoughts|words)|summary|wrapping up"
    r"|wrap[- ]up|the bottom line|bottom line|to sum up|closing thoughts|recap"
    r"|(?:the )?takeaways?)\b",
    re.I,
)
"""A heading that closes an article (Conclusion, Final thoughts ...)."""

FURNITURE_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:faqs?\b|frequently asked|table of contents|contents$"
    r"|in this (?:article|post|guide)|related\b|see also|also read|read (?:more|next)"
    r"|about the author|comments?$|leave a (?:reply|comment)|reader interactions"
    r"|\d+\s+(?:thoughts|comments|responses|replies)\b|what's next|whats next|next steps"
    r"|contributing|license|licence|changelog|roadmap$|acknowledg|credits|sponsors?$"
    r"|enjoyed this|subscribe|newsletter|get (?:my|our|the|your) free|join \d|follow (?:us|me)"
    r"|share this|you may also like|recommended|references$|sources$|further reading"
    r"|authors?$"
    r"|get help\b|contact us|(?:still )?need (?:more )?help"
    r"|was this (?:page|article|answer) helpful"
    r"|is this page useful|start a discussion|related (?:content|articles|topics|guides)"
    r"|learn more$|more (?:help|resources)$|(?:command|cli|api|configuration) reference$)",
    re.I,
)
"""A heading of page furniture or reference matter (FAQ, Related, License, Next steps ...)."""

REFERENCE_MATTER_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:support|environment variables|synopsis|exit status|return values?"
    r"|bugs)$",
    re.I,
)
"""A heading of reference matter (Support, Environment variables ...) that may hold steps."""

REFERENCE_TITLE = re.compile(
    r"^(?:\d+[.:)]?\s*)?(?:examples?|options|description|usage|output|sample output"
    r"|example output|files|environment|arguments|parameters|flags)\b",
    re.I,
)
"""A heading over reference material that shows commands without setting a task."""

HEADING_SHORTCODE_NAMES = {
    "prerequisites": "Before you begin",
    "cleanup": "Clean up",
    "whatsnext": "What's next",
    "objectives": "Objectives",
    "synopsis": "Synopsis",
    "options": "Options",
    "seealso": "See also",
}
"""Docsy/Hugo heading shortcodes and the heading each theme renders for them."""

# --- Callouts -------------------------------------------------------------------------------

CALLOUT_WORDS: dict[str, CalloutKind] = {
    "tip": CalloutKind.TIP,
    "tips": CalloutKind.TIP,
    "pro tip": CalloutKind.TIP,
    "pro tips": CalloutKind.TIP,
    "bonus tip": CalloutKind.TIP,
    "hint": CalloutKind.TIP,
    "note": CalloutKind.NOTE,
    "notes": CalloutKind.NOTE,
    "info": CalloutKind.NOTE,
    "keep in mind": CalloutKind.NOTE,
    "remember": CalloutKind.NOTE,
    "warning": CalloutKind.WARNING,
    "caution": CalloutKind.WARNING,
    "danger": CalloutKind.WARNING,
    "important": CalloutKind.WARNING,
    "attention": CalloutKind.WARNING,
}
"""Labels of a callout and the kind each names (the design's three kinds)."""


def callout_kind_named(name: str) -> CalloutKind | None:
    """Return the callout kind a label word names (Tip, Note, Warning ...), if any."""
    return CALLOUT_WORDS.get(name.strip().lower())


SHORTCODE_CALLOUT_WORDS = _words("note tip hint info warning caution danger important")
"""Callout names that Hugo-style `{{< note >}}` shortcodes use."""

GITHUB_ALERT_WORDS = _words("note tip warning caution important")
"""GitHub's `> [!NOTE]` alert names."""

SHOUTED_CALLOUT_WORDS = _words("note tip hint warning caution danger important attention")
"""Callout labels written in capitals with no colon ("NOTE Back up first")."""

_CALLOUT_NAMES = alternation(CALLOUT_WORDS)
CALLOUT_LABEL = re.compile(rf"^({_CALLOUT_NAMES})\s*(?::|—|–|-|!)\s*", re.I)
"""A "Tip:" / "Warning —" label at the start of a paragraph."""

GITHUB_ALERT = re.compile(rf"^\[!({alternation(GITHUB_ALERT_WORDS).upper()})\]\s*", re.I)
"""A GitHub alert marker, `[!NOTE]`."""

CONTAINER_CALLOUT = re.compile(
    rf"^(?::::+|!!!|\?\?\?|\{{\{{[<%]\s*)\s*({_CALLOUT_NAMES})\b[^\n]*?(?:[>%]\}}\}})?\s*", re.I
)
"""An admonition opener left in a paragraph (`:::tip`, `!!! note`, `{{< warning >}}`)."""

CONTAINER_END = re.compile(r"\s*(?::::+|\{\{[<%]\s*/\s*\w+\s*[>%]\}\})\s*$")
"""The end of an admonition left in a paragraph."""

SHOUTED_CALLOUT = re.compile(rf"^({alternation(SHOUTED_CALLOUT_WORDS).upper()})\b[!:.]?\s*")
"""A callout label in capitals ("WARNING: ...", "NOTE ...")."""

KEEP_IN_MIND = re.compile(r"^keep in mind\b", re.I)
"""A paragraph that opens "Keep in mind ..." is a note as a whole."""

NOTE_THAT = re.compile(r"^(?:please |just )?(?:note|notice|remember)(?: that\b|,\s)", re.I)
"""A paragraph that opens "Note that ..." / "Remember that ..." remarks on what came before."""

CALLOUT_SECTION_TITLE = re.compile(
    r"^(?:pro |helpful |quick |safety |a few )?(tips?|hints?|notes?|warnings?|cautions?)"
    r"(?:\s*(?:and|&)\s*(?:tips?|tricks|warnings?|notes?))?\s*:?$",
    re.I,
)
"""A "Tips" / "Warnings" / "Tips and tricks" section heading."""

MAY_HOLD_ASIDES = re.compile(
    r"^\s*(?:>|!\[|\[!\[|\**(?:tips?|notes?|warning|caution|important|keep in mind|hint)\b)",
    re.I | re.M,
)
"""A cheap test that a list item's body may hold a callout or a picture."""

SHORTCODE_CALLOUT_OPEN = re.compile(
    rf"\{{\{{[<%]\s*({alternation(SHORTCODE_CALLOUT_WORDS)})\b[^}}]*[>%]\}}\}}", re.I
)
"""A `{{< note >}}` callout shortcode."""

SHORTCODE_CALLOUT_CLOSE = re.compile(
    rf"\{{\{{[<%]\s*/\s*(?:{alternation(SHORTCODE_CALLOUT_WORDS)})\s*[>%]\}}\}}", re.I
)
"""A `{{< /note >}}` closing shortcode."""

TAB_SHORTCODE = re.compile(
    r"^\s*\{\{[<%]\s*tab\s+(?:name|title|header|label)\s*=\s*[\"“]([^\"”]+)[\"”][^}]*[>%]\}\}\s*",
    re.I,
)
"""A Hugo `{{< tab name="Windows" >}}` shortcode."""

# --- Prerequisites --------------------------------------------------------------------------

PREREQUISITE_TITLE = re.compile(
    r"^(?:(?:part|step|section)\s*\d+\s*[:.)–—-]?\s*|\d+[.:)]?\s*)?(?:the\s+)?"
    r"(?:prerequisites?|pre-requisites?|requirements?|system requirements"
    r"|before you (?:begin|start|get started)|before getting started|before starting"
    r"|what you(?:'ll|’ll| will)? need|things you(?:'ll|’ll| will)? need"
    r"|you(?:'ll|’ll| will) need|what is needed|what's needed"
    r"|(?:(?:tools|supplies|materials|equipment|ingredients|gear|parts|items)"
    r"(?:\s*(?:,|and|&)\s*)?)+(?:\s+(?:needed|required|list|you(?:'ll| will)? need))?\s*$"
    r"|ingredients|tools needed|needed tools"
    r"|required (?:tools|items|materials|parts|software|hardware|equipment|supplies))\b",
    re.I,
)
"""A heading or label over what is needed first (Prerequisites, What you'll need ...)."""


def is_prerequisite_title(title: str) -> bool:
    """Tell whether a heading or label introduces prerequisites."""
    return bool(PREREQUISITE_TITLE.match(title.strip().strip("*:").strip()))


_NEED = r"\byou(?:'ll|’ll| will)? (?:also |first |still )?need"
INLINE_REQUIREMENT = re.compile(
    r"\byou (?:must|have to) first\b|\ball (?:that )?you(?:'ll| will)? need (?:is|are)\b"
    rf"|{_NEED} (?:to have |at least |an? |the |your |some |access |version |v\d)"
    rf"|{_NEED} to be (?:signed|logged|connected|running|on|at least|over|\d)"
    r"|\byou(?:'ll|’ll| will) (?:also |definitely |first |still )?need"
    r" (?!to\b|it\b|them\b|this\b|that\b|these\b|those\b)\w"
    r"|\byou(?:'ll|’ll| will)? (?:also )?need\s*:"
    r"|\byou (?:also |still )?need (?!to\b|it\b|them\b|this\b|that\b)(?-i:[A-Z])"
    r"|\bmake sure (?:that )?you(?:'ve|’ve)? (?:have|are|own|got)\b"
    r"|\bensure (?:that )?you(?:'ve|’ve)? (?:have|are|own|got) (?![a-z]+ed\b)"
    r"|\byou (?:must|need to) (?:already )?have\b|\b(?:must|should) be (?:pre-?)?installed\b"
    r"|\bcan only be (?:done|used|accessed|opened|made)\b"
    r"|\bmake sure (?:that )?(?:your|the) [\w -]{1,30}? (?:is|has|are) (?:running|installed"
    r"|updated|at least"
    r"|on|version|signed|connected|enabled|turned on)\b"
    r"|\byou (?:should|must|need to) (?:be|have) (?:at least|\d+|over|older)"
    r"|\byou (?:must|should) be (?:\d+|at least|over)\b"
    r"|\brequires? (?:at least|an? \w+ (?:account|version|subscription)|[A-Z][\w.+-]* v?\d)"
    r"|\bbefore you (?:start|begin)\b[^.]*\bmake sure\b"
    r"|\bbefore you (?:start|begin)\s*[:,][^.]*\b(?:needs?|must|should|requires?|has to)\b",
    re.I,
)
"""A clause that states a requirement in a step or introduction ("You must first ...")."""

INTRO_ONLY_REQUIREMENT = re.compile(
    r"\b(?:just|simply|first) (?:install|download|get) (?:the|this|our) (?:\w+ )?"
    r"(?:app|application|software|program|tool|extension|plugin)\b",
    re.I,
)
"""An introduction's "Just install the app and ...": the app is what you need."""

ASSUMED_SUCCESS = re.compile(
    r"\bassuming (?:that )?(?:all|everything|it|this|that|the|your|you(?:'ve|’ve| have)?)"
    r"\b(?:[^,.;]|\.(?=\S)){0,80}?\b(?:works?|worked|succeed(?:s|ed)?|went (?:well|fine|ok)"
    r"|goes (?:well|fine)|correctly|properly|successfully|without (?:any )?errors?)\b",
    re.I,
)
"""A clause that assumes the step before went well ("Assuming the build worked, ..."): a
condition on a result, never something to have before starting."""

EXPLICIT_REQUIREMENT = re.compile(
    r"\bbefore (?:you (?:start|begin)|starting|beginning|(?:attempting|trying) to \w+)\b[^.]*"
    r"\b(?:make sure|ensure|check)\b|^(?!(?:to|if|when)\b)[^,]*\bbefore you (?:start|begin)\W*$"
    r"|\b(?:assumes?|assuming) (?:that )?(?:you(?:'ve|’ve| have| are| already| followed| know)"
    r"|your|the|these|this)\b"
    r"|\b(?:should|must) (?:already )?have been\b|\bhave already been\b"
    r"|\b(?:prerequisites?|requirements?)\s*:[*_\s]+\S"
    r"|\byou (?:must|have to|need to) first\b|\ball (?:that )?you(?:'ll| will)? need (?:is|are)\b",
    re.I,
)
"""A requirement stated so plainly that it counts even outside a procedure.

"Before you start, check ...", "This guide assumes you ...", "X should have been done",
"Prerequisite: ...", an instruction that ends "... before you begin".
"""

NEED_WORDS = re.compile(
    r"\b(?:need|needs|needed|require[sd]?|must|should|have to|make sure|ensure|at least"
    r"|installed|access to|an? (?:\w+ )?account)\b",
    re.I,
)
"""Words that make a sentence under a prerequisites heading say what is needed."""

STATES_NEED = re.compile(r"\bneeds?\b|\brequire[sd]?\b|\bmust\b|\bmake sure\b", re.I)
"""Stronger need words, for prose that follows a prerequisites list."""

DURATION = re.compile(
    r"^(?:about|around|roughly|approximately|takes?)?\s*\d+(?:\s*[-–]\s*\d+)?\s*"
    r"(?:min(?:ute)?s?|h(?:ou)?rs?|hours?)\b",
    re.I,
)
"""A time estimate ("About 5 minutes"), not something needed."""

REQUIREMENT_CLAUSE_BREAK = re.compile(
    r",?\s+(?:and|but|plus)\s+(?=(?:on|in|for|if|you)\b)|;\s+", re.I
)
"""Where one sentence of requirements splits into clauses."""

DURATION_PART = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*(h|hr|hrs|hours?|m|min|mins|minutes?)\b", re.I)
"""One part of a frontmatter duration ("1 h", "30 min")."""

# --- What a passage says --------------------------------------------------------------------

IMPERATIVE_VERBS = frozenset(
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
"""Verbs an instruction starts with ("Open the lid", "Whisk the eggs")."""

BARE_ED_VERBS = frozenset(
    "bleed breed embed exceed feed heed proceed seed shed shred sled speed succeed wed weed".split()
)
"""Bare verbs that end in "-ed" ("Bleed the radiator", "Shred the leaves"): no past tense."""

IMPERATIVE_VERBS = IMPERATIVE_VERBS | BARE_ED_VERBS

OBJECT_WORDS = frozenset(
    "a an the your its their this that these those it them yourself up out off down".split()
)
"""Words that follow a verb: an unknown first word before one of these is a verb too."""

NOT_VERBS = frozenset(
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
"""First words that never make an instruction, whatever follows them."""

NOT_BARE_VERB_ENDINGS = ("ing", "ed", "s")
"""Endings of an unknown first word that say it is no bare verb ("Running", "Opens")."""

LEAD_INS = re.compile(
    r"^(?:first|next|then|now|finally|afterwards?|after that|once (?:[^,]{1,80}),"
    r"|when (?:[^,]{1,60}),|to (?:[^,]{1,60}),|if (?:[^,]{1,60}),|in (?:[^,]{1,40}),"
    r"|on (?:[^,]{1,40}),|from (?:[^,]{1,60}),|as soon as (?:[^,]{1,80}),|after (?:[^,]{1,60}),"
    r"|using (?:[^,]{1,40}),|with (?:[^,]{1,40}),"
    r"|simply|just|please|lastly|again)[,:]?\s+",
    re.I,
)
"""Openings before an instruction's verb ("First, ", "Once it restarts, ")."""

ORDINAL_LEAD = re.compile(
    r"^(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|next|then|after that|afterwards?|finally"
    r"|lastly)\b|(?:once|as soon as|when)\b[^,]{1,80},)",
    re.I,
)
"""Sequence words that lead paragraphs of a prose procedure ("First, ... Finally, ...")."""

OUTCOME = re.compile(
    r"^(?:voil[aà]|done|that's it|that’s it|congratulations|congrats|great|and that's|all done"
    r"|you(?:'re| are) (?:done|all set))\b|\bwill (?:be|start|now|appear|begin|automatically)\b"
    r"|(?:\b(?:is|are|gets?|has been|have been)|'re|’re) (?:now |automatically )?"
    r"(?:saved|downloaded|created|installed|added"
    r"|complete|completed|ready|finished|deleted|removed|updated|uploaded|sent|stored)\b"
    r"|\bready to (?:use|go|serve|eat)\b|^enjoy\b|\bshould (?:now |then )?\w+",
    re.I,
)
"""A passage that only states a result ("Voila! The video is saved.")."""

SAMPLE_OUTPUT = re.compile(
    r"\b(?:output|result|response|reply)\b[^.]*\b(?:similar to|like|as follows)\b"
    r"|\b(?:similar to|something like)\b[^.]*$|\byou(?:'ll|’ll| will| should)? (?:now )?see\b"
    r"|\b(?:would|might) (?:then )?look like this\b",
    re.I,
)
"""A caption over sample output ("The output is similar to:"), which asks nothing."""

STATEMENT = re.compile(
    r"^(?:the|a|an|your|this|these|those|it|its|they|their|you|we|our|my|there)\b"
    r"|^[^.:\n]{1,40}?\s(?:-|–|—|:)\s"
    r"|^(?:\S+\s+){0,5}?(?:is|are|was|were|has|have|had|can|cannot|can't|will|won't|does"
    r"|doesn't|costs?|shows?|means|makes|needs|lets|gets|keeps|stays)\b"
    rf"|^(?:i |we )?(?:(?!(?:{alternation(BARE_ED_VERBS)})\b)(?![a-z]*eed\b)[a-z]{{3,}}ed"
    r"|tried|made|ran|built|got|went|wrote|took|found)\b",
    re.I,
)
"""A list item that states or defines rather than instructs.

A lead word in "-ed" reads as past tense ("Replaced the filter"), unless it is a bare verb
("Bleed", "Shred", "Speed up": BARE_ED_VERBS, or any "-eed" word).
"""

ANNOUNCES_STEPS = re.compile(
    r"\b(?:here'?s how|here is how|follow (?:these|the) steps|do the following|as follows"
    r"|the steps are|these steps|steps below|how to do it)\b[^.!?]*:\s*$"
    r"|^(?:steps|instructions|directions|procedure|method|the fix|the solution|what to do)"
    r"\s*:\s*$",
    re.I,
)
"""A line that announces the procedure below it ("Here's how:", "Steps:")."""

EXAMPLE_CAPTION = re.compile(
    r"^(?:as an example|as a (?:worked |running )?example|here(?:'s| is) an example"
    r"|by way of example)\b",
    re.I,
)
"""A line over code that shows a worked example, not a command ("As an example, take this:")."""

CONTINUED_CAPTION = re.compile(r"^(?:and|plus)\b", re.I)
"""A line that carries on the one before it ("And the test file:"), in its role."""

TRIAL_RUN = re.compile(
    r"^(?:now,? )?(?:running|executing|calling|opening|loading|compiling|building|launching"
    r"|starting|reloading|refreshing) [^.:;]{1,60}? (?:now |then |again )?(?:gives|shows"
    r"|prints|produces|outputs|returns|yields|displays|results in)\b",
    re.I,
)
"""A sentence that asks for a run by telling what it shows ("Running the script now prints:")."""

OBLIGATION = re.compile(
    r"\b(?:must|needs? to|has to|have to) (?:always |first |also )?be \w+(?:ed|en|wn|ne)\b", re.I
)
"""A sentence that asks for something to be done by saying it must be ("It must be signed")."""

ANTI_EXAMPLE = re.compile(
    r"^(?:the|one|a|but the) (?:big |main |real )?(?:problem|trouble|catch|downside|drawback"
    r"|flaw) (?:with|of) (?:this|that|these|those|the above|doing it this way)\b",
    re.I,
)
"""A sentence that faults what was just shown ("The problem with this setup is ...")."""

SOFT_INSTRUCTION = re.compile(
    r"^(?:[^,.;]{1,40}, )?(?:it(?:'d|’d| would) be (?:good|wise|best|a good idea|worth it) to"
    r"|it(?:'s|’s| is) (?:a good idea|best|wise|worth) to|why not (?:try (?:to )?)?)\s*\w+",
    re.I,
)
"""Advice that asks for an action softly ("It'd be wise to back it up first", "Why not try
it on a copy?")."""

VERIFICATION = re.compile(r"\b(?:verify|check|confirm|make sure|ensure|test)\b", re.I)
"""Words of a line that asks the reader to check something ("You can verify it by running:")."""

SUMMARY_LABEL = re.compile(
    r"^(?:quick (?:steps|answer|version)|in short|in brief|tl;? ?dr|at a glance|summary"
    r"|key takeaways|what to know|short answer)\s*:?$",
    re.I,
)
"""A label over a summary of steps told in full later ("Quick steps", "TL;DR")."""

CONTENTS_LABEL = re.compile(
    r"^(?:in this (?:article|post|guide|tutorial|piece|series)|this (?:article|post|guide"
    r"|tutorial) (?:will )?(?:covers?|explains?|shows?|looks? at)|what (?:you'll|you will"
    r"|we'll|we will|this (?:article|post|guide) will) (?:learn|cover)|topics covered)"
    r"\b[^.!?:]{0,60}:\s*$",
    re.I,
)
"""A line over the list of what the article goes on to cover ("In this post I'll cover:")."""

SIGN_OFF = re.compile(
    r"^(?:we |i )?hope (?:this|it|that|you)\b|\bif you have any (?:questions|doubts|problems)\b"
    r"|\b(?:comment|ask) (?:below|in the comments)\b|\blet (?:us|me) know in the comments\b",
    re.I,
)
"""A closing remark to the reader ("We hope it has helped you"), which is no part of a step."""

TROUBLESHOOTING_LEADS = ("if ", "when ", "in case ")
"""Openings of a conditional remark after the steps, which is no step of its own."""

ABBREVIATION = re.compile(
    r"\b(?:e\.g|i\.e|etc|vs|approx|fig|figs|no|nos|dr|mr|mrs|ms|st|min|max|incl|ca|vol|ver"
    r"|v|p|pp|ch|sec|ref|tel|ext|dept|est|inc|ltd|co|jr|sr)\.$",
    re.I,
)
"""Abbreviations after which a full stop ends no sentence."""

SEO_TITLE_WORDS = frozenset(
    """updated update step by guide guides easy quick simple complete ultimate full beginner
    beginners solved fixed fix fixes working with pictures picture video videos tutorial tips
    new latest free and methods ways
    january february march april may june july august september october november december""".split()
)
"""Words of a bracketed tag that only sells a title: "(Step by Step Guide)", "[Updated 2024]"."""

# --- Page furniture -------------------------------------------------------------------------

AD_HTML = re.compile(
    r"<(?:ins|script|iframe|div|span|aside|a|img|form)\b|adsbygoogle|\bads?\b", re.I
)
"""Raw HTML that carries an advertisement or an embed."""

HTML_FURNITURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|adsbygoogle|sponsor\w*|promo\w*|banner|share\w*"
    r"|social\w*|sharedaddy|addtoany|related\w*|newsletter|subscribe|comments?|cookie\w*)"
    r"(?=$|[\s_-])",
    re.I,
)
"""The class or id of an HTML element that holds ads, share buttons or related links."""

AD_REGION_NAME = re.compile(
    r"\b(?:ads?|advert\w*|affiliate|sponsor\w*|promo\w*|banner|widget)\b", re.I
)
"""The name of a `<!-- ad begin -->` region."""

HTML_LED = re.compile(
    r"\s*<(?:a|img|div|span|ins|script|iframe|p|figure|button|form|table|center|section|noscript)\b",
    re.I,
)
"""A paragraph that starts with a raw HTML element."""

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)
DATE_LINE = re.compile(
    rf"^(?:(?:by|posted|published|updated|last updated)\b[^.]{{0,60}}?)?\W*{_MONTH}\b.{{0,40}}$"
    rf"|^(?:by|written by|posted by)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){{0,3}}\W{{0,3}}$"
    r"|^\d{4}-\d{2}-\d{2}\b.{0,40}$",
    re.I,
)
"""A byline or date line ("By Jane Doe", "Updated March 3, 2024")."""

AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3} is an? (?:[\w-]+ ){0,3}"
    r"(?:writer|author|editor|blogger|journalist|contributor)\b",
)
"""An author's biography ("Jane Doe is a tech writer ...")."""

FOLLOW_HANDLE = re.compile(r"^follow\s+@", re.I)
"""A "Follow @someone" line."""

PROMO = re.compile(
    r"^(?:sponsored|advertisement|advertising|ad|promoted|partner content)\b\s*:?"
    r"|\bunsubscribe\b|\bsubscribe to (?:our|my|the)\b|\bjoin (?:our|my) (?:newsletter|mailing)"
    r"|\bsign up for (?:our|my|the) (?:newsletter|emails?)\b|\bstraight to your inbox\b",
    re.I,
)
"""Sponsored and newsletter text."""

LINK_LIST_LABEL = re.compile(
    r"^(?:also read|read also|related(?: posts| articles| reading)?|see also|you may also like"
    r"|recommended(?: for you)?|more from|further reading|read more|share this|like this"
    r"|share on \w+|posted in\b.*|filed under\b.*|tagged\b.*|table of contents|contents"
    r"|in this (?:article|post|guide)|jump to\b.*|on this page)\s*:?$",
    re.I,
)
"""A label over a list of links to other pages or parts of this one."""

LINK_LIST_LEAD = re.compile(
    r"^(?:also read|read also|related(?: posts| articles| reading)?|see also|read more"
    r"|you may also like|recommended(?: reading)?|more from \w+)\s*:",
    re.I,
)
"""A label that leads a paragraph of related links ("Also read: ...")."""

COMMENTS_HEADER = re.compile(
    r"^(?:\d+\s+(?:thoughts|comments|responses|replies)\s+(?:on|to)\b.*|leave a (?:reply|comment)"
    r"|your email address will not be published.*|comments?\s*\(\d+\))\s*$",
    re.I,
)
"""The line that opens a page's comment section."""

BUTTON = re.compile(
    r"\b(?:free download|download now|download for|buy now|try (?:it )?(?:for )?free|free trial"
    r"|get it now|learn more|download (?:win|mac|windows|android|ios)\w*)\b",
    re.I,
)
"""The wording of a download or purchase button."""

AVATAR = re.compile(r"\b(?:author|avatar|profile photo|headshot)\b", re.I)
"""The alternative text of an author's picture."""

CREDIT = re.compile(
    r"\b(?:posted|published|updated|written|reviewed|photo|image|credit)s?(?: by| on|:)|·", re.I
)
"""A credit or byline fragment, which never describes a guide."""

CODE_LINE = re.compile(r"^(?:import|export|from|const|require)\b.*(?:from|=|\()", re.I)
"""A line of JavaScript (MDX imports), which never describes a guide."""

PERMALINK_TEXTS = frozenset({"", "#", "¶", "§", "🔗", "link", "permalink", "anchor"})
"""The text of a heading's permalink, which is no part of the heading."""

SHELL_LANGUAGES = frozenset(
    {"bash", "sh", "shell", "console", "zsh", "powershell", "ps1", "cmd", "bat"}
)
"""Code block info strings that mean shell commands."""

EXPORT_DONE_STAMP = re.compile(r"\s+— done \d{4}-\d{2}-\d{2} \d{2}:\d{2}\s*$")
"""The stamp walker's own Markdown export writes after a ticked task (render/export.py)."""

MDX_COMMENT = re.compile(r"^\{/\*.*\*/\}$", re.S)
"""A block that is only an MDX comment (``{/* ... */}``), which renders nothing."""

ATTRIBUTION = re.compile(
    r"^(?:sources?|credits?|image (?:credit|source)|photo credit|via)\s*:"
    r"|\b(?:is|are|was|were) (?:taken|adapted|borrowed|copied|sourced|reproduced|quoted) from\b",
    re.I,
)
"""A line saying where the text came from ("Source: ...", "This list is taken from ...")."""

NEXT_STEP_LABEL = re.compile(
    r"^(?:recommended |suggested )?next steps?\s*:|^what'?s next\s*[:?]|^where to go from here\b",
    re.I,
)
"""A closing label that points to another guide ("Recommended next step: ...")."""

FEATURES_LABEL = re.compile(
    r"^(?:(?:key|main|top) )?features(?: of \S.{0,60})?\s*:?$|^\S.{0,40}\bkey features\s*:?$", re.I
)
"""A label over a product's feature list ("Features of X", "Key features")."""

SELF_PROMO = re.compile(
    r"\b(?:check out|take a look at|have a look at|try|grab|buy|get|see) (?:my|our) [^.!?]{0,80}?"
    r"\b(?:products?|courses?|e-?books?|books?|templates?|training|workshops?|services?"
    r"|newsletter|consulting|masterclass)\b",
    re.I,
)
"""A sentence that sells the author's own product ("..., check out our video course.")."""

LOOKING_FOR = re.compile(r"^(?::::\s*\w+\s+)?looking for\b[^?\n]{0,80}\?", re.I)
"""A cross-promotion that asks "Looking for ...?" and points elsewhere."""

LIFECYCLE_HEADING = re.compile(
    r"^(?:how to\s+)?(?:(?P<uninstall>uninstall(?:ing|ation)?|removing|removal)"
    r"|(?P<restore>restor(?:ing|e from))|(?P<manage>manag(?:e|ing))"
    r"|(?P<update>updat(?:ing|es)|upgrad(?:ing|es)|getting updates))\b",
    re.I,
)
"""A heading whose goal is another day's job: uninstalling, restoring, managing, updating.

The group that matched names the goal, so sections of one goal can be gathered together.
"""

DANGLING_WORDS = frozenset(
    {"a", "an", "the", "from", "to", "on", "in", "with", "for", "of", "your"}
)
"""Words a title cannot end on ("Restore from a" is cut back to "Restore")."""
