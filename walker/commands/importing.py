"""`walker import`: save the guides recovered from an article as clean guide files."""

from __future__ import annotations

from pathlib import Path

from walker.errors import WalkerError
from walker.library import resolve_guides
from walker.paths import user_guides_dir
from walker.render.guide_md import guide_to_markdown
from walker.web import is_url


def import_command(
    reference: str, output: Path | None, *, force: bool = False, refresh: bool = False
) -> int:
    """Write each guide found in an article or web page to the guide folder (or one to FILE)."""
    found = is_url(reference) or "#" in reference or Path(reference).exists()
    guides = resolve_guides(reference, refresh=refresh) if found else []
    if not guides:
        raise WalkerError(f"{reference}: no such file")
    if output is not None and len(guides) > 1:
        ids = ", ".join(guide.id for guide in guides)
        raise WalkerError(
            f"{reference}: holds {len(guides)} guides; import one with FILE#id: {ids}"
        )
    folder = user_guides_dir()
    for guide in guides:
        target = output or folder / f"{guide.id}.md"
        if target.exists() and not force:
            raise WalkerError(f"{target}: already exists (use --force to replace it)")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(guide_to_markdown(guide), encoding="utf-8")
        except OSError as error:
            raise WalkerError(f"{target}: cannot be written ({error.strerror or error})") from None
        steps = f"{guide.step_count} step{'s' if guide.step_count != 1 else ''}"
        print(f"wrote {target} ({steps}): {guide.title}")
    return 0
