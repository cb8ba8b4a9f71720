"""A weekday fronted alone before a comma ("On Monday, X met Y") is told by the clause after it."""

from __future__ import annotations

from event_test_helpers import events


def test_a_fronted_weekday_of_a_past_meeting_stays_in_the_past():
    evs = [e for e in events("Orvia Robotics showed its new arm at a fair on Wednesday. On Monday, founder Jane Roe met "
                             "managers of Beta Logistics in Lisbon to discuss a pilot.", "en", "2026-12-09")
           if e.type == "meeting"]
    assert evs and evs[0].time is not None and evs[0].time.start == "2026-12-07"


def test_a_fronted_weekday_of_an_announcement_is_the_coming_one():
    evs = [e for e in events("On Saturday, Tamsin Stores opens its first shop in Vienna.", "en", "2026-12-09")
           if e.type in ("store_expansion", "facility", "market_entry")]
    assert evs and all(e.time is not None and e.time.start == "2026-12-12" for e in evs)
