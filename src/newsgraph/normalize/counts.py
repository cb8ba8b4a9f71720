"""Counts: a number phrase with the noun it counts, as a canonical English singular unit.

Up to two modifiers may stand between number and noun ('2.000 Offline Stores',
'80 neue Stellen'); a German capitalised word ends the search unless the unit
follows it at once (it is the head noun: '3 Stunden fuhren Busse' counts
hours, not buses), and so do time units and function words. German compounds match by their last part
('Elektronikgeschäfte', 'Xiaomi-Stores'). A number without a known unit noun is
a count with unit None — except years (1800–2199 written as four bare digits),
which belong to the time rules; plain integers after a word with a capital
letter ('Mi 8', 'Windows 10', 'iPhone 11'), which are model numbers (a separator
or magnitude makes it a quantity again: 'im Fernverkehr 2,01 Milliarden'); and
codes: a leading zero, digit groups after one, or digits joined by a hyphen
('0800 123 456', '1-800-555-0199').
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.normalize.lang import de, en
from newsgraph.normalize.numbers import NumberMatch, lexicon
from newsgraph.normalize.spans import Candidate

_WORD = re.compile(r"\s+([A-Za-zÄÖÜäöüß][\wÄÖÜäöüß\-]*)")
_CLOCK = {"de": re.compile(r"\s?(?:Uhr|h|GMT|UTC|MEZ|MESZ|CET)(?![\wäöü])"),
          "en": re.compile(r"\s?(?:a\.m\.|p\.m\.|am|pm|o'clock|GMT|UTC|CET|EST|PST|BST)(?![\w])")}
_AFTER_NUMBER_DASH = re.compile(r"\d\s?[-–/]\s?$")
_RANGE = re.compile(r"\s*(?:bis|und|oder|to|and|or|-|–)\s*$")
_PREV_WORD = re.compile(r"([A-Za-zÄÖÜäöüß][\wÄÖÜäöüß\-]*) $")
_QUANTIFIERS = {"rund", "etwa", "über", "fast", "knapp", "nur", "insgesamt", "mehr", "weniger", "bis",
                "gut", "zirka", "circa", "ca", "about", "nearly", "some", "around", "almost", "over",
                "only", "just", "roughly", "approximately", "up", "total", "und", "and", "von", "of",
                "from", "to", "zu", "auf", "um", "mit", "with", "by", "than", "als", "for", "für"}


@lru_cache(maxsize=4)
def _suffix_regex(lang: str) -> re.Pattern[str]:
    keys = [k for k in lexicon(lang).UNIT_NOUNS if len(k) >= 5 and " " not in k]
    return re.compile("(?:" + "|".join(sorted(map(re.escape, keys), key=len, reverse=True)) + ")$")


def unit_of(word: str, lang: str = "de") -> str | None:
    """Canonical unit for a noun ('Beschäftigte' → 'employee'), '' when not a known unit noun."""
    nouns = lexicon(lang).UNIT_NOUNS
    low = word.lower().rstrip(".")
    if low in nouns:
        return nouns[low] or ""
    if "-" in low:
        return unit_of(low.rsplit("-", 1)[1], lang) if low.rsplit("-", 1)[1] else ""
    if lexicon(lang) is de and word[:1].isupper():
        m = _suffix_regex(lang).search(low)
        if m and m.start() >= 3:  # a real compound: 'Neukunden', not 'Sekunden'
            return nouns[m.group(0)] or ""
    return ""


def share_range(text: str, first: NumberMatch, second: NumberMatch, second_value: Candidate,
                lang: str = "de") -> Candidate | None:
    """'10 bis 12 Milliarden Euro', '$10-12 billion': the first number takes the second's
    magnitude and currency or unit ('10' → 10 billion EUR), as a value of the same kind."""
    if first.magnitude or first.is_year_like or second.start - first.end > 8:
        return None
    if not _RANGE.match(text[first.end:second.start]) or second_value.kind not in ("money", "count", "fraction"):
        return None
    base = first.value(lang, integer_context=second_value.kind != "fraction")
    if base is None:
        return None
    lang2 = "en" if lexicon(lang) is en else "de"
    if second_value.kind == "fraction":
        if "points" in second_value.value or second.magnitude:
            return None
        return Candidate(first.start, first.end, "fraction", {"fraction": round(base / 100, 10)},
                         f"fraction.{lang2}.range_start")
    if second_value.kind == "count" and (second_value.value.get("unit") is None and not second.magnitude):
        return None
    amount = base * second.magnitude if second.magnitude else base
    amount = int(amount) if float(amount).is_integer() else amount
    shape = dict(second_value.value, amount=amount)
    return Candidate(first.start, first.end, second_value.kind, shape, f"{second_value.kind}.{lang2}.range_start")


_CODE_BEFORE = re.compile(r"(?<![\w.,])(?:\+\d|0\d)[\d \-/]*[ \-/]$")
_DIGIT_AFTER = re.compile(r"[-–/]\d")
_GROUP_AFTER = re.compile(r"[ \-/]\d")


def _is_code(text: str, num: NumberMatch) -> bool:
    """Digits that name rather than count: a leading zero ('0800', '030'), a group after a code
    ('0800 123 456', '+49 30 1234'), or a group joined to more digits by a hyphen or slash
    ('1-800-555-0199'; real ranges such as '10-12 Milliarden' are read by `share_range`)."""
    if num.written:
        return False
    if len(num.numeral) > 1 and num.numeral[0] == "0" and num.numeral[1].isdigit():
        return True
    if _CODE_BEFORE.search(text, max(0, num.start - 24), num.start):
        return True
    if num.start > 0 and text[num.start - 1] == "+" and _GROUP_AFTER.match(text, num.end):
        return True  # a country calling code: '+49 30 …'
    return bool(_DIGIT_AFTER.match(text, num.end))


def parse_count(text: str, num: NumberMatch, lang: str = "de") -> Candidate | None:
    """The count at `num` with its unit noun, or None (years, model numbers, unparsable)."""
    lx = lexicon(lang)
    lang2 = "en" if lx is en else "de"
    if _CLOCK[lang2].match(text, num.end):
        return None  # a time of day, not a count
    pos, modifiers = num.end, 0
    unit, end = None, num.end
    while modifiers <= 2:
        m = _WORD.match(text, pos)
        if not m:
            break
        word = m.group(1)
        two = _WORD.match(text, m.end())
        if two and lx is en and f"{word} {two.group(1)}".lower() in lx.UNIT_NOUNS:
            unit, end = lx.UNIT_NOUNS[f"{word} {two.group(1)}".lower()], two.end()
            break
        found = unit_of(word, lang)
        if found:
            unit, end = found, m.end()
            break
        low = word.lower()
        if low in lx.STOP_BETWEEN or low in de.STOP_BETWEEN | en.STOP_BETWEEN or num.is_year_like:
            break
        if low in de.TIME_UNITS or low in en.TIME_UNITS or low in lx.MAGNITUDES:
            break  # '3 Stunden fuhren Busse': the number counts hours
        if lx is de and word[0].isupper() and not (two and unit_of(two.group(1), lang)):
            break  # a German capitalised word is the head noun unless the unit follows at once ('Offline Stores')
        modifiers += 1
        pos = m.end()
    discrete = unit is not None
    amount = num.value(lang, integer_context=discrete)
    if amount is None:
        return None
    if unit is None:
        if num.is_year_like or num.written and num.magnitude is None and amount == 1:
            return None
        if text[num.end:num.end + 1] == "-" and text[num.end + 1:num.end + 2].isalpha():
            return None  # part of a compound: 'der 52-Jährige', '10-Punkte-Plan', '14-year-old'
        if _AFTER_NUMBER_DASH.search(text, max(0, num.start - 4), num.start):
            return None  # '2017/18', 'Geschäftsjahr 2015 / 16' (seasons), the end of a bare range
        if _is_code(text, num):
            return None  # phone numbers, hotlines, codes: '0800 123 456', '1-800-555-0199'
        prev = _PREV_WORD.search(text, max(0, num.start - 40), num.start)
        if (prev and any(ch.isupper() for ch in prev.group(1)) and prev.group(1).lower() not in _QUANTIFIERS
                and not num.magnitude and num.numeral.isdigit()):
            return None  # a model number: 'Mi 8', 'Windows 10', 'iPhone 11' (not 'Fernverkehr 2,01 Milliarden')
        return Candidate(num.start, num.end, "count", {"amount": amount, "unit": None},
                         f"count.{lang2}.number" + ("_scale" if num.magnitude else ""))
    return Candidate(num.start, end, "count", {"amount": amount, "unit": unit},
                     f"count.{lang2}.unit_noun" + ("_scale" if num.magnitude else ""))
