"""The event matcher and scorer on hand-built gold and predicted events (rules: docs/events-gold-format.md)."""

from __future__ import annotations

import pytest

from newsgraph.events.evaluate import (ArgRecord, EventRecord, GoldItem, align_arguments, argument_matches,
                                       evaluate, event_matches, match_events, normalize_text,
                                       records_from_events, score_item, values_equal, EvalResult)
from newsgraph.model import Argument, Event, TimeSpan


def ev(etype: str, modality: str = "asserted", *args: tuple, time: tuple[str, str] | None = None) -> EventRecord:
    records = [ArgRecord(a[0], a[1], a[2]) if len(a) > 2 else ArgRecord(a[0], a[1]) for a in args]
    start, end = time or (None, None)
    return EventRecord(etype, modality, records, start, end)


QUALCOMM = ev("agreement", "asserted", ("party", "Qualcomm"), ("party", "Xiaomi"),
              ("value", "12 Milliarden US-Dollar", {"amount": 12_000_000_000, "currency": "USD"}),
              ("binding", "ungebundenen", False), time=("2017-11-09", "2017-11-09"))


def score(gold: list[EventRecord], pred: list[EventRecord], **kw) -> EvalResult:
    result = EvalResult()
    score_item(result, "x", gold, pred, **kw)
    return result


def test_perfect_prediction_scores_one():
    result = score([QUALCOMM], [QUALCOMM])
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (1, 0, 0)
    assert result.overall.f1 == 1.0
    assert result.arguments.f1 == 1.0
    assert result.modality_accuracy == 1.0
    assert result.time_accuracy == 1.0 and result.time_total == 1


def test_missing_event_is_a_false_negative():
    result = score([QUALCOMM], [])
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (0, 0, 1)
    assert result.overall.precision == 0.0 and result.overall.recall == 0.0
    assert result.outcomes[0].missed == [QUALCOMM]


def test_spurious_event_is_a_false_positive_also_on_items_without_events():
    result = score([], [ev("insolvency", "asserted", ("company", "Air Berlin"))])
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (0, 1, 0)
    assert result.per_type["insolvency"].fp == 1


def test_wrong_type_counts_twice():
    pred = ev("partnership", "asserted", ("party", "Qualcomm"), ("party", "Xiaomi"))
    result = score([QUALCOMM], [pred])
    assert result.per_type["agreement"].fn == 1
    assert result.per_type["partnership"].fp == 1
    assert result.overall.tp == 0


def test_wrong_role_does_not_match_core_role():
    gold = ev("acquisition", "asserted", ("acquirer", "Bayer"), ("target", "Monsanto"))
    swapped = ev("acquisition", "asserted", ("acquirer", "Monsanto"), ("target", "Bayer"))
    assert event_matches(gold, swapped) is None
    assert score([gold], [swapped]).overall.tp == 0


def test_all_gold_arguments_of_a_core_role_are_needed():
    one_party = ev("agreement", "asserted", ("party", "Qualcomm"))
    assert event_matches(QUALCOMM, one_party) is None


def test_non_core_arguments_are_not_needed_for_the_event_but_count_for_arguments():
    pred = ev("agreement", "asserted", ("party", "Qualcomm Inc."), ("party", "Xiaomi"))
    result = score([QUALCOMM], [pred])
    assert result.overall.tp == 1
    assert (result.arguments.tp, result.arguments.fp, result.arguments.fn) == (2, 0, 2)


def test_containment_matches_either_way_after_casefold_and_punctuation():
    assert argument_matches(ArgRecord("party", "Xiaomi"), ArgRecord("party", "Xiaomi Inc."))
    assert argument_matches(ArgRecord("party", "Deutsche Bank AG"), ArgRecord("party", "deutsche bank"))
    assert argument_matches(ArgRecord("count", "2.000 Offline Stores"), ArgRecord("count", "2000"))
    assert not argument_matches(ArgRecord("party", "Xiaomi"), ArgRecord("party", "Huawei"))
    assert not argument_matches(ArgRecord("party", "Xiaomi"), ArgRecord("target", "Xiaomi"))
    assert not argument_matches(ArgRecord("party", "..."), ArgRecord("party", "Xiaomi"))


def test_normalize_text():
    assert normalize_text("  Kühne + Nagel,\n AG. ") == "kühne + nagel ag"
    assert normalize_text("„Xiaomi“") == "xiaomi"


def test_value_decides_when_both_sides_have_one():
    gold = ArgRecord("value", "12 Milliarden US-Dollar", {"amount": 12_000_000_000, "currency": "USD"})
    assert argument_matches(gold, ArgRecord("value", "$12 billion", {"amount": 1.2e10, "currency": "USD"}))
    assert not argument_matches(gold, ArgRecord("value", "12 Milliarden US-Dollar",
                                                {"amount": 12_000_000_000, "currency": "EUR"}))
    # without a predicted value, the texts decide
    assert argument_matches(gold, ArgRecord("value", "12 Milliarden US-Dollar"))


@pytest.mark.parametrize("gold, pred, equal", [
    (False, False, True),
    (False, 0, False),
    (True, 1.0, False),
    ({"amount": 2000, "unit": "store"}, {"amount": 2000.0, "unit": "Store"}, True),
    ({"amount": 2000}, {"amount": 2000, "unit": "store"}, True),  # keys the gold leaves out are free
    ({"amount": 2000, "unit": "store"}, {"amount": 2000}, False),
    ({"year": 2017, "quarter": 2}, {"year": 2017, "quarter": 3}, False),
    ({"fraction": 0.251}, {"fraction": 0.251}, True),
    ("plant", "Plant", True),
    ("appointed", "departed", False),
])
def test_values_equal(gold, pred, equal):
    assert values_equal(gold, pred) is equal


def test_boolean_value_mismatch_loses_the_argument_not_the_event():
    pred = ev("agreement", "asserted", ("party", "Qualcomm"), ("party", "Xiaomi"),
              ("binding", "ungebundenen", True))
    result = score([QUALCOMM], [pred])
    assert result.overall.tp == 1
    assert result.arguments.fp == 1  # binding=True is wrong
    assert result.arguments_per_role["binding"].fn == 1


def test_modality_is_counted_over_matched_events_only():
    gold = [ev("layoffs", "planned", ("company", "Audi")), ev("insolvency", "negated", ("company", "Brenninger"))]
    pred = [ev("layoffs", "asserted", ("company", "Audi")), ev("insolvency", "negated", ("company", "Brenninger")),
            ev("strike", "asserted", ("union", "Verdi"))]
    result = score(gold, pred)
    assert result.modality_total == 2
    assert result.modality_accuracy == 0.5
    assert result.modality[("planned", "asserted")] == 1
    assert result.unsure_as_fact == (1, 2)


def test_time_is_scored_only_where_gold_has_one():
    gold = [ev("insolvency", "asserted", ("company", "Air Berlin"), time=("2017-08-15", "2017-08-15")),
            ev("insolvency", "asserted", ("company", "Thomas Cook"))]
    pred = [ev("insolvency", "asserted", ("company", "Air Berlin"), time=("2017-08-14", "2017-08-14")),
            ev("insolvency", "asserted", ("company", "Thomas Cook"), time=("2019-09-23", "2019-09-23"))]
    result = score(gold, pred)
    assert result.time_total == 1 and result.time_correct == 0


def test_matching_is_one_to_one_and_prefers_best_overlap():
    gold = [ev("strike", "asserted", ("company", "Lufthansa"), ("location", "Frankfurt")),
            ev("strike", "asserted", ("company", "Lufthansa"), ("location", "München"))]
    pred = [ev("strike", "asserted", ("company", "Lufthansa"), ("location", "München"))]
    matches = match_events(gold, pred)
    assert [(gi, pi) for gi, pi, _ in matches] == [(1, 0)]
    result = score(gold, pred)
    assert (result.overall.tp, result.overall.fn) == (1, 1)


def test_one_prediction_cannot_match_two_gold_parties():
    gold = ArgRecord("party", "Qualcomm"), ArgRecord("party", "Xiaomi")
    assert len(align_arguments(gold, [ArgRecord("party", "Qualcomm und Xiaomi")])) == 1


def test_strike_needs_company_or_union():
    gold = ev("strike", "asserted", ("company", "Amazon"), ("union", "Verdi"))
    assert event_matches(gold, ev("strike", "asserted", ("union", "Verdi"))) is not None
    assert event_matches(gold, ev("strike", "asserted", ("company", "Amazon.com"))) is not None
    assert event_matches(gold, ev("strike", "asserted", ("location", "Leipzig"))) is None


def test_types_filter_ignores_other_types_on_both_sides():
    gold = [QUALCOMM, ev("insolvency", "asserted", ("company", "Air Berlin"))]
    pred = [ev("merger", "asserted", ("party", "A"), ("party", "B"))]
    result = score(gold, pred, types=frozenset({"insolvency"}))
    assert set(result.per_type) == {"insolvency"}
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (0, 0, 1)


def test_scored_roles_keep_unannotated_predicted_roles_out_of_argument_precision():
    gold = ev("leadership", "asserted", ("person", "Roland Busch"), ("organization", "Siemens"))
    pred = ev("leadership", "asserted", ("person", "Roland Busch"), ("organization", "Siemens"),
              ("change", "wird", "appointed"))
    roles = {"leadership": frozenset({"person", "organization", "role"})}
    assert score([gold], [pred], scored_roles=roles).arguments.precision == 1.0
    assert score([gold], [pred]).arguments.precision == pytest.approx(2 / 3)


def test_micro_average_over_items_and_types():
    items = [GoldItem("a", "de", "t", None, [QUALCOMM]),
             GoldItem("b", "de", "t", None, [ev("insolvency", "asserted", ("company", "Wirecard"))]),
             GoldItem("c", "de", "t", None, [])]
    predictions = {"a": [QUALCOMM], "b": [], "c": [ev("layoffs", "asserted", ("company", "SAP"))]}
    result = evaluate(items, lambda item: predictions[item.id])
    assert result.items == 3
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (1, 1, 1)
    assert result.overall.precision == 0.5 and result.overall.recall == 0.5
    assert result.to_dict()["per_type"]["layoffs"]["fp"] == 1


def test_records_from_pipeline_events_keep_false_values_and_time():
    event = Event(id="v_1", type="agreement", modality="asserted",
                  arguments=[Argument("party", "Qualcomm", 0, 8), Argument("binding", "ungebundenen", value=False)],
                  time=TimeSpan("gestern", "2017-11-09", "2017-11-09"))
    record, = records_from_events([event])
    assert not record.arguments[0].has_value
    assert record.arguments[1].has_value and record.arguments[1].value is False
    assert (record.time_start, record.time_end) == ("2017-11-09", "2017-11-09")


def test_a_failing_prediction_is_reported_and_scored_as_nothing():
    items = [GoldItem("a", "de", "t", None, [QUALCOMM]), GoldItem("b", "de", "t", None, [QUALCOMM])]

    def predict(item):
        if item.id == "a":
            raise RuntimeError("boom")
        return [QUALCOMM]

    result = evaluate(items, predict)
    assert result.failures == [("a", "RuntimeError: boom")]
    assert (result.overall.tp, result.overall.fn) == (1, 1)
