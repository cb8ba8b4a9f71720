"""Rules added when fresh set 13 was analysed in the fifteenth sprint, each pinned with other names and sentences.

Every sentence here was written for this test (companies and people are stand-ins, none is taken from a gold, fresh
or probe set); they run through the whole pipeline, so a test states what a reader of the output sees. Some tests
guard the limits of a rule (what it must leave alone).
"""

from __future__ import annotations

from event_test_helpers import events, of_type, only_of_type


# --- a field abbreviation alone is no company ("the HR platform", "its AI tool", "SB-Filialen") --------------------

def test_a_department_abbreviation_in_a_descriptor_is_no_company():
    text = ("Five years ago Ledgerly was a celebrated Leeds fintech. On Friday the HR and benefits provider filed for "
            "administration after a failed funding round.")
    assert only_of_type(events(text, "en"), "insolvency")["company"] == "Ledgerly"


def test_a_technology_abbreviation_before_a_noun_is_no_company():
    text = ("After a long beta, Tavora rolled out Tavora Scribe, its AI helper for invoices, to customers in France on "
            "Monday. The Lyon-based company says the helper can read receipts in eleven languages, and it says Spanish "
            "customers will get Scribe in the third quarter.")
    evs = events(text, "en")
    assert all(a.text != "AI" for e in evs for a in e.arguments)
    assert only_of_type(evs, "product_launch")["company"] == "Tavora"


def test_a_self_service_compound_is_no_company():
    text = ("Von den zusammen 38 Filialen sollen bis Ende 2027 sieben in reine SB-Standorte umgewandelt werden, "
            "teilte die Sparkasse Wendelstein mit.")
    assert all(a.text != "SB" for e in events(text) for a in e.arguments)


def test_the_abbreviation_inside_a_longer_name_stays():
    # the limit: "X AI" is a company's name
    text = "Der Softwareanbieter Quellwerk AI hat Insolvenz angemeldet."
    assert only_of_type(events(text), "insolvency")["company"] == "Quellwerk AI"


# --- a parenthetical between an English subject and its verb ("X, for its part, plans") ---------------------------

def test_a_subject_before_a_parenthetical_is_the_company():
    text = ("Corvane Dynamics and Tessel Aerostructures are in talks to merge, people familiar with the matter said. "
            "Tessel, for its part, plans to open a new assembly plant in Poland in 2027.")
    assert only_of_type(events(text, "en"), "facility")["company"] == "Tessel"


def test_a_subject_before_however_is_the_company():
    text = ("Orlin Foods and Petterby Snacks both reported weaker sales. Petterby, however, will cut 200 jobs at its "
            "Leeds factory by the end of the year.")
    assert only_of_type(events(text, "en"), "layoffs")["company"] == "Petterby"


# --- a town after a site noun is no company; the site's owner gets the money ------------------------------------

def test_the_owner_of_the_site_receives_an_investment_not_its_town():
    text = ("Marlow Foods will invest €25 million in a new packing line at Ovelle's factory in Braga to double "
            "output by 2029.")
    ev = only_of_type(events(text, "en"), "investment")
    assert (ev["investor"], ev.get("recipient")) == ("Marlow Foods", "Ovelle")


def test_a_town_after_a_plant_is_no_recipient():
    text = "Tervani will invest €40 million in a new paint shop at its plant in Aveiro next year."
    assert only_of_type(events(text, "en"), "investment").get("recipient") != "Aveiro"


# --- a one-word name a descriptor introduced is a name later, bare ("rechnet X mit") ---------------------------

def test_a_name_introduced_by_a_descriptor_is_a_company_later():
    text = ("Passau (dpa) – Der Pumpenspezialist Flusswerk hat ein gutes Jahr hinter sich. Für 2027 rechnet "
            "Flusswerk mit einem Umsatz von rund 210 Millionen Euro.")
    assert only_of_type(events(text), "financial_figure")["company"] == "Flusswerk"


# --- a market entry through a retailer: the retailer is the channel, the seller the company named before ----------

def test_the_retailer_after_ueber_is_the_channel_of_a_market_entry():
    text = ("Der Heizungsspezialist Brennholt wächst im Ausland. Seit Mai verkauft das Passauer Unternehmen seine "
            "Wärmepumpen auch in Belgien, und zwar über die Baumarktkette Kloets.")
    ev = only_of_type(events(text), "market_entry")
    assert (ev["company"], ev.get("channel")) == ("Brennholt", "Baumarktkette Kloets")


# --- "… sollen ihren Arbeitsplatz verlieren": the object before the infinitive -----------------------------------

def test_workers_who_are_to_lose_their_job_are_a_layoff():
    text = ("Der Möbelhändler Wohnhaus Ebner schließt sein Lager in Kassel; rund 140 Beschäftigte sollen bis Ende Juni "
            "ihren Arbeitsplatz verlieren.")
    ev = only_of_type(events(text), "layoffs")
    assert (ev["company"], ev["count"]) == ("Wohnhaus Ebner", "140 Beschäftigte")


# --- a Romance firm word opens a company's name the recogniser missed ("Officine X", "Fratelli Y") ---------------

def test_a_name_opened_by_a_romance_firm_word_is_the_target():
    text = ("Der fränkische Pumpenhersteller Heubach Pumpen hat 70 Prozent an der norditalienischen Cantieri "
            "Malvestri übernommen.")
    ev = only_of_type(events(text), "acquisition")
    assert (ev["acquirer"], ev["target"]) == ("Heubach Pumpen", "Cantieri Malvestri")


def test_a_spanish_workshop_name_is_a_company():
    text = "Der Zulieferer Brandauer hat die spanische Talleres Orbegozo übernommen."
    assert only_of_type(events(text), "acquisition")["target"] == "Talleres Orbegozo"


# --- "will start selling its sea-salt crackers in X": hyphenated words between the verb and the market ------------

def test_start_selling_a_hyphenated_product_in_a_country_is_a_market_entry():
    text = ("Casa Verdejo, Spain's third-largest biscuit maker, will start selling its sea-salt olive crackers in "
            "Poland in May, the company said.")
    ev = only_of_type(events(text, "en"), "market_entry")
    assert (ev["company"], ev["market"]) == ("Casa Verdejo", "Poland")


# --- one flagship store at a named place is a facility (gold format: one store is a facility of kind store) --------

def test_a_first_flagship_store_in_a_city_is_a_facility():
    text = "Velomark will open its first flagship store in Lisbon next spring, the bike maker said."
    evs = events(text, "en")
    assert not of_type(evs, "store_expansion")
    ev = only_of_type(evs, "facility")
    assert (ev["company"], ev["location"]) == ("Velomark", "Lisbon")


# --- "X is seen as the most likely buyer for Y": X buys, the company named before sells ---------------------------

def test_the_company_seen_as_buyer_is_the_acquirer():
    text = ("Brightloom, the Bristol meal-kit start-up, entered administration on Friday. Rival Kochbox is seen as "
            "the most likely buyer for the delivery business, people close to the process said.")
    ev = only_of_type(events(text, "en"), "acquisition")
    assert (ev.get("acquirer"), ev.get("seller")) == ("Kochbox", "Brightloom")


def test_gilt_als_moeglicher_kaeufer_makes_the_subject_the_buyer():
    text = ("Der Modehändler Feldhaus sucht einen Investor. Der Wettbewerber Trendhaus gilt als möglicher Käufer für "
            "die Onlinesparte.")
    ev = only_of_type(events(text), "acquisition")
    assert ev.get("acquirer") == "Trendhaus" and ev.get("seller") != "Trendhaus"


# --- modality: an attempt the same sentence says was turned down did not happen -----------------------------------

def test_a_rejected_takeover_attempt_is_negated():
    text = ("Bereits 2023 hatte der Versorger Nordstrom Energie versucht, die Stadtwerke Elbhain zu übernehmen; der "
            "Gemeinderat hatte das Angebot damals abgelehnt.")
    assert only_of_type(events(text), "acquisition") and \
        [e.modality for e in events(text) if e.type == "acquisition"] == ["negated"]


def test_an_english_bid_that_was_rebuffed_is_negated():
    text = "In 2022 Harwick Foods tried to buy rival Pennock Bakeries, but the offer was rejected by its board."
    assert [e.modality for e in events(text, "en") if e.type == "acquisition"] == ["negated"]


# --- "X und Y gehen zusammen": a merger; a bank word opens the name after it --------------------------------------

def test_two_banks_that_go_together_merge():
    text = ("Trier (dpa) – Die Volksbank Hunsrück-Mosel und die Raiffeisenbank Saarburger Land gehen zusammen. "
            "Beide Vertreterversammlungen stimmten am Montag zu.")
    ev = only_of_type(events(text), "merger")
    assert sorted(a.text for e in events(text) if e.type == "merger" for a in e.arguments if a.role == "party") == \
        ["Raiffeisenbank Saarburger Land", "Volksbank Hunsrück-Mosel"] and ev


def test_going_down_together_is_no_merger():
    # the limit: "gehen zusammen zurück" is no merger
    text = "Bei der Molkerei Hallwang gehen Umsatz und Gewinn zusammen zurück, teilte das Unternehmen mit."
    assert not of_type(events(text), "merger")
