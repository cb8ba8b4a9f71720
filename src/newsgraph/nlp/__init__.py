"""nlp: Article → sentences (with per-sentence language) and entity mentions.

`annotate` reads as its steps: split sentences with the tokenizer of the article language,
decide each sentence's language, tag each sentence with the model (and rules) of its own
language, make the article's mentions consistent, and store them with exact offsets.
"""

from __future__ import annotations

from collections import defaultdict

from newsgraph.model import Article, Mention, Sentence
from newsgraph.nlp import consistency
from newsgraph.nlp.ner import NerOptions, tag_sentences
from newsgraph.nlp.rules import Span
from newsgraph.nlp.segment import SUPPORTED, split_sentences
from newsgraph.nlp.sentlang import sentence_language
from newsgraph.settings import Settings

__all__ = ["annotate", "recognize", "recognize_many", "NerOptions"]

_TRIM = " \t\n\r.,;:!?\"'“”„«»‚‘’()[]{}"


def annotate(article: Article, settings: Settings, options: NerOptions | None = None) -> Article:
    """Fill `article.sentences` and `article.mentions` (offsets into `article.text`)."""
    lang = article.language if article.language in SUPPORTED else settings.default_language
    allowed = tuple(lang_ for lang_ in settings.languages if lang_ in SUPPORTED) or (lang,)
    spans = split_sentences(article.text, lang)
    article.sentences = [Sentence(a, b, sentence_language(article.text[a:b], lang, allowed)) for a, b in spans]
    article.mentions = recognize(article.text, article.sentences, options or NerOptions())
    return article


def recognize(text: str, sentences: list[Sentence], options: NerOptions) -> list[Mention]:
    """Mentions of `text`: each sentence tagged in its own language, then made consistent."""
    return recognize_many([(text, sentences)], options)[0]


def recognize_many(units: list[tuple[str, list[Sentence]]], options: NerOptions) -> list[list[Mention]]:
    """`recognize` for many texts at once: sentences of all texts go through the model together
    (spaCy's per-call overhead is paid once), consistency stays within each text."""
    by_lang: dict[str, list[tuple[int, Sentence]]] = defaultdict(list)
    for u, (_, sentences) in enumerate(units):
        for s in sentences:
            by_lang[s.language].append((u, s))
    found: list[list[Span]] = [[] for _ in units]
    for lang, group in by_lang.items():
        tagged = tag_sentences((units[u][0][s.start:s.end] for u, s in group), lang, options)
        for (u, sent), spans in zip(group, tagged):
            found[u].extend(Span(sp.start + sent.start, sp.end + sent.start, sp.label, sp.rule) for sp in spans)
    out = []
    for (text, _), spans in zip(units, found):
        if options.consistency:
            spans = consistency.apply(text, spans)
        out.append([m for m in (_mention(text, s) for s in sorted(spans, key=lambda s: (s.start, s.end))) if m])
    return out


def _mention(text: str, span: Span) -> Mention | None:
    """A Mention with offsets trimmed of spaces and punctuation (a trailing '.' of 'Inc.' stays)."""
    a, b = span.start, span.end
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM and not (text[b - 1] == "." and _abbrev_end(text, a, b)):
        b -= 1
    if b <= a:
        return None
    source = "model" if span.rule == "model" else ("consistency" if span.rule == "consistency"
                                                  else f"ruler.{span.rule}")
    return Mention(a, b, text[a:b], span.label, source, None)


def _abbrev_end(text: str, a: int, b: int) -> bool:
    """'Inc.', 'Co.', 'e.V.': a final period that belongs to the word."""
    word = text[a:b].split()[-1] if text[a:b].split() else ""
    return len(word) >= 2 and (word.count(".") >= 2 or word in ("Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Jr.", "Sr."))
