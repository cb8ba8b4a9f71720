"""Our tokenizer: spaCy's rules for the language plus a few splits that news text needs.

Why not spaCy's German tokenizer as it is: it keeps hyphen compounds whole, so in
"Xiaomi-Chef", "VW-Konzern" or "Daimler-Benz-Chef" the company is inside a token and
neither the model nor the gold data can mark it (GermEval marks such tokens as ORGpart, the
DFKI corpora mark the name by characters). Split at the hyphen, "Xiaomi" becomes a token the
model learns to tag, and the rules see the compound as name, "-", head.

Splits added to the language defaults (both languages):
- a hyphen between two letters ("Xiaomi-Chef" → Xiaomi - Chef; English already does this);
  digits keep their hyphen ("3-teilig", "2020-2021" is split by spaCy already), and a hyphen
  before a space ("Xiaomi- und Samsung-Chefs") stays on its word;
- a closing bracket glued to the next word ("(Reuters)Berlin");
- arrows and angle brackets between words ("A->B", "Ja<br>Nein").

The function is registered as `newsgraph.Tokenizer.v1`, so the training config names it and a
shipped model finds it once `newsgraph.nlp` is imported (ner.py imports this module before
loading). The blank pipelines of segment.py use the same tokenizer, so sentence splitting,
rules and model see identical tokens.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.lang.char_classes import ALPHA
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

EXTRA_INFIXES: tuple[str, ...] = (
    rf"(?<=[{ALPHA}])-(?=[{ALPHA}])",  # Xiaomi-Chef
    rf"(?<=[{ALPHA}])\)(?=[{ALPHA}])",  # (Reuters)Berlin
    r"->|<-|=>|<=",  # arrows
    rf"(?<=[{ALPHA}])[<>](?=[{ALPHA}/])",  # Ja<br>Nein
)


def make_tokenizer(nlp: Language) -> Tokenizer:
    """The language's default tokenizer with `EXTRA_INFIXES` added."""
    defaults = nlp.Defaults
    infixes = list(defaults.infixes or ()) + list(EXTRA_INFIXES)
    prefix = compile_prefix_regex(defaults.prefixes) if defaults.prefixes else None
    suffix = compile_suffix_regex(defaults.suffixes) if defaults.suffixes else None
    return Tokenizer(
        nlp.vocab,
        rules=dict(defaults.tokenizer_exceptions),
        prefix_search=prefix.search if prefix else None,
        suffix_search=suffix.search if suffix else None,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@registry.tokenizers("newsgraph.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    return make_tokenizer


TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "newsgraph.Tokenizer.v1"}}}
"""Config override that makes `spacy.blank` use our tokenizer."""
