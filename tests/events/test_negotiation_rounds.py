"""Rounds of negotiations between named sides are meetings, and a round that ended without a result still took
place (stop 15; the sentences are invented)."""

from __future__ import annotations

from event_test_helpers import events, of_type


def test_a_round_without_result_took_place_and_has_no_profit_figure():
    evs = events("Die vierte Verhandlungsrunde zwischen der IG BCE und Chemwerk Sarnau blieb am Montag ohne Ergebnis.")
    meetings = [e for e in evs if e.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].modality == "asserted"
    assert {a.text for a in meetings[0].args("participant")} >= {"Chemwerk Sarnau"}
    assert of_type(evs, "financial_figure") == []


def test_an_agreement_that_was_not_reached_stays_negated():
    evs = events("Die Gespräche zwischen Chemwerk Sarnau und der Holtmann AG über eine Fusion endeten ohne Einigung.")
    assert all(e.modality == "negated" for e in evs if e.type in ("merger", "agreement"))


def test_a_result_figure_is_still_a_figure():
    evs = events("Der Chemiekonzern Sarnau steigerte das Ergebnis im dritten Quartal auf 48 Millionen Euro.")
    assert of_type(evs, "financial_figure")


def test_a_meeting_named_by_its_purpose_and_the_company_whose_managers_meet():
    evs = events("Ein Schlichtungstreffen zwischen der IG BCE und der Geschäftsführung von Chemwerk Sarnau ist für "
                 "Montag angesetzt.")
    meeting = [e for e in evs if e.type == "meeting"]
    assert len(meeting) == 1 and meeting[0].modality == "planned"
    assert {a.text for a in meeting[0].args("participant")} == {"IG BCE", "Chemwerk Sarnau"}
    assert meeting[0].args("location") == []
