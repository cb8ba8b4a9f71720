"""Per-sentence language: an English quote inside a German article is tagged "en".

Uses the content stage's `identify_language` (py3langid restricted to the allowed languages).
A sentence only switches away from the article language when it is long enough to judge and
the identifier is confident; short sentences, names and numbers keep the article language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

MIN_CHARS = 30
MIN_WORDS = 5
MIN_CONFIDENCE = 0.95

_FUNCTION_WORDS = {
    "de": frozenset({"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auch", "ein", "eine", "den", "dem",
                     "des", "im", "zu", "für", "auf", "von", "sind", "wird", "hat", "wurde", "bei", "nach", "aus"}),
    "en": frozenset({"the", "and", "is", "of", "to", "in", "that", "with", "for", "was", "are", "has", "have", "on",
                     "by", "this", "it", "be", "from", "will", "said", "at", "which", "were"}),
}
"""Frequent function words: a sentence with three of its article language's is not foreign, so the
(slower) identifier is asked only about sentences that lack them."""


def _identifier() -> Callable[[str, Sequence[str]], tuple[str, float]] | None:
    try:
        from newsgraph.content import identify_language  # type: ignore[attr-defined]

        return identify_language
    except ImportError:
        pass
    try:
        from newsgraph.content.language import identify_language

        return identify_language
    except ImportError:
        return None


def sentence_language(text: str, article_language: str, allowed: Sequence[str]) -> str:
    """The language of one sentence; the article's unless the evidence for another is strong."""
    words = text.split()
    if len(text) < MIN_CHARS or len(words) < MIN_WORDS or len(allowed) < 2:
        return article_language
    own = _FUNCTION_WORDS.get(article_language)
    if own is not None and sum(w.lower().strip(".,;:!?\"'„“()") in own for w in words) >= 3:
        return article_language
    identify = _identifier()
    if identify is None:
        return article_language
    lang, confidence = identify(text, allowed)
    if lang and lang != article_language and confidence >= MIN_CONFIDENCE:
        return lang
    return article_language
