"""A footer that leaves out what does not fit instead of running past the edge."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

KEPT_LONGEST = ("question_mark", "escape")
"""Keys left out last, whatever their place: help tells every other key, Escape goes back."""


def _width(key: FooterKey) -> int:
    """Return the cells a footer key takes: its text, padding and margins."""
    styles = key.styles
    return key.render().cell_len + styles.padding.width + styles.margin.width


class FittingFooter(Footer):
    """Keys in their binding order; when they do not all fit, the command palette key goes
    first (ctrl+p still works, and help lists it), then keys from the right, help last.

    Textual's own footer lets its keys run under the docked palette key and past the edge,
    leaving a stray character in the last column.
    """

    _composed_for: tuple[object, ...] | None = None

    async def recompose(self) -> None:
        """Rebuild the keys for new bindings, then fit them; unchanged bindings keep the keys.

        Textual asks again on every focus change and binding refresh (eleven times while the
        library starts); rebuilding every key each time is most of the footer's cost.
        """
        if not self.is_attached:
            return  # on its way out with its screen: nothing to show
        shown = self._shown_for()
        if shown == self._composed_for:
            return
        await super().recompose()
        self._composed_for = shown
        self._fit()

    def _shown_for(self) -> tuple[object, ...]:
        """Return everything the keys are composed from: the bindings and the footer's options."""
        bindings = tuple(
            (key, binding.action, binding.description, binding.show, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
        )
        return (self.compact, self.show_command_palette, self.combine_groups, bindings)

    def on_resize(self, event: events.Resize) -> None:
        """Fit the keys to the new width."""
        self._fit()

    def _fit(self) -> None:
        keys = list(self.query(FooterKey))
        palettes = [key for key in keys if key.has_class("-command-palette")]
        keys = [key for key in keys if key not in palettes]
        room = self.size.width
        needed = sum(_width(key) for key in keys)
        fits_with_palette = needed + sum(_width(key) for key in palettes) <= room
        for palette in palettes:
            palette.display = fits_with_palette
        dropping = sorted(reversed(keys), key=lambda key: key.key in KEPT_LONGEST)
        for key in dropping:
            key.display = needed <= room
            if not key.display:
                needed -= _width(key)
