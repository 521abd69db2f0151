"""The library's list: one two-line entry per guide, one line per file that failed to load."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from walker.model import Guide
from walker.progress import Tally
from walker.tui.visuals import ago, plural, progress_bar

BAR_WIDTH = 10
COUNT_WIDTH = 8
PERCENT_WIDTH = 5
WHEN_WIDTH = 10
TAGS_WIDTH = 22
NARROW = 70
FALLBACK_WIDTH = 80


@dataclass(frozen=True)
class GuideEntry:
    """A guide with the reader's progress in it."""

    guide: Guide
    tally: Tally
    finished: bool
    opened_at: datetime | None


@dataclass(frozen=True)
class BrokenEntry:
    """A file that failed to load, with its one-line error."""

    error: str


@dataclass(frozen=True)
class NoticeEntry:
    """A line of help in place of guides (nothing found, nothing matches)."""

    text: str


Entry = GuideEntry | BrokenEntry | NoticeEntry


def guide_content(entry: GuideEntry, width: int, now: datetime) -> Content:
    """Draw a guide: title, tags, bar, count and when opened; then description and size."""
    guide, tally = entry.guide, entry.tally
    narrow = width < NARROW
    tags_width = 0 if narrow or not guide.tags else min(TAGS_WIDTH, width // 6)
    right = BAR_WIDTH + COUNT_WIDTH + PERCENT_WIDTH + WHEN_WIDTH + tags_width
    title_width = max(8, width - 2 - right - 1)
    mark = ("✓ ", "bold $success") if entry.finished else "  "
    percent = (f"{tally.percent}%".rjust(PERCENT_WIDTH), "$text-muted")
    first = Content.assemble(
        mark,
        Content.styled(guide.title, "bold").truncate(title_width, ellipsis=True, pad=True),
        " ",
        Content.styled(" · ".join(guide.tags), "$accent").truncate(tags_width, pad=True),
        progress_bar(tally, BAR_WIDTH),
        Content(f"{tally.done}/{tally.total}").right(COUNT_WIDTH),
        Content.empty() if narrow else Content.assemble(percent),
        Content.styled(ago(entry.opened_at, now), "$text-muted").right(WHEN_WIDTH),
    )
    size = plural(guide.step_count, "step")
    if guide.time_minutes:
        size += f" · {guide.time_minutes} min"
    description = guide.description.strip().split("\n", 1)[0]
    second = Content.assemble(
        "  ",
        Content.styled(description, "$text-muted").truncate(
            max(0, width - 4 - len(size)), ellipsis=True, pad=True
        ),
        "  ",
        (size, "$text-muted"),
    )
    return Content.assemble(first, "\n", second)


def entry_content(entry: Entry, width: int, now: datetime) -> Content:
    """Draw any entry of the library list."""
    if isinstance(entry, GuideEntry):
        return guide_content(entry, width, now)
    if isinstance(entry, BrokenEntry):
        line = entry.error.strip().split("\n", 1)[0]
        return Content.assemble(("✗ ", "bold $error"), (line, "$error")).truncate(
            width, ellipsis=True
        )
    return Content.styled(entry.text, "italic $text-muted")


class GuideList(OptionList):
    """The library's entries; the filter keeps the keyboard focus, so this never takes it."""

    can_focus = False

    def __init__(self, *, id: str | None = None) -> None:
        """Start empty."""
        super().__init__(id=id)
        self.entries: tuple[Entry, ...] = ()
        self.now = datetime.now().astimezone()

    def show(self, entries: Sequence[Entry], now: datetime) -> None:
        """Replace the entries, keeping the highlight on the same guide while it is listed."""
        current = self.current
        self.entries = tuple(entries)
        self.now = now
        self._redraw()
        keep = [
            index
            for index, entry in enumerate(self.entries)
            if isinstance(entry, GuideEntry)
            and isinstance(current, GuideEntry)
            and entry.guide.id == current.guide.id
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
        self.set_options(
            Option(
                entry_content(entry, width, self.now), disabled=not isinstance(entry, GuideEntry)
            )
            for entry in self.entries
        )
