"""Common words are no organisations: the treebank lexicon, the fallback names and recogniser ORGs."""

from __future__ import annotations

import pytest

from newsgraph.events import extract_events
from newsgraph.events.lexicon import is_common_word, is_stop_word
from newsgraph.events.names import fallback_orgs, is_common_noun_org
from newsgraph.model import Article, Mention, Sentence
from newsgraph.settings import Settings


@pytest.mark.parametrize("word", ["Aktien", "Profis", "Hintergrund", "Vorhaben", "Dafür", "Mittlerweile", "Chinesen"])
def test_common_german_words(word):
    assert is_common_word(word, "de")


@pytest.mark.parametrize("word", ["Lufthansa", "Siemens", "Bahn", "Post", "Xiaomi", "SAP", "HelloFresh", "E.ON",
                                  "Deutsche Bank", "Sparten-Chef"])
def test_names_and_non_plain_words_are_not_common(word):
    assert not is_common_word(word, "de")


def test_stop_words_per_language():
    assert is_stop_word("Dafür", "de") and is_stop_word("However", "en")
    assert not is_stop_word("Aktien", "de")


def _fallback(text: str) -> list[str]:
    art = Article(id="a_t", source="<t>", text=text, language="de")
    return [m.text for m in fallback_orgs(art, Sentence(0, len(text), "de"), [])]


@pytest.mark.parametrize("text", [
    "Aktien kauft Brenntag zurück.",
    "Dafür übernimmt das Unternehmen die Kosten.",
    "Mittlerweile hat die Firma Insolvenz angemeldet.",
])
def test_fallback_skips_common_words(text):
    assert not {"Aktien", "Dafür", "Mittlerweile"} & set(_fallback(text))


def test_fallback_keeps_a_common_word_after_a_descriptor():
    assert "Ergo" in _fallback("Womöglich verlegt der Versicherer Ergo seine Zentrale nach Köln.")


def test_fallback_keeps_a_coordinated_subject():
    assert "Kraft" in _fallback("Kraft und Heinz haben sich zusammengeschlossen.")


def _org(text: str, surface: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, "ORG", source="model")


@pytest.mark.parametrize("text,surface,dropped", [
    ("Die Chinesen werden mit der Übernahme ...", "Chinesen", True),  # plural common noun
    ("Sparten-Chef Ray Conner sprach.", "Sparten", True),  # the first part of a compound
    ("Der Lieferdienst Gorillas expandiert.", "Gorillas", False),  # a descriptor names it
    ("Mit 1,2 Mrd. Euro steigt der Staat ein.", "Staat", False),  # singular: may be an actor
    ("Die Lufthansa streicht Flüge.", "Lufthansa", False),
])
def test_recogniser_orgs_that_are_common_nouns(text, surface, dropped):
    assert is_common_noun_org(text, _org(text, surface), "de") is dropped


def test_plural_noun_tagged_org_is_no_acquirer():
    text = "Die Chinesen übernehmen sieben Mercedes-Niederlassungen von Daimler."
    art = Article(id="a_c", source="<t>", text=text, language="de", published="2016-01-01")
    art.sentences = [Sentence(0, len(text), "de")]
    art.mentions = [_org(text, "Chinesen"), _org(text, "Daimler")]
    extract_events(art, Settings())
    assert not any(a.text == "Chinesen" for e in art.events for a in e.arguments)


@pytest.mark.parametrize("word,common", [("Flugbegleiter", True), ("Fluglotsen", True), ("Lokführer", True),
                                         ("Volkswagen", False), ("Commerzbank", False), ("Lufthansa", False)])
def test_plural_compounds_with_a_common_head(word, common):
    from newsgraph.events.lexicon import is_common_compound
    assert is_common_compound(word, "de") is common
