"""`walker check`: lint guide files and report `file:line: level: message` lines."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from walker.errors import WalkerError
from walker.library import guide_files, parse_path
from walker.model import Branch, Diagnostic, Guide, Level, Step, walk_nodes
from walker.parse.text import MAX_TITLE

MAX_STEP_TITLE = MAX_TITLE  # longer first sentences are cut with "…"


def check_paths(paths: Iterable[Path]) -> tuple[str, bool]:
    """Lint files and folders; return the report and whether any error was found."""
    lines: list[str] = []
    has_errors = False
    guide_ids: dict[str, Path] = {}
    for path in paths:
        files = guide_files(path) if path.is_dir() else [path]
        if not files:
            has_errors = True
            lines.append(f"{path}: error: no guide files (.md, .markdown, .html) in this folder")
        for file in files:
            for diagnostic in check_file(file, guide_ids):
                has_errors |= diagnostic.level is Level.ERROR
                where = f"{file}:{diagnostic.line}" if diagnostic.line else f"{file}"
                lines.append(f"{where}: {diagnostic.level}: {diagnostic.message}")
    return "".join(f"{line}\n" for line in lines), has_errors


def check_file(path: Path, guide_ids: dict[str, Path] | None = None) -> list[Diagnostic]:
    """Lint one file: the parser's diagnostics plus the format's rules."""
    try:
        result = parse_path(path)  # a saved web page is read as one
    except WalkerError as error:
        message = str(error).removeprefix(f"{path}: ")
        return [Diagnostic(Level.ERROR, message)]
    found = [d for d in result.diagnostics if "no steps found" not in d.message]
    seen_ids = guide_ids if guide_ids is not None else {}
    for guide in result.guides:
        if guide.id in seen_ids:
            found.append(
                Diagnostic(
                    Level.WARNING,
                    f"guide id '{guide.id}' is also used by {seen_ids[guide.id]}",
                    guide.line,
                )
            )
        seen_ids.setdefault(guide.id, path)
        found.extend(check_guide(guide))
    return sorted(found, key=lambda d: d.line or 0)


def check_guide(guide: Guide) -> Iterator[Diagnostic]:
    """Check one guide's structure: steps, branches, title lengths."""
    if guide.step_count == 0:
        yield Diagnostic(Level.ERROR, f"'{guide.title}' has no steps", guide.line)
    for node in walk_nodes(guide.flow):
        if isinstance(node, Step) and (
            len(node.title) > MAX_STEP_TITLE or node.title.endswith("…")
        ):
            yield Diagnostic(
                Level.WARNING,
                f"step title is over {MAX_STEP_TITLE} characters: "
                "start the step with a short sentence and move detail into the body",
                node.line,
            )
        if isinstance(node, Branch) and not node.flow:
            yield Diagnostic(Level.ERROR, f"branch '{node.title}' is empty", node.line)
