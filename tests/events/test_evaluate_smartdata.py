"""The SmartData/MobIE reader on a tiny hand-written file, the format detection and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli.app import app
from newsgraph.errors import DataError
from newsgraph.events.evaluate import detect_format, read_items
from newsgraph.events.smartdata import read_smartdata, unwrap_avro

TINY = Path(__file__).parent / "data" / "smartdata_tiny.jsonl"
ROOT = Path(__file__).resolve().parents[2]


def test_unwrap_avro_unions():
    assert unwrap_avro({"text": {"string": "x"}, "n": None, "a": {"array": [{"string": "y"}]}}) == \
        {"text": "x", "n": None, "a": ["y"]}
    assert unwrap_avro({"span": {"start": 1, "end": 2}}) == {"span": {"start": 1, "end": 2}}


def test_reader_maps_types_roles_and_merges_mentions_of_one_fact():
    doc1, doc2 = read_smartdata(TINY)
    assert doc1.published == "2015-12-14" and doc1.lang == "de"
    # the Accident has no counterpart; the two Acquisition mentions are one fact
    assert [e.type for e in doc1.events] == ["acquisition"]
    acq = doc1.events[0]
    assert {(a.role, a.text) for a in acq.arguments} == {
        ("acquirer", "Bellevue Group"), ("target", "StarCapital AG"), ("value", "12 Mio. Franken")}
    assert acq.modality == "asserted" and acq.time_text == "im Mai"
    # MobIE-style plain values read the same way; trigger dropped, position → role
    strike, lead = doc2.events
    assert strike.type == "strike"
    assert {(a.role, a.text) for a in strike.arguments} == {
        ("union", "Verdi"), ("company", "Amazon"), ("location", "Leipzig")}
    assert lead.type == "leadership"
    assert {(a.role, a.text) for a in lead.arguments} == {
        ("organization", "Siemens"), ("person", "Roland Busch"), ("role", "Chef")}


def test_reader_keeps_mentions_apart_when_asked():
    doc1, _ = read_smartdata(TINY, merge=False)
    assert [e.type for e in doc1.events] == ["acquisition", "acquisition"]


def test_argument_texts_come_from_the_document_text():
    for item in read_smartdata(TINY):
        for event in item.events:
            assert all(a.text in item.text for a in event.arguments)


def test_detect_format(tmp_path):
    assert detect_format(TINY) == "smartdata"
    assert detect_format(ROOT / "tests" / "data" / "events_gold_en.jsonl") == "gold"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"foo": 1}) + "\n")
    with pytest.raises(DataError):
        detect_format(bad)
    with pytest.raises(DataError):
        read_items(tmp_path / "missing.jsonl")


def test_gold_reader_rejects_unknown_roles(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "x", "lang": "de", "text": "A kauft B.", "published": None,
                                "events": [{"type": "acquisition", "modality": "asserted",
                                            "arguments": [{"role": "buyer", "text": "A"}]}]}) + "\n")
    with pytest.raises(DataError, match="buyer"):
        read_items(path)


def test_cli_prints_table_and_overall_last(tmp_path):
    json_out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", "events", "--data", str(TINY), "--json", str(json_out)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("overall P=")
    assert "modality accuracy" in result.output and "time accuracy" in result.output
    scores = json.loads(json_out.read_text())
    assert scores["items"] == 2
    assert scores["overall"]["tp"] + scores["overall"]["fn"] == 3  # acquisition, strike, leadership


def test_cli_reports_when_no_type_applies(tmp_path):
    result = CliRunner().invoke(app, ["eval", "events", "--data", str(TINY), "--types", "market_entry"])
    assert result.exit_code == 0, result.output
    assert "no applicable event types" in result.output
    assert result.output.strip().splitlines()[-1] == "overall P=0.000 R=0.000 F1=0.000"


def test_cli_rejects_unknown_type():
    result = CliRunner().invoke(app, ["eval", "events", "--data", str(TINY), "--types", "takeover"])
    assert result.exit_code != 0


def test_merge_mentions_keeps_different_dates_apart_and_folds_subsets():
    from newsgraph.events.evaluate import ArgRecord, EventRecord
    from newsgraph.events.smartdata import merge_mentions

    def strike(*args, when=None):
        return EventRecord("strike", "asserted", [ArgRecord(r, t) for r, t in args], time_text=when)

    events = [strike(("company", "Amazon"), when="Mittwoch"),
              strike(("company", "Amazon"), ("location", "Leipzig"), when="Freitag"),
              strike(("company", "Amazon"), ("location", "Leipzig")),
              strike(("company", "Amazon.com"), ("location", "Leipzig"), when="Mittwoch")]
    merged = merge_mentions(events)
    # the Wednesday mention folds into the Wednesday relation with more arguments; the undated one into
    # the first larger dated relation; Friday and Wednesday stay two facts
    assert len(merged) == 2
    assert sorted(e.time_text for e in merged) == ["Freitag", "Mittwoch"]
    assert all(len(e.arguments) == 2 for e in merged)
    # other types or modalities are never folded together
    other = EventRecord("layoffs", "asserted", [ArgRecord("company", "Amazon")])
    assert len(merge_mentions([strike(("company", "Amazon")), other])) == 2
