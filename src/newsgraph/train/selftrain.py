"""Self-training: unlabelled German text tagged by the shipped pipeline, as an extra silver training source.

The issue names self-training as an idea to measure. The text must be licensed for training and must
never be a set we report on, so the sources are fixed here (UNLABELLED): the word forms of UD German GSD
(CC BY-SA 4.0; the UPOS-only train substitute and the dev/test treebanks, which no NER table reports)
and WikiANN de dev (its silver labels are ignored; WikiANN test is report-only). Any sentence whose text
also occurs in a report set (SmartData dev, MobIE dev, GermEval test, UNER PUD, WikiANN test) is dropped.

Labels come from what `newsgraph.nlp.recognize_many` gives (model, rules, consistency: the shipped
configuration). The transition model keeps no scores, so `step_confidence` replays its greedy decisions
and reads each decision's probability. A sentence is kept when every span the model found has at least
`min_prob`, every token left outside an entity (and not tagged by a rule) was left out with at least
`min_outside` (else the model may have missed an entity), it has at least one model label
(PER/LOC/ORG/MISC/PRODUCT) and it looks like prose (length and letter share). Spans from the rules are
taken as the pipeline gives them: teaching the model what the rules know is part of the point.
"""

from __future__ import annotations

import gzip
import json
import logging
import random
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.nlp import corpora
from newsgraph.nlp.corpora import GoldSentence

LOGGER = logging.getLogger(__name__)

UNLABELLED: dict[str, tuple[str, ...]] = {
    "de": ("ud_german_gsd/de_gsd-ud-train.v2.3.upos-only.txt.gz",
           "ud_german_gsd/de_gsd-ud-dev.conllu",
           "ud_german_gsd/de_gsd-ud-test.conllu",
           "wikiann_de/dev.tsv.gz"),
}
"""Unlabelled text we may train on. Not here: html_pages (publishers' copyright), and every report set."""

REPORT_SETS: dict[str, tuple[str, ...]] = {
    "de": ("smartdata/dev.jsonl.gz", "mobie/dev.jsonl.gz", "germeval2014/NER-de-test.tsv",
           "uner_de_pud/de_pud-ud-test.iob2", "wikiann_de/test.tsv.gz"),
}
"""Sentences of these sets never enter self-training, even when they also occur in an unlabelled source."""

MODEL_TYPES = frozenset({"PER", "LOC", "ORG", "MISC", "PRODUCT"})


@dataclass(frozen=True)
class Criteria:
    """What makes a tagged sentence confident enough to train on."""

    min_tokens: int = 5  # WikiANN's title-like fragments ("Osjorsk ( Kaliningrad )") carry little context
    max_tokens: int = 60
    min_letter_share: float = 0.6  # share of tokens with a letter: drops tables, lists of numbers
    min_prob: float = 0.9  # probability of each model span (product of its decisions' probabilities)
    min_outside: float = 0.7  # probability of each "outside" decision on a token no rule tagged either


@dataclass
class Candidate:
    source: str
    words: list[str]


def _conllu_words(path: Path) -> Iterator[list[str]]:
    """Surface words per sentence: a multiword token ("im") stands for its parts ("in dem")."""
    words: list[str] = []
    skip_to = 0
    for line in corpora.read_text_file(path).splitlines():
        if not line.strip():
            if words:
                yield words
            words, skip_to = [], 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or "." in cols[0]:
            continue
        if "-" in cols[0]:
            words.append(cols[1])
            skip_to = int(cols[0].split("-")[1])
            continue
        if int(cols[0]) <= skip_to:
            continue
        words.append(cols[1])
    if words:
        yield words


def _upos_only_words(path: Path) -> Iterator[list[str]]:
    """The UD 2.3 substitute: `form##UPOS` items; a multiword token `im##_` is followed by its parts."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            words: list[str] = []
            skip = 0
            for item in line.split():
                form, _, pos = item.rpartition("##")
                if skip:
                    skip -= 1
                    continue
                words.append(form)
                if pos == "_":
                    skip = 2  # German GSD's multiword tokens have two parts (im = in dem, zum = zu dem)
            if words:
                yield words


def read_unlabelled(path: Path) -> Iterator[list[str]]:
    """Word lists of one unlabelled source (labels, if any, ignored)."""
    name = path.name
    if name.endswith(".conllu") or name.endswith(".conllu.gz"):
        yield from _conllu_words(path)
    elif ".upos-only." in name:
        yield from _upos_only_words(path)
    else:
        for doc in corpora.read(path):
            for sent in doc.sentences:
                yield [sent.text[a:b] for a, b in sent.tokens]


def _key(words: Iterable[str]) -> str:
    return "".join("".join(words).split())


def report_keys(data: Path, lang: str) -> set[str]:
    """Whitespace-free texts of every sentence of the report sets."""
    keys: set[str] = set()
    for rel in REPORT_SETS.get(lang, ()):
        path = data / rel
        if not path.is_file():
            LOGGER.warning("report set missing, cannot check overlap with it: %s", path)
            continue
        for doc in corpora.read(path):
            for sent in doc.sentences:
                keys.add(_key([sent.text]))
    return keys


def looks_like_prose(words: Sequence[str], criteria: Criteria) -> bool:
    if not criteria.min_tokens <= len(words) <= criteria.max_tokens:
        return False
    with_letter = sum(1 for w in words if any(c.isalpha() for c in w))
    return with_letter / len(words) >= criteria.min_letter_share


def candidates(data: Path, lang: str, criteria: Criteria = Criteria()) -> tuple[list[Candidate], dict[str, int]]:
    """Prose-like, de-duplicated sentences of the unlabelled sources, minus every report-set sentence."""
    held = report_keys(data, lang)
    seen: set[str] = set()
    out: list[Candidate] = []
    stats: dict[str, int] = defaultdict(int)
    for rel in UNLABELLED.get(lang, ()):
        path = data / rel
        if not path.is_file():
            LOGGER.warning("unlabelled source missing, skipped: %s", path)
            continue
        for words in read_unlabelled(path):
            stats["read"] += 1
            key = _key(words)
            if key in held:
                stats["in a report set"] += 1
                continue
            if key in seen:
                stats["duplicate"] += 1
                continue
            seen.add(key)
            if not looks_like_prose(words, criteria):
                stats["too short, long or not prose"] += 1
                continue
            out.append(Candidate(rel, list(words)))
    return out, dict(stats)


@dataclass
class Confidence:
    """The model's own certainty about one sentence, from the probabilities of its greedy decisions."""

    spans: dict  # (start, end, label) in trimmed character offsets → product of the span's action probabilities
    outside: list  # (start, end, probability) of each token the model put outside every entity


def step_confidence(nlp, texts: list[str], words: list[list[str]]) -> list[Confidence]:
    """Rerun the greedy NER decisions in Python to read each decision's probability.

    The parser's C loop keeps no scores. Here each step's scores (the same step model the C loop
    runs) are turned into probabilities over the moves that are valid in that state, and the best valid
    move is taken, which reproduces the greedy entities. (spaCy's `beam_parse` was tried first: with
    this greedy-trained model its beams put most mass on spans running to the sentence end, e.g.
    "Deutsche Bahn meldet ... Bonn .", so its span probabilities were no guide.)
    """
    import numpy

    from newsgraph.nlp import _mention
    from newsgraph.nlp.inference import one_blas_thread

    tok2vec, ner = nlp.get_pipe("tok2vec"), nlp.get_pipe("ner")
    moves = ner.moves
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    out: list[Confidence] = []
    with one_blas_thread():
        for i in range(0, len(words), 256):
            # fresh Docs: the NER keeps entities already set on a Doc
            docs = [_doc(nlp.vocab, w) for w in words[i:i + 256]]
            tok2vec.set_annotations(docs, tok2vec.predict(docs))
            states = moves.init_batch(docs)
            position = {id(state): k for k, state in enumerate(states)}
            taken: list[list[tuple[str, float]]] = [[] for _ in docs]
            step = ner.model.predict(docs)
            while True:
                todo = [state for state in states if not state.is_final()]
                if not todo:
                    break
                for state, row in zip(todo, step.predict(todo)):
                    valid = numpy.array([moves.is_valid(state, name) for name in names])
                    scores = numpy.where(valid, row, -numpy.inf)
                    best = int(numpy.argmax(scores))
                    probs = numpy.exp(scores - scores[best])
                    taken[position[id(state)]].append((names[best], float(probs[best] / probs.sum())))
                    moves.apply_transition(state, names[best])
            if hasattr(step, "clear_memory"):
                step.clear_memory()
            for doc, text, actions in zip(docs, texts[i:i + 256], taken):
                out.append(_confidence(doc, text, actions, _mention))
    return out


def _confidence(doc, text: str, actions: list[tuple[str, float]], trim) -> Confidence:
    """Spans and outside tokens of one sentence from its (move, probability) sequence, one move per token."""
    spans: dict[tuple[int, int, str], float] = {}
    outside: list[tuple[int, int, float]] = []
    begin, prob = 0, 1.0
    for k, (move, p) in enumerate(actions[:len(doc)]):
        tok = doc[k]
        if move == "O" or move == "U-":
            outside.append((tok.idx, tok.idx + len(tok.text), p))
            continue
        if move[0] in "BU":
            begin, prob = k, 1.0
        prob *= p
        if move[0] in "LU":
            label = move[2:]
            m = trim(text, _RawSpan(doc[begin].idx, tok.idx + len(tok.text), label))
            if m is not None:
                spans[(m.start, m.end, label)] = prob
    return Confidence(spans, outside)


def _doc(vocab, words: list[str]):
    """The corpus words as a Doc whose text is the words joined by single spaces (as `tag` stores it)."""
    from spacy.tokens import Doc

    return Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])


@dataclass(frozen=True)
class _RawSpan:
    start: int
    end: int
    label: str
    rule: str = "model"


def tag(cands: Sequence[Candidate], lang: str = "de", criteria: Criteria = Criteria(),
        model_dir: str | None = None) -> tuple[list[dict], dict[str, int]]:
    """Tag candidates with the shipped configuration; the confident ones as records (see `write`)."""
    from newsgraph.model import Sentence
    from newsgraph.nlp import recognize_many
    from newsgraph.nlp.ner import NerOptions, load_model

    options = NerOptions(model_dir=model_dir)
    nlp = load_model(lang, model_dir)
    if nlp is None:
        raise ValueError(f"self-training needs a trained {lang} model to tag with")
    texts = [" ".join(c.words) for c in cands]
    units = [(t, [Sentence(0, len(t), lang)], [_doc(nlp.vocab, c.words)]) for t, c in zip(texts, cands)]
    mentions = recognize_many(units, options)
    confidences = step_confidence(nlp, texts, [c.words for c in cands])
    records: list[dict] = []
    stats: dict[str, int] = defaultdict(int)
    for cand, text, found, conf in zip(cands, texts, mentions, confidences):
        verdict, score = judge(found, conf, criteria)
        stats[verdict] += 1
        if verdict != "kept":
            continue
        tokens, pos = [], 0
        for w in cand.words:
            tokens.append((pos, pos + len(w)))
            pos += len(w) + 1
        records.append({"source": cand.source, "text": text, "tokens": tokens, "score": round(score, 4),
                        "spans": [[m.start, m.end, m.type, m.source] for m in found]})
    return records, dict(stats)


def judge(found: Sequence, conf: Confidence, criteria: Criteria) -> tuple[str, float]:
    """("kept" or why not, confidence) for one tagged sentence; found = its Mentions after rules and consistency."""
    if not any(m.type in MODEL_TYPES for m in found):
        return "no entity", 0.0
    model_probs = [conf.spans.get((m.start, m.end, m.type), 0.0) for m in found if m.source == "model"]
    score = min(model_probs, default=1.0)
    if score < criteria.min_prob:
        return "unsure model span", score
    tagged = [(m.start, m.end) for m in found]
    for a, b, p in conf.outside:
        if p < criteria.min_outside and not any(a < e and s < b for s, e in tagged):
            return "likely missed span", score
    return "kept", score


def write(records: Iterable[dict], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with gzip.open(path, "wt", encoding="utf-8") if path.suffix == ".gz" else open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def load(path: Path, limit: int | None = None, seed: int = 0) -> list[GoldSentence]:
    """Sentences of a file `build_file` wrote, a fixed random `limit` of them when given."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    if limit is not None and limit < len(records):
        records = random.Random(seed).sample(records, limit)
    return [GoldSentence(r["text"], [tuple(t) for t in r["tokens"]], [(a, b, label) for a, b, label, *_ in r["spans"]])
            for r in records]


def build_file(data: Path, path: Path, lang: str = "de", criteria: Criteria = Criteria(),
               model_dir: str | None = None) -> dict[str, int]:
    """Collect, tag and filter the unlabelled text of `lang`, write the confident sentences to `path`."""
    cands, stats = candidates(data, lang, criteria)
    records, tag_stats = tag(cands, lang, criteria, model_dir)
    stats.update(tag_stats)
    stats["written"] = write(records, path)
    LOGGER.info("self-training sentences: %s", stats)
    return stats
