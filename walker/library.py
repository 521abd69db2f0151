"""Find guide files in folders, load them, and resolve a guide by id or path."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from walker.errors import WalkerError
from walker.model import Diagnostic, Guide, Level, ParseResult
from walker.parse import parse_file
from walker.parse_cache import ParseCache
from walker.paths import bundled_guides_dir, user_guides_dir
from walker.suggest import did_you_mean
from walker.web import PAGE_SUFFIXES, is_page_file, is_url

GUIDE_SUFFIXES = (".md", ".markdown", *PAGE_SUFFIXES)


@dataclass(frozen=True)
class LoadedFile:
    """One guide file: its guides, and a one-line error when it is broken.

    A file with errors keeps whatever guides it still gave, so their progress stays in reach.
    """

    path: Path
    guides: tuple[Guide, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class Library:
    """Every guide file found, in a stable order, with unique guide ids."""

    files: tuple[LoadedFile, ...] = ()

    def guides(self) -> list[Guide]:
        """Return every guide that loaded, in library order."""
        return [guide for loaded in self.files for guide in loaded.guides]

    def errors(self) -> list[LoadedFile]:
        """Return the files that failed to load."""
        return [loaded for loaded in self.files if loaded.error is not None]

    def find(self, guide_id: str) -> Guide | None:
        """Return the guide with this id, if any."""
        return next((guide for guide in self.guides() if guide.id == guide_id), None)


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
    """Parse a guide file or a saved web page (the web libraries load only for a page)."""
    if is_page_file(path):
        from walker.web.page import parse_page_file

        return parse_page_file(path)
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


def load_library(paths: Iterable[Path]) -> Library:
    """Load every guide file under the given folders and files, making ids unique."""
    seen: set[Path] = set()
    files: list[LoadedFile] = []
    parse_cache = ParseCache()
    for path in paths:
        for file in guide_files(path) if path.is_dir() else [path]:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(load_file(file, parse_cache))
    parse_cache.save()
    return Library(tuple(_unique_ids(files)))


def _unique_ids(files: Sequence[LoadedFile]) -> list[LoadedFile]:
    taken: set[str] = set()
    unique: list[LoadedFile] = []
    for loaded in files:
        guides: list[Guide] = []
        diagnostics = list(loaded.diagnostics)
        for guide in loaded.guides:
            new_id, suffix = guide.id, 2
            while new_id in taken:
                new_id, suffix = f"{guide.id}-{suffix}", suffix + 1
            if new_id != guide.id:
                diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        f"guide id '{guide.id}' is already used; this guide is '{new_id}'",
                        guide.line,
                    )
                )
                guide = replace(guide, id=new_id)
            taken.add(new_id)
            guides.append(guide)
        unique.append(replace(loaded, guides=tuple(guides), diagnostics=tuple(diagnostics)))
    return unique


def resolve_guides(
    reference: str, library: Library | None = None, *, refresh: bool = False
) -> list[Guide]:
    """Find the guides a reference names: a path, ``FILE#id``, a web address or a guide id."""
    if is_url(reference):
        return _file_guides(open_reference(reference, refresh=refresh), "", reference)
    path_part, _, fragment = reference.partition("#")
    path = Path(path_part).expanduser()
    if path_part and (path.exists() or path.suffix.lower() in GUIDE_SUFFIXES or "/" in path_part):
        return _file_guides(path, fragment, reference)
    library = library or load_library(default_folders())
    found = library.find(reference)
    if found is None:
        hint = did_you_mean(reference, (guide.id for guide in library.guides()))
        raise WalkerError(f"{reference}: no such file or guide id{hint or ' (see `walker list`)'}")
    return [found]


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
