"""A table of names seen in the hand-annotated training data, shipped beside each model.

Many companies, places and traffic operators recur across news ("Lufthansa", "@SBahnBerlin",
"A7"): when the statistical model misses a repeat of a name that the annotators tagged the same
way again and again, the rules can still find it. Only unambiguous names go in: seen at least
twice, and with one type in ≥ 90% of their tagged occurrences. Built from the same (gold) training
sources as stage 2 of the model, never from the sets we report on.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from newsgraph.nlp import corpora
from newsgraph.train import corpus

MIN_COUNT = 2
MIN_SHARE = 0.9
MIN_TAGGED = 0.6
"""A name must be tagged in at least this share of all its occurrences in the training text, which
keeps out common nouns that annotators tagged only in some contexts ("Polizei", "Region")."""
TABLE_NAME = "names.tsv"


def collect(lang: str, data: Path) -> dict[str, tuple[str, int]]:
    """surface string → (type, count) for the unambiguous names of the gold training sources."""
    held_ids, held_texts = corpus.held_out_texts(data) if lang == "de" else (set(), set())
    seen: dict[str, Counter] = defaultdict(Counter)
    sentences: list = []
    for src in corpus.SOURCES[lang]:
        path = data / src.path
        if src.kind not in corpus.FINETUNE_KINDS or not path.is_file():
            continue
        for doc in corpora.read(path, src.fmt):
            if doc.id in held_ids or (src.kind == "news" and corpus._doc_text(doc) in held_texts):
                continue
            sentences.extend(doc.sentences)
            for sent in doc.sentences:
                for a, b, raw in sent.spans:
                    label = corpora.map_label(raw)
                    if label in corpus.MODEL_LABELS:
                        seen[sent.text[a:b]][label] += 1
    table = {}
    for name, counts in seen.items():
        label, top = counts.most_common(1)[0]
        total = sum(counts.values())
        if total >= MIN_COUNT and top / total >= MIN_SHARE and len(name) >= 2 and not name[:1].islower():
            table[name] = (label, total)
    occurrences = _occurrences(sentences, {"".join(n.split()) for n in table})
    return {n: v for n, v in table.items() if v[1] >= MIN_TAGGED * occurrences.get("".join(n.split()), v[1])}


def _occurrences(sentences: list, keys: set[str], longest: int = 6) -> Counter:
    """How often each key (a name without spaces) occurs as a token sequence in the sentences."""
    found: Counter = Counter()
    for sent in sentences:
        words = [sent.text[a:b] for a, b in sent.tokens]
        for i in range(len(words)):
            key = ""
            for j in range(i, min(i + longest, len(words))):
                key += words[j]
                if key in keys:
                    found[key] += 1
    return found


def write(table: dict[str, tuple[str, int]], model_dir: Path) -> Path:
    out = model_dir / TABLE_NAME
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# name\ttype\tcount — unambiguous names of the gold training data (newsgraph train ner)\n")
        for name, (label, count) in sorted(table.items()):
            fh.write(f"{name}\t{label}\t{count}\n")
    return out
