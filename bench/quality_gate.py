"""Quality gate: measure fixed, fast subsets and fail when a figure falls below its pinned floor.

Modelled on the idea of trafilatura's evaluation gate (a baseline file with floors and a digest
of the data they were measured on; a floor is never lowered silently), written for newsgraph:

    python bench/quality_gate.py                      # check; exit 1 when a figure is below its floor
    python bench/quality_gate.py --update             # re-pin floors from this run (raise only)
    python bench/quality_gate.py --update --allow-regression   # ... and allow lowering
    python bench/quality_gate.py --only events,normalize       # some checks only

Checks and their fixed data (why each subset: it runs in seconds and never changes by chance):

- `content`   main-text snippet F1 (trafilatura's scoring, `bench/content_bench.py`) on every
              5th page of ../shared/data/html_pages (198 of 990 pages, in annotation order).
- `ner`       NER F1 (exact span and type; overall over PER/LOC/ORG and per type) through
              `newsgraph.nlp.evaluate.evaluate`, the function behind `newsgraph eval ner`, on
              all 172 SmartData dev documents (3 s: a smaller sample would only add noise) and on
              every 2nd sentence of GermEval 2014 test (2,550 of 5,100).
- `normalize` pass rate over the team's case table `tests/normalize/cases_values.py`, overall
              and per category, scored by `bench/normalize_bench.pass_rates` exactly like the tests.
- `events`    event F1, modality accuracy and argument F1 (of matched events) on `tests/data/events_gold_de.jsonl` and
              `_en.jsonl` through `newsgraph.events.evaluate` with the whole pipeline.

`content` and `ner` need ../shared/data; without it they are reported as skipped.

Floors (`bench/quality_floors.json`): `{"floors": {metric: floor}, "data_digest": sha256,
"data_digests": {check: sha256}, "margin": ..., "pinned": {check: {commit, at, command}}}`. A floor is the figure
at pinning time minus a margin, rounded down to three decimals. The margin is MARGIN (0.005),
or one unit of the metric's denominator when that is larger: event F1 over 168 gold events
gets 1/168, modality accuracy over ~135 matched events 1/135, F1 of one NER type 1/(its
gold mentions). The code is deterministic, so the margin does not absorb randomness; it
absorbs float noise across machines and library builds (spaCy on another BLAS) and one item
moving as a side effect of an improvement elsewhere (a newly matched event whose modality is
wrong lowers modality accuracy). A regression of a few items still trips the gate. The
normalisation case table gets no such allowance: its tests require every row to pass anyway.

A check's data digest covers the exact bytes it scored. When the data changed since pinning,
the floors of that check say nothing about the new data, so the check fails ("data changed")
until someone looks and re-pins with `--update`.

Exit codes: 0 all floors met; 1 a figure below its floor, a floored metric missing, or data
changed; 2 `--update` refused (it would lower a floor) or a usage error.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: the gate must not crowd the shared machine

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

SHARED = ROOT.parent / "shared" / "data"
FLOORS_FILE = BENCH / "quality_floors.json"
EVENTS_GOLD = {lang: ROOT / "tests" / "data" / f"events_gold_{lang}.jsonl" for lang in ("de", "en")}
CASES_FILE = ROOT / "tests" / "normalize" / "cases_values.py"

MARGIN = 0.005
"""Subtracted from a figure before it becomes a floor (see the module docstring)."""

CONTENT_EVERY = 5
NER_SETS = {  # name → (path under ../shared/data, keep every n-th unit, format)
    "smartdata_dev": ("smartdata/dev.jsonl.gz", 1, "smartdata"),
    "germeval_test": ("germeval2014/NER-de-test.tsv", 2, "germeval"),
}
NER_TYPES = ("PER", "LOC", "ORG")

EXIT_OK, EXIT_BELOW_FLOOR, EXIT_REFUSED = 0, 1, 2


@dataclass
class CheckResult:
    """What one check measured: metric name → figure, and the digest of the data it scored."""

    name: str
    figures: dict[str, float] = field(default_factory=dict)
    digest: str = ""
    seconds: float = 0.0
    skipped: str = ""  # reason when the check could not run (e.g. ../shared/data missing)
    units: dict[str, int] = field(default_factory=dict)  # metric → its denominator, for the margin
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- data digests and subsets

def _sha256(chunks: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(hashlib.sha256(chunk).digest())
    return h.hexdigest()


def every_nth(items: list, n: int) -> list:
    """The fixed sample: items 0, n, 2n, … (deterministic, spread over the whole set)."""
    return items[::n]


def germeval_blocks(text: str) -> list[str]:
    """GermEval sentences: blocks of lines separated by blank lines (each starts with a `#` line)."""
    blocks, current = [], []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def ner_subset(rel: str, every: int, fmt: str) -> bytes:
    """The bytes of the fixed NER subset, in the file's own format (so `evaluate` reads it as usual)."""
    raw = (SHARED / rel).read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8")
    if fmt == "germeval":
        return ("\n\n".join(every_nth(germeval_blocks(text), every)) + "\n").encode("utf-8")
    lines = [line for line in text.split("\n") if line.strip()]  # one JSON document per line (not splitlines:
    # the documents hold characters such as U+2028 that splitlines would cut at)
    return ("\n".join(every_nth(lines, every)) + "\n").encode("utf-8")


# ---------------------------------------------------------------- the checks

def check_content() -> CheckResult:
    import content_bench  # bench/content_bench.py: the scoring is reused, not copied

    from newsgraph.ingest.files import read_file
    from newsgraph.model import RawPage
    from newsgraph.settings import Settings

    result = CheckResult("content")
    pages = content_bench.HTML_PAGES
    if not (pages / "annotations.json").is_file():
        result.skipped = f"{pages} not found"
        return result
    records = every_nth(json.loads((pages / "annotations.json").read_text(encoding="utf-8")), CONTENT_EVERY)
    settings = Settings()
    score = content_bench.SnippetScore()
    chunks = []
    for record in records:
        path = pages / record["file"]
        chunks += [json.dumps(record, sort_keys=True).encode("utf-8"), path.read_bytes()]
        raw = read_file(path, settings)
        article = content_bench._ours_article(raw, settings) if isinstance(raw, RawPage) else None
        score.add(article.text if article else None, record)
    result.digest = _sha256(chunks)
    result.figures = {"content.html_pages.f1": score.f1, "content.html_pages.precision": score.precision,
                      "content.html_pages.recall": score.recall}
    result.notes.append(f"html_pages: {score.pages} pages (1 in {CONTENT_EVERY}), TP {score.tp} FN {score.fn} "
                        f"FP {score.fp} TN {score.tn}")
    return result


def check_ner() -> CheckResult:
    from newsgraph.nlp.evaluate import evaluate

    result = CheckResult("ner")
    missing = [rel for rel, _, _ in NER_SETS.values() if not (SHARED / rel).is_file()]
    if missing:
        result.skipped = f"{', '.join(str(SHARED / m) for m in missing)} not found"
        return result
    chunks = []
    with tempfile.TemporaryDirectory(prefix="newsgraph-gate-") as tmp:
        for name, (rel, every, fmt) in NER_SETS.items():
            data = ner_subset(rel, every, fmt)
            chunks.append(data)
            path = Path(tmp) / f"{name}.txt"
            path.write_bytes(data)
            r = evaluate(path, fmt=fmt, types=list(NER_TYPES), lang="de")
            result.figures[f"ner.{name}.f1"] = r.overall.f1
            result.units[f"ner.{name}.f1"] = r.overall.tp + r.overall.fn
            for t in NER_TYPES:
                result.figures[f"ner.{name}.{t}.f1"] = r.per_type[t].f1
                result.units[f"ner.{name}.{t}.f1"] = r.per_type[t].tp + r.per_type[t].fn
            result.notes.append(f"{name}: {r.sentences} sentences ({'all' if every == 1 else f'1 in {every}'} of {rel}), "
                                f"P={r.overall.precision:.3f} R={r.overall.recall:.3f}")
    result.digest = _sha256(chunks)
    return result


def load_cases():
    spec = importlib.util.spec_from_file_location("cases_values", CASES_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def slug(category: str) -> str:
    """A case-table category as a metric name part: "negative (must not fire)" → "negative_must_not_fire"."""
    return re.sub(r"[^a-z0-9]+", "_", category.lower()).strip("_")


def check_normalize() -> CheckResult:
    from normalize_bench import pass_rates  # bench/normalize_bench.py: scored exactly like the tests

    result = CheckResult("normalize", digest=_sha256([CASES_FILE.read_bytes()]))
    score, failures = pass_rates(load_cases())
    passed = sum(p for p, _ in score.values())
    total = sum(t for _, t in score.values())
    result.figures["normalize.cases.pass_rate"] = passed / total if total else 0.0
    for category, (p, t) in sorted(score.items()):
        result.figures[f"normalize.cases.{slug(category)}.pass_rate"] = p / t if t else 0.0
    result.notes.append(f"case table: {passed} of {total} rows pass; failing: {len(failures)}")
    return result


def check_events() -> CheckResult:
    from newsgraph.events.evaluate import evaluate, pipeline_predictor, read_gold

    result = CheckResult("events", digest=_sha256(p.read_bytes() for p in EVENTS_GOLD.values()))
    predict = pipeline_predictor()
    for lang, path in EVENTS_GOLD.items():
        r = evaluate(read_gold(path), predict)
        result.figures[f"events.dev_{lang}.f1"] = r.overall.f1
        result.figures[f"events.dev_{lang}.modality_accuracy"] = r.modality_accuracy
        result.figures[f"events.dev_{lang}.arguments_f1"] = r.arguments.f1
        result.units[f"events.dev_{lang}.f1"] = r.overall.tp + r.overall.fn
        result.units[f"events.dev_{lang}.modality_accuracy"] = r.modality_total
        result.units[f"events.dev_{lang}.arguments_f1"] = r.arguments.tp + r.arguments.fn
        if r.failures:
            result.notes.append(f"dev_{lang}: prediction failed on {len(r.failures)} items")
        result.notes.append(f"dev_{lang}: {r.items} items, P={r.overall.precision:.3f} R={r.overall.recall:.3f}, "
                            f"modality over {r.modality_total} matched events")
    return result


CHECKS: dict[str, Callable[[], CheckResult]] = {
    "content": check_content,
    "ner": check_ner,
    "normalize": check_normalize,
    "events": check_events,
}
NEEDS_SHARED = ("content", "ner")


def run_checks(names: Iterable[str]) -> list[CheckResult]:
    results = []
    for name in names:
        started = time.perf_counter()
        result = CHECKS[name]()
        result.seconds = time.perf_counter() - started
        results.append(result)
    return results


def check_of(metric: str) -> str:
    return metric.split(".", 1)[0]


# ---------------------------------------------------------------- floors: compare and update

def load_floors(path: Path = FLOORS_FILE) -> dict:
    if not path.is_file():
        return {"floors": {}, "data_digest": "", "data_digests": {}}
    pinned = json.loads(path.read_text(encoding="utf-8"))
    pinned.setdefault("floors", {})
    pinned.setdefault("data_digests", {})
    return pinned


def combined_digest(digests: dict[str, str]) -> str:
    return _sha256(f"{name}:{digests[name]}".encode() for name in sorted(digests))


def floor_for(figure: float, units: int = 0) -> float:
    """A figure → its floor: minus the margin (MARGIN, or 1/units when larger), rounded down to three
    decimals, never below 0."""
    margin = max(MARGIN, 1 / units if units > 0 else 0.0)
    return max(0.0, math.floor((figure - margin) * 1000 + 1e-9) / 1000)


def compare(results: list[CheckResult], pinned: dict) -> list[str]:
    """Problems (one line each) of the checks that ran; empty when every floor is met."""
    problems = []
    floors, digests = pinned.get("floors", {}), pinned.get("data_digests", {})
    for result in results:
        if result.skipped:
            continue
        old = digests.get(result.name)
        if old and old != result.digest:
            problems.append(f"{result.name}: data changed since the floors were pinned (digest {old[:12]} → "
                            f"{result.digest[:12]}); check the figures and re-pin with --update")
        for metric, floor in sorted(floors.items()):
            if check_of(metric) != result.name:
                continue
            if metric not in result.figures:
                problems.append(f"{metric}: has a floor of {floor:.3f} but was not measured")
            elif result.figures[metric] < floor:
                problems.append(f"{metric}: {result.figures[metric]:.4f} is below its floor {floor:.3f}")
    return problems


def updated_floors(results: list[CheckResult], pinned: dict, allow_regression: bool) -> tuple[dict, list[str]]:
    """New floors file contents, and the refusals (floors this update would lower without permission).

    A floor rises to `floor_for(figure)` when that is higher; it stays when the figure still meets it;
    it is lowered (or dropped, for a metric no longer measured) only with `allow_regression`.
    Checks that were skipped or not run keep their floors and digests.
    """
    floors = dict(pinned.get("floors", {}))
    digests = dict(pinned.get("data_digests", {}))
    refusals = []
    for result in results:
        if result.skipped:
            continue
        for metric in [m for m in floors if check_of(m) == result.name and m not in result.figures]:
            if allow_regression:
                del floors[metric]
            else:
                refusals.append(f"{metric}: no longer measured; dropping its floor {floors[metric]:.3f} "
                                "needs --allow-regression")
        for metric, figure in result.figures.items():
            new = floor_for(figure, result.units.get(metric, 0))
            old = floors.get(metric)
            if old is None or new >= old:
                floors[metric] = new
            elif figure < old:
                if allow_regression:
                    floors[metric] = new
                else:
                    refusals.append(f"{metric}: {figure:.4f} is below its floor {old:.3f}; lowering it needs "
                                    "--allow-regression")
            # else: the figure meets the old floor within the margin; the floor stays where it is
        digests[result.name] = result.digest
    out = {k: v for k, v in pinned.items() if k not in ("floors", "data_digests", "data_digest")}
    out.update({
        "floors": dict(sorted(floors.items())),
        "data_digest": combined_digest(digests),
        "data_digests": dict(sorted(digests.items())),
        "margin": MARGIN,
    })
    return out, refusals


def provenance(results: list[CheckResult], pinned: dict, new: dict) -> dict:
    """Per check: the commit, time and command of the run that last changed its floors or data digest
    (so a floor lowered with --allow-regression stays on record until the floors move again)."""
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    stamp = {"commit": rev.stdout.strip() or None,
             "at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
             "command": " ".join(["python bench/quality_gate.py", *sys.argv[1:]])}
    old = pinned.get("pinned", {})
    out = {name: value for name, value in old.items() if name in CHECKS and isinstance(value, dict)}
    def part(pins: dict, name: str) -> tuple:
        floors = {m: v for m, v in pins.get("floors", {}).items() if check_of(m) == name}
        return floors, pins.get("data_digests", {}).get(name)

    out.update({r.name: stamp for r in results
                if not r.skipped and (r.name not in out or part(pinned, r.name) != part(new, r.name))})
    return dict(sorted(out.items()))


# ---------------------------------------------------------------- report and main

def report(results: list[CheckResult], pinned: dict) -> list[str]:
    floors = pinned.get("floors", {})
    lines = [f"{'metric':52} {'figure':>8} {'floor':>7}  status"]
    for result in results:
        if result.skipped:
            lines.append(f"{result.name}: skipped ({result.skipped})")
            continue
        for metric, figure in sorted(result.figures.items()):
            floor = floors.get(metric)
            status = "no floor" if floor is None else ("ok" if figure >= floor else "BELOW FLOOR")
            shown = "–" if floor is None else f"{floor:.3f}"
            lines.append(f"{metric:52} {figure:8.4f} {shown:>7}  {status}")
        lines += [f"  {result.name}: {note}" for note in result.notes]
        lines.append(f"  {result.name}: {result.seconds:.1f} s")
    return lines


def parse_only(value: str | None) -> list[str]:
    if not value:
        return list(CHECKS)
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in CHECKS]
    if unknown:
        raise SystemExit(f"unknown check(s) {', '.join(unknown)}; known: {', '.join(CHECKS)}")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-pin the floors from this run (raise only)")
    parser.add_argument("--allow-regression", action="store_true", help="with --update: allow lowering floors")
    parser.add_argument("--only", metavar="CHECKS", help=f"comma-separated subset of {','.join(CHECKS)}")
    parser.add_argument("--floors", type=Path, default=FLOORS_FILE, help="floors file (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.allow_regression and not args.update:
        parser.error("--allow-regression only makes sense with --update")
    try:
        names = parse_only(args.only)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return EXIT_REFUSED
    started = time.perf_counter()
    results = run_checks(names)
    pinned = load_floors(args.floors)
    for line in report(results, pinned):
        print(line)
    print(f"gate took {time.perf_counter() - started:.1f} s (wall clock)")
    if args.update:
        new, refusals = updated_floors(results, pinned, args.allow_regression)
        if refusals:
            print("update refused; nothing written:", file=sys.stderr)
            for line in refusals:
                print(f"  {line}", file=sys.stderr)
            return EXIT_REFUSED
        new["pinned"] = provenance(results, pinned, new)
        args.floors.write_text(json.dumps(new, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"floors written to {args.floors}")
        return EXIT_OK
    problems = compare(results, pinned)
    if not pinned.get("floors"):
        problems.append(f"{args.floors}: no floors pinned; run with --update")
    for line in problems:
        print(f"FAIL {line}", file=sys.stderr)
    if not problems:
        print("quality gate passed")
    return EXIT_BELOW_FLOOR if problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
