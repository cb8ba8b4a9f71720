"""Fallback organisation names for role filling: found where NER is silent, never inventing common nouns."""

from __future__ import annotations

import pytest

from newsgraph.events.names import fallback_orgs
from newsgraph.model import Article, Mention, Sentence


def names(text: str, lang: str = "de", mentions: list[Mention] = ()) -> list[tuple[str, str]]:
    art = Article(id="a_test", source="<t>", text=text, language=lang)
    sent = Sentence(0, len(text), lang)
    found = fallback_orgs(art, sent, list(mentions))
    for m in found:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.type) for m in found]


@pytest.mark.parametrize("text,lang,name", [
    ("Der Chipkonzern Intel will in Magdeburg eine Fabrik errichten.", "de", "Intel"),
    ("Der Zahlungsdienstleister Wirecard hat Insolvenz beantragt.", "de", "Wirecard"),
    ("Qualcomm hat einen Vertrag unterschrieben.", "de", "Qualcomm"),
    ("Der Kochboxversender HelloFresh wächst.", "de", "HelloFresh"),
    ("Der Umsatz von SAP stieg.", "de", "SAP"),
    ("Mit dem Geld will Solaris den Konkurrenten Contis übernehmen.", "de", "Solaris"),
    ("Daimler und der Batteriehersteller CATL verhandeln.", "de", "Daimler"),
    ("Bei der Deutschen Post ist Tobias Meyer Konzernchef.", "de", "Deutschen Post"),
    ("Das sagte Hermes-Geschäftsführer Frank Rausch der Zeitung.", "de", "Hermes"),
    ("Ingolstadt - Media-Saturn-Manager Pieter Haas setzt auf den Laden.", "de", "Media-Saturn"),
    ("Das sagte die FDP-Generalsekretärin Nicola Beer.", "de", "FDP"),
    ("A 30% stake was acquired by the drinks group Diageo.", "en", "Diageo"),
    ("Toyota plans to sign a contract.", "en", "Toyota"),
    ("Apple's revenue fell.", "en", "Apple"),
])
def test_names_found(text, lang, name):
    assert (name, "ORG") in names(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Das Unternehmen eröffnet 45 neue Filialen.", "de"),
    ("Neue Filialen wird die Kette nicht eröffnen.", "de"),
    ("Nach Einschätzung von Tarifexperten dürften die Hafenarbeiter streiken.", "de"),
    ("Eine Insolvenz ist nach der Einigung jedoch vom Tisch.", "de"),
    ("Angeführt wurde die Runde von Investoren.", "de"),
])
def test_no_names_from_common_nouns(text, lang):
    assert names(text, lang) == []


def test_a_company_descriptor_retypes_a_first_name_person():
    text = "Der britische Reisekonzern Thomas Cook ist pleite."
    start = text.index("Thomas Cook")
    per = Mention(start, start + 11, "Thomas Cook", "PER")
    assert ("Thomas Cook", "ORG") in names(text, "de", [per])


def test_known_first_name_makes_a_person():
    assert ("Jörn Werner", "PER") in names("Ceconomy said that Jörn Werner takes over.", "en")


def test_existing_mentions_are_not_duplicated():
    text = "Qualcomm hat einen Vertrag unterschrieben."
    assert names(text, "de", [Mention(0, 8, "Qualcomm", "ORG")]) == []


@pytest.mark.parametrize("word,shouted", [
    ("ODER", True), ("MESZ", True), ("DVD", True), ("EM", True), ("U23", True),
    ("SAP", False), ("BASF", False), ("ARM", False), ("GDL", False),
])
def test_shouted_function_words_and_abbreviations_are_no_names(word: str, shouted: bool):
    from newsgraph.events.names import is_shouted_word
    assert is_shouted_word(word) is shouted


def test_no_name_from_an_abbreviation_of_the_lexicon():
    assert names("Der Streik beginnt um 6 Uhr MESZ am Flughafen.") == []
    assert ("SAP", "ORG") in names("Der Umsatz von SAP stieg.")


@pytest.mark.parametrize("text", [
    "Nun will Boeing in seiner Zivilflugzeugsparte Stellen streichen.",
    "Der Konzern will in der Sparte Arbeitsplätze abbauen.",
])
def test_job_words_after_a_unit_descriptor_are_no_names(text):
    assert not any(name in ("Stellen", "Arbeitsplätze") for name, _ in names(text))


@pytest.mark.parametrize("text,word", [
    ("Welche Betriebe zuerst bestreikt werden, können wir noch nicht sagen.", "Welche Betriebe"),
    ("Tarife – Verdi-Warnstreiks an Flughäfen: Hunderte Flüge abgesagt", "Hunderte Flüge"),
])
def test_quantifiers_and_interrogatives_start_no_name(text, word):
    assert word not in [name for name, _ in names(text)]


def test_a_sentence_initial_adverb_is_no_name_but_a_surname_like_ending_is():
    assert "Bayernweit" not in [n for n, _ in names("Bayernweit streikten 8000 Angestellte.")]
    assert ("Hellwig", "ORG") in names("Kronsberg und Hellwig fusionieren.")


def test_remembered_common_noun_test_answers_like_the_patterns():
    import re

    from newsgraph.events import names

    for word in ("Sparte", "Vereinbarungen", "HelloFresh", "Siemens", "Zeitung", "ABBau", "Mobility", "Werk"):
        for _ in range(2):  # asked and remembered
            assert names._reads_as_common_noun(word) == (bool(names._COMMON_NOUN_SUFFIX.search(word)) and not
                                                       re.search(r"[a-z][A-Z]|[A-Z]{2}", word))


def test_cue_word_tests_before_named_and_led_by_scans_lose_no_match():
    from newsgraph.events import masthead, names

    named = ["Ein Start-up namens Kubix", "unter dem Namen Orvana", "UNTER DEM NAMEN ORVANA", "under the name Fennwick"]
    led = ["led by Temasek", "co-led by Sequoia", "HEADED BY Northwind", "backed by Tencent", "angeführt von Lakestar",
           "unter der Führung von Earlybird", "unter Leitung des Fonds Atlantic"]
    for text in named:
        assert names._NAMED.search(text) and "name" in text.lower()
    for text in led:
        low = text.lower()
        assert names._LED_BY.search(text) and ("ed by" in low or "angeführt" in low or "unter" in low)
    for text in ("wurde von der Talberg AG", "WIRD DURCH Orvana", "übernommen worden ist von Kubix"):
        low = text.lower()
        assert names._PASSIVE_AGENT_DE.search(text)
        assert any(w in low for w in ("wurde", "wird", "werden", "worden")) and ("von" in low or "durch" in low)
    for text in ("Von Karl Meier", "By Jane Doe", "https://t.co/x", "@Jakob_J"):
        pattern = masthead._BYLINE if text[:3] in ("Von", "By ") else masthead._LINK
        assert pattern.search(text)
        assert ("Von" in text or "By" in text) if pattern is masthead._BYLINE else (
            "http" in text or "www." in text or "@" in text)


def test_reversed_coordination_tail_never_rules_out_a_coordination():
    from pathlib import Path

    from newsgraph.events import names
    from newsgraph.events.evaluate import read_gold

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [item.text for name in ("events_gold_de.jsonl", "events_gold_en.jsonl", "events_probes4.jsonl")
             for item in read_gold(data / name)]
    texts += ["Daimler und der Batteriehersteller CATL", "Kraft & Heinz", "BMW, Audi sowie die VW-Tochter Seat",
              "Apple and the chipmaker Arm", "Vitalis Nord und\nVitalis Süd"]
    coordinated = ruled_out = 0
    for text in texts:
        for a in (i for i, c in enumerate(text) if c.isupper()):
            if names._COORD_BEFORE.search(text[:a]):
                assert names._coordination_ends_at(text, a), (text, a)
                coordinated += 1
            elif not names._coordination_ends_at(text, a):
                ruled_out += 1
    assert coordinated > 100 and ruled_out > 1000, (coordinated, ruled_out)


def test_descriptor_words_first_finds_the_names_of_the_one_scan():
    from pathlib import Path

    from newsgraph.events import names
    from newsgraph.events.evaluate import read_gold

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [item.text for name in ("events_gold_de.jsonl", "events_gold_en.jsonl", "events_probes4.jsonl")
             for item in read_gold(data / name)]
    found = 0
    for text in texts:
        for lang in ("de", "en"):
            test = names._IS_DESCRIPTOR[lang]
            one_scan = [m.span("name") for m in names._WORD_THEN_NAME.finditer(text) if test.fullmatch(m.group("desc"))]
            words_first = [m.span("name") for w in names._WORD_AT.finditer(text) if test.fullmatch(w.group())
                           for m in [names._WORD_THEN_NAME.match(text, w.start())] if m]
            assert words_first == one_scan, text
            found += len(one_scan)
    assert found > 100
