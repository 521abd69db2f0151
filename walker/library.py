"""Find guide files in folders, load them, and resolve a guide by id or path."""

from __future__ import annotations

import os
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
    return [found.path for found in _found_under(folder)]


@dataclass(frozen=True)
class FoundFile:
    """A guide file found for a load: its path as found, and as resolved (its identity)."""

    path: Path
    key: str
    recent: bool = False


def _found_under(folder: Path) -> list[FoundFile]:
    """The guide files under a folder, sorted by path (as ``rglob`` would: symlinked folders
    are not entered), each resolved once with its folder unless it is a symlink itself."""
    if not folder.is_dir():
        return []
    found: list[tuple[tuple[str, ...], FoundFile]] = []
    resolved_root = folder.resolve()
    pending: list[tuple[str, ...]] = [()]
    while pending:
        parts = pending.pop()
        try:
            with os.scandir(os.path.join(folder, *parts)) as entries:
                listed = list(entries)
        except OSError:
            continue
        for entry in listed:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((*parts, entry.name))
                    continue
                if os.path.splitext(entry.name)[1].lower() not in GUIDE_SUFFIXES:
                    continue
                if not entry.is_file():
                    continue
            except OSError:
                continue
            path = Path(entry.path)
            key = (
                _resolved(path)
                if entry.is_symlink()
                else str(resolved_root.joinpath(*parts, entry.name))
            )
            found.append(((*parts, entry.name), FoundFile(path, key)))
    found.sort(key=lambda pair: pair[0])
    return [file for _, file in found]


def _found_files(paths: Iterable[Path], recent: Iterable[Path]) -> list[FoundFile]:
    """The files a load reads, in order and each once: those under the paths, then the recent
    files not among them."""
    seen: set[str] = set()
    wanted: list[FoundFile] = []
    for found in [
        *(file for path in paths for file in _found_at(path)),
        *(FoundFile(path, _resolved(path), recent=True) for path in recent),
    ]:
        if found.key not in seen:
            seen.add(found.key)
            wanted.append(found)
    return wanted


def _found_at(path: Path) -> list[FoundFile]:
    return _found_under(path) if path.is_dir() else [FoundFile(path, _resolved(path))]


def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a symlink loop: the file's own error is said on loading
        return str(path.absolute())


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


def _load_found(found: FoundFile, parse_cache: ParseCache) -> LoadedFile:
    """Parse a file found for a load (through the parse cache) into a LoadedFile."""
    path = found.path
    try:
        result = parse_cache.parse(path, found.key)
    except WalkerError as error:
        return LoadedFile(path, error=str(error), recent=found.recent)
    except Exception as error:  # a parser bug must not hide the other guides
        message = f"{path}: could not be parsed ({type(error).__name__})"
        return LoadedFile(path, error=message, recent=found.recent)
    return _loaded(found, result)


def _loaded(found: FoundFile, result: ParseResult) -> LoadedFile:
    """The LoadedFile of a parse result: its guides with steps, or the first error."""
    path = found.path
    errors = [d for d in result.diagnostics if d.level is Level.ERROR]
    guides = tuple(replace(guide, source=path) for guide in result.guides if guide.step_count)
    if errors or not guides:
        first = errors[0] if errors else None
        message = first.message if first else "no steps found in this file"
        where = f"{path}:{first.line}" if first and first.line else str(path)
        error = f"{where}: {message}"
        return LoadedFile(path, guides, result.diagnostics, error=error, recent=found.recent)
    return LoadedFile(path, guides, result.diagnostics, recent=found.recent)


Progress = Callable[["Library", int, int], None]
"""Told, now and then during a load, the library so far, the files done and the files in all."""


class LibraryLoad:
    """One load of a library, in two parts: what the parse cache holds for the first files, on
    the caller's thread so the first screen can list them, then the rest (in a worker).

    The files are found (cheaply: one directory listing per folder) when the load is made.
    """

    def __init__(self, paths: Iterable[Path], recent: Iterable[Path] = ()) -> None:
        """Load every guide file under the given folders and files, then the recent files not
        among them (each file once, by its resolved path)."""
        self._wanted = _found_files(paths, recent)
        self._files: list[LoadedFile] = []
        self._cache = ParseCache()

    @property
    def total(self) -> int:
        """Return how many files the load reads."""
        return len(self._wanted)

    @property
    def done(self) -> bool:
        """Tell whether every file is loaded (the head may have taken them all)."""
        return len(self._files) == len(self._wanted)

    def head(self, seconds: float) -> Library:
        """Take the files in order while the parse cache holds them, for at most ``seconds``
        (nothing is parsed, so this is quick): the library so far."""
        give_up = time.monotonic() + seconds
        while len(self._files) < len(self._wanted) and time.monotonic() < give_up:
            found = self._wanted[len(self._files)]
            result = self._cache.cached(found.path, found.key)
            if result is None:
                break
            self._files.append(_loaded(found, result))
        return Library(tuple(self._files))

    def rest(
        self, on_progress: Progress | None = None, stop: Callable[[], bool] = lambda: False
    ) -> Library:
        """Load the files left, then save the parse cache: the whole library.

        ``on_progress`` hears of the files loaded so far every PROGRESS_SECONDS of a long load;
        ``stop`` is asked before each file, and when it says so the files loaded so far are
        returned (walker is quitting: it should not wait for a thousand files).
        """
        next_report = time.monotonic() + min(FIRST_REPORT_SECONDS, PROGRESS_SECONDS)
        try:
            for found in self._wanted[len(self._files) :]:
                if stop():
                    break
                self._files.append(_load_found(found, self._cache))
                if on_progress is not None and time.monotonic() >= next_report:
                    on_progress(Library(tuple(self._files)), len(self._files), self.total)
                    next_report = time.monotonic() + PROGRESS_SECONDS
        finally:  # a load stopped half-way (walker quit early) still keeps what it parsed
            self._cache.save()
        return Library(tuple(self._files))


def load_library(
    paths: Iterable[Path],
    recent: Iterable[Path] = (),
    on_progress: Progress | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> Library:
    """Load every guide file under the given folders and files, then the recent files not
    among them; guide ids are kept as their files give them (progress is keyed by file).

    See ``LibraryLoad.rest`` for ``on_progress`` and ``stop``.
    """
    return LibraryLoad(paths, recent).rest(on_progress, stop)


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
