"""Rules added when fresh sets 1 and 2 were analysed (docs/events.md): each written with other names and words."""

from __future__ import annotations

from newsgraph.events.names import looks_like_person
from event_test_helpers import arguments_of as _args, of_type


# --- layoffs --------------------------------------------------------------------------------------------------

def test_jobs_cut_in_the_participle(events_of):
    text = "Bei der Spedition Kornfeld Logistik werden in Bremen 300 Stellen abgebaut."
    got = of_type(events_of(text, [("Kornfeld Logistik", "ORG"), ("Bremen", "LOC")],
                            values=[("300", "count", {"amount": 300})]), "layoffs")
    assert got == [{"company": "Kornfeld Logistik", "count": "300", "location": "Bremen"}]
    text = "Die Spedition Kornfeld Logistik hat ihre Schulden abgebaut."  # no jobs: no layoffs
    assert of_type(events_of(text, [("Kornfeld Logistik", "ORG")]), "layoffs") == []


def test_a_share_of_the_workforce_is_a_job_cut(events_of):
    text = "Tessaron cut a third of its workforce in March."
    got = of_type(events_of(text, [("Tessaron", "ORG")], values=[("a third", "fraction", {"fraction": 1 / 3})],
                            lang="en"), "layoffs")
    assert got == [{"company": "Tessaron", "count": "a third"}]


# --- leadership -----------------------------------------------------------------------------------------------

def test_a_double_first_name_reads_as_a_person():
    assert looks_like_person("Hans-Jürgen Brandt")
    assert not looks_like_person("Coca-Cola Company")


def test_folgt_x_auf_y_puts_the_successor_after_the_verb(events_of):
    text = "Beim Versicherer Alvena folgt im Juli Hans-Jürgen Brandt auf die langjährige Chefin Ilse Kramer."
    events = events_of(text, [("Alvena", "ORG"), ("Hans-Jürgen Brandt", "ORG"), ("Chefin", "ROLE"),
                              ("Ilse Kramer", "PER")], source="model")  # the recogniser took the name for a company
    changes = sorted((a["person"], e.args("change")[0].value) for e, a in
                     ((e, _args(e)) for e in events if e.type == "leadership" and e.args("change")[0].value != "holds"))
    assert changes == [("Hans-Jürgen Brandt", "appointed"), ("Ilse Kramer", "departed")]


# --- acquisition ----------------------------------------------------------------------------------------------

def test_the_sale_of_a_business_unit_names_the_seller(events_of):
    text = "Der Mischkonzern Veltrup prüft den Verkauf seiner Sparte für Antriebe."
    got = of_type(events_of(text, [("Veltrup", "ORG")]), "acquisition")
    assert got == [{"target": "Sparte", "seller": "Veltrup"}]
    text = "Harwick has agreed the sale of its paper business to Norden Pulp for 400 million euros."
    got = of_type(events_of(text, [("Harwick", "ORG"), ("Norden Pulp", "ORG")], lang="en",
                            values=[("400 million euros", "money", {"amount": 4e8, "currency": "EUR"})]), "acquisition")
    assert got == [{"acquirer": "Norden Pulp", "target": "paper business", "seller": "Harwick",
                    "value": "400 million euros"}]


def test_the_sale_of_goods_is_no_acquisition(events_of):
    assert of_type(events_of("Der Verkauf von Fahrrädern stieg im Mai, meldete Veltrup.", [("Veltrup", "ORG")]),
                   "acquisition") == []
    text = "The sale of 2 million handsets was a record, Harwick said."
    assert of_type(events_of(text, [("Harwick", "ORG")], values=[("2 million", "count", {"amount": 2e6})], lang="en"),
                   "acquisition") == []


def test_a_buyer_named_by_a_copula_buys_the_company_before(events_of):
    text = ("Die Bremer Reederei Solvik Shipping steht zum Verkauf. Neuer Eigentümer? Käufer ist die Hamburger "
            "Gruppe Trondal, die für das Unternehmen 90 Millionen Euro bietet.")
    got = of_type(events_of(text, [("Solvik Shipping", "ORG"), ("Trondal", "ORG")], split=True,
                            values=[("90 Millionen Euro", "money", {"amount": 9e7, "currency": "EUR"})]),
                  "acquisition")
    assert got == [{"acquirer": "Trondal", "target": "Solvik Shipping", "value": "90 Millionen Euro"}]


# --- partnership ----------------------------------------------------------------------------------------------

def test_a_company_seen_as_a_partner_partners_the_company_before(events_of):
    text = "Der Batteriehersteller Voltaris sucht einen Abnehmer in Asien. Als Favorit gilt der Autobauer Kenshu " \
           "als wahrscheinlicher Partner."
    events = events_of(text, [("Voltaris", "ORG"), ("Kenshu", "ORG")], split=True)
    found = [(sorted(a.text for a in e.args("party")), e.modality) for e in events if e.type == "partnership"]
    assert found == [(["Kenshu", "Voltaris"], "speculative")]


# --- facility -------------------------------------------------------------------------------------------------

def test_a_plant_planned_in_german(events_of):
    text = "Eine eigene Fabrik in Ungarn plant der Zulieferer Merovia derzeit nicht."
    events = [e for e in events_of(text, [("Merovia", "ORG")],
                                   values=[("Ungarn", "place", {"country": "HU"})]) if e.type == "facility"]
    assert [(_args(e), e.modality) for e in events] == [
        ({"company": "Merovia", "facility_kind": "Fabrik", "location": "Ungarn"}, "negated")]


def test_municipal_utilities_and_networks_are_no_plants(events_of):
    for text in ("Die Stadtwerke Husum und Merovia wollen eine neue Leitung bauen.",
                 "Merovia will ein neues Netzwerk für Händler aufbauen."):
        assert of_type(events_of(text, [("Merovia", "ORG")]), "facility") == []


# --- investment, facility, store expansion, product launch --------------------------------------------------------

def test_a_company_referred_back_to_invests_an_amount_in_a_purpose(events_of):
    text = ("Die Baumarktkette Holmberg wächst weiter. Zudem investiert das Unternehmen 80 Millionen Euro in ein "
            "neues Verteilzentrum.")
    events = events_of(text, [("Holmberg", "ORG")], split=True,
                       values=[("80 Millionen Euro", "money", {"amount": 8e7, "currency": "EUR"})])
    assert of_type(events, "investment") == [{"investor": "Holmberg", "value": "80 Millionen Euro",
                                              "purpose": "Verteilzentrum"}]
    kinds = [e.args("facility_kind")[0].value for e in events if e.type == "facility"]
    assert kinds == ["plant"]  # a distribution centre is an operations site, not an office


def test_an_antecedent_without_an_amount_invests_nothing(events_of):
    text = "Die Baumarktkette Holmberg wächst weiter. Über die Höhe der Beteiligung wurde nichts gesagt."
    assert of_type(events_of(text, [("Holmberg", "ORG")], split=True), "investment") == []


def test_german_present_tense_over_the_running_year_is_a_plan(events_of):
    text = "Die Modekette Varnhagen eröffnet in diesem Jahr 40 neue Filialen."
    events = events_of(text, [("Varnhagen", "ORG")], published="2024-03-01",
                       values=[("in diesem Jahr", "period", {"year": 2024}),
                               ("40 neue Filialen", "count", {"amount": 40, "unit": "store"})])
    assert [e.modality for e in events if e.type == "store_expansion"] == ["planned"]
    text = "Die Modekette Varnhagen hat in diesem Jahr 40 neue Filialen eröffnet."  # done: asserted
    events = events_of(text, [("Varnhagen", "ORG")], published="2024-03-01",
                       values=[("in diesem Jahr", "period", {"year": 2024}),
                               ("40 neue Filialen", "count", {"amount": 40, "unit": "store"})])
    assert [e.modality for e in events if e.type == "store_expansion"] == ["asserted"]


def test_stores_as_the_place_of_another_activity_are_no_expansion(events_of):
    text = "Paylio will offer its new checkout in Kessler's stores across Europe."
    assert of_type(events_of(text, [("Paylio", "ORG"), ("Kessler", "ORG")], lang="en"), "store_expansion") == []
    text = "Paylio will open 12 new stores in Europe."
    assert of_type(events_of(text, [("Paylio", "ORG")], lang="en", values=[("12", "count", {"amount": 12})]),
                   "store_expansion") == [{"company": "Paylio", "count": "12 new stores"}]


def test_showrooms_are_stores_and_an_owner_in_a_relative_clause_is_not_the_actor(events_of):
    text = ("Polestra sold more cars last year. The carmaker, which is owned by Hanwei, plans to open 15 new "
            "showrooms there.")
    got = of_type(events_of(text, [("Polestra", "ORG"), ("Hanwei", "ORG")], lang="en", split=True,
                            values=[("15", "count", {"amount": 15})]), "store_expansion")
    assert got == [{"company": "Polestra", "count": "15 new showrooms"}]


def test_a_product_after_an_adjective(events_of):
    text = "Kestrel launched its portable K7 in Brazil."
    got = of_type(events_of(text, [("Kestrel", "ORG"), ("Brazil", "LOC")], lang="en",
                            values=[("Brazil", "place", {"country": "BR"})]), "product_launch")
    assert got == [{"company": "Kestrel", "product": "K7", "market": "Brazil"}]
