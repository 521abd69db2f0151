"""An OptionList whose highlighted row is drawn plain, in the cursor's own colours."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList


class PaintedOptionList(OptionList):
    """Rows keep their colours except the highlighted one, which drops them to stay readable.

    Coloured text (a bar in $primary, a tag in $text-accent) can vanish on the cursor's
    background, so the highlighted row is redrawn without colours whenever the highlight moves.
    """

    _painted: int | None = None

    def prompt(self, index: int) -> Content:
        """Return the row's content in its own colours (subclasses draw their rows)."""
        raise NotImplementedError

    def paint(self, index: int) -> None:
        """Redraw one row for whether it is highlighted."""
        content = self.prompt(index)
        if index == self.highlighted:
            content = Content(content.plain)
        self.replace_option_prompt_at_index(index, content)

    def watch_highlighted(self, highlighted: int | None) -> None:
        """Redraw the rows the highlight left and reached."""
        super().watch_highlighted(highlighted)
        previous, self._painted = self._painted, highlighted
        for index in (previous, highlighted):
            if index is not None and index < self.option_count:
                self.paint(index)
