"""Publication dates written on a dateline ("Veröffentlicht am 20.02.2020", "Published: March 3, 2021")."""

from __future__ import annotations

import datetime as dt

from newsgraph.content import patterns as P


def parse_date_prefix(text: str) -> tuple[str, str] | None:
    """(ISO date, rest of text) when `text` starts with a date in one of patterns.DATE_FORMS."""
    text = P.WEEKDAY_PREFIX.sub("", text.strip(), count=1)
    for _name, pattern in P.DATE_FORMS:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["m"]) if parts.get("m") else P.MONTHS.get(parts["mn"].lower().rstrip("."))
        try:
            day = dt.date(int(parts["y"]), month or 0, int(parts["d"]))
        except (TypeError, ValueError):
            continue
        return day.isoformat(), text[match.end():]
    return None


def parse_dateline(line: str) -> tuple[str, str] | None:
    """(ISO date, remainder) when `line` is a dateline: an optional label, a date, then an optional time.

    The remainder is what follows the date and time (for instance a byline) and may be empty.
    A line with other text before the date is not a dateline.
    """
    label = P.DATE_LABEL.match(line)
    rest = line[label.end():] if label else line
    parsed = parse_date_prefix(rest)
    if parsed is None:
        return None
    iso, tail = parsed
    time_part = P.DATELINE_TAIL.match(tail)
    if time_part:
        return iso, ""
    # "Veröffentlicht am 20.02.2020 von Anna Schmidt": keep the byline for the caller
    tail = tail.lstrip(" ,|·•–—-")
    tail = P.DATELINE_TIME_PREFIX.sub("", tail, count=1)
    if label and P.BYLINE.match(tail):
        return iso, tail
    return None
