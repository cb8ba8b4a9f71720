"""normalize_article and the pipeline: per-sentence languages, offsets into the article, the done-when check."""

from __future__ import annotations

from newsgraph.model import Article, Sentence
from newsgraph.normalize import normalize_article
from newsgraph.pipeline import process_text
from newsgraph.settings import Settings

DONE_WHEN = "Qualcomm unterzeichnete einen Vorvertrag über 12 Milliarden US-Dollar."


def test_done_when_through_process_text():
    article = process_text(DONE_WHEN, language="de", settings=Settings(ner=False, events=False))
    money = [v for v in article.values if v.kind == "money"]
    assert len(money) == 1
    v = money[0]
    assert v.value == {"amount": 12000000000, "currency": "USD"}
    assert article.text[v.start:v.end] == v.text == "12 Milliarden US-Dollar"
    assert v.rule == "money.de.scale_currency"


def test_normalize_article_uses_sentence_language_and_offsets():
    text = "Xiaomi verkaufte gestern 2.000 Smartphones. The company said 2.000 was a record."
    split = text.index("The")
    article = Article(id="a_test", source="<test>", text=text, language="de", published="2017-11-10",
                      sentences=[Sentence(0, split - 1, "de"), Sentence(split, len(text), "en")])
    normalize_article(article, Settings())
    got = [(v.text, v.kind, v.value) for v in article.values]
    assert ("gestern", "date", {"date": "2017-11-09"}) in got
    assert ("2.000 Smartphones", "count", {"amount": 2000, "unit": "smartphone"}) in got
    assert ("2.000", "count", {"amount": 2000, "unit": None}) in got
    for v in article.values:
        assert article.text[v.start:v.end] == v.text
    assert [v.start for v in article.values] == sorted(v.start for v in article.values)


def test_normalize_article_without_sentences_reads_whole_text():
    text = "Die Hälfte der 80 Stellen entsteht in Köln."
    article = Article(id="a_test", source="<test>", text=text, language="de")
    normalize_article(article, Settings())
    kinds = [(v.text, v.kind) for v in article.values]
    assert kinds == [("Die Hälfte", "fraction"), ("80 Stellen", "count"), ("Köln", "place")]


def test_sentence_local_tense_for_weekdays():
    text = "Xiaomi wird am Montag Läden eröffnen. Der Vertrag wurde am Donnerstag unterzeichnet."
    split = text.index("Der")
    article = Article(id="a_test", source="<test>", text=text, language="de", published="2017-11-10",
                      sentences=[Sentence(0, split - 1, "de"), Sentence(split, len(text), "de")])
    normalize_article(article, Settings())
    dates = {v.text: v.value for v in article.values if v.kind == "date"}
    assert dates == {"am Montag": {"date": "2017-11-13"}, "am Donnerstag": {"date": "2017-11-09"}}
