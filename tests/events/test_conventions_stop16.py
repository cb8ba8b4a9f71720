"""The three conventions settled in the sixteenth sprint (docs/events-gold-format.md, "How modality is decided"), as
the engine reads them: a later denial negates the rumour, a threat under a condition is speculative, strikes on
different days are separate events. Names and sentences are invented for these tests."""

from __future__ import annotations

from event_test_helpers import events

PUBLISHED = "2026-05-13"  # a Wednesday


def _of(text: str, lang: str, type_: str) -> list:
    return [e for e in events(text, lang, PUBLISHED) if e.type == type_]


# --- a rumour and its later denial: one event, negated ---------------------------------------------------------

def test_a_later_german_denial_negates_the_rumoured_merger():
    text = ("Branchenkreisen zufolge verhandeln die Reedereien Halvmark und Osterlinie über eine Fusion. Die Gespräche "
            "seien weit fortgeschritten. Ein Sprecher von Halvmark dementierte den Bericht am Montag.")
    found = _of(text, "de", "merger")
    assert [e.modality for e in found] == ["negated"]
    assert {a.text for a in found[0].args("party")} == {"Halvmark", "Osterlinie"}


def test_the_rumour_alone_stays_speculative():
    text = ("Branchenkreisen zufolge verhandeln die Reedereien Halvmark und Osterlinie über eine Fusion. Die Gespräche "
            "seien weit fortgeschritten.")
    assert [e.modality for e in _of(text, "de", "merger")] == ["speculative"]


def test_a_quoted_english_denial_of_talks_negates_the_rumour():
    text = ("Parcel firm Brightwick might be merging with rival Tollgate Express, according to a report. Brightwick "
            "told us that there are \"no merger talks of any kind\".")
    assert [e.modality for e in _of(text, "en", "merger")] == ["negated"]


def test_a_denial_with_its_own_event_merges_into_the_rumour():
    text = ("Brightwick might merge with Tollgate Express, according to a report. A Brightwick spokeswoman said: "
            "\"There is no merger between Brightwick and Tollgate Express.\"")
    found = _of(text, "en", "merger")
    assert [e.modality for e in found] == ["negated"]
    assert len(found[0].evidence) == 2


def test_neither_confirmed_nor_denied_is_no_denial():
    text = ("Halvmark und Osterlinie könnten fusionieren, berichtet die Zeitung. Halvmark wollte den Bericht weder "
            "bestätigen noch dementieren.")
    assert [e.modality for e in _of(text, "de", "merger")] == ["speculative"]
    text = ("Brightwick is in talks to buy rival Tollgate Express, people familiar with the matter said. Brightwick "
            "declined to confirm or deny the report.")
    assert [e.modality for e in _of(text, "en", "acquisition")] == ["speculative"]


def test_a_denial_of_another_event_leaves_the_rumour():
    text = ("Halvmark und Osterlinie könnten fusionieren, berichtet die Zeitung. Halvmark dementierte zugleich einen "
            "Bericht, wonach Osterlinie ein Werk in Polen bauen wolle.")
    assert [e.modality for e in _of(text, "de", "merger")] == ["speculative"]
    assert [e.modality for e in _of(text, "de", "facility")] == ["negated"]


def test_an_earlier_failed_deal_of_one_party_is_no_denial_of_the_rumour():
    # (the two share Calmaris, which alone would merge two deals of one type; the denial must name only the rumour's)
    text = ("Die Fluggesellschaften Nordwind und Calmaris loten Insidern zufolge einen Zusammenschluss aus. Eine "
            "Fusion von Calmaris mit Brisana war 2023 gescheitert.")
    found = sorted(_of(text, "de", "merger"), key=lambda e: e.evidence[0].start)
    assert [e.modality for e in found] == ["speculative", "negated"]


# --- a threat under a condition: speculative --------------------------------------------------------------------

def test_a_german_threat_under_a_condition_is_speculative():
    text = "Die Gewerkschaft Verdi droht dem Versandhändler Kornblick mit Streiks, sollte bis Freitag kein Angebot vorliegen."
    assert [e.modality for e in _of(text, "de", "strike")] == ["speculative"]


def test_a_leading_condition_makes_the_threat_speculative_too():
    text = "Sollte bis Freitag kein Angebot vorliegen, droht Verdi dem Versandhändler Kornblick mit Warnstreiks."
    assert [e.modality for e in _of(text, "de", "strike")] == ["speculative"]


def test_an_english_threat_with_a_negated_condition_is_speculative_not_negated():
    text = "The union GMB threatened to walk out at retailer Hollowmere if the pay offer is not improved."
    assert [e.modality for e in _of(text, "en", "strike")] == ["speculative"]
    text = "The union GMB threatened to strike at retailer Hollowmere unless the offer is improved."
    assert [e.modality for e in _of(text, "en", "strike")] == ["speculative"]


def test_a_threat_without_a_condition_and_a_strike_called_for_a_day_keep_their_modality():
    assert [e.modality for e in _of("Die Gewerkschaft Verdi droht dem Versandhändler Kornblick mit Streiks.", "de",
                                    "strike")] == ["expected"]
    text = "Die Gewerkschaft Verdi hat die Beschäftigten von Kornblick für Donnerstag zu einem Warnstreik aufgerufen."
    assert [e.modality for e in _of(text, "de", "strike")] == ["planned"]


# --- strikes on different days: separate events -----------------------------------------------------------------

def test_two_announced_strikes_on_different_days_are_two_events():
    text = ("The union GMB called a strike at Hollowmere for Monday. Staff at Hollowmere will also strike on Thursday, "
            "the union said.")
    found = _of(text, "en", "strike")
    assert sorted(e.time.start for e in found) == ["2026-05-14", "2026-05-18"]
    assert {e.modality for e in found} == {"planned"}


def test_a_strike_done_and_one_announced_for_another_day_are_two_events():
    text = ("Bei dem Versandhändler Kornblick wurde am Montag gestreikt. Am Donnerstag soll erneut gestreikt werden, "
            "kündigte Verdi an.")
    found = sorted(_of(text, "de", "strike"), key=lambda e: e.evidence[0].start)
    assert [(e.modality, e.time.start) for e in found] == [("asserted", "2026-05-11"), ("planned", "2026-05-14")]


def test_one_strike_told_twice_is_one_event():
    text = ("Staff at Hollowmere went on strike on Monday, the union GMB said. The strike at Hollowmere on Monday shut "
            "all stores.")
    found = _of(text, "en", "strike")
    assert len(found) == 1 and len(found[0].evidence) == 2


def test_a_week_is_no_day_that_tells_two_strikes_apart():
    text = ("Staff at Hollowmere walked out on Wednesday, the union GMB said. The union called the strike at "
            "Hollowmere after talks collapsed last week.")
    assert len(_of(text, "en", "strike")) == 1


def test_a_day_named_only_for_comparison_splits_no_strike():
    text = ("Die Piloten der Fluggesellschaft Kornair setzen ihren Streik am Dienstag fort, teilte die Gewerkschaft "
            "Cockpit mit. In Bremen sollen im Unterschied zum Montag nur die Langstrecken bestreikt werden.")
    assert len(_of(text, "de", "strike")) == 1
