"""Assemble BENCHMARKS.md from the result sections the benchmark scripts write.

Each benchmark script writes `bench/results/<area>.md` (with its command, the
machine and the date); this script concatenates them in a fixed order, so
several benchmarks never edit one file at the same time.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["content", "ner", "ner_training", "normalize", "events", "pipeline"]


def main() -> None:
    results = ROOT / "bench" / "results"
    parts = ["# Benchmarks\n",
             "Every figure below was produced by the command shown with it; rerun it to check.\n"
             "Sections are written by the scripts in `bench/` to `bench/results/` and joined by "
             "`python bench/write_benchmarks.py` (or `make benchmarks`).\n"]
    names = sorted(p.stem for p in results.glob("*.md"))
    for name in sorted(names, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n)):
        parts.append((results / f"{name}.md").read_text(encoding="utf-8").strip() + "\n")
    (ROOT / "BENCHMARKS.md").write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
