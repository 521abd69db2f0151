"""Fetching pages from a real local server: limits, one-line errors, the page cache."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from local_site import Site

from walker.errors import WalkerError
from walker.web.cache import cache_dir, open_url, page_path, read_record
from walker.web.fetch import USER_AGENT, fetch_page


def test_fetch_gives_the_page_and_names_walker(site: Site) -> None:
    page = fetch_page(site.url("/agent"))
    assert page.content_type.startswith("text/html")
    assert USER_AGENT.encode() in page.content
    assert "walker" in USER_AGENT


def test_redirects_are_followed(site: Site) -> None:
    page = fetch_page(site.url("/moved"))
    assert page.final_url.endswith("/pages/recipe_card.html")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered 404 Not Found"),
        ("/broken", "the server answered 500 Internal Server Error"),
        ("/file.pdf", "is not a web page (the server sent application/pdf)"),
        ("/loop", "more than 5 redirects"),
        ("/huge", "the page is over the 10 MiB limit"),
    ],
)
def test_bad_answers_are_one_line_errors(site: Site, path: str, message: str) -> None:
    with pytest.raises(WalkerError) as caught:
        fetch_page(site.url(path))
    assert str(caught.value) == f"{site.url(path)}: {message}"


def test_a_slow_server_times_out(site: Site) -> None:
    with pytest.raises(WalkerError, match=r"/slow: no answer within 0.3 s \(timed out\)$"):
        fetch_page(site.url("/slow"), timeout=0.3)


def test_a_refused_connection_says_so() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(WalkerError, match=r"the server '127\.0\.0\.1' refused the connection$"):
        fetch_page(f"http://127.0.0.1:{port}/page")


def test_an_unknown_host_is_a_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(WalkerError, match=r"cannot find the server 'nowhere.test' \(DNS"):
        fetch_page("http://nowhere.test/page")


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(WalkerError, match=r"only http and https addresses can be opened$"):
        fetch_page(url)


def test_a_page_is_kept_with_its_address_and_fetch_time(site: Site, data_dir: Path) -> None:
    url = site.url("/pages/recipe_card.html#ingredients")
    path = open_url(url)
    assert path.parent == cache_dir() and path.is_relative_to(data_dir)
    record = read_record(path)
    assert record is not None
    assert record.url == site.url("/pages/recipe_card.html")
    assert record.fetched_at.endswith("+00:00")
    assert path.read_bytes() == (Path(__file__).parent / "pages" / "recipe_card.html").read_bytes()


def test_a_kept_page_opens_offline_and_refresh_fetches_again(site: Site) -> None:
    url = site.url("/pages/blog_steps.html")
    first = open_url(url)
    assert open_url(url) == first
    assert site.hits["/pages/blog_steps.html"] == 1  # the second open never asked the server
    time.sleep(0.01)
    assert open_url(url, refresh=True) == first
    assert site.hits["/pages/blog_steps.html"] == 2


def test_a_failed_refresh_keeps_the_kept_copy(site: Site) -> None:
    site.overrides["/flaky"] = b"<h1>Kept</h1><ol><li>Do one thing.</li><li>Do another.</li></ol>"
    path = open_url(site.url("/flaky"))
    site.overrides.clear()  # the page is gone now
    with pytest.raises(WalkerError, match="404"):
        open_url(site.url("/flaky"), refresh=True)
    assert b"Kept" in path.read_bytes()


def test_cache_names_are_readable_and_distinct() -> None:
    one = page_path("https://example.com/how-to/bake?page=1")
    two = page_path("https://example.com/how-to/bake?page=2")
    assert one != two
    assert one.name.startswith("example-com-how-to-bake-")
