"""Sentence splitting: German abbreviations, ordinal dates, numbers, quotes, line breaks."""

from __future__ import annotations

import pytest

from newsgraph.nlp.segment import split_sentences


@pytest.mark.parametrize("text,lang,expected", [
    ("Am 10. November 2017 kam er. Dann ging er.", "de", ["Am 10. November 2017 kam er.", "Dann ging er."]),
    ("Xiaomi eröffnet 2.000 Läden, z.B. in Spanien. Der Umsatz steigt um 3,5 Prozent.", "de",
     ["Xiaomi eröffnet 2.000 Läden, z.B. in Spanien.", "Der Umsatz steigt um 3,5 Prozent."]),
    ("Das sagte Dr. Müller. \"Wir sind froh.\" Er ging.", "de",
     ["Das sagte Dr. Müller.", "\"Wir sind froh.\"", "Er ging."]),
    ("Er wurde im 3. Quartal Zweiter. Das Ende.", "de", ["Er wurde im 3. Quartal Zweiter.", "Das Ende."]),
    ("Überschrift ohne Punkt\nDer Text folgt.", "de", ["Überschrift ohne Punkt", "Der Text folgt."]),
    ("He works at Apple Inc. The company agreed.", "en", ["He works at Apple Inc.", "The company agreed."]),
    ("„Gut“, sagte er. Wirklich?", "de", ["„Gut“, sagte er.", "Wirklich?"]),
])
def test_split_sentences(text: str, lang: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, lang)] == expected
