"""Rules added when fresh set 24 was analysed in the sixteenth sprint, each pinned with other names and sentences.

Every sentence here was written for this test (companies are stand-ins, none is taken from a gold, fresh or probe
set); they run through the whole pipeline, so a test states what a reader of the output sees. Some tests guard the
limits of a rule (what it must leave alone).
"""

from __future__ import annotations

from event_test_helpers import events, of_type, only_of_type


# --- investment: "X led a … round in Y" gives Y the money ------------------------------------------------------------

def test_the_leader_of_a_round_in_a_company_is_the_investor():
    text = ("In a separate deal, Orland Capital led a $45 million Series B round in Quillby Robotics, a Denver "
            "startup that makes picking arms.")
    ev = only_of_type(events(text, "en"), "investment")
    assert (ev["investor"], ev["recipient"], ev["value"]) == ("Orland Capital", "Quillby Robotics", "$45 million")


def test_a_round_raised_and_led_by_another_keeps_the_raiser_as_recipient():
    text = "Quillby Robotics raised $45 million in a Series B round led by Orland Capital."
    ev = only_of_type(events(text, "en"), "investment")
    assert (ev["investor"], ev["recipient"]) == ("Orland Capital", "Quillby Robotics")


# --- financial figure: the brands after "the maker of" are no company -------------------------------------------------

_MAKER = ("Tessaly Group said on Monday it will sell its paint unit. The maker of Brightcoat paints and Oakridge "
          "crackers also reported second-quarter net sales of $2.1bn, up 3% from a year earlier.")


def test_the_brands_of_the_maker_do_not_report_its_sales():
    assert only_of_type(events(_MAKER, "en"), "financial_figure")["company"] == "Tessaly Group"


def test_a_named_maker_with_its_brand_in_an_apposition_reports_its_own_sales():
    text = "Orvane, the maker of Brightcoat paints, reported second-quarter net sales of $2.1bn."
    assert only_of_type(events(text, "en"), "financial_figure")["company"] == "Orvane"


# --- leadership: hired advisers or bankers are no post ---------------------------------------------------------------

def test_hired_bankers_are_no_appointment_of_the_speaker():
    text = ("Harlan Outdoor is not preparing to sell itself, chief financial officer Ben Otley said on Monday, pushing "
            "back on a report that the Denver retailer had hired bankers to explore a sale.")
    assert of_type(events(text, "en"), "leadership") == []


def test_a_person_hired_as_an_officer_is_still_appointed():
    text = "Vessant Foods has hired Mara Quell as its new chief financial officer, the company said."
    ev = only_of_type(events(text, "en"), "leadership")
    assert (ev["person"], ev["change"]) == ("Mara Quell", "hired")


# --- financial figure: "Defizit" is a German word for a loss ----------------------------------------------------------

def test_a_deficit_reported_by_a_company_is_its_loss():
    text = "Die Weidental Kliniken GmbH hat im Vorjahr ein Defizit von 5,2 Millionen Euro ausgewiesen."
    ev = only_of_type(events(text, "de"), "financial_figure")
    assert (ev["company"], ev["metric"], ev["value"]) == ("Weidental Kliniken GmbH", "Defizit", "5,2 Millionen Euro")


def test_a_trade_deficit_is_no_company_figure():
    text = "Das Handelsdefizit der USA stieg im Mai auf 70 Milliarden Dollar, teilte das Handelsministerium mit."
    assert of_type(events(text, "de"), "financial_figure") == []
