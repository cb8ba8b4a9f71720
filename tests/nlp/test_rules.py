"""The rule recogniser alone: each rule on a sentence, and the cases it must leave alone."""

from __future__ import annotations

import pytest

from newsgraph.nlp import gazetteers
from newsgraph.nlp.rules import find_spans
from newsgraph.nlp.segment import tokenize


def _found(text: str, lang: str = "de") -> set[tuple[str, str, str]]:
    return {(text[s.start:s.end], s.label, s.rule) for s in find_spans(tokenize(text, lang), lang)}


def _pairs(text: str, lang: str = "de") -> set[tuple[str, str]]:
    return {(t, label) for t, label, _ in _found(text, lang)}


@pytest.mark.parametrize("text,lang,expected", [
    ("Die Deutsche Telekom AG und die Xiaomi Inc. verhandeln.", "de",
     {("Deutsche Telekom AG", "ORG"), ("Xiaomi Inc.", "ORG")}),
    ("Er traf Herrn Müller und Frau Anna Schmidt.", "de", {("Müller", "PER"), ("Anna Schmidt", "PER")}),
    ("Der Elektronikkonzern Siemens und der Smartphone-Hersteller Xiaomi wachsen.", "de",
     {("Siemens", "ORG"), ("Xiaomi", "ORG")}),
    ("Der VW-Konzern und der Xiaomi-Chef", "de", {("VW", "ORG"), ("Xiaomi", "ORG"), ("Chef", "ROLE")}),
    ("Vorstandschef Herbert Diess und Finanzvorstand Arno Antlitz", "de",
     {("Vorstandschef", "ROLE"), ("Herbert Diess", "PER"), ("Finanzvorstand", "ROLE"), ("Arno Antlitz", "PER")}),
    ("Apple CEO Tim Cook met chipmaker Qualcomm in the United States.", "en",
     {("Apple", "ORG"), ("CEO", "ROLE"), ("Tim Cook", "PER"), ("Qualcomm", "ORG"), ("United States", "LOC")}),
    ("Senior Vice President Jane Doe spoke.", "en", {("Senior Vice President", "ROLE"), ("Jane Doe", "PER")}),
    ("Geschäftsführer Olaf Kramm von Fanuc sprach in München.", "de",
     {("Geschäftsführer", "ROLE"), ("Olaf Kramm", "PER"), ("München", "LOC")}),
    ("Das neue Smartphone Mi 6 kommt nach Spanien.", "de", {("Mi 6", "PRODUCT"), ("Spanien", "LOC")}),
])
def test_rules_find(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _pairs(text, lang)


@pytest.mark.parametrize("text,lang,absent", [
    ("Die Flugbegleiter streiken, Halbleiter fehlen.", "de", {("Flugbegleiter", "ROLE"), ("Halbleiter", "ROLE")}),
    ("Besucher kamen zum Kennedy Space Center.", "en", {("Kennedy Space", "PER"), ("Kennedy", "PER")}),
    ("Der Flug landet in MUC am Abend.", "de", {("MUC", "LOC")}),
    ("In der Mitte der Lage stand er.", "de", {("Mitte", "LOC"), ("Lage", "LOC")}),
])
def test_rules_leave_alone(text: str, lang: str, absent: set[tuple[str, str]]) -> None:
    assert not absent & _pairs(text, lang)


def test_place_gazetteer_has_no_airport_codes_but_keeps_country_abbreviations() -> None:
    places = gazetteers.places()
    assert {"USA", "US", "UK", "München", "Peking", "Hagen"} <= places
    assert not {p for p in places if p.isupper() and p not in {"USA", "US", "UK", "U.S."}}


def test_first_names_come_from_the_package() -> None:
    names = gazetteers.first_names()
    assert {"Anna", "Herbert", "Lei"} <= names
    assert "Mark" not in names and "Der" not in names
