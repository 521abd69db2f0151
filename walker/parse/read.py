"""Pass 1: bytes to clean text (size limit, decoding, control characters, line endings)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from walker.errors import WalkerError
from walker.model import Diagnostic, Level

MAX_BYTES = 10 * 1024 * 1024
REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class SourceText:
    """A guide file's text, ready for parsing, with what reading it noticed."""

    text: str
    diagnostics: tuple[Diagnostic, ...] = ()


def read_bytes(path: Path) -> bytes:
    """Read a guide file, refusing what is missing, a folder, unreadable or too big."""
    if not path.exists():
        raise WalkerError(f"{path}: no such file")
    if path.is_dir():
        raise WalkerError(f"{path}: is a folder, not a guide file")
    if not path.is_file():
        raise WalkerError(f"{path}: is not a regular file")
    limit = f"the {MAX_BYTES // (1024 * 1024)} MiB limit"
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise WalkerError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise WalkerError(f"{path}: the file is over {limit}")
    return data


def decode(data: bytes) -> SourceText:
    """Decode UTF-8 (replacing bad bytes, with a diagnostic) and clean the text."""
    diagnostics: list[Diagnostic] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        line = data[: error.start].count(b"\n") + 1
        diagnostics.append(
            Diagnostic(Level.WARNING, "the file is not valid UTF-8; bad bytes were replaced", line)
        )
    return clean_text(text, diagnostics)


def replace_controls(text: str) -> str:
    """Replace control characters (C0 but tab and newline, DEL, C1) with U+FFFD."""
    return _CONTROL.sub(REPLACEMENT, text)


def clean_text(text: str, diagnostics: list[Diagnostic] | None = None) -> SourceText:
    """Normalise line endings and replace control characters (but tab and newline)."""
    found = list(diagnostics or [])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _CONTROL.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        count = len(_CONTROL.findall(text))
        found.append(Diagnostic(Level.WARNING, f"replaced {count} control character(s)", line))
        text = replace_controls(text)
    return SourceText(text, tuple(found))
