"""normalize: text → typed, normalised Values (money, counts, fractions, times, places, booleans).

`find_values` reads as its steps: find number phrases and read each as money,
percentage or count; add word fractions, dates/periods/durations, places and
bindingness words; keep the most specific non-overlapping candidates. Names
(organisations, roles, persons) have their own helpers for entity resolution.
See docs/normalize.md for shapes and rule names.
"""

from __future__ import annotations

from newsgraph.model import Article, TimeSpan, Value
from newsgraph.normalize.counts import parse_count, share_range
from newsgraph.normalize.fractions import find_binding_words, find_word_fractions, parse_percent
from newsgraph.normalize.money import parse_money, share_currency_range, share_magnitude
from newsgraph.normalize.names import canonical_org_name, canonical_role, person_name_variants
from newsgraph.normalize.numbers import find_numbers
from newsgraph.normalize.places import find_places, lookup_place
from newsgraph.normalize.spans import Candidate, select
from newsgraph.normalize.time import TimeContext, find_times, parse_published, value_to_timespan
from newsgraph.settings import Settings

__all__ = ["find_values", "normalize_article", "canonical_org_name", "canonical_role", "person_name_variants",
           "lookup_place", "value_to_timespan", "find_candidates", "TimeSpan"]


def _lang(lang: str | None) -> str:
    return "en" if (lang or "").lower().startswith("en") else "de"


def find_candidates(text: str, lang: str = "de", published: str | None = None) -> list[Candidate]:
    """All candidate spans before overlap resolution (the benchmark counts these)."""
    lang = _lang(lang)
    out: list[Candidate] = []
    numbers = find_numbers(text, lang)
    read = [parse_money(text, n, lang) or parse_percent(text, n, lang) or parse_count(text, n, lang)
            for n in numbers]
    for i, cand in enumerate(read):
        if cand is not None and cand.kind == "money" and i + 1 < len(read) and (
                read[i + 1] is None or read[i + 1].kind == "count"):
            pair = share_currency_range(text, numbers[i], cand, numbers[i + 1], lang)
            if pair:
                cand, read[i + 1] = pair
        elif cand is not None and cand.kind == "money" and i + 1 < len(read) and read[i + 1] is not None:
            cand = share_magnitude(text, numbers[i], cand, numbers[i + 1], read[i + 1], lang) or cand
        if i + 1 < len(read) and read[i + 1] is not None and (cand is None or cand.kind == "count"
                                                              and cand.value.get("unit") is None):
            shared = share_range(text, numbers[i], numbers[i + 1], read[i + 1], lang)
            cand = shared or cand
        if cand is not None:
            out.append(cand)
    out.extend(find_word_fractions(text, lang))
    out.extend(find_times(text, lang, TimeContext(parse_published(published))))
    out.extend(find_places(text, lang))
    out.extend(find_binding_words(text, lang))
    return out


def find_values(text: str, lang: str = "de", published: str | None = None, offset: int = 0) -> list[Value]:
    """Every money, count, fraction, duration, period, date, place and boolean value in `text`.

    Offsets are shifted by `offset`, so `text[v.start - offset:v.end - offset] == v.text`.
    `published` (YYYY-MM-DD) anchors relative dates; without it they stay relative.
    """
    if not text:
        return []
    return [c.to_value(text, offset) for c in select(find_candidates(text, lang, published))]


def normalize_article(article: Article, settings: Settings) -> Article:
    """Values per sentence, in the sentence's language, anchored to the publication date.

    Without sentences (nlp disabled) the whole text is read in the article's language.
    """
    values: list[Value] = []
    if article.sentences:
        for sentence in article.sentences:
            chunk = article.text[sentence.start:sentence.end]
            values.extend(find_values(chunk, sentence.language or article.language or settings.default_language,
                                      article.published, offset=sentence.start))
    else:
        values = find_values(article.text, article.language or settings.default_language, article.published)
    article.values = sorted(values, key=lambda v: (v.start, v.end))
    return article
