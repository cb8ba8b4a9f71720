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


def test_one_store_at_a_named_place_is_a_facility_and_a_number_of_stores_an_expansion():
    evs = events("Die Bäckereikette Kornfeld will 30 Filialen eröffnen. Die erste Filiale soll im Mai in Bremen "
                 "eröffnen.")
    assert of_type(evs, "store_expansion") == [{"company": "Kornfeld", "count": "30 Filialen"}]
    assert of_type(evs, "facility") == [{"company": "Kornfeld", "facility_kind": "Filiale", "location": "Bremen"}]
    evs = events("Grocer Hollyfield will open its first store in Preston on Saturday, creating 35 jobs.", "en")
    assert of_type(evs, "facility") == [{"company": "Hollyfield", "facility_kind": "store", "location": "Preston"}]
    assert of_type(evs, "store_expansion") == []
