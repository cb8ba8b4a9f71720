"""F1 and modality accuracy of every tests/data/events_*.jsonl set but the untuned ones (`events_bench.UNSEEN`).

The regression check run after each rule change: the figures are those `newsgraph eval events --data <file>` prints
as its last line and modality line, one line per set, so two runs (before and after a change, or two exported trees
with PYTHONPATH) can be compared with `diff`. The untuned sets are left out, so that no change is chosen by them.

    PYTHONPATH=<tree>/src OMP_NUM_THREADS=1 python bench/events_sets.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# newsgraph first: importing events_bench puts this tree's src/ in front, which must not shadow a PYTHONPATH tree
from newsgraph.events.evaluate import evaluate, pipeline_predictor, read_gold  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from events_bench import UNSEEN  # noqa: E402  (bench/ is on sys.path when this file runs as a script)


def main() -> None:
    predict = pipeline_predictor()
    skip = {u.resolve() for u in UNSEEN}
    for path in sorted((ROOT / "tests" / "data").glob("events_*.jsonl")):
        if path.resolve() in skip:
            continue
        result = evaluate(read_gold(path), predict)
        print(f"{path.name:28s} F1 {result.overall.f1:.3f} modality {result.modality_accuracy:.3f}", flush=True)


if __name__ == "__main__":
    main()
