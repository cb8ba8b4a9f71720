"""Rules added when fresh set 3 was analysed in the sixth sprint: each pinned with other names and words."""

from __future__ import annotations

from event_test_helpers import arguments_of as _args, of_type


# --- acquisition ----------------------------------------------------------------------------------------------

def test_a_descriptor_subject_is_the_company_of_the_sentence_before(events_of):
    text = ("Halvorsen kauft zu. Der Bremer Maschinenbaukonzern erwirbt 60 Prozent an der Tessel GmbH, "
            "die Sensoren für Windräder baut.")
    got = of_type(events_of(text, [("Halvorsen", "ORG"), ("Tessel GmbH", "ORG"), ("Sensoren", "ORG")], split=True,
                            values=[("60 Prozent", "fraction", {"fraction": 0.6})]), "acquisition")
    # the relative clause's noun is no buyer; the descriptor subject refers back to Halvorsen
    assert got == [{"acquirer": "Halvorsen", "target": "Tessel GmbH", "stake": "60 Prozent"}]


def test_a_named_subject_is_no_anaphor(events_of):
    text = "Die Schwedische Nordea Group erwirbt die Mehrheit an der Fintech AG."
    got = of_type(events_of(text, [("Nordea Group", "ORG"), ("Fintech AG", "ORG")]), "acquisition")
    assert [a["acquirer"] for a in got] == ["Nordea Group"]


def test_the_share_bought_is_not_the_target(events_of):
    text = "Halvorsen übernimmt Mehrheit an Kieler Software-Start-up."
    got = of_type(events_of(text, [("Halvorsen", "ORG")]), "acquisition")
    assert all(a.get("target") != "Mehrheit" for a in got)


# --- English subjects -----------------------------------------------------------------------------------------

def test_it_after_an_object_refers_to_the_company_named_before(events_of):
    text = ("Kestrel Audio unveils new headphones. The Danish audio firm showed the Kestrel One at a fair in Oslo "
            "and said it would start selling the device in Brazil from May.")
    events = events_of(text, [("Kestrel Audio", "ORG"), ("Kestrel One", "ORG"), ("Oslo", "LOC"), ("Brazil", "LOC")],
                       lang="en", split=True, values=[("Brazil", "place", {"country": "BR"})])
    entries = [e for e in events if e.type == "market_entry"]
    assert [(_args(e)["company"], e.modality) for e in entries] == [("Kestrel Audio", "planned")]


def test_it_after_a_named_subject_is_that_subject(events_of):
    text = "Danish audio maker Kestrel Audio said on Monday it will cut 200 jobs at its plant in Aarhus."
    got = of_type(events_of(text, [("Kestrel Audio", "ORG"), ("Aarhus", "LOC")], lang="en",
                            values=[("200 jobs", "count", {"amount": 200})]), "layoffs")
    assert [a["company"] for a in got] == ["Kestrel Audio"]


def test_an_adverb_after_a_sentence_initial_name(events_of):
    text = "Kestrel Audio has a new chief. Kestrel also plans to open an office in Lisbon later this year."
    got = of_type(events_of(text, [("Kestrel Audio", "ORG"), ("Lisbon", "LOC")], lang="en", split=True), "facility")
    assert [a["company"] for a in got] == ["Kestrel"]


# --- triggers -------------------------------------------------------------------------------------------------

def test_fuss_fassen_is_a_market_entry(events_of):
    text = "Die kanadische Modekette Maplewear will in Österreich Fuß fassen."
    got = of_type(events_of(text, [("Maplewear", "ORG"), ("Österreich", "LOC")],
                            values=[("Österreich", "place", {"country": "AT"})]), "market_entry")
    assert got == [{"company": "Maplewear", "market": "Österreich"}]


def test_in_betrieb_gehen_starts_a_plant_not_a_market(events_of):
    text = "Das neue Werk von Halvorsen im ungarischen Győr soll im kommenden Jahr in Betrieb gehen."
    got = of_type(events_of(text, [("Halvorsen", "ORG"), ("Győr", "LOC")],
                            values=[("Győr", "place", {"city": "Győr"})]), "market_entry")
    assert got == []


def test_a_long_middle_field_before_ab(events_of):
    text = "Der Zulieferer Halvorsen baut bis Mitte 2026 insgesamt rund 1.200 Stellen an drei Standorten ab."
    got = of_type(events_of(text, [("Halvorsen", "ORG")], values=[("1.200", "count", {"amount": 1200})]), "layoffs")
    assert [a["company"] for a in got] == ["Halvorsen"]


# --- financial figures ----------------------------------------------------------------------------------------

def test_an_amount_belongs_to_the_metric_next_to_it(events_of):
    text = "Die Reederei Halvorsen hat 2023 einen Gewinn von 40 Millionen Euro erzielt – nach einem Verlust im Vorjahr."
    got = of_type(events_of(text, [("Halvorsen", "ORG")],
                            values=[("40 Millionen Euro", "money", {"amount": 4e7, "currency": "EUR"})]),
                  "financial_figure")
    assert [(a["metric"], a.get("value")) for a in got] == [("Gewinn", "40 Millionen Euro")]


def test_a_loss_and_a_profit_are_two_figures(events_of):
    text = ("Kestrel Audio swung to a loss in the second quarter. The company posted a net loss of $9 million, "
            "after a profit of $4 million a year earlier.")
    got = of_type(events_of(text, [("Kestrel Audio", "ORG")], lang="en", split=True,
                            values=[("$9 million", "money", {"amount": 9e6, "currency": "USD"}),
                                    ("$4 million", "money", {"amount": 4e6, "currency": "USD"})]),
                  "financial_figure")
    assert sorted(a.get("value", "") for a in got) == ["$4 million", "$9 million"]


def test_returning_to_profit_is_no_market_entry(events_of):
    text = "Kestrel Audio does not expect its UK arm to return to profit in Britain before 2027."
    events = events_of(text, [("Kestrel Audio", "ORG"), ("Britain", "LOC")], lang="en",
                       values=[("Britain", "place", {"country": "GB"})])
    assert of_type(events, "market_entry") == []
    text = "Kestrel Audio returned to Britain in May."  # a return to a market still is an entry
    events = events_of(text, [("Kestrel Audio", "ORG"), ("Britain", "LOC")], lang="en",
                       values=[("Britain", "place", {"country": "GB"})])
    assert [a["market"] for a in of_type(events, "market_entry")] == ["Britain"]


# --- agreement and partnership --------------------------------------------------------------------------------

def test_a_partnership_verb_in_the_agreements_subject_keeps_the_agreement(events_of):
    text = "Halvorsen and Kestrel Audio have signed a five-year agreement to jointly operate a warehouse in Oslo."
    events = events_of(text, [("Halvorsen", "ORG"), ("Kestrel Audio", "ORG"), ("Oslo", "LOC")], lang="en")
    assert [e.type for e in events if e.type in ("agreement", "partnership")] == ["agreement"]
    assert sorted(a.text for a in events[0].args("party")) == ["Halvorsen", "Kestrel Audio"]


def test_an_opening_adverb_is_no_coordinated_company(events_of):
    text = "Separately, Halvorsen said it had no plans to sell its stake in Kestrel Audio."
    events = events_of(text, [("Halvorsen", "ORG"), ("Kestrel Audio", "ORG")], lang="en")
    assert all(a.text != "Separately" for e in events for a in e.arguments)


# --- spin-off and forecasts -----------------------------------------------------------------------------------

def test_the_german_object_before_a_final_spin_off_verb(events_of):
    text = "Der Maschinenbauer Halvorsen will sein Antriebsgeschäft abspalten und an die Börse bringen."
    got = of_type(events_of(text, [("Halvorsen", "ORG")]), "spin_off")
    assert got == [{"parent": "Halvorsen", "spun_off": "Antriebsgeschäft"}]


def test_revenue_that_a_company_should_reach_is_expected_deliveries_it_wants_are_planned(events_of):
    text = "Die neue Gesellschaft Halvorsen Drive soll im ersten Jahr rund 900 Millionen Euro Umsatz erzielen."
    events = events_of(text, [("Halvorsen Drive", "ORG")],
                       values=[("900 Millionen Euro", "money", {"amount": 9e8, "currency": "EUR"})])
    assert [e.modality for e in events if e.type == "financial_figure"] == ["expected"]
    text = "Der Autobauer Halvorsen will im Jahr 2026 eine Million Elektroautos ausliefern."
    events = events_of(text, [("Halvorsen", "ORG")], values=[("eine Million", "count", {"amount": 1e6})])
    assert [e.modality for e in events if e.type == "financial_figure"] == ["planned"]


# --- antecedents and facilities -------------------------------------------------------------------------------

def test_the_company_is_the_subject_of_the_sentence_before_not_its_last_name(events_of):
    text = ("Kestrel Audio has raised $40 million in a round led by Northgate Capital, with Halvorsen Ventures also "
            "taking part. The company said it would use the money to build a pilot production line in Lisbon.")
    events = events_of(text, [("Kestrel Audio", "ORG"), ("Northgate Capital", "ORG"), ("Halvorsen Ventures", "ORG"),
                              ("Lisbon", "LOC")], lang="en", split=True,
                       values=[("$40 million", "money", {"amount": 4e7, "currency": "USD"}),
                               ("Lisbon", "place", {"city": "Lisbon", "country": "PT"})])
    got = of_type(events, "facility")
    assert [(a["company"], a["facility_kind"]) for a in got] == [("Kestrel Audio", "pilot production line")]
