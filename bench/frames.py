"""A hook on the frames a headless Textual app draws, for the bench's latencies.

Textual draws a frame at most 60 times a second, after the changes of a key are made; the frame
is what the reader sees, so the bench's figures end at a frame. Headless, the frame is composed
as always and only not written to a terminal. The hook is Textual's private output method:
bench only. Nothing heavy is imported here (the bare-app child uses it too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen


def on_frame(app: App[None] | App[object], drawn: Callable[[], None]) -> None:
    """Call ``drawn`` after every frame the app draws."""
    draw = app._display

    def display(screen: Screen[object], renderable: object) -> None:
        draw(screen, renderable)  # type: ignore[arg-type]
        if renderable is not None:
            drawn()

    app._display = display  # type: ignore[method-assign]
