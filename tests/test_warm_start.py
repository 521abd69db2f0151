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
code = main(sys.argv[1:])
heavy = ("walker.parse.", "markdown_it", "yaml", "frontmatter", "mdit_py_plugins", "textual",
         "walker.web.", "lxml", "trafilatura", "httpx")
loaded = [m for m in sys.modules if m.startswith(heavy) or m == "walker.parse"]
print(json.dumps([code, sorted(loaded)]))
"""


TUI_PROBE = """
import asyncio, json, sys
from walker.store import Store
from walker.tui.app import make_app

async def main():
    with Store.open_default() as store:
        app = make_app([], store)
        async with app.run_test() as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            print(len(app.library.guides()))

asyncio.run(main())
heavy = ("walker.parse.", "markdown_it", "yaml", "frontmatter", "mdit_py_plugins")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy) or m == "walker.parse")))
"""


def loaded_by(data_dir: Path, *arguments: str) -> tuple[int, list[str], str]:
    """Run walker in a fresh interpreter; its exit code, the heavy modules it loaded, its output."""
    env = {**os.environ, "WALKER_DATA_DIR": str(data_dir)}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    *output, last = run.stdout.splitlines()
    code, modules = json.loads(last)
    return code, modules, "\n".join(output)


def loaded_by_list(data_dir: Path) -> tuple[int, list[str]]:
    """Run `walker list`; its exit code and the heavy modules it loaded."""
    code, modules, _ = loaded_by(data_dir, "list")
    return code, modules


def test_a_warm_list_imports_no_parser_markdown_it_or_yaml(tmp_path: Path) -> None:
    cold_code, cold = loaded_by_list(tmp_path)
    assert cold_code == 0 and "markdown_it" in cold  # the probe sees the parser when it runs
    warm_code, warm = loaded_by_list(tmp_path)
    assert warm_code == 0
    assert warm == []


def test_parse_of_an_unchanged_file_comes_from_the_cache_and_an_edit_parses_again(
    tmp_path: Path,
) -> None:
    guide = tmp_path / "tea.md"
    guide.write_text("# Brew tea\n\n1. Boil the water.\n2. Steep the leaves.\n", "utf-8")
    _, cold, first = loaded_by(tmp_path / "data", "parse", "--json", str(guide))
    assert "markdown_it" in cold and "Steep the leaves" in first
    _, warm, again = loaded_by(tmp_path / "data", "parse", "--json", str(guide))
    assert warm == [] and again == first
    guide.write_text("# Brew tea\n\n1. Boil the water.\n2. Pour it over the bag.\n", "utf-8")
    _, _, edited = loaded_by(tmp_path / "data", "parse", "--json", str(guide))
    assert "Pour it over the bag" in edited and "Steep" not in edited


def test_a_warm_list_of_a_saved_page_imports_no_web_library(tmp_path: Path) -> None:
    guides = tmp_path / "guides"
    guides.mkdir()
    (guides / "hinge.html").write_text(
        "<html><body><article><h1>Oil a hinge</h1><p>It squeaks less after a drop of oil.</p>"
        "<ol><li>Lift the pin out.</li><li>Oil the pin.</li><li>Push it back.</li></ol>"
        "</article></body></html>"
    )
    cold_code, cold = loaded_by_list(tmp_path)
    assert cold_code == 0 and "trafilatura" in cold
    warm_code, warm = loaded_by_list(tmp_path)
    assert warm_code == 0
    assert warm == []


def test_a_warm_start_of_the_app_lists_the_library_without_the_parser(tmp_path: Path) -> None:
    loaded_by_list(tmp_path)  # the bundled guides into the parse cache
    run = subprocess.run(
        [sys.executable, "-c", TUI_PROBE],
        env={**os.environ, "WALKER_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    *_, listed, last = run.stdout.splitlines()
    assert int(listed) > 0
    assert json.loads(last) == []
