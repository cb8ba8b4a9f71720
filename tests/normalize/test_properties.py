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
         "August", "within", "two", "years", "ungebunden", "non-binding", "-", ",", ".", "Tier-1-Märkte", "k", "bn"]

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
