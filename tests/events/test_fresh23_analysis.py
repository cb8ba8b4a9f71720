"""Rules added when fresh set 23 was analysed in the sixteenth sprint, each pinned with other names and sentences.

Every sentence here was written for this test (companies, people and laws are stand-ins, none is taken from a gold,
fresh or probe set); they run through the whole pipeline, so a test states what a reader of the output sees. Some
tests guard the limits of a rule (what it must leave alone).
"""

from __future__ import annotations

from event_test_helpers import events, of_type, only_of_type


# --- names: a law cited in the text is no company -----------------------------------------------------------------

def test_a_law_is_no_company_for_the_next_sentence():
    text = ("Ferrow Metals said on Tuesday it would buy three smelters. The deal needs approval under the Banking Act. "
            "The company will cut 90 jobs at its plant in Stenford.")
    ev = only_of_type(events(text, "en"), "layoffs")
    assert ev["company"] == "Ferrow Metals" and ev["count"] == "90 jobs"


def test_a_law_is_no_party_of_its_own_sentence():
    text = ("Ferrow Metals agreed to buy three smelters, a deal subject to approval under the Competition Act. "
            "The company will also cut 90 jobs.")
    evs = events(text, "en")
    assert all(not a.text.endswith("Act") for e in evs for a in e.arguments)
    assert only_of_type(evs, "layoffs")["company"] == "Ferrow Metals"


# --- leadership: a thing left in a state is no departure -----------------------------------------------------------

def test_a_plant_left_running_is_no_departure():
    text = ("Ferrow Metals will cut 90 jobs at its smelter near Claire Nolan, where low prices have left the furnace "
            "idle since May.")
    evs = events(text, "en")
    assert not of_type(evs, "leadership") and only_of_type(evs, "layoffs")["company"] == "Ferrow Metals"


def test_a_person_who_left_the_company_still_departs():
    ev = only_of_type(events("Claire Nolan left the company in March.", "en"), "leadership")
    assert ev["person"] == "Claire Nolan" and ev["change"] == "left"


# --- stores: where a chain trades now is its size --------------------------------------------------------------------

def test_the_outlets_a_chain_trades_from_are_no_opening():
    text = "Pellow Foods, which currently trades from 31 outlets, said its first shop in Wales will open in Cardiff."
    assert not of_type(events(text, "en"), "store_expansion")


def test_new_outlets_after_trades_from_are_still_an_opening():
    text = "Pellow Foods, which trades from 31 outlets, will open 12 new outlets in Scotland next year."
    ev = only_of_type(events(text, "en"), "store_expansion")
    assert ev["count"] == "12 new outlets"


# --- modality: jobs put at risk by what happened before ------------------------------------------------------------

def test_jobs_put_at_risk_after_a_refusal_are_at_risk_not_denied():
    text = ("Trawler group Osvik Hav has filed for bankruptcy after its banks refused to extend a loan, putting 90 "
            "jobs at risk at its two plants.")
    evs = events(text, "en")
    layoffs = [e for e in evs if e.type == "layoffs"]
    assert len(layoffs) == 1 and layoffs[0].modality == "speculative"
    assert [e.modality for e in evs if e.type == "insolvency"] == ["asserted"]
