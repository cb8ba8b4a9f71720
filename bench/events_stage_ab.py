"""CPU time of the events stage alone and its share of the pipeline, for A/B runs of two source trees.

Run (the tree under test comes from PYTHONPATH; this script does not add src/ itself):
`OMP_NUM_THREADS=1 PYTHONPATH=<tree>/src nice -n 5 .venv/bin/python bench/events_stage_ab.py [--passes N] [--profile]`

Inputs are `bench/events_bench.py`'s timing inputs (the examples/ pages and the dev sets' texts). It prints, as
one JSON line:
- `events`: CPU s (time.process_time) of `extract_events` over the inputs prepared once without events, best and
  median of `--passes` passes (the article's earlier stages are not repeated);
- `share`: in whole pipeline passes with events on, the CPU time inside the events stage divided by the time of
  everything else (ingest, content, nlp, normalize), best and median over `--passes` passes; this is what
  `measure_overhead` measures as a difference of two runs, without its run-to-run noise.
Alternate the two trees over several rounds and compare medians: the machine is shared.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import newsgraph  # noqa: E402
from newsgraph import pipeline  # noqa: E402
from newsgraph.content import article_from_text, extract_content  # noqa: E402
from newsgraph.errors import NewsgraphError  # noqa: E402
from newsgraph.events import extract_events  # noqa: E402
from newsgraph.model import Article  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from events_bench import timing_inputs  # noqa: E402  (after newsgraph: its src/ insert must not shadow PYTHONPATH)


def prepared(settings: Settings) -> list[Article]:
    """The timing inputs (`events_bench.timing_inputs`) through the pipeline with `settings`."""
    pages, texts = timing_inputs()
    out = []
    for page in pages:
        try:
            out.append(pipeline.process(page, settings))
        except NewsgraphError:
            pass
    for text, lang, published in texts:
        out.append(pipeline.process_text(text, language=lang, published=published, settings=settings))
    return out


def events_pass(articles: list[Article], settings: Settings) -> float:
    start = time.process_time()
    for art in articles:
        extract_events(art, settings)
    return time.process_time() - start


def share_pass(settings: Settings) -> float:
    """Events-stage CPU time / other CPU time over one whole pipeline pass with events on."""
    inside = [0.0]
    stage = next(s for s in pipeline.STAGES if s.name == "events")
    original = stage.fn

    def timed(article: Article, s: Settings) -> Article:
        t = time.process_time()
        try:
            return original(article, s)
        finally:
            inside[0] += time.process_time() - t

    object.__setattr__(stage, "fn", timed)
    try:
        start = time.process_time()
        prepared(settings)
        total = time.process_time() - start
    finally:
        object.__setattr__(stage, "fn", original)
    return inside[0] / (total - inside[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the events passes instead")
    parser.add_argument("--no-share", action="store_true", help="skip the whole-pipeline share passes")
    args = parser.parse_args()
    without, with_events = Settings(events=False), Settings(events=True)
    articles = prepared(without)
    events_pass(articles, with_events)  # warm-up: lexicons, compiled patterns, memos
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(args.passes):
            events_pass(articles, with_events)
        prof.disable()
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(60)
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(40)
        return
    ev = [events_pass(articles, with_events) for _ in range(args.passes)]
    shares = [] if args.no_share else [share_pass(with_events) for _ in range(args.passes)]
    print(json.dumps({"tree": str(Path(newsgraph.__file__).parent), "articles": len(articles),
                      "gc_frozen": gc.get_freeze_count(),
                      "events_best": round(min(ev), 4), "events_median": round(statistics.median(ev), 4),
                      "share_best": round(min(shares), 4) if shares else None,
                      "share_median": round(statistics.median(shares), 4) if shares else None}))


if __name__ == "__main__":
    main()
