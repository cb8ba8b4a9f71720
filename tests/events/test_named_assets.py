"""A stake bought in a named asset (a project, mine or field), and Romance company words in names (stop 15; the
sentences are invented)."""

from __future__ import annotations

from event_test_helpers import events, only_of_type


def test_stake_in_a_named_project_is_the_target():
    deal = only_of_type(events("Boreal Copper Corp agreed to buy a 45% stake in Peru's Monte Verde project from "
                               "Minera Quispe for $900 million.", "en"), "acquisition")
    assert deal["acquirer"] == "Boreal Copper Corp"
    assert deal["target"] == "Monte Verde project"
    assert deal["stake"] == "45%"


def test_romance_company_word_makes_a_company():
    from newsgraph.events.names import company_by_suffix
    from newsgraph.model import Mention

    assert company_by_suffix(Mention(0, 14, "Andes Minerales", "LOC"))
    assert company_by_suffix(Mention(0, 19, "Grupo Industrias Sur", "LOC"))
    assert not company_by_suffix(Mention(0, 12, "Sierra Nevada", "LOC"))


def test_assets_bought_by_number_are_the_target():
    deal = only_of_type(events("Harbor Lane Capital has agreed to buy 22 logistics warehouses for $400 million.", "en"),
                        "acquisition")
    assert deal["target"] == "22 logistics warehouses"


def test_an_exchange_and_ticker_in_brackets_are_no_party():
    evs = events("Harbor Lane Capital agreed to buy 22 logistics warehouses from Dunmore Estates (NYSE: DME) for "
                 "$400 million.", "en")
    assert "NYSE" not in {a.text for e in evs for a in e.arguments}
