"""NER benchmark: every relevant set in ../shared/data, an ablation, and speed → bench/results/ner.md.

Run: `OMP_NUM_THREADS=1 .venv/bin/python bench/ner_bench.py [--data ../shared/data] [--quick]`
Each row is what `newsgraph eval ner` prints for the command shown with it (the script calls the
same `evaluate` function in process so the models load once).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_line  # noqa: E402

from newsgraph.nlp.evaluate import evaluate  # noqa: E402
from newsgraph.nlp.ner import NerOptions, model_path  # noqa: E402

# (label, relative path, lang, types, note)
SETS_DE = [
    ("SmartData dev (news, German news dev target)", "smartdata/dev.jsonl.gz", "de", "PER,LOC,ORG"),
    ("MobIE dev (traffic news/tweets, German news dev target)", "mobie/dev.jsonl.gz", "de", "PER,LOC,ORG"),
    ("GermEval 2014 test (outer, strict)", "germeval2014/NER-de-test.tsv", "de", "PER,LOC,ORG,OTH"),
    ("UNER German PUD (test only)", "uner_de_pud/de_pud-ud-test.iob2", "de", "PER,LOC,ORG"),
    ("WikiANN de test (silver)", "wikiann_de/test.tsv.gz", "de", "PER,LOC,ORG"),
    ("SmartData dev, ROLE only (gold marks positions only inside leadership relations, so precision is a floor)",
     "smartdata/dev.jsonl.gz", "de", "ROLE"),
]
SETS_EN = [
    ("UNER English PUD (news + wiki)", "uner_en_pud/en_pud-ud-test.iob2", "en", "PER,LOC,ORG"),
    ("GUM Wikinews test", "gum/ner/wikinews_test.tsv", "en", "PER,LOC,ORG"),
    ("GUM other genres test", "gum/ner/other_test.tsv", "en", "PER,LOC,ORG"),
    ("wikigold (whole file)", "wikigold/wikigold.conll.txt", "en", "PER,LOC,ORG"),
    ("BTC section g (news outlets' tweets)", "btc/g.conll", "en", "PER,LOC,ORG"),
    ("BTC section e (MH17 tweets)", "btc/e.conll", "en", "PER,LOC,ORG"),
    ("WNUT 2017 test (user-generated)", "wnut17/emerging.test.annotated", "en", "PER,LOC,ORG,PRODUCT"),
    ("WikiANN en test (silver)", "wikiann_en/test.tsv.gz", "en", "PER,LOC,ORG"),
    ("Product Corpus test (company/product names)", "product_corpus_en/test.json.gz", "en", "ORG,PRODUCT"),
]
ABLATION_SETS = SETS_DE[:3]
ABLATIONS = [
    ("rules, gazetteers and names table only (no model)", NerOptions(model=False, rules="fill", consistency=False),
     "--no-model --no-consistency"),
    ("+ document consistency, rules only", NerOptions(model=False, rules="fill", consistency=True), "--no-model"),
    ("model only", NerOptions(rules="off", consistency=False), "--rules off --no-consistency"),
    ("model + rules filling gaps", NerOptions(rules="fill", consistency=False), "--rules fill --no-consistency"),
    ("model + rules, precise rules override", NerOptions(rules="strong", consistency=False),
     "--rules strong --no-consistency"),
    ("model + rules fill + consistency", NerOptions(rules="fill", consistency=True), "--rules fill"),
    ("model + strong rules + consistency (shipped)", NerOptions(rules="strong", consistency=True), ""),
    ("shipped, without the names table of the training data", NerOptions(names=False), "--no-names"),
]


def _cmd(path: str, lang: str, types: str, extra: str = "") -> str:
    return f"newsgraph eval ner --data ../shared/data/{path} --lang {lang} --types {types} {extra}".strip()


def _row(label: str, result, cmd: str) -> str:
    cells = []
    for t in result.types:
        c = result.per_type[t]
        cells.append(f"{t} {c.f1:.3f}")
    o = result.overall
    return f"| {label} | {o.precision:.3f} | {o.recall:.3f} | **{o.f1:.3f}** | {', '.join(cells)} | `{cmd}` |"


def _table(rows: list[str]) -> list[str]:
    return ["| set | P | R | F1 | F1 per type | command |", "|---|---|---|---|---|---|", *rows]


def _speed(data: Path) -> list[str]:
    """Whole `annotate` (segmentation, sentence language, NER) on SmartData dev documents, one core."""
    from newsgraph.model import Article
    from newsgraph.nlp import annotate
    from newsgraph.nlp.corpora import iter_json_objects, json_doc_text, read_text_file
    from newsgraph.nlp.segment import blank
    from newsgraph.settings import Settings

    texts = [json_doc_text(o) for o in iter_json_objects(read_text_file(data / "smartdata/dev.jsonl.gz"))]
    settings = Settings()
    annotate(Article(id="warm", source="x", text=texts[0], language="de"), settings)  # load models once
    words = sum(len(t.split()) for t in texts)
    tokens = sum(len(blank("de")(t)) for t in texts)
    best_wall = best_cpu = 0.0
    for _ in range(3):
        started, cpu_started = time.perf_counter(), time.process_time()
        for t in texts:
            annotate(Article(id="x", source="x", text=t, language="de"), settings)
        best_wall = min(best_wall or 1e9, time.perf_counter() - started)
        best_cpu = min(best_cpu or 1e9, time.process_time() - cpu_started)
    return [f"- whole `annotate` (sentences, per-sentence language, NER, consistency), one article at a time, on the "
            f"{len(texts)} SmartData dev documents ({tokens:,} spaCy tokens, {words:,} whitespace-separated words), "
            f"best of 3, one thread (`OMP_NUM_THREADS=1`): **{tokens / best_cpu:,.0f} tokens "
            f"({words / best_cpu:,.0f} words) per CPU second**; wall clock {tokens / best_wall:,.0f} tokens/s on the "
            f"shared machine (other jobs were running, so CPU time is the fairer one-core figure)."]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--quick", action="store_true", help="skip the ablation")
    args = parser.parse_args()
    data = Path(args.data)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    lines = ["## Entity recognition (NER)", "",
             "Produced by `OMP_NUM_THREADS=1 .venv/bin/python bench/ner_bench.py` (each row: the `newsgraph eval ner` "
             "command shown). Exact span and type match; GermEval: official outer-level strict metric over "
             "PER/LOC/ORG/OTH. Label mappings and which sets the models were trained on: docs/ner.md.",
             "", machine_line(), ""]
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    sizes = {lang: sum(p.stat().st_size for p in model_path(lang).rglob("*") if p.is_file()) / 1e6
             for lang in ("de", "en") if model_path(lang).is_dir()}
    lines.append(f"Commit {rev.strip() or '?'}; shipped models: "
                 + (", ".join(f"ner_{k} {v:.1f} MB" for k, v in sizes.items()) or "none (rules only)") + ".")
    lines += ["", "### German", ""]
    speed_rows = []
    rows = []
    for label, rel, lang, types in SETS_DE:
        r = evaluate(data / rel, types=types.split(","), lang=lang)
        rows.append(_row(label, r, _cmd(rel, lang, types)))
        speed_rows.append((label, r.words_per_second, r.words_per_cpu_second))
    lines += _table(rows)
    lines += ["", "### English", ""]
    rows = []
    for label, rel, lang, types in SETS_EN:
        r = evaluate(data / rel, types=types.split(","), lang=lang)
        rows.append(_row(label, r, _cmd(rel, lang, types)))
        speed_rows.append((label, r.words_per_second, r.words_per_cpu_second))
    lines += _table(rows)
    if not args.quick:
        lines += ["", "### Ablation (German; overall F1 per set)", "",
                  "| configuration | " + " | ".join(s[0].split(" (")[0] for s in ABLATION_SETS) + " | flags |",
                  "|---|" + "---|" * len(ABLATION_SETS) + "---|"]
        for name, options, flags in ABLATIONS:
            cells = []
            for _, rel, lang, types in ABLATION_SETS:
                r = evaluate(data / rel, types=types.split(","), lang=lang, options=options)
                org = r.per_type.get("ORG")
                cells.append(f"{r.overall.f1:.3f} (ORG {org.f1:.3f})" if org else f"{r.overall.f1:.3f}")
            lines.append(f"| {name} | " + " | ".join(cells) + f" | `{flags}` |")
    lines += ["", "### Speed (one core)", ""]
    lines += [f"- NER on pre-split sentences, {label}: {cpu:,.0f} tokens per CPU second ({wall:,.0f} tokens/s wall)"
              for label, wall, cpu in speed_rows[:3]]
    lines += _speed(data)
    out = ROOT / "bench" / "results" / "ner.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "bench" / "write_benchmarks.py")], check=True)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
