"""Training corpora: ../shared/data → spaCy DocBin files, with our label mapping.

Which files train which model is one table per language (SOURCES). The report-only sets
(GermEval test, UNER PUD, wikigold, the SmartData/MobIE dev splits, each set's test split)
never appear in it. Two overlaps are removed on the way in:
- SmartData train_v1derived holds ~170 documents that are also in MobIE dev (MobIE re-annotated
  SmartData documents), so they are dropped from training;
- MobIE NER train holds ~70 documents that are in SmartData dev; dropped as well.
A deterministic 8% of the news documents (by a hash of their id) becomes spaCy's dev set.
"""

from __future__ import annotations

import hashlib
import logging
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans
from spacy.vocab import Vocab

from newsgraph.nlp import corpora
from newsgraph.nlp.corpora import GoldDoc, GoldSentence

LOGGER = logging.getLogger(__name__)

MODEL_LABELS = ("PER", "LOC", "ORG", "MISC", "PRODUCT")
"""ROLE is left to the rules: only SmartData marks positions, and only inside leadership events."""


@dataclass(frozen=True)
class Source:
    path: str  # relative to the data folder
    kind: str  # "news" (documents, part goes to dev), "gold", "historic" (gold, OCR-noisy), "silver"
    fmt: str | None = None
    limit: int | None = None  # at most this many sentences (silver sets): 8,000 of WikiANN de's 20,000 gave
    #                           better news F1 than all of them (docs/ner.md), at 0.01 lower GermEval F1


SOURCES: dict[str, tuple[Source, ...]] = {
    "de": (
        Source("smartdata/train_v1derived.jsonl.gz", "news"),
        Source("mobie/ner_conll03/train.conll2003", "news"),
        Source("germeval2014/NER-de-dev.tsv", "gold"),
        Source("europeana_ner_de/enp_DE.lft.bio", "historic"),
        Source("europeana_ner_de/enp_DE.onb.fixed.bio", "historic"),
        Source("europeana_ner_de/enp_DE.sbb.fixed.bio", "historic"),
        Source("wikiann_de/train.tsv.gz", "silver", limit=8000),
    ),
    "en": (
        Source("gum/ner/wikinews_train.tsv", "news"),
        Source("gum/ner/other_train.tsv", "gold"),
        Source("product_corpus_en/train.json.gz", "news"),
        Source("wnut17/wnut17train.conll", "gold"),
        Source("btc/a.conll", "gold"),
        Source("btc/b.conll", "gold"),
        Source("btc/f.conll", "gold"),
        Source("btc/h.conll", "gold"),
        Source("wikiann_en/train.tsv.gz", "silver"),
    ),
}
"""BTC sections e and g (g = news outlets), GUM test, WNUT test, wikigold, UNER PUD and
WikiANN test stay out for reporting."""


def _norm(text: str) -> str:
    return "".join(text.split())


def _doc_text(doc: GoldDoc) -> str:
    return _norm("".join(s.text for s in doc.sentences))


def held_out_texts(data: Path) -> tuple[set[str], set[str]]:
    """Ids and whitespace-free texts of the German news dev documents we report on."""
    ids: set[str] = set()
    texts: set[str] = set()
    for rel in ("smartdata/dev.jsonl.gz", "mobie/dev.jsonl.gz"):
        path = data / rel
        if path.is_file():
            for d in corpora.read(path):
                ids.add(d.id)
                texts.add(_doc_text(d))
    return ids, texts


def _is_dev(doc_id: str) -> bool:
    return int(hashlib.sha1(doc_id.encode()).hexdigest()[:4], 16) % 100 < 8


def to_spacy(vocab: Vocab, sent: GoldSentence) -> Doc | None:
    """A reference Doc with the corpus tokens and mapped entities (overlaps: longest wins)."""
    if not sent.tokens:
        return None
    words = [sent.text[a:b] for a, b in sent.tokens]
    spaces = [(sent.tokens[i + 1][0] > b) if i + 1 < len(sent.tokens) else False
              for i, (a, b) in enumerate(sent.tokens)]
    if any(not w or w.isspace() for w in words):
        keep = [i for i, w in enumerate(words) if w and not w.isspace()]
        words = [words[i] for i in keep]
        spaces = [spaces[i] for i in keep]
        if not words:
            return None
    doc = Doc(vocab, words=words, spaces=spaces)
    shift = _offset_map(sent, doc)
    ents = []
    for a, b, raw in sent.spans:
        label = corpora.map_label(raw)
        if label not in MODEL_LABELS:
            continue
        span = doc.char_span(shift(a), shift(b), label=label, alignment_mode="expand")
        if span is not None and span.text.strip():
            ents.append(span)
    doc.ents = filter_spans(ents)
    return doc


def _offset_map(sent: GoldSentence, doc: Doc):
    """Map offsets in the source sentence to offsets in the rebuilt doc text (whitespace may differ)."""
    starts = {a: tok.idx for (a, _), tok in zip(sent.tokens, doc)}
    ends = {b: tok.idx + len(tok.text) for (_, b), tok in zip(sent.tokens, doc)}

    def shift(x: int) -> int:
        if x in starts:
            return starts[x]
        if x in ends:
            return ends[x]
        # inside a token: nearest token start before it
        best = max((a for a in starts if a <= x), default=0)
        return starts.get(best, 0)

    return shift


@dataclass
class BuildReport:
    train_docs: int
    dev_docs: int
    dropped_overlap: int
    per_source: dict[str, int]
    labels: Counter


FINETUNE_KINDS = frozenset({"news", "gold"})
"""Stage 2 ("silver then gold") trains on modern hand-annotated text only."""


AUGMENT_KINDS = frozenset({"news", "gold"})
"""Mention replacement (train/augment.py) copies sentences of the modern hand-annotated sources only."""


def build(lang: str, data: Path, out_dir: Path, silver_limit: int | None = None, seed: int = 0,
          sources: Iterable[Source] | None = None, kinds: frozenset[str] | None = None,
          augment: float = 0.0, augment_types: tuple[str, ...] = ("PER", "LOC", "ORG"),
          oversample_org: int = 0, self_train: Sequence[GoldSentence] = ()) -> BuildReport:
    """Write train.spacy and dev.spacy for `lang` into out_dir (only sources of `kinds`, when given).

    `augment` > 0 adds mention-replaced copies of the news/gold training sentences (train/augment.py):
    that many copies per sentence on average, with names of `augment_types` from the training mentions and
    the gazetteers. `oversample_org` adds that many exact copies of each news/gold training sentence
    with an ORG mention (companies are what users need most). `self_train` sentences (unlabelled text
    tagged by the shipped pipeline, train/selftrain.py) are added to the training set only, never to dev:
    model selection must look at human labels.
    """
    import spacy

    vocab = spacy.blank(lang).vocab
    held_ids, held_texts = held_out_texts(data) if lang == "de" else (set(), set())
    train: list[Doc] = []
    dev: list[Doc] = []
    dropped = 0
    per_source: dict[str, int] = {}
    labels: Counter = Counter()
    augmentable: list[Doc] = []
    rng = random.Random(seed)
    for src in sources or SOURCES[lang]:
        if kinds is not None and src.kind not in kinds:
            continue
        path = data / src.path
        if not path.is_file():
            LOGGER.warning("training source missing, skipped: %s", path)
            continue
        docs = corpora.read(path, src.fmt)
        count = 0
        for gdoc in docs:
            if gdoc.id in held_ids or (src.kind == "news" and _doc_text(gdoc) in held_texts):
                dropped += 1
                continue
            sentences = gdoc.sentences
            limit = silver_limit if silver_limit is not None else src.limit
            if src.kind == "silver" and limit is not None:
                sentences = rng.sample(sentences, min(limit, len(sentences)))
            into_dev = src.kind == "news" and _is_dev(f"{src.path}:{gdoc.id}")
            for sent in sentences:
                doc = to_spacy(vocab, sent)
                if doc is None:
                    continue
                (dev if into_dev else train).append(doc)
                if not into_dev and src.kind in AUGMENT_KINDS:
                    augmentable.append(doc)
                labels.update(e.label_ for e in doc.ents)
                count += 1
        per_source[src.path] = count
    if augment > 0 and augmentable:
        from newsgraph.train import augment as augment_module

        inventory = augment_module.build_inventory(augmentable)
        extra = augment_module.augment(augmentable, inventory, vocab, lang, augment, seed, augment_types)
        train.extend(extra)
        labels.update(e.label_ for doc in extra for e in doc.ents)
        per_source["augmented (mention replacement)"] = len(extra)
    if oversample_org > 0:
        repeats = [doc for doc in augmentable if any(e.label_ == "ORG" for e in doc.ents)] * oversample_org
        train.extend(repeats)
        labels.update(e.label_ for doc in repeats for e in doc.ents)
        per_source["repeated (ORG oversampling)"] = len(repeats)
    if self_train:
        extra = [doc for doc in (to_spacy(vocab, sent) for sent in self_train) if doc is not None]
        train.extend(extra)
        labels.update(e.label_ for doc in extra for e in doc.ents)
        per_source["self-training (tagged unlabelled text)"] = len(extra)
    rng.shuffle(train)
    if not dev and len(train) > 1:
        dev.append(train.pop())  # tiny corpora (tests): spaCy needs a non-empty dev set
    out_dir.mkdir(parents=True, exist_ok=True)
    DocBin(docs=train, store_user_data=False).to_disk(out_dir / "train.spacy")
    DocBin(docs=dev, store_user_data=False).to_disk(out_dir / "dev.spacy")
    return BuildReport(len(train), len(dev), dropped, per_source, labels)
