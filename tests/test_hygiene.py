"""The domain never imports textual: the CLI stays fast and the UI stays replaceable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DOMAIN_MODULES = [
    "walker.model",
    "walker.parse",
    "walker.cli",
    "walker.library",
    "walker.lint",
    "walker.store",
    "walker.progress",
    "walker.render.outline",
    "walker.render.json_out",
    "walker.render.export",
    "walker.render.guide_md",
    "walker.render.listing",
    "walker.commands.export",
    "walker.commands.importing",
    "walker.commands.progress",
    "walker.numbering",
    "walker.paths",
    "walker.parse_cache",
]


@pytest.mark.parametrize("module", DOMAIN_MODULES)
def test_domain_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_no_textual_import_statement_outside_tui() -> None:
    package = Path(__file__).parent.parent / "walker"
    offenders = [
        str(path)
        for path in package.rglob("*.py")
        if "tui" not in path.relative_to(package).parts
        and any(
            line.lstrip().startswith(("import textual", "from textual"))
            for line in path.read_text().splitlines()
        )
    ]
    assert offenders == []
