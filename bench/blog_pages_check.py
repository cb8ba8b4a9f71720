"""End-to-end check on German blog pages: ingest → export, one article per page, body kept, boilerplate gone.

Run: `python bench/blog_pages_check.py [--data ../shared/data] [--pages 20]`
Takes the first N pages of `html_pages` whose annotation says German and whose URL has "blog", writes them
as .html files into a temporary folder, ingests them twice into a fresh SQLite store with the `newsgraph`
CLI (the second run must add nothing), exports JSONL and scores the annotation's snippets: a "with"
snippet must be in the article text, a "without" snippet must not. Prints the counts; writes no file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str) -> str:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], check=True, capture_output=True,
                          text=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    root = args.data / "html_pages"
    notes = json.loads((root / "annotations.json").read_text(encoding="utf-8"))
    chosen = [x for x in notes if x.get("lang_guess") == "de" and "blog" in x["url"].lower()][:args.pages]
    with tempfile.TemporaryDirectory() as tmp:
        pages, db = Path(tmp) / "pages", str(Path(tmp) / "blogs.db")
        pages.mkdir()
        for i, x in enumerate(chosen):
            (pages / f"page{i:02d}.html").write_bytes(gzip.decompress((root / x["file"]).read_bytes()))
        first = _cli("ingest", str(pages), "--db", db).strip().splitlines()
        second = _cli("ingest", str(pages), "--db", db).strip().splitlines()
        objects = [json.loads(line) for line in _cli("export", "--db", db, "--format", "jsonl").splitlines()]
    articles = {Path(o["source"]).name: o for o in objects if o["kind"] == "article"}
    kept = total_with = absent = total_without = 0
    for i, x in enumerate(chosen):
        text = articles.get(f"page{i:02d}.html", {}).get("text", "")
        kept += sum(s in text for s in x["with"])
        total_with += len(x["with"])
        absent += sum(s not in text for s in x["without"])
        total_without += len(x["without"])
    print(f"pages: {len(chosen)}; articles exported: {len(articles)}")
    print(f"first ingest: {first[-2] if len(first) > 1 else first[-1]}")
    print(f"second ingest: {second[-2] if len(second) > 1 else second[-1]}")
    print(f"body snippets kept: {kept}/{total_with}; boilerplate snippets absent: {absent}/{total_without}")


if __name__ == "__main__":
    main()
