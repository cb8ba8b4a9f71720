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


# --- stores: the houses of furniture and department-store chains -----------------------------------------------------

def test_furniture_houses_are_stores_of_an_expansion():
    text = "Bis 2029 will der Möbelhändler Lindholz Wohnen acht weitere Einrichtungshäuser eröffnen."
    ev = only_of_type(events(text), "store_expansion")
    assert ev["company"] == "Lindholz Wohnen" and ev["count"].endswith("Einrichtungshäuser")


def test_one_furniture_house_at_a_named_town_is_a_facility():
    text = ("Der Möbelhändler Lindholz Wohnen wächst. Das erste neue Möbelhaus von Lindholz Wohnen soll in Celle "
            "entstehen.")
    ev = only_of_type(events(text), "facility")
    assert (ev["company"], ev["facility_kind"], ev["location"]) == ("Lindholz Wohnen", "Möbelhaus", "Celle")


def test_stores_run_in_a_country_are_no_store_opening():
    text = "Der Möbelkonzern Lindholz will erstmals in Chile Möbelhäuser betreiben."
    assert of_type(events(text), "store_expansion") == []


# --- merger: "a merger with X" names its other party by the article's company ---------------------------------------

def test_a_merger_with_a_rival_takes_the_company_named_before():
    text = ("Der Baustoffhändler Terhoven Bau hat im Sommer zwei Standorte übernommen. Einen Zusammenschluss mit dem "
            "Konkurrenten Grauwald Baustoffe werde es aber nicht geben.")
    mergers = [e for e in events(text) if e.type == "merger"]
    assert len(mergers) == 1
    merger = mergers[0]
    assert {a.text for a in merger.arguments if a.role == "party"} == {"Terhoven Bau", "Grauwald Baustoffe"}
    assert merger.modality == "negated"


# --- spin-off: the English object follows the verb ------------------------------------------------------------------

def test_a_name_before_the_spin_off_verb_is_not_the_unit():
    text = ("Marlow Retail launched a travel insurance service, Marlow Cover, on Monday and plans to spin off its "
            "logistics business, Pallet Run, into a separate company.")
    ev = only_of_type(events(text, "en"), "spin_off")
    assert (ev["parent"], ev["spun_off"]) == ("Marlow Retail", "Pallet Run")


# --- facility: money invested in a plant builds it ------------------------------------------------------------------

def test_investing_in_a_plant_is_also_a_facility():
    text = "Korean battery maker Sunam Cell will invest $900 million in a cathode plant near Debrecen, officials said."
    evs = events(text, "en")
    fac = only_of_type(evs, "facility")
    assert fac["company"] == "Sunam Cell" and fac["location"] == "Debrecen"
    assert only_of_type(evs, "investment")["purpose"] == "cathode plant"


def test_investing_in_a_line_at_another_company_s_plant_is_no_new_site():
    text = "Orvik Foods will invest €20 million in a second packing line at Tessel's plant in Ghent."
    assert of_type(events(text, "en"), "facility") == []


def test_a_cluster_of_other_makers_factories_is_no_site():
    text = ("Sunam Cell will build a cathode plant near Debrecen, adding to a cluster of Asian battery factories "
            "in the region.")
    assert [e["facility_kind"] for e in of_type(events(text, "en"), "facility")] == ["plant"]


def test_a_store_word_before_the_company_name_describes_it():
    text = "Das Regensburger Möbelhaus Wernthaler eröffnet im Herbst ein Einrichtungshaus in Landshut."
    evs = events(text)
    assert of_type(evs, "store_expansion") == []
    assert only_of_type(evs, "facility")["company"] == "Wernthaler"


# --- companies: a definite noun phrase that repeats the last word of a name -----------------------------------------

def test_the_head_noun_of_an_earlier_name_refers_to_that_company():
    text = ("Die Weserland Mediengruppe hat die Druckerei Holtkamp übernommen. Verkäufer ist die Familie Holtkamp. "
            "Im Zuge der Neuordnung will die Mediengruppe in Nienburg rund 60 Stellen abbauen.")
    assert only_of_type(events(text), "layoffs")["company"] == "Weserland Mediengruppe"


def test_a_head_noun_after_a_preposition_is_no_actor():
    text = ("Die Weserland Mediengruppe hat Anteile verkauft. Der Druckereibetrieb Holtkamp Druck will nach Gesprächen "
            "mit der Mediengruppe 60 Stellen abbauen.")
    assert only_of_type(events(text), "layoffs")["company"] == "Holtkamp Druck"


# --- agreement: keeping quiet about the price is no deal -------------------------------------------------------------

def test_agreeing_to_keep_the_price_quiet_is_no_agreement():
    text = ("Die Weserland Mediengruppe hat die Druckerei Holtkamp & Söhne übernommen. Verkäufer ist die Familie "
            "Holtkamp, die den Betrieb in dritter Generation geführt hatte; über den Kaufpreis vereinbarten beide Seiten "
            "Stillschweigen.")
    assert of_type(events(text), "agreement") == []


def test_silence_agreed_before_the_verb_is_no_agreement_either():
    text = ("Die Weserland Mediengruppe hat die Druckerei Holtkamp & Söhne übernommen. Stillschweigen wurde zwischen "
            "der Weserland Mediengruppe und der Familie Holtkamp über den Preis vereinbart.")
    assert of_type(events(text), "agreement") == []


# --- product launch: "vor" of "vor allem" is no separable particle ---------------------------------------------------

def test_jobs_before_vor_allem_are_no_presentation():
    text = ("Die Versicherung Nordkap hatte angekündigt, in Österreich rund 200 Stellen abzubauen, vor allem in der "
            "Vertragsverwaltung.")
    assert of_type(events(text), "product_launch") == []


# --- agreement: a firmed-up order; a two-word home adjective ---------------------------------------------------------

def test_a_firmed_up_order_is_an_agreement_with_the_maker():
    text = ("Abu Dhabi-based Falcon Crest Air has firmed up an order for 12 Airbus A321neos worth $1.6bn, the airline "
            "said on Monday.")
    ev = only_of_type(events(text, "en"), "agreement")
    parties = {a.text for e in events(text, "en") if e.type == "agreement" for a in e.arguments if a.role == "party"}
    assert "Falcon Crest Air" in parties and any(p.startswith("Airbus") for p in parties)
    assert ev["value"] == "$1.6bn"


# --- prepositions: a possessive place before the name ---------------------------------------------------------------

def test_the_lead_investor_after_a_possessive_place_is_the_investor():
    text = "Accra-based lender Tuma Credit has raised $30 million in a round led by London's Fenwick Ventures."
    ev = only_of_type(events(text, "en"), "investment")
    assert (ev["recipient"], ev["investor"]) == ("Tuma Credit", "Fenwick Ventures")


# --- modality: a deal told as signed in its relative clause; what a deal "will create" -------------------------------

def test_an_agreement_signed_in_its_relative_clause_is_asserted_inside_a_plan():
    text = ("The chain will enter Oman next year under a franchise agreement that Dunecrest Retail signed in March "
            "with Muscat-based Saffron Trading.")
    assert [e.modality for e in events(text, "en") if e.type == "agreement"] == ["asserted"]


def test_a_german_contract_signed_in_its_relative_clause_is_asserted():
    text = ("Die Kette will im Herbst nach Polen expandieren, gestützt auf einen Vertrag, den die Brenstedt Handel im "
            "Mai mit der Warschauer Lenka Retail unterzeichnet hat.")
    assert [e.modality for e in events(text) if e.type == "agreement"] == ["asserted"]


def test_what_an_agreed_merger_will_create_does_not_make_it_a_plan():
    text = ("Tarrow Mining agreed to merge with smaller rival Copperfell Resources in an all-share deal that will "
            "create the country's second-largest copper producer, the companies said.")
    assert [e.modality for e in events(text, "en") if e.type == "merger"] == ["asserted"]


# --- market entry: two markets, each with its own preposition -------------------------------------------------------

def test_two_markets_with_their_own_prepositions_are_two_entries():
    text = "Mit dem neuen Kapital will Tessly im kommenden Jahr nach Belgien und in die Schweiz expandieren."
    markets = sorted(e["market"] for e in of_type(events(text), "market_entry"))
    assert markets == ["Belgien", "Schweiz"]


# --- figures: an insurer's premium volume ----------------------------------------------------------------------------

def test_an_insurers_premium_volume_is_a_figure():
    text = "Für das laufende Jahr erwartet der Versicherer Alpwacht ein Prämienvolumen von 2,1 Mrd. Franken."
    ev = only_of_type(events(text), "financial_figure")
    assert (ev["company"], ev["metric"], ev["value"]) == ("Alpwacht", "Prämienvolumen", "2,1 Mrd. Franken")


# --- investment: a round "of" a company that another was to lead, called off ---------------------------------------

def test_a_round_of_a_company_led_by_an_investor_that_collapsed_is_negated():
    text = ("Der Bringdienst Rasko hat Insolvenz beantragt. Eine Finanzierungsrunde von Rasko über 12 Millionen Euro, "
            "die der Londoner Investor Holmfirth Capital anführen sollte, war im Mai geplatzt.")
    invs = [e for e in events(text) if e.type == "investment"]
    assert len(invs) == 1 and invs[0].modality == "negated"
    args = {a.role: a.text for a in invs[0].arguments}
    assert (args["recipient"], args["investor"]) == ("Rasko", "Holmfirth Capital")


# --- strike: workers who stop work ----------------------------------------------------------------------------------

def test_pilots_who_stop_work_strike():
    text = "Pilots at regional carrier Wattle Air will stop work for 48 hours next week, their union said."
    evs = [e for e in events(text, "en") if e.type == "strike"]
    assert len(evs) == 1 and evs[0].modality == "planned"


def test_stopping_work_on_a_project_is_no_strike():
    text = "Workers said Harlan Homes will stop work on the Riverside project after the lender pulled out."
    assert of_type(events(text, "en"), "strike") == []


# --- figures: a group's result ----------------------------------------------------------------------------------------

def test_the_group_result_with_its_amount_is_a_figure():
    text = "Das Konzernergebnis der Versicherung Rheintor stieg im Halbjahr um 9 Prozent auf 310 Millionen Euro."
    ev = only_of_type(events(text), "financial_figure")
    assert (ev["metric"], ev["value"]) == ("Konzernergebnis", "310 Millionen Euro")


def test_a_negotiated_result_is_no_figure():
    text = "Das Verhandlungsergebnis sieht für die 4.000 Beschäftigten von Rheintor 5 Prozent mehr Lohn vor."
    assert of_type(events(text), "financial_figure") == []


# --- investment: a bank a company is in talks with ------------------------------------------------------------------

def test_the_bank_in_talks_about_an_investment_is_the_investor():
    text = ("Zuripay is said to be in talks with Korea's Hanmir Bank about a fresh investment, people familiar with "
            "the matter said.")
    ev = only_of_type(events(text, "en"), "investment")
    assert (ev["investor"], ev["recipient"]) == ("Hanmir Bank", "Zuripay")



# --- prepositions: a name right after "that" opens a clause ---------------------------------------------------------

def test_the_subject_after_reports_that_is_the_buyer():
    text = ("Halvard Air declined to comment on reports that Halvard was weighing buying a minority stake in "
            "Portugal's loss-making Tejo Regional Airlines.")
    ev = only_of_type(events(text, "en"), "acquisition")
    assert ev["acquirer"].startswith("Halvard") and ev["target"] == "Tejo Regional Airlines"


# --- merger: sites being combined are no merger ----------------------------------------------------------------------

def test_sites_that_are_combined_after_a_deal_are_no_second_merger():
    text = ("Kestrel Mining agreed to merge with Dunmore Metals on Monday. Analysts at Grove Securities expect Kestrel "
            "to cut 900 jobs once the two companies' neighbouring mines are combined.")
    assert len(of_type(events(text, "en"), "merger")) == 1


# --- figures: a kind of delivery service is no count of deliveries -------------------------------------------------

def test_a_delivery_service_kind_is_no_shipment_figure():
    text = ("Zipcart will open 300 more dark stores by June, taking its network to about 1,200, as competition for "
            "15-minute deliveries intensifies.")
    assert of_type(events(text, "en"), "financial_figure") == []
