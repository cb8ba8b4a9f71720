"""Tokens and sentences: spaCy's blank de/en tokenizers plus our own sentence rules.

spaCy's German tokenizer already keeps abbreviations ("z.B.", "Dr.", "Inc.") and ordinals
("10.") in one token, and numbers like "2.000" or "3,5" whole, so a sentence ends at a token
that *is* ".", "!", "?" or "…" (plus closing quotes and brackets after it) when the next token
could start a sentence. The ambiguous case is a token ending in a period ("5.", "Inc.") right
before a capitalised word: it ends the sentence when that word is a typical sentence opener
(an article, pronoun or preposition), or when the period hangs on an ordinary word of three or more
letters ("sagte Lei Jun. Xiaomi-Chef ..."), but never after a title ("Dr.", "Nr.") and never before a
month name ("10. November"). Line breaks always end a sentence: they separate headlines,
paragraphs and list items.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.segment_words import SENTENCE_OPENERS

SUPPORTED = ("de", "en")
_END = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
_CLOSERS = frozenset({'"', "“", "”", "«", "»", "'", "’", ")", "]", "‘"})
_OPENERS = frozenset({'"', "„", "“", "«", "»", "(", "[", "‚", "‘", "'"})
_MONTHS = frozenset({
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember", "Jan.", "Feb.", "Aug.", "Sep.", "Sept.", "Okt.", "Nov.", "Dez.", "January", "February",
    "March", "May", "June", "July", "October", "December", "Jahrhundert", "Jahrhunderts", "Platz", "Quartal",
    "Halbjahr", "Stock", "Etage", "Liga", "Runde", "Spieltag", "Mal", "Klasse", "Bundesliga",
})
"""Words after an ordinal ("10. November", "3. Quartal") that never start a new sentence."""
_NO_SPLIT_ABBREV = frozenset({"Dr.", "Prof.", "Hr.", "Fr.", "St.", "Nr.", "Mr.", "Mrs.", "Ms.", "Dipl.", "Ing.",
                              "Str.", "Abs.", "Art.", "Bd.", "vs.", "bzw.", "ca.", "z.B.", "u.a.", "d.h.", "Mio.",
                              "Mrd.", "Jh.", "v.", "Vol.", "No.", "Gen.", "Sen.", "Rep.", "Gov.", "Jr.", "Sr."})


@lru_cache(maxsize=4)
def blank(lang: str) -> Language:
    """A blank spaCy pipeline (tokenizer only) per language, built once per process."""
    return spacy.blank(lang if lang in SUPPORTED else "de")


def tokenize(text: str, lang: str) -> Doc:
    return blank(lang)(text)


def _is_opener_word(word: str) -> bool:
    return word in SENTENCE_OPENERS


def _starts_sentence(token_text: str) -> bool:
    first = token_text[:1]
    return first.isupper() or first.isdigit() or token_text in _OPENERS or first in "„“\"'(«»-–—•*"


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences of a tokenized text, without surrounding whitespace."""
    return [(a, b) for a, b, _, _ in sentence_token_spans(doc)]


def sentence_token_spans(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(start char, end char, first token, end token) of each sentence; the token range may include
    surrounding whitespace tokens that the character span leaves out."""
    text = doc.text
    spans: list[tuple[int, int, int, int]] = []
    start_tok = 0
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        cut_after: int | None = None
        if "\n" in tok.text:
            cut_after = i
        elif "\n" in tok.whitespace_:
            cut_after = i
        elif tok.text in _END or (tok.text.endswith(("!", "?")) and len(tok.text) > 1 and not tok.text[0].isalnum()):
            j = i + 1
            while j < n and doc[j].text in _CLOSERS and (doc[j - 1].whitespace_ == "" or doc[j].text in ")]"):
                j += 1
            if j >= n or _starts_sentence(doc[j].text) or "\n" in doc[j - 1].whitespace_:
                cut_after = j - 1
        elif tok.text.endswith(".") and len(tok.text) > 1 and tok.text not in _NO_SPLIT_ABBREV and i + 1 < n:
            nxt = doc[i + 1].text
            word = tok.text[:-1]
            if nxt not in _MONTHS and _is_opener_word(nxt):
                cut_after = i
            elif word.isalpha() and len(word) >= 3 and word[0].isupper() and nxt[:1].isupper() \
                    and word.lower() != word.upper():
                cut_after = i  # "said Lei Jun. Xiaomi-Chef ...": a word with its period, then a capital
        if cut_after is not None:
            _add_span(spans, doc, text, start_tok, cut_after)
            start_tok = cut_after + 1
            i = cut_after + 1
            continue
        i += 1
    _add_span(spans, doc, text, start_tok, n - 1)
    return [sp for sp in spans if text[sp[0]:sp[1]].strip()]


def _add_span(spans: list[tuple[int, int, int, int]], doc: Doc, text: str, first: int, last: int) -> None:
    if first > last:
        return
    start = doc[first].idx
    end = doc[last].idx + len(doc[last].text)
    chunk = text[start:end]
    stripped_left = len(chunk) - len(chunk.lstrip())
    stripped_right = len(chunk) - len(chunk.rstrip())
    start += stripped_left
    end -= stripped_right
    if end > start:
        spans.append((start, end, first, last + 1))


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentences of `text` as character spans; the tokenizer of `lang` decides abbreviations."""
    return sentence_spans(tokenize(text, lang))
