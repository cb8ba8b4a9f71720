"""Whole-pipeline speed: ingest → content → nlp → normalize → events (→ SQLite store), on one core.

Inputs: all 990 pages of ../shared/data/html_pages/pages (real web pages, mostly German, gzip
files read as they are) and the sample articles in examples/. Each set goes through exactly
what `newsgraph ingest` runs: `ingest.read_sources` → `pipeline.process_many` (which calls
`pipeline.process` per page and turns failures into Rejections) → `store.loading.store_article`
into a fresh temporary SQLite store (resolve, validation, one transaction per article).

Time per stage: each function of `pipeline.STAGES` and `content.extract_content` is wrapped
in a timer for the run (the pipeline code is not changed), reading pages (`read_sources`) and
storing are timed the same way. CPU time (`time.process_time`) is the one-core figure:
`OMP_NUM_THREADS=1` keeps the NER model on one thread, and CPU time does not count the waits
caused by other jobs on this shared machine; wall-clock time is reported beside it.
Models are loaded before timing (one warm-up article); the load time is reported apart.

Words are whitespace-separated tokens of the extracted main text (`Article.text`).

Usage: OMP_NUM_THREADS=1 python bench/pipeline_bench.py [--limit N] [--no-write]
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable, Iterable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from itertools import islice  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_line  # noqa: E402

from newsgraph import content, ingest, pipeline  # noqa: E402
from newsgraph.model import Article, Rejection  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from newsgraph.store.loading import store_article  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
SETS = {"html_pages (990 real web pages)": SHARED / "html_pages" / "pages", "examples/": ROOT / "examples"}
RESULTS = ROOT / "bench" / "results" / "pipeline.md"
STAGE_ORDER = ("read", "content", *(s.name for s in pipeline.STAGES), "store")


@dataclass
class Timer:
    cpu: dict[str, float] = field(default_factory=Counter)
    wall: dict[str, float] = field(default_factory=Counter)
    calls: dict[str, int] = field(default_factory=Counter)

    def wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            c0, w0 = time.process_time(), time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.cpu[name] += time.process_time() - c0
                self.wall[name] += time.perf_counter() - w0
                self.calls[name] += 1
        return timed

    def iterate(self, name: str, items: Iterable) -> Iterator:
        """Time the production of each item of a lazy iterator (reading pages happens inside next())."""
        it = iter(items)
        step = self.wrap(name, lambda: next(it, _END))
        while (item := step()) is not _END:
            yield item


_END = object()


@contextmanager
def timed_stages(timer: Timer):
    """Swap timed wrappers in for the content stage and every entry of pipeline.STAGES; restore after."""
    original_content, original_stages = content.extract_content, pipeline.STAGES
    content.extract_content = timer.wrap("content", original_content)
    pipeline.STAGES = tuple(dataclasses.replace(s, fn=timer.wrap(s.name, s.fn)) for s in original_stages)
    try:
        yield
    finally:
        content.extract_content, pipeline.STAGES = original_content, original_stages


@dataclass
class Run:
    name: str
    inputs: int = 0
    articles: int = 0
    words: int = 0
    mentions: int = 0
    values: int = 0
    events: int = 0
    stored: Counter = field(default_factory=Counter)
    rejections: Counter = field(default_factory=Counter)
    cpu: float = 0.0
    wall: float = 0.0
    timer: Timer = field(default_factory=Timer)
    not_read: list[str] = field(default_factory=list)


def run_set(name: str, folder: Path, settings: Settings, limit: int | None) -> Run:
    run = Run(name)
    seen: set[str] = set()
    timer = run.timer
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp, open_store(str(Path(tmp) / "b.db")) as store:
        store_one = timer.wrap("store", store_article)
        c0, w0 = time.process_time(), time.perf_counter()
        with timed_stages(timer):
            # the folder itself, as `newsgraph ingest FOLDER` reads it (README/LICENSE and hidden files skipped)
            pages = timer.iterate("read", islice(ingest.read_sources([str(folder)], settings), limit))
            for item in pipeline.process_many(pages, settings):
                run.inputs += 1
                seen.add(Path(item.source).name)
                if isinstance(item, Article):
                    outcome = store_one(store, item)
                    if isinstance(outcome, Rejection):
                        run.rejections[(outcome.stage, outcome.reason)] += 1
                        continue
                    run.stored[outcome.status] += 1
                    run.articles += 1
                    run.words += len(item.text.split())
                    run.mentions += len(item.mentions)
                    run.values += len(item.values)
                    run.events += len(item.events)
                else:
                    run.rejections[(item.stage, item.reason)] += 1
        run.cpu, run.wall = time.process_time() - c0, time.perf_counter() - w0
    if limit is None:  # files of the folder the walk never yielded (neither as a page nor as a rejection)
        files = {p.name for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")}
        run.not_read = sorted(files - seen)
    return run


def warm_up(settings: Settings) -> float:
    """Load every model once (not part of the measured speed); returns the seconds it took."""
    started = time.perf_counter()
    pipeline.process_text("Die Xiaomi Corp. hat am Montag in Peking 12 Milliarden US-Dollar investiert.",
                          language="de", settings=settings)
    pipeline.process_text("Xiaomi Corp. invested $12 billion in Beijing on Monday.", language="en",
                          settings=settings)
    return time.perf_counter() - started


def _rate(n: float, seconds: float) -> str:
    return f"{n / seconds:,.1f}" if seconds else "–"


def render_run(run: Run) -> list[str]:
    t = run.timer
    pipeline_cpu = sum(t.cpu[s] for s in STAGE_ORDER if s != "store")
    lines = [f"### {run.name}", "",
             f"{run.inputs} inputs → {run.articles} articles stored ({', '.join(f'{k} {v}' for k, v in sorted(run.stored.items())) or 'none'}), "
             f"{sum(run.rejections.values())} rejected; {run.words:,} words of main text, {run.mentions:,} mentions, "
             f"{run.values:,} values, {run.events:,} events.", "",
             "| measured over | pages/s (CPU, one core) | words/s (CPU) | pages/s (wall) | words/s (wall) |",
             "|---|---:|---:|---:|---:|",
             f"| pipeline (read → events) | {_rate(run.inputs, pipeline_cpu)} | {_rate(run.words, pipeline_cpu)} | "
             f"{_rate(run.inputs, run.wall - t.wall['store'])} | {_rate(run.words, run.wall - t.wall['store'])} |",
             f"| pipeline + SQLite store | {_rate(run.inputs, run.cpu)} | {_rate(run.words, run.cpu)} | "
             f"{_rate(run.inputs, run.wall)} | {_rate(run.words, run.wall)} |",
             f"| store only (`store_article`) | {_rate(t.calls['store'], t.cpu['store'])} | "
             f"{_rate(run.words, t.cpu['store'])} | {_rate(t.calls['store'], t.wall['store'])} | "
             f"{_rate(run.words, t.wall['store'])} |", "",
             "| stage | calls | CPU s | share of CPU | ms per call (CPU) | wall s |", "|---|---:|---:|---:|---:|---:|"]
    for stage in STAGE_ORDER:
        calls = t.calls[stage]
        lines.append(f"| {stage} | {calls} | {t.cpu[stage]:.1f} | {t.cpu[stage] / run.cpu:.1%} | "
                     f"{1000 * t.cpu[stage] / calls if calls else 0:.1f} | {t.wall[stage]:.1f} |")
    rest = run.cpu - sum(t.cpu[s] for s in STAGE_ORDER)
    lines += [f"| other (loop, rejections) | – | {rest:.1f} | {rest / run.cpu:.1%} | – | – |",
              f"| **total** | – | **{run.cpu:.1f}** | 100% | – | {run.wall:.1f} |", ""]
    if run.not_read:
        lines += [f"Files in the folder that the folder walk skipped without a rejection (by design for names like "
                  f"README/LICENSE/CHANGELOG and non-article suffixes; `ingest.files.is_article_file`): "
                  f"{len(run.not_read)}: " + ", ".join(f"`{n}`" for n in run.not_read[:10]) + ".", ""]
    if run.rejections:
        lines += ["Rejections by stage and reason:", "", "| stage | reason | pages |", "|---|---|---:|"]
        for (stage, reason), n in run.rejections.most_common():
            lines.append(f"| {stage} | {reason.replace('|', '/')[:160]} | {n} |")
        lines.append("")
    return lines


def render(command: str, runs: list[Run], load_seconds: float) -> str:
    lines = ["## Whole pipeline (`bench/pipeline_bench.py`)", "", f"Command: `{command}`", "", machine_line(), "",
             "What `newsgraph ingest` does per input, on one core: `ingest.read_sources` → `pipeline.process_many` "
             "(content → nlp → normalize → events) → `store_article` into a fresh temporary SQLite store. "
             "Stage times come from timers wrapped around `content.extract_content` and each function of "
             "`pipeline.STAGES` (read = reading and decoding the files). CPU time (`process_time`, "
             "`OMP_NUM_THREADS=1`) is the one-core figure; wall clock includes waiting for the other jobs on "
             "this shared 2-core machine. Pages/s counts every input (page or rejected file) that `read_sources` yields for the folder; words are "
             f"whitespace tokens of the stored main text. Loading the models took {load_seconds:.1f} s (wall) "
             "before timing.", ""]
    for run in runs:
        lines += render_run(run)
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N inputs of each set")
    parser.add_argument("--no-write", action="store_true", help="print only; do not write bench/results")
    args = parser.parse_args()
    missing = [str(p) for p in SETS.values() if not p.is_dir()]
    if missing:
        sys.exit(f"{', '.join(missing)} not found: this benchmark needs ../shared/data and examples/")
    command = "OMP_NUM_THREADS=1 python " + " ".join(["bench/pipeline_bench.py", *sys.argv[1:]])
    settings = Settings()
    load_seconds = warm_up(settings)
    runs = [run_set(name, folder, settings, args.limit) for name, folder in SETS.items()]
    report = render(command, runs, load_seconds)
    print(report)
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(report, encoding="utf-8")
        import write_benchmarks
        write_benchmarks.main()


if __name__ == "__main__":
    main()
