"""One HTTP GET with a timeout and a size cap; every failure is one FetchError line."""

from __future__ import annotations

import socket

from wetgen import __version__
from wetgen.law.errors import FetchError
from wetgen.law.safe_xml import megabytes

TIMEOUT_SECONDS = 30.0
_CHUNK = 1 << 16


def download(url: str, limit: int, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """Return the body of `url`; raise FetchError on a network error, an HTTP error or too much data."""
    # imported here: the HTTP stack costs a tenth of a second that reading a local law never needs
    import urllib.error
    import urllib.parse
    import urllib.request

    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: not an http(s) address")
    request = urllib.request.Request(url, headers={"User-Agent": f"wetgen/{__version__}",
                                                   "Accept": "application/xml"})  # fmt: skip
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(f"{url}: {megabytes(int(declared))}, over the {megabytes(limit)} limit")
            return _read_capped(response, url, limit)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot reach {parts.hostname}: {_reason(exc.reason)}") from None
    except TimeoutError:
        raise FetchError(f"{parts.hostname} did not answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:  # a connection reset half-way, a malformed response
        raise FetchError(f"downloading {url} failed: {_reason(exc)}") from None


def _read_capped(response: object, url: str, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)  # type: ignore[attr-defined]
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise FetchError(f"{url}: more than the {megabytes(limit)} limit; download stopped")
        chunks.append(chunk)


def _reason(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return "the host name does not resolve (no network, or a wrong address)"
    if isinstance(reason, TimeoutError):
        return "the connection timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    return str(reason) or reason.__class__.__name__
