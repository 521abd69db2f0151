"""Fetch one web page over http(s) with httpx: limits, a named user agent, one-line errors."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from walker import __version__
from walker.errors import WalkerError
from walker.parse.read import MAX_BYTES

USER_AGENT = f"walker/{__version__} (terminal checklists; +https://pypi.org/project/walker/)"
TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5
PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FetchedPage:
    """A page as the server sent it: the address asked for, where it ended up, its bytes."""

    url: str
    final_url: str
    content: bytes
    content_type: str


def fetch_page(url: str, *, timeout: float = TIMEOUT_SECONDS) -> FetchedPage:
    """Download a page, refusing what is not http(s), too big, not HTML or an error status."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise WalkerError(f"{url}: only http and https addresses can be opened")
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9"}
    try:
        with (
            httpx.Client(
                headers=headers,
                timeout=timeout,
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
            ) as client,
            client.stream("GET", url) as response,
        ):
            _check_response(url, response)
            content = _read_limited(url, response)
            final_url = str(response.url)
    except httpx.TimeoutException:
        raise WalkerError(f"{url}: no answer within {timeout:g} s (timed out)") from None
    except httpx.TooManyRedirects:
        raise WalkerError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.ConnectError as error:
        raise WalkerError(f"{url}: {_connect_problem(url, error)}") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise WalkerError(f"{url}: not a valid web address ({error})") from None
    except httpx.HTTPError as error:
        raise WalkerError(f"{url}: the download failed ({type(error).__name__})") from None
    content_type = response.headers.get("content-type", "")
    return FetchedPage(url, final_url, content, content_type)


def _check_response(url: str, response: httpx.Response) -> None:
    if response.status_code >= 400:
        reason = response.reason_phrase or "error"
        raise WalkerError(f"{url}: the server answered {response.status_code} {reason}")
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media and media not in PAGE_TYPES:
        raise WalkerError(f"{url}: is not a web page (the server sent {media})")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise WalkerError(f"{url}: the page is over the {MAX_BYTES // (1024 * 1024)} MiB limit")


def _read_limited(url: str, response: httpx.Response) -> bytes:
    """Read the body, stopping as soon as it passes the size limit."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_BYTES:
            raise WalkerError(f"{url}: the page is over the {MAX_BYTES // (1024 * 1024)} MiB limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _connect_problem(url: str, error: BaseException) -> str:
    """Say in words why a connection failed: no such server, refused, or another reason."""
    host = urlsplit(url).hostname or url
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return f"cannot find the server '{host}' (DNS lookup failed; are you online?)"
        if isinstance(cause, ConnectionRefusedError):
            return f"the server '{host}' refused the connection"
        cause = cause.__cause__ or cause.__context__
    text = str(error).lower()
    if "name or service" in text or "nodename" in text or "getaddrinfo" in text:
        return f"cannot find the server '{host}' (DNS lookup failed; are you online?)"
    if "refused" in text:
        return f"the server '{host}' refused the connection"
    return f"cannot connect to '{host}' ({error or type(error).__name__})"
