"""The screen's keys on one line, leaving out what does not fit instead of running past the edge."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from textual import events
from textual.app import RenderResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

KEPT_LONGEST = ("question_mark", "escape")
"""Keys left out last, whatever their place: help tells every other key, Escape goes back."""
KEY_STYLE = "bold $footer-key-foreground on $footer-key-background"
DESCRIPTION_STYLE = "$footer-description-foreground on $footer-description-background"
PALETTE_MARK = ("▏", "$foreground 20%")
"""What sets the command palette's key apart at the right edge."""


@dataclass(frozen=True)
class FooterItem:
    """One key the footer shows: the key, how it is written, what it does, whether it is live."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str
    palette: bool = False
    """The command palette's key, drawn at the right edge."""


def fitted(items: list[FooterItem], width: int, compact: bool) -> list[FooterItem]:
    """Return the items that fit in ``width`` cells, in their order: the palette key goes first,
    then keys from the right, the KEPT_LONGEST keys last."""
    keys = [item for item in items if not item.palette]
    palettes = [item for item in items if item.palette]
    needed = sum(item_width(item, compact) for item in keys)
    if needed + sum(item_width(item, compact) for item in palettes) <= width:
        return items
    kept = set(keys)
    for item in sorted(reversed(keys), key=lambda item: item.key in KEPT_LONGEST):
        if needed <= width:
            break
        kept.discard(item)
        needed -= item_width(item, compact)
    return [item for item in keys if item in kept]


def item_width(item: FooterItem, compact: bool) -> int:
    """Return the cells an item takes, as Textual's footer draws it: `` key description ``
    (compact, and the palette's key after its mark: ``key description ``)."""
    drawn = cell_len(item.display) + 1 + cell_len(item.description) + 1
    if item.palette:
        return len(PALETTE_MARK[0]) + drawn
    return drawn + (0 if compact else 1)


class FittingFooter(Widget):
    """The keys of the screen's bindings shown in the footer, in binding order; when they do not
    all fit, the command palette key goes first (ctrl+p still works, and help lists it), then
    keys from the right, help last. A greyed-out key is one that does nothing just now.

    One widget drawing one line: a change of bindings (every focus change) redraws it, where
    Textual's footer builds a widget per key again; clicking a key presses it.
    """

    ALLOW_SELECT = False

    def __init__(self, *, compact: bool = False) -> None:
        """A footer; ``compact`` leaves one space between keys instead of two."""
        super().__init__()
        self.compact = compact
        self._items: list[FooterItem] = []
        self._spans: list[tuple[int, int, FooterItem]] = []

    @property
    def items(self) -> list[FooterItem]:
        """Return every key the footer would show, were there room."""
        return self._items

    @property
    def shown(self) -> list[FooterItem]:
        """Return the keys the footer shows at its width."""
        return fitted(self._items, self.size.width, self.compact)

    def on_mount(self) -> None:
        """Follow the screen's bindings."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        """Stop following the screen's bindings."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        items = self._read_items()
        if items != self._items:
            self._items = items
            self.refresh()

    def _read_items(self) -> list[FooterItem]:
        """The keys to show: one per action (its first binding), then the palette's key."""
        active = self.screen.active_bindings
        items: dict[str, FooterItem] = {}
        for _, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in items:
                items[binding.action] = self._item(binding, enabled, tooltip)
        shown = list(items.values())
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        if self.app.ENABLE_COMMAND_PALETTE and palette is not None:
            _, binding, enabled, _ = palette
            shown.append(self._item(binding, enabled, "", palette=True))
        return shown

    def _item(
        self, binding: Binding, enabled: bool, tooltip: str, *, palette: bool = False
    ) -> FooterItem:
        """The footer's item for a binding (its tooltip: the one given, else the binding's)."""
        return FooterItem(
            binding.key,
            self.app.get_key_display(binding),
            binding.description,
            enabled,
            tooltip or binding.tooltip or binding.description,
            palette=palette,
        )

    def render(self) -> RenderResult:
        """Draw the keys that fit, the palette's key at the right edge."""
        width = self.size.width
        parts: list[Content] = []
        self._spans = []
        at = 0
        for item in fitted(self._items, width, self.compact):
            drawn = item_width(item, self.compact)
            if item.palette:  # at the right edge, after its mark
                start = max(at, width - drawn)
                parts += [Content(" " * (start - at)), Content.styled(*PALETTE_MARK)]
                at = start + len(PALETTE_MARK[0])
                drawn -= len(PALETTE_MARK[0])
            parts.append(self._drawn(item))
            self._spans.append((at, at + drawn, item))
            at += drawn
        return Content.assemble(*parts)

    def _drawn(self, item: FooterItem) -> Content:
        """One key: the key in bold, its description, and the space after it (dim when greyed)."""
        lead = "" if self.compact or item.palette else " "
        drawn = Content.assemble(
            (f"{lead}{item.display}{lead}", KEY_STYLE),
            (f"{'' if lead else ' '}{item.description} ", DESCRIPTION_STYLE),
        )
        return drawn if item.enabled else drawn.stylize("dim")

    def _item_at(self, event: events.MouseEvent) -> FooterItem | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        return next((item for start, end, item in self._spans if start <= offset.x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Show what the key under the pointer does."""
        item = self._item_at(event)
        self.tooltip = item.tooltip if item else None

    def on_click(self, event: events.Click) -> None:
        """Press the key clicked (a greyed-out one only rings the bell)."""
        item = self._item_at(event)
        if item is None:
            return
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()
