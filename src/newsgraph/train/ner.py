"""`newsgraph train ner`: build the corpora, train the spaCy pipeline, ship the best model.

The trained pipeline (tokenizer, tok2vec, ner) is copied from spaCy's `model-best` into
`nlp/models/ner_<lang>/`, without the training-only files, and its size is checked (< 50 MB).
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from newsgraph.errors import DataError
from newsgraph.nlp.corpora import GoldSentence
from newsgraph.nlp.ner import model_path
from newsgraph.train import corpus, names
from newsgraph.train import lexicon_vectors as lexicon_vectors_module

LOGGER = logging.getLogger(__name__)
CONFIG_DIR = Path(__file__).resolve().parent
MAX_MODEL_BYTES = 50 * 1024 * 1024


@dataclass
class TrainResult:
    lang: str
    model_dir: str
    seconds: float
    size_bytes: int
    train_docs: int
    dev_docs: int
    dropped_overlap: int
    per_source: dict
    dev_scores: dict


def config_path(lang: str) -> Path:
    return CONFIG_DIR / f"ner_{lang}.cfg"


def train_ner(lang: str, data: Path, work_dir: Path, output: Path | None = None, max_steps: int | None = None,
              silver_limit: int | None = None, finetune: bool = True, finetune_steps: int | None = None,
              lexicon_vectors: bool = False, seed: int | None = None, augment: float = 0.0,
              finetune_augment: float | None = None,
              augment_types: tuple[str, ...] = ("PER", "LOC", "ORG"), oversample_org: int = 0,
              self_train: str | None = None, self_train_limit: int | None = None,
              self_train_stages: str = "1") -> TrainResult:
    """Train the NER model of `lang` from `data` (../shared/data) and install it into the package.

    Stage 1 trains on everything (silver, historic and gold); stage 2 continues on modern gold only.
    `augment` adds mention-replaced copies of the gold sentences (train/augment.py) in stage 1, and
    `finetune_augment` (default: the same rate) in stage 2. `oversample_org` repeats stage 2's
    sentences with an ORG mention that many extra times. `self_train` ("auto" or a file that
    train/selftrain.py wrote) adds tagged unlabelled sentences (at most `self_train_limit`) to stage 1,
    stage 2 or both (`self_train_stages` "1", "2", "both").
    """
    from spacy.cli.train import train as spacy_train

    if not data.is_dir():
        raise DataError(f"{data}: data folder not found; pass --data PATH (the shared data sets)")
    started = time.time()
    if self_train_stages not in ("1", "2", "both"):
        raise DataError(f"self-training stages {self_train_stages!r}: use 1, 2 or both")
    extra = self_training_sentences(lang, data, work_dir, self_train, self_train_limit)
    report = corpus.build(lang, data, work_dir / "corpus", silver_limit=silver_limit, augment=augment,
                          augment_types=augment_types, oversample_org=oversample_org,
                          self_train=extra if self_train_stages in ("1", "both") else ())
    overrides = {"paths.train": str(work_dir / "corpus" / "train.spacy"),
                 "paths.dev": str(work_dir / "corpus" / "dev.spacy")}
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    if seed is not None:  # the configs fix seed 0; another seed measures how much a score moves by chance
        overrides["system.seed"] = seed
    vectors = lexicon_vectors_module.write(work_dir / "lexicon_vectors", lang) if lexicon_vectors else None
    if vectors is not None:
        overrides["paths.vectors"] = str(vectors)
        overrides["components.tok2vec.model.embed.include_static_vectors"] = True
    spacy_train(config_path(lang), work_dir / "output", overrides=overrides)
    best = work_dir / "output" / "model-best"
    if finetune:
        stage2_augment = augment if finetune_augment is None else finetune_augment
        best = finetune_gold(lang, data, work_dir, best, finetune_steps, vectors, seed, stage2_augment, augment_types,
                             oversample_org, extra if self_train_stages in ("2", "both") else ())
    target = output or model_path(lang)
    install(best, target)
    names.write(names.collect(lang, data), target)
    meta = json.loads((target / "meta.json").read_text())
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    if size > MAX_MODEL_BYTES:
        LOGGER.warning("model %s is %.1f MB, above the 50 MB budget", target, size / 1e6)
    return TrainResult(lang, str(target), time.time() - started, size, report.train_docs, report.dev_docs,
                       report.dropped_overlap, report.per_source,
                       {k: meta.get("performance", {}).get(k) for k in ("ents_p", "ents_r", "ents_f")})


def finetune_gold(lang: str, data: Path, work_dir: Path, base: Path, steps: int | None = None,
                  vectors: Path | None = None, seed: int | None = None, augment: float = 0.0,
                  augment_types: tuple[str, ...] = ("PER", "LOC", "ORG"), oversample_org: int = 0,
                  self_train: Sequence[GoldSentence] = ()) -> Path:
    """Stage 2: continue from `base` on the modern gold sources; returns the best pipeline's folder."""
    from spacy.cli.train import train as spacy_train

    corpus.build(lang, data, work_dir / "corpus_gold", kinds=corpus.FINETUNE_KINDS, augment=augment,
                 augment_types=augment_types, oversample_org=oversample_org, self_train=self_train)
    overrides = {"paths.train": str(work_dir / "corpus_gold" / "train.spacy"),
                 "paths.dev": str(work_dir / "corpus_gold" / "dev.spacy"),
                 "paths.base": str(base), "nlp.lang": lang}
    if steps is not None:
        overrides["training.max_steps"] = steps
    if vectors is not None:
        overrides["paths.vectors"] = str(vectors)
    if seed is not None:
        overrides["system.seed"] = seed
    spacy_train(CONFIG_DIR / "ner_finetune.cfg", work_dir / "output_gold", overrides=overrides)
    return work_dir / "output_gold" / "model-best"


def self_training_sentences(lang: str, data: Path, work_dir: Path, source: str | None,
                            limit: int | None) -> list[GoldSentence]:
    """The self-training sentences: none, a file train/selftrain.py wrote, or ("auto") one built now.

    "auto" tags the unlabelled text with the model currently in the package (the teacher) and writes
    the file to `work_dir/selftrain.jsonl.gz`, so later runs can pass that path and skip the tagging.
    """
    if not source:
        return []
    from newsgraph.train import selftrain

    if source == "auto":
        path = work_dir / "selftrain.jsonl.gz"
        selftrain.build_file(data, path, lang)
    else:
        path = Path(source)
        if not path.is_file():
            raise DataError(f"{path}: self-training file not found; use --self-train auto to build one")
    return selftrain.load(path, limit)


def install(best: Path, target: Path) -> None:
    """Copy a trained pipeline into the package, leaving out what inference does not read.

    The string store (`vocab/strings.json`) lists every word of the training text; the model
    embeds hashes, not strings, so only the entity labels are kept. This makes the model 3 MB
    smaller and keeps the training text (some of it under unclear licenses) out of the package.
    """
    import spacy

    labels = list(spacy.load(best).get_pipe("ner").labels)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target, ignore=shutil.ignore_patterns("*.tmp", "__pycache__"))
    (target / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")


def result_json(result: TrainResult) -> str:
    return json.dumps(asdict(result), indent=2, ensure_ascii=False)
