"""The words `timing` asks for before `_YEAR_EARLIER` must be in every match of the pattern.

Why: they are written by hand next to the pattern (`_YEAR_EARLIER_NEEDS`); an alternative added without one of
them would silently stop finding "a year earlier" phrases in the texts that lack the words."""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.events import timing as ti
from newsgraph.events.evaluate import read_gold

DATA = Path(__file__).resolve().parents[1] / "data"

BUILT = [
    "profit rose from a year earlier", "a year ago", "a year before", "in the same period", "the same quarter",
    "the year-earlier period", "the prior-year quarter", "year-earlier figures", "prior-year sales",
    "ein Jahr zuvor", "einem Jahr früher", "ein Jahr vorher", "vor einem Jahr", "im Vorjahreszeitraum",
    "im Vorjahresquartal", "Vorjahreszeitraum", "im gleichen Zeitraum des Vorjahres", "im Vorjahr",
    "IM VORJAHR", "The Same Period", "A YEAR EARLIER",
]


def _texts() -> list[str]:
    out = list(BUILT)
    for path in sorted(DATA.glob("events_gold_*.jsonl")):
        for item in read_gold(path):
            out += [item.text] + re.split(r"(?<=[.!?])\s+", item.text)
    return out


def test_every_match_holds_one_of_the_words() -> None:
    matches = [m.group(0) for t in _texts() for m in ti._YEAR_EARLIER.finditer(t)]
    assert len(matches) >= len(BUILT)
    assert [m for m in matches if not any(w in m.lower() for w in ti._YEAR_EARLIER_NEEDS)] == []


def test_the_test_answers_as_the_pattern_does() -> None:
    for text in _texts():
        for start, end in ((0, None), (0, len(text) // 2), (len(text) // 3, len(text))):
            expected = ti._YEAR_EARLIER.search(text, start, len(text) if end is None else end) is not None
            assert ti._year_earlier(text, start, end) == expected, (text, start, end)
    assert not ti._year_earlier("Umsatz stieg.")
    assert ti._year_earlier("Der Umsatz stieg im Vorjahr.")
    assert ti._year_earlier("the ſame period") == (ti._YEAR_EARLIER.search("the ſame period") is not None)
