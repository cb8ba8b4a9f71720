"""Is this capitalised word a common word rather than a name? (German treebank list, spaCy stop words.)

The event rules see many capitalised words that are no company: German nouns
("Profis", "Aktien", "Hintergrund"), words that open a sentence ("Dafür",
"Mittlerweile", "However") and nationality nouns ("Chinesen"). A recogniser
tag or a fallback pattern alone must not make them parties. The German list
is built by `newsgraph.events.build_lexicon` from UD German GSD (CC BY-SA
4.0); stop words come from spaCy, a dependency already.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data" / "common_words_de.txt.gz"
_PLAIN_WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+$")


@lru_cache(maxsize=1)
def _german() -> frozenset[str]:
    try:
        with gzip.open(_DATA, "rt", encoding="utf-8") as fh:
            return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))
    except OSError:  # pragma: no cover - shipped with the package; without it no word is treated as common
        return frozenset()


@lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    try:
        from spacy.lang.de.stop_words import STOP_WORDS as DE
        from spacy.lang.en.stop_words import STOP_WORDS as EN
    except ImportError:  # pragma: no cover - spaCy is a declared dependency
        return {"de": frozenset(), "en": frozenset()}
    return {"de": frozenset(DE), "en": frozenset(EN)}


def is_stop_word(text: str, lang: str = "de") -> bool:
    """A function word ("Dafür", "Mittlerweile", "However"), never a name whatever stands next to it."""
    return bool(_PLAIN_WORD.match(text)) and text.lower() in _stop_words().get(lang, frozenset())


def is_common_word(text: str, lang: str = "de") -> bool:
    """True for one plain capitalised word that is a common noun or function word, not a name.

    Only a single word of lower-case letters after its capital is judged:
    "SAP", "HelloFresh", "E.ON", "Deutsche Bahn" and hyphen compounds are
    never common words here.
    """
    if not _PLAIN_WORD.match(text):
        return False
    if text.lower() in _stop_words().get(lang, frozenset()):
        return True
    return lang == "de" and text in _german()


_PLURAL_LOOKING = re.compile(r"(en|e|s|er|ern)$")


def looks_plural(text: str) -> bool:
    """German plural endings (-en, -e, -s, -er, -ern): "Chinesen", "Profis", "Angestellte", "Lokführer"."""
    return bool(_PLURAL_LOOKING.search(text))



UNIT_NOUNS_DE = "geschäft|sparte|tochter|bereich|division|einheit|segment"
"""The German nouns a company's unit ends with ("Medizintechniksparte", "Chipgeschäft", "Agrartochter"), as one
regex alternation (no group) for the patterns that look for a unit. None of the words starts another, so their order
inside a group decides nothing."""


def is_common_compound(text: str, lang: str = "de") -> bool:
    """A plural-looking German compound whose head is a common noun: "Flugbegleiter", "Fluglotsen", "Lokführer",
    also in the genitive singular ("Firmengründers").

    The head must have six letters or more, so that short heads inside brand
    names ("Volks|wagen") do not count; names the list knows are excluded first.
    """
    if lang != "de" or not _PLAIN_WORD.match(text) or not looks_plural(text) or text in _german():
        return False
    if any((text[i].upper() + text[i + 1:]) in _german() for i in range(1, len(text) - 5)):
        return True
    # a genitive singular the list has only without its -s: "(des) Firmengründers", "Konzernbetreibers"
    return text.endswith("s") and any((text[i].upper() + text[i + 1:-1]) in _german() for i in range(1, len(text) - 6))

