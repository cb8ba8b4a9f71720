"""Normalisation benchmark: pass rates per category (team table and fresh table), and speed.

Run: python bench/normalize_bench.py [--rounds N]
Writes bench/results/normalize.md (the lead engineer joins it into BENCHMARKS.md).

Pass rate: the rows of tests/normalize/cases_values.py, scored exactly like the tests.
Fresh table: the rows of tests/normalize/cases_fresh.py, written before the normaliser was run
on them and scored by tests/normalize/fresh_match.py, for the code of commit FRESH_BEFORE (the
commit that added the table, before any rule was changed for it) and for the code of this
checkout. The "before" column is measured again on every run: the bench checks FRESH_BEFORE out
into a temporary git worktree and scores it in a subprocess with that worktree's src/ first on
sys.path, the case table and matcher of this checkout.
Speed: candidate spans per second of CPU time on one core (time.process_time, one
process). A candidate span is one proposal of a finder before overlap resolution
(`newsgraph.normalize.find_candidates`): each number phrase read as money, percentage
or count, each word fraction, date, period, duration, place and bindingness word.
The time covers the whole `find_values` call (all finders plus overlap resolution). Speed is
measured for this checkout and, in the same way, for the code of FRESH_BEFORE (same texts, same
counting), alternating the two in subprocesses for --rounds rounds and keeping each one's best,
so load from other jobs on the machine hits both alike.
Texts: every sentence of the case table plus, when ../shared/data is present, the
1,000 German and 1,000 English sentences of Universal NER PUD (news and Wikipedia;
CC BY-SA 3.0), read as text only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_line  # noqa: E402

from newsgraph.normalize import (canonical_org_name, canonical_role, find_candidates, find_values,  # noqa: E402
                                 lookup_place, person_name_variants)

SHARED = ROOT.parent / "shared" / "data"
FRESH_BEFORE = "6d02290"
"""The commit that added tests/normalize/cases_fresh.py; its normaliser had never seen the cases."""
PUD = {"de": SHARED / "uner_de_pud" / "de_pud-ud-test.iob2", "en": SHARED / "uner_en_pud" / "en_pud-ud-test.iob2"}


def load_cases(name: str = "cases_values"):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "normalize" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fresh_scores() -> tuple[dict[str, list[int]], list[str]]:
    """Fresh table scored with whatever `newsgraph` is first on sys.path."""
    sys.path.insert(0, str(ROOT / "tests" / "normalize"))
    import fresh_match

    return fresh_match.score(load_cases("cases_fresh"))


def _in_worktree(commit: str, mode: str, rounds: int = 1) -> list[dict]:
    """Run this script with `mode` against the code of `commit` (a temporary git worktree)."""
    tmp = Path(tempfile.mkdtemp(prefix="normalize-bench-"))
    tree = tmp / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), commit], check=True)
    try:
        return [_run_mode(mode, tree / "src") for _ in range(rounds)]
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
        shutil.rmtree(tmp, ignore_errors=True)


def _run_mode(mode: str, src: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), mode], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def pass_rates(cases) -> tuple[dict[str, list[int]], list[str]]:
    """category → [passed, total]; plus the failing rows for the report."""
    score: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for category, lang, text, published, span, kind, value in cases.VALUE_CASES:
        found = [(v.text, v.kind, v.value) for v in find_values(text, lang, published)]
        ok = (span, kind, value) in found
        score[f"{category}"][0] += ok
        score[f"{category}"][1] += 1
        if not ok:
            failures.append(f"{category}/{lang}: {text!r} → {found}")
    for category, lang, text, kind in cases.NEGATIVE_CASES:
        found = [v.kind for v in find_values(text, lang)]
        ok = kind not in found
        score["negative (must not fire)"][0] += ok
        score["negative (must not fire)"][1] += 1
        if not ok:
            failures.append(f"negative/{lang}: {text!r} must not give {kind}")
    tables = [("org name", cases.ORG_CASES, lambda r: canonical_org_name(r[0], r[1]) == r[2]),
              ("role", cases.ROLE_CASES, lambda r: canonical_role(r[0]) == r[1]),
              ("person variants", cases.PERSON_CASES, lambda r: person_name_variants(r[0]) == r[1]),
              ("place lookup", cases.LOOKUP_CASES, lambda r: lookup_place(r[0], r[1]) == r[2])]
    for name, rows, check in tables:
        for row in rows:
            ok = check(row)
            score[name][0] += ok
            score[name][1] += 1
            if not ok:
                failures.append(f"{name}: {row!r}")
    return score, failures


def corpus(cases) -> list[tuple[str, str]]:
    texts = [(row[2], row[1]) for row in cases.VALUE_CASES] + [(row[2], row[1]) for row in cases.NEGATIVE_CASES]
    for lang, path in PUD.items():
        if path.exists():
            texts += [(line[len("# text = "):].strip(), lang) for line in path.open(encoding="utf-8")
                      if line.startswith("# text = ")]
    return texts


def examined_spans(text: str, lang: str) -> int:
    """Spans a finder looks at and decides on, accepted or not: number phrases, matches of
    the time patterns that were tried, words that start a gazetteer look-up, fraction and
    bindingness pattern matches. (A broader count than proposals; both are reported.)"""
    from newsgraph.normalize.fractions import _binding_regex, _word_regex
    from newsgraph.normalize.numbers import find_numbers
    from newsgraph.normalize.places import _start_regex
    from newsgraph.normalize.time import _present_triggers, rules, triggers

    n = len(find_numbers(text, lang))
    present = _present_triggers(text, lang)
    for name, pattern, _handler in rules(lang):
        if not present.isdisjoint(triggers(lang)[name]):
            n += sum(1 for _ in pattern.finditer(text))
    n += sum(1 for _ in _start_regex(lang).finditer(text))
    n += sum(1 for _ in _word_regex(lang).finditer(text)) + sum(1 for _ in _binding_regex(lang).finditer(text))
    return n


def speed(texts: list[tuple[str, str]], rounds: int = 3) -> dict[str, float]:
    """Best of `rounds` CPU times of find_values over `texts`, with the span counts."""
    find_values("Warm-up: 12 Milliarden US-Dollar in Peking.", "de")  # load tables outside the clock
    find_values("Warm-up: $12 billion in Beijing.", "en")
    spans = sum(len(find_candidates(t, lang, "2017-11-10")) for t, lang in texts)
    examined = sum(examined_spans(t, lang) for t, lang in texts)
    chars = sum(len(t) for t, _ in texts)
    best = float("inf")
    values = 0
    for _ in range(rounds):
        start = time.process_time()
        values = sum(len(find_values(t, lang, "2017-11-10")) for t, lang in texts)
        best = min(best, time.process_time() - start)
    return {"texts": len(texts), "chars": chars, "spans": spans, "values": values, "seconds": best,
            "examined": examined, "examined_per_s": examined / best, "spans_per_s": spans / best, "values_per_s": values / best, "chars_per_s": chars / best}


SMARTDATA = SHARED / "smartdata" / "dev.jsonl.gz"
COMPATIBLE = {"DATE": {"date", "period", "duration"}, "DURATION": {"duration"}, "NUMBER": {"money", "count", "fraction"}}


def smartdata_recall() -> dict[str, tuple[int, int, list[str]]] | None:
    """Independent check: share of SmartData dev DATE/DURATION/NUMBER mentions that a value of a
    compatible kind overlaps. SmartData does not annotate every date or number (many of our values
    have no gold mention), so only recall is meaningful here."""
    if not SMARTDATA.exists():
        return None
    import gzip
    import json

    out: dict[str, tuple[int, int, list[str]]] = {}
    found: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    missed: dict[str, list[str]] = defaultdict(list)
    with gzip.open(SMARTDATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text = doc["text"]["string"]
            published = ((doc.get("date") or {}).get("string") or "")[:10] or None
            values = find_values(text, "de", published)
            for m in ((doc.get("conceptMentions") or {}).get("array") or []):
                kind = m["type"]
                if kind not in COMPATIBLE:
                    continue
                s, e = m["span"]["start"], m["span"]["end"]
                total[kind] += 1
                if any(v.start < e and s < v.end and v.kind in COMPATIBLE[kind] for v in values):
                    found[kind] += 1
                else:
                    missed[kind].append(text[s:e])
    for kind in total:
        out[kind] = (found[kind], total[kind], missed[kind])
    return out


def speed_pair(rounds: int) -> tuple[dict, dict]:
    """(this checkout, FRESH_BEFORE): best of `rounds` alternating subprocess runs of each."""
    here = ROOT / "src"
    tmp = Path(tempfile.mkdtemp(prefix="normalize-bench-"))
    tree = tmp / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), FRESH_BEFORE], check=True)
    now: list[dict] = []
    before: list[dict] = []
    try:
        for _ in range(rounds):
            now.append(_run_mode("--speed-json", here))
            before.append(_run_mode("--speed-json", tree / "src"))
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
        shutil.rmtree(tmp, ignore_errors=True)
    return min(now, key=lambda r: r["seconds"]), min(before, key=lambda r: r["seconds"])


def _speed_lines(label: str, sp: dict) -> list[str]:
    return [f"- {label}: {sp['seconds']:.3f} s for find_values over all texts; spans examined {sp['examined']:,}, "
            f"candidate spans proposed {sp['spans']:,}, values kept {sp['values']:,}; "
            f"**{sp['examined_per_s']:,.0f} spans examined/s**, **{sp['spans_per_s']:,.0f} candidate spans "
            f"proposed/s**, {sp['values_per_s']:,.0f} values/s, {sp['chars_per_s']:,.0f} characters/s"]


def _fresh_table(now: dict[str, list[int]], before: dict[str, list[int]]) -> list[str]:
    lines = ["| category | cases | passed before the fixes | before | passed now | now |",
             "|---|---:|---:|---:|---:|---:|"]
    for category in sorted(now):
        n_ok, n = now[category]
        b_ok = before.get(category, [0, n])[0]
        lines.append(f"| {category} | {n} | {b_ok} | {b_ok / n:.1%} | {n_ok} | {n_ok / n:.1%} |")
    total = sum(v[1] for v in now.values())
    b_total = sum(before.get(c, [0, 0])[0] for c in now)
    n_total = sum(v[0] for v in now.values())
    lines.append(f"| **all** | {total} | {b_total} | **{b_total / total:.1%}** | {n_total} | **{n_total / total:.1%}** |")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternating speed runs per code version (best kept)")
    parser.add_argument("--fresh-json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--speed-json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.fresh_json:  # scoring in a subprocess, with the code under test first on sys.path
        score, failures = fresh_scores()
        print(json.dumps({"score": score, "failures": failures}))
        return
    if args.speed_json:
        print(json.dumps(speed(corpus(load_cases()))))
        return
    cases = load_cases()
    score, failures = pass_rates(cases)
    fresh_now, fresh_failures = fresh_scores()
    fresh_before = _in_worktree(FRESH_BEFORE, "--fresh-json")[0]
    sp, sp_before = speed_pair(args.rounds)
    total_ok = sum(v[0] for v in score.values())
    total = sum(v[1] for v in score.values())
    lines = ["## Normalisation (issue 4)", "",
             f"Command: `python bench/normalize_bench.py --rounds {args.rounds}`  ", machine_line(), "",
             "### Pass rate per category (team case table `tests/normalize/cases_values.py`)", "",
             "| category | passed | cases | pass rate |", "|---|---:|---:|---:|"]
    for category in sorted(score):
        ok, n = score[category]
        lines.append(f"| {category} | {ok} | {n} | {ok / n:.1%} |")
    lines += [f"| **all** | {total_ok} | {total} | **{total_ok / total:.1%}** |", ""]
    if failures:
        lines += ["Failing cases:", ""] + [f"- `{f[:300]}`" for f in failures] + [""]
    fc = load_cases("cases_fresh")
    n_de = sum(1 for r in fc.VALUE_CASES if r[1] == "de")
    n_rows = len(fc.VALUE_CASES) + len(fc.NEGATIVE_CASES) + len(fc.ORG_CASES) + len(fc.ROLE_CASES) + len(fc.PERSON_CASES)
    lines += ["### Fresh cases, written before running (`tests/normalize/cases_fresh.py`)", "",
              f"{n_rows} rows ({len(fc.VALUE_CASES)} values, {len(fc.NEGATIVE_CASES)} must-not-fire, "
              f"{len(fc.ORG_CASES)} organisation names, {len(fc.ROLE_CASES)} roles, {len(fc.PERSON_CASES)} person "
              f"names; {n_de} German and {len(fc.VALUE_CASES) - n_de} English value rows) written in one sitting from the issue's categories and the "
              "documented shapes, phrased as news sentences, and committed "
              f"(`{FRESH_BEFORE}`) before `find_values` was run on any of them. They were written after "
              "reading docs/normalize.md and the code, which is a bias this table cannot rule out; no row "
              "was changed after the first run. Scoring (`tests/normalize/fresh_match.py`): the value must "
              "be exact (floats to 1e-6); the found span must cover the expected core words with at most "
              "three extra words (where a leading `am`/`im`/`on` belongs is a convention, not tested here). "
              f"\"Before\": the normaliser of `{FRESH_BEFORE}`, re-measured by this run in a temporary "
              "worktree; \"now\": this checkout. Failures were fixed by general rules (see docs/normalize.md "
              "and the commits after it), never by editing a row.", ""]
    lines += _fresh_table(fresh_now, fresh_before["score"]) + [""]
    lines += ["Failing before the fixes:", ""] + [f"- `{f[:260]}`" for f in fresh_before["failures"]] + [""]
    lines += ["Still failing:", ""] + ([f"- `{f[:260]}`" for f in fresh_failures] or ["- none"]) + [""]
    lines += ["Hardest, judged by the fresh table's first run (the team table passes 100% by construction): "
              "organisation names (genitive -s after a consonant or -e, spelt-out legal forms), places "
              "(possessives, canonical labels across languages, city alternate names), durations (prefix "
              "variants at sentence start), counts (unit nouns outside the table); and, from the team's "
              "work, dates and periods without a year (anchoring and tense), ambiguous number separators "
              "and place names that are also words.", ""]
    recall = smartdata_recall()
    if recall:
        lines += ["### Independent check: recall on SmartData dev (German news and RSS, CC BY 4.0)", "",
                  "A gold DATE, DURATION or NUMBER mention of `../shared/data/smartdata/dev.jsonl.gz` counts as "
                  "found when a value of a compatible kind (DATE: date/period/duration; DURATION: duration; "
                  "NUMBER: money/count/fraction) overlaps it. SmartData does not annotate every date or number, "
                  "so precision is not measured. Its NUMBER mentions include ordinals (erste, vierten), "
                  "frequencies (zweimal), vague quantities (Hunderte) and phone numbers, which are not values "
                  "here; its DATE mentions include clock times (18:28), which are not values here either. "
                  "This is a dev split: its misses were read while building the rules (hours and minutes, "
                  "holidays, decades were added after reading them), so it is not a blind test.", "",
                  "| gold type | found | gold | recall |", "|---|---:|---:|---:|"]
        for kind in sorted(recall):
            ok, n, _ = recall[kind]
            lines.append(f"| {kind} | {ok} | {n} | {ok / n:.1%} |")
        lines.append("")
        for kind in sorted(recall):
            lines.append(f"- missed {kind}: " + ", ".join(f"`{m}`" for m in recall[kind][2][:25]))
        lines.append("")
    lines += [f"### Speed (one core, CPU time, best of {args.rounds} alternating runs of each code version)", "",
              f"- texts: {sp['texts']} ({sp['chars']:,} characters; case-table sentences"
              + (" + Universal NER PUD de/en test sentences" if PUD['de'].exists() else "") + ")"]
    lines += _speed_lines("now (this checkout)", sp)
    lines += _speed_lines(f"before (code of `{FRESH_BEFORE}`, same texts and counting)", sp_before)
    lines += ["",
              "Spans examined: every span a finder looks at and decides on (number phrases, matches of the "
              "time patterns whose trigger words occur, capitalised words the gazetteer pass considers, fraction "
              "and bindingness pattern matches). Candidate spans proposed: finder outputs before overlap "
              "resolution (`find_candidates`). Against the issue's aim of 50,000 candidate spans/s: "
              f"{'met' if sp['spans_per_s'] >= 50000 else '**not met**'} when counting proposals "
              f"({sp['spans_per_s']:,.0f}/s), {'met' if sp['examined_per_s'] >= 50000 else 'not met'} when "
              "counting spans examined. The cost is per text, not per value: these sentences average about one "
              "proposal each, and each sentence pays for the trigger-word tests, the number scan, about 25 "
              "time patterns (most skipped by their trigger words) and the gazetteer pass. What was changed "
              "after profiling (cProfile): time rules are looked up from the trigger words present instead of "
              "testing every rule, trigger words are tested as a tree (a word containing a shorter trigger only "
              "when that one occurs), the digit rules have exact cheap hints instead of 'any digit', the tense "
              "cues' sentence splitter starts with its punctuation (a first-character fast path), the "
              "gazetteer pass skips texts whose words start no place name (one C-level set test), the "
              "adjective, region-word and 'outside' passes run only when their words occur, and the language "
              "lookup is a dict hit. A property test checks that none of these prefilters changes a result. "
              "Whether normalisation is a bottleneck is measured by `bench/pipeline_bench.py` (share of the "
              "normalize stage in the pipeline's CPU time; see docs/normalize.md). Timings on a 2-core machine "
              "shared with other jobs vary by about ±30%; the two versions were run alternately for that "
              "reason.", ""]
    out = ROOT / "bench" / "results" / "normalize.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
