"""Work done by the events stage alone over the team's gold, fresh and probe files.

Why counts and not only seconds: the machine is shared, and CPU time of the stage moves by a fifth between runs of
the same code; cProfile's call and regex-search counts are the same on every run, so two versions of the stage can be
compared with them (the seconds are printed too, for what they are worth).

    PYTHONPATH=src OMP_NUM_THREADS=1 python bench/events_profile_sets.py [--passes N]
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import json
import pstats
import time
from pathlib import Path

from newsgraph.events import extract_events
from newsgraph.model import Article
from newsgraph.pipeline import process_text
from newsgraph.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def prepared_articles() -> list[Article]:
    """Every item of tests/data/events_*.jsonl through the pipeline without the events stage."""
    without = Settings(events=False)
    out = []
    for path in sorted(DATA.glob("events_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append(process_text(item["text"], language=item["lang"], published=item["published"],
                                        settings=without))
    return out


def run_stage(articles: list[Article]) -> None:
    settings = Settings()
    for article in articles:
        fresh = copy.copy(article)
        fresh.events = []
        extract_events(fresh, settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=3, help="timed passes; the best is printed")
    args = parser.parse_args()
    articles = prepared_articles()
    run_stage(articles)  # warm the memoised word tests, as in a long run
    best = min(_timed(articles) for _ in range(args.passes))
    profile = cProfile.Profile()
    profile.runcall(run_stage, articles)
    stats = pstats.Stats(profile)
    searches = sum(v[1] for k, v in stats.stats.items() if k[2] == "<method 'search' of 're.Pattern' objects>")
    print(f"{len(articles)} articles; function calls {stats.total_calls:,}; regex searches {searches:,}; "
          f"CPU seconds (best of {args.passes}) {best:.3f}")


def _timed(articles: list[Article]) -> float:
    start = time.process_time()
    run_stage(articles)
    return time.process_time() - start


if __name__ == "__main__":
    main()
