"""Canonical organisation names, roles, person name variants and place lookup (shared case table)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsgraph.normalize import canonical_org_name, canonical_role, lookup_place, person_name_variants

_spec = importlib.util.spec_from_file_location("cases_values", Path(__file__).with_name("cases_values.py"))
cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cases)


@pytest.mark.parametrize("name,lang,expected", cases.ORG_CASES)
def test_canonical_org_name(name, lang, expected):
    assert canonical_org_name(name, lang) == expected


def test_canonical_org_name_known_names_decide_genitive():
    assert canonical_org_name("Qualcomms", "de", known={"Qualcomm"}) == "Qualcomm"
    assert canonical_org_name("Qualcomms", "de") == "Qualcomms"
    assert canonical_org_name("Xiaomis", "en") == "Xiaomis"  # English has no -s genitive


@pytest.mark.parametrize("title,expected", cases.ROLE_CASES)
def test_canonical_role(title, expected):
    assert canonical_role(title) == expected


@pytest.mark.parametrize("name,expected", cases.PERSON_CASES)
def test_person_name_variants(name, expected):
    assert person_name_variants(name) == expected


@pytest.mark.parametrize("text,lang,expected", cases.LOOKUP_CASES)
def test_lookup_place(text, lang, expected):
    assert lookup_place(text, lang) == expected
