"""Rules added when fresh set 9 was analysed in the thirteenth sprint, each pinned with other names and sentences.

Every sentence here was written for this test (companies and people are stand-ins, none is taken from a gold, fresh
or probe set); each runs through the whole pipeline, so a test states what a reader of the output sees. Some tests
guard the limits of a rule (what it must leave alone).
"""

from __future__ import annotations

from event_test_helpers import events, of_type


def _of(evs, type_: str):
    return [e for e in evs if e.type == type_]


# --- merge: another instance is another event -------------------------------------------------------------------

def test_a_second_strike_announced_after_one_reported_is_another_event():
    evs = events("Rund 200 Lokführer der Regionalbahn Talbrück sind am Montag in den Streik getreten, aufgerufen "
                 "hatte die GDL. Die GDL drohte, ein zweiter, unbefristeter Streik bei Talbrück könnte noch vor "
                 "Ostern folgen.", published="2026-03-03")
    strikes = _of(evs, "strike")
    assert sorted(s.modality for s in strikes) == ["asserted", "speculative"]


def test_another_strike_in_english_is_another_event():
    evs = events("Cabin crew at the airline Fennair walked out on Friday in a strike called by the union Unite. "
                 "Unite said another strike at Fennair may follow in January.", "en", published="2026-11-30")
    assert len(_of(evs, "strike")) == 2


def test_a_restated_strike_still_merges():
    # the limit: without a word that counts instances, the later sentence restates the strike of the lead
    evs = events("Die Beschäftigten des Versandhändlers Koppel streiken seit Montag, aufgerufen hat Verdi. Der Streik "
                 "bei Koppel soll am Mittwoch fortgesetzt werden.", published="2026-03-03")
    assert len(_of(evs, "strike")) == 1


def test_more_stores_in_a_quote_still_merge_with_the_plan():
    # the limit: "weitere"/"more" before a counted noun counts stores of the same plan
    evs = events('Die Kette Brotzeit will 300 weitere Filialen eröffnen. "We will open 300 more stores", sagte '
                 'die Chefin.')
    assert len(_of(evs, "store_expansion")) == 1


def test_a_plant_and_the_headquarters_of_one_company_are_two_sites():
    evs = events("Der Zulieferer Corvan Technik hat ein neues Werk in Pilsen eröffnet. Zudem hat Corvan Technik "
                 "eine neue Zentrale gebaut.", published="2026-02-10")
    kinds = sorted(a.value for e in _of(evs, "facility") for a in e.args("facility_kind"))
    assert kinds == ["headquarters", "plant"]


# --- modality: an embedded comparison clause --------------------------------------------------------------------

def test_a_rejection_after_an_embedded_comparison_clause_negates_the_sale():
    evs = events("Den Verkauf der Kabelsparte an einen Wettbewerber, wie ihn der Großaktionär Halvard Capital "
                 "verlangt hatte, lehnte der Vorstand des Konzerns Brixel ab.")
    assert [e.modality for e in _of(evs, "acquisition")] == ["negated"]


def test_a_denial_after_an_embedded_comparison_clause_negates_the_merger():
    evs = events("Eine Fusion der Reedereien Kalmar und Tessin, wie sie im Frühjahr diskutiert wurde, sei nicht "
                 "geplant, sagte ein Sprecher.")
    assert [e.modality for e in _of(evs, "merger")] == ["negated"]


def test_a_comparison_clause_itself_does_not_frame_what_follows():
    # the limit: the clause is skipped, not read; its own plan word ("geplant") does not make the deal planned
    evs = events("Die Übernahme des Zulieferers Vantek durch Orbis, wie sie seit Monaten geplant war, wurde am "
                 "Freitag abgeschlossen.", published="2026-05-12")
    assert [e.modality for e in _of(evs, "acquisition")] == ["asserted"]


# --- lookalikes: a kind of company is no investment -------------------------------------------------------------

def test_an_investment_firm_as_owner_is_no_investment():
    evs = events("The ferry operator Skerrow, which is owned by the investment group Halden Partners, carried "
                 "4 million passengers last year.", "en", published="2026-03-02")
    assert not _of(evs, "investment")


def test_an_investment_firm_that_invests_still_invests():
    # the limit: the descriptor is no trigger, the verb still is
    evs = events("The investment firm Halden Partners has invested €40m in the battery start-up Voltrik.", "en")
    deal = of_type(evs, "investment")
    assert len(deal) == 1 and deal[0]["investor"] == "Halden Partners" and deal[0]["recipient"] == "Voltrik"


def test_a_launch_event_in_a_city_is_no_market_entry():
    evs = events("The drone maker Altiq showed its new camera drone at a launch event in Madrid on Thursday.", "en",
                 published="2026-04-10")
    assert not _of(evs, "market_entry")


def test_launching_in_a_country_is_still_a_market_entry():
    # the limit: the verb "launch" with a country after it
    evs = events("The drone maker Altiq will launch its camera drones in Spain next month.", "en",
                 published="2026-04-10")
    assert any(e.args("market") and e.args("market")[0].text == "Spain" for e in _of(evs, "market_entry"))


def test_a_warehouse_network_is_no_facility():
    evs = events("The courier Parcelon plans to cut 600 jobs across its warehouse network by 2027.", "en")
    assert not _of(evs, "facility")
    assert of_type(evs, "layoffs")[0]["company"] == "Parcelon"


def test_a_new_warehouse_is_still_a_facility():
    # the limit: only a noun of sites after the facility word
    evs = events("The courier Parcelon will open a new warehouse in Leeds next year.", "en")
    assert of_type(evs, "facility")[0]["company"] == "Parcelon"


# --- role choice: "von" in a verb-last perfect ------------------------------------------------------------------

def test_von_before_a_verb_last_perfect_names_the_seller():
    evs = events("Verkäufer ist der Finanzinvestor Altbrück Partners, der die Formtal GmbH im Jahr 2018 von "
                 "der Gründerfamilie Seeger erworben hatte.", published="2026-03-12")
    deal = of_type(evs, "acquisition")
    assert deal and deal[0]["acquirer"] == "Altbrück Partners" and deal[0]["target"] == "Formtal GmbH"
    assert "Seeger" in deal[0].get("seller", "")


def test_von_before_a_verb_last_passive_still_names_the_buyer():
    # the limit: a passive ("übernommen worden war") keeps "von" as the agent
    evs = events("Die Formtal GmbH, die im Jahr 2018 von dem Finanzinvestor Altbrück Partners übernommen "
                 "worden war, meldet einen Umsatz von 80 Millionen Euro.", published="2026-03-12")
    deal = of_type(evs, "acquisition")
    assert deal and deal[0]["acquirer"] == "Altbrück Partners" and deal[0]["target"] == "Formtal GmbH"


def test_the_subject_after_a_relative_clause_on_a_fronted_deal_noun_is_the_buyer():
    evs = events("Eine Übernahme des Konkurrenten Sylvex, über die an der Börse seit Wochen spekuliert worden war, "
                 "schloss die Marbach Chemie AG am Freitag aus.", published="2026-03-12")
    deal = of_type(evs, "acquisition")
    assert deal and deal[0].get("acquirer") == "Marbach Chemie AG" and deal[0]["target"] == "Sylvex"


def test_a_name_in_another_clause_after_a_fronted_deal_noun_is_no_buyer():
    # the limit: a comma clause that is no relative clause still keeps its name out of the deal
    evs = events("Die Übernahme des Konkurrenten Sylvex ist abgeschlossen, teilte die Marbach Chemie AG mit.",
                 published="2026-03-12")
    deal = of_type(evs, "acquisition")
    assert deal and deal[0]["target"] == "Sylvex" and "acquirer" not in deal[0]


# --- modality: a deadline inside a deal told as done ------------------------------------------------------------

def test_a_deal_agreed_in_the_perfect_with_a_deadline_is_asserted():
    evs = events("Die Hausbanken haben sich mit dem Möbelhersteller Larsholm auf eine Verlängerung der Kredite "
                 "bis Ende 2027 geeinigt, wie Larsholm am Dienstag mitteilte.", published="2026-05-12")
    deals = _of(evs, "agreement")
    assert deals and [e.modality for e in deals] == ["asserted"]


def test_a_deadline_with_a_plan_word_stays_planned():
    # the limit: the clause has a plan of its own ("will") besides the deadline
    evs = events("Der Möbelhersteller Larsholm will bis Ende 2027 rund 300 Stellen abbauen.", published="2026-05-12")
    assert [e.modality for e in _of(evs, "layoffs")] == ["planned"]


def test_a_deadline_with_a_present_tense_deal_stays_planned():
    # the limit: only a deal told in the perfect is done; "streicht bis Ende 2027" still announces
    evs = events("Der Möbelhersteller Larsholm streicht bis Ende 2027 rund 300 Stellen.", published="2026-05-12")
    assert [e.modality for e in _of(evs, "layoffs")] == ["planned"]


# --- wordings: a person brought in for a post, the post taken first --------------------------------------------

def _changes(evs):
    return {(a.text, e.modality) for e in _of(evs, "leadership") for a in e.args("person")
            if any(c.value == "appointed" for c in e.args("change"))}


def test_holt_a_person_as_a_post_is_an_appointment():
    evs = events("Die Schuhkette Tritt & Co holt den Restrukturierungsexperten Bernd Faller als "
                 "Generalbevollmächtigten in die Geschäftsführung.")
    assert ("Bernd Faller", "asserted") in _changes(evs)


def test_holt_without_a_post_is_no_appointment():
    # the limit: "holt" needs "als <post>"
    evs = events("Die Schuhkette Tritt & Co holt sich frisches Geld bei ihren Eigentümern.")
    assert not _of(evs, "leadership")


def test_the_post_taken_by_pronoun_after_a_planned_departure_is_planned():
    evs = events("Personalvorstand Jürgen Sallner verlässt den Versicherer Aldamar zum Jahresende, seinen Posten "
                 "übernimmt die bisherige Vertriebsleiterin Katrin Obst.", published="2026-05-12")
    assert ("Katrin Obst", "planned") in _changes(evs)


def test_the_post_taken_after_a_departure_without_a_date_stays_asserted():
    # the limit: the departure is told as done, so the successor is not announced
    evs = events("Personalvorstand Jürgen Sallner hat den Versicherer Aldamar verlassen, seinen Posten übernimmt die "
                 "bisherige Vertriebsleiterin Katrin Obst.", published="2026-05-12")
    assert ("Katrin Obst", "asserted") in _changes(evs)


# --- role choice: who gives and who gets after an investment noun ----------------------------------------------

def test_von_and_fuer_after_an_injection_noun_name_investor_and_recipient():
    evs = events("Eine Finanzspritze von der Holding Tamsen Invest für den Zulieferer Brakel Systems ist nach "
                 "Angaben beider Seiten vom Tisch.")
    deal = of_type(evs, "investment")
    assert deal and deal[0].get("investor") == "Tamsen Invest" and deal[0].get("recipient") == "Brakel Systems"


def test_fuer_after_an_injection_noun_names_the_recipient_of_the_subject():
    evs = events("Die Holding Tamsen Invest hat eine Kapitalspritze für Brakel Systems über 20 Millionen Euro "
                 "zugesagt.")
    deal = of_type(evs, "investment")
    assert deal and deal[0].get("investor") == "Tamsen Invest" and deal[0].get("recipient") == "Brakel Systems"


def test_an_injection_noun_with_an_and_von_keeps_its_reading():
    # the limit: without "für" nothing changes ("Die Kapitalspritze von X an Y": Y is named by "an")
    evs = events("Die Kapitalspritze von Tamsen Invest an Brakel Systems beträgt 20 Millionen Euro.")
    deal = of_type(evs, "investment")
    assert deal and deal[0].get("recipient") == "Brakel Systems"


# --- names: a common noun in the genitive is no company -------------------------------------------------------

def test_a_genitive_common_compound_is_no_company():
    evs = events("Der Möbelhersteller Hollweg meldet einen Umsatz von 80 Millionen Euro. Vorstandschef Lars Berning, "
                 "ein Enkel des Firmengründers, verlässt das Unternehmen zum Jahresende.", published="2026-05-12")
    assert "Firmengründers" not in {a.text for e in evs for a in e.arguments}


def test_a_genitive_name_with_a_short_head_stays_a_name():
    # the limit: the head without -s must have six letters or more ("Volkswagens" is no "Wagen")
    from newsgraph.events.lexicon import is_common_compound
    assert is_common_compound("Firmengründers") and not is_common_compound("Volkswagens")


# --- wordings: capital put in by an owner ----------------------------------------------------------------------

def test_an_owner_topping_up_capital_invests_in_the_company_named_before():
    evs = events("Der Modehändler Kessbach hat sich mit seinen Banken auf neue Kredite geeinigt. Zudem will die "
                 "Stiftung Aurel als Hauptaktionärin 15 Millionen Euro frisches Eigenkapital zuschießen.")
    deal = of_type(evs, "investment")
    assert deal and deal[0].get("investor") == "Stiftung Aurel" and deal[0].get("recipient") == "Kessbach"


def test_a_shot_without_money_is_no_investment():
    # the limit: the verb needs an amount of money ("schießt den Ball ein" is football)
    evs = events("Der Stürmer des FC Kessbach schießt den Ball zum 2:0 ein.")
    assert not _of(evs, "investment")



# --- lookalikes: all the stores a chain has -------------------------------------------------------------------

def test_all_of_its_shops_is_no_store_expansion():
    evs = events("The grocer Valmora has opened a new distribution centre in Leeds, which will supply all of its "
                 "northern shops.", "en")
    assert not _of(evs, "store_expansion")


def test_alle_seine_filialen_is_no_store_expansion():
    evs = events("Der Drogeriekonzern Pellin will ein neues Lager bauen, das alle seine Filialen beliefern soll.")
    assert not _of(evs, "store_expansion")


def test_new_stores_after_all_are_still_an_expansion():
    # the limit: "all" must stand before a possessive and the store noun
    evs = events("The grocer Valmora will open 30 new shops in Wales next year, all of them in town centres.", "en")
    assert _of(evs, "store_expansion")


def test_money_put_into_the_site_named_before_is_no_new_site():
    evs = events("Der Zulieferer Kortmann will in Zwickau ein neues Werk bauen. Rund 90 Millionen Euro will Kortmann "
                 "in den Standort investieren.")
    assert {a.text for e in _of(evs, "facility") for a in e.args("facility_kind")} == {"Werk"}


def test_a_new_site_is_still_a_facility():
    # the limit: the site word after an adjective or without "in den" stays a facility
    evs = events("Der Zulieferer Kortmann eröffnet einen neuen Standort in Zwickau.")
    assert {a.text for e in _of(evs, "facility") for a in e.args("facility_kind")} == {"Standort"}


def test_a_seat_that_stays_is_no_facility():
    evs = events("Kortmann-Chef Udo Lenz betonte, der Firmensitz bleibe trotz der geplanten Verlagerung der "
                 "Produktion in Zwickau.")
    assert "headquarters" not in {a.value for e in _of(evs, "facility") for a in e.args("facility_kind")}


def test_headquarters_that_remain_in_english_are_no_facility():
    evs = events("The insurer Calloway will open a tech hub in Porto, but its headquarters will remain in Leeds.", "en")
    assert "headquarters" not in {a.value for e in _of(evs, "facility") for a in e.args("facility_kind")}


def test_a_seat_that_moves_is_still_a_facility():
    # the limit: only "bleibt/remains" right after the seat word
    evs = events("Der Hauptsitz von Kortmann zieht im Sommer von Zwickau nach Leipzig um.")
    assert "headquarters" in {a.value for e in _of(evs, "facility") for a in e.args("facility_kind")}


# --- wordings: an offer of a sum for a company --------------------------------------------------------------

def test_offering_a_sum_for_a_company_is_a_planned_acquisition():
    evs = events("The Dutch retailer Vanderhoek Group has offered €900m in cash for Beltrami Foods, according to a "
                 "stock exchange filing.", "en")
    deal = [e for e in _of(evs, "acquisition")]
    assert deal and deal[0].modality == "planned"
    assert {a.text for a in deal[0].args("target")} == {"Beltrami Foods"}


def test_offering_a_discount_is_no_acquisition():
    # the limit: the verb needs a sum right after it and "for" after the sum
    evs = events("The retailer Vanderhoek Group offered a 20% discount for loyal customers in May.", "en")
    assert not _of(evs, "acquisition")


# --- wordings: orders won in a period ---------------------------------------------------------------------------

def test_order_intake_with_a_sum_is_a_financial_figure():
    evs = events("Der Anlagenbauer Torvik hat im zweiten Quartal seinen Auftragseingang auf 640 Millionen Euro "
                 "gesteigert.", published="2026-08-05")
    figure = of_type(evs, "financial_figure")
    assert figure and figure[0]["company"].endswith("Torvik") and figure[0]["value"] == "640 Millionen Euro"


def test_order_intake_in_english_is_a_financial_figure():
    evs = events("The crane maker Halvorsen said its order intake rose to €310m in the third quarter.", "en",
                 published="2026-10-20")
    assert of_type(evs, "financial_figure")


def test_order_intake_without_a_sum_is_no_figure():
    # the limit: a sum of money must stand in the sentence
    evs = events("Der Anlagenbauer Torvik spürt beim Auftragseingang eine leichte Belebung.")
    assert not _of(evs, "financial_figure")


def test_a_plant_named_by_its_town_where_jobs_go_is_no_new_facility():
    evs = events("Im Streit um den geplanten Stellenabbau im Werk Hameln treffen sich Vertreter des Zulieferers "
                 "Drosten und der IG Metall am Montag.", published="2026-05-12")
    assert not _of(evs, "facility")


def test_a_new_plant_in_a_town_is_still_a_facility():
    # the limit: "im" and a capitalised name right after the plant word
    evs = events("Der Zulieferer Drosten will im kommenden Jahr ein neues Werk in Hameln bauen.")
    assert _of(evs, "facility")


# --- modality: reported speech of an examination ----------------------------------------------------------------

def test_man_pruefe_einen_markteintritt_is_speculative():
    evs = events("Das Start-up Voltaro hat 20 Millionen Euro eingesammelt. Gründerin Lena Voss sagte, man prüfe "
                 "zudem einen Markteintritt in Frankreich.")
    assert [e.modality for e in _of(evs, "market_entry")] == ["speculative"]


def test_a_market_entry_told_as_done_stays_asserted():
    # the limit: only the verb of examining ("prüfe", "prüfte"), not "geprüft" of something else
    evs = events("Die Kette Brotzeit ist nach Frankreich expandiert, die Pläne hatte die Aufsicht zuvor geprüft.",
                 published="2026-05-12")
    assert [e.modality for e in _of(evs, "market_entry")] == ["asserted"]


# --- wordings: a site built up ("aufbauen") ---------------------------------------------------------------------

def test_a_production_line_built_up_is_a_facility():
    evs = events("Mit dem Geld will das Start-up Ferrox eine Serienfertigung für Festkörperzellen in Thüringen "
                 "aufbauen.")
    fac = of_type(evs, "facility")
    assert fac and fac[0]["company"] == "Ferrox" and fac[0]["facility_kind"] == "Serienfertigung"


def test_building_up_a_team_is_no_facility():
    # the limit: the cue needs a facility noun; a team or business built up is none
    evs = events("Das Start-up Ferrox will in Thüringen ein Vertriebsteam aufbauen.")
    assert not _of(evs, "facility")
