"""Money: a number phrase with a currency symbol, ISO 4217 code or name before or after it."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from newsgraph.normalize.lang import de, en
from newsgraph.normalize.numbers import NumberMatch, lexicon
from newsgraph.normalize.spans import Candidate

SYMBOLS = {"US$": "USD", "U.S.$": "USD", "HK$": "HKD", "NT$": "TWD", "C$": "CAD", "CA$": "CAD",
           "A$": "AUD", "AU$": "AUD", "S$": "SGD", "R$": "BRL", "NZ$": "NZD", "$": "USD", "€": "EUR",
           "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "zł": "PLN",
           "Fr.": "CHF", "RMB": "CNY", "sFr.": "CHF", "₦": "NGN", "KSh": "KES", "Ksh": "KES", "₪": "ILS",
           "₴": "UAH", "₱": "PHP", "₫": "VND", "฿": "THB"}
"""'¥' is read as JPY (its use for CNY is usually written RMB or 'Yuan'); '$' alone as USD."""

_RAND = re.compile(r"(?<![\w.$])R$")
"""South African rand: 'R2.3 billion'. A bare 'R' is also a model letter ('Rivian R2', 'BMW R 1250'), so it is read
as the rand only glued to an amount with a scale word ('R2.3 billion', 'R500 million')."""

ISO_CODES = frozenset(c.alpha_3 for c in pycountry.currencies) | {"XBT"}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=4)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    lx = lexicon(lang)
    words = {k: v for k, v in lx.CURRENCY_WORDS.items() if v}
    if lx is de:  # English currency words often appear in German text and vice versa
        words.update({k: v for k, v in en.CURRENCY_WORDS.items() if v and k[0].isupper()})
    else:
        words.update({k: v for k, v in de.CURRENCY_WORDS.items() if v and " " not in k and k[0].isupper()
                      and k.lower() not in en.CURRENCY_WORDS})
    flags = 0 if lx is de else re.IGNORECASE
    before = re.compile(rf"(?:(?P<sym>{_alt(SYMBOLS)})|\b(?P<code>[A-Z]{{3}}))\s?$")
    word_alt = _alt(words)
    after = re.compile(rf"(?:\s?|-)(?:(?P<sym>{_alt(SYMBOLS)})|(?P<code>(?-i:\b[A-Z]{{3}}\b))|(?P<word>\b(?:{word_alt})))"
                       r"(?![\wäöüÄÖÜß])", flags)
    return before, after, {k.lower(): v for k, v in words.items()}


def share_currency_range(text: str, first: NumberMatch, first_value: Candidate, second: NumberMatch,
                         lang: str = "de") -> tuple[Candidate, Candidate] | None:
    """'$10-12 billion', 'EUR 5 bis 6 Mio.': the currency written before the first number
    also applies to the second, and the second's magnitude to the first."""
    if first_value.kind != "money" or not first_value.rule.split(".")[-1].endswith("before"):
        return None
    gap = text[first.end:second.start]
    if len(gap) > 6 or not re.fullmatch(r"\s*(?:bis|to|-|–)\s*", gap) or not second.magnitude:
        return None
    amount2 = second.value(lang)
    amount1 = first.value(lang)
    if amount1 is None or amount2 is None:
        return None
    amount1 = amount1 * second.magnitude
    amount1 = int(amount1) if float(amount1).is_integer() else amount1
    cur = first_value.value["currency"]
    lang2 = "en" if lexicon(lang) is en else "de"
    return (Candidate(first_value.start, first.end, "money", {"amount": amount1, "currency": cur},
                      f"money.{lang2}.range_start"),
            Candidate(second.start, second.end, "money", {"amount": amount2, "currency": cur},
                      f"money.{lang2}.range_end"))


_RANGE_GAP = re.compile(r"\s*(?:bis|to|-|–)\s*|\s+(?:und|and)\s+")
_BETWEEN = re.compile(r"(?:zwischen|between)\s+$", re.IGNORECASE)


def share_magnitude(text: str, first: NumberMatch, first_value: Candidate, second: NumberMatch,
                    second_value: Candidate, lang: str = "de") -> Candidate | None:
    """'$3 to $4 billion', 'zwischen €3 und €4 Mrd.': both amounts carry their currency and only the
    second its magnitude, which then applies to the first too (the first is not $3). 'und'/'and'
    join a range only after 'zwischen'/'between'; the first amount must not exceed the second."""
    if first_value.kind != "money" or second_value.kind != "money" or first.magnitude or not second.magnitude:
        return None
    if first_value.value["currency"] != second_value.value["currency"]:
        return None
    gap = _RANGE_GAP.fullmatch(text, first_value.end, second_value.start)
    if gap is None:
        return None
    if gap.group(0).strip() in ("und", "and") and not _BETWEEN.search(text, max(0, first_value.start - 12),
                                                                      first_value.start):
        return None
    base, other = first.value(lang), second.value(lang)
    if base is None or other is None or base * second.magnitude > other:
        return None
    amount = base * second.magnitude
    amount = int(amount) if float(amount).is_integer() else amount
    lang2 = "en" if lexicon(lang) is en else "de"
    return Candidate(first_value.start, first_value.end, "money",
                     {"amount": amount, "currency": first_value.value["currency"]}, f"money.{lang2}.range_start")


def parse_money(text: str, num: NumberMatch, lang: str = "de") -> Candidate | None:
    """The money value around `num`, or None when no currency is next to it."""
    before, after, words = _patterns(lang)
    lang2 = "en" if lexicon(lang) is en else "de"
    scale = "scale_" if num.magnitude else ""
    m = before.search(text, max(0, num.start - 8), num.start)
    if m and m.end() == num.start:
        cur = SYMBOLS.get(m.group("sym")) if m.group("sym") else m.group("code")
        if cur and (m.group("sym") or cur in ISO_CODES):
            amount = num.value(lang)
            if amount is not None:
                kind = "symbol" if m.group("sym") else "code"
                return Candidate(m.start(), num.end, "money", {"amount": amount, "currency": cur},
                                 f"money.{lang2}.{kind}_before" + ("_scale" if num.magnitude else ""))
    if num.magnitude and num.start > 0 and _RAND.search(text, max(0, num.start - 2), num.start):
        amount = num.value(lang)
        if amount is not None:
            return Candidate(num.start - 1, num.end, "money", {"amount": amount, "currency": "ZAR"},
                             f"money.{lang2}.symbol_before_scale")
    m = after.match(text, num.end)
    if m:
        if m.group("sym"):
            cur, kind = SYMBOLS[m.group("sym")], "symbol"
        elif m.group("code"):
            cur, kind = (m.group("code") if m.group("code") in ISO_CODES else None), "code"
        else:
            cur, kind = words.get(m.group("word").lower()), "currency"
        amount = num.value(lang)
        if cur and amount is not None:
            return Candidate(num.start, m.end(), "money", {"amount": amount, "currency": cur},
                             f"money.{lang2}.{scale}{kind}")
    return None
