"""Fixtures for the web tests: the local test site, started once per session."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest
from local_site import Site, handler_for


@pytest.fixture(scope="session")
def _server() -> Iterator[tuple[ThreadingHTTPServer, Site]]:
    site = Site("")
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, site
    server.shutdown()
    server.server_close()


@pytest.fixture
def site(_server: tuple[ThreadingHTTPServer, Site]) -> Iterator[Site]:
    """The test web site, with its hit counts and overrides reset for each test."""
    _, shared = _server
    shared.hits.clear()
    shared.overrides.clear()
    yield shared
