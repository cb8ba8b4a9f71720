"""The team's event dev sets and the fresh set: shape, vocabulary, verbatim arguments and coverage minimums."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from newsgraph.events.evaluate import read_gold
from newsgraph.model import EVENT_TYPES, MODALITIES

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = {"de": DATA / "events_gold_de.jsonl", "en": DATA / "events_gold_en.jsonl"}
# every fresh set (events_fresh.jsonl, events_fresh2.jsonl, ...), the ones written later included
FRESH_SETS = sorted(DATA.glob("events_fresh*.jsonl"))
# probe sets: invented one- or two-sentence items written to find gaps in the rules (docs/events-gold-format.md)
PROBE_SETS = sorted(DATA.glob("events_probes*.jsonl"))
MIN_ITEMS = {"de": 150, "en": 100}
MIN_ITEMS_PER_TYPE = {"de": 6, "en": 4}
ITEM_KEYS = {"id", "lang", "published", "text", "events"}
EVENT_KEYS = {"type", "modality", "arguments", "time"}


def raw_items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def all_files() -> list[Path]:
    return [p for p in (*DEV.values(), *FRESH_SETS, *PROBE_SETS) if p.exists()]


@pytest.mark.parametrize("path", all_files(), ids=lambda p: p.name)
def test_json_shape_and_vocabulary(path: Path):
    ids = set()
    for item in raw_items(path):
        assert set(item) == ITEM_KEYS, item.get("id")
        assert item["id"] not in ids
        ids.add(item["id"])
        assert item["lang"] in ("de", "en")
        assert item["published"] is None or date.fromisoformat(item["published"])
        assert isinstance(item["text"], str) and item["text"].strip()
        for event in item["events"]:
            assert set(event) <= EVENT_KEYS and {"type", "modality", "arguments"} <= set(event), item["id"]
            assert event["type"] in EVENT_TYPES, item["id"]
            assert event["modality"] in MODALITIES, item["id"]
            for arg in event["arguments"]:
                assert set(arg) <= {"role", "text", "value"}, item["id"]
                assert arg["role"] in EVENT_TYPES[event["type"]], (item["id"], arg["role"])
                # argument texts occur verbatim in the item's text
                assert arg["text"] in item["text"], (item["id"], arg["text"])
            if "time" in event:
                start, end = date.fromisoformat(event["time"]["start"]), date.fromisoformat(event["time"]["end"])
                assert start <= end, item["id"]
    assert read_gold(path)  # the evaluation reader accepts it as well


@pytest.mark.parametrize("path", all_files(), ids=lambda p: p.name)
def test_values_have_the_schema_shapes(path: Path):
    for item in raw_items(path):
        for event in item["events"]:
            for arg in event["arguments"]:
                if "value" not in arg:
                    continue
                value, role = arg["value"], arg["role"]
                if role in ("binding", "record"):
                    assert isinstance(value, bool), item["id"]
                elif role == "value":
                    assert set(value) == {"amount", "currency"} and re.fullmatch(r"[A-Z]{3}", value["currency"])
                elif role in ("count", "quantity"):
                    assert "amount" in value or "fraction" in value, item["id"]
                elif role == "horizon":
                    assert re.fullmatch(r"P\d+[YMWD]", value["iso"])
                elif role == "change":
                    assert value in ("holds", "appointed", "departed"), item["id"]
                elif role == "facility_kind":
                    assert value in ("headquarters", "plant", "office", "store"), item["id"]
                elif role in ("market", "region", "location"):
                    assert set(value) & {"country", "region", "city", "outside"}, item["id"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_dev_set_coverage(lang: str):
    items = raw_items(DEV[lang])
    assert len(items) >= MIN_ITEMS[lang]
    assert all(item["lang"] == lang for item in items)
    items_per_type = Counter(t for item in items for t in {e["type"] for e in item["events"]})
    for etype in EVENT_TYPES:
        assert items_per_type[etype] >= MIN_ITEMS_PER_TYPE[lang], etype
    modalities = Counter(e["modality"] for item in items for e in item["events"])
    total = sum(modalities.values())
    for modality in MODALITIES:
        assert modalities[modality] / total >= 0.10, modality
    empty = sum(1 for item in items if not item["events"])
    assert 0.10 <= empty / len(items) <= 0.25
    with_time = sum(1 for item in items for e in item["events"] if "time" in e)
    assert with_time >= 20
    assert sum(1 for item in items if item["published"]) >= 0.8 * len(items)


def test_german_items_with_english_quotes_are_present():
    quoted = [item for item in raw_items(DEV["de"])
              if re.search(r"\"[^\"]*\b(the|we|will|is|are|our)\b[^\"]*\"", item["text"])]
    assert len(quoted) >= 5
    assert sum(1 for item in quoted if item["events"]) >= 4


def test_fresh_sets_are_found():
    assert len(FRESH_SETS) >= 5


@pytest.mark.parametrize("path", FRESH_SETS, ids=lambda p: p.name)
def test_fresh_set_shape(path: Path):
    items = raw_items(path)
    langs = Counter(item["lang"] for item in items)
    assert langs["de"] >= 6 and langs["en"] >= 4
    assert len({e["type"] for item in items for e in item["events"]}) >= 6
    assert len({e["modality"] for item in items for e in item["events"]}) >= 4
