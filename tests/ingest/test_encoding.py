"""Encoding rules: BOM, strict UTF-8, declared charset, detection."""

from __future__ import annotations

import codecs

import pytest

from newsgraph.ingest.encoding import EncodingProblem, declared_charset, detect_encoding, looks_binary


@pytest.mark.parametrize("body, expected", [
    (codecs.BOM_UTF8 + "Grüße".encode("utf-8"), "utf-8-sig"),
    ("Grüße".encode("utf-16"), "utf-16"),
    ("Grüße".encode("utf-8"), "utf-8"),
    (b"<meta charset='iso-8859-15'><p>Gr\xfc\xdfe \xa4</p>", "iso8859-15"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Gr\xfc\xdfe</p>', "cp1252"),
])
def test_encoding_detect(body, expected):
    assert detect_encoding(body) == expected


def test_encoding_declared_unknown_name_is_ignored():
    assert declared_charset(b"<meta charset='no-such-codec'>") is None


def test_encoding_header_charset_is_used_for_non_utf8():
    body = "Größe und Maße".encode("cp1252")
    assert detect_encoding(body, declared="windows-1252") == "cp1252"


def test_encoding_undecodable_raises_with_reason():
    with pytest.raises(EncodingProblem, match="encoding"):
        detect_encoding(b"caf\xe9 \x81\x8d\x8f\x90\x9d" * 10)


@pytest.mark.parametrize("body, binary", [
    (b"%PDF-1.7\n\x00\x01\x02binary", True),
    ("Grüße".encode("utf-16"), False),
    (b"plain words\n" * 10, False),
    (bytes(range(1, 32)) * 10, True),
])
def test_encoding_looks_binary(body, binary):
    assert looks_binary(body) is binary
