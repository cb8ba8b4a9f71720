"""Rules added when fresh set 20 was analysed in the sixteenth sprint, each pinned with other names and sentences.

Every sentence here was written for this test (companies and people are stand-ins, none is taken from a gold, fresh
or probe set); they run through the whole pipeline, so a test states what a reader of the output sees. Some tests
guard the limits of a rule (what it must leave alone).
"""

from __future__ import annotations

from event_test_helpers import events, of_type, only_of_type

from newsgraph.pipeline import process_text


def _money(text: str) -> list[tuple[str, dict]]:
    return [(v.text, v.value) for v in process_text(text, language="en", published="2026-05-12").values
            if v.kind == "money"]


# --- values: currencies of African and Asian markets -----------------------------------------------------------------

def test_the_naira_sign_and_the_kenyan_shilling_are_money():
    found = dict(_money("Zuripay handled ₦2.4 trillion last year and borrowed KSh 9 billion from its banks."))
    assert found["₦2.4 trillion"] == {"amount": 2_400_000_000_000, "currency": "NGN"}
    assert found["KSh 9 billion"] == {"amount": 9_000_000_000, "currency": "KES"}


def test_the_rand_before_an_amount_with_a_scale_is_money():
    assert _money("Highveld Gold reported a profit of R4.1 billion for the year.") == [
        ("R4.1 billion", {"amount": 4_100_000_000, "currency": "ZAR"})]


def test_a_model_letter_before_a_bare_number_is_no_rand():
    assert _money("The Tallin R3 sold well, and the R 1250 bike too.") == []


# --- leadership: "<Company> chief executive <Person>" when the company looks like a person ---------------------------

def test_a_company_named_like_a_person_before_a_post_is_the_employer():
    text = "Kiran Data managing director Oskar Lindqvist said the company would hire 200 engineers."
    ev = only_of_type(events(text, "en"), "leadership")
    assert (ev["person"], ev["organization"], ev["role"]) == ("Oskar Lindqvist", "Kiran Data", "managing director")


# --- names: an apposition with a possessive, a home adjective, a qualifier before the descriptor ---------------------

def test_a_possessive_apposition_follows_the_subject_company():
    text = ("Vossberg Mobile, Ghana's third-largest network, was placed under administration on Monday after missing "
            "a payment to Tamsin Bank.")
    assert only_of_type(events(text, "en"), "insolvency")["company"] == "Vossberg Mobile"


def test_a_home_adjective_before_the_subject_is_no_site():
    text = "Lyon-based Carvel Industries will build a battery plant at Dunmore, the company said."
    ev = only_of_type(events(text, "en"), "facility")
    assert ev["company"] == "Carvel Industries" and ev.get("location") != "Lyon"


def test_a_name_that_qualifies_the_descriptor_is_no_company():
    text = "Android games maker Pixelmoor has laid off around 60 employees, the company said."
    assert only_of_type(events(text, "en"), "layoffs")["company"] == "Pixelmoor"


def test_a_fund_after_from_stays_the_seller():
    text = ("Ostra Shipping is in talks to buy a 30% stake in Kellby Harbour Terminal from infrastructure fund "
            "Halden Partners, people familiar with the matter said.")
    ev = only_of_type(events(text, "en"), "acquisition")
    assert ev["target"] == "Kellby Harbour Terminal" and ev["seller"].startswith("Halden")


# --- insolvency: the court's town is no company ----------------------------------------------------------------------

def test_the_town_of_the_court_is_not_the_insolvent_company():
    text = "Machine maker Orlitz Hydraulik GmbH filed for insolvency at the Augsburg district court on Friday."
    assert only_of_type(events(text, "en"), "insolvency")["company"] == "Orlitz Hydraulik GmbH"


# --- layoffs: jobs at risk "at" a company; the verb before its subject ----------------------------------------------

def test_jobs_at_risk_belong_to_the_company_after_at_not_to_the_speaker():
    text = ("The administrators, Farrow Restructuring, warned that up to 700 jobs at Quillon Foods were at risk.")
    ev = only_of_type(events(text, "en"), "layoffs")
    assert ev["company"] == "Quillon Foods" and ev["count"] == "700 jobs"


def test_jobs_at_a_named_plant_site_of_the_speaking_company_stay_its_own():
    text = "Dunmere Steel said 400 jobs at its plant in Leeds were at risk."
    assert only_of_type(events(text, "en"), "layoffs")["company"] == "Dunmere Steel"


def test_jobs_at_risk_with_the_verb_before_its_subject():
    text = ("Der Gerätebauer Halmstein Technik ist zahlungsunfähig. Nach Angaben des Insolvenzverwalters stehen "
            "rund 410 Arbeitsplätze auf der Kippe.")
    evs = events(text)
    ev = only_of_type(evs, "layoffs")
    assert ev["company"] == "Halmstein Technik" and ev["count"] == "410 Arbeitsplätze"
    assert [e.modality for e in evs if e.type == "layoffs"] == ["speculative"]


# --- modality: "after <event> fell apart" -------------------------------------------------------------------------

def test_a_takeover_that_fell_apart_in_an_after_clause_is_negated():
    text = ("Trovio has cut 90 jobs, weeks after its planned acquisition of rival Ambrel fell apart, the company "
            "said on Tuesday.")
    evs = events(text, "en")
    assert [e.modality for e in evs if e.type == "acquisition"] == ["negated"]
    assert [e.modality for e in evs if e.type == "layoffs"] == ["asserted"]


def test_a_leading_after_clause_does_not_negate_the_main_clause():
    text = "Weeks after its planned merger with Ostwind collapsed, Brellan cut 120 jobs."
    evs = events(text, "en")
    assert [e.modality for e in evs if e.type == "layoffs"] == ["asserted"]
    assert [e.modality for e in evs if e.type == "merger"] in ([], ["negated"])
