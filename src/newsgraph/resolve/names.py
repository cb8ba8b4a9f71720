"""Name keys: what two mentions must share to be taken for the same thing.

ORG names go through `normalize.canonical_org_name` (legal forms, genitive -s)
when the normalisation package provides it; `basic_org_name` is the fallback
so resolution works on its own. Places go through `normalize.lookup_place`,
so "Spanien" and "Spain" meet at the key "country:ES".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Legal-form suffixes stripped from company names by the fallback (German and
# English company law abbreviations; longest first so "GmbH & Co. KG" wins over "KG").
LEGAL_FORMS = (
    "gmbh & co. kgaa", "gmbh & co. kg", "ag & co. kgaa", "ag & co. kg", "se & co. kgaa", "& co. kgaa", "& co. kg",
    "co., ltd.", "co. ltd.", "co., ltd", "pty ltd", "pty. ltd.", "s.p.a.", "s.a.s.", "s.a.", "n.v.", "b.v.",
    "gmbh", "mbh", "ggmbh", "ug (haftungsbeschränkt)", "ug", "kgaa", "ag", "se", "kg", "ohg", "e.v.", "e. v.", "eg",
    "inc.", "inc", "incorporated", "corp.", "corp", "corporation", "ltd.", "ltd", "limited", "llc", "l.l.c.",
    "llp", "plc", "co.",
)
_SUFFIX_RE = re.compile(r"[\s,]+(?:" + "|".join(re.escape(f) for f in LEGAL_FORMS) + r")$", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|')$")
_EDGE_PUNCT = "\"'“”„‚‘’«»()[]{}.,;:!?-–— \t\n"


def fold(text: str) -> str:
    """Comparison form: Unicode NFKC, case-folded, inner whitespace collapsed, edge punctuation gone."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", " ", text).strip(_EDGE_PUNCT)
    return text.casefold()


def strip_possessive(text: str) -> str:
    """English possessive ("Apple's", "Siemens'") and German apostrophe genitive ("Xiaomi’s") → the name."""
    stripped = _POSSESSIVE_RE.sub("", text.strip())
    return stripped if stripped else text.strip()


def basic_org_name(name: str) -> str:
    """Fallback canonical company name: trailing legal forms removed (repeatedly: "X Holdings Inc.")."""
    name = strip_possessive(re.sub(r"\s+", " ", name).strip())
    while True:
        shorter = _SUFFIX_RE.sub("", name).strip(" ,")
        if shorter == name or not shorter:
            return name
        name = shorter


def canonical_org_name(name: str, lang: str) -> str:
    from newsgraph import normalize

    fn = getattr(normalize, "canonical_org_name", None)
    if fn is not None:
        result = fn(name, lang)
        if isinstance(result, str) and result.strip():
            return result.strip()
    return basic_org_name(name)


def person_variants(name: str) -> list[str]:
    """Folded short forms of a person name: normalize.person_name_variants, else first and last word."""
    from newsgraph import normalize

    fn = getattr(normalize, "person_name_variants", None)
    if fn is not None:
        variants = list(fn(name))
    else:
        parts = name.split()
        variants = [name, parts[0], parts[-1]] if len(parts) > 1 else [name]
    return [fold(v) for v in variants if v and v.strip()]


def lookup_place(text: str, lang: str) -> dict[str, Any] | None:
    """normalize.lookup_place as a plain dict ({"country": "ES"}, {"city": ..., "country": ...}), or None."""
    from newsgraph import normalize

    fn = getattr(normalize, "lookup_place", None)
    if fn is None:
        return None
    try:
        result = fn(text, lang)
    except (LookupError, ValueError):
        return None
    if result is None:
        return None
    if hasattr(result, "value"):  # a Value
        result = result.value
    return result if isinstance(result, dict) and result else None


def place_key(place: dict[str, Any]) -> str | None:
    """Key of a looked-up place; None for shapes that are not one location ({"outside": ...})."""
    if place.get("city"):
        return f"city:{fold(str(place['city']))}:{place.get('country') or ''}"
    if place.get("region") and not place.get("country"):
        return f"region:{fold(str(place['region']))}"
    if place.get("country") and set(place) <= {"country", "name"}:
        return f"country:{str(place['country']).upper()}"
    return None


def place_name(place: dict[str, Any]) -> str | None:
    """Language-independent display name of a looked-up place: "Spain" for Spanien, "Beijing" for Peking.

    Countries take their ISO 3166 name (pycountry; the common name where ISO's
    is formal, e.g. "Taiwan"); cities and regions the name the lookup gives.
    """
    if place.get("city"):
        return str(place["city"])
    if place.get("region") and not place.get("country"):
        return str(place["region"])
    code = place.get("country")
    if code:
        import pycountry

        country = pycountry.countries.get(alpha_2=str(code).upper())
        if country is not None:
            return getattr(country, "common_name", None) or country.name
    return None
