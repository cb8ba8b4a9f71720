"""Product models ("Vexo Fold") and names with particles ("Maarten de Boer") in the rule recogniser."""

from __future__ import annotations

from newsgraph.nlp.rules import find_spans
from newsgraph.nlp.segment import tokenize


def _found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(text[s.start:s.end], s.label) for s in find_spans(tokenize(text, lang), lang)}


def test_brand_and_model_word_is_a_product():
    assert ("Kestra Fold 3", "PRODUCT") in _found("Orvia will sell the Kestra Fold 3 in Spain.", "en")
    assert ("Nimbus Note X", "PRODUCT") in _found("Orvia zeigt das Nimbus Note X.", "de")


def test_a_product_noun_is_no_brand():
    assert not any(label == "PRODUCT" and text.startswith("Tablet")
                   for text, label in _found("Orvia stellt sein faltbares Tablet Fold X vor.", "de"))


def test_a_first_name_and_a_surname_with_particles_is_a_person():
    assert ("Maarten de Boer", "PER") in _found("The deal was signed by Maarten de Boer in Rotterdam.", "en")
    assert ("Maria von der Heide", "PER") in _found("Maria von der Heide leitet das Werk.", "de")
    assert not any(label == "PER" for _, label in _found("Das Werk von Martin in der Stadt.", "de"))
