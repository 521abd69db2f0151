"""The domain never imports textual: the CLI stays fast and the UI stays replaceable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import walker

PYPROJECT = Path(__file__).parent.parent / "pyproject.toml"

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


def test_the_import_contract_covers_every_domain_module() -> None:
    """A new top-level module must be named in the "no textual" contract, or it goes unchecked."""
    contracts = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]["contracts"]
    domain = next(c for c in contracts if "textual" in c["forbidden_modules"])
    modules = {f"walker.{module.name}" for module in pkgutil.iter_modules(walker.__path__)}
    assert set(domain["source_modules"]) == modules - {"walker.tui"}
