"""Export records and the JSON Schema of the data contract."""

from __future__ import annotations

import copy
import json
from importlib import util
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from newsgraph.export import article_records, event_record, iter_export, story_record
from newsgraph.model import ENTITY_TYPES, EVENT_TYPES, MODALITIES, VALUE_KINDS, Story
from newsgraph.resolve import resolve_article
from newsgraph.schema import export_schema, record_errors, validate_record
from newsgraph.store import open_store

_spec = util.spec_from_file_location("store_builders", Path(__file__).parent / "store" / "builders.py")
builders = util.module_from_spec(_spec)
_spec.loader.exec_module(builders)

ARTICLE_FIELDS = ["kind", "id", "source", "title", "language", "published", "authors", "site", "text", "sha256",
                  "ingested_at"]


def test_schema_is_valid_draft_2020_12():
    schema = export_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_enums_follow_the_model():
    defs = export_schema()["$defs"]
    assert defs["entity"]["properties"]["type"]["enum"] == list(ENTITY_TYPES)
    assert defs["event"]["properties"]["modality"]["enum"] == list(MODALITIES)
    assert defs["event"]["properties"]["type"]["enum"] == list(EVENT_TYPES)
    assert defs["value"]["properties"]["value_kind"]["enum"] == list(VALUE_KINDS)
    roles = {rule["if"]["properties"]["type"]["const"]:
             rule["then"]["properties"]["arguments"]["items"]["properties"]["role"]["enum"]
             for rule in defs["event"]["allOf"]}
    assert roles == {t: list(r) for t, r in EVENT_TYPES.items()}
    assert {f"value_{k}" for k in VALUE_KINDS} <= set(defs)


def extracted_records():
    article = builders.deal_article()
    return list(article_records(article, resolve_article(article)))


def test_export_records_validate_and_keep_offsets():
    records = extracted_records()
    assert [r["kind"] for r in records] == ["article"] + ["entity"] * 4 + ["value"] * 2 + ["event"]
    text = records[0]["text"]
    for record in records:
        assert record_errors(record) == [], record
        for m in record.get("mentions", []):
            assert text[m["start"]:m["end"]] == m["text"]
        if record["kind"] == "value":
            assert text[record["start"]:record["end"]] == record["text"]
        for e in record.get("evidence", []):
            assert text[e["start"]:e["end"]] == e["sentence"]


def test_export_article_fields_exact():
    article = extracted_records()[0]
    assert list(article) == ARTICLE_FIELDS
    assert article["published"] == "2017-11-10" and article["authors"] == ["Anna Autorin"]


def test_export_event_shape():
    event = [r for r in extracted_records() if r["kind"] == "event"][0]
    assert event["time"] == {"text": "gestern", "start": "2017-11-09", "end": "2017-11-09"}
    party = event["arguments"][0]
    assert set(party) == {"role", "text", "entity_id", "start", "end"}
    binding = event["arguments"][3]
    assert binding["value"] is False and "entity_id" not in binding
    assert event["plan"] is None and event["conflicts"] == [] and event["story_id"] is None
    assert event["trigger"] == "unterzeichnet"


def test_export_story_record_validates():
    assert record_errors(story_record(Story("s_1", "Qualcomm und Xiaomi", ["a_1"], ["v_1"]))) == []


def test_iter_export_from_store_matches_extract(tmp_path):
    store = open_store(tmp_path / "x.db")
    store.add_article(builders.deal_article())
    exported = list(iter_export(store))
    direct = extracted_records()
    strip = lambda rs: [{k: v for k, v in r.items() if k != "ingested_at"} for r in rs]  # noqa: E731
    key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
    assert sorted(map(key, strip(exported))) == sorted(map(key, strip(direct)))
    for record in exported:
        validate_record(record)


VALID_VALUES = [
    ("money", {"amount": 12000000000, "currency": "USD"}), ("count", {"amount": 2000, "unit": "store"}),
    ("count", {"amount": 3}), ("fraction", {"fraction": 0.5}), ("duration", {"iso": "P3Y"}),
    ("duration", {"iso": "P1Y6M"}), ("duration", {"iso": "PT2H"}), ("period", {"year": 2017, "quarter": 2}),
    ("period", {"year": None, "quarter": 2}), ("period", {"year": 2020, "month": 6}), ("period", {"year": 2019}),
    ("date", {"date": "2017-11-08"}), ("date", {"relative_days": -2}), ("place", {"country": "ES"}),
    ("place", {"region": "Europe"}), ("place", {"city": "Beijing", "country": "CN"}), ("place", {"outside": "CN"}),
    ("boolean", True), ("boolean", False),
    # extensions documented in docs/normalize.md (the contract is silent on these cases)
    ("date", {"year": None, "month": 7, "day": 23}), ("date", {"weekday": 1}),
    ("date", {"weekday": 5, "direction": "next"}), ("period", {"year": 2020, "half": 1}),
    ("period", {"year": 2021, "week": 12}), ("period", {"relative_years": -1}), ("period", {"relative_months": -2}),
    ("period", {"year": 2020, "part": "late"}), ("duration", {"until": {"year": 2026}}),
    ("duration", {"since": {"year": 2015}}), ("place", {"outside": "Europe"}),
]
INVALID_VALUES = [
    ("money", {"amount": 5}), ("money", {"amount": "5", "currency": "EUR"}),
    ("money", {"amount": 5, "currency": "€"}),
    ("count", {"unit": "store"}), ("fraction", {"fraction": -0.5}), ("duration", {"iso": "3 years"}),
    ("duration", {"iso": "P"}), ("period", {"year": 2017, "quarter": 5}), ("period", {"year": None}),
    ("period", {"year": 2020, "month": 13}), ("date", {"date": "08.11.2017"}),
    ("date", {"date": "2017-11-08", "relative_days": 1}), ("date", {}), ("place", {"country": "Spain"}),
    ("place", {}), ("boolean", "false"), ("boolean", 0),
    ("date", {"weekday": 8}), ("date", {"month": 7}), ("period", {"year": 2020, "half": 3}),
    ("period", {"year": 2020, "part": "end"}), ("duration", {"until": 2026}), ("duration", {"until": {}}),
]


def value_record(kind, value):
    return {"kind": "value", "article_id": "a_1", "start": 0, "end": 4, "text": "text", "value_kind": kind,
            "value": value, "rule": "test"}


@pytest.mark.parametrize("kind,value", VALID_VALUES)
def test_schema_accepts_value_shape(kind, value):
    assert record_errors(value_record(kind, value)) == []


@pytest.mark.parametrize("kind,value", INVALID_VALUES)
def test_schema_rejects_value_shape(kind, value):
    assert record_errors(value_record(kind, value))


def _break(path, new=None, delete=False):
    def apply(record):
        target = record
        for key in path[:-1]:
            target = target[key]
        if delete:
            del target[path[-1]]
        else:
            target[path[-1]] = new
        return record
    return apply


@pytest.mark.parametrize("kind,change", [
    ("article", _break(["published"], "10.11.2017")), ("article", _break(["sha256"], "abc")),
    ("article", _break(["title"], delete=True)), ("article", _break(["authors"], "Anna")),
    ("article", _break(["id"], "x_1")), ("article", _break(["ingested_at"], "yesterday")),
    ("entity", _break(["type"], "ROLE")), ("entity", _break(["country"], "Germany")),
    ("entity", _break(["mentions"], [])), ("entity", _break(["mentions", 0, "start"], -1)),
    ("entity", _break(["aliases"], delete=True)),
    ("value", _break(["value_kind"], "percent")), ("value", _break(["rule"], delete=True)),
    ("event", _break(["modality"], "maybe")), ("event", _break(["type"], "lawsuit")),
    ("event", _break(["arguments", 0, "role"], "buyer")), ("event", _break(["confidence"], 1.5)),
    ("event", _break(["evidence"], [])), ("event", _break(["plan"], {"status": "done", "by": None})),
    ("event", _break(["time"], {"text": "gestern"})), ("event", _break(["conflicts"], delete=True)),
    ("event", _break(["story_id"], "x")),
])
def test_schema_rejects_broken_records(kind, change):
    record = copy.deepcopy(next(r for r in extracted_records() if r["kind"] == kind))
    assert record_errors(record) == []
    assert record_errors(change(record))


def test_schema_rejects_unknown_kind_and_allows_added_fields():
    assert record_errors({"kind": "relation"})
    article = extracted_records()[0]
    article["word_count"] = 27  # the contract may grow by adding fields
    assert record_errors(article) == []


def test_validate_record_names_the_record():
    event = event_record(builders.deal_article().events[0])
    event["modality"] = "rumoured"
    with pytest.raises(ValueError, match=event["id"]):
        validate_record(event)


def test_span_problems_lists_every_bad_span():
    from newsgraph.export import span_problems
    from newsgraph.model import Mention, Value

    article = builders.deal_article()
    assert span_problems(article, resolve_article(article)) == []
    article.mentions.append(Mention(0, 4, "Xiao", "ORG"))
    article.values.append(Value(5, 3, "", "count", {"amount": 1}, "r"))
    problems = span_problems(article)
    assert len(problems) == 2 and "'Xiao' at 0:4" in problems[0]
