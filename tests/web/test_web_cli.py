"""Web pages from the command line: parse, show, import by address; the library; start time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from local_site import Site

from walker.cli import main, parse_arguments
from walker.library import load_library
from walker.parse import parse_file

PAGES = Path(__file__).parent / "pages"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_parse_json_of_an_address(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    url = site.url("/pages/howto_sections.html")
    status, out, _ = run(capsys, "parse", "--json", url)
    assert status == 0
    data = json.loads(out)
    assert data["source"] == url
    guide = data["guides"][0]
    assert guide["read_from"] == "JSON-LD HowTo"
    assert guide["source"] == url
    said = [d["message"] for d in data["diagnostics"]]
    assert "read from: JSON-LD HowTo · 4 steps · 2 sections" in said


def test_a_saved_page_parses_like_an_article(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--json", str(PAGES / "blog_steps.html"))
    assert status == 0
    assert len(json.loads(out)["guides"][0]["flow"]) == 4


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing", "404 Not Found"), ("/file.pdf", "is not a web page")],
)
def test_errors_are_one_line(
    site: Site, capsys: pytest.CaptureFixture[str], path: str, message: str
) -> None:
    status, out, err = run(capsys, "show", site.url(path))
    assert status == 2 and out == ""
    assert err.startswith(f"walker: {site.url(path)}: ") and message in err
    assert err.count("\n") == 1


def test_a_page_with_no_procedure_is_one_line(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    url = site.url("/pages/no_procedure.html")
    status, _, err = run(capsys, "show", url)
    assert status == 2
    assert err == f"walker: {url}: no recognisable procedure on this page\n"


def test_show_opens_offline_and_refresh_fetches_again(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    url = site.url("/pages/blog_steps.html")
    assert run(capsys, "show", url)[0] == 0
    assert run(capsys, "show", url)[0] == 0
    assert site.hits["/pages/blog_steps.html"] == 1
    assert run(capsys, "show", "--refresh", url)[0] == 0
    assert site.hits["/pages/blog_steps.html"] == 2


def test_import_writes_the_authored_format_with_its_source(
    site: Site, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = site.url("/pages/recipe_card.html")
    target = tmp_path / "soup.md"
    status, out, _ = run(capsys, "import", url, "-o", str(target))
    assert status == 0 and "5 steps" in out
    text = target.read_text(encoding="utf-8")
    assert f"source: {url}" in text  # the address it was read from, not the page's own claim
    back = parse_file(target).guides[0]
    original = json.loads(run(capsys, "parse", "--json", url)[1])["guides"][0]
    assert [step.title for step in back.steps()] == [n["title"] for n in original["flow"]]
    assert back.source_url == url
    assert back.time_minutes == 50


def test_the_app_takes_addresses_and_refresh() -> None:
    args = parse_arguments(["--refresh", "https://example.com/a#b", "guides/"])
    assert args.command is None and args.refresh
    assert args.paths == ["https://example.com/a#b", "guides/"]


def test_a_library_folder_loads_saved_pages(tmp_path: Path) -> None:
    for name in ("recipe_card.html", "blog_steps.html", "no_procedure.html"):
        (tmp_path / name).write_bytes((PAGES / name).read_bytes())
    library = load_library([tmp_path])
    assert sorted(guide.title for guide in library.guides()) == [
        "How to Reset a Wi-Fi Router",
        "Lentil Soup with Lemon",
    ]
    [broken] = library.errors()
    assert broken.error and "no_procedure.html" in broken.error


def test_web_libraries_load_only_when_a_page_is_opened(tmp_path: Path) -> None:
    guide = tmp_path / "g.md"
    guide.write_text("# Tea\n\n1. Boil the water.\n2. Pour it on the leaves.\n")
    heavy = ("httpx", "trafilatura", "lxml", "isodate")
    for argv in (["list", str(tmp_path)], ["parse", "--json", str(guide)]):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "walker", *argv],
            capture_output=True,
            text=True,
            check=True,
        )
        loaded = {
            line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines()
        }
        assert not loaded & set(heavy), argv


def test_check_reads_a_saved_page_as_a_page(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", str(PAGES))
    assert status == 1  # the page without a procedure
    assert f"{PAGES / 'recipe_card.html'}: info: read from: JSON-LD Recipe · 5 steps" in out
    assert f"{PAGES / 'no_procedure.html'}: error: 'About our bakery' has no steps" in out
    assert "frontmatter" not in out  # never read as a Markdown file


def test_a_guide_opened_by_address_is_listed_under_recent(
    site: Site, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from walker.follow import recent_files
    from walker.store import Store
    from walker.tui.app import WalkerApp

    monkeypatch.setattr(WalkerApp, "run", lambda self: None)
    url = site.url("/pages/blog_steps.html")
    assert main([url]) == 0
    with Store.open_default() as store:
        library = load_library([], recent_files(store))
    [loaded] = library.files
    assert loaded.recent and loaded.guides[0].source_url == url
    assert loaded.guides[0].read_from == "main content"
