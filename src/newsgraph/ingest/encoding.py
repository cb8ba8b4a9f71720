"""Turning bytes into text without guessing silently.

Files and HTTP bodies share these rules so that a page reads the same whether
it came from disk or from the web: a byte-order mark wins, then strict UTF-8,
then a charset the document declares about itself (HTML meta tag or HTTP
header), and only then charset-normalizer's detection. A body none of these
can decode is rejected rather than turned into mojibake.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

_CONTROL_BYTES = frozenset(range(0, 9)) | frozenset((11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
                                                     29, 30, 31, 127))


class EncodingProblem(ValueError):
    """Raised with a one-line, user-facing reason."""


def bom_encoding(body: bytes) -> str | None:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    return None


def looks_binary(body: bytes, sample_size: int = 8192) -> bool:
    """NUL bytes or many control bytes in the first block mean binary (unless a UTF-16/32 BOM says otherwise).

    The same heuristic `file(1)` and git use; cheap and right for images, PDFs, archives and executables.
    """
    if bom_encoding(body) in ("utf-16", "utf-32"):
        return False
    sample = body[:sample_size]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls / len(sample) > 0.10


def declared_charset(body: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first few kilobytes."""
    head = body[:4096]
    match = _META_CHARSET.search(head) or _XML_DECL.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    return normalise_codec(name)


def normalise_codec(name: str | None) -> str | None:
    """A Python codec name for `name`, or None when Python does not know it."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    # Browsers treat latin-1 labels as windows-1252 (WHATWG Encoding Standard); so do we.
    return "cp1252" if codec.name == "iso8859-1" else codec.name


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detect_encoding(body: bytes, declared: str | None = None) -> str:
    """The encoding to decode `body` with; raises EncodingProblem when there is none that fits."""
    bom = bom_encoding(body)
    if bom:
        if not _decodes(body, bom):
            raise EncodingProblem(f"invalid text encoding: bytes do not match its {bom} byte-order mark")
        return bom
    if _decodes(body, "utf-8"):
        return "utf-8"
    for candidate in (normalise_codec(declared), declared_charset(body)):
        if candidate and candidate not in ("utf-8",) and _decodes(body, candidate):
            return candidate
    best = charset_normalizer.from_bytes(body).best()
    if best is None or not best.encoding:
        hint = f" (declared {declared!r} does not fit)" if declared else ""
        raise EncodingProblem(f"invalid or unknown text encoding{hint}")
    return normalise_codec(best.encoding) or best.encoding


def decode(body: bytes, encoding: str | None) -> str:
    """Body → str with the given (or detected) encoding; undecodable bytes become U+FFFD."""
    encoding = encoding or detect_encoding(body)
    return body.decode(encoding, errors="replace")
