"""End to end: the evaluation runs the real pipeline over the dev sets and SmartData dev without failing.

No score floors here (those belong in the benchmark and the quality gate); these
tests check that every item goes through and that what is scored is well formed.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli.app import app
from newsgraph.events.evaluate import evaluate, pipeline_predictor, read_gold
from newsgraph.events.smartdata import BUSINESS_TYPES, SCORED_ROLES, read_smartdata
from newsgraph.model import EVENT_TYPES, MODALITIES

DATA = Path(__file__).resolve().parents[1] / "data"


def test_dev_sets_run_through_the_pipeline_and_predictions_are_well_formed():
    predict = pipeline_predictor()
    for lang in ("de", "en"):
        items = read_gold(DATA / f"events_gold_{lang}.jsonl")
        seen = []

        def checked(item, seen=seen):
            events = predict(item)
            for ev in events:
                assert ev.type in EVENT_TYPES and ev.modality in MODALITIES, item.id
                assert all(a.role in EVENT_TYPES[ev.type] for a in ev.arguments), item.id
            seen.append(item.id)
            return events

        result = evaluate(items, checked)
        assert result.items == len(items) == len(seen)
        gold_events = sum(len(i.events) for i in items)
        assert result.overall.tp + result.overall.fn == gold_events


def test_cli_language_filter():
    path = DATA / "events_gold_en.jsonl"
    out = CliRunner().invoke(app, ["eval", "events", "--data", str(path), "--lang", "de"])
    assert out.exit_code == 0, out.output
    assert "items 0" in out.output
    out = CliRunner().invoke(app, ["eval", "events", "--data", str(path), "--limit", "5", "--errors", "--details"])
    assert out.exit_code == 0, out.output
    assert "per role" in out.output and "rows gold, columns predicted" in out.output
    assert "items 5" in out.output and out.output.strip().splitlines()[-1].startswith("overall P=")


def test_smartdata_dev_reads_and_scores(shared_data):
    items = read_smartdata(shared_data / "smartdata" / "dev.jsonl.gz")
    assert len(items) == 172
    gold = [ev for item in items for ev in item.events]
    assert {ev.type for ev in gold} == set(BUSINESS_TYPES)
    assert all(a.text in item.text for item in items for ev in item.events for a in ev.arguments)
    with_events = [item for item in items if item.events][:15]
    result = evaluate(with_events, pipeline_predictor(), BUSINESS_TYPES, SCORED_ROLES)
    assert result.overall.tp + result.overall.fn == sum(len(i.events) for i in with_events)


def test_mobie_has_no_applicable_types(shared_data):
    out = CliRunner().invoke(app, ["eval", "events", "--data", str(shared_data / "mobie" / "dev.jsonl.gz")])
    assert out.exit_code == 0, out.output
    assert "no applicable event types" in out.output
    assert "Accident" in out.output
