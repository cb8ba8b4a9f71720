"""When an event happened or is to happen: a TimeSpan from the sentence's dates and periods.

Why the nearest date first: a sentence can hold several ("Im Juni kündigte X
an, im zweiten Quartal ... auszuliefern"); the one closest to the trigger is
most often the event's own. Without a date in the sentence, the previous
sentence of the same paragraph is its context ("Am Montag ... Der Konzern
übernimmt ..."). Durations without a position ("in den nächsten 3 Jahren")
fill the `horizon` role instead and give no time.
"""

from __future__ import annotations

from newsgraph.model import Article, Sentence, TimeSpan, Value

try:  # the normalisation package owns the conversion (periods, relative dates, deadlines)
    from newsgraph.normalize.time import value_to_timespan as _value_to_timespan
except ImportError:  # pragma: no cover - only before the normalize stage landed
    _value_to_timespan = None

TIME_KINDS = ("date", "period", "duration")


def value_to_timespan(value: Value) -> TimeSpan | None:
    if _value_to_timespan is not None:
        try:
            return _value_to_timespan(value)
        except (ValueError, KeyError, TypeError):
            return None
    v = value.value
    if value.kind == "date" and isinstance(v, dict) and v.get("date"):
        return TimeSpan(value.text, v["date"], v["date"], v)
    return None


def _spans_in(values: list[Value], start: int, end: int) -> list[tuple[Value, TimeSpan]]:
    out = []
    for v in values:
        if v.kind in TIME_KINDS and start <= v.start and v.end <= end:
            span = value_to_timespan(v)
            if span is not None:
                out.append((v, span))
    return out


def event_time(article: Article, sentence: Sentence, trigger_pos: int, index: int | None = None) -> TimeSpan | None:
    """Time of an event whose trigger is at article offset `trigger_pos` in `sentence`."""
    found = _spans_in(article.values, sentence.start, sentence.end)
    if found:
        return min(found, key=lambda vs: abs(vs[0].start - trigger_pos))[1]
    if index is None or index == 0:
        return None
    prev = article.sentences[index - 1]
    if "\n" in article.text[prev.end:sentence.start] or article.in_region(prev.start, prev.end):
        return None
    found = _spans_in(article.values, prev.start, prev.end)
    return found[-1][1] if found else None
