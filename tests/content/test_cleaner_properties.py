"""Properties of the cleaner and the region finder on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.content.plaintext import clean_text
from newsgraph.content.regions import find_regions

WORDS = ["Xiaomi", "eröffnet", "Stores", "in", "Spanien", "Teilen", "Facebook", "Mehr zum Thema", "Kommentare",
         "Über den Autor", "Veröffentlicht am 20.02.2020", "Von Anna Schmidt", "Cookies", "akzeptieren",
         "|", "Startseite", "Newsletter", "abonnieren", "Viele Grüße", "--", "", "Der Umsatz stieg.",
         "Related:", "Lesen Sie auch: Anderes", "3 Kommentare", "Antworten", "12:30 Uhr", "Home", ">"]

lines = st.lists(st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join), max_size=30).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(lines)
def test_cleaner_only_removes_lines(text):
    """Faithfulness: without placeholders or Markdown, every output line is an input line, in order
    (the body as a whole is stripped, so the first and last line may lose outer whitespace)."""
    source = [line.strip() for line in text.split("\n")]
    position = 0
    for line in clean_text(text).text.split("\n"):
        if not line.strip():
            continue
        position = source.index(line.strip(), position) + 1  # ValueError if the line was invented


@settings(max_examples=200, deadline=None)
@given(lines)
def test_regions_are_ordered_disjoint_line_spans(text):
    previous_end = -1
    for region in find_regions(text):
        assert 0 <= region.start < region.end <= len(text)
        assert region.start > previous_end
        assert region.start == 0 or text[region.start - 1] == "\n"
        assert region.end == len(text) or text[region.end] == "\n"
        previous_end = region.end

