"""The command line: parse, list, show, check, export, progress, import, and the TUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from walker import __version__
from walker.errors import WalkerError

Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """Describe every command and its options."""
    parser = argparse.ArgumentParser(
        prog="walker",
        description="Turn how-to guides into interactive checklists. "
        "With no command, opens the app on the library or on the files and folders given.",
        usage="walker [PATH | URL ...] | walker COMMAND ...",
    )
    parser.add_argument("--version", action="version", version=f"walker {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse = commands.add_parser(
        "parse", help="print what the parser recovers from a file, saved page or web address"
    )
    parse.add_argument("--json", action="store_true", help="JSON output (the default)")
    _add_refresh(parse)
    parse.add_argument("path", help="a guide file, a saved web page or an http(s) address")

    listing = commands.add_parser("list", help="list the guides found")
    listing.add_argument("paths", nargs="*", type=Path)

    show = commands.add_parser("show", help="print a guide as a plain-text outline")
    show.add_argument("guide", help="a guide file, FILE#id, a web address, or a guide id")
    show.add_argument("--brief", action="store_true", help="step titles only, no bodies")
    _add_refresh(show)

    check = commands.add_parser("check", help="lint guide files")
    check.add_argument("paths", nargs="+", type=Path)

    export = commands.add_parser("export", help="write a guide with your progress")
    export.add_argument("guide")
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")

    commands.add_parser("progress", help="list started and finished guides")

    importing = commands.add_parser(
        "import", help="save the guides recovered from a web article as clean guide files"
    )
    importing.add_argument(
        "article", help="an article file or saved page, FILE#id for one of its guides, or a URL"
    )
    _add_refresh(importing)
    importing.add_argument(
        "-o",
        "--output",
        type=Path,
        help="folder to write to, or FILE (FILE-<id>.md for each guide of several)",
    )
    importing.add_argument("--force", action="store_true", help="replace an existing file")
    return parser


def _add_refresh(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--refresh", action="store_true", help="fetch a web address again instead of its kept copy"
    )


def _run_parse(args: argparse.Namespace) -> int:
    from walker.library import open_reference, parse_path
    from walker.parse_cache import ParseCache
    from walker.render.json_out import result_to_json

    parse_cache = ParseCache()  # an unchanged file under an unchanged parser is not parsed again
    try:
        result = parse_path(open_reference(args.path, refresh=args.refresh), parse_cache)
    finally:
        parse_cache.save()
    print(result_to_json(replace(result, source=args.path)))
    return 0


def _run_list(args: argparse.Namespace) -> int:
    from walker.library import default_folders, load_library
    from walker.render.listing import render_listing

    library = load_library(args.paths or default_folders())
    print(render_listing(library.files), end="")
    if not args.paths:
        from walker.paths import user_guides_dir

        print(f"\nYour own guides go in {user_guides_dir()}")
    return 0


def _run_show(args: argparse.Namespace) -> int:
    from walker.library import resolve_guides
    from walker.render.outline import render_outline

    guides = resolve_guides(args.guide, refresh=args.refresh)
    print("\n\n".join(render_outline(guide, brief=args.brief) for guide in guides))
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from walker.lint import check_paths

    report, has_errors = check_paths(args.paths)
    print(report, end="")
    return 1 if has_errors else 0


def _run_export(args: argparse.Namespace) -> int:
    from walker.commands.export import export_command

    return export_command(args.guide, args.format, args.output)


def _run_progress(args: argparse.Namespace) -> int:
    from walker.commands.progress import progress_command

    return progress_command()


def _run_import(args: argparse.Namespace) -> int:
    from walker.commands.importing import import_command

    return import_command(args.article, args.output, force=args.force, refresh=args.refresh)


def _run_tui(args: argparse.Namespace) -> int:
    from walker.library import default_folders, load_library, open_reference
    from walker.tui.app import run_app

    paths = [open_reference(path, refresh=args.refresh) for path in args.paths]
    missing = [path for path in paths if not path.exists()]
    if not missing:
        return run_app(paths)
    library = load_library(default_folders())
    name = str(missing[0])
    if len(paths) == 1 and library.find(name) is not None:
        return run_app([], start_guide=name)
    if "/" in name or missing[0].suffix:
        raise WalkerError(f"{name}: no such file")
    from walker.suggest import closest

    commands = [f"`walker {command}`" for command in closest(name, filter(None, COMMANDS))]
    found = [*commands, *closest(name, (guide.id for guide in library.guides()))][:3]
    hint = f"; did you mean {' or '.join(found)}?" if found else " (see `walker --help`)"
    raise WalkerError(f"{name}: no such command, file or guide id{hint}")


COMMANDS: dict[str | None, Command] = {
    "parse": _run_parse,
    "list": _run_list,
    "show": _run_show,
    "check": _run_check,
    "export": _run_export,
    "progress": _run_progress,
    "import": _run_import,
    None: _run_tui,
}


def _tui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="walker", usage="walker [--refresh] [PATH | URL ...]")
    parser.add_argument(
        "paths", nargs="*", help="guide files, folders, saved web pages or http(s) addresses"
    )
    _add_refresh(parser)
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """Read a command line: a known command, or paths for the app."""
    if argv and (argv[0] in COMMANDS or (argv[0].startswith("-") and argv[0] != "--refresh")):
        return build_parser().parse_args(argv)
    args = _tui_parser().parse_args(argv)
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run walker with the given arguments and return the exit status."""
    args = parse_arguments(list(sys.argv[1:] if argv is None else argv))
    try:
        return COMMANDS[args.command](args)
    except WalkerError as error:
        print(f"walker: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
