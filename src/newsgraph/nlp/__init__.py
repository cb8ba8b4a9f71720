"""nlp: Article → sentences (with per-sentence language) and entity mentions.

`annotate` reads as its steps: split sentences with the tokenizer of the article language,
decide each sentence's language, tag each sentence with the model (and rules) of its own
language, make the article's mentions consistent, and store them with exact offsets.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.attrs import NORM, SENT_START
from spacy.tokens import Doc

from newsgraph.model import Article, Mention, Sentence
from newsgraph.nlp import consistency
from newsgraph.nlp.ner import NerOptions, tag_sentences, tokenizer_for
from newsgraph.nlp.rules import Span
from newsgraph.nlp.segment import SUPPORTED, sentence_token_spans
from newsgraph.nlp.sentlang import sentence_language
from newsgraph.settings import Settings

__all__ = ["annotate", "recognize", "recognize_many", "NerOptions"]

_TRIM = " \t\n\r.,;:!?\"'“”„«»‚‘’()[]{}"


def annotate(article: Article, settings: Settings, options: NerOptions | None = None) -> Article:
    """Fill `article.sentences` and `article.mentions` (offsets into `article.text`)."""
    options = options or NerOptions()
    lang = article.language if article.language in SUPPORTED else settings.default_language
    allowed = tuple(lang_ for lang_ in settings.languages if lang_ in SUPPORTED) or (lang,)
    doc = tokenizer_for(lang, options).make_doc(article.text)
    spans = sentence_token_spans(doc)
    article.sentences = [Sentence(a, b, sentence_language(article.text[a:b], lang, allowed)) for a, b, _, _ in spans]
    # sentences in the article language reuse the tokens; the others are tokenized by their own model
    parts = _DocParts(doc)
    docs = [_sentence_doc(doc, sent, first, last, parts) if sent.language == lang else None
            for sent, (_, _, first, last) in zip(article.sentences, spans)]
    article.mentions = recognize_many([(article.text, article.sentences, docs)], options)[0]
    return article


class _DocParts:
    """Token texts, spaces and the token attributes `Span.as_doc` copies, read once per article."""

    def __init__(self, doc: Doc) -> None:
        self.words = [t.text for t in doc]
        self.spaces = [bool(t.whitespace_) for t in doc]
        self.array = doc.to_array(_COPIED)


_COPIED = [NORM, SENT_START]
"""What a sentence Doc keeps of the article Doc: the only attributes the tokenizer sets besides the
words (no tagger or parser ran yet), so the Doc equals `Span.as_doc()` without its costs
(as_doc also collects every attribute and computes the span vector)."""


def _sentence_doc(doc: Doc, sentence: Sentence, first: int, last: int, parts: _DocParts) -> Doc | None:
    """The sentence's tokens as a Doc whose text is exactly article.text[sentence.start:sentence.end]."""
    while first < last and doc[first].is_space:
        first += 1
    while last > first and doc[last - 1].is_space:
        last -= 1
    if first >= last or doc[first].idx != sentence.start \
            or doc[last - 1].idx + len(parts.words[last - 1]) != sentence.end:
        return None  # whitespace inside a token boundary: let the model tokenize the text itself
    sub = Doc(doc.vocab, words=parts.words[first:last], spaces=parts.spaces[first:last])
    sub.from_array(_COPIED, parts.array[first:last])
    return sub


def recognize(text: str, sentences: list[Sentence], options: NerOptions) -> list[Mention]:
    """Mentions of `text`: each sentence tagged in its own language, then made consistent."""
    return recognize_many([(text, sentences)], options)[0]


def recognize_many(units: list[tuple], options: NerOptions) -> list[list[Mention]]:
    """`recognize` for many texts at once: sentences of all texts go through the model together
    (spaCy's per-call overhead is paid once), consistency stays within each text.

    A unit is (text, sentences) or (text, sentences, docs) with a pre-tokenized Doc (or None) per sentence.
    """
    by_lang: dict[str, list[tuple[int, Sentence, Doc | str]]] = defaultdict(list)
    for u, unit in enumerate(units):
        text, sentences = unit[0], unit[1]
        docs = unit[2] if len(unit) > 2 else [None] * len(sentences)
        for s, d in zip(sentences, docs):
            by_lang[s.language].append((u, s, d if d is not None else text[s.start:s.end]))
    found: list[list[Span]] = [[] for _ in units]
    for lang, group in by_lang.items():
        tagged = tag_sentences((item for _, _, item in group), lang, options)
        group = [(u, s) for u, s, _ in group]
        for (u, sent), spans in zip(group, tagged):
            found[u].extend(Span(sp.start + sent.start, sp.end + sent.start, sp.label, sp.rule) for sp in spans)
    out = []
    for unit, spans in zip(units, found):
        text = unit[0]
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
    b = _joined_partner_end(text, a, b)
    lead = _KIND_BEFORE_NAME.match(text, a, b)
    if lead:
        a = lead.end()
    source = "model" if span.rule == "model" else ("consistency" if span.rule == "consistency"
                                                  else f"ruler.{span.rule}")
    return Mention(a, b, text[a:b], span.label, source, None)


_AMPERSAND_PARTNER = re.compile(r"\s*&\s+(?:[A-ZÄÖÜ][\w'’-]*\.?|Co\.)")


# "Stuttgarter Maschinenbauer Hellwig & Sohn", "Berliner VC Nordlicht Ventures": a place adjective and a company noun
# (or "VC", a venture capitalist) the model took into the name
_KIND_BEFORE_NAME = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]*(?:konzern|hersteller|händler|bauer|"
                               r"versicherer|anbieter|zulieferer|unternehmen|kette|discounter|dienstleister|betreiber|"
                               r"riese|spezialist|produzent|kapitalgeber|investor)|VC)\s+(?=[A-ZÄÖÜ])")


def _joined_partner_end(text: str, a: int, b: int) -> int:
    """The end of a name the model cut at its "&": "Hellwig & Sohn", "Brandt & Söhne", "Keller & Partner".

    The model often stops before or right after the ampersand of a family or partner firm, leaving "Hellwig &"
    (or "Hellwig"), which no later sentence names; one capitalised word after the "&" belongs to the name.
    """
    stem = text[a:b]
    if stem.endswith("&"):
        m = _AMPERSAND_PARTNER.match(text, b - 1)
        if m:
            return m.end()
        return a + len(stem[:-1].rstrip()) or b  # no partner word: the bare "&" is no part of the name
    return b


def _abbrev_end(text: str, a: int, b: int) -> bool:
    """'Inc.', 'Co.', 'e.V.': a final period that belongs to the word."""
    word = text[a:b].split()[-1] if text[a:b].split() else ""
    return len(word) >= 2 and (word.count(".") >= 2 or word in ("Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Jr.", "Sr."))
