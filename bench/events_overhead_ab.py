"""The events overhead of this tree and of another tree's events stage, measured side by side in one process.

Why: `events_bench.measure_overhead` compares two settings in one process, but comparing two versions of the stage
takes two processes, and on the shared machine two runs of the same code differ by several points. Here the other
tree's `newsgraph/events/` is copied under another package name (its `newsgraph.events` imports rewritten; everything
else it imports is this tree's), and the timing inputs run block by block (`--block` inputs) in three settings: the
pipeline without events, with this tree's events stage and with the other's. The order of the three rotates by block
and pass, CPU time is summed per setting, and each round prints both overheads (with / without - 1); the spread over
rounds says how far a difference can be trusted. Both stages must give the same events for the comparison to be
about cost alone (check with `events_identity_check.py`).

Run (this tree from PYTHONPATH):
`OMP_NUM_THREADS=1 PYTHONPATH=src nice -n 5 .venv/bin/python bench/events_overhead_ab.py --base /tmp/base/src`
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent

from newsgraph import pipeline  # noqa: E402
from newsgraph.model import Article  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from events_bench import interleaved_rounds, run_input, timing_inputs  # noqa: E402  (after newsgraph: PYTHONPATH names the tree)

BASE_PACKAGE = "_base_events"


def load_base_events(base_src: Path, into: Path) -> Callable[[Article, Settings], Article]:
    """`extract_events` of the other tree's events package, copied to `into` as `BASE_PACKAGE`."""
    target = into / BASE_PACKAGE
    shutil.copytree(base_src / "newsgraph" / "events", target, ignore=shutil.ignore_patterns("__pycache__"))
    for path in target.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\bnewsgraph\.events\b", BASE_PACKAGE, source), encoding="utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module(BASE_PACKAGE).extract_events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="src/ of the other tree")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=1, help="passes over the inputs per round")
    parser.add_argument("--block", type=int, default=20, help="inputs per block (as measure_overhead)")
    args = parser.parse_args()
    stage = next(s for s in pipeline.STAGES if s.name == "events")
    this_fn = stage.fn
    with tempfile.TemporaryDirectory() as tmp:
        base_fn = load_base_events(args.base, Path(tmp))
        pages, texts = timing_inputs()
        inputs = [*pages, *texts]
        without, with_events = Settings(events=False), Settings(events=True)
        settings = {"without": (without, this_fn), "this": (with_events, this_fn), "base": (with_events, base_fn)}

        def use(name: str) -> None:
            object.__setattr__(stage, "fn", settings[name][1])

        runners = {name: (lambda item, chosen=chosen: run_input(item, chosen)) for name, (chosen, _) in settings.items()}
        for name in settings:  # warm-up: models, lexicons, compiled patterns of both stages
            use(name)
            for item in inputs:
                run_input(item, settings[name][0])
        results: dict[str, list[float]] = {"this": [], "base": []}
        try:
            for r, spent in enumerate(interleaved_rounds(inputs, runners, args.rounds, args.passes, args.block,
                                                         before=use)):
                for name in ("this", "base"):
                    results[name].append(spent[name] / spent["without"] - 1)
                print(f"round {r + 1}: without {spent['without']:.3f} s, this {spent['this']:.3f} s "
                      f"({100 * results['this'][-1]:.1f} %), base {spent['base']:.3f} s "
                      f"({100 * results['base'][-1]:.1f} %)", flush=True)
        finally:
            object.__setattr__(stage, "fn", this_fn)
            sys.modules.pop(BASE_PACKAGE, None)
    print(f"overhead this {' '.join(f'{100 * x:.1f}' for x in results['this'])} % "
          f"(median {100 * statistics.median(results['this']):.1f}); base "
          f"{' '.join(f'{100 * x:.1f}' for x in results['base'])} % (median {100 * statistics.median(results['base']):.1f})")


if __name__ == "__main__":
    main()
