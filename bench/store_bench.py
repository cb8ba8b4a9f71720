"""Store speed: writing annotated articles, detecting known ones, full-text search, export.

Data: the sample articles in examples/, run once through the real pipeline
(ingest → content → nlp → normalize → events), then copied N times with a
numbered sentence appended so every copy is a distinct text (distinct article
id) with the same annotations. Timing covers only the store side: resolve +
validation + one transaction per article (`SQLiteStore.add_article`), storing
the same texts again ("already known"), FTS5 searches, and `iter_export`
serialised to JSONL.

Usage: python bench/store_bench.py [--copies N] [--no-write]
"""

from __future__ import annotations

import argparse
import copy
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from machine import machine_line  # noqa: E402

from newsgraph import ingest, pipeline  # noqa: E402
from newsgraph.export import iter_export, write_jsonl  # noqa: E402
from newsgraph.model import Article, Rejection, make_id, sha256_text  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402
from newsgraph.store import open_store  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "store.md"
QUERIES = ["Xiaomi", "Milliarden", "Werk", "billion", "Vorstand*", '"third quarter"', "jobs cut", "Qualcomm Xiaomi"]


def annotated_examples() -> list[Article]:
    settings = Settings()
    items = pipeline.process_many(ingest.read_sources([str(ROOT / "examples")], settings), settings)
    return [a for a in items if not isinstance(a, Rejection)]


def variant(article: Article, n: int) -> Article:
    """A distinct text with the same annotations (a sentence appended at the end keeps all offsets valid)."""
    a = copy.deepcopy(article)
    a.text = f"{article.text}\n\n(Kopie {n}.)"
    a.sha256 = sha256_text(a.text)
    a.id = Article.id_for(a.text)
    a.source = f"{article.source}#{n}"
    for m in a.mentions:
        m.entity_id = None
    for ev in a.events:
        ev.id = make_id("v_", a.id, ev.id)
        for e in ev.evidence:
            e.article_id = a.id
        for arg in ev.arguments:
            arg.entity_id = None
    return a


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200, help="copies of each example article")
    parser.add_argument("--no-write", action="store_true", help="print only, do not write bench/results/store.md")
    args = parser.parse_args()

    base = annotated_examples()
    articles = [variant(a, i) for i in range(args.copies) for a in base]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = open_store(db)
        t0, c0 = time.perf_counter(), time.process_time()
        statuses = [store.add_article(copy.deepcopy(a)).status for a in articles]
        write_wall, write_cpu = time.perf_counter() - t0, time.process_time() - c0
        assert statuses.count("new") == len(articles)

        t0 = time.perf_counter()
        again = [store.add_article(copy.deepcopy(a)).status for a in articles[: len(base) * 20]]
        known_wall = time.perf_counter() - t0
        assert set(again) == {"known"}

        latencies = []
        for _ in range(5):
            for q in QUERIES:
                t0 = time.perf_counter()
                store.list_articles(search=q, limit=50)
                latencies.append(time.perf_counter() - t0)

        buffer = io.StringIO()
        t0 = time.perf_counter()
        n_records = write_jsonl(iter_export(store), buffer)
        export_wall = time.perf_counter() - t0
        counts = store.counts()
        store.close()
        size_mb = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 1e6

    n = len(articles)
    lines = [
        "## Store (SQLite)", "",
        f"Command: `python bench/store_bench.py --copies {args.copies}`", "", machine_line(), "",
        f"Data: the {len(base)} articles of `examples/` run through the pipeline once, copied {args.copies} times "
        f"with a numbered sentence appended: {n} distinct articles with {counts['mentions']} mentions, "
        f"{counts['article_values']} values, {counts['events']} events, {counts['entities']} entities.", "",
        "| measure | result |", "|---|---|",
        f"| store new articles (resolve + checks + one transaction each) | {n / write_wall:.0f} articles/s wall, "
        f"{n / write_cpu:.0f} articles/s CPU |",
        f"| store already-known articles | {len(again) / known_wall:.0f} articles/s wall |",
        f"| full-text search, limit 50 ({len(latencies)} queries over {n} articles) | median "
        f"{statistics.median(latencies) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms |",
        f"| export to JSONL ({n_records} objects) | {n_records / export_wall:.0f} objects/s, "
        f"{export_wall:.1f} s |",
        f"| database size (with WAL) | {size_mb:.1f} MB |", "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")
        import write_benchmarks

        write_benchmarks.main()


if __name__ == "__main__":
    main()
