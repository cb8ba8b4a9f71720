"""Event extraction over hand-built articles: sentences, mentions and values given, events checked.

Inputs are built by hand (spaCy's test style) so these tests pin the event
rules alone, whatever the NER and normalisation stages currently find.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsgraph.events import extract_events
from newsgraph.model import Article, Mention, Region, Sentence, Value
from newsgraph.settings import Settings


def build(text: str, mentions: list[tuple[str, str]] = (), values: list[tuple[str, str, Any]] = (),
          lang: str = "de", published: str | None = "2017-11-10",
          sentence_langs: dict[int, str] | None = None) -> Article:
    """Article with one Sentence per [.!?]-terminated stretch; mentions/values located by first occurrence."""
    art = Article(id=Article.id_for(text), source="<test>", text=text, language=lang, published=published)
    spans = [(m.start(), m.end()) for m in re.finditer(r"(?:[^.!?\n]|[.!?](?![\"”“]?(?:\s|$)))+(?:[.!?]+[\"”“]?|$)",
                                                       text) if m.group().strip()]
    art.sentences = [Sentence(a + len(text[a:b]) - len(text[a:b].lstrip()), b,
                              (sentence_langs or {}).get(i, lang)) for i, (a, b) in enumerate(spans)]
    cursor: dict[str, int] = {}
    for surface, typ in mentions:
        start = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = start + 1
        art.mentions.append(Mention(start, start + len(surface), surface, typ, source="test"))
    for surface, kind, value in values:
        start = text.index(surface)
        art.values.append(Value(start, start + len(surface), surface, kind, value, rule="test"))
    return art


def run(article: Article) -> Article:
    out = extract_events(article, Settings())
    for ev in out.events:  # the offset invariant of the data contract
        for arg in ev.arguments:
            if arg.start is not None:
                assert out.text[arg.start:arg.end] == arg.text
        for e in ev.evidence:
            assert out.text[e.start:e.end] == e.sentence
    return out


def only(article: Article, type_: str):
    found = [e for e in article.events if e.type == type_]
    assert len(found) == 1, [(e.type, [(a.role, a.text) for a in e.arguments]) for e in article.events]
    return found[0]


def texts(event, role: str) -> list[str]:
    return [a.text for a in event.args(role)]


def test_agreement_parties_value_binding_and_time():
    art = run(build("Qualcomm hat gestern einen ungebundenen Vorvertrag über 12 Milliarden US-Dollar mit Xiaomi "
                    "unterzeichnet.",
                    [("Qualcomm", "ORG"), ("Xiaomi", "ORG")],
                    [("12 Milliarden US-Dollar", "money", {"amount": 12000000000, "currency": "USD"}),
                     ("gestern", "date", {"date": "2017-11-09"}), ("ungebundenen", "boolean", False)]))
    ev = only(art, "agreement")
    assert texts(ev, "party") == ["Qualcomm", "Xiaomi"]
    assert ev.args("value")[0].value == {"amount": 12000000000, "currency": "USD"}
    assert ev.args("binding")[0].value is False
    assert ev.modality == "asserted"
    assert ev.time is not None and ev.time.start == "2017-11-09"
    assert ev.id.startswith("v_") and 0 < ev.confidence <= 1
    assert ev.evidence[0].sentence == art.text


def test_binding_found_without_a_boolean_value():
    art = run(build("Apple and Foxconn signed a non-binding agreement.", [("Apple", "ORG"), ("Foxconn", "ORG")],
                    lang="en"))
    ev = only(art, "agreement")
    assert ev.args("binding")[0].value is False and ev.args("binding")[0].text == "non-binding"


@pytest.mark.parametrize("text,mentions,acquirer,target", [
    ("Apple übernimmt den Musikdienst Shazam.", [("Apple", "ORG"), ("Shazam", "ORG")], "Apple", "Shazam"),
    ("Shazam wurde von Apple übernommen.", [("Shazam", "ORG"), ("Apple", "ORG")], "Apple", "Shazam"),
    ("Shazam was acquired by Apple for $400 million.", [("Shazam", "ORG"), ("Apple", "ORG")], "Apple", "Shazam"),
    ("Die Übernahme von Shazam durch Apple ist abgeschlossen.", [("Shazam", "ORG"), ("Apple", "ORG")],
     "Apple", "Shazam"),
    ("Apple's acquisition of Shazam closed on Monday.", [("Apple", "ORG"), ("Shazam", "ORG")], "Apple", "Shazam"),
    ("Im Juni übernahm Apple den Konkurrenten Shazam.", [("Apple", "ORG"), ("Shazam", "ORG")], "Apple", "Shazam"),
])
def test_acquisition_roles_active_passive_and_nominal(text, mentions, acquirer, target):
    lang = "en" if re.search(r"\b(was|of|closed)\b", text) else "de"
    ev = only(run(build(text, mentions, lang=lang)), "acquisition")
    assert texts(ev, "acquirer") == [acquirer]
    assert texts(ev, "target") == [target]


def test_acquisition_seller_verb():
    art = run(build("Siemens verkauft seine Hörgerätesparte an den Finanzinvestor EQT.",
                    [("Siemens", "ORG"), ("EQT", "ORG")]))
    ev = only(art, "acquisition")
    assert texts(ev, "seller") == ["Siemens"] and texts(ev, "acquirer") == ["EQT"]
    assert "Hörgerätesparte" in texts(ev, "target")[0]


def test_taking_over_a_post_is_no_acquisition():
    art = run(build("Markus Brandt übernimmt die Leitung von Vireon.", [("Markus Brandt", "PER"), ("Vireon", "ORG")]))
    assert not [e for e in art.events if e.type == "acquisition"]
    ev = only(art, "leadership")
    assert ev.args("change")[0].value == "appointed" and texts(ev, "organization") == ["Vireon"]


def test_coordination_gives_both_merger_parties():
    art = run(build("Daimler und Chrysler fusionieren.", [("Daimler", "ORG"), ("Chrysler", "ORG")]))
    assert texts(only(art, "merger"), "party") == ["Daimler", "Chrysler"]


def test_store_expansion_full_example():
    text = "Xiaomi will in den nächsten 3 Jahren 2.000 Offline Stores eröffnen, die Hälfte außerhalb Chinas mit Partnern."
    art = run(build(text, [("Xiaomi", "ORG")],
                    [("in den nächsten 3 Jahren", "duration", {"iso": "P3Y"}),
                     ("2.000 Offline Stores", "count", {"amount": 2000, "unit": "store"}),
                     ("die Hälfte", "fraction", {"fraction": 0.5}),
                     ("außerhalb Chinas", "place", {"outside": "CN"})]))
    ev = only(art, "store_expansion")
    assert texts(ev, "company") == ["Xiaomi"]
    assert ev.args("count")[0].value == {"amount": 2000, "unit": "store"}
    assert ev.args("horizon")[0].value == {"iso": "P3Y"}
    assert ev.args("region")[0].value == {"outside": "CN"}
    assert texts(ev, "partner") == ["Partnern"]
    assert ev.args("store_kind")[0].value == "offline"
    assert ev.modality == "planned"


def test_financial_figure_record_shipments():
    text = "Xiaomi hat im zweiten Quartal einen Rekord von 23 Millionen ausgelieferten Smartphones erzielt."
    art = run(build(text, [("Xiaomi", "ORG")],
                    [("im zweiten Quartal", "period", {"year": 2017, "quarter": 2}),
                     ("23 Millionen", "count", {"amount": 23000000})]))
    ev = only(art, "financial_figure")
    assert texts(ev, "company") == ["Xiaomi"]
    assert ev.args("metric")[0].value == "smartphones shipped"
    assert "Smartphones" in ev.args("metric")[0].text
    assert ev.args("quantity")[0].value == {"amount": 23000000}
    assert ev.args("period")[0].value == {"year": 2017, "quarter": 2}
    assert ev.args("record")[0].value is True
    assert ev.time is not None and ev.time.start == "2017-04-01" and ev.time.end == "2017-06-30"


def test_leadership_two_people_two_changes():
    text = "Wang Xiang wird nach dem Abgang von Hugo Barra Senior Vice President bei Xiaomi."
    art = run(build(text, [("Wang Xiang", "PER"), ("Hugo Barra", "PER"), ("Senior Vice President", "ROLE"),
                           ("Xiaomi", "ORG")]))
    lead = {e.args("person")[0].text: e for e in art.events if e.type == "leadership"}
    assert lead["Hugo Barra"].args("change")[0].value == "departed"
    assert lead["Wang Xiang"].args("change")[0].value == "appointed"
    assert texts(lead["Wang Xiang"], "organization") == ["Xiaomi"]


def test_leadership_holds_from_apposition_links_role_and_org():
    art = run(build("Lei Jun, CEO von Xiaomi, sprach in Peking.", [("Lei Jun", "PER"), ("CEO", "ROLE"),
                                                                   ("Xiaomi", "ORG")]))
    ev = only(art, "leadership")
    assert ev.args("change")[0].value == "holds"
    assert texts(ev, "role") == ["CEO"] and texts(ev, "organization") == ["Xiaomi"]


def test_meeting_with_indirect_participant():
    art = run(build("Lei Jun trifft in Peking den CEO von Microsoft.",
                    [("Lei Jun", "PER"), ("CEO", "ROLE"), ("Microsoft", "ORG")],
                    [("Peking", "place", {"city": "Beijing", "country": "CN"})]))
    ev = only(art, "meeting")
    parts = texts(ev, "participant")
    assert "Lei Jun" in parts and "CEO von Microsoft" in parts
    assert ev.args("location")[0].value == {"city": "Beijing", "country": "CN"}


def test_market_entry_needs_a_place():
    art = run(build("Xiaomi startet in Spanien.", [("Xiaomi", "ORG")], [("Spanien", "place", {"country": "ES"})]))
    ev = only(art, "market_entry")
    assert ev.args("market")[0].value == {"country": "ES"}
    assert not run(build("Xiaomi startet gut.", [("Xiaomi", "ORG")])).events


@pytest.mark.parametrize("text,mentions,type_", [
    ("Air Berlin hat Insolvenz angemeldet.", [("Air Berlin", "ORG")], "insolvency"),
    ("Die Gewerkschaft Verdi ruft bei Amazon zum Streik auf.", [("Verdi", "ORG"), ("Amazon", "ORG")], "strike"),
    ("Siemens streicht 6.900 Stellen.", [("Siemens", "ORG")], "layoffs"),
    ("Siemens spaltet seine Energiesparte ab.", [("Siemens", "ORG")], "spin_off"),
    ("Google investiert 300 Millionen Euro in das Startup Celonis.", [("Google", "ORG"), ("Celonis", "ORG")],
     "investment"),
    ("Tesla baut in Grünheide ein neues Werk.", [("Tesla", "ORG"), ("Grünheide", "LOC")], "facility"),
    ("BMW und Daimler vereinbaren eine Partnerschaft.", [("BMW", "ORG"), ("Daimler", "ORG")], "partnership"),
    ("Xiaomi stellt das Mi Mix 2 vor.", [("Xiaomi", "ORG"), ("Mi Mix 2", "PRODUCT")], "product_launch"),
])
def test_each_type_found(text, mentions, type_):
    art = run(build(text, mentions, [("6.900 Stellen", "count", {"amount": 6900, "unit": "job"})]
                    if "6.900" in text else []))
    assert type_ in {e.type for e in art.events}


def test_strike_roles():
    art = run(build("Die Gewerkschaft Verdi ruft bei Amazon zum Streik auf.", [("Verdi", "ORG"), ("Amazon", "ORG")]))
    ev = only(art, "strike")
    assert texts(ev, "union") == ["Verdi"] and texts(ev, "company") == ["Amazon"]


def test_no_event_from_region_or_teaser_lines():
    text = "Xiaomi eröffnet ein Werk in Indien.\nLesen Sie auch: Apple übernimmt Shazam."
    art = build(text, [("Xiaomi", "ORG"), ("Apple", "ORG"), ("Shazam", "ORG")],
                [("Indien", "place", {"country": "IN"})])
    art.regions = [Region(0, 35, "teaser")]
    assert run(art).events == []


def test_no_event_from_star_bullets():
    # a "* " line is a bullet of a headline list, like the arrow and dot bullets
    text = "Heute die Top-News.\n* Fusion von KMW und Nexter droht zu scheitern\nAmazon übernimmt Shazam."
    art = build(text, [("KMW", "ORG"), ("Nexter", "ORG"), ("Amazon", "ORG"), ("Shazam", "ORG")])
    assert [e.type for e in run(art).events] == ["acquisition"]


def test_german_sentence_and_english_quote_merge_into_one_event():
    text = ('Xiaomi will in Indien bis 2020 weitere 500 Geschäfte eröffnen. '
            '"We will open 500 more stores in India by 2020."')
    art = build(text, [("Xiaomi", "ORG")],
                [("500 Geschäfte", "count", {"amount": 500, "unit": "store"}),
                 ("Indien", "place", {"country": "IN"})], sentence_langs={1: "en"})
    start = text.index("500 more stores")
    art.values.append(Value(start, start + 15, "500 more stores", "count", {"amount": 500, "unit": "store"}, "t"))
    start = text.index("India")
    art.values.append(Value(start, start + 5, "India", "place", {"country": "IN"}, "t"))
    ev = only(run(art), "store_expansion")
    assert len(ev.evidence) == 2
    assert ev.modality == "planned"


def test_different_facts_of_one_type_stay_apart():
    text = "Xiaomi eröffnet ein Werk in Indien. Xiaomi eröffnet ein Werk in Brasilien."
    art = build(text, [("Xiaomi", "ORG"), ("Xiaomi", "ORG")],
                [("Indien", "place", {"country": "IN"}), ("Brasilien", "place", {"country": "BR"})])
    assert len([e for e in run(art).events if e.type == "facility"]) == 2


def test_antecedent_fills_company_of_a_follow_up_sentence():
    text = "Die Drogeriekette dm wächst. Das Unternehmen eröffnet 45 neue Filialen."
    art = run(build(text, [("dm", "ORG")], [("45 neue Filialen", "count", {"amount": 45, "unit": "store"})]))
    assert texts(only(art, "store_expansion"), "company") == ["dm"]


def test_no_events_without_triggers():
    art = run(build("Das Wetter in Berlin war gestern schön.", [("Berlin", "LOC")]))
    assert art.events == []


def test_role_of_organisation_then_person_holds():
    art = run(build("Der Chef von Voltaris, Jan Ehlers, sprach von einem wichtigen Schritt.",
                    [("Chef", "ROLE"), ("Voltaris", "ORG"), ("Jan Ehlers", "PER")]))
    ev = only(art, "leadership")
    assert ev.args("change")[0].value == "holds"
    assert texts(ev, "person") == ["Jan Ehlers"] and texts(ev, "organization") == ["Voltaris"]


def test_trigger_word_inside_a_company_name_is_no_trigger():
    art = run(build("Nordvik Shipping plans to cut 450 jobs in Norway.", [("Nordvik Shipping", "ORG")],
                    [("450 jobs", "count", {"amount": 450, "unit": "job"}), ("Norway", "place", {"country": "NO"})],
                    lang="en"))
    assert {e.type for e in art.events} == {"layoffs"}
    assert only(art, "layoffs").modality == "planned"


def test_model_place_without_place_value_can_be_a_company():
    # a recogniser tagged "Northvolt" LOC; no place value confirms it, coordination makes it a party
    art = build("Volkswagen und Northvolt verlängern ihren Liefervertrag.", [("Volkswagen", "ORG")])
    start = art.text.index("Northvolt")
    art.mentions.append(Mention(start, start + 9, "Northvolt", "LOC", source="model"))
    assert texts(only(run(art), "agreement"), "party") == ["Volkswagen", "Northvolt"]


def test_succession_gives_two_events():
    text = "Claudia Berger succeeds Thomas Vogt as chief executive of Rheinland Leben."
    art = run(build(text, [("Claudia Berger", "PER"), ("Thomas Vogt", "PER"), ("chief executive", "ROLE"),
                           ("Rheinland Leben", "ORG")], lang="en"))
    changes = {e.args("person")[0].text: e.args("change")[0].value for e in art.events if e.type == "leadership"}
    assert changes == {"Claudia Berger": "appointed", "Thomas Vogt": "departed"}


def test_funding_round_recipient_and_investor():
    text = "The London fintech Paylane raised £40m in a Series B round led by Index Ventures."
    art = run(build(text, [("Paylane", "ORG"), ("Index Ventures", "ORG")],
                    [("£40m", "money", {"amount": 40000000, "currency": "GBP"})], lang="en"))
    ev = only(art, "investment")
    assert texts(ev, "recipient") == ["Paylane"] and texts(ev, "investor") == ["Index Ventures"]


def test_news_outlet_is_no_party():
    art = run(build("Wie das Handelsblatt berichtet, übernimmt Siemens den Softwareanbieter Mendix.",
                    [("Handelsblatt", "ORG"), ("Siemens", "ORG"), ("Mendix", "ORG")]))
    ev = only(art, "acquisition")
    assert texts(ev, "acquirer") == ["Siemens"] and texts(ev, "target") == ["Mendix"]


def test_announced_weekday_is_the_coming_one_and_planned():
    # published on a Wednesday; the normalizer resolved "am Samstag" to the Saturday before
    text = "Apple eröffnet am Samstag seinen ersten Laden in Indien."
    art = build(text, [("Apple", "ORG")], [("am Samstag", "date", {"date": "2020-09-05"}),
                                           ("Indien", "place", {"country": "IN"})], published="2020-09-09")
    ev = only(run(art), "facility")  # one store: a facility (gold format)
    assert ev.time.start == "2020-09-12" and ev.modality == "planned"
    assert ev.args("location")[0].text == "Indien" and ev.args("facility_kind")[0].value == "store"


def test_past_weekday_stays_in_the_past():
    text = "Apple hat am Samstag seinen ersten Laden in Indien eröffnet."
    art = build(text, [("Apple", "ORG")], [("am Samstag", "date", {"date": "2020-09-05"}),
                                           ("Indien", "place", {"country": "IN"})], published="2020-09-09")
    ev = only(run(art), "facility")  # one store: a facility (gold format)
    assert ev.time.start == "2020-09-05" and ev.modality == "asserted"


def test_noun_trigger_prefers_the_marked_company():
    art = run(build("Bundesweite Proteste gegen Stellenabbau bei Bombardier.", [("Proteste", "ORG"), ("Bombardier", "ORG")]))
    assert texts(only(art, "layoffs"), "company") == ["Bombardier"]


def test_owned_unit_acts_for_its_owner():
    text = "SoftBank's Vision Fund invested $1 billion in the Indian hotel chain Oyo."
    art = run(build(text, [("SoftBank", "ORG"), ("Vision Fund", "ORG"), ("Oyo", "ORG")],
                    [("$1 billion", "money", {"amount": 1000000000, "currency": "USD"})], lang="en"))
    ev = only(art, "investment")
    assert texts(ev, "investor") == ["Vision Fund"] and texts(ev, "recipient") == ["Oyo"]


def test_record_loss_compound_is_a_financial_figure():
    text = "Uber hat im zweiten Quartal einen Rekordverlust von 5,2 Milliarden Dollar verbucht."
    art = run(build(text, [("Uber", "ORG")], [("5,2 Milliarden Dollar", "money", {"amount": 5200000000,
                                                                                     "currency": "USD"}),
                                            ("im zweiten Quartal", "period", {"year": 2019, "quarter": 2})]))
    ev = only(art, "financial_figure")
    assert ev.args("metric")[0].value == "loss" and ev.args("record")[0].value is True


def test_person_named_org_in_a_post_sentence_is_a_person():
    text = "Petra Langner wird neue Finanzchefin des Versicherers Hanseatica."
    art = build(text, [("Finanzchefin", "ROLE"), ("Hanseatica", "ORG")])
    art.mentions.insert(0, Mention(0, 13, "Petra Langner", "ORG", source="model"))
    ev = only(run(art), "leadership")
    assert texts(ev, "person") == ["Petra Langner"] and ev.args("change")[0].value == "appointed"


@pytest.mark.parametrize("text,mentions,person,org,role", [
    ("Xiaomi-Chef Lei Jun traf Investoren.", [("Xiaomi", "ORG"), ("Lei Jun", "PER")], "Lei Jun", "Xiaomi", "Chef"),
    ("Das sagte Qualcomm-Präsident Cristiano Amon.", [("Qualcomm", "ORG"), ("Cristiano Amon", "PER")],
     "Cristiano Amon", "Qualcomm", "Präsident"),
    ("Toyota chief Akio Toyoda spoke.", [("Toyota", "ORG"), ("Akio Toyoda", "PER")], "Akio Toyoda", "Toyota", "chief"),
])
def test_compound_names_a_leadership_holds_fact(text, mentions, person, org, role):
    lang = "en" if "spoke" in text else "de"
    ev = only(run(build(text, mentions, lang=lang)), "leadership")
    assert texts(ev, "person") == [person] and texts(ev, "organization") == [org] and texts(ev, "role") == [role]
    assert ev.args("change")[0].value == "holds" and ev.modality == "asserted"


def test_compound_holds_is_asserted_inside_a_denial():
    text = "Eine Fusion komme nicht in Frage, sagte Daimler-Chef Ola Källenius."
    art = run(build(text, [("Daimler", "ORG"), ("Ola Källenius", "PER")]))
    holds = [e for e in art.events if e.type == "leadership"]
    assert len(holds) == 1 and holds[0].modality == "asserted"


@pytest.mark.parametrize("text,mentions", [
    ("Xiaomi founder Lei Jun spoke.", [("Xiaomi", "ORG"), ("Lei Jun", "PER")]),
    ("Das sagte Ex-Daimler-Chef Dieter Zetsche.", [("Daimler", "ORG"), ("Dieter Zetsche", "PER")]),
])
def test_no_holds_for_founders_or_former_holders(text, mentions):
    art = run(build(text, mentions, lang="en" if "spoke" in text else "de"))
    assert not [e for e in art.events if e.type == "leadership"]


def test_a_one_word_person_after_a_role_compound_stays_a_person():
    text = "Das politische Berlin ist für Facebook-Chef Zuckerberg ein schwieriges Pflaster."
    ev = only(run(build(text, [("Facebook", "ORG"), ("Zuckerberg", "PER")])), "leadership")
    assert texts(ev, "person") == ["Zuckerberg"]


def test_a_becomes_trigger_does_not_cross_a_comma():
    text = "Wir werden lange Wochenenden haben, sagte der linke Präsident Nicolas Maduro."
    art = run(build(text, [("Nicolas Maduro", "PER")]))
    assert not [e for e in art.events if e.type == "leadership" and e.args("change")[0].value == "appointed"]


def test_one_company_signing_an_agreement_is_a_party_of_one():
    text = "Qualcomm unterzeichnete einen Vorvertrag über 12 Milliarden US-Dollar."
    art = run(build(text, [], [("12 Milliarden US-Dollar", "money", {"amount": 12e9, "currency": "USD"})]))
    ev = only(art, "agreement")
    assert texts(ev, "party") == ["Qualcomm"] and texts(ev, "value") == ["12 Milliarden US-Dollar"]


@pytest.mark.parametrize("text,mentions", [
    ("Der Vertrag von Siemens läuft bis 2025.", [("Siemens", "ORG")]),  # no signing
    ("Nach der Vereinbarung unterzeichnete auch Siemens.", [("Siemens", "ORG")]),  # the signer stands after the verb
])
def test_no_agreement_of_one_without_a_signing_subject(text, mentions):
    assert not [e for e in run(build(text, mentions)).events if e.type == "agreement"]


@pytest.mark.parametrize("text,mentions,parent,unit", [
    ("Die Seerene GmbH, ein Analytics-Spin-off des Hasso-Plattner-Instituts, sammelt Geld.",
     [("Seerene GmbH", "ORG"), ("Hasso-Plattner-Instituts", "ORG")], "Hasso-Plattner-Instituts", "Seerene GmbH"),
    ("Hergestellt wird er von Magazino, einem Spin-off der TU München.",
     [("Magazino", "ORG"), ("TU München", "ORG")], "TU München", "Magazino"),
])
def test_a_spin_off_of_names_the_parent_after_the_noun(text, mentions, parent, unit):
    ev = only(run(build(text, mentions)), "spin_off")
    assert texts(ev, "parent") == [parent] and texts(ev, "spun_off") == [unit]


def test_a_unit_word_without_its_parent_is_no_spin_off():
    art = run(build("Der Deutschland-Ableger von Blackrock wächst.", [("Blackrock", "ORG")]))
    assert not [e for e in art.events if e.type == "spin_off"]


def test_an_agency_with_a_legal_form_is_no_party():
    from newsgraph.events.sentence import is_non_party
    assert is_non_party("Deutsche Presse-Agentur GmbH") and not is_non_party("Siemens AG")


def test_the_person_who_appoints_in_a_passive_is_no_appointee():
    text = "Anna Roth wurde von Aufsichtsratschef Peter Klein zur Vorstandschefin von Helvion ernannt."
    art = run(build(text, [("Anna Roth", "PER"), ("Aufsichtsratschef", "ROLE"), ("Peter Klein", "PER"),
                           ("Vorstandschefin", "ROLE"), ("Helvion", "ORG")]))
    people = [e.args("person")[0].text for e in art.events if e.type == "leadership"
              and e.args("change")[0].value == "appointed"]
    assert people == ["Anna Roth"]


def test_an_appointment_word_without_any_post_is_no_leadership_event():
    # promoted into the first team: no post, no role word
    text = "Felix Brandt wurde vom Verein Eintracht Nordheim befördert und trainiert nun mit den Profis."
    art = run(build(text, [("Felix Brandt", "PER"), ("Eintracht Nordheim", "ORG")]))
    assert [e for e in art.events if e.type == "leadership"] == []


def test_a_head_of_state_holds_no_company_post():
    text = "Venezuelas Präsident Maduro erklärt Freitage zu Feiertagen."
    art = run(build(text, [("Venezuelas", "ORG"), ("Präsident", "ROLE"), ("Maduro", "PER")],
                    [("Venezuelas", "place", {"country": "VE"})]))
    assert [e for e in art.events if e.type == "leadership"] == []


def test_a_city_named_company_keeps_its_compound_holds():
    text = "Toyota chief Akio Toyoda did not meet the prime minister."
    art = run(build(text, [("Toyota", "ORG"), ("chief", "ROLE"), ("Akio Toyoda", "PER")],
                    [("Toyota", "place", {"city": "Toyota", "country": "JP"})], lang="en"))
    assert texts(only(art, "leadership"), "organization") == ["Toyota"]


def test_citing_sources_is_no_appointment():
    text = "Vorstandschefin Marissa Mayer dürfte Stellen streichen, berichtete die Zeitung unter Berufung auf Kreise."
    art = run(build(text, [("Vorstandschefin", "ROLE"), ("Marissa Mayer", "PER")]))
    assert [e for e in art.events if e.type == "leadership" and e.args("change")[0].value == "appointed"] == []
