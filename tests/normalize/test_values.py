"""Table-driven tests of find_values over the team's case table (tests/normalize/cases_values.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsgraph.normalize import find_values

_spec = importlib.util.spec_from_file_location("cases_values", Path(__file__).with_name("cases_values.py"))
cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cases)


def _ids(rows):
    return [f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(rows)]


@pytest.mark.parametrize("category,lang,text,published,span,kind,value", cases.VALUE_CASES, ids=_ids(cases.VALUE_CASES))
def test_value_case(category, lang, text, published, span, kind, value):
    values = find_values(text, lang, published)
    found = [(v.text, v.kind, v.value) for v in values]
    assert (span, kind, value) in found, f"{text!r}: expected {(span, kind, value)}, got {found}"


@pytest.mark.parametrize("category,lang,text,kind", cases.NEGATIVE_CASES, ids=_ids(cases.NEGATIVE_CASES))
def test_negative_case(category, lang, text, kind):
    found = [(v.text, v.kind, v.value) for v in find_values(text, lang)]
    assert all(k != kind for _, k, _ in found), f"{text!r}: no {kind} expected, got {found}"
