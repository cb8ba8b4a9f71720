"""Rules added when fresh set 22 was analysed in the sixteenth sprint, each pinned with other names and sentences.

Every sentence here was written for this test (companies and people are stand-ins, none is taken from a gold, fresh
or probe set); they run through the whole pipeline, so a test states what a reader of the output sees. Some tests
guard the limits of a rule (what it must leave alone).
"""

from __future__ import annotations

from event_test_helpers import events, of_type, only_of_type


# --- names: where an English text opens, and what describes a name ----------------------------------------------------

def test_the_descriptor_after_a_dateline_is_no_buyer():
    text = ("BOSTON, May 4 (Newswire) - Payroll software maker Brindle Labs agreed on Tuesday to buy data startup "
            "Tessaly for $300 million.")
    ev = only_of_type(events(text, "en"), "acquisition")
    assert ev["acquirer"] == "Brindle Labs" and ev["target"] == "Tessaly"


def test_a_name_opening_the_text_after_a_dateline_is_still_the_subject():
    ev = only_of_type(events("BOSTON (Newswire) - Tessaly said on Tuesday it would cut 200 jobs.", "en"), "layoffs")
    assert ev["company"] == "Tessaly" and ev["count"] == "200 jobs"


def test_capitals_before_a_descriptor_describe_the_name_after_it():
    text = "CRM cloud startup Cavell Works has raised $40 million in a round led by Ostrand Partners."
    ev = only_of_type(events(text, "en"), "investment")
    assert ev["recipient"] == "Cavell Works" and ev["investor"] == "Ostrand Partners"


def test_the_seat_of_a_court_is_no_insolvent_company():
    text = "LEIPZIG (Newswire) - Parts maker Holtz Antrieb GmbH filed for insolvency at the Leipzig district court."
    assert only_of_type(events(text, "en"), "insolvency")["company"] == "Holtz Antrieb GmbH"


def test_the_investor_is_named_after_raised_not_in_an_apposition_before_it():
    text = ("Pellan, founded in 2019 by two former Amazon engineers, raised $30 million last year in a funding round "
            "led by Ostrand Ventures.")
    ev = only_of_type(events(text, "en"), "investment")
    assert ev["recipient"] == "Pellan" and ev["investor"] == "Ostrand Ventures"


# --- stores: a chain's size and stores kept open are no expansion --------------------------------------------------

def test_the_size_of_a_chain_is_no_store_opening():
    text = "The 30-store chain has also partnered with Wexham Dairy, which will supply its milk."
    assert not of_type(events(text, "en"), "store_expansion")


def test_a_chain_with_its_locations_counted_is_no_store_opening():
    text = "Brackley Drug, the Ohio-based pharmacy chain with 310 locations, filed for bankruptcy protection on Monday."
    evs = events(text, "en")
    assert not of_type(evs, "store_expansion") and only_of_type(evs, "insolvency")["company"] == "Brackley Drug"


def test_stores_that_remain_open_are_no_store_opening():
    text = "Brackley Drug said its shops would remain open during the proceedings."
    assert not of_type(events(text, "en"), "store_expansion")


def test_new_stores_are_still_an_expansion():
    ev = only_of_type(events("Brackley Drug will open 12 new stores in Ohio next year.", "en"), "store_expansion")
    assert ev["company"] == "Brackley Drug" and ev["count"] == "12 new stores"
