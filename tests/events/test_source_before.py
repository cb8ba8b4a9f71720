"""`sentence.source_before_at` must answer as `_SOURCE_BEFORE.search(text, start, end)` does.

Why: it asks the pattern's lower-case twin over the slice first and skips the search where the twin finds nothing;
that is only sound while the pattern's look-behinds stay negative and the twin stays a superset. Checked before every
word of the gold texts, with the 60-character window `roles._antecedent` uses."""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.events.evaluate import read_gold
from newsgraph.events.sentence import _SOURCE_BEFORE, source_before_at

DATA = Path(__file__).resolve().parents[1] / "data"


def test_source_before_at_agrees_with_the_pattern() -> None:
    texts = [item.text for path in (DATA / "events_gold_de.jsonl", DATA / "events_gold_en.jsonl")
             for item in read_gold(path)]
    texts += ["Laut Reuters will Acme wachsen.", "Analysten der Bank Nordlicht erwarten, dass Acme wächst.",
              "according to Bloomberg, Acme grows", "Xlaut Acme"]
    found = 0
    for text in texts:
        for w in re.finditer(r"(?<!\w)\w", text):
            start, end = max(0, w.start() - 60), w.start()
            expected = _SOURCE_BEFORE.search(text, start, end) is not None
            assert source_before_at(text, start, end) == expected, (text[start:end], expected)
            found += expected
    assert found > 10
