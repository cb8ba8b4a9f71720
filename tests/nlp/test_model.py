"""The shipped models: they load, carry our labels, and tag through annotate."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.nlp import annotate
from newsgraph.nlp.ner import load_model, load_names, model_path
from newsgraph.settings import Settings


@pytest.mark.parametrize("lang", ["de", "en"])
def test_shipped_model_loads_once_with_our_labels(lang: str) -> None:
    if not (model_path(lang) / "config.cfg").is_file():
        pytest.fail(f"no shipped model at {model_path(lang)}; run `newsgraph train ner --lang {lang}`")
    nlp = load_model(lang)
    assert nlp is load_model(lang)  # cached: one load per process
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)
    size = sum(p.stat().st_size for p in model_path(lang).rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024
    assert load_names(lang)  # the names table ships beside the model


@pytest.mark.parametrize("text,lang,expected", [
    ("Der Vorstand der Deutschen Telekom traf sich am Montag in Bonn mit Vertretern von Vodafone.", "de",
     {("Bonn", "LOC"), ("Vodafone", "ORG")}),
    ("Shares of Samsung Electronics fell in Seoul after Reuters reported on the deal.", "en",
     {("Seoul", "LOC"), ("Reuters", "ORG")}),
])
def test_model_tags_news_sentences(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    article = annotate(Article(id="a_m", source="<test>", text=text, language=lang), Settings())
    found = {(m.text, m.type) for m in article.mentions}
    assert expected <= found, found
    assert any(m.source == "model" for m in article.mentions)
