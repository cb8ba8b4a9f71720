"""Dates, periods and durations, anchored to the publication date when there is one.

Shapes (see docs/normalize.md):
- date: {"date": "2017-11-09"}; unanchored relative days {"relative_days": -1};
  a day and month without year and anchor {"year": None, "month": 7, "day": 23};
  a weekday without anchor {"weekday": 4} (ISO, Monday = 1), plus "direction".
- period: {"year": 2017|None} plus one of "quarter", "half", "month", "week",
  "season", and optionally "part" ("early" | "mid" | "late"); unanchored
  relative periods {"relative_years": -1}, {"relative_months": -1}, {"relative_weeks": -1}.
- duration: {"iso": "P3Y"}; deadlines {"until": <period or date>} ('bis 2025');
  starting points {"since": <period or date>} ('seit 2015').

Anchoring (`published` given): items without a year take the year that puts
them nearest to the publication date (ties: the publication year), so
'am 28. Dezember' in an article of 3 January is last December. A bare weekday
is the most recent such day on or before publication, unless a modifier
(nächsten, kommenden, next) or a future cue in the same text (wird, soll, will)
points forward; letzten/vergangenen/last means strictly before.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable

from newsgraph.model import TimeSpan, Value
from newsgraph.normalize.lang import de, en
from newsgraph.normalize.numbers import lexicon, parse_number_words
from newsgraph.normalize.spans import Candidate

_END = r"(?![\wäöüÄÖÜß])"
_YEAR = r"(?:18|19|20|21)\d\d"


@dataclass(frozen=True)
class TimeContext:
    published: date | None
    future: bool = False  # the sentence speaks of the future (wird, soll, will)
    past: bool = False  # the sentence speaks of the past (wurde, stieg, was, rose) and not of the future


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mär",
                  "mrz", "okt", "dez"}


def _month_alts(lx) -> tuple[str, str]:
    full = [m for m in lx.MONTHS if "." not in m and m not in _ABBREVIATIONS]
    return _alt(lx.MONTHS), _alt(full)


def _num(raw: str | None, lang: str) -> int | None:
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    value = parse_number_words(raw, lang)
    if value is None or value != int(value) or value <= 0:
        return None
    return int(value)


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.strip("'’")
    y = int(raw)
    return 2000 + y if len(raw) == 2 else y


# ---------------------------------------------------------------- anchoring helpers

def nearest_year(anchor: date | None, month: int, day: int | None = None, future: bool = False,
                 past: bool = False) -> int | None:
    """The year putting (month, day) nearest to the anchor.

    Months count as whole units (a month is as near as its distance in months);
    a tie goes to the past, or to the future when the sentence speaks of the
    future — then months before the anchor's month are not considered at all;
    when it speaks only of the past, months after the anchor's are not.
    """
    if anchor is None:
        return None
    here = anchor.year * 12 + anchor.month - 1
    if day is not None:
        best = None
        for y in (anchor.year, anchor.year - 1, anchor.year + 1):
            try:
                candidate = date(y, month, min(day, calendar.monthrange(y, month)[1]))
            except ValueError:
                continue
            if future and candidate < anchor or past and candidate > anchor:
                continue
            dist = (abs((candidate - anchor).days), candidate > anchor if not future else candidate < anchor)
            if best is None or dist < best[0]:
                best = (dist, y)
        return best[1] if best else anchor.year
    return _nearest(here, [(y, y * 12 + month - 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)],
                    future, past)


def _nearest(here: int, options: list[tuple[int, int]], future: bool, past: bool = False) -> int:
    """Pick the year whose unit index is nearest to `here`; ties to the past unless `future`."""
    if future:
        options = [o for o in options if o[1] >= here] or options
    elif past:
        options = [o for o in options if o[1] <= here] or options
    return min(options, key=lambda o: (abs(o[1] - here), (o[1] > here) != future))[0]


def _nearest_unit_year(anchor: date | None, index: int, per_year: int, future: bool = False,
                       past: bool = False) -> int | None:
    """Year for the index-th quarter (per_year=4) or half (per_year=2) nearest to the anchor."""
    if anchor is None:
        return None
    here = anchor.year * per_year + (anchor.month - 1) * per_year // 12
    return _nearest(here, [(y, y * per_year + index - 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)],
                    future, past)


def shift_months(anchor: date, months: int) -> tuple[int, int]:
    total = anchor.year * 12 + anchor.month - 1 + months
    return total // 12, total % 12 + 1


def resolve_relative_date(days: int, anchor: date | None) -> dict:
    """'vor 2 Tagen' → {"date": anchor - 2} or {"relative_days": -2} without anchor."""
    if anchor is None:
        return {"relative_days": days}
    return {"date": (anchor + timedelta(days=days)).isoformat()}


def resolve_weekday(weekday: int, anchor: date | None, direction: str | None) -> dict:
    """Weekday (ISO 1–7) → date; direction 'past' (strictly before), 'next' (strictly after) or None."""
    if anchor is None:
        return {"weekday": weekday, **({"direction": direction} if direction else {})}
    delta = (anchor.isoweekday() - weekday) % 7
    if direction == "past":
        delta = delta or 7
        return {"date": (anchor - timedelta(days=delta)).isoformat()}
    if direction == "this":
        return {"date": (anchor + timedelta(days=weekday - anchor.isoweekday())).isoformat()}
    if direction in ("next", "future"):
        ahead = (weekday - anchor.isoweekday()) % 7
        if direction == "next":
            ahead = ahead or 7
        return {"date": (anchor + timedelta(days=ahead)).isoformat()}
    return {"date": (anchor - timedelta(days=delta)).isoformat()}


def _relative_shift(word: str, lx) -> int | None:
    w = word.lower().split()[-1]
    if w in lx.PAST_WORDS or w in ("vorjahr", "vorjahres"):
        return -1
    if w in lx.THIS_WORDS:
        return 0
    if w in lx.NEXT_WORDS:
        return 1
    return None


# ---------------------------------------------------------------- rule handlers

def _date_value(y: int | None, mo: int, d: int, ctx: TimeContext) -> dict | None:
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if y is None:
        y = nearest_year(ctx.published, mo, d, ctx.future, ctx.past)
    if y is None:
        return {"year": None, "month": mo, "day": d}
    try:
        return {"date": date(y, mo, d).isoformat()}
    except ValueError:
        return None


def _h_day_month(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    return "date", _date_value(_year(m.group("y")), lx.MONTHS[m.group("m").lower()], int(m.group("d")), ctx)


def _h_numeric_dmy(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    return "date", _date_value(_year(m.group("y")), int(m.group("m")), int(m.group("d")), ctx)


def _h_relative_day(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    key = re.sub(r"\s+", " ", m.group("w").lower())
    return "date", resolve_relative_date(lx.RELATIVE_DAYS[key], ctx.published)


def _h_ago(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    n = _num(m.group("n"), "de" if lx is de else "en")
    unit = lx.TIME_UNITS.get(m.group("u").lower())
    if n is None or unit is None:
        return None
    if unit in ("H", "MIN", "S"):
        return "date", resolve_relative_date(0, ctx.published)
    if unit in ("D", "W"):
        return "date", resolve_relative_date(-n * (7 if unit == "W" else 1), ctx.published)
    if unit == "M":
        if ctx.published is None:
            return "period", {"relative_months": -n}
        y, mo = shift_months(ctx.published, -n)
        return "period", {"year": y, "month": mo}
    if unit == "Y":
        return "period", {"year": ctx.published.year - n if ctx.published else None,
                          **({} if ctx.published else {"relative_years": -n})}
    return None


def _h_weekday(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    weekday = lx.WEEKDAYS[m.group("wd").lower()]
    mod = (m.group("mod") or "").lower().split()
    direction = None
    if mod and (mod[-1] in lx.PAST_WORDS or mod[-1] in ("last", "past")):
        direction = "past"
    elif mod and (mod[-1] in lx.NEXT_WORDS or mod[-1] in ("next", "coming")):
        direction = "next"
    elif mod and mod[-1] in ("this", "diesen", "dieser", "diese"):
        direction = "this"
    elif ctx.future:
        direction = "future"
    return "date", resolve_weekday(weekday, ctx.published, direction)


def _h_rel_week(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    shift = _relative_shift(m.group("mod"), lx)
    if shift is None:
        return None
    if ctx.published is None:
        return "period", {"relative_weeks": shift}
    iso = (ctx.published + timedelta(weeks=shift)).isocalendar()
    return "period", {"year": iso[0], "week": iso[1]}


def _h_rel_month(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    shift = _relative_shift(m.group("mod"), lx)
    if shift is None:
        return None
    if ctx.published is None:
        return "period", {"relative_months": shift}
    y, mo = shift_months(ctx.published, shift)
    return "period", {"year": y, "month": mo}


def _h_rel_year(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    shift = -1 if m.groupdict().get("mod2") else _relative_shift(m.group("mod"), lx)  # 'im Vorjahr' 
    if shift is None:
        return None
    if ctx.published is None:
        return "period", {"year": None, "relative_years": shift}
    return "period", {"year": ctx.published.year + shift}


def _h_whole_year(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    """'für das Gesamtjahr', 'for the full year': the year of publication, as forecasts and running figures mean it;
    told in the past tense in the first quarter (the season of annual results: "Im Gesamtjahr stieg der Umsatz") it
    is the year just closed."""
    shift = -1 if ctx.past and ctx.published is not None and ctx.published.month <= 3 else 0
    if ctx.published is None:
        return "period", {"year": None, "relative_years": 0}
    return "period", {"year": ctx.published.year + shift}


def _year_from_rel(rel: str | None, ctx: TimeContext, lx) -> tuple[bool, int | None, dict]:
    """'des laufenden Jahres', 'this year', 'next year' → (matched, year, extra)."""
    if not rel:
        return False, None, {}
    words = rel.lower().split()
    shift = 0
    for w in words:
        s = _relative_shift(w, lx)
        if s is not None:
            shift = s
    if ctx.published is None:
        return True, None, ({"relative_years": shift} if shift else {})
    return True, ctx.published.year + shift, {}


def _h_quarter(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    g = m.groupdict()
    ordinal = (g.get("ord") or g.get("q") or "").lower()
    y = _year(g.get("y") or g.get("y2"))
    if ordinal in lx.LAST_ORDINALS or ordinal in lx.CURRENT_WORDS or ordinal in ("laufenden", "current"):
        if ctx.published is None:
            shift = 0 if ordinal in lx.CURRENT_WORDS or ordinal in ("laufenden", "current") else -1
            return "period", {"year": None, "quarter": None, "relative_quarters": shift}
        q_index = ctx.published.year * 4 + (ctx.published.month - 1) // 3
        if ordinal in lx.LAST_ORDINALS:
            q_index -= 1
        return "period", {"year": q_index // 4, "quarter": q_index % 4 + 1}
    q = lx.ORDINALS.get(ordinal) or (int(ordinal) if ordinal.isdigit() else None)
    if not q or not 1 <= q <= 4:
        return None
    return _quarter_value(q, y, g, ctx, lx)


_QUARTER_WORDS = {"schluss": 4, "auftakt": 1, "start": 1, "eröffnungs": 1}
"""German quarter compounds: 'Schlussquartal' is the fourth, 'Auftaktquartal' the first."""


def _h_quarter_word(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    g = m.groupdict()
    return _quarter_value(_QUARTER_WORDS[g["comp"].lower()], _year(g.get("y")), g, ctx, lx)


def _quarter_value(q: int, y: int | None, g: dict, ctx: TimeContext, lx) -> tuple[str, Any]:
    extra: dict = {}
    if y is None:
        matched, y, extra = _year_from_rel(g.get("rel"), ctx, lx)
        if not matched:
            y = _nearest_unit_year(ctx.published, q, 4, ctx.future, ctx.past)
    return "period", {"year": y, "quarter": q, **extra}


def _h_half(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    g = m.groupdict()
    ordinal = (g.get("ord") or g.get("h") or "").lower()
    h = lx.ORDINALS.get(ordinal) or (int(ordinal) if ordinal.isdigit() else None)
    if h not in (1, 2):
        return None
    y = _year(g.get("y") or g.get("y2"))
    extra: dict = {}
    if y is None:
        matched, y, extra = _year_from_rel(g.get("rel"), ctx, lx)
        if not matched:
            y = _nearest_unit_year(ctx.published, h, 2, ctx.future, ctx.past)
    return "period", {"year": y, "half": h, **extra}


def _part(word: str, lx) -> str | None:
    w = re.sub(r"\s+", " ", word.lower()).strip()
    table = {**de.PART_WORDS, **en.PART_WORDS, **de.YEAR_PART_COMPOUNDS}
    return table.get(w) or table.get(w.replace("the ", "", 1))


def _h_part_year(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    g = m.groupdict()
    part = _part(g.get("part") or g.get("comp") or "", lx)
    if part is None:
        return None
    y = _year(g.get("y"))
    extra: dict = {}
    if y is None:
        _, y, extra = _year_from_rel(g.get("rel") or "this", ctx, lx)
    return "period", {"year": y, "part": part, **extra}


def _h_month(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    g = m.groupdict()
    raw = g["m"]
    if lx is en and raw in en.AMBIGUOUS_MONTHS and not (g.get("prep") or g.get("part") or g.get("y")
                                                         or g.get("lb") is not None):
        return None
    if lx is en and raw[0].islower():
        return None
    mo = lx.MONTHS[raw.lower()]
    y = _year(g.get("y"))
    if y is None:
        y = nearest_year(ctx.published, mo, future=ctx.future, past=ctx.past)
        before = m.string[max(0, m.start() - 6):m.start()].lower()
        if y is not None and ctx.published and re.search(r"(?:seit|since|from|ab) $", before):
            y = ctx.published.year if mo <= ctx.published.month else ctx.published.year - 1
        elif y is not None and ctx.published and re.search(r"(?:bis|until|by) $", before):
            y = ctx.published.year if mo >= ctx.published.month else ctx.published.year + 1
    value: dict = {"year": y, "month": mo}
    if g.get("part"):
        part = _part(g["part"], lx)
        if part:
            value["part"] = part
    return "period", value


def _h_season(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    g = m.groupdict()
    raw = g["s"].lower()
    if lx is en and raw == "fall" and not (g.get("y") or g.get("prep")):
        return None
    y = _year(g.get("y"))
    if y is None and ctx.published is not None:
        y = ctx.published.year
    return "period", {"year": y, "season": lx.SEASONS[raw]}


def _h_holiday(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    mo, d = lx.HOLIDAYS[re.sub(r"\s+", " ", m.group("h"))]
    return "date", _date_value(_year(m.groupdict().get("y")), mo, d, ctx)


def _h_decade(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    g = m.groupdict()
    raw = g.get("dec")
    if raw:
        decade = int(raw) if len(raw) == 4 else (1900 + int(raw) if int(raw) >= 30 else 2000 + int(raw))
    elif ctx.published is not None:
        decade = ctx.published.year // 10 * 10
    else:
        decade = None
    value: dict = {"decade": decade}
    part_word = g.get("part") or g.get("part2")
    if part_word:
        part = _part(part_word.replace("-", " ").strip(), lx)
        if part:
            value["part"] = part
    return "period", value


def _h_year(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    return "period", {"year": int(m.group("y"))}


def _h_duration(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    raw = m.group("n")
    n = int(raw) if raw.isdigit() else parse_number_words(raw, "de" if lx is de else "en")
    unit_word = m.group("u").lower()
    unit = lx.TIME_UNITS.get(unit_word) or {"jährig": "Y", "monatig": "M", "wöchig": "W", "tägig": "D",
                                            "year": "Y", "month": "M", "week": "W", "day": "D"}.get(unit_word)
    if n is None or unit is None or n <= 0:
        return None
    if unit_word == "jährig" and raw.isdigit() and n >= 16:
        return None  # 'der 48-jährige Manager' is an age, not a contract term
    if unit == "Q" and _OF.match(m.string, m.end()):
        return None  # 'accounts for a quarter of its sales' is a fraction
    return "duration", iso_duration(n, unit)


_OF = re.compile(r"\s+of\b")


def _h_duration_one(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    """'over the next decade', 'innerhalb des nächsten Jahres': one unit."""
    word = m.group("u").lower()
    unit = "DEC" if word.startswith(("decade", "jahrzehnt")) else {"y": "Y", "j": "Y", "m": "M", "q": "Q", "w": "W"}[word[0]]
    return "duration", iso_duration(1, unit)


def iso_duration(n, unit: str) -> dict | None:
    """Amount and unit (DEC, Y, Q, M, W, D, H, MIN) → {"iso": ...}; quarters become months, decades years,
    halves the next smaller unit (ISO 8601 has no quarter or decade designator)."""
    smaller = {"Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60)}
    if unit == "Q":
        n, unit = n * 3, "M"
    elif unit == "DEC":
        n, unit = n * 10, "Y"
    if n != int(n):
        if unit not in smaller:
            return None
        unit, factor = smaller[unit]
        n = n * factor
        if n != int(n):
            return None
    n = int(n)
    if unit in ("H", "MIN", "S"):
        return {"iso": f"PT{n}{'M' if unit == 'MIN' else unit}"}
    return {"iso": f"P{n}{unit}"}


# ---------------------------------------------------------------- rule tables

Handler = Callable[[re.Match, TimeContext, Any], "tuple[str, Any] | None"]


@lru_cache(maxsize=4)
def rules(lang: str) -> tuple[tuple[str, re.Pattern[str], Handler], ...]:
    """(rule name, pattern, handler) for one language, most specific first."""
    lx = lexicon(lang)
    month_all, month_full = _month_alts(lx)
    wd = _alt(lx.WEEKDAYS)
    past, this, nxt = (f"(?i:{_alt(lx.PAST_WORDS)})", f"(?i:{_alt(lx.THIS_WORDS)})",
                       f"(?i:{_alt(lx.NEXT_WORDS)})")
    units = _alt(lx.TIME_UNITS)
    if lx is de:
        num = r"\d+|[a-zäöüß]+"
        ords = _alt(list(lx.ORDINALS) + list(lx.LAST_ORDINALS) + list(lx.CURRENT_WORDS))
        rel_year = rf"(?:des|dieses|nächsten|kommenden|vergangenen|letzten)\s+(?:(?:{this}|{past}|{nxt})\s+)?(?:Geschäftsj|J)ahres"
        table = [
            ("date.de.day_month", rf"(?:(?:[Aa]m|[Vv]om)\s+)?(?:(?:{_title_alt(wd)}),?\s+(?:(?:den|dem)\s+)?)?(?<!\d)(?P<d>\d{{1,2}})\.\s?(?P<m>(?i:{month_all})){_END}(?:\s+(?P<y>{_YEAR})(?!\d))?", _h_day_month),
            ("date.de.numeric", rf"(?:(?:[Aa]m|[Vv]om)\s+)?(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{_YEAR}|\d\d(?!\d))?", _h_numeric_dmy),
            ("date.iso", rf"(?<!\d)(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)", _h_numeric_dmy),
            ("date.de.relative_day", rf"(?<![\wäöü])(?P<w>vorgestern|Vorgestern|gestern|Gestern|heute|Heute|übermorgen|Übermorgen|morgen){_END}(?:\s+(?:Morgen|Abend|Nachmittag|Vormittag|Mittag|Nacht|früh))?", _h_relative_day),
            ("date.de.ago", rf"(?<![\wäöü])[vV]or\s+(?P<n>{num})\s+(?P<u>(?i:{units})){_END}", _h_ago),
            ("date.de.weekday", rf"(?:(?P<mod>(?:[Aa]m|[Aa]n|den)\s+(?:{past}|{nxt}|{this})|{past}|{nxt}|{this}|[Aa]m|an)\s+)?(?P<wd>(?i:{wd}))(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?{_END}", _h_weekday),
            ("period.de.relative_week", rf"(?:(?:[Ii]n\s+der|in\s+dieser|diese)\s+)?(?P<mod>{past}|{this}|{nxt})\s+Woche{_END}", _h_rel_week),
            ("period.de.relative_month", rf"(?:(?:[Ii]m|in\s+diesem)\s+)?(?P<mod>{past}|{this}|{nxt})\s+Monat(?:s|es)?{_END}", _h_rel_month),
            ("period.de.relative_year", rf"(?:(?:[Ii]m|in\s+diesem|in)\s+)?(?:(?P<mod>{past}|{this}|{nxt})\s+(?:Geschäftsj|J)ahr(?:es|s)?|(?P<mod2>Vorjahr(?:es)?))(?![\wäöü-])", _h_rel_year),
            ("period.de.whole_year", rf"(?:(?:(?:[Ii]m|[Ff]ür\s+das|[Dd]as|[Ii]n\s+dem|[Aa]uf\s+das)\s+)?Gesamt(?:geschäfts)?jahr(?:es|s)?|(?:[Ii]m|[Ff]ür\s+das|[Dd]as|[Aa]uf\s+das)\s+(?:gesamten?|ganzen?)\s+(?:Geschäftsj|J)ahr(?:es|s)?){_END}(?!\s+(?:{_YEAR}|\d\d/))", _h_whole_year),
            ("period.de.quarter", rf"(?:(?:[Ii]m|in\s+dem|für\s+das|das)\s+)?(?P<ord>{ords})\s+(?:Geschäfts)?[Qq]uartal(?:s|es)?(?:\s+(?:des\s+(?:Geschäfts)?[Jj]ahres\s+)?(?P<y>{_YEAR})|\s+(?P<rel>{rel_year}))?{_END}", _h_quarter),
            ("period.de.quarter_word", rf"(?:(?:[Ii]m|in\s+dem|für\s+das|das)\s+)?(?P<comp>Schluss|Auftakt|Start|Eröffnungs)quartal(?:s|es)?(?:\s+(?P<y>{_YEAR})|\s+(?P<rel>{rel_year}))?{_END}", _h_quarter_word),
            ("period.quarter_code", rf"(?:(?:[Ii]m|in)\s+)?(?<![\w-])(?:Q(?P<q>[1-4])(?:\s*[/'’-]?\s*(?P<y>{_YEAR})|\s*[/'’]\s*(?P<y2>\d\d))?|(?P<q2>[1-4])Q(?P<y3>\d\d|{_YEAR})){_END}", _h_quarter_code),
            ("period.de.half", rf"(?:(?:[Ii]m|in\s+der|in\s+den|für\s+das|das)\s+)?(?P<ord>ersten|zweiten|1\.|2\.)\s+(?:Halbjahr(?:es|s)?|Jahreshälfte|Hälfte\s+des\s+(?:Geschäftsj|J)ahres)(?:\s+(?P<y>{_YEAR})|\s+(?P<rel>{rel_year}))?{_END}", _h_half),
            ("period.half_code", rf"(?:(?:[Ii]m|in)\s+)?(?<![\w-])(?:H(?P<h>[12])(?:\s*[/'’-]?\s*(?P<y>{_YEAR})|\s*[/'’]\s*(?P<y2>\d\d))?){_END}", _h_half),
            ("period.de.part_year", rf"(?P<part>Anfang|Beginn|Mitte|Ende)\s+(?:(?:des\s+Jahres)\s+)?(?P<y>{_YEAR}){_END}", _h_part_year),
            ("period.de.part_relative_year", rf"(?P<part>Anfang|Beginn|Mitte|Ende)\s+(?P<rel>(?:des|dieses|nächsten|kommenden|vergangenen|letzten)\s+(?:(?:{this}|{past}|{nxt})\s+)?Jahres){_END}", _h_part_year),
            ("period.de.year_part_word", rf"(?:(?:am|zum)\s+)?(?P<comp>Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte)(?:\s+(?P<y>{_YEAR}))?{_END}", _h_part_year),
            ("period.de.part_month", rf"(?P<part>Anfang|Mitte|Ende)\s+(?P<m>(?i:{month_full})){_END}(?:\s+(?P<y>{_YEAR}))?", _h_month),
            ("period.de.month", rf"(?:(?P<prep>[Ii]m|Anfang|Mitte|Ende)\s+|(?P<lb>(?<=seit )|(?<=ab )|(?<=bis )))?(?P<m>{_title_alt(month_full)}){_END}(?:\s+(?P<y>{_YEAR})(?!\d))?", _h_month),
            ("period.de.season", rf"(?:(?P<prep>[Ii]m|ab|seit)\s+)?(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter)(?:\s+(?P<y>{_YEAR}))?{_END}", _h_season),
            ("duration.de.span", rf"(?:(?<![\wäöü])(?P<pre>(?i:{_alt_re(lx.DURATION_PREFIXES)}))\s+)?(?<![\wäöü])(?P<n>{num})\s+(?P<u>(?i:{units})){_END}(?:\s+lang)?", _h_duration),
            ("duration.de.next_unit", rf"(?P<pre>(?i:über\s+das|während\s+des|innerhalb\s+des|für\s+das)\s+(?:nächste|kommende|vergangene|letzte)[ns]?)\s+(?P<u>Jahrzehnts?|Jahr(?:es|s)?|Monats?|Quartals?|Woche){_END}", _h_duration_one),
            ("duration.de.adjective", rf"(?<![\wäöü])(?P<n>\d+|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)-?(?P<u>jährig|monatig|wöchig|tägig)[a-zäöüß]*", _h_duration),
            ("date.de.holiday", rf"(?:(?:[Aa]n|[Zz]u|[Aa]m)\s+)?(?P<h>{_alt(lx.HOLIDAYS)}){_END}(?:\s+(?P<y>{_YEAR}))?", _h_holiday),
            ("period.de.decade", rf"(?:(?P<part>Anfang|Mitte|Ende)\s+(?:des|dieses)\s+(?:laufenden\s+)?{lx.DECADE_WORDS}|(?:(?P<part2>Anfang|Mitte|Ende)\s+der\s+|[Ii]n\s+den\s+)?(?P<dec>(?:19|20)?\d0)er(?:[\s-]+Jahren?)?){_END}", _h_decade),
            ("period.de.year", rf"(?:(?i:im\s+Jahre?|im|in|des\s+Jahres)\s+)?(?<![\d.,\w])(?<!\w-)(?P<y>{_YEAR})(?![.,]?\d)(?!\w)", _h_year),
        ]
    else:
        num = r"half\s+a|\d+|[a-z]+(?:-[a-z]+)?"
        ords = _alt(list(lx.ORDINALS) + list(lx.LAST_ORDINALS) + list(lx.CURRENT_WORDS))
        rel_year = r"(?:the|this|next|last|the\s+current|the\s+next|the\s+coming|the\s+fiscal)\s+(?:fiscal\s+)?year"
        table = [
            ("date.en.month_day", rf"(?:[Oo]n\s+)?(?:(?:{_title_alt(wd)}),?\s+)?(?P<m>{_title_alt(month_all)})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>{_YEAR})(?!\d))?", _h_day_month),
            ("date.en.day_month", rf"(?:[Oo]n\s+)?(?:the\s+)?(?<![\d.,])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_title_alt(month_all)}){_END}(?:,?\s+(?P<y>{_YEAR})(?!\d))?", _h_day_month),
            ("date.en.numeric", rf"(?<![\d/])(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>{_YEAR})(?!\d)", _h_numeric_dmy),
            ("date.iso", rf"(?<!\d)(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)", _h_numeric_dmy),
            ("date.en.relative_day", rf"(?<![\w])(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow)){_END}", _h_relative_day),
            ("date.en.ago", rf"(?<![\w])(?P<n>{num})\s+(?P<u>(?i:{units}))\s+ago{_END}", _h_ago),
            ("date.en.weekday", rf"(?:(?P<mod>on\s+(?:{past}|{nxt}|{this})|this\s+coming|{past}|{nxt}|{this}|[Oo]n)\s+)?(?P<wd>{_title_alt(wd)}){_END}", _h_weekday),
            ("period.en.relative_week", rf"(?:(?:[Ii]n|during|over)\s+)?(?:the\s+)?(?P<mod>{past}|{this}|{nxt})\s+week{_END}", _h_rel_week),
            ("period.en.relative_month", rf"(?:(?:[Ii]n|during)\s+)?(?:the\s+)?(?P<mod>{past}|{this}|{nxt})\s+month{_END}", _h_rel_month),
            ("period.en.relative_year", rf"(?:(?:[Ii]n|during)\s+)?(?:the\s+)?(?P<mod>{past}|{this}|{nxt})\s+(?:fiscal\s+)?year{_END}", _h_rel_year),
            ("period.en.whole_year", rf"(?:(?:(?:[Ff]or|[Ii]n|[Oo]ver|[Dd]uring)\s+)?(?:the|this)\s+(?:full|whole|entire)[\s-]+(?:fiscal\s+)?year|(?<![\w-])[Ff]ull-year(?=\s+[a-z]))(?!\s+(?:{_YEAR}|\d\d/)){_END}", _h_whole_year),
            ("period.en.quarter", rf"(?:(?:[Ii]n|during|for)\s+)?(?:the\s+)?(?P<ord>{ords})[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>{rel_year}))|\s+(?P<y2>{_YEAR}))?{_END}", _h_quarter),
            ("period.quarter_code", rf"(?:[Ii]n\s+)?(?<![\w-])(?:Q(?P<q>[1-4])(?:\s*[/'’-]?\s*(?P<y>{_YEAR})|\s*[/'’]\s*(?P<y2>\d\d))?|(?P<q2>[1-4])Q(?P<y3>\d\d|{_YEAR})){_END}", _h_quarter_code),
            ("period.en.half", rf"(?:(?:[Ii]n|during|for)\s+)?(?:the\s+)?(?P<ord>first|second|1st|2nd)[\s-]+half(?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>{rel_year}))|\s+(?P<y2>{_YEAR}))?{_END}", _h_half),
            ("period.half_code", rf"(?:[Ii]n\s+)?(?<![\w-])(?:H(?P<h>[12])(?:\s*[/'’-]?\s*(?P<y>{_YEAR})|\s*[/'’]\s*(?P<y2>\d\d))?){_END}", _h_half),
            ("period.en.part_year", rf"(?P<part>(?i:early|mid|late))[\s-]+(?:(?P<y>{_YEAR})|(?P<rel>(?:next|last|this)\s+year)){_END}", _h_part_year),
            ("period.en.part_of_year", rf"(?P<part>(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+(?:(?P<y>{_YEAR})|(?P<rel>{rel_year})){_END}", _h_part_year),
            ("period.en.part_month", rf"(?:(?P<part>(?i:early|mid|late))[\s-]+|(?P<part2>(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+)(?P<m>{_title_alt(month_full)}){_END}(?:,?\s+(?P<y>{_YEAR}))?", _h_en_part_month),
            ("period.en.month", rf"(?:(?P<prep>[Ii]n|during|of|through)\s+|(?P<lb>(?<=since )|(?<=from )|(?<=until )|(?<=by )|(?<=year to )|(?<=months to )))?(?P<m>{_title_alt(month_full)}){_END}(?:,?\s+(?P<y>{_YEAR})(?!\d))?", _h_month),
            ("period.en.season", rf"(?:(?P<prep>[Ii]n|during|since|by|this|next|last)\s+)?(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?{_END}", _h_season),
            ("duration.en.span", rf"(?:(?<![\w])(?P<pre>(?i:{_alt_re(lx.DURATION_PREFIXES)}))\s+)?(?<![\w])(?P<n>{num})\s+(?P<u>(?i:{units})){_END}(?![-\s]olds?\b)", _h_duration),
            ("duration.en.next_unit", rf"(?P<pre>(?i:over|within|during|for|throughout)\s+the\s+(?:next|coming|past|last|following)|(?i:in)\s+the\s+(?:next|coming|past|last)(?=\s+decade))\s+(?P<u>decade|year|month|quarter|week){_END}", _h_duration_one),
            ("duration.en.adjective", rf"(?<![\w])(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?P<u>year|month|week|day){_END}(?![-\s]olds?\b)", _h_duration),
            ("date.en.holiday", rf"(?:[Oo]n\s+|[Aa]t\s+)?(?P<h>{_alt(lx.HOLIDAYS)}){_END}(?:\s+(?P<y>{_YEAR}))?", _h_holiday),
            ("period.en.decade", rf"(?:(?P<part>(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+(?:the|this)\s+{lx.DECADE_WORDS}|(?:[Ii]n\s+)?(?:the\s+)?(?:(?P<part2>early|mid|late)[\s-]+)?(?P<dec>(?:19|20)\d0)s){_END}", _h_decade),
            ("period.en.year", rf"(?:(?i:in\s+the\s+year|in|during|of)\s+)?(?<![\d.,\w$€£])(?<!\w-)(?P<y>{_YEAR})(?![.,]?\d)(?!\w)", _h_year),
        ]
    # every rule starts at a word start: an optional 'in'/'im' must not be the end of 'Spain' or 'Heim'
    return tuple((name, re.compile(r"(?<!\w)" + pattern), handler) for name, pattern, handler in table)


@lru_cache(maxsize=4)
def triggers(lang: str) -> dict[str, tuple[str, ...]]:
    """Rule name → lower-case substrings one of which must occur for the rule to be tried.

    A cheap `in` test per rule keeps the ~20 patterns from scanning texts that
    cannot match them; "#digit" stands for "the text contains a digit".
    """
    lx = lexicon(lang)
    months = tuple({m.rstrip(".") for m in lx.MONTHS})
    weekdays = tuple(lx.WEEKDAYS)
    units = tuple({u[:4] for u in lx.TIME_UNITS})
    if lx is de:
        parts = ("anfang", "beginn", "mitte", "ende")
        table = {"day_month": months, "relative_day": tuple(lx.RELATIVE_DAYS), "ago": ("vor",),
                 "weekday": weekdays, "relative_week": ("woche",), "relative_month": ("monat",),
                 "relative_year": ("jahr",), "quarter": ("quartal",), "half": ("halbjahr", "hälfte"),
                 "part_year": parts, "part_relative_year": parts, "year_part_word": ("jahres",),
                 "part_month": parts, "month": months, "season": tuple(lx.SEASONS), "span": units,
                 "adjective": ("jährig", "monatig", "wöchig", "tägig"),
                 "holiday": tuple(h.lower() for h in lx.HOLIDAYS), "decade": ("jahrzehnt", "dekade", "0er"),
                 "quarter_word": ("quartal",), "next_unit": ("jahr", "monat", "quartal", "woche"),
                 "whole_year": ("gesamt", "ganze")}
    else:
        parts = ("early", "mid", "late", "end of", "beginning of", "start of", "middle of")
        table = {"month_day": months, "day_month": months, "relative_day": ("yesterday", "today", "tomorrow"),
                 "ago": ("ago",), "weekday": weekdays, "relative_week": ("week",), "relative_month": ("month",),
                 "relative_year": ("year",), "quarter": ("quarter",), "half": ("half",), "part_year": parts,
                 "part_of_year": parts, "part_month": parts, "month": months, "season": tuple(lx.SEASONS),
                 "span": units, "adjective": ("year", "month", "week", "day"),
                 "holiday": tuple(h.lower() for h in lx.HOLIDAYS), "decade": ("decade", "0s"),
                 "next_unit": ("decade", "year", "month", "quarter", "week"), "whole_year": ("full", "whole", "entire")}
    digit_rules = {"numeric": ("#numeric",), "iso": ("#iso",), "year": ("#year",),
                   "quarter_code": ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"), "half_code": ("h1", "h2")}
    out: dict[str, tuple[str, ...]] = {}
    for name, _pattern, _handler in rules(lang):
        last = name.rsplit(".", 1)[1]
        out[name] = digit_rules.get(last) or table[last]
    return out


@lru_cache(maxsize=4)
def _rules_by_trigger(lang: str) -> dict[str, frozenset[int]]:
    """Trigger → indices of the rules it unlocks, so a text only loops over rules it can match."""
    index: dict[str, set[int]] = {}
    needed = triggers(lang)
    for i, (name, _pattern, _handler) in enumerate(rules(lang)):
        for t in needed[name]:
            index.setdefault(t, set()).add(i)
    return {t: frozenset(ix) for t, ix in index.items()}


def _title_alt(alt: str) -> str:
    """Month and weekday names are capitalised in both languages ('may' is not May)."""
    return "|".join(w[:1].upper() + w[1:] for w in alt.split("|"))


def _alt_re(patterns) -> str:
    return "|".join(patterns)


def _h_quarter_code(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    q = int(m.group("q") or m.group("q2"))
    y = _year(m.group("y") or m.group("y2") or m.group("y3"))
    if y is None:
        y = _nearest_unit_year(ctx.published, q, 4, ctx.future, ctx.past)
    return "period", {"year": y, "quarter": q}


def _h_en_part_month(m: re.Match, ctx: TimeContext, lx) -> tuple[str, Any] | None:
    mo = lx.MONTHS[m.group("m").lower()]
    y = _year(m.group("y")) or nearest_year(ctx.published, mo, future=ctx.future, past=ctx.past)
    part = _part(m.group("part") or m.group("part2"), lx)
    return "period", {"year": y, "month": mo, **({"part": part} if part else {})}


def find_times(text: str, lang: str = "de", ctx: TimeContext | None = None) -> list[Candidate]:
    """Every date, period and duration candidate (overlaps are resolved by the caller)."""
    lx = lexicon(lang)
    lang2 = "en" if lx is en else "de"
    base = ctx or TimeContext(None)
    out: list[Candidate] = []
    by_trigger = _rules_by_trigger(lang2)
    wanted: set[int] = set()
    for t in _present_triggers(text, lang2):
        wanted |= by_trigger.get(t, frozenset())
    if not wanted:
        return out
    table = rules(lang2)
    tense_at: _TenseCues | None = None
    for i in sorted(wanted):
        name, pattern, handler = table[i]
        for m in pattern.finditer(text):
            ctx = base
            if base.published is not None and not base.future and name[0] in "dp":  # date.*, period.*
                tense_at = tense_at or _TenseCues(text, lx)
                ctx = TimeContext(base.published, *tense_at(m.start()))
            result = handler(m, ctx, lx)
            if result is None or result[1] is None:
                continue
            kind, value = result
            if name.startswith("duration") and "pre" in m.groupdict() and not m.group("pre"):
                if m.group("n").lower() in lx.ONE_FORMS or m.group("n").lower() in de.ONE_FORMS:
                    continue  # 'ein Jahr später', 'a year' alone are not durations
            out.append(Candidate(m.start(), m.end(), kind, value, name))
    out.extend(_bounded(text, out, lx, lang2))
    return out


_DIGIT = re.compile(r"\d")
_DIGIT_HINTS = {"#numeric": {"de": re.compile(r"\d\.\d"), "en": re.compile(r"\d/\d")},
                "#iso": {"de": re.compile(r"\d-\d\d-\d"), "en": re.compile(r"\d-\d\d-\d")},
                "#year": {"de": re.compile(r"(?:18|19|20|21)\d\d"), "en": re.compile(r"(?:18|19|20|21)\d\d")}}
"""Cheap tests that stand for the digit rules: a numeric date needs '3.1' or '3/1', an ISO date
'1-01-2', a year four digits from 1800 to 2199 (one short search instead of a full rule scan)."""


@lru_cache(maxsize=4)
def _trigger_words(lang: str) -> tuple[str, ...]:
    return tuple(sorted({t for ts in triggers(lang).values() for t in ts if not t.startswith("#")}))


@lru_cache(maxsize=4)
def _trigger_tree(lang: str) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """(roots, children): a trigger that contains a shorter one ('donnerstag' ⊃ 'tag', 'yesterday' ⊃
    'day') is only tested when that one is present, so a text pays for ~60 tests instead of ~90."""
    words = _trigger_words(lang)
    parent = {}
    for t in words:
        inside = [u for u in words if u != t and len(u) >= 3 and u in t]
        if inside:
            parent[t] = max(inside, key=len)
    children: dict[str, list[str]] = {}
    for t, p in parent.items():
        children.setdefault(p, []).append(t)
    return tuple(t for t in words if t not in parent), {p: tuple(c) for p, c in children.items()}


def _present_triggers(text: str, lang: str) -> set[str]:
    """The trigger substrings present in `text` (`in` tests on the lower-cased text, faster than
    one regex scan with a lookahead at every position), plus the digit hints."""
    low = text.lower()
    roots, children = _trigger_tree(lang)
    present: set[str] = set()
    stack = [t for t in roots if t in low]
    while stack:
        t = stack.pop()
        present.add(t)
        stack.extend(c for c in children.get(t, ()) if c in low)
    if _DIGIT.search(text):
        present.update(hint for hint, regex in _DIGIT_HINTS.items() if regex[lang].search(text))
    return present
_SENTENCE_END = re.compile(r"[.!?](?<!\b\d[.!?])(?<!\b\d\d[.!?])(?=\s+[A-ZÄÖÜ\"„“])")
"""A sentence end for tense cues; a dot after a one- or two-digit number is an ordinal ('am 5. März')."""


class _TenseCues:
    """(future, past) for a position: a future cue (wird, soll, will, is to) or else a past cue
    (wurde, stieg, was, rose) in the position's clause decides; a clause without cues takes the
    sentence's (future first, as before). Clauses end at ',', ';', ':' before a space and at a
    spaced dash, so in 'Der Vertrag wurde am 28. Dezember unterzeichnet, gestern bestätigt und
    soll am Donnerstag starten' the date is past and the weekday future, while 'The deal will
    be signed on Monday' stays future although 'signed' is also a past form.
    Built once per text: sentence and clause ends and cue positions, then bisects."""

    def __init__(self, text: str, lx) -> None:
        future, past = _cue_regexes(lx.FUTURE_MARKERS, lx.PAST_MARKERS)
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
        self.clauses = [m.end() for m in _CLAUSE_END.finditer(text)]
        self.future = [m.start() for m in future.finditer(text)]
        self.past = [m.start() for m in past.finditer(text)]

    def __call__(self, pos: int) -> tuple[bool, bool]:
        start, end = self._span(self.ends, pos, 0, self.ends[-1])
        c_start, c_end = self._span(self.clauses, pos, start, end)
        for a, b in ((c_start, c_end), (start, end)):
            if self._any(self.future, a, b):
                return True, False
            if self._any(self.past, a, b):
                return False, True
        return False, False

    @staticmethod
    def _span(bounds: list[int], pos: int, start: int, end: int) -> tuple[int, int]:
        """The stretch between the bounds around `pos`, clipped to [start, end)."""
        i = bisect.bisect_right(bounds, pos)
        lo = max(bounds[i - 1] if i > 0 else start, start)
        hi = min(bounds[i] if i < len(bounds) else end, end)
        return lo, hi

    @staticmethod
    def _any(cues: list[int], start: int, end: int) -> bool:
        j = bisect.bisect_left(cues, start)
        return j < len(cues) and cues[j] < end


_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[–—-](?=\s)")


@lru_cache(maxsize=8)
def _cue_regexes(future: str, past: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(future), re.compile(past)


@lru_cache(maxsize=4)
def _bound_regexes(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lx = lexicon(lang)
    until = re.compile(rf"(?<![\wäöü])(?:{_alt_re(lx.UNTIL_PREFIXES)})\s+$", re.IGNORECASE)
    since = re.compile(r"(?<![\wäöü])(?:seit|since|ab|from)(?:\s+(?:dem|der|den|the))?\s+$", re.IGNORECASE)
    return until, since


def _bounded(text: str, found: list[Candidate], lx, lang2: str) -> list[Candidate]:
    """'bis 2025' → duration {"until": {"year": 2025}}; 'seit 2015' → {"since": {...}}."""
    until, since = _bound_regexes(lang2)
    out = []
    for c in found:
        if c.kind not in ("period", "date"):
            continue
        window_start = max(0, c.start - 30)
        for regex, key in ((until, "until"), (since, "since")):
            m = regex.search(text, window_start, c.start)
            if m and m.end() == c.start:
                out.append(Candidate(m.start(), c.end, "duration", {key: c.value}, f"duration.{lang2}.{key}"))
                break
    return out


# ---------------------------------------------------------------- time spans

def _last_day(y: int, mo: int) -> int:
    return calendar.monthrange(y, mo)[1]


def period_bounds(v: dict) -> tuple[date, date] | None:
    """First and last day of a date or period shape; None when the year is unknown."""
    if "date" in v:
        if not v["date"]:
            return None
        d = date.fromisoformat(v["date"])
        return d, d
    part = v.get("part")
    if "decade" in v:
        dec = v.get("decade")
        if not isinstance(dec, int):
            return None
        first, last = {"early": (0, 2), "mid": (3, 6), "late": (7, 9)}.get(part, (0, 9))
        return date(dec + first, 1, 1), date(dec + last, 12, 31)
    y = v.get("year")
    if not isinstance(y, int):
        return None
    if v.get("quarter"):
        q = v["quarter"]
        return date(y, 3 * q - 2, 1), date(y, 3 * q, _last_day(y, 3 * q))
    if v.get("half"):
        h = v["half"]
        return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    if v.get("week"):
        start = date.fromisocalendar(y, v["week"], 1)
        return start, start + timedelta(days=6)
    if v.get("month"):
        mo = v["month"]
        if "day" in v:
            return None
        last = _last_day(y, mo)
        spans = {"early": (1, 10), "mid": (11, 20), "late": (21, last), None: (1, last)}
        a, b = spans.get(part, (1, last))
        return date(y, mo, a), date(y, mo, b)
    if v.get("season"):
        s = v["season"]
        if s == "winter":
            return date(y, 12, 1), date(y + 1, 2, _last_day(y + 1, 2))
        first = {"spring": 3, "summer": 6, "autumn": 9}[s]
        return date(y, first, 1), date(y, first + 2, _last_day(y, first + 2))
    if part:
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return date(y, first, 1), date(y, last, _last_day(y, last))
    return date(y, 1, 1), date(y, 12, 31)


def value_to_timespan(value: Value) -> TimeSpan | None:
    """Value (date, period, or a deadline/starting-point duration) → TimeSpan; None when unresolvable.

    A deadline ('bis 2025') has no start and ends with its period; a starting
    point ('seit 2015') starts with its period and has no end; plain durations
    ('P3Y') have no position in time and give None.
    """
    v = value.value
    if not isinstance(v, dict):
        return None
    if value.kind in ("date", "period"):
        bounds = period_bounds(v)
        if bounds is None:
            return None
        return TimeSpan(value.text, bounds[0].isoformat(), bounds[1].isoformat(), v)
    if value.kind == "duration":
        if isinstance(v.get("until"), dict):
            bounds = period_bounds(v["until"])
            return None if bounds is None else TimeSpan(value.text, None, bounds[1].isoformat(), v)
        if isinstance(v.get("since"), dict):
            bounds = period_bounds(v["since"])
            return None if bounds is None else TimeSpan(value.text, bounds[0].isoformat(), None, v)
    return None
