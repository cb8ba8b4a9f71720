"""The words `modality` asks for before a pattern's twin must be in every match of the pattern.

Why: they are written by hand next to the patterns (`_NEEDS`, `_NOT_EXCLUDED_NEEDS`); a pattern that gains an
alternative without one of its words would silently stop matching sentences that lack them."""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.events import modality as mo
from newsgraph.events.evaluate import read_gold

DATA = Path(__file__).resolve().parents[1] / "data"

BUILT = [
    "Nach dem Warnstreik am Montag hat Verdi verhandelt.", "After the failed merger talks, X left.",
    "Seit der Übernahme wächst X.", "Following the deal, Y grew.", "Since the merger, Z fell.",
    "X will Y kaufen, berichtete die Zeitung unter Berufung auf Insider.", "Wie verlautete, kauft X Y.",
    "Kreisen zufolge kauft X Y.", "Nach Informationen des Blatts kauft X Y.", "Nach Recherchen der Zeitung",
    "X is in talks, according to people familiar with the matter.", "Sources familiar with the plan said so.",
    "X will buy Y, sources said.", "citing two people, the paper said X buys Y.",
    "Insiders close to the deal said so.", "persons briefed on the talks",
    "X schließt eine Übernahme nicht aus.", "X will eine Übernahme nicht ausschließen.",
    "X did not rule out a sale.", "X won't rule it out.", "X never ruled out cuts.", "X does not exclude a sale.",
]


def _sentences() -> list[str]:
    out = list(BUILT)
    for path in sorted(DATA.glob("events_gold_*.jsonl")):
        out += [s for item in read_gold(path) for s in re.split(r"(?<=[.!?])\s+", item.text)]
    return out


def test_every_match_holds_one_of_the_words() -> None:
    cases = [(pattern, words) for pattern, words in mo._NEEDS.items()]
    cases += [(regex, mo._NOT_EXCLUDED_NEEDS[lang]) for lang, (regex, _) in mo._NOT_EXCLUDED.items()]
    # each sentence and its beginnings up to every word (`_AFTER_PP` is asked of the text before a trigger, "$")
    texts = [t for s in _sentences() for t in [s] + [s[:m.start()] for m in re.finditer(r"(?<=\s)\S", s)]]
    for pattern, words in cases:
        matches = [m.group(0) for t in texts for m in pattern.finditer(t)]
        assert matches, pattern.pattern
        assert [m for m in matches if not any(w in m.lower() for w in words)] == [], pattern.pattern


def test_a_sentence_without_the_words_is_ruled_out() -> None:
    assert mo._holds_none("Acme kauft Beta.", mo._NEEDS[mo._AFTER_PP])
    assert not mo._holds_none("Nach dem Streik kauft Acme Beta.", mo._NEEDS[mo._AFTER_PP])
    assert not mo._holds_none("Acme ıst da.", ("nach",))  # lower-casing not exact: never ruled out
