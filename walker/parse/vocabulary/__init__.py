"""Every natural-language word the parser knows, in one place, each list with one meaning.

The rules elsewhere in `walker.parse` decide *where* to look; this package says *which words*
mean what. Word lists are tuples of lower-case words; the patterns built from them are
compiled once here, one module per topic (this module gathers them all). English only. A
hygiene test fails when a word list appears anywhere else in `walker/parse/`, so a new word
goes here, into the list whose meaning it shares.
"""

from __future__ import annotations

from walker.parse.vocabulary.base import *  # noqa: F403
from walker.parse.vocabulary.callouts import *  # noqa: F403
from walker.parse.vocabulary.furniture import *  # noqa: F403
from walker.parse.vocabulary.headings import *  # noqa: F403
from walker.parse.vocabulary.labels import *  # noqa: F403
from walker.parse.vocabulary.passages import *  # noqa: F403
from walker.parse.vocabulary.platforms import *  # noqa: F403
from walker.parse.vocabulary.prerequisites import *  # noqa: F403
