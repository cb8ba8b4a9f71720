"""Orders placed with a named supplier, delivery schedules, and one-word brand-like names typed as people
(stop 15; the sentences are invented)."""

from __future__ import annotations

from event_test_helpers import events, of_type, only_of_type


def test_signed_a_firm_order_with_a_supplier_is_a_binding_agreement():
    evs = events("Baltic Wings signed a firm order with Embraer for 14 regional jets worth $1.1 billion.", "en")
    deal = only_of_type(evs, "agreement")
    assert {a.text for e in evs if e.type == "agreement" for a in e.args("party")} == {"Baltic Wings", "Embraer"}
    assert deal["binding"] == "firm"
    binding = next(a for e in evs if e.type == "agreement" for a in e.args("binding"))
    assert binding.value is True


def test_a_delivery_schedule_is_no_shipment_figure():
    text = "Baltic Wings placed an order with Embraer for 14 E195 jets, with deliveries starting in 2029."
    evs = events(text, "en")
    assert of_type(evs, "financial_figure") == []
    assert of_type(evs, "agreement")


def test_shipments_are_still_figures():
    evs = events("Nordphone shipped 4.2 million smartphones in the third quarter.", "en")
    assert only_of_type(evs, "financial_figure")["company"] == "Nordphone"


def test_german_order_placed_with_a_supplier():
    evs = events("Die Reederei Hansekurs hat eine feste Bestellung über vier Containerschiffe bei der Werft "
                 "Meyer Neptun aufgegeben.")
    deal = only_of_type(evs, "agreement")
    assert deal["binding"] == "feste"
    assert {a.text for e in evs if e.type == "agreement" for a in e.args("party")} >= {"Hansekurs"}


def test_orders_of_customers_are_no_agreement():
    assert of_type(events("Die Bestellungen im Onlineshop von Zalando stiegen um zwölf Prozent."), "agreement") == []


def test_a_capital_inside_one_word_names_a_company_not_a_person():
    from newsgraph.events.names import company_by_suffix
    from newsgraph.model import Mention

    def as_person(name: str) -> Mention:
        return Mention(0, len(name), name, "PER")

    assert company_by_suffix(as_person("SkyNomad")) and company_by_suffix(as_person("TrailHub"))
    assert not any(company_by_suffix(as_person(n)) for n in ("McDonald", "MacArthur", "DeVito", "LeBlanc", "Müller"))


def test_a_model_designation_between_count_and_vehicle_noun_is_no_party():
    evs = events("Baltic Wings signed a firm order with Embraer for 14 E195 jets worth $1.1 billion.", "en")
    assert {a.text for e in evs if e.type == "agreement" for a in e.args("party")} == {"Baltic Wings", "Embraer"}


def test_german_order_verb_before_its_supplier():
    evs = events("Die Vogtlandbahn bestellt bei Stadler zwölf weitere Triebzüge für 180 Millionen Euro.")
    assert {a.text for e in evs if e.type == "agreement" for a in e.args("party")} == {"Vogtlandbahn", "Stadler"}


def test_start_selling_a_model_in_a_market_is_a_launch_and_a_launch_event_is_none():
    text = ("Phone maker Orvia will start selling its first foldable, the Orvia Fold, in Spain on May 4, the company "
            "said at a launch event in Madrid.")
    launches = of_type(events(text, "en", published="2026-04-20"), "product_launch")
    assert launches == [{"company": "Orvia", "product": "Orvia Fold", "market": "Spain"}]


def test_a_move_into_a_country_and_a_quoted_denial_inside_the_clause():
    text = ('The discount chain Kornmarkt entered Slovakia in 2023, but a move into Slovenia is "not on the agenda '
            'for now," its chief executive said.')
    entries = {e.args("market")[0].text: e.modality for e in events(text, "en") if e.type == "market_entry"}
    assert entries == {"Slovakia": "asserted", "Slovenia": "negated"}


def test_the_counted_noun_phrase_is_the_metric_and_a_function_word_is_none():
    evs = events("Kestrel Games has sold more than 4 million Orbit handhelds since the launch.", "en")
    assert "Orbit handhelds" in only_of_type(evs, "financial_figure")["metric"]
    evs = events("Analysts expect Nordphone's tablet shipments to reach about 3 million units this year.", "en")
    assert only_of_type(evs, "financial_figure")["metric"] == "shipments"
