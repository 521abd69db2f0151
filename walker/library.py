"""Find guide files in folders, load them, and resolve a guide by id or path."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from walker.errors import WalkerError
from walker.model import Diagnostic, Guide, Level, ParseResult
from walker.parse_cache import ParseCache, parse_file
from walker.paths import bundled_guides_dir, user_guides_dir
from walker.suggest import did_you_mean
from walker.web import PAGE_SUFFIXES, is_page_file, is_url

GUIDE_SUFFIXES = (".md", ".markdown", *PAGE_SUFFIXES)
PROGRESS_SECONDS = 0.25
"""How often a long load reports the files loaded so far."""
FIRST_REPORT_SECONDS = 0.05
"""When a long load first reports: the first guides are listed before the rest are read."""


@dataclass(frozen=True)
class LoadedFile:
    """One guide file: its guides, and a one-line error when it is broken.

    A file with errors keeps whatever guides it still gave, so their progress stays in reach.
    """

    path: Path
    guides: tuple[Guide, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    error: str | None = None
    recent: bool = False
    """Opened by path earlier, not found in the library's folders (the "Recent" group)."""


@dataclass(frozen=True)
class Library:
    """Every guide file found, in a stable order; two files may hold guides with one id."""

    files: tuple[LoadedFile, ...] = ()

    def guides(self) -> list[Guide]:
        """Return every guide that loaded, in library order."""
        return [guide for loaded in self.files for guide in loaded.guides]

    def errors(self) -> list[LoadedFile]:
        """Return the files that failed to load."""
        return [loaded for loaded in self.files if loaded.error is not None]

    def find(self, guide_id: str) -> Guide | None:
        """Return the first guide with this id, if any."""
        return next((guide for guide in self.guides() if guide.id == guide_id), None)

    def with_id(self, guide_id: str) -> list[Guide]:
        """Return every guide with this id, in library order."""
        return [guide for guide in self.guides() if guide.id == guide_id]

    def collisions(self) -> dict[str, list[Path]]:
        """Return each guide id that more than one guide has, with the files holding them."""
        files: dict[str, list[Path]] = {}
        for loaded in self.files:
            for guide in loaded.guides:
                files.setdefault(guide.id, []).append(loaded.path)
        return {guide_id: paths for guide_id, paths in files.items() if len(paths) > 1}

    def without(self, path: Path) -> Library:
        """Return the library without one file."""
        return Library(tuple(loaded for loaded in self.files if loaded.path != path))


def default_folders() -> list[Path]:
    """Return the bundled guide folder and the user's own guide folder, where they exist."""
    return [folder for folder in (bundled_guides_dir(), user_guides_dir()) if folder.is_dir()]


def guide_files(folder: Path) -> list[Path]:
    """List the guide files in a folder and its subfolders, sorted by path."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in GUIDE_SUFFIXES and path.is_file()
    )


def parse_path(path: Path, parse_cache: ParseCache | None = None) -> ParseResult:
    """Parse a guide file or a saved web page, through the parse cache when given one (the web
    libraries load only for a page that misses it)."""
    return parse_cache.parse(path) if parse_cache else parse_file(path)


def open_reference(reference: str, *, refresh: bool = False) -> Path:
    """Return the file a reference names; a web address is fetched into the page cache first."""
    if is_url(reference):
        from walker.web.cache import open_url

        return open_url(reference, refresh=refresh)
    return Path(reference).expanduser()


def load_file(path: Path, parse_cache: ParseCache | None = None) -> LoadedFile:
    """Parse one file; a file that cannot be read becomes a LoadedFile with an error."""
    try:
        result = parse_path(path, parse_cache)
    except WalkerError as error:
        return LoadedFile(path, error=str(error))
    except Exception as error:  # a parser bug must not hide the other guides
        return LoadedFile(path, error=f"{path}: could not be parsed ({type(error).__name__})")
    errors = [d for d in result.diagnostics if d.level is Level.ERROR]
    guides = tuple(replace(guide, source=path) for guide in result.guides if guide.step_count)
    if errors or not guides:
        first = errors[0] if errors else None
        message = first.message if first else "no steps found in this file"
        where = f"{path}:{first.line}" if first and first.line else str(path)
        return LoadedFile(path, guides, result.diagnostics, error=f"{where}: {message}")
    return LoadedFile(path, guides, result.diagnostics)


Progress = Callable[["Library", int, int], None]
"""Told, now and then during a load, the library so far, the files done and the files in all."""


def load_library(
    paths: Iterable[Path],
    recent: Iterable[Path] = (),
    on_progress: Progress | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> Library:
    """Load every guide file under the given folders and files, then the recent files not
    among them; guide ids are kept as their files give them (progress is keyed by file).

    ``on_progress`` hears of the files loaded so far every PROGRESS_SECONDS of a long load;
    ``stop`` is asked before each file, and when it says so the files loaded so far are returned
    (walker is quitting: it should not wait for a thousand files).
    """
    seen: set[Path] = set()
    wanted: list[tuple[Path, bool]] = []
    for file, is_recent in [
        *((file, False) for path in paths for file in _files_under(path)),
        *((path, True) for path in recent),
    ]:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            wanted.append((file, is_recent))
    files: list[LoadedFile] = []
    parse_cache = ParseCache()
    next_report = time.monotonic() + min(FIRST_REPORT_SECONDS, PROGRESS_SECONDS)
    try:
        for file, is_recent in wanted:
            if stop():
                break
            files.append(replace(load_file(file, parse_cache), recent=is_recent))
            if on_progress is not None and time.monotonic() >= next_report:
                on_progress(Library(tuple(files)), len(files), len(wanted))
                next_report = time.monotonic() + PROGRESS_SECONDS
    finally:  # a load stopped half-way (walker quit early) still keeps what it parsed
        parse_cache.save()
    return Library(tuple(files))


def _files_under(path: Path) -> list[Path]:
    return guide_files(path) if path.is_dir() else [path]


def resolve_guides(
    reference: str, load: Callable[[], Library] | None = None, *, refresh: bool = False
) -> list[Guide]:
    """Find the guides a reference names: a path, ``FILE#id``, a web address or a guide id.

    ``load`` gives the library to look ids up in (default: the bundled and user guides).
    """
    if is_url(reference):
        return _file_guides(open_reference(reference, refresh=refresh), "", reference)
    path_part, _, fragment = reference.partition("#")
    path = Path(path_part).expanduser()
    if path_part and (path.exists() or path.suffix.lower() in GUIDE_SUFFIXES or "/" in path_part):
        return _file_guides(path, fragment, reference)
    library = load() if load else load_library(default_folders())
    found = library.with_id(reference)
    if not found:
        hint = did_you_mean(reference, (guide.id for guide in library.guides()))
        raise WalkerError(f"{reference}: no such file or guide id{hint or ' (see `walker list`)'}")
    if len(found) > 1:
        files = ", ".join(str(guide.source) for guide in found)
        raise WalkerError(f"{reference}: several guides have this id ({files}); name the file")
    return found[:1]


def _file_guides(path: Path, fragment: str, reference: str) -> list[Guide]:
    """The guides with steps of one file or page (only the one with id ``fragment``, if given)."""
    guides = [replace(guide, source=path) for guide in parse_path(path).guides]
    guides = [guide for guide in guides if guide.step_count]
    if fragment:
        guides = [guide for guide in guides if guide.id == fragment]
        if not guides:
            raise WalkerError(f"{path}: no guide with id '{fragment}'")
    if not guides:
        if is_url(reference) or is_page_file(path):
            raise WalkerError(f"{reference}: no recognisable procedure on this page")
        raise WalkerError(f"{path}: no steps found in this file")
    return guides
