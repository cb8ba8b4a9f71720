"""Who buys whom: German sentence positions, clause breaks and descriptor-led recogniser names."""

from __future__ import annotations

import pytest


@pytest.fixture
def acquisitions(events_of):
    def run(text: str, mentions: list[tuple[str, str]]) -> list[dict[str, str]]:
        out = []
        for e in events_of(text, mentions, published="2016-01-22", source="model"):
            if e.type == "acquisition":
                for a in e.arguments:
                    assert text[a.start:a.end] == a.text
                out.append({a.role: a.text for a in e.arguments if a.role in ("acquirer", "target", "seller")})
        return out
    return run


def test_subject_after_the_finite_verb_of_a_sentence_initial_noun_trigger(acquisitions):
    text = "Die Übernahme von TRW hat ZF im vergangenen Jahr erfolgreich abgeschlossen."
    assert acquisitions(text, [("TRW", "ORG"), ("ZF", "ORG")]) == [{"acquirer": "ZF", "target": "TRW"}]


def test_a_noun_trigger_with_no_target_gives_no_acquisition(acquisitions):
    # "der Unternehmensgeschichte" is no target, and ZF (the subject) is the buyer: no event without a target
    text = "Die größte und bedeutendste Übernahme der Unternehmensgeschichte hat ZF im vergangenen Jahr abgeschlossen."
    assert acquisitions(text, [("ZF", "ORG")]) == []


def test_an_organisation_after_a_colon_is_not_the_object(acquisitions):
    text = "WPP-Tochter kauft deutsche Digitalagentur: Aus Conrad Caine wird Possible"
    assert acquisitions(text, [("WPP", "ORG"), ("Possible", "ORG")]) == []


def test_a_recogniser_name_led_by_a_descriptor_is_cut_to_the_name(acquisitions):
    text = "Der Werbegigant WPP schnappt sich die deutsche Digitalagentur Conrad Caine."
    assert acquisitions(text, [("WPP", "ORG"), ("deutsche Digitalagentur Conrad Caine", "ORG")]) == [
        {"acquirer": "WPP", "target": "Conrad Caine"}]


def test_a_recogniser_name_that_is_only_a_descriptor_is_dropped(acquisitions):
    text = "WPP kauft die deutsche Digitalagentur."
    assert acquisitions(text, [("WPP", "ORG"), ("deutsche Digitalagentur", "ORG")]) == []


def test_von_in_the_active_perfect_names_the_seller(acquisitions):
    text = "EnBW hatte im Oktober 74,2 Prozent der VNG-Aktien vom Oldenburger Energieversorger EWE übernommen."
    got = acquisitions(text, [("EnBW", "ORG"), ("VNG", "ORG"), ("EWE", "ORG")])
    assert got == [{"acquirer": "EnBW", "target": "VNG", "seller": "EWE"}]


def test_von_in_the_passive_still_names_the_buyer(acquisitions):
    text = "Die Firma Shazam wurde von Apple übernommen."
    assert acquisitions(text, [("Shazam", "ORG"), ("Apple", "ORG")]) == [{"acquirer": "Apple", "target": "Shazam"}]


def test_a_von_organisation_before_a_noun_trigger_is_no_seller(acquisitions):
    text = ("Das Prämienaufkommen von Helvetia ist durch die Übernahme der Basler Versicherung Österreich "
            "angestiegen.")
    got = acquisitions(text, [("Helvetia", "ORG"), ("Basler Versicherung Österreich", "ORG")])
    assert all("seller" not in g for g in got)


def test_a_subsidiary_named_with_the_parent_is_coordinated(acquisitions):
    text = ("Wirecard AG und ihre Tochtergesellschaft Wirecard Acquiring & Issuing haben den Zahlungsdienstleister "
            "Moip Pagamentos übernommen.")
    got = acquisitions(text, [("Wirecard AG", "ORG"), ("Wirecard Acquiring & Issuing", "ORG"),
                              ("Moip Pagamentos", "ORG")])
    assert [g["target"] for g in got] == ["Moip Pagamentos"]


def test_the_first_target_in_text_order(acquisitions):
    text = ("Nach der Übernahme der Sparten der insolventen Imtech Deutschland durch die Gustav-Zech-Stiftung sucht "
            "Colsman nun als Geschäftsführer von Zech Management nach Gelegenheiten.")
    got = acquisitions(text, [("Imtech Deutschland", "ORG"), ("Gustav-Zech-Stiftung", "ORG"),
                              ("Colsman", "PER"), ("Geschäftsführer", "ROLE"), ("Zech Management", "ORG")])
    assert got == [{"acquirer": "Gustav-Zech-Stiftung", "target": "Imtech Deutschland"}]


def test_an_insolvent_adjective_names_the_company_after_it(events_of):
    text = "Nach der Übernahme der Sparten der insolventen Imtech Deutschland sucht Colsman bei Zech Management."
    events = events_of(text, [("Imtech Deutschland", "ORG"), ("Colsman", "PER"), ("Zech Management", "ORG")],
                       published="2016-03-01", source="model")
    found = [[a.text for a in e.arguments] for e in events if e.type == "insolvency"]
    assert found == [["Imtech Deutschland"]]


def test_a_persons_party_in_brackets_is_no_party_to_the_deal(acquisitions):
    text = ("Sigmar Gabriel (SPD) verschärft die Bedingungen für eine Übernahme der Supermarktkette Kaiser's "
            "Tengelmann durch Edeka.")
    got = acquisitions(text, [("Sigmar Gabriel", "PER"), ("SPD", "ORG"), ("Kaiser's Tengelmann", "ORG"),
                              ("Edeka", "ORG")])
    assert got == [{"acquirer": "Edeka", "target": "Kaiser's Tengelmann"}]


def test_an_alias_in_brackets_is_the_same_side(acquisitions):
    text = "Telefónica Deutschland (O2) rechnet nach der Übernahme des früheren Konkurrenten E-Plus mit Gegenwind."
    got = acquisitions(text, [("Telefónica Deutschland", "ORG"), ("O2", "ORG"), ("E-Plus", "ORG")])
    assert [g.get("target") for g in got] == ["E-Plus"]


def test_a_name_that_only_describes_another_is_no_party(acquisitions):
    text = "Und ein Deal sorgt für Furore: NBC-Mutter Comcast kauft Dreamworks Animation."
    got = acquisitions(text, [("NBC", "ORG"), ("Comcast", "ORG"), ("Dreamworks Animation", "ORG")])
    assert got == [{"acquirer": "Comcast", "target": "Dreamworks Animation"}]


def test_an_apposition_between_buyer_and_verb_is_no_target(acquisitions):
    text = ("Würth Elektronik iBE, Teil der Würth Elektronik eiSos Gruppe, erwirbt die Erwin Büchele "
            "Unternehmensgruppe.")
    got = acquisitions(text, [("Würth Elektronik iBE", "ORG"), ("Würth Elektronik eiSos Gruppe", "ORG"),
                              ("Erwin Büchele Unternehmensgruppe", "ORG")])
    assert got == [{"acquirer": "Würth Elektronik iBE", "target": "Erwin Büchele Unternehmensgruppe"}]


def test_an_unmarked_name_beside_a_marked_buyer_and_target_is_neither(acquisitions):
    text = "Die Monopolkommission hat sich gegen die Übernahme von Kaiser's Tengelmann durch Edeka ausgesprochen."
    got = acquisitions(text, [("Monopolkommission", "ORG"), ("Kaiser's Tengelmann", "ORG"), ("Edeka", "ORG")])
    assert got == [{"acquirer": "Edeka", "target": "Kaiser's Tengelmann"}]


def test_geht_an_sells_the_subject_to_the_an_organisation(acquisitions):
    assert acquisitions("KrausMaffei geht an ChemChina", [("KrausMaffei", "ORG"), ("ChemChina", "ORG")]) == [
        {"target": "KrausMaffei", "acquirer": "ChemChina"}]
    # a contract or a prize that goes to a company is no sale
    assert acquisitions("Der Auftrag geht an Siemens.", [("Siemens", "ORG")]) == []


def test_an_example_of_a_class_is_no_party(acquisitions):
    text = ("Die Autohersteller machen sich mit der Übernahme von Here unabhängig von Unternehmen wie Google.")
    got = acquisitions(text, [("Here", "ORG"), ("Google", "ORG")])
    assert all(g.get("target") != "Google" for g in got)


def test_a_modal_verb_after_a_sentence_initial_noun_trigger_makes_its_subject_the_buyer(acquisitions):
    text = "Durch die Akquisition möchte Würth Elektronik iBE die Fertigung ausbauen."
    assert acquisitions(text, [("Würth Elektronik iBE", "ORG")]) == []  # the buyer, and no target: no event


def test_the_object_of_an_earlier_deal_noun_is_not_the_next_buyer(acquisitions):
    text = ("Nach dem Erwerb der Bremerhavener Lloyd-Werft verkündete Genting die Übernahme der drei Werften von "
            "Nordic Yards in Wismar.")
    got = acquisitions(text, [("Bremerhavener", "LOC"), ("Lloyd-Werft", "ORG"), ("Genting", "ORG"),
                              ("Nordic Yards", "ORG"), ("Wismar", "LOC")])
    assert {"acquirer": "Genting", "target": "Lloyd-Werft"} in got
    assert all(g.get("acquirer") != "Lloyd-Werft" for g in got)


def test_the_topic_before_a_headline_colon_is_not_the_buyer(acquisitions):
    text = "Nordic Yards: Genting kauft drei weitere Werften in Deutschland"
    got = acquisitions(text, [("Nordic Yards", "ORG"), ("Genting", "ORG")])
    assert all(g.get("acquirer") != "Nordic Yards" and g.get("target") != "Genting" for g in got)


def test_an_english_loan_merger_in_german(events_of):
    text = "Synta gab den Abschluss des angekündigten Mergers mit Madrigal Pharmaceuticals bekannt."
    events = events_of(text, [("Synta", "ORG"), ("Madrigal Pharmaceuticals", "ORG")], published="2016-07-25",
                       source="model")
    found = [[a.text for a in e.arguments] for e in events if e.type == "merger"]
    assert found == [["Synta", "Madrigal Pharmaceuticals"]]
