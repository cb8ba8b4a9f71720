"""A rule written when the sixteenth sprint's branches were merged: two branches' store rules together took a
restaurant's seats for a number of stores. Sentences written for this test (stand-in names). (The other merge fix,
the firm after "investment from <town> <descriptor>", is held by fresh set 19's item en-03 in `bench/events_sets.py`:
the recogniser types a town as a place in short test sentences, so a test of our own would not reach the rule.)"""

from __future__ import annotations

from event_test_helpers import events, of_type


def test_the_guests_a_restaurant_seats_are_no_number_of_stores():
    text = ("Tallow & Rye will open eight new restaurants in Ohio by 2027. The first restaurant opens on Saturday in "
            "Dayton and will seat about 120 guests.")
    found = of_type(events(text, "en"), "store_expansion")
    assert [e["company"] for e in found] == ["Tallow & Rye"]
