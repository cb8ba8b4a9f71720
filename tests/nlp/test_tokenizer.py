"""Our tokenizer: hyphen compounds split, the language's other rules kept, models trained with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.nlp.ner import model_path
from newsgraph.nlp.segment import tokenize


def _words(text: str, lang: str = "de") -> list[str]:
    return [t.text for t in tokenize(text, lang) if not t.is_space]


@pytest.mark.parametrize("text,expected", [
    ("Der Xiaomi-Chef", ["Der", "Xiaomi", "-", "Chef"]),
    ("Daimler-Benz-Konzern", ["Daimler", "-", "Benz", "-", "Konzern"]),
    ("(Reuters)Berlin", ["(", "Reuters", ")", "Berlin"]),
    ("A->B", ["A", "->", "B"]),
    ("Xiaomi- und Samsung-Chefs", ["Xiaomi-", "und", "Samsung", "-", "Chefs"]),  # the hyphen before a space stays
    ("ein 3-teiliges Set", ["ein", "3-teiliges", "Set"]),  # digits keep their hyphen
    ("z.B. 2.000 Euro, 12,5 Prozent", ["z.B.", "2.000", "Euro", ",", "12,5", "Prozent"]),  # German rules kept
])
def test_german_splits(text: str, expected: list[str]) -> None:
    assert _words(text) == expected


def test_english_keeps_its_rules() -> None:
    assert _words("Apple's co-founder (AP)Cupertino", "en") == ["Apple", "'s", "co", "-", "founder", "(", "AP", ")",
                                                                 "Cupertino"]


def test_offsets_cover_the_text_exactly() -> None:
    text = "Die Baden-Württemberg-Bank (LBBW)Stuttgart: E-Mail an Hans-Peter."
    doc = tokenize(text, "de")
    assert "".join(t.text_with_ws for t in doc) == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_shipped_models_use_our_tokenizer(lang: str) -> None:
    config = (model_path(lang) / "config.cfg").read_text(encoding="utf-8")
    assert '@tokenizers = "newsgraph.Tokenizer.v1"' in config
    from newsgraph.nlp.ner import load_model

    nlp = load_model(lang)
    assert [t.text for t in nlp.make_doc("Xiaomi-Chef")] == ["Xiaomi", "-", "Chef"]
    assert json.loads((Path(model_path(lang)) / "meta.json").read_text())["lang"] == lang
