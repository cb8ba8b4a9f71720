"""`modality._CLAUSE_SPLIT` is written for speed (each alternative opens with the character it consumes); it must split
every text exactly where the plain spelling, look-behinds first, does.

Why: the two spellings are equivalent only as long as every alternative is rewritten the same way; an alternative
added to one spelling and not the other would move clause boundaries, and with them the modality of events."""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.events import modality as mo
from newsgraph.events.evaluate import read_gold

DATA = Path(__file__).resolve().parents[1] / "data"

# the plain spelling: a comma not after a digit or not before one, the other clause marks, a quote that does not
# follow a word and a blank, a quote not before a lower-case letter
PLAIN = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2013\u2014]|\s(?=(?:and that (?:it|they|we|he|she)|und dass "
                   r"(?:es|sie|wir|er|man))\s)|\s-\s|(?<!\w\s)[\"\u201c]|[\"\u201c](?![a-z])|\u201e|\u201d")

BUILT = [
    "Umsatz 2,4 Milliarden, Gewinn 1,2 Milliarden; Ausblick: stabil (vorerst) – sagte X.",
    "\"Wir kaufen\", sagte er \"nicht\" und \u201cdoch\u201d, so \u201eX\u201d.",
    "\"Quote at the start\" and 1,200 jobs, 3, 4,x ,5",
    "It said it would not sell and that it would keep the unit - for now.",
    "X sagte, es werde verkaufen und dass es Y behalte.",
    ",\"a\" \"b",
]


def _texts() -> list[str]:
    out = list(BUILT)
    for path in sorted(DATA.glob("events_gold_*.jsonl")):
        for item in read_gold(path):
            out.append(item.text)
            out += re.split(r"(?<=[.!?])\s+", item.text)
    return out


def test_the_fast_spelling_splits_where_the_plain_one_does() -> None:
    texts = _texts()
    assert sum(1 for t in texts for _ in PLAIN.finditer(t)) > 100  # the gold texts hold many clause marks
    for text in texts:
        assert [m.span() for m in mo._CLAUSE_SPLIT.finditer(text)] == [m.span() for m in PLAIN.finditer(text)], text


def test_digit_commas_and_quotes_after_words_do_not_split() -> None:
    assert [m.group() for m in mo._CLAUSE_SPLIT.finditer("2,4 Mio, 1,2")] == [","]
    assert [m.start() for m in mo._CLAUSE_SPLIT.finditer('sagte "nicht')] == []  # a quote after a word and a blank
    assert [m.start() for m in mo._CLAUSE_SPLIT.finditer('"Nicht')] == [0]
