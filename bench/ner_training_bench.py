"""Training ablations of the German NER: score models trained with other options than the shipped one.

A training run takes about 20 minutes, so this script does not train; it scores model folders that
`newsgraph train ner --lang de --output DIR [options]` built, with the shipped rules and consistency
around them, on the three German development sets, and writes `bench/results/ner_training.md`:

    python bench/ner_training_bench.py \
        --run "shipped (seed 0)=src/newsgraph/nlp/models/ner_de=(shipped model)" \
        --run "seed 1=/tmp/seed1=newsgraph train ner --lang de --seed 1 --work-dir /tmp/w1 --output /tmp/seed1"

Each `--run` is LABEL=MODEL_DIR=TRAIN_COMMAND; the command is printed in the table so the row can be
rebuilt. The seed rows measure how much a score moves by chance, the yardstick for every other row.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_line  # noqa: E402

SETS = [("SmartData dev", "smartdata/dev.jsonl.gz", None, ("PER", "LOC", "ORG")),
        ("MobIE dev", "mobie/dev.jsonl.gz", None, ("PER", "LOC", "ORG")),
        ("GermEval 2014 test", "germeval2014/NER-de-test.tsv", None, ("PER", "LOC", "ORG", "OTH"))]
RESULTS = ROOT / "bench" / "results" / "ner_training.md"


def score(model: Path, data: Path) -> list[tuple[float, float]]:
    """(overall F1, ORG F1) per set, via the same code as `newsgraph eval ner --model`."""
    from newsgraph.nlp.evaluate import evaluate
    from newsgraph.nlp.ner import NerOptions

    out = []
    for _, rel, fmt, types in SETS:
        result = evaluate(data / rel, fmt=fmt, types=list(types), lang="de", options=NerOptions(model_dir=str(model)))
        out.append((result.overall.f1, result.per_type["ORG"].f1))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--run", action="append", required=True, metavar="LABEL=MODEL_DIR=TRAIN_COMMAND")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    data = Path(args.data)
    head = " | ".join(name for name, *_ in SETS)
    lines = ["### Training ablations (German; models not shipped unless marked)", "",
             "Command: `python bench/ner_training_bench.py --run LABEL=MODEL_DIR=TRAIN_COMMAND ...` (scores each "
             "model with `newsgraph eval ner --model MODEL_DIR`, shipped rules and consistency around it).  ",
             machine_line(), "",
             f"| model | {head} | trained with |", "|---|" + "---|" * len(SETS) + "---|"]
    for run in args.run:
        label, model, command = run.split("=", 2)
        scores = score(Path(model), data)
        cells = " | ".join(f"{f1:.3f} (ORG {org:.3f})" for f1, org in scores)
        lines.append(f"| {label} | {cells} | `{command}` |")
        print(label, cells, flush=True)
    text = "\n".join(lines) + "\n"
    if args.no_write:
        print(text)
        return
    RESULTS.write_text(text, encoding="utf-8")
    import write_benchmarks  # noqa: E402

    write_benchmarks.main()
    print(f"wrote {RESULTS.relative_to(ROOT)} and BENCHMARKS.md")


if __name__ == "__main__":
    main()
