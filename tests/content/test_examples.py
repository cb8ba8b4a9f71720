"""Main text of our own sample articles, checked against examples/expected.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.content import extract_content
from newsgraph.ingest.files import read_file
from newsgraph.model import Article, RawPage
from newsgraph.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"  # also the examples_dir fixture; needed at collection
EXPECTED = {name: spec for name, spec in json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8")).items()
            if not name.startswith("_")}


def _article(name: str) -> Article:
    raw = read_file(EXAMPLES / name, Settings())
    assert isinstance(raw, RawPage), raw
    return extract_content(raw, Settings())


def test_examples_expected_covers_every_sample():
    samples = {p.name for p in EXAMPLES.iterdir() if p.suffix in (".html", ".txt", ".md") and p.name != "README.md"}
    assert samples == set(EXPECTED)
    assert len(samples) >= 10
    assert {spec["language"] for spec in EXPECTED.values()} == {"de", "en"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_examples_body_kept(name):
    text = _article(name).text
    missing = [snippet for snippet in EXPECTED[name]["keep"] if snippet not in text]
    assert not missing


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_examples_boilerplate_gone(name):
    text = _article(name).text
    present = [snippet for snippet in EXPECTED[name]["drop"] if snippet in text]
    assert not present


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_examples_metadata(name):
    article = _article(name)
    spec = EXPECTED[name]
    for field in ("language", "published", "title", "authors", "site"):
        if field in spec:
            assert getattr(article, field) == spec[field], field
    assert article.id == Article.id_for(article.text)
    assert article.source == str(EXAMPLES / name)
    assert article.language_confidence is not None and article.language_confidence > 0.9
