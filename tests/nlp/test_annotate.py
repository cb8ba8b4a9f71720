"""annotate: sentences, per-sentence language, mentions with exact offsets, the shipped configuration."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from newsgraph.model import Article
from newsgraph.nlp import annotate
from newsgraph.settings import Settings


def _annotate(text: str, lang: str = "de") -> Article:
    return annotate(Article(id="a_test", source="<test>", text=text, language=lang), Settings())


def _types(article: Article) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in article.mentions}


@pytest.mark.parametrize("text,lang", [
    ("Lei Jun, CEO von Xiaomi, sagte das am Montag.", "de"),
    ("Lei Jun, CEO of Xiaomi, said so on Monday.", "en"),
])
def test_lei_jun_ceo_of_xiaomi(text: str, lang: str) -> None:
    found = _types(_annotate(text, lang))
    assert ("Lei Jun", "PER") in found
    assert ("CEO", "ROLE") in found
    assert ("Xiaomi", "ORG") in found


def test_roles_and_legal_forms_de() -> None:
    found = _types(_annotate("Der Vorstandschef der Volkswagen AG, Herbert Diess, traf Senior Vice President "
                             "Anna Schmidt in Wolfsburg."))
    assert ("Vorstandschef", "ROLE") in found
    assert ("Senior Vice President", "ROLE") in found
    assert ("Volkswagen AG", "ORG") in found
    assert ("Wolfsburg", "LOC") in found


def test_compound_chef_gives_org_and_role() -> None:
    article = _annotate("Der Xiaomi-Chef kündigte neue Läden an.")
    found = _types(article)
    assert ("Xiaomi", "ORG") in found
    assert ("Chef", "ROLE") in found


def test_english_quote_in_german_article_gets_en() -> None:
    text = ("Xiaomi will in Spanien wachsen. \"We are very happy with the results in Europe this year\", "
            "sagte Lei Jun. Der Konzern eröffnet neue Läden.")
    article = _annotate(text)
    langs = [(text[s.start:s.end], s.language) for s in article.sentences]
    assert langs[0][1] == "de"
    assert any(s.startswith('"We are very happy') and lang == "en" for s, lang in langs)
    assert langs[-1][1] == "de"


def test_consistency_propagates_names_through_the_article() -> None:
    article = _annotate("Die Siemens AG baut Stellen ab. Siemens begründet das mit der Lage.")
    orgs = [m.text for m in article.mentions if m.type == "ORG"]
    assert "Siemens AG" in orgs and "Siemens" in orgs


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("abcXYZ ÄÖüß.,;:!?\"'„“()-\n0123456789") +
                               ["Lei Jun", " CEO ", " von ", "Xiaomi", " Inc.", "Berlin", "Herr ", " GmbH",
                                "-Chef", " AG ", "Senior Vice President ", " Dr. "]),
                max_size=40).map("".join))
def test_offsets_match_text(text: str) -> None:
    article = _annotate(text)
    for m in article.mentions:
        assert text[m.start:m.end] == m.text
        assert m.text == m.text.strip() and m.text
        assert m.text[0] not in ".,;:!?\"'„“()" and m.text[-1] not in ",;:!?\"'„“()"
    for s in article.sentences:
        assert 0 <= s.start < s.end <= len(text)


def test_annotate_matches_the_evaluation_path() -> None:
    """annotate hands pre-tokenized sentences to the model; eval tags sentence texts: same mentions."""
    from newsgraph.nlp import recognize
    from newsgraph.nlp.ner import NerOptions

    text = ("Die Volkswagen AG hat am 10. November in Wolfsburg neue Zahlen vorgelegt. Vorstandschef Herbert Diess "
            "sagte, der Konzern wolle in China wachsen.\n\nXiaomi-Chef Lei Jun reagierte gelassen.")
    article = _annotate(text)
    again = recognize(text, article.sentences, NerOptions())
    assert [(m.start, m.end, m.type) for m in article.mentions] == [(m.start, m.end, m.type) for m in again]
