"""Rules added when the SmartData train split (real German business news) was analysed in the fifteenth sprint.

Every sentence here was written for this test (companies and people are stand-ins, none is taken from SmartData or a
gold, fresh or probe set); they run through the whole pipeline, so a test states what a reader of the output sees.
Some tests guard the limits of a rule (what it must leave alone).
"""

from __future__ import annotations

from event_test_helpers import events, of_type, texts


# --- antecedents: a German word found only by its position is no company named before ------------------------------

def test_an_opening_adverb_of_the_sentence_before_is_no_striking_company():
    text = ("Die Piloten der Fluglinie Aerovia haben ihre Arbeit niedergelegt. Vielerorts blieben Schalter geschlossen. "
            "Es ist der erste Ausstand der Piloten seit 2019.")
    assert "Vielerorts" not in texts(events(text), "strike")
    assert {e["company"] for e in of_type(events(text), "strike")} == {"Aerovia"}


def test_an_opening_adjective_of_the_sentence_before_is_no_insolvent_company():
    text = ("Der Modehändler Brixen hat beim Amtsgericht Insolvenz angemeldet. Strittig ist vor allem die Zukunft der "
            "Filialen. Als Insolvenzursache gelten hohe Mieten.")
    assert "Strittig" not in texts(events(text), "insolvency")


def test_a_name_found_by_position_and_named_again_is_still_the_company_before():
    # the limit: a German name the fallback finds only by its position, but which the article names again, stays an
    # antecedent
    text = ("Der Bremer Kaffeeröster Brennhaus hat im dritten Quartal so viel Kaffee verkauft wie nie zuvor. Der "
            "Umsatz kletterte um 9 Prozent auf 212 Millionen Euro. Brennhaus will im Herbst eine Kapsellinie einführen.")
    figures = of_type(events(text), "financial_figure")
    assert any(f.get("value") == "212 Millionen Euro" and "Brennhaus" in f.get("company", "") for f in figures)


# --- a picture credit names no party ---------------------------------------------------------------------------------

def test_a_picture_credit_after_a_headline_is_no_insolvent_company():
    text = ("Kran-Pleite: Auch Tochter in Konkurs © Pixelhaus / Maier\n"
            "Die Kranbau Sommer GmbH hat beim Amtsgericht Insolvenz angemeldet.")
    companies = {e["company"] for e in of_type(events(text), "insolvency")}
    assert "Maier" not in companies and "Pixelhaus" not in companies
    assert "Kranbau Sommer GmbH" in companies


# --- "ab" before a time is a preposition, not the particle of "abbauen" ---------------------------------------------

def test_building_a_model_from_june_on_is_no_job_cut():
    text = "Die Mitarbeiter der stillgelegten Cabrio-Linie bauen in Emden ab Juni den neuen Kombi des Autobauers Velora."
    assert of_type(events(text), "layoffs") == []


def test_a_job_cut_from_may_on_keeps_its_later_particle():
    # the limit: a later "ab" still closes the verb
    layoffs = of_type(events("Der Autobauer Velora baut ab Mai 300 Stellen in Emden ab."), "layoffs")
    assert [(e["company"], e["count"]) for e in layoffs] == [("Velora", "300 Stellen")]


# --- a trigger word that is an account's name states nothing ---------------------------------------------------------

def test_an_account_named_after_a_trigger_word_is_no_job_cut():
    text = "RT @Personalabbau: Der Sparkassen-Rat tagt in Bonn http://t.co/abc #jobs"
    assert of_type(events(text), "layoffs") == []


# --- the bracket that identifies a company's shares names no party ---------------------------------------------------

def test_a_share_identifier_is_no_acquired_company():
    text = ("Hannover, 23. Februar 2026 - Die Kessler AG (WKN 514680, ISIN DE0005146807, Börsenkürzel KSL), ein "
            "führender Onlinehändler für Reifen, geht mit der Akquisition der beiden Unternehmen Brotzeit und Feinkost "
            "Maier einen wichtigen Schritt.")
    deal = of_type(events(text), "acquisition")
    assert len(deal) == 1
    assert "ISIN DE0005146807" not in texts(events(text), "acquisition")
    assert "KSL" not in texts(events(text), "acquisition")
    assert {"Brotzeit", "Feinkost Maier"} <= texts(events(text), "acquisition")


# --- creditor associations report an insolvency, they are not the insolvent company ---------------------------------

def test_a_creditor_association_named_before_is_no_insolvent_company():
    text = ("Die auf Dachsanierung spezialisierte Brenner Bau GmbH hat am Montag ein Sanierungsverfahren beantragt. "
            "Das berichteten die Gläubigerschutzverbände AKV, Creditreform und KSV. Als Insolvenzursache gab das "
            "Unternehmen an, dass ein Großauftrag nicht bezahlt wurde.")
    companies = {e["company"] for e in of_type(events(text), "insolvency")}
    assert companies == {"Brenner Bau GmbH"}


# --- a strike named as a cause: the company the sentence names is hit by it, not struck -----------------------------

def test_an_airline_warning_of_delays_through_the_strike_is_not_struck():
    text = ("Die Piloten der Fluglinie Aerovia streiken seit Montag. Auch Nordwind Airlines wies darauf hin, dass es "
            "durch den Streik zu Verspätungen kommen könne.")
    companies = {e.get("company") for e in of_type(events(text), "strike")}
    assert "Nordwind Airlines" not in companies and "Aerovia" in companies


def test_a_railway_carrying_passengers_of_flights_cancelled_by_the_strike_is_not_struck():
    text = ("Die Piloten der Fluglinie Aerovia streiken seit Montag. Für Flüge, die streikbedingt ausfallen, können "
            "Passagiere Züge der Kestrel Bahn AG nutzen.")
    assert "Kestrel Bahn AG" not in {e.get("company") for e in of_type(events(text), "strike")}


# --- a takeover the press also calls a merger is one deal ------------------------------------------------------------

def test_a_merger_of_the_buyer_and_target_of_a_reported_takeover_is_that_takeover():
    text = ("Kartellamt billigt Fusion Falkmann/Rosental. Die Übernahme der Rosental AG durch die Drogeriekette "
            "Falkmann war im März angekündigt worden.")
    evs = events(text)
    assert of_type(evs, "merger") == []
    assert [(e["acquirer"], e["target"]) for e in of_type(evs, "acquisition")] == [("Falkmann", "Rosental AG")]


def test_a_merger_of_other_parties_stays_beside_a_takeover():
    # the limit: only a merger of the takeover's own two parties is folded
    text = ("Die Brauereien Holsten-Kranz und Alpenbräu wollen fusionieren. Der Getränkekonzern Velora hat die "
            "Übernahme des Mineralwasserherstellers Quellgut abgeschlossen.")
    assert len(of_type(events(text), "merger")) == 1


def test_a_court_file_number_is_no_insolvent_company():
    text = ("Die Brenner Bank AG ist zahlungsunfähig. Das Amtsgericht Frankfurt hat das Insolvenzverfahren eröffnet "
            "(Az.: 810 IN 128/26 M-18-5).")
    assert {e["company"] for e in of_type(events(text), "insolvency")} == {"Brenner Bank AG"}
