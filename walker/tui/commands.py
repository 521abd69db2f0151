"""Walker's own keys, grouped, gathered once for the help screen and the command palette."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from textual.binding import ActiveBinding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

KEY_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Moving",
        (
            "cursor_up",
            "cursor_down",
            "move(-1)",
            "move(1)",
            "page_up",
            "page_down",
            "page(-1)",
            "page(1)",
            "first",
            "last",
            "next_open",
        ),
    ),
    ("Ticking", ("tick", "tick_next", "undo", "reset")),
    ("Branches", ("branch",)),
    ("Library", ("open", "focus_filter", "clear_filter")),
    ("Guide", ("open_link", "copy_code", "export", "toggle_detail", "back")),
    ("App", ("help", "command_palette", "toggle_theme", "quit")),
)
"""Walker's actions in the order help lists them; any other binding is the framework's."""

GROUP = {action: group for group, actions in KEY_GROUPS for action in actions}
ORDER = {action: index for index, action in enumerate(GROUP)}

HIDDEN_FROM_PALETTE = {"command_palette"}
"""Actions the palette should not offer (it is open already)."""


@dataclass(frozen=True)
class KeyAction:
    """One of walker's actions active on a screen, with every key bound to it."""

    group: str
    keys: str
    description: str
    node: DOMNode
    action: str


def key_actions(screen: Screen[object]) -> list[KeyAction]:
    """List walker's own actions active on a screen, once each, in help order."""
    found: dict[str, list[ActiveBinding]] = {}
    for active in screen.active_bindings.values():
        name = active.binding.action.removeprefix("app.")
        if name in GROUP and active.binding.description:
            found.setdefault(name, []).append(active)
    actions: list[KeyAction] = []
    for name, bound in sorted(found.items(), key=lambda pair: ORDER[pair[0]]):
        keys = ", ".join(dict.fromkeys(screen.app.get_key_display(a.binding) for a in bound))
        tooltips = [a.binding.tooltip for a in bound if a.binding.tooltip]
        description = tooltips[0] if tooltips else bound[0].binding.description
        first = bound[0]
        actions.append(KeyAction(GROUP[name], keys, description, first.node, first.binding.action))
    return actions


class KeyCommands(Provider):
    """Offer walker's screen and app keys in the command palette, by their description."""

    def _commands(self) -> list[KeyAction]:
        return [
            item
            for item in key_actions(self.screen)
            if not isinstance(item.node, Widget) or isinstance(item.node, Screen)
            if item.action.removeprefix("app.") not in HIDDEN_FROM_PALETTE
        ]

    async def _run(self, item: KeyAction) -> None:
        await self.app.run_action(item.action, item.node)

    async def discover(self) -> Hits:
        """Show every command before anything is typed."""
        for item in self._commands():
            yield DiscoveryHit(item.description, partial(self._run, item), help=f"key: {item.keys}")

    async def search(self, query: str) -> Hits:
        """Show the commands whose description matches what was typed."""
        matcher = self.matcher(query)
        for item in self._commands():
            score = matcher.match(item.description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(item.description),
                    partial(self._run, item),
                    help=f"key: {item.keys}",
                )
