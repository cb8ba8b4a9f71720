"""The shipped city table is exactly what build_places.py makes from the pinned packages."""

from __future__ import annotations

import gzip

import pytest

from newsgraph.normalize import build_places


@pytest.fixture(scope="module")
def rows():
    return build_places.build()


def test_shipped_city_table_is_reproducible(rows):
    with gzip.open(build_places.OUT, "rt", encoding="utf-8") as fh:
        shipped = [tuple(line.rstrip("\n").split("\t")) for line in fh if not line.startswith("#")]
    assert shipped == [tuple(map(str, row)) for row in rows]


def test_city_table_keeps_exonyms_and_drops_common_words(rows):
    surfaces = {row[0]: row for row in rows}
    assert surfaces["Peking"][1:3] == ("Beijing", "CN")
    assert surfaces["Köln"][1:3] == ("Cologne", "DE")
    assert surfaces["Rom"][1:3] == ("Rome", "IT")
    for word in ("Kanton", "Mitte", "Lira", "Welt", "Metro"):
        assert word not in surfaces
