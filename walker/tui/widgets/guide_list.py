"""The library's list: one two-line entry per guide, one line per file that failed to load."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
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
CLOCK_STEP = timedelta(seconds=20)
"""How far the list's clock may lag behind: "5 min ago" is drawn again only when it moves on."""


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


class EntryVisual(Visual):
    """A guide or broken file's lines, drawn only when first shown, of a height known at once.

    The list holds one per entry, so filtering a thousand guides draws only the few rows in
    view and never measures the others: every line is cut to the width, so a guide is always
    two lines high and a broken file one.
    """

    def __init__(self, entry: GuideEntry | BrokenEntry, columns: Columns, now: datetime) -> None:
        """Keep what the entry is drawn from."""
        self.entry, self.columns, self.now = entry, columns, now
        self.lines = 2 if isinstance(entry, GuideEntry) else 1
        self._content: Content | None = None
        self._drawn: dict[tuple[int, Style], list[Strip]] = {}

    def forget_drawing(self) -> None:
        """Drop the lines drawn so far (the theme's colours changed)."""
        self._drawn.clear()

    def content(self) -> Content:
        """Return the entry as drawn (built on first use)."""
        if self._content is None:
            self._content = entry_content(self.entry, self.columns, self.now)
        return self._content

    def __str__(self) -> str:
        """Return the entry's text, as a Content's string is."""
        return str(self.content())

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """Draw the entry, each line cut to the width (drawn once per width and style)."""
        key = (width, style)
        if options.selection is None and key in self._drawn:
            return self._drawn[key]
        lines = self.content().split("\n")[: self.lines]
        fitted = Content("\n").join(line.truncate(width) for line in lines)
        strips = fitted.render_strips(width, self.lines, style, options)
        if options.selection is None:
            self._drawn[key] = strips
        return strips

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """Return the width the columns were fitted to."""
        return self.columns.width

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Return the entry's height, without drawing it."""
        return self.lines


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
        self._options_of: dict[int, tuple[Entry, Option]] = {}
        self._fit_to: Sequence[GuideEntry] | None = None
        self._fitted: tuple[int, int, datetime] | None = None
        """What the columns were fitted to: ``fit_to`` (held, so its identity stays its own)."""
        """The visual of each entry shown, by the entry's identity, kept while it stays shown."""

    def show(
        self,
        entries: Sequence[Entry],
        now: datetime,
        *,
        keep_highlight: bool,
        fit_to: Sequence[GuideEntry] | None = None,
    ) -> None:
        """Replace the entries; highlight the first, or the same guide again if asked to.

        The columns fit ``fit_to`` when given (every guide of the library: then they stay put
        while the filter narrows the list), else the entries shown.
        """
        current, shown, shown_now = self.current, self.entries, self.now
        self.entries = tuple(entries)
        if not timedelta(0) <= now - self.now < CLOCK_STEP:
            self.now = now
        unchanged = (
            fit_to is self._fit_to
            and self.now == shown_now
            and len(self.entries) == len(shown)
            and all(map(operator.is_, self.entries, shown))
        )
        self._fit_to = fit_to
        if not unchanged:  # typing on often keeps the very same guides: nothing to redraw
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

    def _redraw(self) -> None:
        width = self.scrollable_content_region.width or FALLBACK_WIDTH
        fitted = (id(self._fit_to), width, self.now)
        if self._fit_to is None or fitted != self._fitted:
            guides = self._fit_to or [e for e in self.entries if isinstance(e, GuideEntry)]
            self._columns = Columns.fit(guides, width, self.now)
            self._fitted = fitted
        kept: dict[int, tuple[Entry, Option]] = {}
        self.set_options(self._option(entry, kept) for entry in self.entries)
        self._options_of = kept  # the entries are held too, so no identity is reused meanwhile

    def notify_style_update(self) -> None:
        """Draw every entry again in the new colours."""
        for _, option in self._options_of.values():
            if isinstance(option.prompt, EntryVisual):
                option.prompt.forget_drawing()
        super().notify_style_update()

    def _option(self, entry: Entry, kept: dict[int, tuple[Entry, Option]]) -> Option:
        """Return an entry's option: drawn when shown, or at once for a notice (it may wrap).

        An entry shown before, with the same columns and time, keeps its option (and so what
        was drawn for it): typing on in the filter redraws only the rows that are new in view.
        """
        if isinstance(entry, NoticeEntry):
            return Option(entry_content(entry, self._columns, self.now), disabled=True)
        _, option = self._options_of.get(id(entry), (None, None))
        if option is None or not self._drawn_alike(option):
            visual = EntryVisual(entry, self._columns, self.now)
            option = Option(visual, disabled=not isinstance(entry, GuideEntry))
        kept[id(entry)] = (entry, option)
        return option

    def _drawn_alike(self, option: Option) -> bool:
        """Tell whether an option was drawn for the columns and the time shown now."""
        visual = option.prompt
        return isinstance(visual, EntryVisual) and (visual.columns, visual.now) == (
            self._columns,
            self.now,
        )
