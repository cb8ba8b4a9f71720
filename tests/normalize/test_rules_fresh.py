"""Edges of the rules added after the fresh case table (where each rule must stop)."""

from __future__ import annotations

import pytest

from newsgraph.normalize import canonical_org_name, canonical_role, find_values, lookup_place


def _found(text, lang, published=None):
    return [(v.text, v.kind, v.value) for v in find_values(text, lang, published)]


@pytest.mark.parametrize("text,lang,expected_first", [
    ("Analysts put the price at $3 to $4 billion.", "en", 3_000_000_000),
    ("Der Preis liegt zwischen €3 und €4 Mrd.", "de", 3_000_000_000),
    ("He paid $300 to $4 billion", "en", 300),            # the first would exceed the second
    ("It paid $3 and raised $4 billion.", "en", 3),        # 'and' without 'between' is no range
])
def test_repeated_currency_range_takes_the_magnitude_only_when_it_reads_as_a_range(text, lang, expected_first):
    money = [v for v in find_values(text, lang) if v.kind == "money"]
    assert money[0].value["amount"] == expected_first


def test_optional_prepositions_start_at_a_word_start():
    # 'in' at the end of 'Spain' must not turn 'last year' into 'in last year' and swallow the place
    assert ("Spain", "place", {"country": "ES"}) in _found("Xiaomi expanded into Spain last year.", "en")
    assert ("last year", "period", {"year": 2018}) in _found("Xiaomi expanded into Spain last year.", "en",
                                                              "2019-01-04")


def test_ordinal_dot_is_no_sentence_end_for_tense():
    # the past cue 'hatte' is in the same sentence as '5. März', so the date lies before publication
    assert ("Am 5. März", "date", {"date": "2018-03-05"}) in _found(
        "Am 5. März hatte die Firma ihre Zahlen vorgelegt.", "de", "2019-01-04")
    # a real sentence end still separates the cue: the second sentence has the future cue
    assert ("am 5. März", "date", {"date": "2019-03-05"}) in _found(
        "Die Firma hatte gewarnt. Sie will am 5. März Zahlen vorlegen.", "de", "2019-01-04")


@pytest.mark.parametrize("text,lang,span,value", [
    ("Der Vertrag wurde am 28. Dezember unterzeichnet, gestern bestätigt und soll am Donnerstag starten.", "de",
     "am 28. Dezember", {"date": "2017-12-28"}),
    ("Der Vertrag wurde am 28. Dezember unterzeichnet, gestern bestätigt und soll am Donnerstag starten.", "de",
     "am Donnerstag", {"date": "2018-01-04"}),
    ("The deal was signed on December 28, confirmed yesterday and will start this Thursday.", "en",
     "on December 28", {"date": "2017-12-28"}),
    ("Im vierten Quartal stieg der Umsatz; im ersten Quartal soll er wachsen.", "de", "Im vierten Quartal",
     {"year": 2017, "quarter": 4}),
    ("Im vierten Quartal stieg der Umsatz; im ersten Quartal soll er wachsen.", "de", "im ersten Quartal",
     {"year": 2018, "quarter": 1}),
    ("The deal will be signed on Monday.", "en", "on Monday", {"date": "2018-01-08"}),  # 'signed' is no past cue here
])
def test_the_clause_decides_the_tense(text, lang, span, value):
    assert any(v.text == span and v.value == value for v in find_values(text, lang, "2018-01-03"))


@pytest.mark.parametrize("text,lang", [
    ("Die Hotline 0800 123 456 ist kostenlos.", "de"), ("Customers can call 1-800-555-0199.", "en"),
    ("Das iPhone 11 verkauft sich gut.", "de"), ("Tel. +49 30 123456", "de"),
])
def test_codes_and_model_numbers_are_no_counts(text, lang):
    assert not [v for v in find_values(text, lang) if v.kind == "count"]


@pytest.mark.parametrize("text,lang,span,amount", [
    ("Es waren 10 000 000 insgesamt.", "de", "10 000 000", 10_000_000),
    ("Im Fernverkehr 2,01 Milliarden Fahrgäste.", "de", "2,01 Milliarden Fahrgäste", 2_010_000_000),
    ("Der Konzern zählt 0,5 Millionen Kunden.", "de", "0,5 Millionen Kunden", 500_000),
    ("The firm sold two dozen stores.", "en", "two dozen stores", 24),
])
def test_quantities_that_look_like_codes_or_model_numbers_still_count(text, lang, span, amount):
    assert any(v.text == span and v.kind == "count" and v.value["amount"] == amount for v in find_values(text, lang))


def test_a_quarter_of_is_a_fraction_and_for_a_quarter_a_duration():
    assert ("a quarter", "fraction", {"fraction": 0.25}) in _found("China accounts for a quarter of its sales.", "en")
    assert ("for a quarter", "duration", {"iso": "P3M"}) in _found("The plant stood idle for a quarter.", "en")


@pytest.mark.parametrize("name,expected", [
    ("Bavaria", {"region": "Bayern", "subdivision": "DE-BY"}),
    ("Bayern", {"region": "Bayern", "subdivision": "DE-BY"}),
    ("Kalifornien", {"region": "California", "subdivision": "US-CA"}),
    ("New Delhi", {"city": "New Delhi", "country": "IN"}),
    ("Delhi", {"city": "Delhi", "country": "IN"}),
    ("Schweizer", {"country": "CH"}),
])
def test_one_place_one_value(name, expected):
    assert lookup_place(name) == expected


@pytest.mark.parametrize("name,lang,expected", [
    ("Googles", "de", "Google"), ("Porsches", "de", "Porsche"), ("Infineon Technologies", "de", "Infineon Technologies"),
    ("American Airlines", "de", "American Airlines"), ("Forbes", "de", "Forbes"), ("Emirates", "de", "Emirates"),
    ("des Münchner Autobauers BMW", "de", "BMW"), ("der Softwarekonzern SAP", "de", "SAP"),
    ("die Deutsche Bank", "de", "die Deutsche Bank"),  # no company word: nothing is dropped
    ("Volkswagen Aktiengesellschaft", None, "Volkswagen"), ("Apple Inc.'s", "en", "Apple"),
])
def test_org_name_edges(name, lang, expected):
    assert canonical_org_name(name, lang) == expected


def test_hyphenated_role_reads_like_the_compound():
    assert canonical_role("Deutschland-Chef") == canonical_role("Deutschlandchef") == "managing director"
    assert canonical_role("Asien-Chef") == "head"


def test_place_lookup_falls_back_to_the_other_language():
    # an English quote inside a German article names the same country
    assert lookup_place("Spain", "de") == lookup_place("Spanien", "en") == {"country": "ES"}
    assert lookup_place("Nirgendwo", "de") is None
