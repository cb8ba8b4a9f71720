"""Readers of the annotated formats (tiny hand-written files in tests/nlp/data) and the label mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import DataError
from newsgraph.nlp import corpora

DATA = Path(__file__).parent / "data"


def _spans(path: Path, fmt: str | None = None) -> list[list[tuple[str, str]]]:
    docs = corpora.read(path, fmt)
    return [[(sent.text[a:b], lab) for a, b, lab in sent.spans] for d in docs for sent in d.sentences]


@pytest.mark.parametrize("name,fmt", [("germeval.tsv", "germeval"), ("mobie.conll", "conll"),
                                      ("wikiann.tsv", "wikiann"), ("uner.iob2", "iob2"),
                                      ("wikigold.txt", "conll"), ("europeana.bio", "bio"),
                                      ("smartdata.jsonl.gz", "json")])
def test_detect_format(name: str, fmt: str) -> None:
    path = DATA / name
    assert corpora.detect_format(path, corpora.read_text_file(path)) == fmt


def test_germeval_outer_level_only() -> None:
    sents = _spans(DATA / "germeval.tsv")
    assert sents[0] == [("Lei Jun", "PER"), ("Xiaomi", "ORG"), ("Peking", "LOC")]
    # the nested LOC inside the ORG is the inner level: not read
    assert sents[1] == [("deutsche", "LOCderiv"), ("EU-Kommission", "ORGpart"), ("FC Kickers Darmstadt", "ORG"),
                        ("Faust", "OTH")]


def test_conll_documents_and_sentences() -> None:
    docs = corpora.read(DATA / "mobie.conll")
    assert [d.id for d in docs] == ["d1", "d2"] and all(d.is_document for d in docs)
    assert [len(d.sentences) for d in docs] == [2, 1]
    assert _spans(DATA / "mobie.conll")[2] == [("A7", "location-route"), ("Hamburg", "location-city")]


def test_wikiann_strips_language_prefix() -> None:
    assert _spans(DATA / "wikiann.tsv") == [[("Lei Jun", "PER"), ("Xiaomi", "ORG")], [("Berlin", "LOC")]]


def test_uner_iob2_with_newdoc() -> None:
    docs = corpora.read(DATA / "uner.iob2")
    assert docs[0].id == "n01001"
    assert _spans(DATA / "uner.iob2") == [[("Lei Jun", "PER"), ("Xiaomi", "ORG")]]


def test_io_encoding_merges_adjacent_same_type() -> None:
    # IO tags cannot separate "London Paris"; the reader follows the encoding
    assert _spans(DATA / "wikigold.txt") == [[("Apple Inc.", "ORG"), ("iPhone", "MISC"), ("Cupertino", "LOC"),
                                             ("London Paris", "LOC")]]


def test_bio_without_sentences_cut_at_periods_and_bad_tags_are_o() -> None:
    assert _spans(DATA / "europeana.bio") == [[("Franz Joseph", "PER"), ("Wien", "LOC")], [("Deutsche Bank", "ORG")]]


def test_smartdata_json_char_offsets() -> None:
    docs = corpora.read(DATA / "smartdata.jsonl.gz")
    assert docs[0].id == "doc1"
    flat = [x for s in _spans(DATA / "smartdata.jsonl.gz") for x in s]
    assert flat == [("Lei Jun", "PERSON"), ("CEO", "ORG_POSITION"), ("Xiaomi", "ORGANIZATION_COMPANY"),
                    ("Berlin", "LOCATION_CITY"), ("10. November", "DATE")]


@pytest.mark.parametrize("raw,mapped", [("ORGANIZATION_COMPANY", "ORG"), ("organization-company", "ORG"),
                                        ("location-route", "LOC"), ("LOCATION_CITY", "LOC"), ("PERSON", "PER"),
                                        ("OTH", "MISC"), ("ORG_POSITION", "ROLE"), ("org-position", "ROLE"),
                                        ("LOCderiv", None), ("ORGpart", None), ("DATE", None), ("corporation", "ORG"),
                                        ("creative-work", "MISC"), ("product", "PRODUCT"), ("PLACE", "LOC"),
                                        ("ABSTRACT", None)])
def test_map_label(raw: str, mapped: str | None) -> None:
    assert corpora.map_label(raw) == mapped


def test_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        corpora.read(tmp_path / "nope.tsv")
