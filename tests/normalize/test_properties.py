"""Property tests: never crash, offsets always match the raw text, values never overlap."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from newsgraph.model import VALUE_KINDS
from newsgraph.normalize import find_values

WORDS = ["12", "2.000", "2,000", "12.5", "12,5", "Milliarden", "Mio.", "US-Dollar", "Euro", "$", "€", "Prozent",
         "%", "Hälfte", "die", "half", "am", "Donnerstag", "gestern", "vor", "Tagen", "im", "zweiten", "Quartal",
         "Q2", "2017", "Ende", "bis", "2025", "in", "den", "nächsten", "drei", "Jahren", "Spanien", "Chinas",
         "außerhalb", "Peking", "Stores", "Stellen", "eine", "Million", "10.", "November", "10.11.2017", "early",
         "August", "within", "two", "years", "ungebunden", "non-binding", "-", ",", ".", "Tier-1-Märkte", "k", "bn",
         # forms of the rules added for the fresh case table
         "Dutzend", "dozen", "halbe", "0800", "+49", "10 000", "1-800", "iPhone", "Schweizer", "China's", "’s", "Bavaria",
         "Schlussquartal", "decade", "Jahrzehnt", "zum", "Jahr", "Seit", "dem", "early", "next", "year", ";", "soll",
         "wurde", "will", "was", "$3", "to", "$4", "billion", "zwischen", "und", "a", "quarter", "of", "der", "The"]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=30).map("".join),
)


def _check(text: str, lang: str, published: str | None, offset: int) -> None:
    values = find_values(text, lang, published, offset=offset)
    previous_end = -1
    for v in values:
        assert text[v.start - offset:v.end - offset] == v.text
        assert v.start >= previous_end, "values overlap or are unsorted"
        previous_end = v.end
        assert v.kind in VALUE_KINDS
        assert v.rule and "." in v.rule
        json.dumps(v.value)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["de", "en"]), st.sampled_from([None, "2017-11-10", "2018-01-01", "2020-02-29"]),
       st.integers(min_value=0, max_value=10_000))
def test_find_values_offsets_and_overlap(text, lang, published, offset):
    _check(text, lang, published, offset)


@settings(max_examples=200, deadline=None)
@given(texts, st.sampled_from(["de", "en"]), st.sampled_from([None, "2017-11-10"]))
def test_prefilters_never_change_the_candidates(text, lang, published):
    """The cheap substring tests that skip rules and gazetteer passes only ever skip work
    that would have found nothing: with every prefilter forced open, the candidates are the same."""
    from newsgraph.normalize import find_candidates

    assert _open_prefilters(lambda: key(find_candidates(text, lang, published))) == key(
        find_candidates(text, lang, published))


def key(cands):
    return sorted((c.start, c.end, c.kind, json.dumps(c.value, sort_keys=True), c.rule) for c in cands)


def _open_prefilters(run):
    """Run `run()` with every prefilter forced open (all time rules tried, all place passes run)."""
    import re

    from newsgraph.normalize import places, time

    saved = (time._present_triggers, places._OUTSIDE_HINT, places._adjective_hint, places._may_hold_place)
    try:
        time._present_triggers = lambda _text, lang: set(time._rules_by_trigger(lang))
        places._OUTSIDE_HINT = re.compile("")
        places._adjective_hint = lambda: ""
        places._may_hold_place = lambda _text, _words, _lang: True
        return run()
    finally:
        (time._present_triggers, places._OUTSIDE_HINT, places._adjective_hint, places._may_hold_place) = saved


def test_prefilters_never_change_the_candidates_of_the_case_tables():
    import importlib.util
    from pathlib import Path

    from newsgraph.normalize import find_candidates

    rows = []
    for name in ("cases_values.py", "cases_fresh.py"):
        spec = importlib.util.spec_from_file_location(name[:-3], Path(__file__).with_name(name))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows += [(r[2], r[1], r[3]) for r in module.VALUE_CASES]
    assert len(rows) > 900

    def all_candidates():
        return [key(find_candidates(text, lang, published)) for text, lang, published in rows]

    assert _open_prefilters(all_candidates) == all_candidates()
