"""An OptionList whose highlighted row is drawn plain, in the cursor's own colours."""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual import events, on
from textual.strip import Strip
from textual.widgets import OptionList


class PaintedOptionList(OptionList):
    """Rows keep their colours except the highlighted one, which drops them to stay readable.

    Coloured text (a bar in $primary, a tag in $text-accent) can vanish on the cursor's
    background, so the highlighted row's lines are drawn in the cursor's style alone. That
    happens as lines are drawn: moving the highlight changes no option, so the list does not
    measure every row again.
    """

    @on(events.Resize)
    def _keep_highlight_in_view(self) -> None:
        """Keep the highlighted row in view when the list's size changes (a pane shown, a
        terminal resized)."""
        self.call_after_refresh(self.scroll_to_highlight)

    def action_page_down(self) -> None:
        """Move a page down; past the last row that can be highlighted, stop on it."""
        super().action_page_down()  # type: ignore[no-untyped-call]  # (Textual leaves it untyped)
        if self.highlighted is None:
            self.action_last()

    def action_page_up(self) -> None:
        """Move a page up; before the first row that can be highlighted, stop on it."""
        super().action_page_up()  # type: ignore[no-untyped-call]  # (Textual leaves it untyped)
        if self.highlighted is None:
            self.action_first()

    def render_line(self, y: int) -> Strip:
        """Draw one line; a line of the highlighted row loses its own colours."""
        strip = super().render_line(y)
        index = self.highlighted
        metas = [segment.style.meta if segment.style else {} for segment in strip]
        if index is None or self.options[index].disabled or _option(metas) != index:
            return strip
        style = self.get_visual_style(
            "option-list--option", "option-list--option-highlighted"
        ).rich_style
        return _plain(strip, metas, style)


def _option(metas: list[dict[str, Any]]) -> int | None:
    """Return the index of the option a drawn line belongs to (None for a blank line)."""
    option = metas[0].get("option") if metas else None
    return option if isinstance(option, int) else None


def _plain(strip: Strip, metas: list[dict[str, Any]], style: Style) -> Strip:
    """Redraw a line as its text, then the blank rest, both in one style (keeping their meta).

    The text's segments carry an ``offset`` (for selecting text); the one plain text segment
    takes the first of them, as a row drawn from plain text would.
    """
    pairs = list(zip(strip, metas, strict=True))
    text = [(segment.text, meta) for segment, meta in pairs if "offset" in meta]
    rest = [segment.text for segment, meta in pairs if "offset" not in meta]
    parts = [("".join(part for part, _ in text), text[0][1] if text else metas[0])]
    parts.append(("".join(rest), metas[-1]))
    segments = [Segment(part, style + Style.from_meta(meta)) for part, meta in parts if part]
    return Strip(segments, strip.cell_length)
