"""The single-purpose parsers, tested alone (numbers, units, anchoring helpers)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from newsgraph.normalize.counts import unit_of
from newsgraph.normalize.numbers import (parse_english_number_words, parse_german_number_word, parse_number_words,
                                         parse_numeral)
from newsgraph.normalize.time import iso_duration, nearest_year, resolve_relative_date, resolve_weekday


@pytest.mark.parametrize("raw,lang,whole,expected", [
    ("2.000", "de", False, "2000"), ("2.000", "en", False, "2000"), ("2,000", "en", False, "2000"),
    ("2,000", "de", False, "2000"), ("2.500", "de", False, "2500"), ("2.500", "en", False, "2.5"),
    ("2.500", "en", True, "2500"), ("2,500", "de", False, "2.5"), ("2,500", "de", True, "2500"),
    ("12.5", "de", False, "12.5"), ("12,5", "en", False, "12.5"), ("1.234.567", "de", False, "1234567"),
    ("1,234,567", "en", False, "1234567"), ("1.234.567,89", "de", False, "1234567.89"),
    ("1,234,567.89", "en", False, "1234567.89"), ("0,125", "de", True, "0.125"), ("10\u202f000", "de", False, "10000"),
    ("1.23.4", "de", False, None), ("1.2345.678", "de", False, None), ("42", "en", False, "42"),
])
def test_parse_numeral(raw, lang, whole, expected):
    got = parse_numeral(raw, lang, integer_context=whole)
    assert got == (Decimal(expected) if expected is not None else None)


@pytest.mark.parametrize("word,expected", [
    ("zwei", 2), ("zwölf", 12), ("dreizehn", 13), ("zwanzig", 20), ("dreiundzwanzig", 23), ("hundert", 100),
    ("einhundert", 100), ("zweihundertfünfzig", 250), ("tausend", 1000), ("zweitausend", 2000),
    ("zweitausendfünfhundert", 2500), ("dreihunderttausend", 300000), ("hunderteins", 101), ("eins", 1),
    ("Achtung", None), ("einige", None), ("zweiter", None), ("undzwanzig", None),
])
def test_parse_german_number_word(word, expected):
    assert parse_german_number_word(word) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("twelve", 12), ("twenty-five", 25), ("two hundred", 200), ("two hundred and fifty thousand", 250000),
    ("a hundred", 100), ("three thousand", 3000), ("one", 1), ("ninety nine", 99), ("apple", None), ("", None),
])
def test_parse_english_number_words(phrase, expected):
    assert parse_english_number_words(phrase) == expected


@pytest.mark.parametrize("phrase,lang,expected", [
    ("eine", "de", 1), ("anderthalb", "de", 1.5), ("halbe", "de", 0.5), ("a", "en", 1), ("half a", "en", 0.5),
    ("zweieinhalb", "de", 2.5), ("twelve", "de", 12), ("zwölf", "de", 12),
])
def test_parse_number_words(phrase, lang, expected):
    assert parse_number_words(phrase, lang) == Decimal(str(expected))


@pytest.mark.parametrize("word,lang,expected", [
    ("Stores", "de", "store"), ("Filialen", "de", "store"), ("Elektronikgeschäfte", "de", "store"),
    ("Mi-Stores", "de", "store"), ("Beschäftigte", "de", "employee"), ("Mitarbeitern", "de", "employee"),
    ("Stellen", "de", "job"), ("Smartphones", "en", "smartphone"), ("jobs", "en", "job"), ("employees", "en", "employee"),
    ("Tische", "de", ""), ("tables", "en", ""), ("Handys", "de", "phone"),
])
def test_unit_of(word, lang, expected):
    assert unit_of(word, lang) == expected


@pytest.mark.parametrize("anchor,month,day,future,expected", [
    (date(2018, 1, 3), 12, 28, False, 2017), (date(2017, 12, 20), 1, 5, False, 2018),
    (date(2017, 11, 10), 7, 23, False, 2017), (date(2017, 11, 10), 5, None, False, 2017),
    (date(2017, 11, 10), 5, None, True, 2018), (date(2017, 11, 10), 6, None, False, 2017),
    (date(2016, 3, 22), 9, 25, True, 2016), (date(2017, 1, 20), 12, None, False, 2016),
])
def test_nearest_year(anchor, month, day, future, expected):
    assert nearest_year(anchor, month, day, future) == expected


@pytest.mark.parametrize("weekday,direction,expected", [
    (4, None, "2017-11-09"), (5, None, "2017-11-10"), (1, None, "2017-11-06"), (5, "past", "2017-11-03"),
    (3, "next", "2017-11-15"), (5, "next", "2017-11-17"), (5, "future", "2017-11-10"), (1, "future", "2017-11-13"),
    (4, "this", "2017-11-09"), (7, "this", "2017-11-12"),
])
def test_resolve_weekday(weekday, direction, expected):
    assert resolve_weekday(weekday, date(2017, 11, 10), direction) == {"date": expected}


def test_resolve_relative_date_with_and_without_anchor():
    assert resolve_relative_date(-2, date(2018, 1, 1)) == {"date": "2017-12-30"}
    assert resolve_relative_date(-2, None) == {"relative_days": -2}


@pytest.mark.parametrize("n,unit,expected", [
    (3, "Y", "P3Y"), (0.5, "Y", "P6M"), (1.5, "Y", "P18M"), (2, "Q", "P6M"), (3, "H", "PT3H"), (15, "MIN", "PT15M"),
    (0.5, "H", "PT30M"), (2, "W", "P2W"),
])
def test_iso_duration(n, unit, expected):
    assert iso_duration(n, unit) == {"iso": expected}
