"""Second generalisation round (probe set 4, a paraphrase grid over all sixteen types): the lexicon and argument rules
it led to, each pinned with its own names and wording (none taken from a probe, gold or fresh set)."""

from __future__ import annotations

import pytest

from event_test_helpers import arguments_of as _args, of_type


def _roles(event, role: str) -> list[str]:
    return [a.text for a in event.arguments if a.role == role]


JOBS = "job"


# --- agreement and partnership ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Molvero und Tannberg haben einen Wartungsvertrag über zehn Jahre geschlossen.",
    "Molvero und Tannberg unterzeichnen ein Lizenzabkommen.",
    "Auf einen gemeinsamen Standard haben sich Molvero und Tannberg verständigt.",
])
def test_agreement_compounds_and_verbs(events_of, text):
    events = events_of(text, [("Molvero", "ORG"), ("Tannberg", "ORG")])
    assert [sorted(_roles(e, "party")) for e in events if e.type == "agreement"] == [["Molvero", "Tannberg"]]


def test_a_contract_awarded_is_an_agreement_but_acting_on_behalf_is_none(events_of):
    text = "Die Firma Tannberg erhält einen Großauftrag der Stadtwerke Ostheim."
    events = events_of(text, [("Tannberg", "ORG"), ("Stadtwerke Ostheim", "ORG")])
    assert [sorted(_roles(e, "party")) for e in events if e.type == "agreement"] == [["Stadtwerke Ostheim", "Tannberg"]]
    text = "Im Auftrag von Tannberg prüft die Kanzlei Berle die Bücher von Molvero."
    assert not of_type(events_of(text, [("Tannberg", "ORG"), ("Berle", "ORG"), ("Molvero", "ORG")]), "agreement")


def test_english_pact(events_of):
    events = events_of("Ostrava Steel and Penfold Mills signed a supply pact.",
                       [("Ostrava Steel", "ORG"), ("Penfold Mills", "ORG")], lang="en")
    assert len(of_type(events, "agreement")) == 1


@pytest.mark.parametrize("text,lang", [
    ("Molvero und Tannberg schmieden eine Allianz für Ladesäulen.", "de"),
    ("Molvero und Tannberg bündeln ihre Kräfte beim Vertrieb.", "de"),
    ("Molvero is teaming with Tannberg on charging stations.", "en"),
    ("Molvero will work with Tannberg on charging stations.", "en"),
])
def test_partnership_idioms(events_of, text, lang):
    events = events_of(text, [("Molvero", "ORG"), ("Tannberg", "ORG")], lang=lang)
    assert [sorted(_roles(e, "party")) for e in events if e.type == "partnership"] == [["Molvero", "Tannberg"]]


# --- acquisition and merger -----------------------------------------------------------------------------------

def test_a_participle_adjective_tells_a_takeover(events_of):
    text = "Die 2020 von Rasmund übernommene Brauerei Kellbach schließt ihr Werk."
    events = events_of(text, [("Rasmund", "ORG"), ("Kellbach", "ORG")])
    assert of_type(events, "acquisition") == [{"acquirer": "Rasmund", "target": "Kellbach"}]


def test_an_offer_names_its_target_after_fuer_or_for(events_of):
    text = "Der Investor Halbrook legt ein Übernahmeangebot für die Werft Segelhaus vor."
    events = events_of(text, [("Halbrook", "ORG"), ("Segelhaus", "ORG")])
    assert [(a["acquirer"], a["target"]) for a in of_type(events, "acquisition")] == [("Halbrook", "Segelhaus")]
    text = "Buyout firm Greymoor has made an offer to take Lintwell Foods private."
    events = events_of(text, [("Greymoor", "ORG"), ("Lintwell Foods", "ORG")], lang="en")
    assert [(a["acquirer"], a["target"]) for a in of_type(events, "acquisition")] == [("Greymoor", "Lintwell Foods")]


def test_a_takeover_approach_from_a_bidder(events_of):
    text = "The board of Penfold Mills turned down a takeover approach from Greymoor."
    events = events_of(text, [("Penfold Mills", "ORG"), ("Greymoor", "ORG")], lang="en")
    assert [(a.get("acquirer"), a["target"]) for a in of_type(events, "acquisition")] == [("Greymoor", "Penfold Mills")]


def test_selling_itself_makes_the_seller_the_target(events_of):
    text = "Lintwell, a maker of garden tools, agreed to sell itself to Greymoor."
    events = events_of(text, [("Lintwell", "ORG"), ("Greymoor", "ORG")], lang="en")
    assert [(a["acquirer"], a["target"]) for a in of_type(events, "acquisition")] == [("Greymoor", "Lintwell")]


def test_merger_nouns(events_of):
    text = "Eine Verschmelzung von Nordhafen mit Weserland ist im Gespräch."
    events = events_of(text, [("Nordhafen", "ORG"), ("Weserland", "ORG")])
    assert [sorted(_roles(e, "party")) for e in events if e.type == "merger"] == [["Nordhafen", "Weserland"]]
    text = "Ein Zusammenschluss von Städten und Gemeinden betreibt das Netz."  # a body described, no merger
    assert not of_type(events_of(text, []), "merger")
    for text in ("A tie-up between Ostrava Steel and Penfold Mills is off the table.",
                 "Ostrava Steel and Penfold Mills closed their combination on Friday."):
        events = events_of(text, [("Ostrava Steel", "ORG"), ("Penfold Mills", "ORG")], lang="en")
        assert [sorted(_roles(e, "party")) for e in events if e.type == "merger"] == [["Ostrava Steel", "Penfold Mills"]]


# --- spin-off ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,unit", [
    ("Der Konzern Wendrich will sein Kabelgeschäft verselbstständigen.", "Kabelgeschäft"),
    ("Wendrich überführt die Kabelsparte in eine eigenständige Gesellschaft.", "Kabelsparte"),
    ("Per Börsengang will sich Wendrich von seiner Kabelsparte Wendrich Cable trennen.", "Wendrich Cable"),
])
def test_german_spin_off_idioms(events_of, text, unit):
    mentions = [("Wendrich", "ORG")] + ([("Wendrich Cable", "ORG")] if "Cable" in text else [])
    events = events_of(text, mentions)
    spins = of_type(events, "spin_off")
    assert len(spins) == 1 and spins[0]["parent"] == "Wendrich" and unit in spins[0]["spun_off"]


@pytest.mark.parametrize("text", [
    "Harlow Group has decided to demerge its packaging unit.",
    "Harlow Group hived off its packaging unit last year.",
    "Harlow Group plans to list its packaging unit separately.",
])
def test_english_spin_off_idioms(events_of, text):
    spins = of_type(events_of(text, [("Harlow Group", "ORG")], lang="en"), "spin_off")
    assert len(spins) == 1 and spins[0]["parent"] == "Harlow Group" and "packaging unit" in spins[0]["spun_off"]


# --- investment ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Der Fonds Elbkap will beim Start-up Quellwerk einsteigen.", "de"),
    ("Mit einer Finanzspritze unterstützt Elbkap das Start-up Quellwerk.", "de"),
    ("Elbkap is backing the startup Quellwerk.", "en"),
    ("Quellwerk secured new funding from Elbkap.", "en"),
])
def test_investment_idioms(events_of, text, lang):
    events = events_of(text, [("Elbkap", "ORG"), ("Quellwerk", "ORG")], lang=lang)
    assert [(a["investor"], a["recipient"]) for a in of_type(events, "investment")] == [("Elbkap", "Quellwerk")]


def test_money_poured_into_operations(events_of):
    text = "Lintwell will pour $80 million into its Texas plants."
    events = events_of(text, [("Lintwell", "ORG"), ("Texas", "LOC")], lang="en",
                       values=[("$80 million", "money", {"amount": 8e7, "currency": "USD"})])
    assert [a["investor"] for a in of_type(events, "investment")] == ["Lintwell"]


def test_a_company_in_a_crisis_and_english_pumps_invest_nothing(events_of):
    assert not of_type(events_of("Der Händler Kaufring steckt in einer tiefen Krise.", [("Kaufring", "ORG")]),
                       "investment")
    text = '"We are a leader in heat pumps," sagte Tannberg-Chef Uwe Mahler.'
    assert not of_type(events_of(text, [("Tannberg", "ORG"), ("Uwe Mahler", "PER")]), "investment")


# --- market entry, stores, facilities ------------------------------------------------------------------------

def test_market_entry_availability_and_markets_before_the_verb(events_of):
    text = "Ab Mai wird der Dienst Klangraum auch in Österreich zu haben sein."
    events = events_of(text, [("Klangraum", "ORG"), ("Österreich", "LOC")],
                       values=[("Österreich", "place", {"country": "AT"})])
    assert [(a["company"], a["market"]) for a in of_type(events, "market_entry")] == [("Klangraum", "Österreich")]
    text = "Nach Ungarn und Slowenien expandiert jetzt auch die Kette Kaufring."
    events = events_of(text, [("Ungarn", "LOC"), ("Slowenien", "LOC"), ("Kaufring", "ORG")],
                       values=[("Ungarn", "place", {"country": "HU"}), ("Slowenien", "place", {"country": "SI"})])
    entries = [e for e in events if e.type == "market_entry"]
    assert sorted(m for e in entries for m in _roles(e, "market")) == ["Slowenien", "Ungarn"]
    assert len(entries) == 2  # one market entry per country (docs/events-gold-format.md)


def test_stores_counted_as_standorte_and_locations(events_of):
    text = "Die Kette Kaufring will 30 neue Standorte eröffnen."
    events = events_of(text, [("Kaufring", "ORG")], values=[("30 neue Standorte", "count", {"amount": 30})])
    assert [a["company"] for a in of_type(events, "store_expansion")] == ["Kaufring"]
    text = "Lintwell Bakery plans to open 12 new locations in Ohio."
    events = events_of(text, [("Lintwell Bakery", "ORG"), ("Ohio", "LOC")], lang="en",
                       values=[("12 new locations", "count", {"amount": 12})])
    assert [a["company"] for a in of_type(events, "store_expansion")] == ["Lintwell Bakery"]


def test_facility_nouns_in_the_genitive_hubs_and_production_starts(events_of):
    text = "Der Bau eines Logistikzentrums von Wendrich in Erfurt wurde gestoppt."
    events = events_of(text, [("Wendrich", "ORG"), ("Erfurt", "LOC")])
    assert [a["company"] for a in of_type(events, "facility")] == ["Wendrich"]
    text = "Harlow Group opened a software hub in Porto."
    events = events_of(text, [("Harlow Group", "ORG"), ("Porto", "LOC")], lang="en")
    assert [a["facility_kind"] for a in of_type(events, "facility")] == ["software hub"]
    text = "Das Werk von Wendrich in Gotha soll im Mai die Produktion aufnehmen."
    assert [a["company"] for a in of_type(events_of(text, [("Wendrich", "ORG"), ("Gotha", "LOC")]), "facility")] \
        == ["Wendrich"]


def test_a_standort_in_the_genitive_is_no_new_site(events_of):
    text = "Über die Zukunft des Standorts sprach Wendrich-Chef Uwe Mahler."
    assert not of_type(events_of(text, [("Wendrich", "ORG"), ("Uwe Mahler", "PER")]), "facility")


# --- financial figures --------------------------------------------------------------------------------------

def test_figures_told_by_german_verbs(events_of):
    money = [("1,4 Milliarden Euro", "money", {"amount": 1.4e9, "currency": "EUR"})]
    events = events_of("Im Vorjahr setzte Wendrich 1,4 Milliarden Euro um.", [("Wendrich", "ORG")], values=money)
    assert [(a["company"], e.arguments[1].value) for a, e in zip(of_type(events, "financial_figure"),
                                                                  [e for e in events if e.type == "financial_figure"])] \
        == [("Wendrich", "revenue")]
    events = events_of("Unterm Strich verdiente Wendrich 1,4 Milliarden Euro.", [("Wendrich", "ORG")], values=money)
    assert [a["company"] for a in of_type(events, "financial_figure")] == ["Wendrich"]


def test_a_user_count_is_a_figure(events_of):
    text = "Die Zahl der Nutzer von Klangraum stieg auf 3 Millionen."
    events = events_of(text, [("Klangraum", "ORG")], values=[("3 Millionen", "count", {"amount": 3e6})])
    figures = of_type(events, "financial_figure")
    assert [(f["company"], f["quantity"]) for f in figures] == [("Klangraum", "3 Millionen")]


def test_jobs_lost_are_no_loss_figure(events_of):
    text = "Bei Kaufring droht der Verlust von 900 Arbeitsplätzen."
    events = events_of(text, [("Kaufring", "ORG")], values=[("900 Arbeitsplätzen", "count", {"amount": 900, "unit": JOBS})])
    assert not of_type(events, "financial_figure")
    assert [(a["company"], a["count"]) for a in of_type(events, "layoffs")] == [("Kaufring", "900 Arbeitsplätzen")]


# --- leadership -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,change", [
    ("Nach zehn Jahren zieht sich Firmenchefin Ilse Varga bei Tannberg aus dem Vorstand zurück.", "departed"),
    ("Ilse Varga soll Vorstandschefin von Tannberg werden.", "appointed"),
    ("Die bisherige Vertriebsleiterin Ilse Varga rückt bei Tannberg in den Vorstand auf.", "appointed"),
])
def test_german_leadership_idioms(events_of, text, change):
    events = events_of(text, [("Ilse Varga", "PER"), ("Tannberg", "ORG")])
    changes = [(a.text, a.value) for e in events if e.type == "leadership" for a in e.arguments if a.role == "change"]
    assert any(v == change for _, v in changes)
    assert all(_roles(e, "person") == ["Ilse Varga"] for e in events if e.type == "leadership")


# --- meetings and launches ---------------------------------------------------------------------------------

def test_meeting_idioms(events_of):
    text = "Managers of Lintwell sat down with Governor Ruth Calder on Monday."
    events = events_of(text, [("Lintwell", "ORG"), ("Ruth Calder", "PER")], lang="en")
    assert [sorted(_roles(e, "participant")) for e in events if e.type == "meeting"] == [["Lintwell", "Ruth Calder"]]
    text = "Vertreter von Wendrich und Tannberg berieten am Montag über neue Preise."
    events = events_of(text, [("Wendrich", "ORG"), ("Tannberg", "ORG")])
    assert [sorted(_roles(e, "participant")) for e in events if e.type == "meeting"] == [["Tannberg", "Wendrich"]]


@pytest.mark.parametrize("text", [
    "Mit dem Modell Zefir 2 bringt Wendrich einen neuen Rasenroboter heraus.",
    "Wendrich will den Rasenroboter Zefir 2 im Frühjahr auf den Markt bringen.",
    "Die Markteinführung des Rasenroboters Zefir 2 durch Wendrich verzögert sich.",
])
def test_german_launch_idioms(events_of, text):
    events = events_of(text, [("Wendrich", "ORG"), ("Zefir 2", "PRODUCT")])
    assert [(a["company"], a["product"]) for a in of_type(events, "product_launch")] == [("Wendrich", "Zefir 2")]


def test_began_selling_a_product_is_a_launch_but_selling_in_a_market_an_entry(events_of):
    text = "Harlow Group began selling its garden robot Zefir last week."
    events = events_of(text, [("Harlow Group", "ORG"), ("Zefir", "PRODUCT")], lang="en")
    assert [a["product"] for a in of_type(events, "product_launch")] == ["Zefir"]


# --- layoffs, insolvency, strike --------------------------------------------------------------------------

@pytest.mark.parametrize("text,values", [
    ("Kaufring kündigt 120 Mitarbeitern in Kassel.", [("120 Mitarbeitern", "count", {"amount": 120, "unit": JOBS})]),
    ("Jeder vierte Beschäftigte muss gehen, teilte Kaufring mit.", []),
    ("Betriebsbedingte Kündigungen schließt Kaufring aus.", []),
    ("Rund 700 Jobs stehen bei Kaufring auf der Kippe.", [("700 Jobs", "count", {"amount": 700, "unit": JOBS})]),
    ("Kaufring will jede fünfte Stelle abbauen.", []),
])
def test_german_layoff_idioms(events_of, text, values):
    events = events_of(text, [("Kaufring", "ORG")], values=values)
    assert [a["company"] for a in of_type(events, "layoffs")] == ["Kaufring"]


def test_a_manager_who_must_go_is_no_layoff(events_of):
    text = "Vorstandschef Jonas Pferdmenges muss gehen, teilte Kaufring mit."
    events = events_of(text, [("Jonas Pferdmenges", "PER"), ("Kaufring", "ORG")])
    assert not of_type(events, "layoffs")


@pytest.mark.parametrize("text", [
    "Lintwell is letting go of 300 workers.",
    "About 300 workers at Lintwell could lose their jobs.",
    "Lintwell plans to reduce its headcount by 300.",
])
def test_english_layoff_idioms(events_of, text):
    events = events_of(text, [("Lintwell", "ORG")], lang="en", values=[("300", "count", {"amount": 300})])
    assert [a["company"] for a in of_type(events, "layoffs")] == ["Lintwell"]


@pytest.mark.parametrize("text", ["Penfold Mills has called in administrators.",
                                  "Penfold Mills will seek court protection from its creditors."])
def test_english_insolvency_idioms(events_of, text):
    assert [a["company"] for a in of_type(events_of(text, [("Penfold Mills", "ORG")], lang="en"), "insolvency")] \
        == ["Penfold Mills"]


def test_a_labour_dispute_at_a_company_is_a_strike_but_labour_disputes_in_general_are_none(events_of):
    events = events_of("Der Arbeitskampf bei Kaufring dauert an.", [("Kaufring", "ORG")])
    assert [a["company"] for a in of_type(events, "strike")] == ["Kaufring"]
    text = "Ökonomen des Instituts Ifo warnen vor den Folgen der Arbeitskämpfe für die Konjunktur."
    assert not of_type(events_of(text, [("Ifo", "ORG")]), "strike")


def test_no_end_in_sight_does_not_negate(events_of):
    text = "Streik bei Kaufring: kein Ende in Sicht."
    events = events_of(text, [("Kaufring", "ORG")])
    assert [e.modality for e in events if e.type == "strike"] == ["asserted"]


# --- names the recogniser typed wrongly ----------------------------------------------------------------------

def test_a_company_suffix_makes_a_person_or_place_a_company(events_of):
    text = "Greymoor Capital bought Vessel Systems for $40 million."
    events = events_of(text, [("Greymoor Capital", "LOC"), ("Vessel Systems", "PER")], lang="en",
                       values=[("$40 million", "money", {"amount": 4e7, "currency": "USD"})])
    assert [(a["acquirer"], a["target"]) for a in of_type(events, "acquisition")] == [("Greymoor Capital",
                                                                                      "Vessel Systems")]


def test_a_place_before_based_is_no_party(events_of):
    text = "Lintwell formed a joint venture with Osaka-based Kenro Tech."
    events = events_of(text, [("Lintwell", "ORG"), ("Osaka", "ORG"), ("Kenro Tech", "ORG")], lang="en")
    assert [sorted(_roles(e, "party")) for e in events if e.type == "partnership"] == [["Kenro Tech", "Lintwell"]]


def test_an_english_sentence_opening_with_two_unknown_names(events_of):
    text = "Halvik and Corrant announced a partnership on battery recycling."
    events = events_of(text, [], lang="en")
    assert [sorted(_roles(e, "party")) for e in events if e.type == "partnership"] == [["Corrant", "Halvik"]]


def test_a_number_word_inside_a_name_does_not_hide_it(events_of):
    text = "Quarry Seven booked a loss of $12 million in the quarter."
    events = events_of(text, [("Quarry Seven", "PER")], lang="en",
                       values=[("Seven", "count", {"amount": 7}),
                               ("$12 million", "money", {"amount": 1.2e7, "currency": "USD"})])
    assert [a["company"] for a in of_type(events, "financial_figure")] == ["Quarry Seven"]


def test_a_possessive_determiner_opens_no_name(events_of):
    text = "Seinen Hauptsitz verlegt der Versender Kaufring nach Kassel."
    events = events_of(text, [("Kaufring", "ORG"), ("Kassel", "LOC")])
    assert [a["company"] for a in of_type(events, "facility")] == ["Kaufring"]


# --- probe set 3's list of gaps ------------------------------------------------------------------------------

def test_belonging_from_now_on_is_a_takeover_but_belonging_since_years_is_none(events_of):
    text = "Die Kellerei Rebhang gehört ab sofort zur Weingut-Gruppe Sonnleitner."
    events = events_of(text, [("Rebhang", "ORG"), ("Sonnleitner", "ORG")])
    assert [(a["acquirer"], a["target"]) for a in of_type(events, "acquisition")] == [("Sonnleitner", "Rebhang")]
    text = "Die Kellerei Rebhang gehört seit 1998 zur Weingut-Gruppe Sonnleitner."
    assert not of_type(events_of(text, [("Rebhang", "ORG"), ("Sonnleitner", "ORG")]), "acquisition")


def test_a_unit_taken_public_is_a_spin_off(events_of):
    text = "Der Chemiekonzern Wendrich bringt seine Lacksparte unter dem Namen Colorit an die Börse."
    spins = of_type(events_of(text, [("Wendrich", "ORG")]), "spin_off")
    assert [(s["parent"], s["spun_off"]) for s in spins] == [("Wendrich", "Colorit")]


def test_the_leap_to_a_market(events_of):
    text = "Der Kette Kaufring gelingt der Sprung nach Skandinavien."
    events = events_of(text, [("Kaufring", "ORG"), ("Skandinavien", "LOC")],
                       values=[("Skandinavien", "place", {"region": "Scandinavia"})])
    assert [(a["company"], a["market"]) for a in of_type(events, "market_entry")] == [("Kaufring", "Skandinavien")]


def test_a_facility_owned_by_a_genitive(events_of):
    text = "In Gotha entsteht eine neue Kältefabrik des Herstellers Frostmann."
    events = events_of(text, [("Gotha", "LOC"), ("Frostmann", "ORG")])
    assert [a["company"] for a in of_type(events, "facility")] == ["Frostmann"]


def test_money_landed_from_an_investor(events_of):
    text = "Quellwerk, a Leipzig robotics startup, has landed $9 million from Elbkap."
    events = events_of(text, [("Quellwerk", "ORG"), ("Leipzig", "LOC"), ("Elbkap", "ORG")], lang="en",
                       values=[("$9 million", "money", {"amount": 9e6, "currency": "USD"})])
    assert [(a["investor"], a["recipient"]) for a in of_type(events, "investment")] == [("Elbkap", "Quellwerk")]


def test_a_product_named_by_a_naming_word(events_of):
    text = "Wendrich will eine Kaffeemaschine namens Bohne Pro auf den Markt bringen."
    events = events_of(text, [("Wendrich", "ORG")])
    assert [a["product"] for a in of_type(events, "product_launch")] == ["Bohne Pro"]


def test_the_struck_employer_is_the_genitive_of_the_workforce(events_of):
    text = "Am Hafen Bremen legen die Beschäftigten des Terminalbetreibers Kaiwerk die Arbeit nieder."
    events = events_of(text, [("Hafen Bremen", "ORG"), ("Kaiwerk", "ORG")])
    assert [a["company"] for a in of_type(events, "strike")] == ["Kaiwerk"]


def test_an_english_warehouse_robot_is_no_site(events_of):
    text = "Harlow Group launched a new warehouse robot in Europe."
    assert not of_type(events_of(text, [("Harlow Group", "ORG")], lang="en"), "facility")


# --- third round (ninth sprint): probe set 5's listed gaps, pinned with other names ----------------------------

def test_a_unit_spun_off_and_listed_under_a_new_name_keeps_the_unit(events_of):
    text = "Der Konzern Brandholt gliedert seine Chemiesparte aus und bringt sie als Chemora an die Börse."
    events = events_of(text, [("Brandholt", "ORG"), ("Chemora", "ORG")])
    assert [(a["parent"], a["spun_off"]) for a in of_type(events, "spin_off")] == [("Brandholt", "Chemiesparte")]
    assert [e.modality for e in events if e.type == "spin_off"] == ["asserted"]
    text = "Feldor completed the separation of its drone business, which now trades as Skylark."
    events = events_of(text, [("Feldor", "ORG"), ("Skylark", "ORG")], lang="en")
    assert [(a["parent"], a["spun_off"]) for a in of_type(events, "spin_off")] == [("Feldor", "drone business")]
    text = "Feldor completed the separation of its drone business into a new company called Skylark."
    events = events_of(text, [("Feldor", "ORG"), ("Skylark", "ORG")], lang="en")
    assert [(a["parent"], a["spun_off"]) for a in of_type(events, "spin_off")] == [("Feldor", "Skylark")]


def test_spinning_a_unit_into_a_separate_company(events_of):
    text = "Marlowe plans to spin its pet food brands into a separate company."
    events = events_of(text, [("Marlowe", "ORG")], lang="en")
    assert [(a["parent"], a["spun_off"]) for a in of_type(events, "spin_off")] == [("Marlowe", "pet food brands")]
    text = "Marlowe finished the spin-off of its pet food unit in May."
    events = events_of(text, [("Marlowe", "ORG")], lang="en")
    assert [(a["parent"], a["spun_off"]) for a in of_type(events, "spin_off")] == [("Marlowe", "pet food unit")]


def test_financing_received_and_its_lead_investor(events_of):
    text = "Das Start-up Lumbra hat eine Finanzierung über 9 Millionen Euro erhalten; Hauptinvestor ist der Fonds Tessin."
    events = events_of(text, [("Lumbra", "ORG"), ("Tessin", "ORG")],
                       values=[("9 Millionen Euro", "money", {"amount": 9e6, "currency": "EUR"})])
    assert [(a["investor"], a["recipient"]) for a in of_type(events, "investment")] == [("Tessin", "Lumbra")]
    text = "Das Start-up Lumbra hat 9 Millionen Euro Kapital eingesammelt. Angeführt wurde die Runde vom Investor Tessin."
    events = events_of(text, [("Lumbra", "ORG"), ("Tessin", "ORG")], split=True,
                       values=[("9 Millionen Euro", "money", {"amount": 9e6, "currency": "EUR"})])
    assert [(a.get("investor"), a["recipient"]) for a in of_type(events, "investment")] == [("Tessin", "Lumbra")]
    text = "Angeführt wurde die Runde vom Investor Tessin."  # no round named before: no event
    assert not of_type(events_of(text, [("Tessin", "ORG")]), "investment")


def test_money_injected_into_a_company(events_of):
    text = "Harbor Lane Capital injected $8 million into the software startup Quillo."
    events = events_of(text, [("Harbor Lane Capital", "ORG"), ("Quillo", "ORG")], lang="en",
                       values=[("$8 million", "money", {"amount": 8e6, "currency": "USD"})])
    assert [(a["investor"], a["recipient"]) for a in of_type(events, "investment")] == [("Harbor Lane Capital", "Quillo")]


def test_taking_a_company_in_and_snapping_it_up(events_of):
    text = "Der Messtechnikhersteller Quarzwerk hat sich den Rivalen Optiva einverleibt."
    events = events_of(text, [("Quarzwerk", "ORG"), ("Optiva", "ORG")])
    assert [(a["acquirer"], a["target"]) for a in of_type(events, "acquisition")] == [("Quarzwerk", "Optiva")]
    text = "Pellham is snapping up the bakery chain Doughly."
    events = events_of(text, [("Pellham", "ORG"), ("Doughly", "ORG")], lang="en")
    assert [(a["acquirer"], a["target"]) for a in of_type(events, "acquisition")] == [("Pellham", "Doughly")]


def test_axing_roles_and_roles_at_risk(events_of):
    text = "Quillo is axing 120 roles in Dublin."
    events = events_of(text, [("Quillo", "ORG"), ("Dublin", "LOC")], lang="en",
                       values=[("120 roles", "count", {"amount": 120, "unit": "job"})])
    assert [a["company"] for a in of_type(events, "layoffs")] == ["Quillo"]
    text = "Around 300 jobs at the carmaker Velmora are at risk."
    events = events_of(text, [("Velmora", "ORG")], lang="en")
    assert [(a["company"], e.modality) for e in events if e.type == "layoffs" for a in [_args(e)]] == \
        [("Velmora", "speculative")]


def test_a_new_offering_is_a_launch_but_a_price_or_help_is_none(events_of):
    text = "Ab sofort bietet die Volksbank Elmtal ihren Kunden die App Elmtal Mobil an."
    events = events_of(text, [("Volksbank Elmtal", "ORG"), ("Elmtal Mobil", "ORG")])
    assert [(a["company"], a["product"]) for a in of_type(events, "product_launch")] == \
        [("Volksbank Elmtal", "Elmtal Mobil")]
    text = "Ab sofort bietet Brandholt seinen Mitarbeitern Hilfe an."
    assert not of_type(events_of(text, [("Brandholt", "ORG")]), "product_launch")
    text = "Brandholt bietet den Aktionären von Chemora ab sofort 20 Euro je Aktie an."
    assert not of_type(events_of(text, [("Brandholt", "ORG"), ("Chemora", "ORG")]), "product_launch")


def test_elliptic_coordination_of_institutions(events_of):
    text = "Die Sparkassen Talheim und Bergau haben sich auf eine Fusion geeinigt."
    events = events_of(text, [("Talheim", "LOC")])
    assert [sorted(_roles(e, "party")) for e in events if e.type == "merger"] == [["Bergau", "Talheim"]]


def test_a_name_that_swallowed_a_coordination_gives_two_merger_parties(events_of):
    text = "Investors approved the merger of Corran Steel and Halbrook."
    events = events_of(text, [("Corran Steel and Halbrook", "ORG")], lang="en")
    assert [sorted(_roles(e, "party")) for e in events if e.type == "merger"] == [["Corran Steel", "Halbrook"]]


def test_a_partnership_with_an_unnamed_partner(events_of):
    text = "Velmora is exploring an alliance with a Korean partner."
    events = events_of(text, [("Velmora", "ORG"), ("Korean", "MISC")], lang="en")
    found = [(sorted(_roles(e, "party")), e.modality) for e in events if e.type == "partnership"]
    assert found == [(["Velmora", "a Korean partner"], "speculative")]
    text = "Velmora will discuss an alliance with a Korean partner."  # to be talked about: none yet
    assert not of_type(events_of(text, [("Velmora", "ORG"), ("Korean", "MISC")], lang="en"), "partnership")


def test_an_offer_to_a_company_s_owners_or_board(events_of):
    text = "Die Brauerei Hopfwerk legt den Aktionären des Getränkehändlers Kühlmann ein Kaufangebot vor."
    events = events_of(text, [("Hopfwerk", "ORG"), ("Kühlmann", "ORG")])
    assert [(a["acquirer"], a["target"], e.modality) for e in events if e.type == "acquisition"
            for a in [_args(e)]] == [("Hopfwerk", "Kühlmann", "planned")]
    text = "Der Aufsichtsrat des Versenders Kühlmann hat das Übernahmeangebot des Rivalen Hopfwerk abgelehnt."
    events = events_of(text, [("Kühlmann", "ORG"), ("Hopfwerk", "ORG")])
    assert [(a["acquirer"], a["target"], e.modality) for e in events if e.type == "acquisition"
            for a in [_args(e)]] == [("Hopfwerk", "Kühlmann", "negated")]


def test_a_spin_off_unit_after_a_time_phrase_or_before_the_subject(events_of):
    text = "Der Konzern Brandholt spaltet im nächsten Jahr seine Lacksparte Colorit ab."
    events = events_of(text, [("Brandholt", "ORG")])
    assert [(a["parent"], a["spun_off"]) for a in of_type(events, "spin_off")] == [("Brandholt", "Lacksparte Colorit")]
    text = "Eine Abspaltung der Agrarsparte schließt der Chemiekonzern Brandholt aus."
    events = events_of(text, [("Brandholt", "ORG")])
    assert [(a["parent"], a["spun_off"], e.modality) for e in events if e.type == "spin_off"
            for a in [_args(e)]] == [("Brandholt", "Agrarsparte", "negated")]
    text = "Brandholt is exploring a spin-off of its paint business, Colorit, sources said."
    events = events_of(text, [("Brandholt", "ORG"), ("Colorit", "ORG")], lang="en")
    assert [(a["parent"], a["spun_off"]) for a in of_type(events, "spin_off")] == [("Brandholt", "Colorit")]


def test_a_product_named_after_its_kind(events_of):
    text = "Der Hersteller Lumio bringt im Mai die spiegellose Kamera Lumio X5 auf den Markt."
    events = events_of(text, [("Lumio", "ORG")])
    assert [a["product"] for a in of_type(events, "product_launch")] == ["Lumio X5"]
    text = "Pixelhaus has postponed the launch of its handheld console Arcadia."
    events = events_of(text, [("Pixelhaus", "ORG")], lang="en")
    assert [a["product"] for a in of_type(events, "product_launch")] == ["Arcadia"]


def test_jobs_that_would_go_away_and_a_statistics_office_reporting(events_of):
    text = "Beim Zulieferer Ostmann droht der Wegfall von 300 Stellen."
    events = events_of(text, [("Ostmann", "ORG")], values=[("300 Stellen", "count", {"amount": 300, "unit": "job"})])
    assert [(a["company"], e.modality) for e in events if e.type == "layoffs" for a in [_args(e)]] == \
        [("Ostmann", "expected")]
    text = "Der Umsatz im Gastgewerbe ist im Mai gestiegen, teilte das Statistische Bundesamt mit."
    assert not of_type(events_of(text, [("Statistische Bundesamt", "ORG")]), "financial_figure")
