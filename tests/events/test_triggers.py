"""Trigger lexicons: which words evoke which type, in which language, and the vetoes."""

from __future__ import annotations

import pytest

from newsgraph.events.triggers import TRIGGERS, find_triggers
from newsgraph.model import EVENT_TYPES


def types_in(sentence: str, lang: str) -> set[str]:
    return {h.spec.type for h in find_triggers(sentence, lang)}


@pytest.mark.parametrize("sentence,lang,type_", [
    ("Qualcomm unterzeichnet einen Vorvertrag mit Xiaomi.", "de", "agreement"),
    ("Apple übernimmt Shazam.", "de", "acquisition"),
    ("Die Shazam-Übernahme ist abgeschlossen.", "de", "acquisition"),
    ("Daimler und Chrysler fusionieren.", "de", "merger"),
    ("Siemens spaltet seine Energiesparte ab.", "de", "spin_off"),
    ("Google investiert in Celonis.", "de", "investment"),
    ("Xiaomi plant den Markteintritt in Spanien.", "de", "market_entry"),
    ("Der Versender macht einen ersten Schritt nach Skandinavien.", "de", "market_entry"),
    ("Xiaomi eröffnet 2.000 Stores.", "de", "store_expansion"),
    ("Tesla baut ein Werk in Grünheide.", "de", "facility"),
    ("Xiaomi hat 23 Millionen Smartphones ausgeliefert.", "de", "financial_figure"),
    ("Manfred Knof wurde zum Vorstandschef ernannt.", "de", "leadership"),
    ("Robert Oberndorfer wird Geschäftsführer der Stadtwerke.", "de", "leadership"),
    ("Intel kauft 25,1 Prozent der Anteile an Here.", "de", "acquisition"),
    ("Lei Jun trifft Cristiano Amon.", "de", "meeting"),
    ("Xiaomi stellt das Mi 8 vor.", "de", "product_launch"),
    ("Siemens kündigt Stellenabbau an.", "de", "layoffs"),
    ("Air Berlin hat Insolvenz angemeldet.", "de", "insolvency"),
    ("Verdi ruft zum Warnstreik auf.", "de", "strike"),
    ("Nach dem Streik entscheidet Verdi über das Angebot.", "de", "strike"),
    ("BMW und Daimler vereinbaren eine Partnerschaft.", "de", "partnership"),
    ("Apple signed an agreement with Foxconn.", "en", "agreement"),
    ("Apple acquired Shazam.", "en", "acquisition"),
    ("Apple's takeover of Shazam closed.", "en", "acquisition"),
    ("T-Mobile and Sprint agreed to merge.", "en", "merger"),
    ("eBay spun off PayPal.", "en", "spin_off"),
    ("SoftBank invested $1 billion in Oyo.", "en", "investment"),
    ("Xiaomi enters the Spanish market.", "en", "market_entry"),
    ("Aldi opened 56 new stores.", "en", "store_expansion"),
    ("Intel will build a new plant in Magdeburg.", "en", "facility"),
    ("Apple's revenue rose to $84 billion.", "en", "financial_figure"),
    ("Jeff Bezos will step down.", "en", "leadership"),
    ("Tim Cook met Angela Merkel.", "en", "meeting"),
    ("Apple unveiled the iPhone X.", "en", "product_launch"),
    ("Microsoft laid off 10,000 employees.", "en", "layoffs"),
    ("Thomas Cook filed for bankruptcy.", "en", "insolvency"),
    ("Workers at Amazon went on strike.", "en", "strike"),
    ("Nokia announced a partnership with Oppo.", "en", "partnership"),
])
def test_trigger_evokes_type(sentence, lang, type_):
    assert type_ in types_in(sentence, lang)


@pytest.mark.parametrize("sentence,lang,type_", [
    ("Markus Brandt übernimmt die Leitung von Vireon.", "de", "acquisition"),
    ("Die Firma übernimmt die Kosten.", "de", "acquisition"),
    ("The two sides managed to strike a deal.", "en", "strike"),
    ("Nokia did not enter into a partnership with Oppo.", "en", "market_entry"),
    ("Daimler und CATL könnten eine Vereinbarung über Zellen treffen.", "de", "meeting"),
    ("The board will decide at next month's meeting.", "en", "meeting"),
    ("Aurubis bestätigte Gespräche über eine Zusammenarbeit.", "de", "partnership"),
    ("GEW will bis 25.7. über Streik entscheiden.", "de", "strike"),
    ("Der Fernseher streikt.", "de", "strike"),
    ("Der Energieriese will 53 Prozent der Uniper-Anteile an die Börse bringen.", "de", "acquisition"),
    ("Die A AG war Alleingesellschafterin der A GmbH, die 100 % der Anteile an der B GmbH hielt.", "de",
     "acquisition"),
    ("Dann hat auch noch die Technik gestreikt.", "de", "strike"),
    ("Den Ehrenanstoß wird Geschäftsführer Robert Oberndorfer machen.", "de", "leadership"),
    ("Am Montag werden sich die EU-Staats- und Regierungschefs in Brüssel treffen.", "de", "leadership"),
    ("Die Mitglieder sollen über einen unbefristeten Streik abstimmen.", "de", "strike"),
    ("Die Vorständin sprach von einem wichtigen Schritt nach Skandinavien.", "de", "market_entry"),
])
def test_vetoes(sentence, lang, type_):
    assert type_ not in types_in(sentence, lang)


def test_trigger_span_is_the_verb_of_a_separable_phrase():
    hits = [h for h in find_triggers("Siemens spaltet seine Energiesparte ab.", "de") if h.spec.type == "spin_off"]
    assert hits and hits[0].text == "spaltet"


def test_every_type_has_triggers_in_both_languages():
    for type_ in EVENT_TYPES:
        langs = {t.lang for t in TRIGGERS if t.type == type_}
        assert langs == {"de", "en"}, type_


def test_implied_attributes_are_valid():
    for t in TRIGGERS:
        if "change" in t.attrs:
            assert t.attrs["change"] in ("holds", "appointed", "departed")
        if "facility_kind" in t.attrs:
            assert t.attrs["facility_kind"] in ("headquarters", "plant", "office", "store")


@pytest.mark.parametrize("sentence,is_insolvency", [
    ("Nach der 0:3-Pleite bei Borussia Dortmund fürchten die Fans den Abstieg.", False),
    ("Es war die vierte Pleite in Serie für die Eisbären.", False),
    ("Der Trainer tritt nach der EM-Pleite gegen Island zurück.", False),
    ("Die Heimpleite kostete den Verein die Tabellenführung.", False),
    ("Kurz vor der Schlecker-Pleite wurden Millionen beiseite geschafft.", True),
    ("Die Pelletsfirma Hapero ist pleite.", True),
    ("Niedrige Ölpreise treiben die Firma in die Pleite.", True),
    ("Mittlerweile sind es 17 Spiele ohne Pleite.", False),
    ("Mit 22. Februar 2015 wurden in Österreich folgende Insolvenzen registriert.", False),
    ("Einige Firmenpleiten haben 2015 Schlagzeilen gemacht.", False),
    ("Die Slav Aero GmbH hat Konkurs angemeldet.", True),
    ("Die Zahl der Konkurse stieg.", False),
    ("Der Insolvenzantrag wurde gestellt.", True),
])
def test_a_lost_match_is_no_insolvency(sentence: str, is_insolvency: bool):
    assert ("insolvency" in types_in(sentence, "de")) is is_insolvency


def test_non_capturing_groups_keep_what_a_pattern_matches():
    import re

    from newsgraph.events.triggers import TRIGGERS, _non_capturing

    assert _non_capturing(r"(a|b)(?P<t>c)[(]\(x\)(?:d)[^]()]") == r"(?:a|b)(?P<t>c)[(]\(x\)(?:d)[^]()]"
    texts = ["Siemens übernimmt den Softwareanbieter Brightfield für 2 Milliarden Euro.",
             "Die Gewerkschaft Verdi hat zum Warnstreik bei der Lufthansa aufgerufen.",
             "Talberg plans to spin off its consumer unit and cut 300 jobs in Ohio.",
             "Der Konzern spaltet seine Sparte ab und baut 500 Stellen ab."]
    for spec in TRIGGERS:
        before = re.compile(r"(?<!\w)(?:" + spec.pattern + r")(?!\w)", re.IGNORECASE)
        after = re.compile(r"(?<!\w)(?:" + _non_capturing(spec.pattern) + r")(?!\w)", re.IGNORECASE)
        assert after.groupindex.keys() == before.groupindex.keys()
        for text in texts:
            assert [m.span() for m in before.finditer(text)] == [m.span() for m in after.finditer(text)]


def test_remembered_word_tests_answer_like_the_pattern():
    from newsgraph.events import names

    for word in ("Konzern", "Autobauers", "Chipausrüsters", "Siemens", "der", "Qualcomm", "Kette"):
        assert names._IS_DESCRIPTOR["de"].fullmatch(word) == bool(names._IS_DESCRIPTOR["de"].pattern.fullmatch(word))
        assert names._NOT_NAMES.match(word) == bool(names._NOT_NAMES.pattern.match(word))


def test_alternatives_split_and_spread_only_at_the_top_level():
    from newsgraph.events.triggers import _leading_group_spread, _top_alternatives

    assert _top_alternatives(r"a(?:b|c)|[|x]d|\|e") == ["a(?:b|c)", "[|x]d", r"\|e"]
    assert _leading_group_spread(r"(?:\w*fusion|merg(?:e|er))s?") == [r"\w*fusions?", "merg(?:e|er)s?"]
    assert _leading_group_spread(r"(?:groß|folge)?auftrag") == ["großauftrag", "folgeauftrag", "auftrag"]
    assert _leading_group_spread(r"(?:a|b)+c") == [r"(?:a|b)+c"]  # a repeated group stays


def _plain_union(lang: str):
    """The union as one alternative per trigger, in lexicon order (how it was built before the regrouping)."""
    import re

    from newsgraph.events.triggers import _lower_pattern, _non_capturing

    alternatives = (_non_capturing(_lower_pattern(t.pattern)) for t in TRIGGERS if t.lang == lang)
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{a})" for a in alternatives) + r")(?!\w)")


def _gold_texts() -> list[str]:
    from pathlib import Path

    from newsgraph.events.evaluate import read_gold

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [item.text for name in ("events_gold_de.jsonl", "events_gold_en.jsonl", "events_probes4.jsonl")
             for item in read_gold(data / name)]
    return texts + ["Die Vorvertragsverhandlungen und der Rahmenvertrag", "Stellenabbau-Pläne: 300 Jobs",
                    "Fusionsgespräche", "Der Arbeitsvertrag und das Freihandelsabkommen", "Heimpleite im Derby",
                    "SIEMENS ÜBERNIMMT OSRAM UND STREICHT 500 STELLEN", "Apple ACQUIRED Shazam", "İstanbul: Sıemens kauft"]


def test_regrouped_union_finds_every_place_of_the_plain_union():
    from newsgraph.events.triggers import UNION, _candidate_starts

    texts = _gold_texts()
    assert len(texts) > 400
    found = 0
    for lang in ("de", "en"):
        plain = _plain_union(lang)
        for text in texts:
            places = set(_candidate_starts(UNION[lang], text))
            assert set(_candidate_starts(plain, text)) <= places, text
            found += len(places)
    assert found > 300


def test_triggers_found_are_those_of_trying_every_trigger_at_every_place(monkeypatch):
    """The union, the first letters and the lower-case twins only make the search faster."""
    from newsgraph.events import triggers

    texts = _gold_texts()
    found = {(lang, text): [(h.spec.pattern, h.start, h.end, h.text) for h in triggers.find_triggers(text, lang)]
             for lang in ("de", "en") for text in texts}
    monkeypatch.setattr(triggers, "_candidate_starts", lambda union, sentence: list(range(len(sentence))))
    monkeypatch.setattr(triggers, "_places_by_letter", lambda sentence, starts: None)
    monkeypatch.setattr(triggers, "lowered_for_twins", lambda text: None)  # the IGNORECASE regexes, not their twins
    for (lang, text), hits in found.items():
        assert hits == [(h.spec.pattern, h.start, h.end, h.text) for h in triggers.find_triggers(text, lang)], text
    assert sum(len(h) for h in found.values()) > 500


def test_each_trigger_is_in_one_group_whose_union_matches_wherever_it_does():
    """`_tries` skips a trigger at a place where its group's union does not match: that must never lose a match."""
    from newsgraph.events.triggers import _CHUNKS, COMPILED, lowered_for_twins

    for lang, chunks in _CHUNKS.items():
        assert sorted(i for _, members, _ in chunks for i in members) == list(range(len(COMPILED[lang])))
    checked = 0
    for text in _gold_texts():
        lowered = lowered_for_twins(text)
        if lowered is None:
            continue
        for lang, chunks in _CHUNKS.items():
            for union, members, first in chunks:
                for i in members:
                    for m in COMPILED[lang][i].regex.finditer(text):
                        assert union.match(lowered, m.start()), (COMPILED[lang][i].spec.pattern, text)
                        assert first is None or lowered[m.start()] in first
                        checked += 1
    assert checked > 500


def test_first_letters_of_a_trigger_start_each_of_its_matches():
    from pathlib import Path

    from newsgraph.events.evaluate import read_gold
    from newsgraph.events.triggers import COMPILED, _first_letters

    assert _first_letters(r"(?:über|ver)kauf|Fusion") == frozenset("üvf")
    assert _first_letters(r"\w*fusion") is None and _first_letters(r"a?b") is None and _first_letters("[ab]c") is None
    data = Path(__file__).resolve().parents[1] / "data"
    texts = [item.text for name in ("events_gold_de.jsonl", "events_gold_en.jsonl", "events_probes4.jsonl")
             for item in read_gold(data / name)]
    checked = 0
    for trig in (t for triggers in COMPILED.values() for t in triggers if t.first is not None):
        for text in texts:
            for m in trig.regex.finditer(text):
                assert text[m.start()].lower() in trig.first, (trig.spec.pattern, text)
                checked += 1
    assert checked > 300


def test_places_for_a_trigger_keep_order_and_drop_only_letters_it_cannot_start_with():
    from newsgraph.events.triggers import CompiledTrigger, _places_by_letter, _places_for

    sentence = "Bosch übernimmt Bach und baut ab"
    starts = [0, 6, 16, 21, 25, 30]
    at_letter = _places_by_letter(sentence, starts)
    assert at_letter == {"b": [0, 16, 25], "ü": [6], "u": [21], "a": [30]}
    trig = CompiledTrigger(TRIGGERS[0], None, None, None, None, frozenset("bü"))  # type: ignore[arg-type]
    assert _places_for(trig, starts, at_letter) == [0, 6, 16, 25]
    assert _places_for(CompiledTrigger(TRIGGERS[0], None, None, None), starts, at_letter) == starts  # type: ignore
    assert _places_by_letter("İst", [0]) is None and _places_by_letter("ſo", [0]) is None


def test_cue_twins_answer_like_the_cues():
    from newsgraph.events.modality import _NOT_EXCLUDED, _NOT_EXCLUDED_TWINS
    from newsgraph.events.triggers import COMPILED_CUES, cue_present, lowered_for_twins

    texts = _gold_texts() + ["schließt eine Übernahme NICHT aus", "did not rule the sale out", "ERSTMALS", "Sıemens"]
    present = 0
    for text in texts:
        for name, regex in COMPILED_CUES.items():
            assert cue_present(name, text) == bool(regex.search(text)), (name, text)
            present += cue_present(name, text)
        lowered = lowered_for_twins(text)
        for lang, (regex, _) in _NOT_EXCLUDED.items():
            if lowered is not None:
                assert (_NOT_EXCLUDED_TWINS[lang].search(lowered) is None) == (regex.search(text) is None), text
    assert present > 500
