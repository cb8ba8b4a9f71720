"""NER evaluation: our pipeline's recogniser on annotated files, exact span and type match.

The text of each gold sentence is tagged through `newsgraph.nlp.recognize`, the function
`annotate` uses after segmentation, so the numbers describe what users get. Sentences of one
document are tagged together (document-level consistency applies within a document, never
across a file of unrelated sentences). Predicted mentions that do not start and end on a token
boundary of the gold tokenization (e.g. "Xiaomi" inside the token "Xiaomi-Chef") cannot be
expressed in the gold format and are left out; everything else counts.

Gold spans from character-offset corpora lose a trailing comma or sentence period they
sometimes include by mistake (`_trim_gold`); token-based gold is left as it is.

For GermEval 2014 this is the official outer-level strict metric over PER/LOC/ORG/OTH
(OTH is our MISC); -deriv and -part labels are not entity types of ours and are not scored.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.model import Sentence
from newsgraph.nlp import corpora, recognize_many
from newsgraph.nlp.ner import NerOptions

TYPE_ALIASES = {"OTH": "MISC", "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "POSITION": "ROLE"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalResult:
    per_type: dict[str, Counts]
    overall: Counts
    sentences: int = 0
    tokens: int = 0
    seconds: float = 0.0  # wall-clock time spent in recognition
    cpu_seconds: float = 0.0  # CPU time of this process spent in recognition (fair on a shared machine)
    format: str = ""
    types: tuple[str, ...] = ()
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, text, type) samples

    @property
    def words_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    @property
    def words_per_cpu_second(self) -> float:
        return self.tokens / self.cpu_seconds if self.cpu_seconds else 0.0


def normalise_types(types: Iterable[str]) -> tuple[str, ...]:
    out = []
    for t in types:
        t = t.strip().upper()
        if t:
            out.append(TYPE_ALIASES.get(t, t))
    return tuple(dict.fromkeys(out))


def score(gold: Iterable[tuple[int, int, str]], pred: Iterable[tuple[int, int, str]],
          types: Sequence[str], counts: dict[str, Counts]) -> None:
    """Add one unit's (sentence's) exact-match counts to `counts` (per type)."""
    g = {x for x in gold if x[2] in types}
    p = {x for x in pred if x[2] in types}
    for t in types:
        c = counts.setdefault(t, Counts())
        gt = {x for x in g if x[2] == t}
        pt = {x for x in p if x[2] == t}
        c.tp += len(gt & pt)
        c.fp += len(pt - gt)
        c.fn += len(gt - pt)


def _gold_types(docs: Sequence[corpora.GoldDoc]) -> tuple[str, ...]:
    seen = Counter(corpora.map_label(lab) for d in docs for s in d.sentences for *_, lab in s.spans)
    order = ("PER", "LOC", "ORG", "MISC", "PRODUCT", "ROLE")
    return tuple(t for t in order if seen.get(t))


def _units(doc: corpora.GoldDoc) -> list[list[corpora.GoldSentence]]:
    return [doc.sentences] if doc.is_document else [[s] for s in doc.sentences]


def evaluate(path: str | Path, fmt: str | None = None, types: Sequence[str] | None = None,
             lang: str = "de", options: NerOptions | None = None, keep_errors: int = 0) -> EvalResult:
    """Score our recogniser on one annotated file."""
    options = options or NerOptions()
    path = Path(path)
    fmt = fmt or corpora.detect_format(path, corpora.read_text_file(path))
    docs = corpora.read(path, fmt)
    scored = normalise_types(types) if types else _gold_types(docs)
    counts: dict[str, Counts] = {t: Counts() for t in scored}
    result = EvalResult(counts, Counts(), format=fmt, types=scored)
    # group units into batches of sentences so the model sees many sentences per pipe call
    batch: list[list[corpora.GoldSentence]] = []
    size = 0
    for doc in docs:
        for unit in _units(doc):
            batch.append(unit)
            size += len(unit)
            if size >= 500:
                _run_batch(batch, lang, options, scored, result, keep_errors)
                batch, size = [], 0
    if batch:
        _run_batch(batch, lang, options, scored, result, keep_errors)
    for c in counts.values():
        result.overall.tp += c.tp
        result.overall.fp += c.fp
        result.overall.fn += c.fn
    return result


def _run_batch(units: list[list[corpora.GoldSentence]], lang: str, options: NerOptions,
               scored: Sequence[str], result: EvalResult, keep_errors: int) -> None:
    """Tag a batch of units; each unit is one text whose sentences are joined by newlines."""
    from newsgraph.nlp.ner import warm_up

    warm_up(lang, options)  # loading is not part of the measured speed
    prepared = []
    for unit in units:
        sentences, offsets, pos = [], [], 0
        for s in unit:
            offsets.append(pos)
            sentences.append(Sentence(pos, pos + len(s.text), lang))
            pos += len(s.text) + 1
        prepared.append(("\n".join(s.text for s in unit), sentences, offsets))
    started, cpu_started = time.perf_counter(), time.process_time()
    all_mentions = recognize_many([(text, sentences) for text, sentences, _ in prepared], options)
    result.seconds += time.perf_counter() - started
    result.cpu_seconds += time.process_time() - cpu_started
    for unit, (_, _, offsets), mentions in zip(units, prepared, all_mentions):
        for s, off in zip(unit, offsets):
            result.sentences += 1
            result.tokens += len(s.tokens)
            starts = {a for a, _ in s.tokens}
            ends = {b for _, b in s.tokens}
            if result.format in ("json", "smartdata", "mobie"):
                # character-offset gold: any prediction counts, token boundaries are not the format's limit
                starts = ends = None
            pred = [(m.start - off, m.end - off, m.type) for m in mentions
                    if off <= m.start and m.end <= off + len(s.text)
                    and (starts is None or (m.start - off in starts and m.end - off in ends))]
            char_gold = result.format in ("json", "smartdata", "mobie")
            gold = [_trim_gold(s.text, a, b, corpora.map_label(lab)) if char_gold else (a, b, corpora.map_label(lab))
                    for a, b, lab in s.spans if corpora.map_label(lab)]
            score(gold, pred, scored, result.per_type)
            if keep_errors and len(result.errors) < keep_errors:
                g, p = set(gold), set(pred)
                result.errors += [("FN", s.text[a:b], t) for a, b, t in g - p if t in scored][:2]
                result.errors += [("FP", s.text[a:b], t) for a, b, t in p - g if t in scored][:2]


def _trim_gold(text: str, a: int, b: int, label: str) -> tuple[int, int, str]:
    """Char-offset gold (SmartData, MobIE) sometimes takes in a trailing comma or sentence period
    ("StarCapital AG,", "Conrad Caine."); trim those so the span is the name. An abbreviation's
    period ("Inc.", "Co.", "e.V.") stays."""
    b = min(b, len(text))
    while b > a and text[b - 1] in " ,;:":
        b -= 1
    if b > a and text[b - 1] == "." and not text[a:b].endswith((".V.", "Inc.", "Co.", "Corp.", "Ltd.", "Bros.")):
        last = text[a:b - 1].split()[-1] if text[a:b - 1].split() else ""
        if len(last) > 3 and "." not in last:
            b -= 1
    return a, b, label


def format_result(result: EvalResult) -> list[str]:
    """The lines `newsgraph eval ner` prints; the last one is `overall P=… R=… F1=…`."""
    lines = [f"{'type':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for t in result.types:
        c = result.per_type[t]
        lines.append(f"{t:8} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp + c.fn:6d} {c.tp + c.fp:6d}")
    lines.append(f"sentences={result.sentences} tokens={result.tokens} ner_seconds={result.seconds:.2f} "
                 f"words_per_second={result.words_per_second:.0f} words_per_cpu_second={result.words_per_cpu_second:.0f} "
                 f"format={result.format}")
    o = result.overall
    lines.append(f"overall P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}")
    return lines
