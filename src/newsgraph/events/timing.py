"""When an event happened or is to happen: a TimeSpan from the sentence's dates and periods.

The guideline (docs/events-gold-format.md, "Time") asks for the days the event itself happens. So the
candidates of a sentence are sorted out before the nearest one is taken:

- **reporting times are not event times**: "teilte am Montag mit, dass ...", "Wie X am Montag mitteilte,
  ...", "said on Monday it had ...", "kündigte am Montag an, im dritten Quartal ... zu eröffnen". A time next
  to a reporting verb (say, tell, announce, confirm; mitteilen, sagen, ankündigen, bekanntgeben, ...) dates
  the report, unless the event's trigger is that verb's own object ("announced the acquisition on Monday");
- **the trigger's own stretch first**: commas, semicolons and reporting verbs cut the sentence into stretches
  ("presented the ring on Monday and said it would start selling it in India from July": July);
- **deadlines and vague times give none**: "bis Ende 2027", "by 2026" (a deadline, not a time), "Anfang
  2021", "Mitte Juni", "zum Jahresende" (a part of a period);
- **a starting point is the period it names**: "ab Oktober", "from July", "ab Mittwoch", "seit heute" — the
  event starts then;
- **a financial figure's time is the period it covers**: periods before days ("reported second-quarter
  revenue on Wednesday"), and the period phrases that name a quarter by its last month ("the September
  quarter", "in the three months to December", "the quarter ended December 31"), a run of months ("the
  July-to-September period", "von Juli bis September", "in den ersten neun Monaten 2022"), and "a year
  earlier"/"im Vorjahreszeitraum" beside another period (that period a year before);
- **an announced or expected event lies ahead**: a weekday, month, quarter, half or season written without
  a year that the normaliser put before the publication date (because the sentence is told in the past:
  "kündigte an, im dritten Quartal ...") is moved to its next occurrence when the event is planned or
  expected.

Without a time in the sentence, the previous sentence of the same paragraph is its context ("Am Montag ...
Der Konzern übernimmt ..."), with the same filters. Durations without a position ("in den nächsten 3
Jahren") fill the `horizon` role instead and give no time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from newsgraph.events.triggers import exact_twin, lowered_for_twins
from newsgraph.model import Article, Sentence, TimeSpan, Value

try:  # the normalisation package owns the conversion (periods, relative dates, deadlines)
    from newsgraph.normalize.time import period_bounds as _period_bounds
    from newsgraph.normalize.time import value_to_timespan as _value_to_timespan
except ImportError:  # pragma: no cover - only before the normalize stage landed
    _value_to_timespan = None
    _period_bounds = None

TIME_KINDS = ("date", "period", "duration")

# reporting verbs whose complement is a clause: their time is the report's
_SAY = (r"sagt\w*|gesagt|erklärt\w*|mitteilt\w*|mitgeteilt|teilt\w*(?:\s+\S+){0,6}?\s+mit|berichtet\w*|"
        r"hieß es|heißt es|bekräftigt\w*|betont\w*|said|says|told|tells|stated|states|added|adds|explained|"
        r"wrote|writes|reported|reports|according to")
# reporting verbs that may also take the event as their object ("announced the acquisition on Monday")
_ANNOUNCE = (r"kündigt\w*(?:\s+\S+){0,6}?\s+an|ankündigt\w*|angekündigt|gab\w*(?:\s+\S+){0,6}?\s+bekannt|"
             r"gibt(?:\s+\S+){0,6}?\s+bekannt|bekanntgab\w*|bekanntgegeben|bekannt gegeben|bestätigt\w*|"
             r"verkündet\w*|announc\w*|confirm\w*|disclos\w*|unveiled plans")
_REPORT = re.compile(rf"(?i)\b(?:(?P<say>{_SAY})|(?P<announce>{_ANNOUNCE}))\b")
_REPORT_TWIN = exact_twin(_REPORT.pattern)


@lru_cache(maxsize=8)
def _reports(text: str) -> tuple[re.Match[str], ...]:
    """`_REPORT.finditer(text)`: the same spans and groups, found by its lower-case twin in the lower-cased text when
    that is exact (`exact_twin`; the regex engine runs faster over it). Only offsets and groups are read. Remembered
    for the last few sentences: each event asks for its sentence's stretch and for each of its day candidates, one
    right after the other."""
    lowered = lowered_for_twins(text) if _REPORT_TWIN is not None else None
    return tuple(_REPORT_TWIN.finditer(lowered) if lowered is not None else _REPORT.finditer(text))  # type: ignore
# what separates an announcing verb from a clause it introduces
_CLAUSE_INTRO = re.compile(r"(?i)[,;:]|\b(that|dass|wonach|it|they|he|she|we|its|plans?|to|zu)\b")
_COORDINATION = re.compile(r"(?i)\b(and|und|or|oder|but|aber|sowie)\b")
# "hat gestern Y übernommen und will im Herbst Z eröffnen": a coordinated clause or verb phrase has its own time
_COORDINATED_VERB = re.compile(r"\s(und|sowie|aber|and|but)\s+(?=[a-zäöüß])")
_STRETCH_CUT = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_GAP_WORDS = 3  # words between a reporting verb and its time: "teilten die Firmen am Montag mit", "said on Monday"

# a part of a period ("Anfang 2021", "Mitte Juni", "zum Jahresende") is vague; "later this year" is not a part
_VAGUE_BEFORE = re.compile(r"(?i)\b(noch vor|vor|bald nach|spätestens|frühestens|no later than|before)\s*$")
# words of a relative expression: the normaliser anchored it on purpose, it is not moved
_RELATIVE_RULE = re.compile(r"relative|ago|holiday")
_MOVABLE_RULE = re.compile(r"\.(month|quarter|quarter_word|quarter_code|half|half_code|season|weekday|day_month|"
                           r"month_day|numeric|since)$")
_WEEKDAY = re.compile(r"(?i)\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
                      r"wednesday|thursday|friday|saturday|sunday)\b")
_YEAR_DIGITS = re.compile(r"\b(1[89]|2[01])\d\d\b|'\d\d\b")
_LATER = ("planned", "expected")
# a starting point that looks ahead ("ab Oktober", "from July"), unlike "seit"/"since"
_FROM = re.compile(r"(?i)(ab|from|starting|beginning|effective)\b")
# the same starting point written just before a date the normaliser read without its marker, for a post: "has
# named X as its new operations director, effective September 1", "tritt ihr Amt zum 1. Juli an" is an asserted
# appointment (told in the past, too) that takes effect ahead; other types keep the normaliser's year, as "haben
# sich zum 1. Oktober zusammengeschlossen" is done and a figure "zum 30. Juni" closes a period
_FROM_BEFORE = re.compile(r"(?i)\b(zum|ab|ab dem|from|effective|as of|as from|starting|beginning)\s+$")

# "a year earlier", "im Vorjahreszeitraum": the same period a year before
_YEAR_EARLIER = re.compile(r"(?i)\b(a year (earlier|ago|before)|the (same|year-earlier|prior-year) (period|quarter)|"
                           r"year-earlier|prior-year|ein(em)? jahr (zuvor|früher|vorher)|vor einem jahr|"
                           r"im vorjahreszeitraum|im vorjahresquartal|vorjahreszeitraum|vorjahresquartal|"
                           r"im gleichen zeitraum des vorjahres|im vorjahr)\b")
# words one of which every match of `_YEAR_EARLIER` holds, in lower case (tests/events/test_time_needs.py checks
# them against the pattern): most stretches hold none, and a few substring tests of the lower-cased text answer
# faster than the IGNORECASE scan, which the regex engine tries at every character
_YEAR_EARLIER_NEEDS = ("year", "jahr", "same")


def _year_earlier(text: str, start: int = 0, end: int | None = None) -> bool:
    """`_YEAR_EARLIER.search(text, start, end)` found something; ruled out first by `_YEAR_EARLIER_NEEDS` where
    lower-casing is exact (`lowered_for_twins`: a match lies inside [start, end), and so do its words)."""
    end = len(text) if end is None else end
    lowered = lowered_for_twins(text[max(start, 0):max(end, 0)])  # (the offsets as `search` reads them)
    if lowered is not None and not any(w in lowered for w in _YEAR_EARLIER_NEEDS):
        return False
    return _YEAR_EARLIER.search(text, start, end) is not None


_FIRST = re.compile(r"(?i)\b(first|ersten)\s+$")
_MONTHS_TO = re.compile(r"(?i)^\s*(to|ended|ending|through|until|till|bis( (zum|ende))?|zum)\s+((the\s+)?end of\s+)?$")
_QUARTER_AFTER = re.compile(r"(?i)^[\s-]*(quarter|quartal)\b")
# a quarter or a (fiscal) year named by the month it ends with: "the quarter ended December 31", "in the year to
# March", "for the year to June 2025", "im Geschäftsjahr bis Ende September"; group 1 set: a quarter, else a year
_QUARTER_ENDED = re.compile(r"(?i)\b(?:(quarter|three months|quartal)|year|geschäftsjahr|jahr)\s+"
                            r"(ended|ending|to|through|bis( zum| ende)?)\s+((on|the)\s+)?$")
_RANGE_GAP = re.compile(r"(?i)^\s*(-|–|—|to|through|until|bis|-to-)\s*$")
_AND = re.compile(r"(?i)\s*(und|and)\s*")
_RANGE_WORD = re.compile(r"(?i)(bis|to|through|until)\b")
_RANGE_BEFORE = re.compile(r"(?i)\b(von|vom|from|zwischen|between)\s+$")
_OF_YEAR = re.compile(r"(?i)^\s*(of|des jahres|des geschäftsjahres)?\s*$")


@dataclass
class _Candidate:
    start: int  # article offsets of the words that give the time
    end: int
    span: TimeSpan | None  # None: the words say the event has no time of its own (a deadline, a vague part)
    kind: str  # "day", "period" (a run of days: week, month, quarter, year, ...)
    movable: bool  # written without a year and anchored by tense: may move to its next occurrence
    step: str = "year"  # how far it moves: "week" for a weekday, else "year"


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


def _bounds(v: dict) -> tuple[date, date] | None:
    if _period_bounds is None:
        return None
    try:
        return _period_bounds(v)
    except (ValueError, KeyError, TypeError):
        return None


def _month_end(y: int, m: int) -> date:
    return (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1))


def _months_back(y: int, m: int, n: int) -> date:
    """First day of the run of `n` months that ends with month `m` of year `y`."""
    idx = y * 12 + (m - 1) - (n - 1)
    return date(idx // 12, idx % 12 + 1, 1)


def _span(text: str, first: date, last: date, value: object) -> TimeSpan:
    return TimeSpan(text, first.isoformat(), last.isoformat(), value)


def _year_month(v: object) -> tuple[int, int] | None:
    """(year, month) of a month period, a day, or a deadline/starting point of one."""
    if not isinstance(v, dict):
        return None
    for key in ("until", "since"):
        if isinstance(v.get(key), dict):
            v = v[key]
    if v.get("date"):
        try:
            d = date.fromisoformat(v["date"])
        except ValueError:
            return None
        return d.year, d.month
    if isinstance(v.get("year"), int) and v.get("month") and not v.get("part"):
        return v["year"], v["month"]
    return None


_ISO_MONTHS = re.compile(r"P(\d+)M")
_ISO_YEARS = re.compile(r"P(\d+)Y")


def _iso_months(v: object) -> int | None:
    m = _ISO_MONTHS.fullmatch(v.get("iso", "")) if isinstance(v, dict) else None
    if m:
        return int(m.group(1))
    m = _ISO_YEARS.fullmatch(v.get("iso", "")) if isinstance(v, dict) else None
    return 12 * int(m.group(1)) if m else None


def _single(value: Value) -> _Candidate | None:
    """The candidate one normalised value gives (None: not a time at all, e.g. a bare duration)."""
    v = value.value
    if not isinstance(v, dict):
        return None
    movable = bool(_MOVABLE_RULE.search(value.rule or "")) and not _RELATIVE_RULE.search(value.rule or "") and \
        not _YEAR_DIGITS.search(value.text)
    step = "week" if _WEEKDAY.search(value.text) else "year"
    if value.kind == "duration":
        if isinstance(v.get("until"), dict):
            return _Candidate(value.start, value.end, None, "deadline", False)  # "bis Ende 2027": no time
        if isinstance(v.get("since"), dict):
            inner = v["since"]
            if inner.get("part"):
                return _Candidate(value.start, value.end, None, "vague", False)
            b = _bounds(inner)
            if b is None:
                return None
            return _Candidate(value.start, value.end, _span(value.text, b[0], b[1], inner),
                              "day" if "date" in inner else "period", movable, step)
        return None
    if v.get("part"):
        return _Candidate(value.start, value.end, None, "vague", False)  # "Anfang 2021", "zum Jahresende"
    span = value_to_timespan(value)
    if span is None or not span.start or not span.end:
        return None
    return _Candidate(value.start, value.end, span, "day" if "date" in v else "period", movable, step)


def _period(text: str, start: int, end: int, first: date, last: date, value: object,
            movable: bool = False) -> _Candidate:
    return _Candidate(start, end, _span(text[start:end], first, last, value), "period", movable)


def _compounds(text: str, values: list[Value], published: str | None) -> tuple[list[_Candidate], set[int]]:
    """Period phrases built of several values or of a value and its words; returns them and the ids of the values
    they consume."""
    out: list[_Candidate] = []
    used: set[int] = set()
    vals = sorted(values, key=lambda v: v.start)
    for i, v in enumerate(vals):
        ym = _year_month(v.value)
        # "the September quarter", "December-quarter": the quarter that ends with that month
        m = _QUARTER_AFTER.match(text[v.end:v.end + 12])
        if v.kind == "period" and ym and m:
            y, mo = ym
            out.append(_period(text, v.start, v.end + m.end(), _months_back(y, mo, 3), _month_end(y, mo), v.value))
            used.add(id(v))
            continue
        # "the quarter ended December 31", "im Quartal bis Ende September", "the year to March"
        m = _QUARTER_ENDED.search(text[max(0, v.start - 40):v.start])
        if ym and m:
            y, mo = ym
            start = max(0, v.start - 40) + m.start()
            months = 3 if m.group(1) else 12
            out.append(_period(text, start, v.end, _months_back(y, mo, months), _month_end(y, mo), v.value))
            used.add(id(v))
            continue
        n = _iso_months(v.value) if v.kind == "duration" else None
        if n and 1 < n <= 12 and i + 1 < len(vals):
            nxt = vals[i + 1]
            gap = text[v.end:nxt.start]
            ym2 = _year_month(nxt.value)
            # "in the three months to December", "in den neun Monaten bis Ende September"
            if ym2 and _MONTHS_TO.match(gap):
                y, mo = ym2
                out.append(_period(text, v.start, nxt.end, _months_back(y, mo, n), _month_end(y, mo), nxt.value))
                used |= {id(v), id(nxt)}
                continue
        if n and 1 < n < 12 and _FIRST.search(text[max(0, v.start - 8):v.start]):
            # "in den ersten neun Monaten 2022", "the first nine months of 2025"
            year = None
            if i + 1 < len(vals) and vals[i + 1].kind == "period" and _OF_YEAR.match(text[v.end:vals[i + 1].start]) \
                    and isinstance(vals[i + 1].value, dict) and set(vals[i + 1].value) == {"year"}:
                year = vals[i + 1].value["year"]
                used.add(id(vals[i + 1]))
                end = vals[i + 1].end
            elif published:
                pub = date.fromisoformat(published[:10])
                year = pub.year if pub.month > n else pub.year - 1
                end = v.end
            if isinstance(year, int):
                start = max(0, v.start - 8) + _FIRST.search(text[max(0, v.start - 8):v.start]).start()
                out.append(_period(text, start, end, date(year, 1, 1), _month_end(year, n), v.value))
                used.add(id(v))
                continue
        # "im Oktober vergangenen Jahres", "in March of last year": the month of that year
        if v.kind == "period" and ym and i + 1 < len(vals) and _OF_YEAR.match(text[v.end:vals[i + 1].start]):
            nxt = vals[i + 1]
            b = _bounds(nxt.value) if isinstance(nxt.value, dict) and set(nxt.value) == {"year"} else None
            if b is not None and b[0].month == 1 and b[1].month == 12:
                y = b[0].year
                out.append(_period(text, v.start, nxt.end, date(y, ym[1], 1), _month_end(y, ym[1]), v.value))
                used |= {id(v), id(nxt)}
                continue
        # "July-to-September period", "von Juli bis September", "zwischen Juli und September"
        if v.kind == "period" and ym and i + 1 < len(vals):
            nxt = vals[i + 1]
            ym2 = _year_month(nxt.value)
            gap = text[v.end:nxt.start]
            between = _RANGE_BEFORE.search(text[max(0, v.start - 10):v.start]) and _AND.fullmatch(gap)
            joined = _RANGE_GAP.match(gap) or (not gap.strip() and nxt.kind == "duration" and
                                               _RANGE_WORD.match(nxt.text))  # "Juli" + "bis September"
            if ym2 and (joined or between) and nxt.kind in ("period", "duration"):
                (y1, mo1), mo2 = ym, ym2[1]  # the first month is anchored by tense, "bis September" always ahead
                y2 = y1 if mo1 <= mo2 else y1 + 1
                out.append(_period(text, v.start, nxt.end, date(y1, mo1, 1), _month_end(y2, mo2), v.value,
                                   movable=not _YEAR_DIGITS.search(v.text)))
                used |= {id(v), id(nxt)}
    return out, used


def _candidates(article: Article, start: int, end: int) -> list[_Candidate]:
    values = [v for v in article.values if v.kind in TIME_KINDS and start <= v.start and v.end <= end]
    out, used = _compounds(article.text, values, article.published)
    for v in values:
        if id(v) in used:
            continue
        c = _single(v)
        if c is None:
            continue
        if c.span is not None and _VAGUE_BEFORE.search(article.text[max(start, v.start - 14):v.start]):
            c = _Candidate(c.start, c.end, None, "vague", False)  # "noch vor Jahresende", "before the end of ..."
        out.append(c)
    return sorted(out, key=lambda c: c.start)


def _reporting(text: str, sent_start: int, cand: _Candidate, trigger: tuple[int, int] | None) -> bool:
    """The candidate dates a report about the event, not the event ("teilte am Montag mit, dass ...").
    `trigger` None: the event is told in another sentence. Only a day dates a report: a period next to a
    reporting verb is what is reported ("reported second-quarter revenue", "said 2025 sales ...")."""
    if cand.kind != "day":
        return False
    for m in _reports(text):
        r0, r1 = sent_start + m.start(), sent_start + m.end()
        lo, hi = (r1, cand.start) if cand.start >= r1 else (cand.end, r0) if cand.end <= r0 else (None, None)
        if lo is not None:
            gap = text[lo - sent_start:hi - sent_start]
            if _STRETCH_CUT.search(gap) or len(gap.split()) > _GAP_WORDS or _COORDINATION.search(gap):
                continue  # "presented the ring on Monday and said ...": Monday is the presentation's
        if trigger is None:
            return True
        t0, t1 = trigger
        a, b = min(r0, cand.start), max(r1, cand.end)
        if a <= t0 < b:
            continue  # the trigger stands between the verb and the time: "announced a partnership on Monday"
        if m.group("announce"):
            x, y = (b, t0) if t0 >= b else (t1, a)
            if not _CLAUSE_INTRO.search(text[x - sent_start:y - sent_start]):
                continue  # "gab am Montag die Übernahme von X bekannt": the announcement is the event's object
        return True
    return False


def _stretch(text: str, sent_start: int, pos: int) -> tuple[int, int]:
    """The stretch of the sentence around article offset `pos`: between commas and the like, and reporting verbs."""
    cuts = [sent_start + m.start() for m in _STRETCH_CUT.finditer(text)]
    cuts += [sent_start + m.start() for m in _reports(text)]
    cuts += [sent_start + m.start() for m in _COORDINATED_VERB.finditer(text)]
    before = [c for c in cuts if c <= pos]
    after = [c for c in cuts if c > pos]
    return (max(before) if before else sent_start), (min(after) if after else sent_start + len(text))


def _move_ahead(span: TimeSpan, step: str, published: str) -> TimeSpan:
    """The next occurrence of a time written without a year that lies before the publication date."""
    pub = published[:10]
    if not span.end or span.end >= pub:
        return span
    try:
        first, last = date.fromisoformat(span.start), date.fromisoformat(span.end)
    except (TypeError, ValueError):
        return span
    if step == "week":
        step_days = timedelta(days=7)  # a weekday: the coming one
        while last < date.fromisoformat(pub):
            first, last = first + step_days, last + step_days
        return TimeSpan(span.text, first.isoformat(), last.isoformat(), span.value)
    try:
        if first == last:  # a day stays one day ("effective February 1"), not the month it falls in
            first = last = first.replace(year=first.year + 1)
        else:
            first, last = first.replace(year=first.year + 1), _month_end(last.year + 1, last.month)
    except ValueError:
        return span
    return TimeSpan(span.text, first.isoformat(), last.isoformat(), span.value)


def _step_back(span: TimeSpan, step: str) -> TimeSpan:
    if step == "week":
        try:
            first, last = date.fromisoformat(span.start), date.fromisoformat(span.end)
        except (TypeError, ValueError):
            return span
        return TimeSpan(span.text, (first - timedelta(days=7)).isoformat(), (last - timedelta(days=7)).isoformat(),
                        span.value)
    return _a_year_before(span) or span


def _a_year_before(span: TimeSpan) -> TimeSpan | None:
    try:
        first, last = date.fromisoformat(span.start), date.fromisoformat(span.end)
        return TimeSpan(span.text, first.replace(year=first.year - 1).isoformat(),
                        _month_end(last.year - 1, last.month).isoformat() if last.day >= 28 else
                        last.replace(year=last.year - 1).isoformat(), span.value)
    except (TypeError, ValueError):
        return None


def _choose(article: Article, sentence: Sentence, trigger: tuple[int, int], event_type: str | None,
            own_sentence: bool) -> tuple[_Candidate | None, bool]:
    """The candidate that gives the event's time, and whether the event has a "year earlier" of it."""
    text = article.text[sentence.start:sentence.end]
    cands = [c for c in _candidates(article, sentence.start, sentence.end)
             if not _reporting(text, sentence.start, c, trigger if own_sentence else None)]
    if not cands:
        return None, False
    if own_sentence:
        s0, s1 = _stretch(text, sentence.start, trigger[0])
        earlier = _year_earlier(article.text, s0, s1)
        pool = cands
        if event_type == "financial_figure" and any(c.kind == "period" for c in cands):
            pool = [c for c in cands if c.kind in ("period", "deadline", "vague")]  # the period a figure covers
        dated = [c for c in pool if c.span is not None and c.kind == "period" and not _year_earlier(c.span.text)]
        if earlier and dated and not any(s0 <= c.start and c.end <= s1 for c in dated):
            # "a net loss for the July-to-September period, after a profit of £8 million a year earlier": the
            # profit's stretch names no period of its own, only the year before another one
            return min(dated, key=lambda c: abs(c.start - trigger[0])), True

        def rank(c: _Candidate) -> tuple[int, int]:
            inside = s0 <= c.start and c.end <= s1
            return (0 if inside else 1, min(abs(c.start - trigger[0]), abs(c.end - trigger[1])))
        return min(pool, key=rank), False
    dated = [c for c in cands if c.kind not in ("deadline", "vague")]
    return (dated[-1] if dated else None), False


def _agrees(span: TimeSpan, modality: str | None, published: str) -> bool:
    """A time borrowed from the previous sentence must suit the event: what happened is not ahead, what is
    announced or expected has not passed."""
    if modality == "asserted":
        return not (span.start and span.start > published)
    if modality in _LATER:
        return not (span.end and span.end < published)
    return True


def event_time(article: Article, sentence: Sentence, trigger_pos: int, index: int | None = None,
               trigger_end: int | None = None, event_type: str | None = None,
               modality: str | None = None, told_past: bool = False) -> TimeSpan | None:
    """Time of an event whose trigger is at article offsets [trigger_pos, trigger_end) in `sentence`."""
    trigger = (trigger_pos, trigger_end if trigger_end is not None else trigger_pos + 1)
    chosen, earlier = _choose(article, sentence, trigger, event_type, True)
    borrowed = False
    if chosen is None and index:
        prev = article.sentences[index - 1]
        if "\n" not in article.text[prev.end:sentence.start] and not article.in_region(prev.start, prev.end):
            chosen, _ = _choose(article, prev, trigger, event_type, False)
            borrowed = True
    if chosen is None or chosen.span is None:
        return None
    if borrowed and article.published and not _agrees(chosen.span, modality, article.published[:10]):
        return None  # "... will be listed next year. Vantora also signed a binding agreement ...": not its time
    span = chosen.span
    if earlier:
        return _a_year_before(span)
    if chosen.movable and (modality in _LATER or _FROM.match(span.text) or (
            event_type == "leadership" and _FROM_BEFORE.search(article.text, max(0, chosen.start - 16),
                                                               chosen.start))) and article.published:
        span = _move_ahead(span, chosen.step, article.published)
    elif chosen.movable and modality == "asserted" and (event_type == "financial_figure" or told_past) and \
            article.published and span.start and span.start > article.published[:10]:
        # a reported figure covers a period that has begun; a verb in the past tense tells what has happened
        # ("hat im Januar 300 Stellen gestrichen und will ...": the normaliser read the sentence's "will")
        span = _step_back(span, chosen.step)
    if event_type == "financial_figure" and modality == "asserted" and article.published and span.end and \
            span.end > article.published[:10] and isinstance(span.value, dict) and \
            (span.value.get("quarter") or span.value.get("half")):
        return None  # "reports record first-quarter revenue" in February: a fiscal quarter, not the calendar's
    return span
