"""Datelines, bylines and agencies name who reports the news, never who takes part in it."""

from __future__ import annotations

import pytest

from newsgraph.events import extract_events
from newsgraph.events.masthead import masthead_spans
from newsgraph.events.sentence import is_non_party
from newsgraph.model import Article, Mention, Sentence
from newsgraph.settings import Settings


def _spans(text: str, mentions: list[Mention] = ()) -> list[str]:
    art = Article(id="a_m", source="<t>", text=text, language="de")
    art.mentions = list(mentions)
    return [text[s:e].strip() for s, e in masthead_spans(art)]


@pytest.mark.parametrize("text,span", [
    ("Titel\nNORTH CANTON / PADERBORN (dpa-AFX) - Der Hersteller Wincor Nixdorf flüchtet.",
     "NORTH CANTON / PADERBORN (dpa-AFX) -"),
    ("BERLIN (dpa) - Die Bahn streikt.", "BERLIN (dpa) -"),
    ("Ende des Interviews. \u00a0 Von Karl-Heinz Patzer\nFrank Roselieb: Direktor", "Von Karl-Heinz Patzer"),
    ("Headline\nBy Jane M. Doe\nThe union called a strike.", "By Jane M. Doe"),
])
def test_datelines_and_bylines_found(text, span):
    assert span in _spans(text)


def test_a_mixed_case_dateline_needs_a_known_place():
    text = "Frankfurt - Die Flugbegleiter der Lufthansa streiken."
    assert _spans(text) == []
    assert _spans(text, [Mention(0, 9, "Frankfurt", "LOC")]) == ["Frankfurt -"]


@pytest.mark.parametrize("text", [
    "Lufthansa - Die Flugbegleiter streiken.",  # a name before a dash, no place, no agency
    "Das Geld kam in der Runde von Earlybird.",  # "von" inside a sentence is no byline
])
def test_no_masthead_in_ordinary_text(text):
    assert _spans(text) == []


@pytest.mark.parametrize("name", ["dpa-AFX", "DGAP-News", "businesswire.com", "pnp.de", "WKN", "Marketwired"])
def test_agencies_and_sites_are_no_parties(name):
    assert is_non_party(name)


def test_dateline_words_are_no_merger_party():
    text = "NORTH CANTON (dpa-AFX) - Wincor Nixdorf und Diebold fusionieren."
    art = Article(id="a_d", source="<t>", text=text, language="de", published="2016-01-01")
    art.sentences = [Sentence(0, len(text), "de")]
    for surface in ("NORTH CANTON", "dpa-AFX", "Wincor Nixdorf", "Diebold"):
        start = text.index(surface)
        art.mentions.append(Mention(start, start + len(surface), surface, "ORG", source="model"))
    extract_events(art, Settings())
    parties = {a.text for e in art.events if e.type == "merger" for a in e.args("party")}
    assert parties == {"Wincor Nixdorf", "Diebold"}


def test_datelines_tried_at_line_starts_are_those_of_a_scan():
    """`_datelines` tries the pattern only where a line starts; it must find what a scan of the text finds."""
    from pathlib import Path

    from newsgraph.events.evaluate import read_gold
    from newsgraph.events.masthead import _DATELINE, _datelines

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [item.text for path in sorted(data.glob("events_gold_*.jsonl")) for item in read_gold(path)]
    texts += ["BERLIN (dpa-AFX) - Siemens kauft.\nFRANKFURT - Bosch baut.\n", "\n\nZURICH, March 10 - X\n",
              "Text\nNEW YORK, July 15, 2025 (Reuters) - Y", ""]
    found = 0
    for text in texts:
        assert [m.span() for m in _datelines(text)] == [m.span() for m in _DATELINE.finditer(text)], text
        found += len(_datelines(text))
    assert found >= 4
