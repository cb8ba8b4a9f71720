"""Within one article: mentions → entities, with ids shared across articles.

Mentions (all types but ROLE) are grouped by a name key: the canonical
company name for ORG, the looked-up place for LOC, the case-folded name
otherwise. The entity id is a hash of (type, key), so the same company in two
articles gets the same id and the store merges their aliases and mentions.

Within the article, general rules join groups the key alone misses; each
acts only when its match is unambiguous in the article:
1. type votes: one name tagged ORG twice and MISC once is one ORG entity;
2. genitive: "Xiaomis" joins "Xiaomi" when the article also names "Xiaomi";
3. descriptive heads: "Münchner Bäckereikette Brotzeit" joins "Brotzeit",
   "Senator Rick Santorum" joins "Rick Santorum";
4. company short forms: a later "Nordlicht" joins "Nordlicht Logistik AG";
5. acronyms: "USI" joins "University of Southern Indiana";
6. short person names: "Lei" joins "Lei Jun", "von der Leyen" joins
   "Ursula von der Leyen".
Measured on gold mentions by bench/resolve_bench.py.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsgraph.model import ENTITY_TYPES, Article, Entity, Mention, MentionRef, make_id
from newsgraph.resolve.names import (canonical_org_name, fold, lookup_place, person_variants, place_key,
                                     place_name, strip_possessive)

# Tie-break when a name got different types in one article: the earlier wins.
_TYPE_PRIORITY = {t: i for i, t in enumerate(("ORG", "PER", "LOC", "PRODUCT", "MISC"))}


@dataclass
class _Group:
    type: str
    key: str
    name: str
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)


def resolve_article(article: Article) -> list[Entity]:
    """Group the article's mentions into entities; set Mention.entity_id and link event arguments.

    Returns the entities in order of first mention, each with this article's mentions.
    """
    lang = article.language or "de"
    mentions = sorted((m for m in article.mentions if m.type in ENTITY_TYPES), key=lambda m: (m.start, m.end))
    types = _vote_types(mentions)
    groups: dict[tuple[str, str], _Group] = {}
    for m in mentions:
        etype = types[fold(strip_possessive(m.text))]
        key, name, country = _identify(m.text, etype, lang)
        group = groups.setdefault((etype, key), _Group(etype, key, name, country))
        group.mentions.append(m)
    _merge_genitives(groups)
    _merge_descriptive_heads(groups, "ORG")
    _merge_descriptive_heads(groups, "PER")
    _merge_org_short_forms(groups)
    _merge_acronyms(groups)
    _merge_short_person_names(groups)
    ordered = sorted(groups.values(), key=lambda g: g.mentions[0].start)
    entities = [_to_entity(article.id, g) for g in ordered]
    for entity, group in zip(entities, ordered):
        for m in group.mentions:
            m.entity_id = entity.id
    link_arguments(article)
    return entities


def entity_id(etype: str, key: str) -> str:
    return make_id("e_", etype, key)


def _vote_types(mentions: list[Mention]) -> dict[str, str]:
    """Surface name → the type most of its mentions got (NER is not always consistent)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[fold(strip_possessive(m.text))][m.type] += 1
    return {name: min(c, key=lambda t: (-c[t], _TYPE_PRIORITY[t])) for name, c in votes.items()}


def _identify(text: str, etype: str, lang: str) -> tuple[str, str, str | None]:
    """(key, canonical name, country) of one mention."""
    if etype == "ORG":
        name = canonical_org_name(text, lang)
        return fold(name), name, None
    if etype == "LOC":
        place = lookup_place(text, lang)
        if place is None and strip_possessive(text) != text.strip():
            place = lookup_place(strip_possessive(text), lang)
        key = place_key(place) if place else None
        name = strip_possessive(text)
        if key is not None:
            country = place.get("country")
            return key, place_name(place) or name, str(country).upper() if country else None
        return fold(name), name, None
    name = strip_possessive(text)
    return fold(name), name, None


def _merge(groups: dict[tuple[str, str], _Group], source: tuple[str, str], target: tuple[str, str]) -> None:
    into = groups[target]
    into.mentions.extend(groups.pop(source).mentions)
    into.mentions.sort(key=lambda m: (m.start, m.end))


def _merge_genitives(groups: dict[tuple[str, str], _Group]) -> None:
    """German genitive without apostrophe: "Xiaomis", "Chinas" → "Xiaomi", "China" when both occur."""
    for etype, key in list(groups):
        if (etype, key) not in groups or len(key) < 4 or not key.endswith("s"):
            continue
        base = (etype, key[:-1])
        if base in groups:
            _merge(groups, (etype, key), base)
            continue
        # LOC keys are place keys; compare on the folded names instead.
        for other_key, other in groups.items():
            if other_key != (etype, key) and other.type == etype and fold(other.name) == key[:-1]:
                _merge(groups, (etype, key), other_key)
                break


def _merge_descriptive_heads(groups: dict[tuple[str, str], _Group], etype: str) -> None:
    """"Münchner Bäckereikette Brotzeit" joins "Brotzeit"; "Senator Rick Santorum" joins "Rick Santorum".

    NER spans sometimes include a descriptive head (city, trade, title). The
    shorter name is kept: it is the one other articles use, so the id stays
    stable across articles. Only a whole-word suffix counts, and only when it
    is unambiguous both ways: "Civic Party" and "Labour Party" do not join a
    bare "Party". Person names must keep at least two words and must not be
    a mere short form of the longer name ("von der Leyen").
    """
    keys = sorted((k for k in groups if k[0] == etype), key=lambda k: len(k[1]))
    min_words = 2 if etype == "PER" else 1
    for key in reversed(keys):  # longest first
        if key not in groups:
            continue
        candidates = [o for o in keys if o != key and o in groups and len(o[1]) >= 3
                      and len(o[1].split(" ")) >= min_words and key[1].endswith(" " + o[1])]
        if len(candidates) != 1:
            continue
        short = candidates[0][1]
        if etype == "PER" and short in person_variants(groups[key].name):
            continue  # "von der Leyen" is a short reference to "Ursula von der Leyen", not its core
        longer = [k for k in keys if k in groups and k[1].endswith(" " + short)]
        if longer == [key]:
            _merge(groups, key, candidates[0])


def _merge_org_short_forms(groups: dict[tuple[str, str], _Group]) -> None:
    """"Nordlicht" joins "Nordlicht Logistik AG" when it comes after the full name was introduced.

    News text introduces a company by its full name and then shortens it. A
    short form that appears before the full name is more likely another
    company (the parent of "Volkswagen Financial Services"), so it stays apart;
    so does a short form that starts more than one longer name.
    """
    orgs = [k for k in groups if k[0] == "ORG"]
    for key in sorted(orgs, key=lambda k: len(k[1])):
        if key not in groups:
            continue
        first = groups[key].mentions[0].start
        candidates = [o for o in orgs if o != key and o in groups and o[1].startswith(key[1] + " ")]
        if len(candidates) == 1 and groups[candidates[0]].mentions[0].start < first and len(key[1]) >= 3:
            _merge(groups, key, candidates[0])


# Words left out of initialisms: "University of Southern Indiana" → USI.
_INITIALISM_SKIP = {"of", "the", "and", "for", "&", "de", "der", "die", "das", "des", "für", "und", "von", "du", "la"}


def _initialisms(name: str) -> set[str]:
    """USI for "University of Southern Indiana", LV for "LibriVox", JSC for "Johnson Space Center"."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    firsts = "".join(w[0] for w in words if w.casefold() not in _INITIALISM_SKIP and w[0].isalpha()).upper()
    capitals = "".join(ch for ch in name if ch.isupper())
    return {x for x in (firsts, capitals) if len(x) >= 2}


def _merge_acronyms(groups: dict[tuple[str, str], _Group]) -> None:
    """An all-capitals name joins the only longer name of its type in the article whose initials it spells.

    Not for names the place lookup already knows ("US" is the United States,
    not the "University of Sheffield" of the same article).
    """
    for key in [k for k in groups if k[0] in ("ORG", "LOC")]:
        if key not in groups or key[1].startswith(("country:", "city:", "region:")):
            continue
        acronym = groups[key].name.replace(".", "")
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            continue
        candidates = [o for o in groups if o != key and o[0] == key[0]
                      and len(groups[o].name) > len(acronym) + 1 and acronym in _initialisms(groups[o].name)]
        if len(candidates) == 1:
            _merge(groups, key, candidates[0])


def _merge_short_person_names(groups: dict[tuple[str, str], _Group]) -> None:
    """A shorter PER name joins the only longer PER name in the article it is a variant of.

    Variants come from `normalize.person_name_variants` ("von der Leyen" for
    "Ursula von der Leyen", "Lei" for "Lei Jun"), plus the first word (a
    given name, as interviews use it); without normalize, the first and last
    word. Shortest names go first, so "Müller" stays apart when the article
    has both "Anna Müller" and "Peter Müller".
    """
    persons = [k for k in groups if k[0] == "PER"]
    variants = {k: (set(person_variants(groups[k].name)) | {k[1].split(" ")[0]}) - {k[1]} for k in persons}
    for key in sorted(persons, key=lambda k: len(k[1])):
        if key not in groups:
            continue
        candidates = [o for o in persons if o != key and o in groups and len(o[1]) > len(key[1])
                      and key[1] in variants[o]]
        if len(candidates) == 1:
            _merge(groups, key, candidates[0])


def _to_entity(article_id: str, g: _Group) -> Entity:
    aliases = list(dict.fromkeys(m.text for m in g.mentions if m.text != g.name))
    return Entity(id=entity_id(g.type, g.key), type=g.type, name=g.name, aliases=aliases, country=g.country,
                  mentions=[MentionRef(article_id, m.start, m.end, m.text) for m in g.mentions])


def link_arguments(article: Article) -> None:
    """Give event arguments the entity of the mention they overlap most (or, without offsets, name)."""
    linked = [m for m in article.mentions if m.entity_id and m.type in ENTITY_TYPES]
    by_name = {}
    for m in linked:
        by_name.setdefault(fold(strip_possessive(m.text)), m.entity_id)
    for event in article.events:
        for arg in event.arguments:
            if arg.entity_id is not None:
                continue
            if arg.start is not None and arg.end is not None:
                best = max(linked, default=None,
                           key=lambda m: min(m.end, arg.end) - max(m.start, arg.start))
                if best is not None and min(best.end, arg.end) - max(best.start, arg.start) > 0:
                    arg.entity_id = best.entity_id
                    continue
            arg.entity_id = by_name.get(fold(strip_possessive(arg.text)))
