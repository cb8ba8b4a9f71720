"""Experiment: can SmartData's train split teach the event rules which trigger words to distrust?

Why this exists: the issue asks to train where data exists and to keep a
trained part only if it beats the rules. SmartData annotates the business
types (acquisition, merger, spin_off, insolvency, layoffs, strike,
leadership). This script learns, per (type, trigger word), how often a rule
event on the *train* split falls on a sentence that holds a gold relation of
that type, and measures a filter that drops events whose trigger word is
unreliable there (at least `--min-count` events, precision below
`--max-precision`). It never reads SmartData dev for learning; dev and the
team's dev sets are only scored.

Measured result (docs/events.md, "Training"): the filter lowers F1 on
SmartData dev and on the German dev set, so no filter ships; the rules run
unfiltered.

Usage: python -m newsgraph.train.events_trigger_filter [--train PATH] [--dev PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict
from pathlib import Path

from newsgraph.events.evaluate import EvalResult, evaluate, read_items, records_from_events
from newsgraph.events.smartdata import BUSINESS_TYPES, RELATION_TYPES, SCORED_ROLES
from newsgraph.pipeline import process_text

ROOT = Path(__file__).resolve().parents[3]
TRAIN = ROOT.parent / "shared" / "data" / "smartdata" / "train_v1derived.jsonl.gz"
DEV = ROOT.parent / "shared" / "data" / "smartdata" / "dev.jsonl.gz"
TEAM_DEV = (ROOT / "tests" / "data" / "events_gold_de.jsonl", ROOT / "tests" / "data" / "events_gold_en.jsonl")

Key = tuple[str, str]


def trigger_precision(train_path: Path) -> dict[Key, tuple[int, int]]:
    """(type, trigger word) → (events on a sentence with a gold relation of the type, events)."""
    stats: dict[Key, list[int]] = defaultdict(lambda: [0, 0])
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text = doc["text"]["string"]
            relations = (doc.get("relationMentions") or {}).get("array", [])
            gold = [(RELATION_TYPES[r["name"]], r["span"]["start"], r["span"]["end"])
                    for r in relations if r["name"] in RELATION_TYPES]
            for event in process_text(text, language="de").events:
                if event.type not in BUSINESS_TYPES:
                    continue
                hit = any(t == event.type and s < ev.end and ev.start < e
                          for t, s, e in gold for ev in event.evidence)
                key = (event.type, (event.trigger or "").lower())
                stats[key][0] += int(hit)
                stats[key][1] += 1
    return {k: (v[0], v[1]) for k, v in stats.items()}


def distrusted(stats: dict[Key, tuple[int, int]], min_count: int, max_precision: float) -> set[Key]:
    return {k for k, (ok, n) in stats.items() if n >= min_count and ok / n < max_precision}


def predictor(drop: set[Key]):  # type: ignore[no-untyped-def]
    def predict(item):  # type: ignore[no-untyped-def]
        published = item.published[:10] if item.published else None
        article = process_text(item.text, language=item.lang, published=published)
        return records_from_events([e for e in article.events if (e.type, (e.trigger or "").lower()) not in drop])
    return predict


def _line(name: str, result: EvalResult) -> str:
    o = result.overall
    return f"{name:28s} P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--max-precision", type=float, default=0.2)
    args = parser.parse_args()
    stats = trigger_precision(args.train)
    drop = distrusted(stats, args.min_count, args.max_precision)
    print("distrusted triggers:", ", ".join(f"{t}:{w}" for t, w in sorted(drop)) or "none")
    smartdata = read_items(args.dev, "smartdata")
    for label, words in (("rules", set()), ("rules + learned filter", drop)):
        print(_line(f"SmartData dev, {label}", evaluate(smartdata, predictor(words), types=BUSINESS_TYPES,
                                                         scored_roles=SCORED_ROLES)))
        for path in TEAM_DEV:
            if path.exists():
                print(_line(f"{path.stem}, {label}", evaluate(read_items(path), predictor(words))))


if __name__ == "__main__":
    main()
