"""Fractions and percentages → {"fraction": 0.5}; percentage points add "points": true."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from newsgraph.normalize.lang import de, en
from newsgraph.normalize.numbers import NumberMatch, lexicon, parse_number_words
from newsgraph.normalize.spans import Candidate


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=4)
def _percent_regex(lang: str) -> re.Pattern[str]:
    lx = lexicon(lang)
    points = _alt(lx.PERCENT_POINT_WORDS)
    percent = _alt(set(lx.PERCENT_WORDS) | {"%", "Prozent", "percent"})
    return re.compile(rf"\s?(?:(?P<points>{points})|(?P<pct>{percent}))(?![\wäöüÄÖÜß])")


@lru_cache(maxsize=4)
def _word_regex(lang: str) -> re.Pattern[str]:
    lx = lexicon(lang)
    nums = _alt(lx.FRACTION_NUMERATORS)
    if lx is de:
        return re.compile(rf"\b(?P<num>(?i:{nums}))\s+(?P<frac>(?i:{_alt(lx.FRACTION_WORDS)}))\b")
    return re.compile(rf"(?i:\b(?:(?P<num>{nums})[\s\-]+)?(?P<frac>{_alt(lx.FRACTION_WORDS)})\b"
                      r"(?P<of>\s+of\b)?)")


def parse_percent(text: str, num: NumberMatch, lang: str = "de") -> Candidate | None:
    """'50 Prozent', '75%', '3 Prozentpunkte' at `num`."""
    m = _percent_regex(lang).match(text, num.end)
    if not m or num.magnitude:
        return None
    value = num.value(lang)
    if value is None:
        return None
    lang2 = "en" if lexicon(lang) is en else "de"
    start, sign = num.start, 1
    if start >= 1 and text[start - 1] in "+-−–" and (start == 1 or not text[start - 2].isalnum()):
        start, sign = start - 1, (1 if text[start - 1] == "+" else -1)  # '-5 %', '+12,5 Prozent'
    fraction = float(round(sign * Decimal(str(value)) / 100, 10))
    shape = {"fraction": fraction}
    if m.group("points"):
        if "basis" in m.group("points").lower() or "basispunkt" in m.group("points").lower():
            shape["fraction"] = float(round(sign * Decimal(str(value)) / 10000, 10))
        shape["points"] = True
        return Candidate(start, m.end(), "fraction", shape, f"fraction.{lang2}.points")
    return Candidate(start, m.end(), "fraction", shape, f"fraction.{lang2}.percent")


def find_word_fractions(text: str, lang: str = "de") -> list[Candidate]:
    """'die Hälfte', 'zwei Drittel', 'half', 'two thirds', 'a quarter of'."""
    lx = lexicon(lang)
    lang2 = "en" if lx is en else "de"
    out: list[Candidate] = []
    low = text.lower()
    if not any(word in low for word in _fraction_stems(lang2)):
        return out  # cheap test first: most sentences have no fraction word
    for m in _word_regex(lang).finditer(text):
        frac = m.group("frac").lower()
        numer_word = (m.group("num") or "").lower()
        if lx is en:
            if frac.startswith("quarter") and not (numer_word and m.group("of")):
                continue  # 'the second quarter' is a period, 'a quarter of' a fraction
            if frac != "half" and frac != "halves" and not numer_word:
                continue
            if frac in ("half", "halves") and numer_word not in ("", "a", "one"):
                continue
        if frac in ("hälfte",) and numer_word not in ("die", "der", "eine", "einer", "ein", "zur"):
            continue
        numer = lx.FRACTION_NUMERATORS.get(numer_word, 1) if numer_word else 1
        if numer_word and numer_word not in lx.FRACTION_NUMERATORS:
            parsed = parse_number_words(numer_word, lang)
            numer = int(parsed) if parsed is not None else 1
        value = numer * lx.FRACTION_WORDS[frac]
        if value > 1:
            continue
        end = m.end("frac")
        out.append(Candidate(m.start(), end, "fraction", {"fraction": round(value, 6)},
                             f"fraction.{lang2}.word"))
    return out


@lru_cache(maxsize=4)
def _binding_regex(lang: str) -> re.Pattern[str]:
    lx = lexicon(lang)
    ending = r"(?:e|en|er|es|em)?" if lx is de else ""
    return re.compile(rf"(?<![\w-])(?P<w>(?i:{_alt(lx.BINDING_WORDS)})){ending}(?![\wäöüß])")


@lru_cache(maxsize=4)
def _fraction_stems(lang: str) -> tuple[str, ...]:
    return tuple({w[:5] for w in lexicon(lang).FRACTION_WORDS})


def find_binding_words(text: str, lang: str = "de") -> list[Candidate]:
    """Bindingness words → boolean values for the events stage's `binding` role."""
    lx = lexicon(lang)
    out: list[Candidate] = []
    if "bind" not in text and "BIND" not in text and "Bind" not in text and "gebunden" not in text:
        return out
    for m in _binding_regex(lang).finditer(text):
        value = lx.BINDING_WORDS[re.sub(r"\s+", " ", m.group("w").lower())]
        out.append(Candidate(m.start(), m.end(), "boolean", value, "boolean.binding"))
    return out
