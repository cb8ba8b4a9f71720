"""Canonical organisation names, job titles and person name variants.

Used by entity resolution: two mentions name one organisation when their
canonical names agree, and a person is matched by any of its variants.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsgraph.normalize.lang import names as N

_QUOTES = "\"'„“”‚‘’«»‹›"
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _legal_regex() -> re.Pattern[str]:
    forms = sorted(N.LEGAL_FORMS, key=len, reverse=True)
    alt = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?:[\s,]+(?:{alt}))+\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _descriptor_regex() -> re.Pattern[str]:
    """'der Softwarekonzern SAP', 'des Münchner Autobauers BMW': an article, at most one adjective and a
    capitalised noun whose last part says what kind of company follows (N.DESCRIPTOR_HEADS)."""
    heads = "|".join(re.escape(h) for h in sorted(N.DESCRIPTOR_HEADS, key=len, reverse=True))
    return re.compile(rf"^(?:der|die|das|des|dem|den)\s+(?:[A-ZÄÖÜ]?[a-zäöüß]+(?:e|en|er|es|em)\s+)?"
                      rf"[A-ZÄÖÜ][\wäöüß-]*(?:{heads})(?:s|es|n|en)?\s+(?=[A-Z0-9ÄÖÜ])")


@lru_cache(maxsize=1)
def _prefix_regex() -> re.Pattern[str]:
    alt = "|".join(re.escape(p) for p in sorted(N.ORG_PREFIXES, key=len, reverse=True))
    return re.compile(rf"^(?:{alt})\s+", re.IGNORECASE)


def canonical_org_name(name: str, lang: str | None = None, known: frozenset[str] | set[str] | None = None) -> str:
    """'Xiaomi Inc.' → 'Xiaomi'; 'des Konzerns Siemens' → 'Siemens'; 'Xiaomis' → 'Xiaomi' (German).

    Steps: normalise quotes and spaces, drop descriptive heads ('des Konzerns'),
    English possessive ('Apple's'), legal forms at the end (repeatedly:
    'Foo Holding GmbH & Co. KG'), then a German genitive -s after a vowel or
    -y (Xiaomis, Nokias, Sonys) unless the name is a known -s name; `known`
    (canonical names already in the graph) decides other cases ('Qualcomms'
    → 'Qualcomm' only when 'Qualcomm' is known).
    """
    s = unicodedata.normalize("NFC", name)
    s = s.strip().strip(_QUOTES).strip()
    s = _SPACES.sub(" ", s)
    s = "".join(ch for ch in s if ch not in _QUOTES or ch in "'’")
    s = _prefix_regex().sub("", s)
    s = re.sub(r"['’]s?$", "", s) if re.search(r"[\w.]['’]s?$", s) else s  # "Apple's", "Apple Inc.'s"
    s = _descriptor_regex().sub("", s)
    stripped = _legal_regex().sub("", s).strip(" ,")
    if stripped:
        s = stripped
    if lang in (None, "de") and len(s) > 3 and s.endswith("s") and s not in N.GENITIVE_EXCEPTIONS:
        base = s[:-1]
        if known is not None and base in known:
            return base
        if (known is None or s not in known) and base[-1].lower() in "aiouyé" and not s.endswith(("us", "is")):
            return base
        if (known is None or s not in known) and base.endswith("e") and " " not in s and not s.endswith("ies"):
            return base  # 'Googles', 'Porsches'; not 'Infineon Technologies', 'American Airlines' (plurals)
        if base.endswith("i") and s.endswith("is") and s not in N.GENITIVE_EXCEPTIONS and base[:1].isupper() \
                and len(base) >= 4:
            return base
    return s


@lru_cache(maxsize=1)
def _role_index() -> dict[str, str]:
    return {spelling: role for role, spellings in N.ROLE_TITLES.items() for spelling in spellings}


def canonical_role(title: str) -> str | None:
    """'Vorstandschef' / 'Chief Executive Officer' / 'CEO' → 'CEO'; None for unknown titles.

    Qualifiers (neuer, designierter, former, acting) and a trailing 'von X' /
    'of X' / 'bei X' are dropped; the longest known title inside the remaining
    words wins ('Senior Vice President Sales' → 'senior vice president').
    """
    s = _SPACES.sub(" ", title.strip().strip(_QUOTES)).lower()
    s = re.split(r"\s+(?:von|of|bei|at|für|for)\s+(?!the board|des vorstands|des aufsichtsrats|the)", s)[0]
    words = [w for w in s.replace(",", " ").split() if w not in N.ROLE_QUALIFIERS]
    s = " ".join(words)
    index = _role_index()
    if s in index:
        return index[s]
    best = None
    joined = [re.sub(r"(?<=\w)-(?=\w)", "", w) for w in words]  # 'Deutschland-Chef' = 'Deutschlandchef'
    for candidate in (words, joined):
        for n in range(len(candidate), 0, -1):
            for i in range(0, len(candidate) - n + 1):
                phrase = " ".join(candidate[i:i + n])
                if phrase in index:
                    return index[phrase]
    for word in words:  # German compounds: 'Asien-Chef', 'Europachefin'
        for suffix, role in (("vorstandsvorsitzender", "CEO"), ("chefin", "head"), ("chef", "head"),
                             ("leiterin", "head"), ("leiter", "head"), ("sprecherin", "spokesperson"),
                             ("sprecher", "spokesperson")):
            if word.endswith(suffix) and len(word) > len(suffix):
                return best or role
    return best


def person_name_variants(name: str) -> list[str]:
    """Ways an article refers to the same person, full name first.

    Western order ('Tim Cook', 'Ursula von der Leyen'): full name, the name
    without middle names and initials, the family name with its particles
    ('Cook', 'von der Leyen'). Chinese order — a two- or three-part name whose
    first part is a common Chinese family name and that has no Western given
    name ('Lei Jun', 'Xi Jinping'): full name, the family name ('Lei'), and the
    Western-order form ('Jun Lei') that English media sometimes use. Titles
    (Dr., Prof., Herr, Mr.) are dropped; a single name is returned as is.
    """
    s = _SPACES.sub(" ", name.strip().strip(_QUOTES))
    parts = [p for p in s.split(" ") if p not in N.PERSON_TITLES]
    if not parts:
        return []
    full = " ".join(parts)
    if len(parts) == 1:
        return [full]
    variants = [full]
    if _is_chinese_order(parts):
        family, given = parts[0], " ".join(parts[1:])
        variants += [family, f"{given} {family}"]
        return _dedupe(variants)
    i = len(parts) - 1
    while i > 1 and parts[i - 1].lower() in N.NAME_PARTICLES:
        i -= 1
    if i > 0 and parts[i - 1].lower() in N.NAME_PARTICLES and i - 1 > 0:
        i -= 1
    family = " ".join(parts[i:])
    given = [p for p in parts[:i] if not re.fullmatch(r"[A-ZÄÖÜ]\.", p)]
    if given and len(given) > 1:
        variants.append(f"{given[0]} {family}")
    elif given and len(given) < len(parts[:i]):
        variants.append(f"{given[0]} {family}")
    variants.append(family)
    if family[:1].islower():
        variants.append(family[0].upper() + family[1:])
    return _dedupe(variants)


_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en"
    r"|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u|ü|v)(?:n|ng)?){1,3}", re.IGNORECASE)


def _is_chinese_order(parts: list[str]) -> bool:
    """Family name first: a common Chinese family name followed by a pinyin-like or hyphenated given name."""
    if len(parts) not in (2, 3) or parts[0] not in N.CHINESE_SURNAMES:
        return False
    given = parts[1:]
    return all(_PINYIN.fullmatch(p) or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", p) for p in given)


def _dedupe(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out
