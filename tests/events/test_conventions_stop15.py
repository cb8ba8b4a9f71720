"""The three gold conventions settled after the fourteenth sprint (docs/events-gold-format.md, "Which role is
which"), as the engine reads them; the sentences are invented for these tests."""

from __future__ import annotations

from event_test_helpers import events, of_type


def test_one_market_entry_per_country():
    found = of_type(events("Der Möbelhändler Ravenholm expandiert nach Ungarn und Rumänien."), "market_entry")
    assert sorted(e["market"] for e in found) == ["Rumänien", "Ungarn"]
    assert {e["company"] for e in found} == {"Ravenholm"}


def test_one_market_entry_per_country_in_english():
    evs = events("Parcelwise will launch its delivery service in Belgium and Austria next spring.", "en")
    entries = [e for e in evs if e.type == "market_entry"]
    assert sorted(e.args("market")[0].value["country"] for e in entries) == ["AT", "BE"]
    assert len({e.id for e in entries}) == 2
    assert all(e.modality == "planned" for e in entries)


def test_cities_of_one_market_split_nothing():
    text = "Der Fahrradhersteller Velomar startet im Oktober in Deutschland, zunächst in Berlin, Hamburg und Köln."
    entries = [e for e in events(text) if e.type == "market_entry"]
    assert len(entries) == 1
    assert "Deutschland" in {a.text for a in entries[0].args("market")}
