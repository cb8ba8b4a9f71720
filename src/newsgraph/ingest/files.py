"""Local files and folders → RawPage, or a Rejection saying what is wrong with the file.

Each check answers a question a user would ask when an input is skipped:
does it exist, is it an article type, is it text at all, is it empty, too
large, or in an encoding we cannot read? Gzip-compressed files (`x.html.gz`)
are read transparently, with the size limit applied to the decompressed bytes.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from newsgraph.ingest.encoding import EncodingProblem, detect_encoding, looks_binary
from newsgraph.model import RawPage, Rejection
from newsgraph.settings import Settings

ARTICLE_SUFFIXES: dict[str, str] = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".txt": "text/plain",
    ".md": "text/markdown",
}
"""Suffixes read as articles, and the content type each implies."""

SKIPPED_NAMES = ("readme", "license", "licence", "changelog", "copying", "notice")
"""File stems a folder walk skips: they describe a collection, they are not part of it.
Named explicitly on the command line, such a file is read like any other."""

_HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<article", b"<div", b"<p>")


def _suffix(path: Path) -> str:
    """The article suffix, looking through a trailing .gz (`page.html.gz` → `.html`)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def is_article_file(path: Path) -> bool:
    """True for files a folder walk picks up."""
    if path.name.startswith("."):
        return False
    if path.name.lower().split(".")[0] in SKIPPED_NAMES:
        return False
    return _suffix(path) in ARTICLE_SUFFIXES


def iter_folder(folder: Path) -> Iterator[Path]:
    """Article files below `folder`, recursively, in a stable (sorted) order; hidden folders are skipped."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and is_article_file(path):
            yield path


def sniff_content_type(body: bytes) -> str:
    """text/html when the start of the body looks like markup, text/plain otherwise."""
    head = body[:2048].lstrip().lower()
    return "text/html" if head.startswith(_HTML_SNIFF) or b"<html" in head else "text/plain"


def _read_limited(path: Path, limit: int) -> bytes | None:
    """The (decompressed) bytes of `path`, or None when they exceed `limit`."""
    if path.suffix.lower() == ".gz":
        with gzip.open(path, "rb") as fh:
            data = fh.read(limit + 1)
    else:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    return None if len(data) > limit else data


def read_file(path: Path, settings: Settings, source: str | None = None) -> RawPage | Rejection:
    """One file → RawPage, or a Rejection with a one-line reason."""
    source = source or str(path)

    def reject(reason: str) -> Rejection:
        return Rejection(source, "ingest", reason)

    if not path.exists():
        return reject("no such file or directory")
    if not path.is_file():
        return reject("not a regular file")
    suffix = _suffix(path)
    if suffix and suffix not in ARTICLE_SUFFIXES:
        return reject(f"unsupported file type '{suffix}' (expected .html, .htm, .txt or .md)")
    size = path.stat().st_size
    if size > settings.max_bytes and path.suffix.lower() != ".gz":
        return reject(f"file too large: {size:,} bytes (limit {settings.max_bytes:,}, setting max_bytes)")
    try:
        body = _read_limited(path, settings.max_bytes)
    except PermissionError:
        return reject("permission denied")
    except (OSError, EOFError, zlib.error) as exc:
        return reject(f"cannot read file: {exc.strerror or exc}" if isinstance(exc, OSError) else
                      f"cannot read file: {exc}")
    if body is None:
        return reject(f"file too large: more than {settings.max_bytes:,} bytes once decompressed "
                      f"(setting max_bytes)")
    if not body.strip():
        return reject("empty file")
    if looks_binary(body):
        return reject("binary file, not HTML or text")
    try:
        encoding = detect_encoding(body)
    except EncodingProblem as exc:
        return reject(str(exc))
    if not body.decode(encoding, errors="replace").strip():
        return reject("empty file")
    content_type = ARTICLE_SUFFIXES.get(suffix) or sniff_content_type(body)
    return RawPage(source=source, body=body, content_type=content_type, url=None, encoding=encoding)


def read_path(source: str, settings: Settings) -> Iterator[RawPage | Rejection]:
    """A file or folder argument → its pages; a folder without article files is one Rejection."""
    path = Path(source).expanduser()
    if path.is_dir():
        found = False
        for file in iter_folder(path):
            found = True
            yield read_file(file, settings)
        if not found:
            yield Rejection(source, "ingest",
                            "directory contains no article files (.html, .htm, .txt, .md)")
        return
    yield read_file(path, settings, source)


def count_path(source: str) -> int:
    """How many pages `read_path` will yield for `source` (for progress bars)."""
    path = Path(source).expanduser()
    if path.is_dir():
        return max(1, sum(1 for _ in iter_folder(path)))
    return 1
