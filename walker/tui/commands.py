"""The keys of a screen, gathered once for the help screen and the command palette."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

HIDDEN_FROM_PALETTE = {"command_palette", "quit"}
"""Actions the palette already offers on its own."""


@dataclass(frozen=True)
class KeyAction:
    """One action of a screen and every key bound to it."""

    keys: str
    description: str
    node: DOMNode
    action: str


def key_actions(screen: Screen[object]) -> list[KeyAction]:
    """List the described, non-system actions active on a screen, with all their keys."""
    keys: dict[tuple[int, str], list[str]] = {}
    found: dict[tuple[int, str], KeyAction] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.system or not binding.description:
            continue
        group = (id(active.node), binding.action)
        keys.setdefault(group, []).append(screen.app.get_key_display(binding))
        description = binding.tooltip or binding.description
        found.setdefault(group, KeyAction("", description, active.node, binding.action))
    return [
        KeyAction(", ".join(dict.fromkeys(keys[group])), item.description, item.node, item.action)
        for group, item in found.items()
    ]


class KeyCommands(Provider):
    """Offer every screen and app key binding in the command palette, by its description."""

    def _commands(self) -> list[KeyAction]:
        return [
            item
            for item in key_actions(self.screen)
            if not isinstance(item.node, Widget) or isinstance(item.node, Screen)
            if item.action not in HIDDEN_FROM_PALETTE
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
