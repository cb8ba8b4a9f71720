"""The store commands end to end through the CLI: ingest, articles, show, export, extract, error handling."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import pipeline
from newsgraph.cli import main
from newsgraph.cli.app import app
from newsgraph.schema import record_errors
from newsgraph.store import SQLiteStore, open_store

ARTICLES = {
    "alpha.txt": ("Nordlicht Logistik eröffnet neues Lager in Bremen\n\n"
                  "Die Nordlicht Logistik GmbH hat am Montag ein neues Lager in Bremen eröffnet. "
                  "Nach Angaben des Unternehmens entstehen dort 120 Arbeitsplätze. "
                  "Geschäftsführerin Sabine Kröger sprach von einem wichtigen Schritt für die Firma.\n"),
    "beta.txt": ("Halvorsen Systems buys Brightwater Analytics\n\n"
                 "Halvorsen Systems said on Tuesday it agreed to buy Brightwater Analytics for $1.2 billion. "
                 "The deal is expected to close in the third quarter, the company said in a statement. "
                 "Chief executive Ingrid Saether called it a milestone for the firm.\n"),
    "gamma.txt": ("Voltaris baut Werk in Hoyerswerda aus\n\n"
                  "Der Brennstoffzellenhersteller Voltaris will sein Werk in Hoyerswerda bis 2026 deutlich "
                  "erweitern. Das Unternehmen plant Investitionen von 40 Millionen Euro, teilte Voltaris mit. "
                  "Die Landesregierung begrüßte die Pläne ausdrücklich.\n"),
}


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def db(tmp_path) -> Path:
    return tmp_path / "store.db"


def invoke(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    """Through `main()`, which owns the error handling (one line on stderr, exit code)."""
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return exc.value.code, out, err


def test_cli_help_of_every_command_is_useful():
    for command, must in [("ingest", "--db"), ("articles", "--search"), ("show", "--db"), ("export", "--format"),
                          ("extract", "--published")]:
        result = invoke(command, "--help")
        assert result.exit_code == 0, command
        assert must in result.output and len(result.output.splitlines()) > 8


def test_cli_ingest_summary_reingest_and_revision(corpus, db):
    first = invoke("ingest", corpus, "--db", db)
    assert first.exit_code == 0, first.output
    assert "ingested 3, already known 0, new revisions 0, failed 0" in first.output
    again = invoke("ingest", corpus, "--db", db)
    assert again.exit_code == 0
    assert "ingested 0, already known 3, new revisions 0, failed 0" in again.output
    (corpus / "beta.txt").write_text(ARTICLES["beta.txt"] + "Shares rose 4 percent after the announcement.\n",
                                     encoding="utf-8")
    changed = invoke("ingest", corpus, "--db", db)
    assert "ingested 0, already known 2, new revisions 1, failed 0" in changed.output
    with open_store(db) as store:
        assert store.counts()["articles"] == 4
        assert len(store.list_articles(latest_only=True)) == 3


def test_cli_ingest_failure_is_listed_stored_and_sets_exit_1(corpus, db, tmp_path):
    missing = tmp_path / "does-not-exist.html"
    empty = corpus / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = invoke("ingest", corpus, missing, "--db", db)
    assert result.exit_code == 1
    assert "ingested 3, already known 0, new revisions 0, failed 2" in result.output
    assert str(missing) in result.output and str(empty) in result.output
    assert f"failed   {missing}: no such file or directory [ingest]" in result.output  # stage shown, not eaten as markup
    with open_store(db) as store:
        assert {r.source for r in store.rejections()} == {str(missing), str(empty)}
        assert store.counts()["articles"] == 3
    listed = CliRunner().invoke(app, ["rejections", "--db", str(db)], env={"COLUMNS": "250"})
    assert listed.exit_code == 0 and "2 of 2 rejected inputs" in listed.output
    assert missing.name in listed.output and "ingest" in listed.output


def _consistent(db: Path) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == conn.execute(
        "SELECT count(*) FROM articles_fts").fetchone()
    assert conn.execute("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"
                        ).fetchone()[0] == 0
    conn.close()


def test_cli_store_failure_mid_write_keeps_earlier_data(corpus, db, monkeypatch):
    assert invoke("ingest", corpus / "alpha.txt", "--db", db).exit_code == 0
    real = SQLiteStore._insert_values

    def crash_on_beta(conn, article):
        if article.source.endswith("beta.txt"):  # after article, mentions and entities rows were written
            raise RuntimeError("disk on fire")
        real(conn, article)

    monkeypatch.setattr(SQLiteStore, "_insert_values", staticmethod(crash_on_beta))
    result = invoke("ingest", corpus, "--db", db)
    assert result.exit_code == 1
    assert "ingested 1, already known 1, new revisions 0, failed 1" in result.output
    assert "beta.txt" in result.output and "disk on fire" in result.output
    with open_store(db) as store:
        assert sorted(Path(r.source).name for r in store.list_articles()) == ["alpha.txt", "gamma.txt"]
        assert [r.stage for r in store.rejections()] == ["store"]
    _consistent(db)


def test_cli_stage_raising_becomes_a_failure(corpus, db, monkeypatch):
    def exploding(article, settings):
        if "Halvorsen" in article.text:
            raise ValueError("stage bug")
        return article

    stages = (pipeline.Stage("explode", exploding, ("text",), ()),) + pipeline.STAGES
    monkeypatch.setattr(pipeline, "STAGES", stages)
    result = invoke("ingest", corpus, "--db", db)
    assert result.exit_code == 1 and "failed 1" in result.output and "stage bug" in result.output
    with open_store(db) as store:
        assert store.counts()["articles"] == 2
    _consistent(db)


def test_cli_articles_filters_and_search(corpus, db):
    invoke("ingest", corpus, "--db", db)
    listing = invoke("articles", "--db", db)
    assert listing.exit_code == 0 and "3 of 3 articles" in listing.output
    english = invoke("articles", "--db", db, "--lang", "en")
    assert "1 of 3" in english.output and "Halvorsen" in english.output
    found = invoke("articles", "--db", db, "--search", "hoyerswerda")
    assert "1 of 3" in found.output and "Voltaris" in found.output
    for nasty in ['"', "AND OR", "NEAR(x", "'; DROP TABLE articles; --"]:
        result = invoke("articles", "--db", db, "--search", nasty)
        assert result.exit_code == 0, nasty
    assert "no matching articles" in invoke("articles", "--db", db, "--search", "Quantencomputer").output


def test_cli_show_by_prefix(corpus, db):
    invoke("ingest", corpus, "--db", db)
    with open_store(db) as store:
        (row,) = store.list_articles(search="Halvorsen")
    result = invoke("show", row.id[:8], "--db", db)
    assert result.exit_code == 0
    assert row.id in result.output and "Halvorsen Systems said on Tuesday" in result.output
    as_json = invoke("show", row.id, "--db", db, "--json")
    records = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert records[0]["id"] == row.id and all(record_errors(r) == [] for r in records)
    assert all(m["article_id"] == row.id for r in records if r["kind"] == "entity" for m in r["mentions"])


def test_cli_export_validates_and_writes_file(corpus, db, tmp_path):
    invoke("ingest", corpus, "--db", db)
    result = invoke("export", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sum(r["kind"] == "article" for r in records) == 3
    for record in records:
        assert record_errors(record) == []
    target = tmp_path / "out.jsonl"
    assert invoke("export", "--db", db, "--output", target).exit_code == 0
    assert target.read_text(encoding="utf-8").splitlines() == result.stdout.splitlines()
    assert not list(tmp_path.glob("*.partial"))


def test_cli_export_rejects_unknown_format(corpus, db):
    invoke("ingest", corpus, "--db", db)
    assert invoke("export", "--db", db, "--format", "xml").exit_code == 2


def test_cli_extract_text_prints_records_and_stores_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSGRAPH_DB", raising=False)
    result = invoke("extract", "--text", ARTICLES["gamma.txt"], "--lang", "de", "--published", "2024-03-14")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["kind"] == "article" and records[0]["published"] == "2024-03-14"
    assert records[0]["language"] == "de"
    assert {r["kind"] for r in records} <= {"article", "entity", "value", "event"}
    for record in records:
        assert record_errors(record) == []
    assert list(tmp_path.iterdir()) == []


def test_cli_extract_file(corpus):
    result = invoke("extract", corpus / "beta.txt")
    assert result.exit_code == 0
    article = json.loads(result.stdout.splitlines()[0])
    assert article["source"] == str(corpus / "beta.txt") and article["language"] == "en"


@pytest.mark.parametrize("args", [
    ["extract", "--text", "x", "--published", "2020-13-01"], ["extract", "--text", "x", "--published", "2020-1-5"],
    ["extract", "--text", "x", "--published", "gestern"], ["extract"], ["extract", "f.txt", "--text", "x"],
    ["extract", "--text", "x", "--lang", "fr"],
])
def test_cli_extract_usage_errors(args):
    assert invoke(*args).exit_code == 2


def test_main_missing_db_is_one_line(capsys, tmp_path):
    for command in (["articles"], ["show", "a_1"], ["export"]):
        code, out, err = run_main(capsys, *command, "--db", tmp_path / "none.db")
        assert code == 1
        assert err.strip().count("\n") == 0 and "none.db" in err and "no such database" in err
        assert "Traceback" not in err
    assert not (tmp_path / "none.db").exists()


def test_main_extract_missing_file_names_it(capsys, tmp_path):
    code, out, err = run_main(capsys, "extract", tmp_path / "gone.html")
    assert code == 1 and str(tmp_path / "gone.html") in err and err.count("\n") == 1


def test_main_unknown_article_id(capsys, corpus, db):
    invoke("ingest", corpus, "--db", db)
    code, _, err = run_main(capsys, "show", "a_nothing", "--db", db)
    assert code == 1 and "a_nothing" in err and "Traceback" not in err


def test_main_debug_shows_traceback(capsys, tmp_path):
    code, _, err = run_main(capsys, "articles", "--db", tmp_path / "none.db", "--debug")
    assert code == 1 and "Traceback" in err and "no such database" in err


def test_main_internal_error_is_one_line(capsys, corpus, db, monkeypatch):
    invoke("ingest", corpus, "--db", db)
    monkeypatch.setattr(SQLiteStore, "list_articles", lambda self, **kw: 1 / 0)
    code, _, err = run_main(capsys, "articles", "--db", db)
    assert code == 1 and "internal error" in err and "--debug" in err and "Traceback" not in err


def test_main_exit_codes_of_ingest(capsys, corpus, db, tmp_path):
    assert run_main(capsys, "ingest", corpus, "--db", db)[0] == 0
    assert run_main(capsys, "ingest", tmp_path / "nope.txt", "--db", db)[0] == 1


def test_cli_default_db_from_environment(corpus, tmp_path, monkeypatch):
    target = tmp_path / "env.db"
    monkeypatch.setenv("NEWSGRAPH_DB", str(target))
    assert invoke("ingest", corpus / "alpha.txt").exit_code == 0
    assert target.is_file()
    assert "1 of 1" in invoke("articles").output


def test_cli_store_commands_are_documented():
    docs = (Path(__file__).parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ("ingest", "articles", "show", "entities", "rejections", "export", "extract"):
        assert f"## `newsgraph {command}" in docs, command
    for option in ("--db", "--lang", "--search", "--limit", "--latest", "--chars", "--json", "--type", "--name",
                   "--format", "--output", "--kind", "--from", "--text",
                   "--published", "--quiet", "--debug"):
        assert option in docs, option


def test_main_interrupted_ingest_keeps_what_was_stored(capsys, corpus, db, monkeypatch):
    real = SQLiteStore.add_article

    def interrupt_on_gamma(self, article, entities=None):
        if article.source.endswith("gamma.txt"):
            raise KeyboardInterrupt
        return real(self, article, entities)

    monkeypatch.setattr(SQLiteStore, "add_article", interrupt_on_gamma)
    code, out, err = run_main(capsys, "ingest", corpus, "--db", db)
    assert code == 130 and "interrupted" in err
    assert "ingested 2, already known 0, new revisions 0, failed 0" in out
    monkeypatch.undo()
    with open_store(db) as store:
        assert store.counts()["articles"] == 2
    _consistent(db)


def test_cli_killed_ingest_leaves_a_consistent_store(tmp_path, db):
    """SIGKILL at whatever moment: every article is stored whole or not at all, and a rerun completes the job."""
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(15):
        for name, text in ARTICLES.items():
            (folder / f"{i:02d}_{name}").write_text(text + f"\nMeldung Nummer {i} aus der Redaktion.\n",
                                                    encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "ingest", str(folder), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    for _ in range(600):  # wait (up to a minute) until some articles are committed, then kill
        if proc.poll() is not None:
            break
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                stored = 0
            if stored >= 3:
                break
        time.sleep(0.1)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _consistent(db)
    with open_store(db) as store:
        before = store.counts()["articles"]
        assert before >= stored
        for row in store.list_articles(limit=None):
            article = store.get_article(row.id)
            assert all(article.text[m.start:m.end] == m.text for m in article.mentions)
    rerun = invoke("ingest", folder, "--db", db)
    assert rerun.exit_code == 0
    assert f"ingested {45 - before}, already known {before}, new revisions 0, failed 0" in rerun.output
    _consistent(db)


def test_cli_show_names_revisions(corpus, db):
    invoke("ingest", corpus, "--db", db)
    with open_store(db) as store:
        (old,) = store.list_articles(search="Halvorsen")
    (corpus / "beta.txt").write_text(ARTICLES["beta.txt"] + "Shares rose 4 percent.\n", encoding="utf-8")
    invoke("ingest", corpus, "--db", db)
    shown = CliRunner().invoke(app, ["show", old.id, "--db", str(db)], env={"COLUMNS": "250"})
    assert "revision 1 of 2" in shown.output and "latest is a_" in shown.output
    with open_store(db) as store:
        revs = store.revisions(old.id)
    assert [r.is_latest for r in revs] == [False, True] and revs[0].article_id == old.id


def test_cli_two_ingests_at_once_share_the_store(tmp_path, db):
    """Two processes writing one store: IMMEDIATE transactions + busy timeout serialise them, nothing is lost."""
    import subprocess
    import sys

    folders = []
    for side in ("left", "right"):
        folder = tmp_path / side
        folder.mkdir()
        for i in range(3):
            for name, text in ARTICLES.items():
                (folder / f"{i}_{name}").write_text(f"{text}\nMeldung {side} {i}.\n", encoding="utf-8")
        folders.append(folder)
    procs = [subprocess.Popen([sys.executable, "-m", "newsgraph", "ingest", str(f), "--db", str(db), "-q"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in folders]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert all("ingested 9, already known 0, new revisions 0, failed 0" in out for out, _ in outputs)
    _consistent(db)
    with open_store(db) as store:
        assert store.counts()["articles"] == 18


def test_main_extract_refuses_wrong_offsets(capsys, monkeypatch):
    from newsgraph.model import Mention

    def bad_stage(article, settings):
        article.mentions.append(Mention(0, 3, "xyz", "ORG"))
        return article

    monkeypatch.setattr(pipeline, "STAGES", pipeline.STAGES + (pipeline.Stage("bad", bad_stage, ("text",), ()),))
    code, out, err = run_main(capsys, "extract", "--text", ARTICLES["alpha.txt"], "--lang", "de")
    assert code == 1 and out == "" and "'xyz' at 0:3 does not match" in err


def test_cli_entities(corpus, db):
    invoke("ingest", corpus, "--db", db)
    listing = CliRunner().invoke(app, ["entities", "--db", str(db)], env={"COLUMNS": "200"})
    assert listing.exit_code == 0 and "entities" in listing.output
    assert invoke("entities", "--db", db, "--type", "XYZ").exit_code == 2
    assert "no matching entities" in invoke("entities", "--db", db, "--name", "Quantencomputer").output


def test_cli_ingest_from_list_and_stdin(corpus, db, tmp_path):
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"# my sources\n{corpus / 'alpha.txt'}\n\n{corpus / 'beta.txt'}\n", encoding="utf-8")
    result = invoke("ingest", "--from", listing, "--db", db)
    assert result.exit_code == 0 and "ingested 2, already known 0" in result.output
    piped = CliRunner().invoke(app, ["ingest", "--from", "-", str(corpus / "gamma.txt"), "--db", str(db)],
                               input=f"{corpus / 'alpha.txt'}\n")
    assert piped.exit_code == 0 and "ingested 1, already known 1" in piped.output
    assert invoke("ingest", "--db", db).exit_code == 2


def test_cli_export_kinds(corpus, db):
    invoke("ingest", corpus, "--db", db)
    full = [json.loads(line) for line in invoke("export", "--db", db).stdout.splitlines()]
    only = [json.loads(line) for line in invoke("export", "--db", db, "--kind", "entity", "-k", "article"
                                                ).stdout.splitlines()]
    assert only == [r for r in full if r["kind"] in ("article", "entity")]
    assert invoke("export", "--db", db, "--kind", "relation").exit_code == 2
