"""Numbers in German and English text: digits with separators, number words, magnitudes.

Separators are decided by language and context, never guessed silently:
- a separator followed by a group of other than three digits is a decimal mark
  (`12.5` in German text is 12.5, `2,5` in English text is 2.5);
- several separators of one kind are thousands groups (`1.234.567`);
- both kinds: the last one is the decimal mark (`1.234.567,89`, `1,234.5`);
- one separator before exactly three digits is ambiguous: the language decides
  (`2.000` de → 2000, `2,000` en → 2000) unless the group is `000` or the
  number must be whole (a count of discrete things: `2,500 Mitarbeiter` → 2500,
  `2.500 stores` → 2500). Money follows the language: prices can have three
  decimals (`1,335 €` for a litre of fuel).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from newsgraph.normalize.lang import de, en

LANGS = {"de": de, "en": en}

DIGITS = r"\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
"""Digit groups; thin, no-break and plain spaces group thousands too ('10 000 000', DIN 5008)."""
_WORD_END = r"(?![\wäöüÄÖÜß])"


def lexicon(lang: str | None):
    """The language module for `lang`; unknown languages use German rules (the project default).

    Called for every number and rule, so the exact codes 'de'/'en' are a single dict hit."""
    found = LANGS.get(lang)  # type: ignore[arg-type]
    return found if found is not None else LANGS.get((lang or "de")[:2].lower(), de)


def as_number(value: Decimal) -> int | float:
    """JSON-friendly: whole amounts as int (12000000000), others as float (0.125)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_numeral(raw: str, lang: str = "de", integer_context: bool = False) -> Decimal | None:
    """Digits with thousands and decimal separators → Decimal; None when malformed."""
    s = raw.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    dots, commas = s.count("."), s.count(",")
    try:
        if not dots and not commas:
            return Decimal(s)
        if dots and commas:
            dec = "." if s.rfind(".") > s.rfind(",") else ","
            thou = "," if dec == "." else "."
            head, _, frac = s.rpartition(dec)
            if s.count(dec) > 1 or not _valid_groups(head.split(thou)):
                return None
            return Decimal(head.replace(thou, "") + "." + frac)
        sep = "." if dots else ","
        parts = s.split(sep)
        if len(parts) > 2:
            return Decimal("".join(parts)) if _valid_groups(parts) else None
        head, tail = parts
        if len(tail) != 3 or head == "0":
            return Decimal(head + "." + tail)
        if sep == lexicon(lang).THOUSANDS_SEP or tail == "000" or integer_context:
            return Decimal(head + tail)
        return Decimal(head + "." + tail)
    except InvalidOperation:
        return None


def _valid_groups(groups: list[str]) -> bool:
    return bool(groups[0]) and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def parse_german_number_word(word: str) -> int | None:
    """German cardinal written as one word ('zweitausendfünfhundert') → int, else None."""
    w = word.lower()
    if "tausend" in w:
        left, _, right = w.partition("tausend")
        mult = 1 if left in ("", "ein") else _de_below_1000(left)
        rest = 0 if right == "" else (1 if right == "eins" else _de_below_1000(right))
        if mult is None or rest is None:
            return None
        return mult * 1000 + rest
    if w == "eins":
        return 1
    return _de_below_1000(w)


def _de_below_1000(w: str) -> int | None:
    if "hundert" in w:
        left, _, right = w.partition("hundert")
        mult = 1 if left in ("", "ein") else de.UNITS.get(left)
        rest = 0 if right == "" else (1 if right == "eins" else _de_below_100(right))
        if mult is None or rest is None:
            return None
        return mult * 100 + rest
    return _de_below_100(w)


def _de_below_100(w: str) -> int | None:
    for table in (de.UNITS, de.TEENS, de.TENS):
        if w in table:
            return table[w]
    if "und" in w:
        unit, _, tens = w.partition("und")
        if unit in de.UNITS and unit != "eins" and tens in de.TENS:
            return de.UNITS[unit] + de.TENS[tens]
    return None


def parse_english_number_words(phrase: str) -> int | None:
    """English cardinal words ('two hundred and fifty thousand', 'twenty-five') → int, else None."""
    words = [w for w in re.split(r"[\s\-]+", phrase.lower()) if w and w != "and"]
    if not words:
        return None
    total, current, seen = 0, 0, False
    for w in words:
        if w in en.UNITS:
            current += en.UNITS[w]
        elif w in en.TEENS:
            current += en.TEENS[w]
        elif w in en.TENS:
            current += en.TENS[w]
        elif w in ("a", "an") and not seen:
            current = 1
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current


_HALF = re.compile(r"ein(?:e[nmr]?)?\s+halbe[nms]?")
"""'eine halbe (Milliarde)', 'einen halben', 'ein halbes': one half, before a magnitude."""


def parse_number_words(phrase: str, lang: str = "de") -> Decimal | None:
    """A written number in either language; indefinite articles count as 1 (the caller decides if allowed)."""
    p = phrase.strip().lower()
    lx = lexicon(lang)
    if p in lx.ONE_FORMS:
        return Decimal(1)
    if _HALF.fullmatch(p):
        return Decimal("0.5")
    if p in de.SPECIAL_NUMBERS and de.SPECIAL_NUMBERS[p] is not None:
        return Decimal(str(de.SPECIAL_NUMBERS[p]))
    if p in en.SPECIAL_NUMBERS:
        return Decimal(str(en.SPECIAL_NUMBERS[p]))
    if lx is en or re.search(r"[\s-]", p):
        value = parse_english_number_words(p)
        if value is not None:
            return Decimal(value)
    value = parse_german_number_word(p)
    if value is None and lx is de:
        value = parse_english_number_words(p)
    return None if value is None else Decimal(value)


@dataclass(frozen=True)
class NumberMatch:
    """A number phrase: numeral or number word, optionally followed by a magnitude word."""

    start: int
    end: int
    numeral: str  # the digits or words, as written
    magnitude: float | None  # 1e6 for 'Millionen', 'm', ...
    written: bool  # number words rather than digits
    short_magnitude: bool  # 'bn', 'm', 'k' glued to the digits

    @property
    def is_year_like(self) -> bool:
        return (not self.written and self.magnitude is None and len(self.numeral) == 4
                and self.numeral.isdigit() and 1800 <= int(self.numeral) <= 2199)

    def value(self, lang: str, integer_context: bool = False) -> int | float | None:
        whole = integer_context and self.magnitude is None
        base = (parse_number_words(self.numeral, lang) if self.written
                else parse_numeral(self.numeral, lang, integer_context=whole))
        if base is None:
            return None
        if self.magnitude is not None:
            base = base * Decimal(int(self.magnitude))
        return as_number(base)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_DE_WORD = (r"ein(?:e[nmr]?)?\s+halbe[nms]?|(?:ein|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|"
            r"dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)[a-zäöüß]*|"
            r"anderthalb|eineinhalb|zweieinhalb|dreieinhalb|halbe|halben|eine[mnrs]?|dutzend")
_EN_ATOM = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            r"hundred|thousand")
_EN_WORD = rf"(?:half\s+a|a\s+dozen|an?|{_EN_ATOM})(?:[\s\-]+(?:and\s+)?(?:{_EN_ATOM}))*"


@lru_cache(maxsize=4)
def number_regex(lang: str) -> re.Pattern[str]:
    """Number phrase: (digits | words) + optional magnitude; groups num, word, smag, mag."""
    lx = lexicon(lang)
    long_mags = [m for m in lx.MAGNITUDES if m not in en.SHORT_MAGNITUDES]
    word = _DE_WORD if lx is de else _EN_WORD
    short = (_alt(en.SHORT_MAGNITUDES) + r"|\s(?:bn|mn|tn|mln|bln)") if lx is en else r"Mio\.?|Mrd\.?"
    # the rand's "R" glued to an amount with a scale ("R2.3 billion") is no part of a word; any other letter is
    rand = r"|(?<=\bR)(?=\d[\d.,]*\s?(?:trillion|billion|million|bn|mn|m)\b)" if lx is en else ""
    return re.compile(
        rf"(?:(?<![\w.,:/]){rand})(?<![A-Za-zÄÖÜäöüß]-)(?:(?P<num>{DIGITS})(?![.,:/]\d)|(?P<word>(?i:{word})){_WORD_END})"
        rf"(?:(?P<smag>{short}){_WORD_END}|(?:\s+|-)(?P<mag>(?i:{_alt(long_mags)}))(?:(?<=\.)|{_WORD_END}))?"
        rf"(?:(?<=\.)|{_WORD_END})")


def find_numbers(text: str, lang: str = "de") -> list[NumberMatch]:
    """Every number phrase; indefinite articles only where a magnitude follows ('eine Million')."""
    lx = lexicon(lang)
    out = []
    for m in number_regex(lang).finditer(text):
        mag_word = (m.group("smag") or m.group("mag") or "").strip() or None
        magnitude = lx.MAGNITUDES.get(mag_word.lower()) if mag_word else None
        if mag_word and magnitude is None:
            magnitude = {"mio": 1e6, "mio.": 1e6, "mrd": 1e9, "mrd.": 1e9}.get(mag_word.lower())
        word = m.group("word")
        if word:
            low = word.lower()
            if (low in lx.ONE_FORMS or low in ("halbe", "halben", "half a") or _HALF.fullmatch(low)) \
                    and magnitude is None:
                continue
            if low in ("eine", "einen", "einem", "einer", "eines") and lx is de and magnitude is None:
                continue
            if parse_number_words(word, lang) is None:
                continue
        out.append(NumberMatch(m.start(), m.end(), m.group("num") or word, magnitude, bool(word),
                               bool(m.group("smag"))))
    return out
