"""Files and folders: every bad input gets one Rejection with a one-line reason; good ones a RawPage."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsgraph.ingest import count_sources, read_sources
from newsgraph.model import RawPage, Rejection
from newsgraph.settings import Settings

HTML = "<html><head><meta charset='utf-8'><title>T</title></head><body><p>Grüße aus Köln</p></body></html>"


def _one(path: Path, settings: Settings | None = None) -> RawPage | Rejection:
    items = list(read_sources([str(path)], settings or Settings()))
    assert len(items) == 1
    return items[0]


def _reason(path: Path, settings: Settings | None = None) -> str:
    item = _one(path, settings)
    assert isinstance(item, Rejection), item
    assert item.stage == "ingest"
    assert item.source == str(path)
    assert "\n" not in item.reason
    return item.reason


def test_ingest_missing_file(tmp_path):
    assert "no such file" in _reason(tmp_path / "nope.html")


def test_ingest_directory_without_articles(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "README.md").write_text("# About this folder\n\nSome words about it.", encoding="utf-8")
    assert "directory contains no article files" in _reason(tmp_path)


def test_ingest_binary_file(tmp_path):
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary file" in _reason(path)


@pytest.mark.parametrize("body", [b"", b"   \n\n\t  \n"])
def test_ingest_empty_file(tmp_path, body):
    path = tmp_path / "empty.txt"
    path.write_bytes(body)
    assert _reason(path) == "empty file"


def test_ingest_unknown_encoding(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"caf\xe9 \x81\x8d\x8f\x90\x9d" * 10)
    assert "encoding" in _reason(path)


def test_ingest_oversized_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Wort " * 400, encoding="utf-8")
    reason = _reason(path, Settings(max_bytes=1000))
    assert "too large" in reason and "max_bytes" in reason


def test_ingest_oversized_after_decompression(tmp_path):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 50_000 + b"</p>"))
    assert "too large" in _reason(path, Settings(max_bytes=10_000))


def test_ingest_unsupported_suffix(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert "unsupported file type '.csv'" in _reason(path)


def test_ingest_reads_html_with_declared_legacy_charset(tmp_path):
    path = tmp_path / "alt.htm"
    path.write_bytes(HTML.replace("utf-8", "windows-1252").encode("cp1252"))
    page = _one(path)
    assert isinstance(page, RawPage)
    assert page.content_type == "text/html"
    assert page.encoding == "cp1252"
    assert "Grüße aus Köln" in page.body.decode(page.encoding)


def test_ingest_detects_undeclared_latin1_text(tmp_path):
    path = tmp_path / "alt.txt"
    text = "Die Bäckerei in Münster eröffnet drei neue Filialen. Größer wird auch das Café am Dom. " * 3
    path.write_bytes(text.encode("latin-1"))
    page = _one(path)
    assert isinstance(page, RawPage)
    assert page.body.decode(page.encoding) == text


def test_ingest_reads_gzip_and_markdown(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(HTML.encode("utf-8")))
    (tmp_path / "b.md").write_text("# Titel\n\nText.", encoding="utf-8")
    pages = list(read_sources([str(tmp_path)], Settings()))
    assert [type(p) for p in pages] == [RawPage, RawPage]
    assert [p.content_type for p in pages] == ["text/html", "text/markdown"]
    assert pages[0].body == HTML.encode("utf-8")


def test_ingest_folder_is_recursive_sorted_and_skips_readme_and_hidden(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for rel in ["b.txt", "a.html", "sub/c.htm", "sub/deeper/d.md", ".git/x.txt", ".hidden.txt",
                "README.md", "LICENSE.txt", "data.json"]:
        (tmp_path / rel).write_text("Ein Satz mit Inhalt.", encoding="utf-8")
    pages = list(read_sources([str(tmp_path)], Settings()))
    names = [Path(p.source).relative_to(tmp_path).as_posix() for p in pages]
    assert names == ["a.html", "b.txt", "sub/c.htm", "sub/deeper/d.md"]
    assert count_sources([str(tmp_path)]) == 4


def test_ingest_explicit_readme_is_read(tmp_path):
    path = tmp_path / "README.md"
    path.write_text("Ein Satz mit Inhalt.", encoding="utf-8")
    assert isinstance(_one(path), RawPage)


def test_ingest_keeps_input_order_and_never_drops(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Ein Satz mit Inhalt.", encoding="utf-8")
    inputs = [str(tmp_path / "missing.txt"), str(good), "ftp://example.org/x"]
    items = list(read_sources(inputs, Settings()))
    assert [i.source for i in items] == inputs
    assert [type(i) for i in items] == [Rejection, RawPage, Rejection]
    assert count_sources(inputs) == 3


def test_ingest_examples_folder(examples_dir):
    pages = list(read_sources([str(examples_dir)], Settings()))
    assert len(pages) == 10
    assert all(isinstance(p, RawPage) for p in pages)
