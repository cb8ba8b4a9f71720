"""The fresh case table (cases_fresh.py, written before the normaliser was run on it), as regression tests.

Rows that still fail are marked xfail(strict=True) with the reason, so fixing one turns the run red
until the mark is removed, and a new failure anywhere else is a plain failure.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newsgraph.normalize import canonical_org_name, canonical_role, find_values, person_name_variants

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import fresh_match  # noqa: E402

_spec = importlib.util.spec_from_file_location("cases_fresh", HERE / "cases_fresh.py")
cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cases)

KNOWN_FAILURES = {
    ("Samsungs", "de"): "a genitive -s after a consonant is not stripped without `known`: "
                        "Siemens, Philips and Reuters end the same way",
}


def _ids(rows):
    return [f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(rows)]


@pytest.mark.parametrize("category,lang,text,published,span,kind,value", cases.VALUE_CASES, ids=_ids(cases.VALUE_CASES))
def test_fresh_value(category, lang, text, published, span, kind, value):
    ok, found = fresh_match.value_case_passes(lang, text, published, span, kind, value)
    assert ok, f"{text!r}: expected {span!r} {kind} {value}, got {[(v.text, v.kind, v.value) for v in found]}"


@pytest.mark.parametrize("category,lang,text,kind", cases.NEGATIVE_CASES, ids=_ids(cases.NEGATIVE_CASES))
def test_fresh_negative(category, lang, text, kind):
    found = [(v.text, v.kind, v.value) for v in find_values(text, lang)]
    assert all(k != kind for _, k, _ in found), f"{text!r}: no {kind} expected, got {found}"


def _org_params():
    for name, lang, expected in cases.ORG_CASES:
        reason = KNOWN_FAILURES.get((name, lang))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(name, lang, expected, marks=marks)


@pytest.mark.parametrize("name,lang,expected", list(_org_params()))
def test_fresh_org_name(name, lang, expected):
    assert canonical_org_name(name, lang) == expected


@pytest.mark.parametrize("title,expected", cases.ROLE_CASES)
def test_fresh_role(title, expected):
    assert canonical_role(title) == expected


@pytest.mark.parametrize("name,expected", cases.PERSON_CASES)
def test_fresh_person_variants(name, expected):
    got = person_name_variants(name)
    assert got[:1] == expected[:1] and sorted(got) == sorted(expected)


def test_fresh_matcher_rejects_wrong_values_and_far_spans():
    """The lenient span rule still rejects a wrong value and a span that swallows the sentence."""
    assert fresh_match.value_case_passes("de", "Der Umsatz stieg um 3 Prozent.", None, "3 Prozent", "fraction",
                                         {"fraction": 0.03})[0]
    assert not fresh_match.value_case_passes("de", "Der Umsatz stieg um 3 Prozent.", None, "3 Prozent", "fraction",
                                             {"fraction": 0.3})[0]
    assert not fresh_match.value_case_passes("de", "Der Umsatz stieg um 3 Prozent.", None, "3 Prozent", "count",
                                             {"amount": 3, "unit": None})[0]
    assert fresh_match.same_value({"fraction": 1 / 3}, {"fraction": 0.333333})
    assert not fresh_match.same_value({"amount": 2, "unit": None}, {"amount": 2, "unit": "store"})
