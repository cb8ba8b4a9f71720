"""Gazetteer membership as static word vectors: lexicon features for the statistical NER.

A hash-embedding model only knows the words it saw in training. Our gazetteers know many more:
first names, places, listed companies, legal forms, job titles. Each known word form gets a small
0/1 vector saying which lists it is in; spaCy's `include_static_vectors` feeds that vector into the
tok2vec next to the hash embeddings, and training learns how far to trust each list. The table is
built at training time and saved inside the model, so the installed package needs none of the
training-only sources (pytickersymbols) at run time.

Lists, one dimension each (`FEATURES`); a word form is matched exactly (spaCy `ORTH`), and German
genitive forms ("Deutschlands", "Siemens'") get the features of their base:
- first_name: gender-guesser's first names (gazetteers.first_names);
- place, place_part: one-word places and the words of longer place names (gazetteers.places);
- company_part: capitalised words of the names of index constituents in **pytickersymbols** (MIT;
  DAX, MDAX, SDAX, TecDAX, EURO STOXX 50, S&P 500, FTSE 100, ... about 1,800 companies);
- legal_form, org_keyword, role, person_title, product_keyword: our word lists (nlp/lexicon.py);
- function_word: spaCy's German and English stop words, in lower and capitalised form;
- month: German and English month and weekday names from babel (CLDR).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from newsgraph.errors import DataError
from newsgraph.nlp import gazetteers, lexicon

FEATURES: tuple[str, ...] = ("first_name", "place", "place_part", "company_part", "legal_form", "org_keyword",
                             "role", "person_title", "product_keyword", "function_word", "month")
_WORD = re.compile(r"[^\s]+")


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def _listed_company_words() -> set[str]:
    """Capitalised words of listed companies' names, without legal forms and function words."""
    try:
        from pytickersymbols import PyTickerSymbols
    except ImportError:
        raise DataError("--lexicon-vectors needs pytickersymbols: pip install 'newsgraph[train]'") from None

    legal = set(lexicon.LEGAL_FORMS)
    stop = {w.lower() for w in _function_words()}
    words: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        for word in _words(stock.get("name") or ""):
            word = word.strip(",()")
            if len(word) > 1 and word[:1].isupper() and word not in legal and word.lower() not in stop:
                words.add(word)
    return words


def _function_words() -> set[str]:
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    words = {w for w in DE | EN}
    return words | {w[:1].upper() + w[1:] for w in words}


def _month_words() -> set[str]:
    from babel import Locale

    words: set[str] = set()
    for loc in ("de", "en"):
        locale = Locale(loc)
        for width in ("wide", "abbreviated"):
            words.update(locale.months["format"][width].values())
            words.update(locale.days["format"][width].values())
    return {w.rstrip(".") for w in words} | words


def feature_lists() -> dict[str, set[str]]:
    """Each feature's word forms (before genitive forms are added)."""
    places = gazetteers.places()
    role_words = set(lexicon.ROLE_WORDS_DE) | set(lexicon.ROLE_ACRONYMS) | set(lexicon.ROLE_COMPOUND_HEADS)
    for phrase in lexicon.ROLE_PHRASES_EN + lexicon.ROLE_PHRASES_DE:
        role_words.update(_words(phrase))
        role_words.update(w[:1].upper() + w[1:] for w in _words(phrase))
    legal: set[str] = set()
    for form in gazetteers.legal_forms():
        legal.update(w for w in _words(form) if w not in {"&"})
    return {
        "first_name": set(gazetteers.first_names()),
        "place": {p for p in places if " " not in p},
        "place_part": {w for p in places if " " in p for w in _words(p) if w[:1].isupper() and len(w) > 2},
        "company_part": _listed_company_words(),
        "legal_form": legal,
        "org_keyword": set(lexicon.ORG_KEYWORDS_DE) | set(lexicon.ORG_KEYWORDS_EN) | set(lexicon.ORG_COMPOUND_HEADS),
        "role": role_words,
        "person_title": set(lexicon.PERSON_TITLES),
        "product_keyword": set(lexicon.PRODUCT_KEYWORDS),
        "function_word": _function_words(),
        "month": _month_words(),
    }


def _genitives(word: str) -> tuple[str, ...]:
    if word.endswith(("s", "ß", "x", "z")):
        return (word + "'",)
    return (word + "s",)


def build_table(lists: dict[str, set[str]] | None = None) -> tuple[list[str], np.ndarray]:
    """Word forms and their 0/1 feature rows (float32, one column per entry of FEATURES)."""
    lists = feature_lists() if lists is None else lists
    rows: dict[str, np.ndarray] = {}
    for column, name in enumerate(FEATURES):
        genitive = name in {"first_name", "place", "place_part", "company_part"}
        for word in lists.get(name, ()):
            forms = (word,) + (_genitives(word) if genitive else ())
            for form in forms:
                row = rows.setdefault(form, np.zeros(len(FEATURES), dtype="float32"))
                row[column] = 1.0
    words = sorted(rows)
    return words, np.stack([rows[w] for w in words]) if words else np.zeros((0, len(FEATURES)), "float32")


def write(target: Path, lang: str, lists: dict[str, set[str]] | None = None) -> Path:
    """Save the table as a blank `lang` pipeline folder that `[initialize] vectors` can load."""
    import spacy
    from spacy.vectors import Vectors

    words, data = build_table(lists)
    nlp = spacy.blank(lang)
    nlp.vocab.vectors = Vectors(data=data, keys=[nlp.vocab.strings.add(w) for w in words], name="newsgraph_lexicon")
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target
