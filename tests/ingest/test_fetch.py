"""HTTP fetching against a local server on 127.0.0.1: limits, redirects, content types, address guard."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsgraph.ingest import read_sources
from newsgraph.ingest.fetch import read_url
from newsgraph.model import RawPage, Rejection
from newsgraph.settings import Settings

PAGE = "<html><head><title>Test</title></head><body><p>Xiaomi eröffnet Läden in Spanien.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    """Routes of the test server; each path exercises one rule of fetch.py."""

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if "Content-Length" not in (headers or {}):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        path = self.path
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/article.html":
            self._send(200, PAGE.encode("utf-8"), html)
        elif path == "/latin1":
            self._send(200, PAGE.encode("cp1252"), {"Content-Type": "text/html; charset=windows-1252"})
        elif path == "/plain":
            self._send(200, "Nur Text, keine Auszeichnung.".encode("utf-8"), {"Content-Type": "text/plain"})
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4 ...", {"Content-Type": "application/pdf"})
        elif path == "/gzip":
            self._send(200, gzip.compress(PAGE.encode("utf-8")), {**html, "Content-Encoding": "gzip"})
        elif path.startswith("/redirect/"):
            hops = int(path.rsplit("/", 1)[1])
            target = "/article.html" if hops <= 1 else f"/redirect/{hops - 1}"
            self._send(302, b"", {"Location": target})
        elif path == "/loop":
            self._send(301, b"", {"Location": "/loop"})
        elif path == "/big-declared":
            self._send(200, b"<p>" + b"x" * 5000 + b"</p>", html)
        elif path == "/big-streamed":  # no Content-Length: the limit must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
        elif path == "/slow":
            time.sleep(2.0)
            self._send(200, PAGE.encode("utf-8"), html)
        elif path == "/missing":
            self._send(404, b"not here", {"Content-Type": "text/plain"})
        elif path == "/error":
            self._send(500, b"oops", {"Content-Type": "text/plain"})
        elif path == "/empty":
            self._send(200, b"", html)
        elif path == "/stra%C3%9Fe%20neu":
            self._send(200, PAGE.encode("utf-8"), html)
        elif path == "/redirect-to-ftp":
            self._send(302, b"", {"Location": "ftp://example.org/file"})
        else:
            self._send(404)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # clients that give up early (timeouts, size limits) are what these tests are about


@pytest.fixture(scope="module")
def server():
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _local(**overrides) -> Settings:
    values = {"allow_private_addresses": True, "fetch_timeout": 1.0, "max_bytes": 20_000, "max_redirects": 3}
    values.update(overrides)
    return Settings(**values)


def _reason(url: str, settings: Settings) -> str:
    item = read_url(url, settings)
    assert isinstance(item, Rejection), item
    assert item.source == url and item.stage == "ingest" and "\n" not in item.reason
    return item.reason


def test_fetch_html_page(server):
    page = read_url(f"{server}/article.html", _local())
    assert isinstance(page, RawPage)
    assert page.content_type == "text/html" and page.encoding == "utf-8"
    assert page.url == f"{server}/article.html"
    assert "eröffnet" in page.body.decode(page.encoding)


def test_fetch_uses_header_charset(server):
    page = read_url(f"{server}/latin1", _local())
    assert isinstance(page, RawPage) and page.encoding == "cp1252"
    assert "eröffnet" in page.body.decode(page.encoding)


def test_fetch_plain_text(server):
    page = read_url(f"{server}/plain", _local())
    assert isinstance(page, RawPage) and page.content_type == "text/plain"


def test_fetch_decompresses_gzip(server):
    page = read_url(f"{server}/gzip", _local())
    assert isinstance(page, RawPage) and page.body == PAGE.encode("utf-8")


def test_fetch_follows_redirects_and_records_final_url(server):
    page = read_url(f"{server}/redirect/3", _local())
    assert isinstance(page, RawPage)
    assert page.source == f"{server}/redirect/3"
    assert page.url == f"{server}/article.html"


def test_fetch_too_many_redirects(server):
    assert "too many redirects" in _reason(f"{server}/redirect/5", _local(max_redirects=3))
    assert "too many redirects" in _reason(f"{server}/loop", _local())


def test_fetch_redirect_to_other_scheme_is_refused(server):
    assert "unsupported URL scheme 'ftp'" in _reason(f"{server}/redirect-to-ftp", _local())


def test_fetch_non_html_content_type(server):
    assert "unsupported content type 'application/pdf'" in _reason(f"{server}/pdf", _local())


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_fetch_size_limit(server, path):
    reason = _reason(f"{server}{path}", _local(max_bytes=2000))
    assert "too large" in reason and "max_bytes" in reason


def test_fetch_timeout(server):
    assert "timed out" in _reason(f"{server}/slow", _local(fetch_timeout=0.3))


@pytest.mark.parametrize("path, status", [("/missing", "404"), ("/error", "500")])
def test_fetch_http_errors(server, path, status):
    assert f"HTTP error {status}" in _reason(f"{server}{path}", _local())


def test_fetch_empty_body(server):
    assert "empty" in _reason(f"{server}/empty", _local())


def test_fetch_refuses_loopback_by_default(server):
    reason = _reason(f"{server}/article.html", Settings())
    assert "non-public address 127.0.0.1" in reason and "allow_private_addresses" in reason


@pytest.mark.parametrize("url", ["http://10.1.2.3/x", "http://192.168.0.1/", "http://[::1]/",
                                 "http://169.254.169.254/latest/meta-data/"])
def test_fetch_refuses_private_addresses(url):
    assert "non-public address" in _reason(url, Settings())


@pytest.mark.parametrize("url", ["ftp://example.org/a.html", "file:///etc/passwd"])
def test_fetch_refuses_other_schemes(url):
    items = list(read_sources([url], Settings()))
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert "unsupported URL scheme" in items[0].reason


def test_fetch_unreachable_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert "unreachable URL" in _reason(f"http://127.0.0.1:{port}/", _local())


def test_fetch_percent_encodes_non_ascii_paths(server):
    page = read_url(f"{server}/straße neu", _local())
    assert isinstance(page, RawPage), page


def test_fetch_https_to_a_plain_http_server_is_a_tls_error(server):
    url = server.replace("http://", "https://") + "/article.html"
    assert "TLS error" in _reason(url, _local())
