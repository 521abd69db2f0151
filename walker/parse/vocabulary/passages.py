"""What a passage says: instructions, announcements, captions and remarks."""

from __future__ import annotations

import re

from walker.parse.vocabulary.base import alternation

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
