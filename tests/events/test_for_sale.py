"""A company on offer, or not: "X is not for sale", "Wir sind nicht zu verkaufen" (stop 15; invented sentences)."""

from __future__ import annotations

from event_test_helpers import events


def _sales(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.modality, e.args("target")[0].text) for e in events(text, lang) if e.type == "acquisition"]


def test_not_for_sale_is_a_negated_sale_of_its_subject():
    assert _sales("Harwood Mills is not for sale, its owner said on Monday.", "en") == [("negated", "Harwood Mills")]
    assert _sales("Der Spezialchemiekonzern Velmora steht nicht zum Verkauf.", "de") == [("negated", "Velmora")]


def test_we_are_not_for_sale_is_the_company_spoken_of():
    text = "Velmora-Chefin Ina Roth wies Berichte über einen Verkauf zurück: „Wir sind nicht zu verkaufen.“"
    assert ("negated", "Velmora") in _sales(text, "de")
    assert _sales('"We are not for sale," said Harwood Mills chief executive Tom Reed.', "en") == [
        ("negated", "Harwood Mills")]


def test_put_up_for_sale_is_planned_not_done():
    assert _sales("Harwood Mills has put itself up for sale.", "en") == [("planned", "Harwood Mills")]


def test_things_for_sale_are_no_company_sale():
    assert _sales("Die Wohnung ist nicht zu verkaufen.", "de") == []
    assert _sales("Tickets are for sale at the box office.", "en") == []
