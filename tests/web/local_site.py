"""The test web site: a real HTTP server on 127.0.0.1 with the test pages and bad answers."""

from __future__ import annotations

import time
from contextlib import suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

PAGES = Path(__file__).parent / "pages"
BIG = 11 * 1024 * 1024


@dataclass
class Site:
    """The running server: its address, what it served, and pages a test can change."""

    base: str
    hits: dict[str, int] = field(default_factory=dict)
    overrides: dict[str, bytes] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


def handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            site.hits[path] = site.hits.get(path, 0) + 1
            if path in site.overrides:
                self._send(200, "text/html; charset=utf-8", site.overrides[path])
            elif path.startswith("/pages/") and (PAGES / path[7:]).is_file():
                self._send(200, "text/html; charset=utf-8", (PAGES / path[7:]).read_bytes())
            elif path == "/agent":
                agent = self.headers.get("User-Agent", "")
                body = f"<html><body><h1>{agent}</h1><ol><li>Do it.</li></ol></body></html>"
                self._send(200, "text/html", body.encode())
            elif path == "/missing":
                self._send(404, "text/html", b"<h1>Not found</h1>")
            elif path == "/broken":
                self._send(500, "text/html", b"<h1>Oops</h1>")
            elif path == "/file.pdf":
                self._send(200, "application/pdf", b"%PDF-1.4 not a page")
            elif path == "/slow":
                time.sleep(1)
                self._send(200, "text/html", b"<p>late</p>")
            elif path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
            elif path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/pages/recipe_card.html")
                self.end_headers()
            elif path == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()  # no length: the client must stop reading by itself
                chunk = b"<div>" + b"x" * 65531
                with suppress(BrokenPipeError, ConnectionResetError):
                    for _ in range(BIG // len(chunk) + 2):
                        self.wfile.write(chunk)
            else:
                self._send(404, "text/html", b"no such page")

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up first
                self.wfile.write(body)

    return Handler
