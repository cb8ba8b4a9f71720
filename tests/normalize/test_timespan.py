"""value_to_timespan: first and last day of every resolvable date and period shape."""

from __future__ import annotations

import pytest

from newsgraph.model import Value
from newsgraph.normalize import find_values, value_to_timespan

SPANS = [
    ("date", {"date": "2017-11-09"}, "2017-11-09", "2017-11-09"),
    ("period", {"year": 2017}, "2017-01-01", "2017-12-31"),
    ("period", {"year": 2017, "quarter": 2}, "2017-04-01", "2017-06-30"),
    ("period", {"year": 2017, "quarter": 4}, "2017-10-01", "2017-12-31"),
    ("period", {"year": 2018, "half": 1}, "2018-01-01", "2018-06-30"),
    ("period", {"year": 2018, "half": 2}, "2018-07-01", "2018-12-31"),
    ("period", {"year": 2020, "month": 2}, "2020-02-01", "2020-02-29"),
    ("period", {"year": 2017, "month": 8, "part": "early"}, "2017-08-01", "2017-08-10"),
    ("period", {"year": 2017, "month": 8, "part": "mid"}, "2017-08-11", "2017-08-20"),
    ("period", {"year": 2017, "month": 8, "part": "late"}, "2017-08-21", "2017-08-31"),
    ("period", {"year": 2018, "part": "early"}, "2018-01-01", "2018-04-30"),
    ("period", {"year": 2018, "part": "mid"}, "2018-05-01", "2018-08-31"),
    ("period", {"year": 2018, "part": "late"}, "2018-09-01", "2018-12-31"),
    ("period", {"year": 2017, "week": 44}, "2017-10-30", "2017-11-05"),
    ("period", {"year": 2017, "week": 1}, "2017-01-02", "2017-01-08"),
    ("period", {"year": 2018, "season": "spring"}, "2018-03-01", "2018-05-31"),
    ("period", {"year": 2017, "season": "winter"}, "2017-12-01", "2018-02-28"),
    ("period", {"decade": 1990}, "1990-01-01", "1999-12-31"),
    ("period", {"decade": 2010, "part": "late"}, "2017-01-01", "2019-12-31"),
    ("duration", {"until": {"year": 2025}}, None, "2025-12-31"),
    ("duration", {"until": {"date": "2018-06-30"}}, None, "2018-06-30"),
    ("duration", {"since": {"year": 2015}}, "2015-01-01", None),
]


@pytest.mark.parametrize("kind,shape,start,end", SPANS)
def test_value_to_timespan(kind, shape, start, end):
    span = value_to_timespan(Value(0, 4, "text", kind, shape, "test"))
    assert span is not None
    assert (span.start, span.end) == (start, end)
    assert span.value == shape and span.text == "text"


@pytest.mark.parametrize("kind,shape", [
    ("period", {"year": None, "quarter": 2}), ("date", {"relative_days": -2}), ("date", {"weekday": 4}),
    ("duration", {"iso": "P3Y"}), ("period", {"relative_months": -1}), ("money", {"amount": 1, "currency": "EUR"}),
    ("date", {"year": None, "month": 7, "day": 23}),
])
def test_value_to_timespan_unresolvable(kind, shape):
    assert value_to_timespan(Value(0, 4, "text", kind, shape, "test")) is None


def test_timespan_from_found_value_across_year_end():
    values = find_values("Der Vertrag wurde gestern unterzeichnet.", "de", "2018-01-01")
    span = value_to_timespan(values[0])
    assert (span.text, span.start, span.end) == ("gestern", "2017-12-31", "2017-12-31")
