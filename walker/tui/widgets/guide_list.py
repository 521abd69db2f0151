"""The library's list: one two-line entry per guide, one line per file that failed to load."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option

from walker.model import Guide
from walker.tui.visuals import MUTED, Counts, ago, progress_bar
from walker.tui.widgets.painted import PaintedOptionList

MARK_WIDTH = 2
BAR_WIDTH = 10
PERCENT_WIDTH = 4
GAP = 2
TITLE_MIN = 20
"""Columns right of the title give way (when, then percent, then count) to keep this much."""
TAGS_MIN = 6
FALLBACK_WIDTH = 80


@dataclass(frozen=True)
class GuideEntry:
    """A guide with the reader's progress in it, and the error of its file if it has one."""

    guide: Guide
    counts: Counts
    finished: bool
    opened_at: datetime | None
    problem: str | None = None
    recent: bool = False
    """Opened by path earlier, listed under "Recent"."""
    position: int = 0
    """Where the guide comes in the library (what the filter's index knows it by)."""
    reason: str = ""
    """Why the filter kept the guide, when not for its title: ``tag “video”``."""


@dataclass(frozen=True)
class BrokenEntry:
    """A file that failed to load, with its one-line error."""

    error: str


@dataclass(frozen=True)
class NoticeEntry:
    """A line of help in place of guides (nothing found, nothing matches)."""

    text: str


Entry = GuideEntry | BrokenEntry | NoticeEntry


@dataclass(frozen=True)
class Columns:
    """The widths of the guide rows' columns (0: hidden), shared by every row of the list."""

    width: int
    title: int
    tags: int
    count: int
    percent: int
    when: int

    @classmethod
    def fit(cls, entries: Sequence[GuideEntry], width: int, now: datetime) -> Columns:
        """Give the title room first; tags shrink, then when, percent and count go."""
        titles = max((len(entry.guide.title) for entry in entries), default=0)
        tags = max((len(_tags(entry.guide)) for entry in entries), default=0)
        words = [(len(entry.counts.done_text()), entry.counts.choosing) for entry in entries]
        counts = max((size for size, waits in words if not waits), default=0)
        choosing = max((size for size, waits in words if waits), default=0)
        # While a choice waits there is no percentage: its words take the percent column too.
        counts = max(counts, choosing - GAP - PERCENT_WIDTH)
        whens = max((len(ago(entry.opened_at, now)) for entry in entries), default=0)
        right = {"count": counts, "percent": PERCENT_WIDTH, "when": whens}
        wanted_title = min(titles, TITLE_MIN)
        for dropped in ("when", "percent", "count"):
            if _room(width, right) - GAP >= wanted_title:
                break
            right[dropped] = 0
        if right["count"] and not right["percent"]:
            right["count"] = max(counts, choosing)
        room = _room(width, right)
        title = min(titles, room - GAP)
        tags_room = room - title - 2 * GAP
        tags = min(tags, tags_room) if tags_room >= TAGS_MIN else 0
        title = room - GAP - (tags + GAP if tags else 0)
        return cls(width, max(1, title), tags, right["count"], right["percent"], right["when"])


def _room(width: int, right: dict[str, int]) -> int:
    """Return the cells left for title and tags beside the bar and the shown right columns."""
    return width - MARK_WIDTH - BAR_WIDTH - sum(size + GAP for size in right.values() if size)


def _tags(guide: Guide) -> str:
    return " · ".join(guide.tags)


def guide_content(entry: GuideEntry, columns: Columns, now: datetime) -> Content:
    """Draw a guide: title, tags, bar, count, percent and when opened; then a second line."""
    guide, counts = entry.guide, entry.counts
    if entry.problem:
        mark = ("⚠ ", "bold $text-warning")
    elif entry.finished:
        mark = ("✓ ", "bold $text-success")
    else:
        mark = ("  ", "")
    parts: list[Content | tuple[str, str] | str] = [
        mark,
        Content.styled(guide.title, "bold").truncate(columns.title, ellipsis=True, pad=True),
    ]
    if columns.tags:
        tags = Content.styled(_tags(guide), "$text-accent")
        parts += [" " * GAP, tags.truncate(columns.tags, ellipsis=True, pad=True)]
    parts += [" " * GAP, progress_bar(counts.tally, BAR_WIDTH)]
    if columns.count and counts.choosing and columns.percent:
        words = Content(counts.done_text()).right(columns.count + GAP + columns.percent)
        parts += [" " * GAP, words]
    else:
        if columns.count:
            parts += [" " * GAP, Content(counts.done_text()).right(columns.count)]
        if columns.percent:
            parts += [" " * GAP, (counts.percent_text().rjust(columns.percent), MUTED)]
    if columns.when:
        parts += [" " * GAP, (ago(entry.opened_at, now).ljust(columns.when), MUTED)]
    return Content.assemble(*parts, "\n", _second_line(entry, columns.width))


def _second_line(entry: GuideEntry, width: int) -> Content:
    """Draw the description and size, or the file's problem in their place."""
    guide = entry.guide
    if entry.problem:
        problem = entry.problem.strip().split("\n", 1)[0]
        text = Content.styled(problem, "$text-warning")
        return Content.assemble(" " * MARK_WIDTH, text.truncate(width - MARK_WIDTH, ellipsis=True))
    size = entry.counts.size_text()
    if guide.time_minutes:
        size += f" · {guide.time_minutes} min"
    if entry.reason:
        about = Content.assemble(("matches ", MUTED), (entry.reason, "italic $text-accent"))
    else:
        about = Content.styled(guide.description.strip().split("\n", 1)[0], MUTED)
    room = max(0, width - MARK_WIDTH - GAP - len(size))
    return Content.assemble(
        " " * MARK_WIDTH,
        about.truncate(room, ellipsis=True, pad=True),
        " " * GAP,
        (size, MUTED),
    )


def entry_content(entry: Entry, columns: Columns, now: datetime) -> Content:
    """Draw any entry of the library list."""
    if isinstance(entry, GuideEntry):
        return guide_content(entry, columns, now)
    if isinstance(entry, BrokenEntry):
        line = entry.error.strip().split("\n", 1)[0]
        return Content.assemble(("✗ ", "bold $text-error"), (line, "$text-error")).truncate(
            columns.width, ellipsis=True
        )
    return Content.styled(entry.text, f"italic {MUTED}")


class GuideList(PaintedOptionList):
    """The library's entries; typing a letter here starts the filter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", tooltip="Move up", show=False),
        Binding("down", "cursor_down", "Down", tooltip="Move down", show=False),
        Binding("home", "first", "First", tooltip="Go to the first guide", show=False),
        Binding("end", "last", "Last", tooltip="Go to the last guide", show=False),
        Binding("pageup", "page_up", "Page up", tooltip="Move a page up", show=False),
        Binding("pagedown", "page_down", "Page down", tooltip="Move a page down", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        """Start empty."""
        super().__init__(id=id)
        self.entries: tuple[Entry, ...] = ()
        self.now = datetime.now().astimezone()
        self._columns = Columns.fit([], FALLBACK_WIDTH, self.now)

    def show(self, entries: Sequence[Entry], now: datetime, *, keep_highlight: bool) -> None:
        """Replace the entries; highlight the first, or the same guide again if asked to."""
        current = self.current
        self.entries = tuple(entries)
        self.now = now
        self._redraw()
        keep = [
            index
            for index, entry in enumerate(self.entries)
            if keep_highlight
            and isinstance(entry, GuideEntry)
            and isinstance(current, GuideEntry)
            and entry.position == current.position
        ]
        if keep:
            self.highlighted = keep[0]
        else:
            self.action_first()

    @property
    def current(self) -> Entry | None:
        """Return the highlighted entry."""
        return None if self.highlighted is None else self.entries[self.highlighted]

    def on_resize(self) -> None:
        """Redraw the columns for the new width."""
        if self.entries:
            highlighted = self.highlighted
            self._redraw()
            self.highlighted = highlighted

    def prompt(self, index: int) -> Content:
        """Draw one entry."""
        return entry_content(self.entries[index], self._columns, self.now)

    def _redraw(self) -> None:
        width = self.scrollable_content_region.width or FALLBACK_WIDTH
        guides = [entry for entry in self.entries if isinstance(entry, GuideEntry)]
        self._columns = Columns.fit(guides, width, self.now)
        self.set_options(
            Option(self.prompt(index), disabled=not isinstance(entry, GuideEntry))
            for index, entry in enumerate(self.entries)
        )
