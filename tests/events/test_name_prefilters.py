"""The cheap tests that let `fallback_orgs` skip a pattern's scan must never skip a sentence the pattern matches.

Why: each test is derived by hand from its pattern (or from the pattern's text); a rule change that widens a pattern
without its test would silently lose names. Checked on every sentence of the team's dev sets and on sentences built
to match each pattern."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.events import names as n
from newsgraph.events.evaluate import read_gold

DATA = Path(__file__).resolve().parents[1] / "data"


def _possessive(text: str) -> bool:
    return "'s" in text or "’s" in text


# (pattern, how fallback_orgs asks it, the test that must hold whenever it matches)
CASES = [
    ("_LOWER_NAME", lambda t: n._LOWER_NAME.search(t), lambda t: n._LOWER_NAME_TAIL.search(t) is not None),
    ("_ADJ_NAME_DE", lambda t: n._ADJ_NAME_DE.search(t), lambda t: n._ADJ_NAME_TAIL.search(t) is not None),
    ("_ELLIPTIC", lambda t: n._ELLIPTIC.search(t), lambda t: n._BLANK_UND_SOWIE.search(t) is not None),
    ("_AFTER_CONJ_DE", lambda t: n._AFTER_CONJ_DE.search(t), n._conjunction_possible),
    ("_ROLE_COMPOUND", lambda t: n._ROLE_COMPOUND.search(t), lambda t: "-" in t),
    ("_ROLE_COMPOUND tail", lambda t: n._ROLE_COMPOUND.search(t),
     lambda t: n._ROLE_COMPOUND_TAIL.search(t) is not None),
    ("_POSSESSIVE_EN", lambda t: n._POSSESSIVE_EN.search(t), _possessive),
    ("_OWNED_UNIT_EN", lambda t: n._OWNED_UNIT_EN.search(t), _possessive),
    ("_INITIAL_APPOSITION de", lambda t: n._INITIAL_APPOSITION["de"].match(t), n._apposition_possible),
    ("_INITIAL_APPOSITION en", lambda t: n._INITIAL_APPOSITION["en"].match(t), n._apposition_possible),
]

BUILT = [
    "Die Drogeriekette dm hat neue Filialen eröffnet.",
    "Der Vertrag mit der Deutschen Bahn läuft aus.",
    "Die Sparkassen Emsland und Grafschaft fusionieren.",
    "Das sagte Hermes-Geschäftsführer Frank Rausch.",
    "SoftBank's Vision Fund invested in Klarna.",
    "Kubix, ein Spezialist für Sensoren, wächst.",
    "Orvana Mining Group, which was bought last year, grows.",
    "Acme & Co von Berg, der Zulieferer, wächst.",
    "Es heißt, DASS Norvik Ferries wächst.",
]


def _sentences() -> list[str]:
    out = list(BUILT)
    for path in (DATA / "events_gold_de.jsonl", DATA / "events_gold_en.jsonl"):
        for item in read_gold(path):
            out += [s for s in re.split(r"(?<=[.!?])\s+", item.text) if s]
    return out


@pytest.mark.parametrize("name,pattern,prefilter", CASES, ids=[c[0] for c in CASES])
def test_prefilter_never_hides_a_match(name, pattern, prefilter) -> None:
    sentences = _sentences()
    matched = [s for s in sentences if pattern(s)]
    assert matched, f"{name}: no sentence exercises the pattern"
    assert [s for s in matched if not prefilter(s)] == []


def test_prefilters_do_rule_out_sentences() -> None:
    assert not n._apposition_possible("Die Firma Acme aus Berlin mit ihren vielen Werken, die wachsen.")
    assert not n._LOWER_NAME_TAIL.search("Der Konzern wächst.")
    assert not n._ADJ_NAME_TAIL.search("Der Konzern wächst.")
    assert not n._conjunction_possible("Der Konzern wächst.")
    assert not n._ROLE_COMPOUND_TAIL.search("Die Baden-Württemberger Firma wächst.")
    assert n._conjunction_possible("Ob Acme wächst, ıst offen.")  # "ı": lower-casing is not exact, no skip


def test_clause_starts_are_those_of_the_anchored_pattern() -> None:
    """`_clause_starts` stands for `re.finditer(r"(?:^|[:;]\\s*)", text)`, empty match at the start included."""
    texts = _sentences() + ["", ":", ": a", "a:;b", "X: Y; Z:  W", ";"]
    for text in texts:
        assert n._clause_starts(text) == [m.end() for m in re.finditer(r"(?:^|[:;]\s*)", text)], text
    assert n._clause_starts("Kurz: Acme wächst; Bosch nicht") == [0, 6, 19]


def test_word_before_blanks_is_the_pattern_read_backwards() -> None:
    """`word_before_blanks` stands for `_WORD_BEFORE.search(window).group(1)` (None where it finds nothing)."""
    windows = ["", " ", "Konzern ", "der Konzern  ", "Konzern", "Konzern,  ", "ab-cd ", "x\n", "Konzern \n", "  Bank\t"]
    for text in _sentences():
        windows += [text[max(0, i - 40):i] for i in range(len(text) + 1)]
    for window in windows:
        m = n._WORD_BEFORE.search(window)
        assert n.word_before_blanks(window) == (m.group(1) if m else None), repr(window)


def test_possessive_word_patterns_find_the_plain_patterns_words() -> None:
    """`_WORD_AT` and `_WORD_BEFORE_CAPITAL` take a word whole (`*+`): backing off inside a word can never reach a
    blank, so they find exactly the words of the plain (backtracking) spelling."""
    plain_before_capital = re.compile(r"(?<![\w-])[^\W\d][\w-]*(?=\s+[A-ZÄÖÜ])")
    plain_word_at = re.compile(r"(?<![\w-])[^\W\d][\w-]*(?=\s+(?:[A-ZÄÖÜ]|[a-z][A-Z]|\d))")
    texts = _sentences()
    assert sum(1 for t in texts for _ in plain_before_capital.finditer(t)) > 100
    for text in texts:
        assert [m.span() for m in n._WORD_BEFORE_CAPITAL.finditer(text)] == \
            [m.span() for m in plain_before_capital.finditer(text)], text
        assert [m.span() for m in n._WORD_AT.finditer(text)] == [m.span() for m in plain_word_at.finditer(text)], text
