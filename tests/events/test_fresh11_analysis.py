"""Rules added when fresh set 11 was analysed in the fourteenth sprint, each pinned with other names and sentences.

Every sentence here was written for this test (companies and people are stand-ins, none is taken from a gold, fresh
or probe set); most run through the whole pipeline, so a test states what a reader of the output sees. Some tests
guard the limits of a rule (what it must leave alone).
"""

from __future__ import annotations

from event_test_helpers import events, of_type


def _one(evs, type_: str) -> dict[str, str]:
    found = of_type(evs, type_)
    assert len(found) == 1, found
    return found[0]


# --- names: a family or partner firm "X & Sohn", and a place adjective plus company noun before it ------------------

def test_a_partner_firm_keeps_the_word_after_its_ampersand():
    ev = _one(events("Der Kölner Werkzeugbauer Brandt & Söhne will bis Ende 2027 rund 300 Stellen streichen."),
              "layoffs")
    assert ev["company"] == "Brandt & Söhne"


def test_a_place_adjective_and_company_noun_are_no_part_of_the_name():
    text = ("Der Bremer Anlagenbauer Drost & Partner will 200 Stellen streichen. Im dritten Quartal sank der "
            "Auftragseingang des Konzerns um 9 Prozent auf 310 Millionen Euro.")
    evs = events(text)
    assert _one(evs, "layoffs")["company"] == "Drost & Partner"
    assert _one(evs, "financial_figure")["company"] == "Drost & Partner"


# --- names: a company noun in the genitive refers back ------------------------------------------------------------

def test_a_company_noun_in_the_genitive_is_the_company_named_before():
    text = ("Die Drogeriekette Falkmann will 50 neue Filialen eröffnen. Im Geschäftsjahr 2025 stieg der Umsatz des "
            "Discounters um 4 Prozent auf 3,1 Milliarden Euro.")
    assert _one(events(text), "financial_figure")["company"] == "Falkmann"
    text = ("Der Autozulieferer Brenntal will 50 Stellen streichen. Der Umsatz des Zulieferers sank 2025 auf 800 "
            "Millionen Euro.")
    assert _one(events(text), "financial_figure")["company"] == "Brenntal"


def test_a_one_word_name_ending_like_a_company_noun_stays_a_name():
    # the limits: only the genitive "-s" of a company noun is read as a reference back
    from newsgraph.events.names import _genitive_kind_noun
    assert _genitive_kind_noun("Discounters") and _genitive_kind_noun("Maschinenbauers")
    assert not _genitive_kind_noun("Commerzbank")
    assert not _genitive_kind_noun("Siemens")
    assert not _genitive_kind_noun("Hellwig & Sohn")
