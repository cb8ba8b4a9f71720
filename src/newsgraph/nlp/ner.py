"""Entity recognition for sentences: the shipped spaCy model plus the rule recogniser.

Models live in `nlp/models/ner_<lang>/` (trained by `newsgraph train ner`); each is loaded
once per process. Without a model the rules alone run, so a checkout without trained
weights still recognises "Lei Jun, CEO von Xiaomi".

How model and rules are merged is an option (`NerOptions.rules`) so the ablation in
BENCHMARKS.md can measure each choice with the same code path `annotate` uses.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import ModelError
from newsgraph.nlp import inference, rules
from newsgraph.nlp.rules import Span
from newsgraph.nlp.segment import SUPPORTED, blank

LOGGER = logging.getLogger(__name__)
MODELS_DIR = Path(__file__).resolve().parent / "models"

STRONG_RULES = frozenset({"legal_form", "title", "role", "compound", "role_of", "keyword", "product_model"})
# a listed company's name (nlp/data/listed_companies.tsv) retypes a model span of exactly its extent and these types
LISTED_RULES = frozenset({"listed", "listed_retype"})
RETYPED = frozenset({"PER", "LOC"})
"""Rules precise enough to override an overlapping model span in "strong" merge mode."""


@dataclass(frozen=True)
class NerOptions:
    """How sentences are tagged. Defaults are the shipped configuration (see docs/ner.md)."""

    model: bool = True  # use the trained model when one is shipped
    rules: str = "strong"  # "off": model only; "fill": rules only where the model found nothing;
    #                         "strong": like fill, and precise rules override overlapping model spans
    consistency: bool = True  # document-level propagation (consistency.py)
    names: bool = True  # the names table of the gold training data shipped beside the model (rules "known")
    model_dir: str | None = None  # another model directory (evaluation of a fresh training run)


def model_path(lang: str) -> Path:
    return MODELS_DIR / f"ner_{lang}"


@lru_cache(maxsize=8)
def load_model(lang: str, model_dir: str | None = None) -> Language | None:
    """The trained pipeline of `lang`, or None when none is shipped. Loaded once per process."""
    path = Path(model_dir) if model_dir else model_path(lang)
    if not (path / "config.cfg").is_file():
        if model_dir:
            raise ModelError(f"{path}: no spaCy model here; train one with `newsgraph train ner --lang {lang}`")
        LOGGER.info("no NER model for %s at %s; using rules only", lang, path)
        return None
    try:
        nlp = spacy.load(path)
    except Exception as exc:  # a broken model file must say which file
        raise ModelError(f"{path}: cannot load the NER model ({exc}); retrain with "
                         f"`newsgraph train ner --lang {lang}`") from exc
    inference.prepare(nlp)  # how it runs: same output, less CPU (nlp/inference.py)
    return nlp


@lru_cache(maxsize=8)
def load_names(lang: str, model_dir: str | None = None) -> dict[str, str]:
    """Whitespace-free name → type, from `names.tsv` beside the model; empty when there is none."""
    path = (Path(model_dir) if model_dir else model_path(lang)) / "names.tsv"
    table: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            name, label, *_ = line.split("\t")
            table["".join(name.split())] = label
    return table


def warm_up(lang: str, options: NerOptions = NerOptions()) -> None:
    """Load the model, names table and gazetteers now (they load lazily on first use otherwise)."""
    from newsgraph.nlp import gazetteers

    if options.model:
        load_model(lang, options.model_dir)
    if options.names:
        load_names(lang, options.model_dir)
    gazetteers.places()
    gazetteers.first_names()
    gazetteers.listed_companies()
    tag_sentences(["Warm up."], lang, options)


def merge(model_spans: Sequence[Span], rule_spans: Sequence[Span], mode: str) -> list[Span]:
    """Combine model and rule spans of one sentence according to `mode`."""
    if mode == "off":
        return sorted(model_spans, key=lambda s: s.start)
    kept = list(model_spans)
    if mode == "strong":
        strong = [r for r in rule_spans if r.rule in STRONG_RULES]
        kept = [m for m in kept if not any(_overlap(m, r) for r in strong)] + strong
    listed = {(r.start, r.end) for r in rule_spans if r.rule in LISTED_RULES}
    if listed:  # "a firm order with Airbus" tagged PER: a listed company's exact name is a company
        kept = [Span(k.start, k.end, "ORG", "listed") if (k.start, k.end) in listed and k.label in RETYPED else k
                for k in kept]
    for r in rule_spans:
        if r.rule != "listed_retype" and not any(_overlap(r, k) for k in kept):
            kept.append(r)
    return sorted(kept, key=lambda s: s.start)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def tokenizer_for(lang: str, options: NerOptions = NerOptions()) -> Language:
    """The pipeline whose tokenizer tagging will use: the model's, or a blank one without a model.

    Segmenting with the same tokenizer lets `annotate` hand already tokenized sentences to the
    model instead of tokenizing every text twice.
    """
    lang = lang if lang in SUPPORTED else "de"
    nlp = load_model(lang, options.model_dir) if options.model else None
    return nlp if nlp is not None else blank(lang)


def tag_sentences(texts: Iterable[str | Doc], lang: str, options: NerOptions = NerOptions()) -> list[list[Span]]:
    """Entity spans for each text (offsets relative to that text), in input order.

    Items may be Docs made by `tokenizer_for(lang, options)` (sentences of an already tokenized text).
    """
    lang = lang if lang in SUPPORTED else "de"
    nlp = load_model(lang, options.model_dir) if options.model else None
    known = load_names(lang, options.model_dir) if options.names else None
    texts = list(texts)
    if nlp is not None:
        docs = inference.run(nlp, texts)
    else:
        docs = [t if isinstance(t, Doc) else blank(lang)(t) for t in texts]
    out: list[list[Span]] = []
    for doc in docs:
        model_spans = [Span(e.start_char, e.end_char, e.label_, "model") for e in doc.ents]
        rule_spans = rules.find_spans(doc, lang, known) if options.rules != "off" or nlp is None else []
        out.append(merge(model_spans, rule_spans, options.rules if nlp is not None else "fill"))
    return out
