"""Hostile guide files, made by code: each one something a careless or malicious file can be."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from walker.parse.read import MAX_BYTES

LOCKED = "locked.md"
"""The file whose read fails with PermissionError (simulated: the tests may run as root)."""


def _random_bytes(size: int) -> bytes:
    generator = random.Random(13)
    return bytes(generator.randrange(256) for _ in range(size))


MAKERS: dict[str, Callable[[Path], None]] = {
    "random.md": lambda path: path.write_bytes(_random_bytes(4096)),
    "nul.md": lambda path: path.write_bytes(b"# Nul\x00s\n\n1. Step\x00 one\n2. Two\n"),
    "escapes.md": lambda path: path.write_text(
        '---\ntitle: "\\e]0;owned\\a\\e[2JTitle"\n---\n1. \x1b[31mRed\x1b[0m step\n'
        "2. \x9b2J C1 step \x07\n3. \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\\n"
    ),
    "bad-yaml.md": lambda path: path.write_text("---\ntitle: [unclosed\n---\n1. Step\n"),
    "yaml-list.md": lambda path: path.write_text("---\n- a\n- b\n---\n# List\n\n1. Step\n"),
    "odd-fields.md": lambda path: path.write_text(
        "---\nid: ../../../etc/x\ntitle: [1, 2]\ntags: {a: b}\ntime: {}\n---\n1. Step\n"
    ),
    "yaml-bomb.md": lambda path: path.write_text(
        "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "title: Bomb\n---\n1. Step\n"
    ),
    "empty.md": lambda path: path.write_text(""),
    "blank.md": lambda path: path.write_text(" \n\t\n\n"),
    "utf16.md": lambda path: path.write_bytes("# Wide\n\n1. Step\n".encode("utf-16")),
    "latin1.md": lambda path: path.write_bytes("# Caf\xe9\n\n1. Pay \xa35\n".encode("latin-1")),
    "deep-quote.md": lambda path: path.write_text("# Deep\n\n" + "> " * 300 + "1. Step\n"),
    "deep-list.md": lambda path: path.write_text(
        "# Nested\n\n" + "".join("  " * depth + "1. Level\n" for depth in range(60))
    ),
    "long-line.md": lambda path: path.write_text("# Long\n\n1. " + "word " * 8_000 + "\n"),
    "too-big.md": lambda path: path.write_bytes(b"# Big\n\n1. Step\n" + b"x" * MAX_BYTES),
    "folder.md": lambda path: path.mkdir(),
    "loop.md": lambda path: path.symlink_to(path.with_name("loop-back.md")),
    "loop-back.md": lambda path: path.symlink_to(path.with_name("loop.md")),
    LOCKED: lambda path: path.write_text("# Locked\n\n1. Step\n"),
    "good.md": lambda path: path.write_text("# Good guide\n\n1. Do one thing.\n2. Do another.\n"),
}


def make_hostile_folder(folder: Path) -> dict[str, Path]:
    """Write every hostile file into ``folder``; return them by name."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / name for name in MAKERS}
    for name, make in MAKERS.items():
        make(paths[name])
    return paths


def refuse_reading(path_name: str) -> Callable[..., object]:
    """Return a Path.open replacement that fails as an unreadable file would, for one name."""
    real_open = Path.open

    def open_or_refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == path_name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    return open_or_refuse
