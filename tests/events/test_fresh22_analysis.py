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


def test_a_short_verb_after_a_company_noun_is_no_lower_case_name():
    text = ("Brackley Drug filed for bankruptcy on Monday. The company said its stores would remain open, but a union "
            "warned that as many as 900 jobs could be at risk.")
    ev = only_of_type(events(text, "en"), "layoffs")
    assert ev["company"] == "Brackley Drug"


def test_a_lower_case_name_after_a_company_noun_stays_a_name():
    ev = only_of_type(events("The drugstore chain dm will open 20 stores in Austria.", "en"), "store_expansion")
    assert ev["company"] == "dm"


# --- wordings and modality ---------------------------------------------------------------------------------------------

def test_jobs_that_could_be_at_risk_are_a_possible_layoff():
    text = "Brackley Drug filed for bankruptcy, and as many as 900 jobs could be at risk, a union warned."
    ev = next(e for e in events(text, "en") if e.type == "layoffs")
    assert ev.modality == "speculative" and {a.role: a.text for a in ev.arguments}["count"] == "900 jobs"


def test_negotiators_are_people_not_a_negotiation():
    text = "Corvel's managers are scheduled to meet the union's negotiators in Leeds on Wednesday."
    ev = next(e for e in events(text, "en") if e.type == "meeting")
    assert ev.modality == "planned"


def test_negotiating_is_still_speculative():
    text = "Corvel is negotiating with Brisk Owl Games about a merger of their studios."
    evs = [e for e in events(text, "en") if e.type == "merger"]
    assert evs and all(e.modality == "speculative" for e in evs)


def test_the_site_where_another_fact_happens_is_no_facility():
    text = "Members of the Steel Workers Union at Corvel's Leeds plant ratified a new three-year contract last week."
    assert not of_type(events(text, "en"), "facility")


def test_a_new_plant_at_which_production_starts_is_still_a_facility():
    ev = only_of_type(events("Corvel will start production at its new Leeds plant next year.", "en"), "facility")
    assert ev["company"] == "Corvel" and ev["facility_kind"] == "plant"


def test_a_product_kind_before_a_company_noun_is_no_product():
    text = ("Tarrow Motors has dropped its planned battery venture with Kelmo Chem. The EV startup unveiled its "
            "Lumen compact SUV on Monday.")
    ev = only_of_type(events(text, "en"), "product_launch")
    assert ev["company"] == "Tarrow Motors" and ev["product"].startswith("Lumen")


def test_a_plant_of_a_company_named_in_two_words_is_the_place_of_a_strike():
    text = ("About 300 technicians at Corvel Foundry's chip plant in Leeds walked off the job on Monday over a new "
            "shift plan, the union said.")
    evs = events(text, "en")
    assert not of_type(evs, "facility") and of_type(evs, "strike")


def test_a_share_price_that_lost_its_value_is_no_layoff():
    text = ("Investors remain wary: the stock has lost nearly 70% of its value this year, and analysts expect Tarrow "
            "to cut more jobs before the spring.")
    layoffs = [e for e in events(text, "en") if e.type == "layoffs"]
    assert len(layoffs) == 1 and layoffs[0].modality == "expected"


def test_a_purchasing_team_is_no_takeover():
    text = "Solvane executives met with Kestrel's purchasing team in Detroit last week."
    evs = events(text, "en")
    assert not of_type(evs, "acquisition") and of_type(evs, "meeting")


def test_a_chassis_is_no_plant():
    text = "Im Test des Traktors von Brenndorf zieht der Motor kräftig, beim Wenden am Hang zeigte das Fahrwerk Schwächen."
    assert not of_type(events(text, "de"), "facility")


def test_a_second_country_with_its_own_preposition_is_a_market_too():
    evs = events("Brenndorf will im Sommer nach Österreich und in die Schweiz expandieren.", "de")
    assert {e["market"] for e in of_type(evs, "market_entry")} == {"Österreich", "Schweiz"}


def test_first_deliveries_in_a_country_are_a_market_entry():
    text = "Tarrow Motors will start Lumen deliveries in Canada in March, the company confirmed this week."
    ev = next(e for e in events(text, "en") if e.type == "market_entry")
    assert ev.modality == "planned" and {a.role: a.text for a in ev.arguments}["market"] == "Canada"


def test_deliveries_starting_in_a_month_are_no_market_entry():
    assert not of_type(events("Tarrow Motors will start deliveries in March.", "en"), "market_entry")


def test_a_rumour_denied_in_the_same_sentence_is_negated():
    text = ("Gerüchte, wonach der polnische Konkurrent Tarrow in den Schweizer Markt einsteigen wolle, wies ein "
            "Tarrow-Sprecher auf Anfrage zurück.")
    ev = next(e for e in events(text, "de") if e.type == "market_entry")
    assert ev.modality == "negated"


def test_a_rumour_without_a_denial_stays_speculative():
    ev = next(e for e in events("Gerüchten zufolge will Tarrow in den Schweizer Markt einsteigen.", "de")
              if e.type == "market_entry")
    assert ev.modality == "speculative"


def test_a_kicker_before_a_colon_is_no_buyer():
    text = "Exit im Agtech-Bereich: Der Landmaschinenhersteller Tarrow Agrar übernimmt die Mehrheit an Brenndorf Robotics."
    ev = only_of_type(events(text, "de"), "acquisition")
    assert ev["acquirer"] == "Tarrow Agrar" and ev["target"] == "Brenndorf Robotics"


def test_a_fronted_post_with_its_holder_after_soll_is_a_planned_appointment():
    ev = next(e for e in events("Vorstandschefin des neuen Konzerns soll Claudia Brenner werden.", "de")
              if e.type == "leadership")
    assert ev.modality == "planned" and {a.role: a.text for a in ev.arguments}["person"] == "Claudia Brenner"


def test_a_marketplace_trading_volume_is_its_figure():
    text = "Der Zürcher Online-Marktplatz Brenndorf hat im ersten Halbjahr ein Handelsvolumen von 410 Mio. Fr. erreicht."
    ev = only_of_type(events(text, "de"), "financial_figure")
    assert ev["company"] == "Brenndorf" and ev["metric"] == "Handelsvolumen" and ev["value"] == "410 Mio. Fr."


def test_trade_between_countries_is_no_company_figure():
    assert not of_type(events("Das Handelsvolumen zwischen China und Deutschland stieg auf 250 Mrd. Euro.", "de"),
                       "financial_figure")


def test_a_plant_named_by_its_stage_is_a_facility():
    text = "Brenndorf will bis 2028 rund 150 Mio. Euro in eine Demonstrationsanlage in Dormagen investieren."
    ev = only_of_type(events(text, "de"), "facility")
    assert ev["company"] == "Brenndorf" and ev["facility_kind"] == "Demonstrationsanlage" and ev["location"] == "Dormagen"
