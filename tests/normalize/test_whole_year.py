"""The whole year and the running business year: 'für das Gesamtjahr', 'for the full year', 'laufendes Geschäftsjahr'."""

from __future__ import annotations

import pytest

from newsgraph.normalize import find_values


def _periods(text: str, lang: str, published: str) -> list[tuple[str, dict]]:
    return [(v.text, v.value) for v in find_values(text, lang, published) if v.kind == "period"]


@pytest.mark.parametrize("text,lang,span", [
    ("Für das Gesamtjahr peilt die Reederei einen Gewinn von 40 Millionen Euro an.", "de", "Für das Gesamtjahr"),
    ("Im Gesamtgeschäftsjahr will der Versender profitabel sein.", "de", "Im Gesamtgeschäftsjahr"),
    ("Für das gesamte Geschäftsjahr erwartet der Vorstand ein Plus.", "de", "Für das gesamte Geschäftsjahr"),
    ("For the full year, the brewer now sees sales of 3 million hectolitres.", "en", "For the full year"),
    ("The insurer raised its full-year outlook.", "en", "full-year"),
    ("Over the whole year the airline expects 9 million passengers.", "en", "Over the whole year"),
])
def test_the_whole_year_is_the_year_of_publication(text, lang, span):
    assert (span, {"year": 2026}) in _periods(text, lang, "2026-09-15")


def test_a_whole_year_told_in_the_past_in_the_results_season_is_the_year_just_closed():
    assert ("Im Gesamtjahr", {"year": 2025}) in _periods("Im Gesamtjahr stieg der Umsatz um fünf Prozent.", "de",
                                                         "2026-02-26")
    assert ("Im Gesamtjahr", {"year": 2026}) in _periods("Im Gesamtjahr soll der Umsatz um fünf Prozent steigen.",
                                                         "de", "2026-02-26")


@pytest.mark.parametrize("text,lang", [
    ("Im Gesamtjahr 2024 lag der Umsatz bei 2 Mrd. Euro.", "de"),
    ("Revenue for the full year 2024 came to $2 billion.", "en"),
])
def test_a_named_year_wins(text, lang):
    periods = _periods(text, lang, "2026-09-15")
    assert ("2024", {"year": 2024}) in periods
    assert all(value != {"year": 2026} for _, value in periods)


@pytest.mark.parametrize("text,lang", [
    ("Die Sanierung hat ein ganzes Jahr gedauert.", "de"),
    ("It took a full year of talks to close the deal.", "en"),
    ("Das Gesamtjahresergebnis lag unter Plan.", "de"),
])
def test_a_length_of_a_year_is_no_calendar_year(text, lang):
    assert _periods(text, lang, "2026-09-15") == []


@pytest.mark.parametrize("text,span,year", [
    ("Für das laufende Geschäftsjahr rechnet der Konzern mit 1 Mrd. Euro Umsatz.", "laufende Geschäftsjahr", 2026),
    ("Im vergangenen Geschäftsjahr sank der Gewinn.", "Im vergangenen Geschäftsjahr", 2025),
    ("Im kommenden Geschäftsjahr soll die Marge steigen.", "Im kommenden Geschäftsjahr", 2027),
])
def test_the_business_year_is_read_like_the_year(text, span, year):
    # "Geschäftsjahr" is one word with a small j: the relative-year rule used to require "Jahr"
    assert (span, {"year": year}) in _periods(text, "de", "2026-09-15")
