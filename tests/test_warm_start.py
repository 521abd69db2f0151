"""A warm start: every guide comes from the parse cache, so the parser is never loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
from walker.cli import main
code = main(["list"])
heavy = ("walker.parse.", "markdown_it", "yaml", "frontmatter", "mdit_py_plugins", "textual")
loaded = [m for m in sys.modules if m.startswith(heavy) or m == "walker.parse"]
print(json.dumps([code, sorted(loaded)]))
"""


def loaded_by_list(data_dir: Path) -> tuple[int, list[str]]:
    """Run `walker list` in a fresh interpreter; its exit code and the heavy modules it loaded."""
    env = {**os.environ, "WALKER_DATA_DIR": str(data_dir)}
    run = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    code, modules = json.loads(run.stdout.splitlines()[-1])
    return code, modules


def test_a_warm_list_imports_no_parser_markdown_it_or_yaml(tmp_path: Path) -> None:
    cold_code, cold = loaded_by_list(tmp_path)
    assert cold_code == 0 and "markdown_it" in cold  # the probe sees the parser when it runs
    warm_code, warm = loaded_by_list(tmp_path)
    assert warm_code == 0
    assert warm == []
