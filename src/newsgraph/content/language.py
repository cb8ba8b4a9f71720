"""Language identification restricted to the languages the project handles.

py3langid (a port of langid.py, Lui & Baldwin 2012) gives normalised
probabilities over the languages it is restricted to, so a German article
with an English quote still scores as German, and the nlp stage can ask the
same question per sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

_LOCK = threading.Lock()
_SAMPLE_CHARS = 20_000  # enough for a stable decision; longer texts only cost time


@lru_cache(maxsize=8)
def _identifier(allowed: tuple[str, ...]) -> LanguageIdentifier:
    """One identifier per allowed set, because `set_languages` changes the identifier in place."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    known = set(identifier.nb_classes)
    usable = [code for code in allowed if code in known]
    if usable:
        identifier.set_languages(usable)
    return identifier


def identify_language(text: str, allowed: Sequence[str]) -> tuple[str, float]:
    """(language code, confidence in [0, 1]) among `allowed`; ("", 0.0) for text without letters.

    With a single allowed language the answer is that language with confidence 1.0.
    """
    allowed = tuple(code.strip().lower() for code in allowed if code.strip())
    if not any(ch.isalpha() for ch in text):
        return "", 0.0
    if len(allowed) == 1:
        return allowed[0], 1.0
    with _LOCK:
        identifier = _identifier(allowed)
        if not set(allowed) & set(identifier.nb_classes):  # none of them known to the model
            return (allowed[0], 0.0) if allowed else ("", 0.0)
        lang, prob = identifier.classify(text[:_SAMPLE_CHARS])
    return str(lang), float(prob)


def choose_language(text: str, settings) -> tuple[str, float]:
    """Article language per settings: the identified one when confident, else settings.default_language."""
    lang, confidence = identify_language(text, settings.languages)
    if not lang or confidence < settings.min_language_confidence:
        return settings.default_language, confidence
    return lang, confidence
