"""News sources and report authors are never parties: media descriptors and 'in einem Bericht des X'."""

from __future__ import annotations

import pytest

from newsgraph.events import extract_events
from newsgraph.events.sentence import is_non_party
from newsgraph.model import Article, Mention, Sentence, Value
from newsgraph.settings import Settings


def companies(text: str, mentions: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    art = Article(id=Article.id_for(text), source="<test>", text=text, language="de", published="2016-02-12")
    art.sentences = [Sentence(0, len(text), "de")]
    for surface, typ in mentions:
        start = text.index(surface)
        art.mentions.append(Mention(start, start + len(surface), surface, typ, source="model"))
    return [(e.type, [a.text for a in e.arguments if a.role == "company"])
            for e in extract_events(art, Settings()).events]


@pytest.mark.parametrize("name,media", [
    ("Tech-Blog Recode", True), ("Blog Recode", True), ("Zeitung Bild", True),
    ("Blogwerk AG", False), ("Recode", False),
])
def test_a_name_led_by_a_media_word_is_a_news_source(name, media):
    assert is_non_party(name) is media


def test_the_author_of_a_report_is_no_company():
    text = ("Andernfalls drohe die Zahlungsunfähigkeit des Landes, hieß es in einem Bericht des griechischen "
            "Industrieverbands SEB.")
    assert ("insolvency", ["SEB"]) not in companies(text, [("SEB", "ORG")])


def test_a_company_named_after_a_report_word_in_another_role_stays():
    text = "Laut Bericht ist die Insolvenz der Modekette Gerry Weber beantragt."
    assert ("insolvency", ["Gerry Weber"]) in companies(text, [("Gerry Weber", "ORG")])


def test_a_blog_reporting_layoffs_is_not_laying_off():
    text = "Auch der Tech-Blog Recode hatte bereits über einen geplanten Stellenabbau berichtet."
    assert all("Tech-Blog Recode" not in c and "Recode" not in c for _, c in companies(text, [("Recode", "ORG")]))


@pytest.mark.parametrize("text,mentions,company", [
    ("Die Gewerkschaft Verdi warnte am Mittwoch vor dem geplanten Stellenabbau bei IBM in Mainz.",
     [("Verdi", "ORG"), ("IBM", "ORG")], "IBM"),
    ("Die Gewerkschaft der Polizei führt den Anstieg auf Personalabbau bei der Polizei zurück.",
     [("Gewerkschaft der Polizei", "ORG")], None),
    ("Die SPD hat der Landesregierung vorgeworfen, durch den Stellenabbau die Sicherheit zu gefährden.",
     [("SPD", "ORG")], None),
])
def test_unions_and_parties_are_no_employer(text, mentions, company):
    got = [c for t, c in companies(text, mentions) if t == "layoffs"]
    assert got == ([[company]] if company else [])


def test_two_companies_filing_together_are_two_insolvencies():
    text = "Die Slav Beteiligung GmbH und die Slav Aero GmbH haben Konkurs angemeldet, teilte der AKV am Mittwoch mit."
    got = [c for t, c in companies(text, [("Slav Beteiligung GmbH", "ORG"), ("Slav Aero GmbH", "ORG"),
                                          ("AKV", "ORG")]) if t == "insolvency"]
    assert got == [["Slav Beteiligung GmbH"], ["Slav Aero GmbH"]]


def test_a_share_of_the_jobs_is_the_layoff_count():
    text = "Der Hersteller Bombardier Transportation streicht ein Drittel der Arbeitsplätze am Standort Braunschweig."
    art = Article(id=Article.id_for(text), source="<test>", text=text, language="de", published="2016-02-12")
    art.sentences = [Sentence(0, len(text), "de")]
    for surface, typ in [("Bombardier Transportation", "ORG"), ("Braunschweig", "LOC")]:
        start = text.index(surface)
        art.mentions.append(Mention(start, start + len(surface), surface, typ, source="model"))
    start = text.index("ein Drittel")
    art.values.append(Value(start, start + 11, "ein Drittel", "fraction", {"fraction": 1 / 3}, rule="test"))
    [event] = [e for e in extract_events(art, Settings()).events if e.type == "layoffs"]
    assert [(a.role, a.text) for a in event.arguments if a.role == "count"] == [("count", "ein Drittel")]


@pytest.mark.parametrize("name,non_party", [
    ("AG Frankfurt", True), ("OLG Düsseldorf", True), ("Bafin", True), ("Bundeskartellamt", True),
    ("AGCO", False), ("Agfa", False), ("Siemens AG", False),
])
def test_courts_and_regulators_are_no_party(name, non_party):
    assert is_non_party(name) is non_party


@pytest.mark.parametrize("text,mentions,absent", [
    ("Im Jahr 2015 mussten nach Angaben der Wirtschaftsauskunftei Creditreform 23 000 Unternehmen Insolvenz "
     "anmelden.", [("Creditreform", "ORG")], "Creditreform"),
    ("Am Handelsgericht wurde ein Sanierungsverfahren eröffnet, so der Kreditschutzverband KSV1870.",
     [("KSV1870", "ORG")], "KSV1870"),
])
def test_credit_agencies_quoted_as_sources_are_no_company(text, mentions, absent):
    assert all(absent not in c for _, c in companies(text, mentions))


def test_a_hashtag_is_no_statement():
    text = "Senat ist verantwortlich für angestellte Lehrer #Streik #Warnstreik @senfin"
    assert [t for t, _ in companies(text, [("Senat", "ORG")]) if t == "strike"] == []
    text = "Verdi ruft für Montag zum Streik bei der Post auf #Streik"
    assert [t for t, _ in companies(text, [("Verdi", "ORG"), ("Post", "ORG")]) if t == "strike"] == ["strike"]


def test_source_cue_twin_misses_no_source_cue():
    from pathlib import Path

    from newsgraph.events.evaluate import read_gold
    from newsgraph.events.sentence import _SOURCE_BEFORE, _SOURCE_BEFORE_TWIN, _source_before

    assert _SOURCE_BEFORE_TWIN is not None
    data = Path(__file__).resolve().parents[1] / "data"
    texts = [item.text for name in ("events_gold_de.jsonl", "events_gold_en.jsonl", "events_probes4.jsonl")
             for item in read_gold(data / name)]
    texts += ["laut einem Bericht des Magazins Capital", "so der Branchenverband Bitkom", "SO DER VERBAND BITKOM",
              "Konkurrenten wie die Telekom", "according to Reuters", "nach Angaben der Auskunftei Creditreform",
              "Bericht der britischen Financial Times", "Studie des ifo Instituts"]
    sources = 0
    for text in texts:
        for end in (i for i in range(len(text)) if text[i].isupper()):  # where a name could start
            before = text[max(0, end - 60):end]
            assert _source_before(before) == bool(_SOURCE_BEFORE.search(before)), before
            sources += bool(_SOURCE_BEFORE.search(before))
    assert sources > 10, sources
