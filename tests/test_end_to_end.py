"""examples/ → ingest → export: every object matches the contract, offsets hold, re-ingest adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli.app import app
from newsgraph.schema import record_errors

ARTICLE_SUFFIXES = {".html", ".htm", ".txt", ".md"}


# A folder walk skips files that describe the collection (README, LICENSE, ...).
try:
    from newsgraph.ingest.files import SKIPPED_NAMES as NOT_ARTICLES
except ImportError:  # an ingest package without the constant
    NOT_ARTICLES = ("readme", "license", "licence", "changelog", "copying", "notice")


def example_files(examples_dir: Path) -> list[Path]:
    if not examples_dir.is_dir():
        return []
    return sorted(p for p in examples_dir.rglob("*")
                  if p.suffix.lower() in ARTICLE_SUFFIXES and p.name.lower().split(".")[0] not in NOT_ARTICLES)


@pytest.fixture(scope="module")
def exported(examples_dir, tmp_path_factory):
    files = example_files(examples_dir)
    if not files:
        pytest.skip("examples/ holds no sample articles yet")
    db = tmp_path_factory.mktemp("e2e") / "examples.db"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(examples_dir), "--db", str(db)])
    assert first.exit_code == 0, first.output
    export = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl"])
    assert export.exit_code == 0, export.output
    records = [json.loads(line) for line in export.stdout.splitlines()]
    second = runner.invoke(app, ["ingest", str(examples_dir), "--db", str(db)])
    again = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl"])
    return {"files": files, "records": records, "first": first.output, "second": second, "again": again}


def test_e2e_one_article_per_example(exported):
    articles = [r for r in exported["records"] if r["kind"] == "article"]
    assert len(articles) == len(exported["files"])
    assert {Path(a["source"]).name for a in articles} == {p.name for p in exported["files"]}
    assert f"ingested {len(exported['files'])}, already known 0" in exported["first"]


def test_e2e_every_record_matches_the_schema(exported):
    problems = {f"{r['kind']} {r.get('id', r.get('article_id'))}": record_errors(r) for r in exported["records"]}
    assert {k: v for k, v in problems.items() if v} == {}


def test_e2e_offsets_point_at_their_text(exported):
    texts = {r["id"]: r["text"] for r in exported["records"] if r["kind"] == "article"}
    checked = 0
    for r in exported["records"]:
        spans = []
        if r["kind"] == "entity":
            spans = [(m["article_id"], m["start"], m["end"], m["text"]) for m in r["mentions"]]
        elif r["kind"] == "value":
            spans = [(r["article_id"], r["start"], r["end"], r["text"])]
        elif r["kind"] == "event":
            spans = [(e["article_id"], e["start"], e["end"], e["sentence"]) for e in r["evidence"]]
            # argument offsets point into the text of one of the event's evidence articles
            homes = {e["article_id"] for e in r["evidence"]}
            for a in r["arguments"]:
                if "start" in a:
                    assert any(texts[h][a["start"]:a["end"]] == a["text"] for h in homes), (r["id"], a)
                    checked += 1
        for article_id, start, end, text in spans:
            assert texts[article_id][start:end] == text, (r["kind"], r.get("id"), start, end, text)
            checked += 1
    assert checked > 0


def test_e2e_ids_are_unique_and_references_resolve(exported):
    records = exported["records"]
    ids = [r["id"] for r in records if "id" in r]
    assert len(ids) == len(set(ids))
    entity_ids = {r["id"] for r in records if r["kind"] == "entity"}
    for event in (r for r in records if r["kind"] == "event"):
        for arg in event["arguments"]:
            assert arg.get("entity_id") is None or arg["entity_id"] in entity_ids


def test_e2e_reingest_adds_nothing(exported):
    n = len(exported["files"])
    assert exported["second"].exit_code == 0
    assert f"ingested 0, already known {n}, new revisions 0, failed 0" in exported["second"].output
    assert exported["again"].stdout == "\n".join(json.dumps(r, ensure_ascii=False)
                                                 for r in exported["records"]) + "\n"
