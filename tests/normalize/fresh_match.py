"""Scoring of the fresh case table (cases_fresh.py), shared by its test and bench/normalize_bench.py.

The value must be exact (floats to 1e-6); the span may be wider than the expected core by at most
three words, because where a leading preposition belongs ('am 23. Juli' or '23. Juli') is a
convention of the rules, not something the fresh cases were written to test.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any, Callable

from newsgraph.normalize import canonical_org_name, canonical_role, find_values, person_name_variants

MAX_EXTRA_WORDS = 3


def same_value(found: Any, expected: Any) -> bool:
    """Equal shapes; numbers compared with a relative tolerance of 1e-6 (thirds, float sums)."""
    if isinstance(expected, dict):
        return isinstance(found, dict) and found.keys() == expected.keys() and all(
            same_value(found[k], expected[k]) for k in expected)
    if isinstance(expected, bool) or isinstance(found, bool):
        return found is expected
    if isinstance(expected, (int, float)) and isinstance(found, (int, float)):
        return math.isclose(found, expected, rel_tol=1e-6, abs_tol=1e-12)
    return found == expected


def value_case_passes(lang: str, text: str, published: str | None, span: str, kind: str, value: Any) -> tuple[bool, list]:
    """(passed, what was found) for one VALUE_CASES row."""
    start = text.index(span)
    end = start + len(span)
    values = find_values(text, lang, published)
    for v in values:
        if v.kind != kind or not same_value(v.value, value) or v.start > start or v.end < end:
            continue
        extra = text[v.start:start] + " " + text[end:v.end]
        if len(extra.split()) <= MAX_EXTRA_WORDS:
            return True, values
    return False, values


def _variants_match(found: list[str], expected: list[str]) -> bool:
    return bool(found) and found[0] == expected[0] and set(found) == set(expected) and len(found) == len(expected)


def score(cases) -> tuple[dict[str, list[int]], list[str]]:
    """category → [passed, total] and one line per failure, over every table of `cases`."""
    result: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[str] = []
    for category, lang, text, published, span, kind, value in cases.VALUE_CASES:
        ok, found = value_case_passes(lang, text, published, span, kind, value)
        result[category][0] += ok
        result[category][1] += 1
        if not ok:
            got = [(v.text, v.kind, v.value) for v in found]
            failures.append(f"{category}/{lang}: {text!r} (published {published}) expected {span!r} {kind} {value}; got {got}")
    for _category, lang, text, kind in cases.NEGATIVE_CASES:
        found = [(v.text, v.kind, v.value) for v in find_values(text, lang)]
        ok = all(k != kind for _, k, _ in found)
        result["negative (must not fire)"][0] += ok
        result["negative (must not fire)"][1] += 1
        if not ok:
            failures.append(f"negative/{lang}: {text!r} must not give {kind}; got {found}")
    tables: list[tuple[str, list, Callable[[tuple], Any], Callable[[tuple, Any], bool]]] = [
        ("org name", cases.ORG_CASES, lambda r: canonical_org_name(r[0], r[1]), lambda r, got: got == r[2]),
        ("role", cases.ROLE_CASES, lambda r: canonical_role(r[0]), lambda r, got: got == r[1]),
        ("person variants", cases.PERSON_CASES, lambda r: person_name_variants(r[0]),
         lambda r, got: _variants_match(got, r[1])),
    ]
    for name, rows, run, check in tables:
        for row in rows:
            got = run(row)
            ok = check(row, got)
            result[name][0] += ok
            result[name][1] += 1
            if not ok:
                failures.append(f"{name}: {row!r} got {got!r}")
    return dict(result), failures
