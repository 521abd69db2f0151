"""`walker import`: save the guides recovered from an article as clean guide files.

Every guide goes to a file of its own, so each file parses back to exactly the guide it holds
(one file with several frontmatter blocks would not): into the guide folder by default, into
a folder given with ``-o DIR``, or, with ``-o FILE``, to FILE for an article with one guide
and to ``FILE-stem-<guide id>.md`` beside it for each guide of an article with several.
"""

from __future__ import annotations

from pathlib import Path

from walker.errors import WalkerError
from walker.library import resolve_guides
from walker.model import Guide
from walker.paths import user_guides_dir
from walker.render.guide_md import guide_to_markdown
from walker.web import is_url


def import_command(
    reference: str, output: Path | None, *, force: bool = False, refresh: bool = False
) -> int:
    """Write every guide of an article or web page to its own file (see the module docstring)."""
    found = is_url(reference) or "#" in reference or Path(reference).exists()
    guides = resolve_guides(reference, refresh=refresh) if found else []
    if not guides:
        raise WalkerError(f"{reference}: no such file")
    targets = [(guide, target_for(guide, output, several=len(guides) > 1)) for guide in guides]
    for _guide, target in targets:
        if target.exists() and not force:
            raise WalkerError(f"{target}: already exists (use --force to replace it)")
    for guide, target in targets:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(guide_to_markdown(guide), encoding="utf-8")
        except OSError as error:
            raise WalkerError(f"{target}: cannot be written ({error.strerror or error})") from None
        steps = f"{guide.step_count} step{'s' if guide.step_count != 1 else ''}"
        print(f"wrote {target} ({steps}): {guide.title}")
    return 0


def target_for(guide: Guide, output: Path | None, *, several: bool) -> Path:
    """Where one guide is written: a folder gets ``<id>.md``; a FILE is named for the guide."""
    if output is None or output.is_dir() or not output.suffix:
        return (output or user_guides_dir()) / f"{guide.id}.md"
    if not several:
        return output
    return output.with_name(f"{output.stem}-{guide.id}{output.suffix}")
