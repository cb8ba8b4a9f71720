"""consistency.whole_word_occurrences finds what the whole-word regular expression finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.nlp.consistency import whole_word_occurrences

_ALPHABET = "ab_ 1-.Ää\u00b2\u0663\u2167\n"  # letters, underscore, digits, a superscript, Arabic and Roman numerals


def _regex(text: str, name: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]


@settings(max_examples=500)
@given(st.text(_ALPHABET, max_size=40), st.text(_ALPHABET, min_size=1, max_size=4))
def test_same_matches_as_the_regex(text: str, name: str) -> None:
    assert list(whole_word_occurrences(text, name)) == _regex(text, name)


def test_examples() -> None:
    text = "Xiaomi-Chef sagt: Xiaomi wächst. XiaomiX nicht, _Xiaomi nicht, (Xiaomi) ja."
    assert [text[a:b] for a, b in whole_word_occurrences(text, "Xiaomi")] == ["Xiaomi"] * 3
    assert list(whole_word_occurrences(text, "Xiaomi")) == _regex(text, "Xiaomi")
    assert list(whole_word_occurrences("aaaa", "aa")) == _regex("aaaa", "aa") == []
    assert list(whole_word_occurrences("aa aa", "aa")) == [(0, 2), (3, 5)]
