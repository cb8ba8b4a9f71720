"""Places: countries (ISO 3166-1 alpha-2), regions (English labels), cities (GeoNames, with country).

Shapes: {"country": "ES"}, {"region": "Europe"}, {"city": "Beijing", "country": "CN"},
{"outside": "CN"} ('außerhalb Chinas', 'outside China').

Sources, merged in this order (later wins): babel territory names and
pycountry names per language, the cities table built by build_places.py, and
the hand tables in lang/places.py. German genitives of names ('Chinas',
'Spaniens', 'Pekings') are derived by adding -s. Matching is case-sensitive
for names (so 'china' or 'turkey' the bird are not places) and starts only at
a capitalised word; German adjectives match in lower case only
('chinesische Hersteller'), since capitalised ones usually begin names
('Deutsche Bank').
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from newsgraph.normalize.lang import places as P
from newsgraph.normalize.numbers import lexicon
from newsgraph.normalize.lang import en
from newsgraph.normalize.spans import Candidate

DATA = Path(__file__).resolve().parent / "data" / "cities.tsv.gz"
_TOKEN = re.compile(r"[A-Za-zÄÖÜäöüß0-9À-ɏ][\wÀ-ɏ'’]*\.?")
_MAX_TOKENS = 5
_REGION_CODES = {"001": None, "002": "Africa", "005": "South America", "009": "Oceania", "011": "Western Africa",
                 "013": "Central America", "014": "Eastern Africa", "015": "Northern Africa",
                 "017": "Middle Africa", "018": "Southern Africa", "019": "Americas", "021": "Northern America",
                 "029": "Caribbean", "030": "Eastern Asia", "034": "Southern Asia", "035": "Southeast Asia",
                 "039": "Southern Europe", "053": "Australasia", "142": "Asia", "143": "Central Asia",
                 "145": "Western Asia", "150": "Europe", "151": "Eastern Europe", "154": "Northern Europe",
                 "155": "Western Europe", "419": "Latin America", "EU": "European Union", "EZ": "Eurozone"}


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict]:
    table: dict[str, dict] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            surface, city, country, _pop = line.rstrip("\n").split("\t")
            table[surface] = {"city": city, "country": country}
    return table


def _country_names(locale: str) -> dict[str, str]:
    from babel import Locale
    import pycountry

    valid = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    names: dict[str, str] = {}
    for code, name in Locale(locale).territories.items():
        if code in valid and name not in P.BLOCKED_NAMES:
            names[name] = code
    if locale == "en":
        for c in pycountry.countries:
            for attr in ("name", "common_name"):
                name = getattr(c, attr, None)
                if name and name not in P.BLOCKED_NAMES and "," not in name:
                    names.setdefault(name, c.alpha_2)
    return names


def _region_names(locale: str) -> dict[str, str]:
    from babel import Locale

    out = {}
    for code, label in _REGION_CODES.items():
        name = Locale(locale).territories.get(code)
        if label and name and name not in P.BLOCKED_NAMES:
            out[name] = label
    return out


def _subdivision_name(sub) -> str:
    # (pycountry adds a second language's form in brackets to some names: "Wales [Cymru GB-CYM]")
    name = re.sub(r"\s+\[[^\]]*\]$", "", sub.name)
    return re.sub(r"\s+(?:Sheng|Shi|Zizhiqu|Uygur Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu)$", "", name)


def _subdivisions(is_en: bool) -> dict[str, dict]:
    """States and provinces of the countries newsgraph's sources report on most (pycountry ISO 3166-2).

    The region label is the ISO 3166-2 name (pycountry, the local form: 'Bayern', 'California'),
    whatever the article wrote ('Bavaria', 'Kalifornien'): one place, one value in both languages.
    """
    import pycountry

    out: dict[str, dict] = {}
    canonical: dict[str, str] = {}
    for cc in P.SUBDIVISION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=cc):
            name = _subdivision_name(sub)
            canonical[sub.code] = name
            if name not in P.BLOCKED_NAMES:
                out[name] = {"region": name, "subdivision": sub.code}
    for name, code in (P.SUBDIVISION_ALIASES_EN if is_en else P.SUBDIVISION_ALIASES_DE).items():
        if code not in canonical:
            sub = pycountry.subdivisions.get(code=code)
            canonical[code] = _subdivision_name(sub) if sub else name
        out[name] = {"region": canonical[code], "subdivision": code}
    return out


@lru_cache(maxsize=4)
def gazetteer(lang: str) -> dict[str, dict]:
    """Surface form → place value for one language (names are case-sensitive)."""
    is_en = lexicon(lang) is en
    table: dict[str, dict] = dict(_subdivisions(is_en))
    for name, city in _cities().items():
        table[name] = dict(city)
    countries = _country_names("en" if is_en else "de")
    countries.update(P.COUNTRY_ALIASES_EN if is_en else P.COUNTRY_ALIASES_DE)
    for name, code in countries.items():
        table[name] = {"country": code}
    regions = _region_names("en" if is_en else "de")
    regions.update(P.REGION_ALIASES_EN if is_en else P.REGION_ALIASES_DE)
    for name, label in regions.items():
        table[name] = {"region": label}
    if not is_en:
        for name, value in list(table.items()):
            if name[-1] not in "sxzß." and not name.isupper() and " " not in name[-3:]:
                table.setdefault(name + "s", value)
        for name, code in P.GENITIVES_DE.items():
            table[name] = {"country": code}
        for name, code in P.CAPITALISED_ADJECTIVES_DE.items():
            table[name] = {"country": code, "adjective": True}
    else:
        for name, code in P.ADJECTIVES_EN.items():
            table[name] = {"country": code, "adjective": True}
        for name, label in P.REGION_ADJECTIVES_EN.items():
            table[name] = {"region": label, "adjective": True}
    return table


@lru_cache(maxsize=4)
def _first_tokens(lang: str) -> dict[str, int]:
    """First token of every gazetteer name → the most tokens a name starting with it has."""
    index: dict[str, int] = {}
    for name in gazetteer(lang):
        tokens = _TOKEN.findall(name)
        if tokens:
            first = tokens[0].rstrip(".")
            index[first] = max(index.get(first, 1), len(tokens))
    return index


@lru_cache(maxsize=4)
def _token_keys(lang: str) -> dict[str, int]:
    """`_first_tokens` plus the forms a first token takes in text: with a sentence-final dot
    ('Europa.') and, in English, a possessive ('China's'). One dict lookup per word, and one
    C-level `isdisjoint` tells whether a text holds any place-name start at all."""
    index = dict(_first_tokens(lang))
    for first, longest in _first_tokens(lang).items():
        for suffix in _suffixes(lang):
            index.setdefault(first + suffix, longest)
    return index


def _suffixes(lang: str) -> tuple[str, ...]:
    return (".", "'", "’", "'s", "’s") if lexicon(lang) is en else (".",)


@lru_cache(maxsize=4)
def _continuations(lang: str) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """(words that are a whole name or start a one-word name, with their text forms;
    for every other first word — 'der' of 'der USA', 'The' of 'The Hague' — the second words
    its names go on with). A text whose only name-start words are such function words, none
    followed anywhere by a possible second word, holds no place name."""
    whole: set[str] = set()
    seconds: dict[str, set[str]] = {}
    for name in gazetteer(lang):
        tokens = _TOKEN.findall(name)
        if not tokens:
            continue
        first = tokens[0].rstrip(".")
        forms = (first,) + tuple(first + suffix for suffix in _suffixes(lang))
        if len(tokens) == 1:
            whole.update(forms)
        else:
            for form in forms:
                seconds.setdefault(form, set()).add(tokens[1].rstrip("."))
    return frozenset(whole), {k: tuple(sorted(v)) for k, v in seconds.items() if k not in whole}


def _may_hold_place(text: str, words: list[str], lang: str) -> bool:
    """Prefilter for the gazetteer walk (exact: it only says no when the walk would find nothing)."""
    hits = _token_keys(lang).keys() & set(words)
    if not hits:
        return False
    whole, seconds = _continuations(lang)
    if not hits.isdisjoint(whole):
        return True
    return any(second in text for hit in hits for second in seconds.get(hit, ()))


_CURRENCY_AFTER = re.compile(r"(?:Dollar|dollar|Yuan|Pfund|Franken|Yen)")
_LOWERCASE_REGION = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, P.LOWERCASE_REGIONS)) + r")(?!\w)")


@lru_cache(maxsize=4)
def _start_regex(lang: str) -> re.Pattern[str]:
    """Where a place name can start: a capitalised word, or a lower-case first word of a known name."""
    lower = "|".join(sorted(map(re.escape, _lower_starts(lang)), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\wÀ-ɏ'’])(?:[A-ZÄÖÜÀ-ÞĀ-Ž][\wÀ-ɏ'’]*\.?|(?:{lower})(?![\wÀ-ɏ]))")


@lru_cache(maxsize=4)
def _lower_starts(lang: str) -> frozenset[str]:
    """First words of gazetteer entries that start in lower case ('tier-1 markets', 'mainland China')."""
    return frozenset(re.split(r"[\s-]", name, maxsplit=1)[0] for name in gazetteer(lang) if name[:1].islower())


@lru_cache(maxsize=4)
def _adjective_regex() -> re.Pattern[str]:
    stems = "|".join(sorted(map(re.escape, {**P.ADJECTIVE_STEMS_DE, **P.REGION_ADJECTIVE_STEMS_DE}),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\wäöüß-])(?P<stem>{stems})(?:e|en|er|es|em)(?![\wäöüß-])")


@lru_cache(maxsize=4)
def _outside_regex(lang: str) -> re.Pattern[str]:
    if lexicon(lang) is en:
        return re.compile(r"(?<!\w)(?:[Oo]utside(?:\s+of)?|[Bb]eyond)\s+(?:the\s+)?$")
    return re.compile(r"(?<!\w)(?:[Aa]u(?:ß|ss)erhalb)\s+(?:(?:von|der|des|dem|den)\s+)?$")


def _adjective_value(stem: str) -> dict:
    if stem in P.ADJECTIVE_STEMS_DE:
        return {"country": P.ADJECTIVE_STEMS_DE[stem]}
    return {"region": P.REGION_ADJECTIVE_STEMS_DE[stem]}


def _clean(value: dict) -> dict:
    return {k: v for k, v in value.items() if k != "adjective"}


_POSSESSIVE = re.compile(r"['’]s?$")
"""English possessive: "China's regulators" names China."""


def find_places(text: str, lang: str = "de") -> list[Candidate]:
    """Every place name in `text` (longest match from each capitalised word)."""
    is_en = lexicon(lang) is en
    lang2 = "en" if is_en else "de"
    table = gazetteer(lang2)
    keys = _token_keys(lang2)
    start_regex = _start_regex(lang2)
    out: list[Candidate] = []
    resume = 0
    words = start_regex.findall(text)
    for tok in (start_regex.finditer(text) if _may_hold_place(text, words, lang2) else ()):
        if tok.start() < resume:
            continue
        longest = keys.get(tok.group(0))
        if longest is None:
            continue
        ends = [tok.end()]
        while len(ends) < longest:
            nxt = _TOKEN.match(text, ends[-1]) or (
                _TOKEN.match(text, ends[-1] + 1) if text[ends[-1]:ends[-1] + 1] in (" ", "-", "\u00a0") else None)
            if nxt is None:
                break
            ends.append(nxt.end())
        found = None
        for end in reversed(ends):
            surface = text[tok.start():end]
            for s in (surface, surface.rstrip("."), _POSSESSIVE.sub("", surface)):
                if s in table:
                    found = (tok.start(), tok.start() + len(s), table[s])
                    break
            if found:
                break
        if not found:
            continue
        start, end, value = found
        resume = end
        nxt = text[end:end + 2]
        if not (nxt[:1] == "-" and "country" in value and _CURRENCY_AFTER.match(text, end + 1)):  # 'US-Dollar' 
            rule = (f"place.{lang2}.adjective" if value.get("adjective")
                    else f"place.{lang2}.{next(iter(_clean(value)))}")
            out.append(Candidate(start, end, "place", _clean(value), rule))
    if not is_en and _adjective_hint() in text:  # one substring test before the stem alternation
        for m in _adjective_regex().finditer(text):
            out.append(Candidate(m.start(), m.end(), "place", _adjective_value(m.group("stem")),
                                 "place.de.adjective"))
    if any(word in text for word in P.LOWERCASE_REGIONS):
        for m in _LOWERCASE_REGION.finditer(text):
            out.append(Candidate(m.start(), m.end(), "place", {"region": P.LOWERCASE_REGIONS[m.group(0)]},
                                 f"place.{lang2}.region"))
    if out and _OUTSIDE_HINT.search(text):
        out.extend(_outside(text, lang2, out))
    return out


_OUTSIDE_HINT = re.compile(r"(?i:au(?:ß|ss)erhalb|outside|beyond)")
"""Prefilter for `_outside`: its phrases all contain one of these words."""


@lru_cache(maxsize=1)
def _adjective_hint() -> str:
    """The ending every German adjective stem shares ('sch': deutsch, chinesisch), as a prefilter."""
    stems = [s[::-1] for s in {**P.ADJECTIVE_STEMS_DE, **P.REGION_ADJECTIVE_STEMS_DE}]
    import os.path

    return os.path.commonprefix(stems)[::-1]


def _outside(text: str, lang2: str, found: list[Candidate]) -> list[Candidate]:
    regex = _outside_regex(lang2)
    out = []
    for c in found:
        if c.rule.endswith("adjective"):
            continue
        m = regex.search(text, max(0, c.start - 25), c.start)
        if m and m.end() == c.start:
            target = c.value.get("country") if "country" in c.value and "city" not in c.value else (
                c.value.get("region") or c.value.get("city"))
            out.append(Candidate(m.start(), c.end, "place", {"outside": target}, f"place.{lang2}.outside"))
    return out


def lookup_place(text: str, lang: str | None = None) -> dict | None:
    """A place name (as written in an article) → place value, or None.

    Accepts leading articles ('der USA', 'the Netherlands'), German genitives
    ('Chinas'), adjectives and 'außerhalb'/'outside' phrases. The names of `lang` are tried
    first, then those of the other language: a place name keeps its meaning in a quote or
    headline in the other language ('Spain' inside a German article).
    """
    s = re.sub(r"\s+", " ", text.strip())
    if not s:
        return None
    first = "en" if lang and lexicon(lang) is en else "de"
    langs = [first, "de" if first == "en" else "en"]
    for lg in langs:
        lang2 = "en" if lexicon(lg) is en else "de"
        table = gazetteer(lang2)
        outside = _outside_regex(lang2)
        words = s.split(" ")
        for k in range(1, min(4, len(words))):
            head = " ".join(words[:k]) + " "
            if outside.fullmatch(head):
                inner = lookup_place(" ".join(words[k:]), lang2)
                if inner:
                    target = inner.get("country") if "city" not in inner else inner.get("city")
                    return {"outside": target or inner.get("region") or inner.get("outside")}
        for candidate in (s, _strip_article(s)):
            if candidate in table:
                return _clean(table[candidate])
        if lang2 == "de":
            m = _adjective_regex().fullmatch(s.lower())
            if m:
                return _adjective_value(m.group("stem"))
        if s.lower() in P.LOWERCASE_REGIONS:
            return {"region": P.LOWERCASE_REGIONS[s.lower()]}
    return None


_LEADING = ("in", "im", "nach", "aus", "von", "vom", "into", "to", "from", "across", "throughout", "der", "des",
            "den", "dem", "die", "das", "the", "ganz", "all")


def _strip_article(s: str) -> str:
    """'in den USA', 'nach Spanien', 'across the EU' → the name itself."""
    words = s.split(" ")
    while len(words) > 1 and words[0].lower() in _LEADING:
        words = words[1:]
    return " ".join(words)
