"""Document-level consistency: a name tagged once is tagged the same way throughout the article.

News names an entity in full once ("Herbert Diess", "Xiaomi Inc.") and then repeats it or a
short form; a sentence-level tagger misses or mistypes some repeats. Three steps:
1. relabel: each surface string gets the majority type of its tagged occurrences;
2. propagate: untagged occurrences of a tagged string (whole words, capitalised, ≥ 3 letters) are added,
   when the string is distinctive (several words, all caps, a digit or inner capital), came from a
   precise rule, or was tagged at least twice (a single mistagged common word must not spread);
3. short forms: the last word of a multi-word PER ("Diess") and an ORG without its legal form
   ("Xiaomi" from "Xiaomi Inc.") are propagated the same way.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from newsgraph.nlp.rules import Span

PROPAGATED = ("ORG", "PER", "LOC", "PRODUCT")
SURE_RULES = frozenset({"legal_form", "title", "role_of", "known"})


def _distinctive(name: str) -> bool:
    """Names safe to look for elsewhere: several words, or a shape no common word has (VW, iPhone, A7)."""
    return " " in name or name.isupper() or any(c.isdigit() for c in name) or any(c.isupper() for c in name[1:])


def _short_forms(span_text: str, label: str) -> list[str]:
    words = span_text.split()
    if label == "PER" and len(words) >= 2 and len(words[-1]) >= 3:
        return [words[-1]]
    if label == "ORG" and len(words) >= 2:
        from newsgraph.nlp.gazetteers import legal_forms

        for form in legal_forms():
            if span_text.endswith(" " + form) and len(span_text) > len(form) + 3:
                return [span_text[: -len(form) - 1].rstrip(" ,")]
    return []


def whole_word_occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each occurrence of `name` in `text` not inside a longer word, left to right and not
    overlapping: what re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) finds (\w is a
    character for which str.isalnum() holds, or "_"), without compiling a pattern for every name."""
    size, end, pos = len(name), len(text), 0
    while (a := text.find(name, pos)) >= 0:
        b = a + size
        if (a == 0 or not _word_char(text[a - 1])) and (b == end or not _word_char(text[b])):
            yield a, b
            pos = b if size else b + 1
        else:
            pos = a + 1


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _surnames_stay_people(text: str, spans: list[Span]) -> list[Span]:
    """A one-word name the `listed` rule retyped to ORG ("Linde", "Porsche") is the person's surname when the
    article names a person with it ("Wolfgang Porsche"): it goes back to PER."""
    surnames = {text[s.start:s.end].split()[-1] for s in spans if s.label == "PER" and " " in text[s.start:s.end]}
    if not surnames:
        return spans
    return [Span(s.start, s.end, "PER", "model") if s.rule == "listed" and text[s.start:s.end] in surnames else s
            for s in spans]


def apply(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the whole `text` (article offsets) → relabelled and completed spans."""
    spans = _surnames_stay_people(text, spans)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for s in spans:
        if s.label in PROPAGATED:
            # a precise rule ("Xiaomi-Chef", "Xiaomi Inc.", "Hersteller Xiaomi") outvotes one model guess
            votes[text[s.start:s.end]][s.label] += 2 if s.rule in SURE_RULES or s.rule in ("compound", "keyword") else 1
    majority = {name: c.most_common(1)[0][0] for name, c in votes.items()}
    out = [Span(s.start, s.end, majority.get(text[s.start:s.end], s.label), s.rule) for s in spans]
    names: dict[str, str] = {}
    sure = {text[s.start:s.end] for s in spans if s.rule in SURE_RULES}
    for name, label in majority.items():
        # a single ordinary-looking word is only propagated when a precise rule or two taggings back it
        if _distinctive(name) or name in sure or sum(votes[name].values()) >= 2:
            names.setdefault(name, label)
    for s in spans:
        for short in _short_forms(text[s.start:s.end], s.label):
            names.setdefault(short, s.label)
    taken = sorted((s.start, s.end) for s in out)
    added: list[Span] = []
    for name, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
        if len(name) < 3 or not name[:1].isupper():
            continue
        for a, b in whole_word_occurrences(text, name):
            if any(a < e and s < b for s, e in taken):
                continue
            added.append(Span(a, b, label, "consistency"))
            taken.append((a, b))
    return sorted(out + added, key=lambda s: s.start)
