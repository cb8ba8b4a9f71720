"""A/B speed comparison of two source trees on the speed row of bench/ner_bench.py.

Run: `.venv/bin/python bench/ner_ab.py A_SRC B_SRC [--rounds 7] [--passes 3]`
where A_SRC and B_SRC are `src` directories (for example a copy of the tree before a change and
the working tree's `src`). Rounds alternate A, B, A, B, ...; each round is a fresh process with
OMP_NUM_THREADS=1 and that tree first on PYTHONPATH. A round loads the models, annotates the
SmartData dev documents once to warm up, then times `--passes` passes of the same loop as the speed
row (one article at a time) with time.process_time and reports the mean CPU seconds per pass.
Printed: words per CPU second per round, then mean, standard deviation, min and max per tree.
CPU time, not wall clock, because the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORKER = r"""
import json, sys, time
from pathlib import Path
import newsgraph
from newsgraph.model import Article
from newsgraph.nlp import annotate
from newsgraph.nlp.corpora import iter_json_objects, json_doc_text, read_text_file
from newsgraph.settings import Settings

data, passes = Path(sys.argv[1]), int(sys.argv[2])
texts = [json_doc_text(o) for o in iter_json_objects(read_text_file(data / "smartdata/dev.jsonl.gz"))]
settings = Settings()
words = sum(len(t.split()) for t in texts)

def one_pass():
    for t in texts:
        annotate(Article(id="x", source="x", text=t, language="de"), settings)

one_pass()
times = []
for _ in range(passes):
    c0 = time.process_time()
    one_pass()
    times.append(time.process_time() - c0)
print(json.dumps({"file": newsgraph.__file__, "words": words, "cpu": times}))
"""


def _round(src: Path, data: Path, passes: int) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", WORKER, str(data), str(passes)], env=env, check=True,
                         capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    if not result["file"].startswith(str(src.resolve())):
        raise SystemExit(f"{src}: imported newsgraph from {result['file']} instead")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    rates: dict[str, list[float]] = {"A": [], "B": []}
    for r in range(args.rounds):
        for name, src in (("A", args.a), ("B", args.b)):
            res = _round(src, args.data, args.passes)
            rate = res["words"] / statistics.mean(res["cpu"])
            rates[name].append(rate)
            print(f"round {r + 1} {name}: {rate:,.0f} words/CPU s "
                  f"(passes {', '.join(f'{c:.3f}' for c in res['cpu'])} s)", flush=True)
    for name in ("A", "B"):
        v = rates[name]
        print(f"{name} ({getattr(args, name.lower())}): mean {statistics.mean(v):,.0f}, sd {statistics.stdev(v):,.0f}, "
              f"min {min(v):,.0f}, max {max(v):,.0f} words/CPU s over {len(v)} rounds")
    wins = sum(b > a for a, b in zip(rates["A"], rates["B"]))
    print(f"B/A: {statistics.mean(rates['B']) / statistics.mean(rates['A']) - 1:+.1%}; "
          f"B faster in {wins} of {args.rounds} paired rounds")


if __name__ == "__main__":
    main()
