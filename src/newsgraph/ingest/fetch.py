"""HTTP(S) fetching with the limits a crawler needs: time, size, redirects, content type, address guard.

Built on `http.client` rather than `urllib.request` because we must
(1) follow redirects ourselves, re-checking every hop's scheme and address;
(2) connect to exactly the IP address we vetted, so a DNS answer cannot change
between the private-address check and the connection (DNS rebinding); and
(3) stop reading as soon as the body exceeds the size limit.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from newsgraph.ingest.encoding import EncodingProblem, detect_encoding, looks_binary, normalise_codec
from newsgraph.ingest.files import sniff_content_type
from newsgraph.model import RawPage, Rejection
from newsgraph.settings import Settings

ACCEPTED_TYPES: dict[str, str] = {
    "text/html": "text/html",
    "application/xhtml+xml": "text/html",
    "text/plain": "text/plain",
    "text/markdown": "text/markdown",
    "text/x-markdown": "text/markdown",
}
"""Response content types we read, mapped to the type the content stage expects."""

REDIRECT_STATUSES = frozenset((301, 302, 303, 307, 308))
CHUNK_SIZE = 64 * 1024


class FetchProblem(Exception):
    """One-line, user-facing reason why a URL gave no page."""


@dataclass
class _Response:
    url: str
    status: int
    reason: str
    headers: http.client.HTTPMessage
    body: bytes


def is_url(source: str) -> bool:
    return "://" in source and urlsplit(source).scheme.lower() in ("http", "https", "ftp", "file", "data")


def _check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchProblem(f"unsupported URL scheme '{scheme}' (only http and https)")


def _resolve(host: str, port: int, settings: Settings) -> str:
    """The first address of `host`, after checking that none of them is private (unless allowed)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchProblem(f"unreachable URL: cannot resolve host '{host}' ({exc.strerror})") from None
    addresses = [info[4][0] for info in infos]
    if not settings.allow_private_addresses:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if not ip.is_global or ip.is_multicast:
                raise FetchProblem(f"refusing to fetch non-public address {address} of host '{host}' "
                                   f"(setting allow_private_addresses)")
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a vetted IP while sending the original Host header."""

    def __init__(self, host: str, port: int, ip: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As `_PinnedHTTPConnection`, with TLS verified against the host name (SNI)."""

    def __init__(self, host: str, port: int, ip: str, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _read_body(resp: http.client.HTTPResponse, settings: Settings, deadline: float) -> bytes:
    """The response body, decompressed, stopping as soon as it exceeds settings.max_bytes."""
    limit = settings.max_bytes
    length = resp.getheader("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise FetchProblem(f"response too large: {int(length):,} bytes (limit {limit:,}, setting max_bytes)")
    coding = (resp.getheader("Content-Encoding") or "identity").lower().strip()
    inflater = None
    if coding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif coding == "deflate":
        inflater = zlib.decompressobj()
    elif coding not in ("identity", ""):
        raise FetchProblem(f"unsupported content encoding '{coding}'")
    parts: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchProblem(f"timed out after {settings.fetch_timeout:g} s while reading the body "
                               f"(setting fetch_timeout)")
        chunk = resp.read1(CHUNK_SIZE) if hasattr(resp, "read1") else resp.read(CHUNK_SIZE)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, limit + 1 - total)
            except zlib.error as exc:
                raise FetchProblem(f"corrupt {coding} response body: {exc}") from None
        total += len(chunk)
        if total > limit:
            raise FetchProblem(f"response too large: more than {limit:,} bytes (setting max_bytes)")
        parts.append(chunk)
    return b"".join(parts)


def _request(url: str, settings: Settings, deadline: float) -> _Response:
    """One GET without following redirects."""
    parts = urlsplit(url)
    if not parts.hostname:
        raise FetchProblem("invalid URL: no host name")
    https = parts.scheme.lower() == "https"
    try:
        port = parts.port or (443 if https else 80)
    except ValueError:
        raise FetchProblem("invalid URL: bad port") from None
    ip = _resolve(parts.hostname, port, settings)
    timeout = max(0.1, min(settings.fetch_timeout, deadline - time.monotonic()))
    conn_cls = _PinnedHTTPSConnection if https else _PinnedHTTPConnection
    conn = conn_cls(parts.hostname, port, ip, timeout)
    # percent-encode what a browser would (spaces, non-ASCII), leave existing escapes alone
    path = quote(parts.path or "/", safe="/%:@&=+$,;~!*'()[]")
    if parts.query:
        path += "?" + quote(parts.query, safe="/%:@&=+$,;~!*'()[]?")
    headers = {"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate",
               "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"}
    try:
        conn.request("GET", path, headers=headers)
        resp = conn.getresponse()
        body = b"" if resp.status in REDIRECT_STATUSES else _read_body(resp, settings, deadline)
        return _Response(url, resp.status, resp.reason, resp.headers, body)
    finally:
        conn.close()


def _content_type(headers: http.client.HTTPMessage) -> tuple[str | None, str | None]:
    """(media type, charset) of a response."""
    raw = headers.get("Content-Type")
    if not raw:
        return None, None
    media = raw.split(";")[0].strip().lower()
    return media, headers.get_param("charset")  # type: ignore[return-value]


def fetch_url(url: str, settings: Settings) -> RawPage:
    """GET `url`, following at most settings.max_redirects redirects; raises FetchProblem."""
    deadline = time.monotonic() + settings.fetch_timeout
    current = url
    for _hop in range(settings.max_redirects + 1):
        _check_scheme(current)
        resp = _request(current, settings, deadline)
        if resp.status in REDIRECT_STATUSES:
            location = resp.headers.get("Location")
            if not location:
                raise FetchProblem(f"HTTP {resp.status} redirect without a Location header")
            current = urljoin(current, location)
            continue
        if resp.status >= 400:
            raise FetchProblem(f"HTTP error {resp.status} {resp.reason}".rstrip())
        if resp.status != 200:
            raise FetchProblem(f"unexpected HTTP status {resp.status} {resp.reason}".rstrip())
        return _page_from_response(url, resp)
    raise FetchProblem(f"too many redirects (more than {settings.max_redirects}, setting max_redirects)")


def _page_from_response(source: str, resp: _Response) -> RawPage:
    media, charset = _content_type(resp.headers)
    if media is not None and media not in ACCEPTED_TYPES:
        raise FetchProblem(f"unsupported content type '{media}' (expected HTML or plain text)")
    body = resp.body
    if not body.strip():
        raise FetchProblem("empty response body")
    if looks_binary(body):
        raise FetchProblem("binary response body, not HTML or text")
    try:
        encoding = detect_encoding(body, declared=normalise_codec(charset) if charset else None)
    except EncodingProblem as exc:
        raise FetchProblem(str(exc)) from None
    if media is None:
        content_type = sniff_content_type(body)
    else:
        content_type = ACCEPTED_TYPES[media]
    return RawPage(source=source, body=body, content_type=content_type, url=resp.url, encoding=encoding)


def read_url(url: str, settings: Settings) -> RawPage | Rejection:
    """`fetch_url`, with every failure turned into a Rejection with a one-line reason."""
    try:
        return fetch_url(url, settings)
    except FetchProblem as exc:
        return Rejection(url, "ingest", str(exc))
    except (socket.timeout, TimeoutError):
        return Rejection(url, "ingest", f"timed out after {settings.fetch_timeout:g} s (setting fetch_timeout)")
    except ssl.SSLError as exc:
        return Rejection(url, "ingest", f"TLS error: {exc.reason or exc}")
    except ConnectionRefusedError:
        return Rejection(url, "ingest", "unreachable URL: connection refused")
    except (http.client.InvalidURL, UnicodeError) as exc:
        return Rejection(url, "ingest", f"invalid URL: {exc}")
    except (OSError, http.client.HTTPException) as exc:
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return Rejection(url, "ingest", f"unreachable URL: {detail}")
