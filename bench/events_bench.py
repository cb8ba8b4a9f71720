"""Event extraction quality and cost: the dev sets, SmartData dev, the fresh set, and the events stage's overhead.

Quality: `newsgraph.events.evaluate` (the same code as `newsgraph eval events`, rules in
docs/events-gold-format.md) on
- tests/data/events_gold_de.jsonl and events_gold_en.jsonl (the team's dev sets),
- ../shared/data/smartdata/dev.jsonl.gz (business types; mentions of one fact folded),
- ../shared/data/smartdata/train_v1derived.jsonl.gz (the second development set, same scoring),
- tests/data/events_fresh*.jsonl, the sets written blind (`FRESH_SETS`: which were analysed in which sprint; the
  last two, `UNSEEN`, are the untuned final check).

Cost: CPU time (process_time) of the whole pipeline with and without the events
stage (`Settings(events=False)`) over examples/ (ingest → content → … ) and the dev
sets' texts (`process_text`), after one warm-up pass with events. The two settings alternate block by block: each
block of 20 consecutive inputs is processed once without and once with events, the order flipping from one block to
the next, between passes and between rounds, and each setting's CPU time is summed over `--passes` passes; of
`--repeat` such rounds the one with the median overhead counts. Both settings thus see the same load on the shared
machine, and neither always runs first. Until the tenth sprint whole passes without and with events ran one after
the other and the fastest of each counted (`measure_overhead(..., interleave=False)`, kept to compare): load drift
between those passes moved the figure by about ±5 points. Blocks, not single inputs: alternating every input
(`block=1`) charged the run without events for refilling the CPU caches after the events stage, a cost the
pipeline without events never pays, and gave 3–4 points less (docs/events.md, tenth sprint, third pass).
Since the sixteenth sprint the same comparison also runs over the first 200 real web pages of ../shared/data/html_pages
(`measure_overhead_pages`, whole pipeline from the raw HTML; the pages are only timed): the dev texts are nearly all one
short sentence with an event, a much denser load for the events stage than news pages.

Usage: python bench/events_bench.py [--repeat N] [--no-write] [--skip-smartdata]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from machine import machine_line  # noqa: E402

from newsgraph.events.evaluate import EvalResult, evaluate, pipeline_predictor, read_gold  # noqa: E402
from newsgraph.events.smartdata import BUSINESS_TYPES, SCORED_ROLES, read_smartdata  # noqa: E402
from newsgraph.ingest.files import read_path  # noqa: E402
from newsgraph.model import RawPage  # noqa: E402
from newsgraph.pipeline import process, process_text  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402

DATA = ROOT / "tests" / "data"
DEV = {"de": DATA / "events_gold_de.jsonl", "en": DATA / "events_gold_en.jsonl"}


def fresh_set(n: int) -> Path:
    """The file of fresh set `n` (the first one has no number)."""
    return DATA / ("events_fresh.jsonl" if n == 1 else f"events_fresh{n}.jsonl")


FRESH_SETS: list[tuple[Path, str, str]] = [
    (fresh_set(1), "Fresh set 1, written blind, analysed since the fifth sprint",
     "Ten short articles (6 de, 4 en) written after the engine was built, without looking at its code or output. "
     "Its misses were analysed in the fifth sprint (general fixes only), so it is a development set now."),
    (fresh_set(2), "Fresh set 2, written blind, analysed since the fifth sprint",
     "Twelve short articles (8 de, 4 en) written at the end of the third sprint before the engine was run on them. "
     "Its misses were analysed in the fifth sprint, so it is a development set now."),
    (fresh_set(3), "Fresh set 3, written blind, analysed since the sixth sprint",
     "Sixteen short articles (10 de, 6 en, 39 events) written in the fifth sprint by a team member who did not read "
     "the events code, its results or docs and did not run the extractor. Its misses were analysed in the sixth "
     "sprint (general fixes only, pinned by tests with other names), so it is a development set now."),
    (fresh_set(4), "Fresh set 4, written blind, analysed since the end of the sixth sprint",
     "Twenty short articles (12 de, 8 en, 50 events) written in the sixth sprint by a team member who did not read "
     "the events code, its results or docs and did not run the extractor. First run F1 0.804; its misses were "
     "analysed at the end of the sixth sprint, so it is a development set now."),
    (fresh_set(5), "Fresh set 5, written blind, analysed in the seventh sprint",
     "Twelve short articles (7 de, 5 en, 32 events) written blind in the sixth sprint. First run (commit 6d77f03) "
     "F1 0.677 (P 0.700, R 0.656); its misses were analysed in the seventh sprint, so it is a development set now."),
    (fresh_set(6), "Fresh set 6, written blind, analysed in the tenth sprint",
     "Thirty short articles (18 de, 12 en, 87 events) written blind in the seventh sprint by two team members who "
     "did not read the events code. First run (988a3cf) F1 0.627; 0.678 at f21f226 before it was analysed; its "
     "misses were analysed in the tenth sprint (general fixes, pinned with other names in "
     "tests/events/test_fresh6_analysis.py), so it is a development set now."),
    (fresh_set(7), "Fresh set 7, written blind, analysed in the eleventh sprint",
     "Thirty short articles (17 de, 13 en, 95 events) written blind in the tenth sprint by two team members who "
     "read only SCHEMA.md and docs/events-gold-format.md. First run (c63da08) F1 0.685; 0.714 after the fixes of "
     "fresh set 6 (55723f9); its misses were analysed in the eleventh sprint (general fixes, pinned with other "
     "names in tests/events/test_fresh7_analysis.py), so it is a development set now."),
    (fresh_set(8), "Fresh set 8, written blind, analysed in the twelfth sprint",
     "Thirty short articles (16 de, 14 en, 87 events) written blind in the eleventh sprint by two team members who "
     "read only SCHEMA.md and docs/events-gold-format.md. First run (adaa39a) F1 0.675; unchanged by the fixes of "
     "fresh set 7 (4a73d20: 0.675); its misses were analysed in the twelfth sprint (general fixes, pinned with other "
     "names in tests/events/test_fresh8_analysis.py), so it is a development set now."),
    (fresh_set(9), "Fresh set 9, written blind, analysed in the thirteenth sprint",
     "Thirty short articles (16 de, 14 en, 102 events; all 16 types; 38 asserted, 28 planned, 10 expected, "
     "9 speculative, 17 negated; 5 items without events, web leftovers, an English quote in a German item) written "
     "in the twelfth sprint by two team members who read only SCHEMA.md and docs/events-gold-format.md, did not "
     "read the events code or its results and did not run the extractor. First run, on the start code of the "
     "twelfth sprint (fb4b1bf): F1 0.746 (P 0.758, R 0.735; de 0.719, en 0.782), modality accuracy 0.880; 0.774 "
     "at the twelfth sprint's end (c462dee); its misses were analysed in the thirteenth sprint (general fixes, "
     "pinned with other names in tests/events/test_fresh9_analysis.py), so it is a development set now."),
    (fresh_set(10), "Fresh set 10, written blind, analysed in the thirteenth sprint",
     "Thirty short articles (16 de, 14 en, 122 events; all 16 types) written blind in the twelfth sprint by two team "
     "members who read only SCHEMA.md and docs/events-gold-format.md. First run, after the twelfth sprint's fixes "
     "(48cc2f8): F1 0.658 (P 0.730, R 0.598; de 0.611, en 0.702); 0.658 at 7ff8587; its misses were analysed in the "
     "thirteenth sprint (general fixes, pinned with other names in tests/events/test_fresh10_analysis.py), so it "
     "is a development set now."),
    (fresh_set(11), "Fresh set 11, written blind, analysed in the fourteenth sprint",
     "Thirty short articles (16 de, 14 en, 109 events; all 16 types; 41 asserted, 33 planned, 10 expected, "
     "8 speculative, 17 negated; 5 items without events, web leftovers, press-release boilerplate, an English quote "
     "in a German item; genres from local papers to investor newsletters) written in the twelfth sprint by two team "
     "members who read only SCHEMA.md and docs/events-gold-format.md, did not read the events code or its results "
     "and did not run the extractor. First run: F1 0.558 at the twelfth sprint's start (fb4b1bf; "
     "de 0.615, en 0.500), 0.574 after its fixes (7ff8587: P 0.600, R 0.550; de 0.635, en 0.514), modality "
     "accuracy 0.933, 1 of 36 non-asserted events reported as asserted, time accuracy 0.864; 0.571 at 619d6ee; "
     "its misses were analysed in the fourteenth sprint (general fixes, pinned with other names in "
     "tests/events/test_fresh11_analysis.py; 0.702 at 05abfe2), so it is a development set now."),
    (fresh_set(12), "Fresh set 12, written blind, analysed in the fifteenth sprint",
     "Thirty short articles (16 de, 14 en, 88 events; all 16 types; 38 asserted, 22 planned, 9 expected, "
     "7 speculative, 12 negated; 4 items without events, web leftovers, press-release and newsletter lines; genres "
     "from ad-hoc statements to gaming blogs) written in the thirteenth sprint by two team members who read only "
     "SCHEMA.md and docs/events-gold-format.md, did not read the events code or its results and did not run the "
     "extractor. First run: F1 0.686 at the twelfth sprint's start (fb4b1bf; de 0.699, en 0.674), "
     "0.709 after the analyses of fresh sets 8, 9 and 10 (619d6ee: P 0.726, R 0.693; de 0.699, en 0.719), "
     "modality accuracy 0.885, 2 of 31 non-asserted events reported as asserted, time accuracy 0.840; 0.725 after "
     "fresh set 11 was analysed (cb63139: P 0.747, R 0.705; de 0.707, en 0.742). Its misses were analysed in the "
     "fifteenth sprint (general fixes, pinned with other names in tests/events/test_fresh12_analysis.py), so it is "
     "a development set now."),
    (fresh_set(13), "Fresh set 13, written blind, analysed in the fifteenth sprint",
     "Thirty short articles (15 de, 15 en, 104 events; all 16 types; 39 asserted, 31 planned, 9 expected, "
     "12 speculative, 13 negated; 4 items without events, web leftovers) written at the start of the fifteenth "
     "sprint by two team members who read only SCHEMA.md and docs/events-gold-format.md (with the conventions "
     "settled that day), did not read the events code or its results and did not run the extractor. First run: F1 "
     "0.731 at the sprint's start (70289b9; P 0.774, R 0.692; de 0.718, en 0.745), 0.737 after the sprint's first "
     "fixes and the analysis of fresh set 12 (4ff94f4: P 0.777, R 0.702; de 0.718, en 0.758), modality accuracy "
     "0.932, 1 of 43 non-asserted events reported as asserted, time 0.875; then analysed (general fixes, pinned with "
     "other names in tests/events/test_fresh13_analysis.py), so it is a development set now."),
    (fresh_set(14), "Fresh set 14, written blind, analysed in the fifteenth sprint",
     "Thirty short articles (15 de, 15 en, 122 events; all 16 types; 47 asserted, 37 planned, 12 expected, "
     "12 speculative, 14 negated; 4 items without events, web leftovers) written at the start of the fifteenth "
     "sprint by two further team members under the same rules. First run: F1 0.697 at the sprint's start (70289b9; "
     "P 0.716, R 0.680; de 0.661, en 0.729), 0.714 with the market-entry convention (e26850d), 0.724 at 4ff94f4 "
     "(P 0.727, R 0.721; de 0.691, en 0.752), modality accuracy 0.909, 3 of 50 non-asserted events reported as "
     "asserted, time 0.857; then analysed (tests/events/test_fresh14_analysis.py), so it is a development set now."),
    (fresh_set(15), "Fresh set 15, written blind, analysed in the sixteenth sprint",
     "Thirty short articles (15 de, 15 en, 124 events; all 16 types; 48 asserted, 36 planned, 10 expected, "
     "12 speculative, 18 negated; 4 items without events, web leftovers) written in the fifteenth sprint, after fresh "
     "sets 13 and 14 had been run once, by two team members who read only SCHEMA.md and docs/events-gold-format.md, "
     "did not read the events code or its results and did not run the extractor. Untuned at the end of the fifteenth "
     "sprint (253a2b7): F1 0.703 (P 0.730, R 0.677; de 0.838, en 0.574), 3 of 43 non-asserted events reported as "
     "asserted; then analysed (tests/events/test_fresh15_analysis.py), so it is a development set now."),
    (fresh_set(16), "Fresh set 16, written blind, analysed in the sixteenth sprint",
     "Thirty short articles (15 de, 15 en, 91 events; all 16 types; 35 asserted, 28 planned, 7 expected, "
     "8 speculative, 13 negated; 5 items without events, web leftovers) written together with fresh set 15 by two "
     "further team members under the same rules. Untuned at the end of the fifteenth sprint (253a2b7): F1 0.713 "
     "(P 0.691, R 0.736; de 0.796, en 0.622), 3 of 43 non-asserted events reported as asserted; then analysed "
     "(tests/events/test_fresh16_analysis.py), so it is a development set now."),
    (fresh_set(19), "Fresh set 19, written blind, analysed in the sixteenth sprint",
     "Thirty short articles (15 de, 15 en, 114 events; all 16 types; 41 asserted, 36 planned, 11 expected, "
     "10 speculative, 16 negated; 4 items without events, web leftovers) written in the sixteenth sprint, after fresh "
     "sets 17 and 18, by two team members who read only SCHEMA.md and docs/events-gold-format.md, did not read the "
     "events code or its results and did not run the extractor. Blind at the sprint's start (253a2b7): F1 0.676 "
     "(P 0.705, R 0.649; de 0.703, en 0.648), 2 of 46 non-asserted events reported as asserted; then analysed "
     "(tests/events/test_fresh19_analysis.py), so it is a development set now."),
    (fresh_set(20), "Fresh set 20, written blind, analysed in the sixteenth sprint",
     "Thirty short articles (15 de, 15 en, 130 events; all 16 types; 47 asserted, 44 planned, 11 expected, "
     "11 speculative, 17 negated; 6 items without events, web leftovers) written together with fresh set 19 by two "
     "further team members under the same rules. Blind at the sprint's start (253a2b7): F1 0.775 (P 0.797, R 0.754; "
     "de 0.793, en 0.759), 0 of 60 non-asserted events reported as asserted; then analysed "
     "(tests/events/test_fresh20_analysis.py), so it is a development set now."),
    (fresh_set(21), "Fresh set 21, written blind, analysed in the sixteenth sprint",
     "Thirty short articles (15 de, 15 en, 92 events; all 16 types; 36 asserted, 31 planned, 6 expected, "
     "10 speculative, 9 negated; 5 items without events, web leftovers) written in the sixteenth sprint, after the "
     "analyses of fresh sets 15 and 16 had been merged, by two team members under the same rules. Blind at the "
     "sprint's start (253a2b7): F1 0.689 (P 0.705, R 0.674; de 0.675, en 0.699); on a1cb40c, before its analysis, 0.693; "
     "then analysed (tests/events/test_fresh21_analysis.py), so it is a development set now."),
    (fresh_set(22), "Fresh set 22, written blind, analysed in the sixteenth sprint",
     "Thirty short articles (15 de, 15 en, 100 events; all 16 types; 40 asserted, 33 planned, 8 expected, "
     "9 speculative, 10 negated; 5 items without events, web leftovers) written together with fresh set 21 by two "
     "further team members. Blind at the sprint's start (253a2b7): F1 0.639 (P 0.670, R 0.610; de 0.708, en 0.568); on "
     "a1cb40c, before its analysis, 0.656; then analysed (tests/events/test_fresh22_analysis.py), so it is a "
     "development set now."),
    (fresh_set(23), "Fresh set 23, written blind, analysed at the end of the sixteenth sprint",
     "Thirty short articles (15 de, 15 en, 79 events; all 16 types; 32 asserted, 22 planned, 6 expected, "
     "9 speculative, 10 negated; 6 items without events, web leftovers) written at the end of the sixteenth sprint, "
     "after all its other analyses had been merged, by two team members under the same rules. Blind at the sprint's "
     "start (253a2b7): F1 0.725 (P 0.771, R 0.684; de 0.789, en 0.658); on c0d0994, before its analysis, 0.755 (de "
     "0.805, en 0.703); then analysed (tests/events/test_fresh23_analysis.py), so it is a development set now."),
    (fresh_set(24), "Fresh set 24, written blind, analysed at the end of the sixteenth sprint",
     "Thirty short articles (15 de, 15 en, 80 events; all 16 types; 32 asserted, 26 planned, 6 expected, "
     "7 speculative, 9 negated; 6 items without events, web leftovers) written together with fresh set 23 by two "
     "further team members. Blind at the sprint's start (253a2b7): F1 0.713 (P 0.810, R 0.637; de 0.753, en 0.667); on "
     "c0d0994, before its analysis, 0.748 (de 0.769, en 0.725); then analysed (tests/events/test_fresh24_analysis.py), "
     "so it is a development set now."),
    (fresh_set(17), "Fresh set 17, untuned (unseen check)",
     "Thirty short articles (15 de, 15 en, 93 events; all 16 types; 35 asserted, 29 planned, 8 expected, "
     "9 speculative, 12 negated; 4 items without events, web leftovers) written in the sixteenth sprint by two team members who read only "
     "SCHEMA.md and docs/events-gold-format.md, did not read the events code or its results and did not run the "
     "extractor; never tuned on."),
    (fresh_set(18), "Fresh set 18, untuned (unseen check)",
     "Thirty short articles (15 de, 15 en, 117 events; all 16 types; 41 asserted, 40 planned, 9 expected, "
     "10 speculative, 17 negated; 5 items without events, web leftovers) written together with fresh set 17 by two further team members under the "
     "same rules; never tuned on."),
]
# the untuned sets of FRESH_SETS (its last two, written together): scored, never analysed; tools that print per-item
# output leave them out. Two sets, because blind sets of 30 articles scored 0.56 to 0.75 on the same code.
UNSEEN: tuple[Path, ...] = (fresh_set(17), fresh_set(18))
SMARTDATA = ROOT.parent / "shared" / "data" / "smartdata" / "dev.jsonl.gz"
SMARTDATA_TRAIN = ROOT.parent / "shared" / "data" / "smartdata" / "train_v1derived.jsonl.gz"
RESULTS = ROOT / "bench" / "results" / "events.md"
COMMAND = "python bench/events_bench.py"


def per_type_table(result: EvalResult) -> list[str]:
    lines = ["| type | gold | predicted | TP | P | R | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for etype, prf in sorted(result.per_type.items()):
        lines.append(f"| {etype} | {prf.tp + prf.fn} | {prf.tp + prf.fp} | {prf.tp} | "
                     f"{prf.precision:.3f} | {prf.recall:.3f} | {prf.f1:.3f} |")
    o = result.overall
    lines.append(f"| **overall (micro)** | {o.tp + o.fn} | {o.tp + o.fp} | {o.tp} | "
                 f"**{o.precision:.3f}** | **{o.recall:.3f}** | **{o.f1:.3f}** |")
    return lines


def summary_lines(result: EvalResult) -> list[str]:
    arg = result.arguments
    wrong, unsure = result.unsure_as_fact
    return [f"- items: {result.items}; events P={result.overall.precision:.3f} R={result.overall.recall:.3f} "
            f"F1={result.overall.f1:.3f}",
            f"- arguments of matched events: P={arg.precision:.3f} R={arg.recall:.3f} F1={arg.f1:.3f}",
            f"- modality accuracy: {result.modality_accuracy:.3f} over {result.modality_total} matched events; "
            f"planned/expected/speculative/negated reported as asserted: {wrong} of {unsure}",
            f"- time accuracy: {result.time_accuracy:.3f} over {result.time_total} matched events with gold time"]


def section(title: str, command: str, result: EvalResult, note: str = "") -> list[str]:
    lines = [f"### {title}", "", f"Command: `{command}`", ""]
    if note:
        lines += [note, ""]
    return lines + per_type_table(result) + [""] + summary_lines(result) + [""]


def timing_inputs() -> tuple[list[RawPage], list[tuple[str, str, str | None]]]:
    settings = Settings()
    pages = [p for p in read_path(str(ROOT / "examples"), settings) if isinstance(p, RawPage)]
    texts = [(item.text, item.lang, item.published) for path in DEV.values() for item in read_gold(path)]
    return pages, texts


TimingInput = RawPage | tuple[str, str, str | None]  # a page of examples/, or a dev text with its language and date


def run_once(pages: list[RawPage], texts: list[tuple[str, str, str | None]], settings: Settings,
             passes: int = 1) -> float:
    start = time.process_time()
    for _ in range(passes):
        for item in [*pages, *texts]:
            run_input(item, settings)
    return time.process_time() - start


def run_input(item: TimingInput, settings: Settings) -> None:
    if isinstance(item, RawPage):
        try:
            process(item, settings)
        except Exception:  # a page the content stage rejects costs the same with and without events
            pass
    else:
        text, lang, published = item
        process_text(text, language=lang, published=published, settings=settings)


def interleaved_rounds(inputs: list[TimingInput], runners: dict[str, Callable[[TimingInput], None]], rounds: int,
                       passes: int, block: int, before: Callable[[str], None] | None = None
                       ) -> Iterator[dict[str, float]]:
    """CPU seconds of each runner over the inputs, one dict per round: the runners take turns block by block
    (`block` inputs), and the order of their turns rotates by block, pass and round, so that no runner profits from
    going first or last (see `measure_overhead` for why). `before(name)` runs untimed before a runner's turn."""
    blocks = [inputs[i:i + block] for i in range(0, len(inputs), block)]
    order = list(runners)
    clock = time.process_time
    for r in range(rounds):
        spent = dict.fromkeys(order, 0.0)
        for p in range(passes):
            for i, items in enumerate(blocks):
                shift = (i + r + p) % len(order)
                for name in order[shift:] + order[:shift]:
                    if before is not None:
                        before(name)
                    run = runners[name]
                    start = clock()
                    for item in items:
                        run(item)
                    spent[name] += clock() - start
        yield spent


def measure_overhead(repeat: int, passes: int, interleave: bool = True,
                     block: int = 20) -> tuple[float, float, int, int]:
    """CPU seconds with and without the events stage over the timing inputs, and the numbers of pages and texts.

    Why interleaved: other jobs share the machine, and their load changes within seconds; whole passes of one setting
    after the other gave the two settings different loads. Block by block (`block` inputs, about a fifth of a second),
    the two runs of the same inputs are close in time. The order alternates by block, pass and round, so that neither
    setting profits from running second. A block is several inputs so that the run without events rarely starts with
    the caches the events stage has just filled (with `block=1` it always does, and the overhead reads 3–4 points
    lower). Returned: the sums of the round with the median overhead (the upper median for an even `repeat`).
    `interleave=False` is the earlier method (whole runs of `passes` passes, one setting after the other, the fastest
    of `repeat` runs of each), kept so that both methods can be compared on the same code."""
    pages, texts = timing_inputs()
    with_events, without = Settings(events=True), Settings(events=False)
    run_once(pages, texts, with_events)  # warm-up: models, lexicons, caches
    if not interleave:
        t_with, t_without = [], []
        for _ in range(repeat):
            t_without.append(run_once(pages, texts, without, passes))
            t_with.append(run_once(pages, texts, with_events, passes))
        return min(t_with), min(t_without), len(pages), len(texts)
    # (with events first on every other block, shifted by round and pass: the rotation of two runners)
    runners = {"with": lambda item: run_input(item, with_events), "without": lambda item: run_input(item, without)}
    rounds = [(spent["with"], spent["without"])
              for spent in interleaved_rounds([*pages, *texts], runners, repeat, passes, block)]
    rounds.sort(key=lambda tw: tw[0] / tw[1] if tw[1] else float("inf"))
    t_with, t_without = rounds[len(rounds) // 2]
    return t_with, t_without, len(pages), len(texts)


HTML_PAGES = ROOT.parent / "shared" / "data" / "html_pages" / "pages"


def measure_overhead_pages(repeat: int, limit: int = 200, block: int = 10) -> tuple[float, float, int]:
    """CPU seconds with and without the events stage over the first `limit` real web pages of html_pages (by file
    name), interleaved as in `measure_overhead`, and the number of pages.

    Why a second measure: the timing inputs above are nearly all one short sentence with a trigger (the dev sets), so
    they charge the events stage for a density of events that news pages do not have, while the stages before it
    (main text, NER) grow with the page. A real page runs the whole pipeline from its raw HTML. The pages are only
    timed: nothing of their output is read or kept (they are the publishers' text; see ../shared/data/README.md)."""
    pages = sorted((p for p in read_path(str(HTML_PAGES), Settings()) if isinstance(p, RawPage)),
                   key=lambda p: p.source)[:limit]
    with_events, without = Settings(events=True), Settings(events=False)
    for page in pages[:block]:  # warm-up: models, lexicons, caches
        run_input(page, with_events)
    runners = {"with": lambda item: run_input(item, with_events), "without": lambda item: run_input(item, without)}
    rounds = [(spent["with"], spent["without"]) for spent in interleaved_rounds(pages, runners, repeat, 1, block)]
    rounds.sort(key=lambda tw: tw[0] / tw[1] if tw[1] else float("inf"))
    t_with, t_without = rounds[len(rounds) // 2]
    return t_with, t_without, len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--passes", type=int, default=5, help="passes over the inputs per timed run")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--skip-smartdata", action="store_true")
    args = parser.parse_args()

    predict = pipeline_predictor()
    out = [f"## Events (issue 5)", "", f"Command: `{COMMAND}`  ", machine_line(), "",
           "Scoring rules: docs/events-gold-format.md (type + core roles must match; argument text equal or "
           "contained, or equal normalised value; one-to-one greedy matching; micro averages).", ""]
    for lang, path in DEV.items():
        result = evaluate(read_gold(path), predict)
        out += section(f"Dev set, {lang} ({path.relative_to(ROOT)})",
                       f"newsgraph eval events --data {path.relative_to(ROOT)}", result)
        print(lang, result.overall.to_dict(), f"modality {result.modality_accuracy:.3f}", flush=True)
    if not args.skip_smartdata and SMARTDATA.exists():
        items = read_smartdata(SMARTDATA)
        result = evaluate(items, predict, BUSINESS_TYPES, SCORED_ROLES)
        out += section("SmartData dev, business types (../shared/data/smartdata/dev.jsonl.gz)",
                       "newsgraph eval events --data ../shared/data/smartdata/dev.jsonl.gz", result,
                       f"{len(items)} documents; relation mentions of one fact folded into one gold event "
                       f"(`--keep-mentions` scores mentions); time not scored (SmartData dates are text).")
        print("smartdata", result.overall.to_dict(), flush=True)
    if not args.skip_smartdata and SMARTDATA_TRAIN.exists():
        items = read_smartdata(SMARTDATA_TRAIN)
        result = evaluate(items, predict, BUSINESS_TYPES, SCORED_ROLES)
        out += section("SmartData train (v1-derived), business types — second development set",
                       "newsgraph eval events --data ../shared/data/smartdata/train_v1derived.jsonl.gz", result,
                       f"{len(items)} documents; used as a development set next to dev (nothing is trained on it).")
        print("smartdata train", result.overall.to_dict(), flush=True)
    for path, title, note in FRESH_SETS:
        if not path.exists():
            continue
        result = evaluate(read_gold(path), predict)
        out += section(f"{title} ({path.relative_to(ROOT)})", f"newsgraph eval events --data {path.relative_to(ROOT)}",
                       result, note)
        print(path.stem, result.overall.to_dict(), flush=True)
    t_with, t_without, n_pages, n_texts = measure_overhead(args.repeat, args.passes)
    overhead = (t_with - t_without) / t_without * 100 if t_without else float("nan")
    out += ["### Cost of the events stage", "",
            f"Command: `{COMMAND}` (timing part; CPU time; blocks of 20 inputs processed without and with "
            f"events in alternating order, summed over {args.passes} passes; the round with the median overhead "
            f"of {args.repeat})", "",
            f"Inputs: {n_pages} pages of examples/ (full pipeline from the raw file) and {n_texts} dev-set "
            f"texts (`process_text`).", "",
            "| pipeline | CPU seconds |", "|---|---:|",
            f"| without events (`Settings(events=False)`) | {t_without:.2f} |",
            f"| with events | {t_with:.2f} |",
            f"| **overhead of the events stage** | **{overhead:.1f}%** |", ""]
    print(f"timing: with {t_with:.2f}s without {t_without:.2f}s overhead {overhead:.1f}%", flush=True)
    if HTML_PAGES.exists():
        p_with, p_without, n_real = measure_overhead_pages(args.repeat)
        p_overhead = (p_with - p_without) / p_without * 100 if p_without else float("nan")
        out += [f"Real web pages: the first {n_real} pages of ../shared/data/html_pages/pages (by file name), each "
                f"through the whole pipeline from its raw HTML, blocks of 10 pages without and with events in "
                f"alternating order, one pass per round, the round with the median overhead of {args.repeat} "
                f"(`measure_overhead_pages`; the pages are only timed, nothing of their output is kept).", "",
                "| pipeline | CPU seconds |", "|---|---:|",
                f"| without events | {p_without:.2f} |",
                f"| with events | {p_with:.2f} |",
                f"| **overhead of the events stage on real pages** | **{p_overhead:.1f}%** |", ""]
        print(f"timing (real pages): with {p_with:.2f}s without {p_without:.2f}s overhead {p_overhead:.1f}%",
              flush=True)
    text = "\n".join(out).rstrip() + "\n"
    if args.no_write:
        print(text)
        return
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    import write_benchmarks  # noqa: E402  (bench/ is on sys.path)

    write_benchmarks.main()
    print(f"wrote {RESULTS.relative_to(ROOT)} and BENCHMARKS.md ({date.today().isoformat()})")


if __name__ == "__main__":
    main()
