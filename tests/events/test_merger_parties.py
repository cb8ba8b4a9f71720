"""Merger parties: descriptions are no party, aliases and repeated names count once, associations are no merger."""

from __future__ import annotations

from newsgraph.events import extract_events
from newsgraph.events.triggers import find_triggers
from newsgraph.model import Article, Mention, Sentence
from newsgraph.settings import Settings


def mergers(text: str, mentions: list[tuple[str, str]]) -> list[list[str]]:
    art = Article(id=Article.id_for(text), source="<test>", text=text, language="de", published="2016-03-04")
    art.sentences = [Sentence(0, len(text), "de")]
    for surface, typ in mentions:
        start = text.index(surface)
        art.mentions.append(Mention(start, start + len(surface), surface, typ, source="model"))
    return [[a.text for a in e.arguments if a.role == "party"]
            for e in extract_events(art, Settings()).events if e.type == "merger"]


def test_a_partner_named_only_by_a_description_is_no_party():
    assert mergers("Trotz der geplanten Fusion mit der Kreismusikschule will Wismar die Gebühren erhöhen.",
                   [("Wismar", "LOC")]) == []
    assert mergers("Für die Fans der Kickers ist eine Fusion mit dem Stadtrivalen undenkbar.",
                   [("Kickers", "ORG")]) == []


def test_a_bare_name_after_mit_is_a_party():
    text = "Hapag-Lloyd prüft eine Fusion mit Yang Ming."
    assert mergers(text, [("Hapag-Lloyd", "ORG")]) == [["Hapag-Lloyd", "Yang Ming"]]


def test_an_alias_in_brackets_is_the_same_party():
    text = "Der Regionalverband Ruhr (RVR) will die Revierparks verschmelzen, um Kosten zu sparen."
    assert mergers(text, [("Regionalverband Ruhr", "ORG"), ("RVR", "ORG")]) == []


def test_an_association_described_as_ein_zusammenschluss_von_is_no_merger():
    text = "Betreiber ist die Allianz, ein Zusammenschluss von Städten, Gemeinden, IG Metall und Unternehmen."
    assert "merger" not in {h.spec.type for h in find_triggers(text, "de")}
    text = "Daimler und Chrysler haben den Zusammenschluss von Grund auf geplant."
    assert "merger" in {h.spec.type for h in find_triggers(text, "de")}


def test_a_german_noun_phrase_ends_at_its_head_noun():
    text = "Eon treibt die Abspaltung der Kraftwerkssparte voran."
    art = Article(id=Article.id_for(text), source="<test>", text=text, language="de", published="2016-03-04")
    art.sentences = [Sentence(0, len(text), "de")]
    art.mentions.append(Mention(0, 3, "Eon", "ORG", source="model"))
    [event] = [e for e in extract_events(art, Settings()).events if e.type == "spin_off"]
    assert {a.role: a.text for a in event.arguments} == {"parent": "Eon", "spun_off": "Kraftwerkssparte"}


def _meeting(text: str, mentions: list[tuple[str, str]], lang: str = "de") -> list[tuple[str, str]]:
    art = Article(id=Article.id_for(text), source="<test>", text=text, language=lang, published="2016-03-04")
    art.sentences = [Sentence(0, len(text), lang)]
    for surface, typ in mentions:
        start = text.index(surface)
        art.mentions.append(Mention(start, start + len(surface), surface, typ, source="model"))
    [event] = [e for e in extract_events(art, Settings()).events if e.type == "meeting"]
    return [(a.role, a.text) for a in event.arguments if a.role in ("participant", "location")]


def test_a_meeting_venue_named_like_an_organisation_is_its_location():
    text = ("Bundeskanzlerin Angela Merkel empfängt am Mittwoch die Chefs der großen Autokonzerne im Kanzleramt, "
            "um über die Elektromobilität zu sprechen.")
    got = _meeting(text, [("Angela Merkel", "PER"), ("Kanzleramt", "ORG")])
    assert ("location", "Kanzleramt") in got and ("participant", "Kanzleramt") not in got
    assert ("participant", "die Chefs der großen Autokonzerne") in got


def test_the_representatives_phrase_ends_before_a_preposition():
    text = "Chancellor Angela Merkel will host the heads of Germany's carmakers at the chancellery on Thursday."
    got = _meeting(text, [("Angela Merkel", "PER")], lang="en")
    assert ("participant", "the heads of Germany's carmakers") in got
