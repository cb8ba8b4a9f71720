"""Rules added when fresh set 19 was analysed in the sixteenth sprint, each pinned with other names and sentences.

Every sentence here was written for this test (companies and people are stand-ins, none is taken from a gold, fresh
or probe set); they run through the whole pipeline, so a test states what a reader of the output sees. Some tests
guard the limits of a rule (what it must leave alone).
"""

from __future__ import annotations

from event_test_helpers import events, of_type, only_of_type


# --- market entry: German wordings of a first step into a country ----------------------------------------------------

def test_gaining_a_foothold_in_a_verb_final_clause_is_a_market_entry():
    text = "Beobachter rechnen damit, dass die Bäckereikette Krustenwerk im kommenden Jahr auch in Dänemark Fuß fasst."
    ev = only_of_type(events(text, "de"), "market_entry")
    assert (ev["company"], ev["market"]) == ("Krustenwerk", "Dänemark")


def test_offering_a_product_also_in_a_country_is_a_market_entry():
    text = "Mit dem Geld will die Firma Tallwerk ihre Lernplattform ab Frühjahr auch in Ungarn und Rumänien anbieten."
    found = of_type(events(text, "de"), "market_entry")
    assert {e["market"] for e in found} == {"Ungarn", "Rumänien"}
    assert {e["company"] for e in found} == {"Tallwerk"}


def test_the_zu_infinitive_of_offering_for_the_first_time_is_a_market_entry():
    text = "Zugleich kündigte Brennholt an, seine Buchhaltungssoftware ab Mai erstmals auch in Belgien anzubieten."
    ev = only_of_type(events(text, "de"), "market_entry")
    assert (ev["company"], ev["market"]) == ("Brennholt", "Belgien")


def test_a_reseller_offering_another_firms_goods_from_now_on_is_no_market_entry():
    text = "Corvana kooperiert in Portugal mit dem Händler Lojamax, der die Geräte künftig als Wiederverkäufer anbietet."
    assert of_type(events(text, "de"), "market_entry") == []


def test_an_airline_flying_to_a_country_for_the_first_time_enters_it():
    text = "Im Sommer will die Fluggesellschaft Nordwind Air erstmals Ziele in Marokko anfliegen."
    ev = only_of_type(events(text, "de"), "market_entry")
    assert (ev["company"], ev["market"]) == ("Nordwind Air", "Marokko")


# --- names: a fronted preposition with its article opens no name ----------------------------------------------------

def test_a_fronted_time_after_zum_is_no_company():
    text = ("Seewind Jet hat im vergangenen Jahr 2,2 Millionen Passagiere befördert. Zum Herbstflugplan will die "
            "Airline nach Tunesien expandieren.")
    ev = only_of_type(events(text, "de"), "market_entry")
    assert ev["company"] == "Seewind Jet"


# --- figures and facilities of airlines -----------------------------------------------------------------------------

def test_air_passengers_are_a_figure():
    text = "Für 2027 erwartet Seewind Jet erstmals mehr als 4,1 Millionen Fluggäste."
    ev = only_of_type(events(text, "de"), "financial_figure")
    assert ev["company"] == "Seewind Jet" and ev["quantity"] == "4,1 Millionen Fluggäste"


def test_a_new_base_opened_is_a_facility():
    text = "Seewind Jet will im Herbst eine neue Basis in Dortmund eröffnen."
    ev = only_of_type(events(text, "de"), "facility")
    assert (ev["company"], ev["facility_kind"], ev["location"]) == ("Seewind Jet", "Basis", "Dortmund")


def test_a_basis_for_something_is_no_facility():
    text = "Die Vereinbarung mit Seewind Jet schafft die Basis für ein neues Werk in Dortmund, sagte der Landrat."
    assert all(e["facility_kind"] != "Basis" for e in of_type(events(text, "de"), "facility"))


# --- mergers: who leads the combined company, what the merger would create, the deal as a point in time -------------

_MERGER = ("Stanmore Gas Corp and Pellow Energy agreed on Tuesday to combine in an all-share merger that would create "
           "England's third-largest gas supplier. Pellow CEO Oliver Grange will lead the combined company, while "
           "Stanmore's Ruth Penhale will step down when the deal closes, the companies said.")


def test_who_will_lead_the_combined_company_is_a_planned_appointment():
    found = [e for e in events(_MERGER, "en") if e.type == "leadership" and e.modality == "planned"
             and any(a.role == "person" and a.text == "Oliver Grange" for a in e.arguments)]
    assert len(found) == 1
    assert any(a.role == "change" and a.value == "appointed" for a in found[0].arguments)


def test_what_an_agreed_merger_would_create_does_not_make_it_planned():
    mergers = [e for e in events(_MERGER, "en") if e.type == "merger"]
    assert [e.modality for e in mergers] == ["asserted"]


def test_a_deal_named_as_the_time_it_closes_is_no_second_agreement():
    assert of_type(events(_MERGER, "en"), "agreement") == []


def test_a_merger_someone_only_may_pursue_stays_speculative():
    text = "Stanmore Gas Corp may combine with Pellow Energy in a merger that would create a regional champion."
    assert {e.modality for e in events(text, "en") if e.type == "merger"} == {"speculative"}


# --- words that cut, open or deliver nothing ------------------------------------------------------------------------

def test_cutting_loose_a_business_is_no_layoff():
    text = ("Penwick Media will split off its radio stations, the company told staff on Monday, becoming the latest "
            "broadcaster to cut loose its shrinking radio business.")
    assert of_type(events(text, "en"), "layoffs") == []


def test_stores_that_stay_open_in_a_bankruptcy_are_no_expansion():
    text = ("Bramley Boots said its website and twelve shops would stay open while it restructures, and that "
            "suppliers would be paid for goods delivered after the filing.")
    evs = events(text, "en")
    assert of_type(evs, "store_expansion") == [] and of_type(evs, "financial_figure") == []


def test_new_shops_still_are_an_expansion():
    text = "Bramley Boots will open twelve new shops in Scotland next year."
    assert only_of_type(events(text, "en"), "store_expansion")["count"] == "twelve new shops"


# --- meetings: the shareholders a company hosts, the delegation it receives ---------------------------------------

def test_the_shareholders_a_company_hosts_take_part_in_the_meeting():
    text = "Penwick Media will host shareholders at an investor meeting in Chicago on Oct. 4 to present the plan."
    ev = only_of_type(events(text, "en"), "meeting")
    assert ev["host"] == "Penwick Media" and ev["participant"] == "shareholders"


def test_a_delegation_received_in_the_past_with_the_host_after_the_verb():
    text = ("Am Dienstag empfing Geschäftsführerin Jana Wollert eine Delegation der Hochschule Ostwestfalen, um über "
            "ein gemeinsames Labor zu sprechen.")
    found = [e for e in events(text, "de", published="2026-05-15") if e.type == "meeting"]
    assert len(found) == 1 and found[0].modality == "asserted"
    args = {(a.role, a.text) for a in found[0].arguments}
    assert ("host", "Jana Wollert") in args and ("participant", "Hochschule Ostwestfalen") in args
    assert found[0].time is not None and found[0].time.start == "2026-05-12"


# --- leadership: a storm that left people without power is no departure --------------------------------------------

def test_what_left_customers_without_power_is_no_departure_of_the_former_chief():
    text = ("Marsh Valley Electric has named Dana Okoro as its next chief executive. She succeeds Paul Renner, who "
            "will retire at the end of the year. Under Renner, the utility weathered a flood that left thousands of "
            "customers without power for days.")
    departures = [e for e in events(text, "en", published="2026-10-02") if e.type == "leadership" and
                  any(a.role == "person" and a.text == "Paul Renner" for a in e.arguments)]
    assert [e.modality for e in departures] == ["planned"]


# --- partnership: a franchisee signed; business nouns that end a company's name ------------------------------------

def test_a_master_franchisee_signed_is_a_partner():
    text = "Tillbury Foods has signed Dublin-based Corran Hospitality as master franchisee for Ireland."
    found = [e for e in events(text, "en") if e.type == "partnership"]
    assert len(found) == 1
    assert {a.text for a in found[0].arguments if a.role == "party"} == {"Tillbury Foods", "Corran Hospitality"}


def test_signing_a_chief_executive_is_no_partnership():
    text = "Tillbury Foods has signed Maria Lenz as chief executive, the company said."
    assert of_type(events(text, "en"), "partnership") == []


# --- names: "X-based" before a name is where it is based, not part of it ------------------------------------------

def test_a_based_adjective_opening_the_sentence_is_no_part_of_the_recipient():
    text = "Halifax-based Tidewell has raised US$12 million in a seed round led by Brackett Ventures."
    ev = only_of_type(events(text, "en"), "investment")
    assert ev["recipient"] == "Tidewell" and ev["investor"] == "Brackett Ventures"


def test_the_seller_after_from_keeps_its_preposition_behind_a_based_adjective():
    text = ("Orrin Telecom agreed on Monday to buy a 30% stake in tower firm Kestrel Masts from Dublin-based Harbour "
            "Capital for $210 million.")
    ev = only_of_type(events(text, "en"), "acquisition")
    assert (ev["target"], ev["seller"]) == ("Kestrel Masts", "Harbour Capital")


# --- investment: the giver after "an investment from" ---------------------------------------------------------------

def test_the_firm_after_investment_from_gives_the_money_to_the_company_named_before():
    text = ("Harbor Pizza Co. will open eight new restaurants in Maine over the next two years. The expansion is "
            "financed with a $25 million investment from Boston private equity firm Granite Peak Partners.")
    ev = only_of_type(events(text, "en"), "investment")
    assert (ev["investor"], ev["recipient"]) == ("Granite Peak Partners", "Harbor Pizza Co.")


# --- German wordings that launch and count nothing ------------------------------------------------------------------

def test_vor_allem_after_stellen_is_no_presentation():
    text = "Zudem will die Kesselbau AG bis Ende 2027 rund 300 Stellen abbauen, vor allem in der Verwaltung."
    evs = events(text, "de")
    assert of_type(evs, "product_launch") == [] and only_of_type(evs, "layoffs")["count"] == "300 Stellen"


def test_a_count_of_clerks_is_no_count_of_customers():
    text = ("Wenn eine Software von Lindtal Systems künftig die Arbeit von vier Buchhaltern erledigt, werden Kunden "
            "kaum noch pro Lizenz zahlen.")
    assert of_type(events(text, "de"), "financial_figure") == []


def test_a_count_of_customers_stays_a_figure():
    text = "Lindtal Systems hatte Ende Juni rund 41.000 Kunden, teilte das Unternehmen mit."
    assert only_of_type(events(text, "de"), "financial_figure")["quantity"] == "41.000 Kunden"


# --- investment: the round's leader and a co-investor in one sentence ----------------------------------------------

def test_the_round_leader_joins_the_round_and_a_co_investor_stays_apart():
    text = ("Das Kölner Start-up Wurzelwerk hat in einer Finanzierungsrunde 15 Millionen Euro eingesammelt. Angeführt "
            "wird die Runde vom Wagniskapitalgeber Northgate Capital, auch der Saatguthersteller KWS beteiligt sich an "
            "Wurzelwerk.")
    found = of_type(events(text, "de"), "investment")
    assert {(e.get("investor"), e.get("recipient")) for e in found} == {("Northgate Capital", "Wurzelwerk"),
                                                                         ("KWS", "Wurzelwerk")}
    assert [e for e in found if e.get("investor") == "Northgate Capital"][0].get("value") == "15 Millionen Euro"


# --- modality: reported content that the main clause after it denies ----------------------------------------------

def test_reports_that_the_main_clause_rejects_are_negated():
    text = ("Berichte, wonach der Konzern Brandtmann die Firma Saatwerk übernehmen wolle, wies Geschäftsführer Ole "
            "Harms zurück.")
    found = [e for e in events(text, "de") if e.type == "acquisition"]
    assert [e.modality for e in found] == ["negated"]


def test_reports_that_someone_confirms_stay_as_they_are():
    text = ("Berichte, wonach der Konzern Brandtmann die Firma Saatwerk übernehmen wolle, bestätigte Geschäftsführer "
            "Ole Harms am Montag.")
    assert {e.modality for e in events(text, "de") if e.type == "acquisition"} == {"planned"}


# --- acquisition: the bidder a sale names; a stake held since long ago ----------------------------------------------

def test_the_firm_among_the_likely_bidders_is_the_acquirer_of_a_sale():
    text = ("Ridgeway Capital is exploring a sale of Amberfield Wind, the Ohio wind developer it has backed since "
            "2019, and Toronto-based Harrowgate Infrastructure is among the likely bidders, people familiar with the "
            "matter said.")
    evs = events(text, "en")
    ev = only_of_type(evs, "acquisition")
    assert (ev["acquirer"], ev["target"], ev["seller"]) == ("Harrowgate Infrastructure", "Amberfield Wind",
                                                            "Ridgeway Capital")
    assert of_type(evs, "investment") == []


def test_a_german_sale_names_its_bidder():
    text = ("Der Finanzinvestor Kranich Capital prüft den Verkauf der Windpark-Firma Nordwind Energie, der Konzern "
            "Elmwerk gilt als aussichtsreicher Bieter.")
    ev = only_of_type(events(text, "de"), "acquisition")
    assert ev.get("acquirer") == "Elmwerk" and ev["target"] == "Nordwind Energie"


# --- leadership: a post of a longer organisation, verb last ---------------------------------------------------------

def test_a_post_of_a_longer_unit_before_werden_is_a_planned_appointment():
    text = ("Der Gründer Jonas Brecht bleibt an Bord und soll zum 1. März Geschäftsführer der neuen Sparte Talwerk "
            "Digital Services werden.")
    found = [e for e in events(text, "de") if e.type == "leadership"]
    assert [(e.modality, e.args("person")[0].text) for e in found] == [("planned", "Jonas Brecht")]


# --- facility: where the builder is based is no site; the plan and its outlook are one plant -----------------------

_FACTORY = ("Kestrel Solar will build a battery factory near Moncton, the Calgary-based developer said on Thursday. "
            "Construction is set to start next spring, and the plant should employ about 300 people once it reaches "
            "full output in 2029, the company said.")


def test_the_plant_that_should_employ_people_is_the_factory_planned_before():
    found = [e for e in events(_FACTORY, "en", published="2026-03-05") if e.type == "facility"]
    assert [e.modality for e in found] == ["planned"]


def test_the_city_a_developer_is_based_in_is_no_location_of_its_factory():
    found = [e for e in events(_FACTORY, "en", published="2026-03-05") if e.type == "facility"]
    assert all(a.text != "Calgary" for e in found for a in e.arguments)


# --- figures: a price paid is no figure of the buyer ----------------------------------------------------------------

def test_the_price_of_a_purchase_is_no_figure_of_losses_named_after_it():
    text = ("Tremont Pharma has agreed to buy Ashgrove Bio for $1.8bn in cash, betting that the smaller company's "
            "eye drug can make up for patent losses looming later this decade.")
    evs = events(text, "en")
    assert of_type(evs, "financial_figure") == []
    assert only_of_type(evs, "acquisition")["value"] == "$1.8bn"


def test_the_launch_supply_is_no_second_launch():
    text = ("Tarrow Bio shares fell. Analysts expect Tarrow Bio to launch Velquin, its biosimilar version of a "
            "best-selling drug, in the United States in the third quarter, and part of the launch supply is filled in "
            "Greenville.")
    found = of_type(events(text, "en"), "product_launch")
    assert [e["product"] for e in found] == ["Velquin"]


# --- modality: a comment on a strike called for a coming day does not make it happen --------------------------------

def test_a_comment_on_a_called_strike_keeps_it_planned():
    text = ("Die Gewerkschaft Verdi hat die Beschäftigten des Logistikers Kranzler Logistik für Freitag zu einem "
            "ganztägigen Warnstreik in Kassel aufgerufen. Kranzler-Personalvorstand Peter Lind nannte den Ausstand "
            "„völlig überzogen“.")
    found = [e for e in events(text, "de", published="2026-05-13") if e.type == "strike"]
    assert [e.modality for e in found] == ["planned"]
