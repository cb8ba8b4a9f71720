"""Rumoured takeovers in German: a modal verb ends a preposition's reach, a hyphenated unit is bought, and more
company nouns make the name after them a company (stop 15; the sentences are invented)."""

from __future__ import annotations

from event_test_helpers import events, only_of_type


def test_a_modal_verb_ends_the_reach_of_an_earlier_preposition():
    deal = only_of_type(events("Nach Informationen aus Finanzkreisen könnte der Logistiker Brennholt die "
                               "Lager-Sparte von Kaltwasser übernehmen."), "acquisition")
    assert deal["acquirer"] == "Brennholt"
    assert deal["target"] == "Lager-Sparte"


def test_company_nouns_before_a_name():
    from newsgraph.nlp.rules import find_spans
    from newsgraph.nlp.segment import tokenize

    for noun in ("Wettbewerber", "Energieversorger", "Spediteur", "Maschinenbauer", "Molkerei"):
        text = f"Der {noun} Brennholt Nord legt zu."
        found = {(text[s.start:s.end], s.label) for s in find_spans(tokenize(text, "de"), "de")}
        assert ("Brennholt Nord", "ORG") in found, noun


def test_the_lead_of_a_hyphenated_round_and_a_vc_named_in_the_next_sentence():
    text = ("Das Kölner Start-up Lumora hat eine Finanzierungsrunde über 22 Millionen Euro abgeschlossen. Angeführt "
            "wurde die Serie-A-Runde vom Münchner VC Brennwald Ventures.")
    deal = only_of_type(events(text), "investment")
    assert (deal["recipient"], deal["investor"]) == ("Lumora", "Brennwald Ventures")


def test_a_company_in_trouble_invests_nothing():
    assert events("Der Fahrradhersteller Velomark steckt in Schwierigkeiten.") == []
    assert events("Die Reederei Hanseatic Lines steckt tief in den roten Zahlen.") == []


def test_a_capital_injection_into_a_company():
    deal = only_of_type(events("Harbor Lane Capital agreed to a €40m capital injection into Velotron Systems.", "en"),
                        "investment")
    assert deal["recipient"] == "Velotron Systems"


def test_an_english_round_raised_by_a_company_named_before_not_by_a_name_after_the_verb():
    text = ("Tallowby launched a billing assistant on Monday. The Lisbon-based startup, which raised $30 million in a "
            "round led by Brenner Ventures last year, says the assistant now works inside Shopify and Stripe.")
    deal = only_of_type(events(text, "en"), "investment")
    assert (deal["recipient"], deal["investor"]) == ("Tallowby", "Brenner Ventures")
