"""The detail pane: the focused row's full text, its Markdown body, callouts and images."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Markdown, Static

from walker.model import Branch, Callout, CalloutKind, Choice, Guide, Image, Step, iter_steps
from walker.progress import ProgressState
from walker.render.plain import code_blocks
from walker.tui.rows import Row, RowKind
from walker.tui.visuals import MUTED, plural

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

    shown: tuple[str, str | None] | None = None
    """The row shown and the branch chosen for its choice: all the pane's look depends on."""

    async def show(
        self, row: Row, guide: Guide, state: ProgressState, numbers: Mapping[str, str]
    ) -> None:
        """Show one row of a guide as it stands in ``state`` (``numbers``: item id to number).

        Showing the row already shown, with its choice as it was, does nothing (a tick changes
        nothing here), so a tick never rebuilds the pane.
        """
        shown = (row.item_id, state.choices.get(row.choice.id) if row.choice else None)
        if shown == self.shown:
            return
        self.border_title = Content(f"{row.number} · {row.text}" if row.number else row.text)
        self.query_one("#detail-title", Static).update(_title(row, state, numbers))
        await self.query_one("#detail-body", Markdown).update(_body(row, guide))
        notes = self.query_one("#detail-notes", Vertical)
        await notes.remove_children()
        await notes.mount_all(_notes(row, guide, state))
        self.scroll_home(animate=False)
        self.shown = shown  # only once all of it is shown: a cancelled update is redone


def _title(row: Row, state: ProgressState, numbers: Mapping[str, str]) -> Content:
    chosen = state.choices.get(row.choice.id) if row.choice else None
    if row.kind is RowKind.CHOICE:
        how = f"chose {numbers.get(chosen, '')} · b picks the next" if chosen else "choose one"
        kind = f"Choice {row.number} · {how}"
    elif row.kind is RowKind.BRANCH:
        if chosen == row.item_id:
            how = "chosen"
        elif chosen:
            how = f"not chosen ({numbers.get(chosen, '')} is) · b or Enter switches to it"
        else:
            how = "choose it with b or Enter"
        kind = f"Branch {row.number} · {how}"
    elif isinstance(row.item, Step) and code_blocks(row.item.body):
        kind = f"Step {row.number} · c copies its code"
    else:
        kind = {
            RowKind.PREREQUISITE: "Before you start",
            RowKind.STEP: f"Step {row.number}",
            RowKind.HEADING: "Section",
        }[row.kind]
    return Content.assemble((kind, MUTED), "\n", (row.text, "bold"))


def _body(row: Row, guide: Guide) -> str:
    item = row.item
    if isinstance(item, Step):
        return MARKDOWN_IMAGE.sub("", item.body)
    if isinstance(item, Branch):
        return item.intro
    if row.kind is RowKind.PREREQUISITE:
        return guide.description
    return ""


def _notes(row: Row, guide: Guide, state: ProgressState) -> list[Static]:
    item = row.item
    if isinstance(item, Step):
        return [*_callouts(item.callouts), *_images(item.images)]
    if isinstance(item, Choice):
        chosen = state.choices.get(item.id)
        return [_branch_summary(branch, branch.id == chosen) for branch in item.branches]
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
            ("Image ", MUTED),
            image.alt or "(no description)",
            "\n",
            (image.url, "underline"),
        )
        yield Static(text, classes="image")


def _branch_summary(branch: Branch, chosen: bool) -> Static:
    steps = plural(sum(1 for _ in iter_steps(branch.flow)), "step")
    marker = ("◉ ", "bold $text-success") if chosen else ("○ ", MUTED)
    text = Content.assemble(marker, (branch.title, "bold"), (f"  {steps}", MUTED))
    if branch.intro:
        text = Content.assemble(text, "\n", branch.intro)
    return Static(text, classes="branch-summary")
