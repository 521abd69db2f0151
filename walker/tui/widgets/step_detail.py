"""The detail pane: the focused row's full text, its Markdown body, callouts and images."""

from __future__ import annotations

import re
from collections.abc import Iterable

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Markdown, Static

from walker.model import Branch, Callout, CalloutKind, Choice, Guide, Image, Step, iter_steps
from walker.tui.rows import Row, RowKind
from walker.tui.visuals import plural

MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
"""An image in Markdown; images are listed below the body as alt text and address instead."""

CALLOUT_LABELS = {CalloutKind.TIP: "Tip", CalloutKind.NOTE: "Note", CalloutKind.WARNING: "Warning"}


class StepDetail(VerticalScroll):
    """Everything about the highlighted row; only this one body goes through Markdown."""

    def compose(self) -> ComposeResult:
        """Lay out the title, the body and the notes (callouts and images)."""
        yield Static(id="detail-title")
        yield Markdown(open_links=False, id="detail-body")
        yield Vertical(id="detail-notes")

    async def show(self, row: Row, guide: Guide) -> None:
        """Show one row of a guide."""
        self.border_title = Content(f"{row.number} · {row.text}" if row.number else row.text)
        self.query_one("#detail-title", Static).update(_title(row))
        await self.query_one("#detail-body", Markdown).update(_body(row, guide))
        notes = self.query_one("#detail-notes", Vertical)
        await notes.remove_children()
        await notes.mount_all(_notes(row, guide))
        self.scroll_home(animate=False)


def _title(row: Row) -> Content:
    kind = {
        RowKind.PREREQUISITE: "Before you start",
        RowKind.STEP: f"Step {row.number}",
        RowKind.CHOICE: f"Choice {row.number} · choose one (b or Enter)",
        RowKind.BRANCH: f"Branch {row.number} · choose it with b or Enter",
        RowKind.HEADING: "Section",
    }[row.kind]
    return Content.assemble((kind, "$text-muted"), "\n", (row.text, "bold"))


def _body(row: Row, guide: Guide) -> str:
    item = row.item
    if isinstance(item, Step):
        return MARKDOWN_IMAGE.sub("", item.body)
    if isinstance(item, Branch):
        return item.intro
    if row.kind is RowKind.PREREQUISITE:
        return guide.description
    return ""


def _notes(row: Row, guide: Guide) -> list[Static]:
    item = row.item
    if isinstance(item, Step):
        return [*_callouts(item.callouts), *_images(item.images)]
    if isinstance(item, Choice):
        return [_branch_summary(branch) for branch in item.branches]
    if row.kind is RowKind.PREREQUISITE:
        return list(_callouts(guide.callouts))
    return []


def _callouts(callouts: Iterable[Callout]) -> Iterable[Static]:
    for callout in callouts:
        text = Content.assemble((CALLOUT_LABELS[callout.kind], "bold"), "  ", callout.text)
        yield Static(text, classes=f"callout -{callout.kind.value}")


def _images(images: Iterable[Image]) -> Iterable[Static]:
    for image in images:
        text = Content.assemble(
            ("Image ", "$text-muted"),
            image.alt or "(no description)",
            "\n",
            (image.url, "underline"),
        )
        yield Static(text, classes="image")


def _branch_summary(branch: Branch) -> Static:
    steps = plural(sum(1 for _ in iter_steps(branch.flow)), "step")
    text = Content.assemble(
        ("○ ", "$text-muted"), (branch.title, "bold"), (f"  {steps}", "$text-muted")
    )
    if branch.intro:
        text = Content.assemble(text, "\n", branch.intro)
    return Static(text, classes="branch-summary")
