"""One fact, one event: merging events of an article that state the same thing.

Why merge on arguments and not on sentences: a German article often states a
fact and then quotes it in English ("Xiaomi will 500 Geschäfte eröffnen ...
'We will open 500 more stores'"). Two events merge when they have the same
type, agree on at least one key argument, and contradict each other on no
role both fill. The merged event keeps both evidence items, the union of the
arguments and the stronger confidence.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from newsgraph.events.lexicon import UNIT_NOUNS_DE
from newsgraph.model import Argument, Event, TimeSpan

KEY_ROLES: dict[str, tuple[str, ...]] = {
    "agreement": ("party",),
    "partnership": ("party",),
    "acquisition": ("acquirer", "target"),
    "merger": ("party",),
    "spin_off": ("parent", "spun_off"),
    "investment": ("investor", "recipient"),
    "market_entry": ("company", "market"),
    "store_expansion": ("company", "count"),
    "facility": ("company", "facility_kind", "location"),
    "financial_figure": ("company", "quantity", "value"),
    "leadership": ("person", "change"),
    "meeting": ("participant",),
    "product_launch": ("company", "product"),
    "layoffs": ("company", "count"),
    "insolvency": ("company",),
    "strike": ("company", "union"),
}
# roles whose text is a paraphrase of the trigger or a free phrase: they never block a merge
_SOFT_ROLES = {"metric", "store_kind", "subject", "scope", "purpose", "partner", "channel", "binding", "record",
               "partner_kind", "facility_kind", "role", "host", "horizon", "period"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub(" ", text).strip()


_NOT_WORD = re.compile(r"[^\w ]+")


def args_agree(a: Argument, b: Argument) -> bool:
    if a.value is not None and b.value is not None:
        return a.value == b.value
    x, y = _norm(a.text), _norm(b.text)
    return bool(x and y) and (x == y or x in y or y in x)


# roles filled by a company's name, which a headline may give as a description instead
_NAMED_ROLES = frozenset({"acquirer", "target", "seller", "party", "parent", "spun_off", "investor", "recipient",
                          "company"})


def _descriptor(text: str) -> bool:
    """A noun phrase that describes instead of naming: an English one with a lower-case head ("Baltic terminal
    operator"), a German unit noun ("Geschäft", "Agrarsparte") that a later sentence names ("Aurelis Agro")."""
    words = text.split()
    if len(words) == 1 and text[:1].isupper() and _UNIT_NOUN_DE.fullmatch(text.lower()):
        return True
    return len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and words[0] not in ("the", "a", "an")


_UNIT_NOUN_DE = re.compile(rf"[a-zäöüß-]*({UNIT_NOUNS_DE})(s|e|en)?")


def _role_agreement(a: Event, b: Event, role: str) -> bool | None:
    """True when both fill the role and share a filler, False when both fill it and share none, else None."""
    xs, ys = a.args(role), b.args(role)
    if not xs or not ys:
        return None
    if any(args_agree(x, y) for x in xs for y in ys):
        return True
    if role in _NAMED_ROLES and (all(_descriptor(x.text) for x in xs) or all(_descriptor(y.text) for y in ys)):
        return None  # a headline's "buys Baltic terminal operator" describes what the body names ("Klaipeda Terminal")
    if all(x.value is None for x in xs) != all(y.value is None for y in ys):
        return None  # one side normalised ("Indien" → IN, "2.000 Stores"), the other not ("India", "die Läden")
    return False


# a strike or a wave of layoffs reported at several sites of one company is one event with several locations
_SOFT_BY_TYPE = {"strike": {"location"}, "layoffs": {"location"}}
# Types whose identity within one article is the company (and union): the lead reports the strike or the
# insolvency as fact, a later sentence says it "soll am Dienstag fortgesetzt werden" or "könnte 500 Jobs kosten".
# Those statements are one event whatever their modality; only a denial stays apart (unless it denies a rumour told
# before it, see `denial_of`).
ONE_FACT_ACROSS_MODALITY = frozenset({"strike", "insolvency", "layoffs"})
# of two merged statements, the more factual one decides: a strike that the article reports as under way is asserted
FACTUALITY = ("asserted", "planned", "expected", "speculative")


# deals whose announcement and conclusion an article tells as one fact: the headline "X and Y to merge" and the
# body's "have agreed to merge", "arbeiten künftig zusammen" and "haben eine Partnerschaft vereinbart"
PLAN_AND_DEED = frozenset({"agreement", "partnership", "acquisition", "merger", "spin_off", "investment", "market_entry"})
# A leadership change an item tells twice, once as decided ("hat einen neuen Chef gefunden", "named X CEO", "X wird
# neuer Chef") and once with its start ahead ("übernimmt den Posten zum 1. Dezember", "takes over on June 1"), is one
# change; the statement that tells it as decided makes it asserted, as for the deals above (docs/events-gold-format.md,
# "Leadership changes"). A change told only with its start ahead stays planned. The person and the change value (a
# key role) must agree, so an appointment never merges with the departure of the same sentence or a standing post.
PLAN_AND_DEED_LEADERSHIP = frozenset({"leadership"})


def _modalities_merge(a: Event, b: Event) -> bool:
    if a.modality == "speculative" and b.modality == "negated":
        return True  # a rumour and its later denial: `denial_of` decides (docs/events-gold-format.md,
        #              "How modality is decided")
    if a.modality == b.modality:
        return True
    if (a.type in PLAN_AND_DEED or a.type in PLAN_AND_DEED_LEADERSHIP) and \
            {a.modality, b.modality} == {"asserted", "planned"}:
        return True
    if a.type == "facility" and {a.modality, b.modality} == {"planned", "expected"}:
        return True  # "will build a factory in X … the plant should employ 400 people": the plan and its outlook
    return a.type in ONE_FACT_ACROSS_MODALITY and "negated" not in (a.modality, b.modality)


_LATER = ("planned", "expected")


def later_occurrence(a: Event, b: Event, published: str | None = None) -> bool:
    """One statement reports an occurrence, the other announces one for a later time: two facts, not one.

    "Gestern wurde gestreikt ... Für die kommende Woche kündigte Verdi weitere
    Streiks an": the strike of yesterday and the strikes of next week share
    company and union, but not their time. Both need a resolved time, and the
    announced one must start after the reported one ends; a statement without
    a resolved time (the lead, "zum Streik aufgerufen") may still be either.
    Two statements of the same modality are not split on time alone: the
    nearest date of a sentence is often the date of the report ("wie Ufo am
    Montag mitteilte"), not of the event. Nor is a time borrowed from the
    previous sentence (see `events.timing`) enough: it must be written in the
    statement's own sentence.
    """
    if {a.modality, b.modality} & {"asserted"} and {a.modality, b.modality} & set(_LATER):
        done, plan = (a, b) if a.modality == "asserted" else (b, a)
        # the occurrence may date itself by the sentence before ("Gestern stand der Betrieb still. Verdi hatte zum
        # Warnstreik aufgerufen"); the announcement must date itself
        x, y = _own_time(done) or _past_strike_time(done, published), _own_time(plan)
        return bool(x and y and x.end and y.start and x.end < y.start)
    return False


def different_days(a: Event, b: Event) -> bool:
    """Two strikes that their own sentences date to different days are two strikes, whatever their modality
    ("walked out on Monday … will strike again on Thursday"; docs/events-gold-format.md, "How modality is decided").

    Only days (or runs of a few days) written in each statement's own sentence count: a month or a year is too coarse
    to tell two walkouts apart, and a time borrowed from the sentence before may be the other strike's. Statements of
    different modality are `later_occurrence`'s: a strike told as done after the day of one told as planned is the
    same strike with one of its dates misread ("setzen ihren Streik am Dienstag fort … im Unterschied zum Montag").
    """
    if a.type != "strike" or a.modality != b.modality or not a.evidence or not b.evidence or \
            a.evidence[0].start == b.evidence[0].start:
        return False
    x, y = _own_time(a), _own_time(b)
    if not _apart(x, y) or not (_short_run(x) and _short_run(y)):  # (`_apart`: both are dated)
        return False
    return _dated_by_its_day(a) and _dated_by_its_day(b)


def _apart(x: TimeSpan | None, y: TimeSpan | None) -> bool:
    """Both spans are dated and do not overlap."""
    return x is not None and y is not None and bool(x.start and x.end and y.start and y.end) and \
        (x.end < y.start or y.end < x.start)


# the preposition or determiner that makes a day the event's own: "am Montag", "für Donnerstag", "on Thursday", "next
# Monday"; "im Unterschied zum Montag" only compares, and a bare day is often the report's
_DAY_WORD = re.compile(r"(?i)(?<!\w)(am|an|für|ab|bis|kommenden|nächsten|on|for|from|next|this|coming|until)\s+$")


def _dated_by_its_day(ev: Event) -> bool:
    t = ev.time
    if t is None or not t.text or not ev.evidence:
        return False
    sentence = ev.evidence[0].sentence
    at = sentence.find(t.text)
    head = t.text.split()[0] + " "
    return at >= 0 and bool(_DAY_WORD.search(head) or _DAY_WORD.search(sentence, max(0, at - 12), at))


def _short_run(t: TimeSpan) -> bool:
    """A day or a strike of a few days ("from Monday to Wednesday"), not a week, a month or a quarter."""
    try:
        return (date.fromisoformat(t.end[:10]) - date.fromisoformat(t.start[:10])).days <= 4  # (not "last week")
    except ValueError:
        return False


def _past_strike_time(ev: Event, published: str | None) -> TimeSpan | None:
    """A strike's time taken from the sentence before, when it lies wholly before the publication day (yesterday's
    walkout); today's strike may go on tomorrow as the same strike."""
    t = ev.time
    if ev.type != "strike" or t is None or not t.end or not published or t.end >= published[:10]:
        return None
    if not t.text or any(t.text in e.sentence for e in ev.evidence):
        return None  # a time from a statement merged into it ("Schon 2015 haben Streiks ..."), not from its context
    return t


def _own_time(ev: Event) -> TimeSpan | None:
    """The event's time when its words stand in the event's first evidence sentence."""
    if ev.time is None or not ev.evidence or not ev.time.text or ev.time.text not in ev.evidence[0].sentence:
        return None
    return ev.time


# a word right before the trigger that counts or compares instances: "a second, 48-hour strike", "another round",
# "eine weitere/zweite/erneute Streikwelle" name an event besides the
# one told before, so they never merge into it (not the adverb "erneut": "ruft erneut zum Streik auf" may repeat it).
# Not for counted types: "500 weitere Geschäfte", "another 300 jobs" count more stores or jobs of the same plan.
_ANOTHER_BEFORE = re.compile(
    r"\b(?:second|third|another|further|zweite|dritte|weitere|erneute)[nmrs]?\b"
    r"(?:,?\s+[\w-]+){0,2},?\s*$", re.IGNORECASE)


_COUNTED = frozenset({"store_expansion", "layoffs"})


def _before_trigger(ev: Event, pattern: re.Pattern[str], width: int) -> bool:
    """`pattern` ends in the `width` characters before the event's trigger in its own sentence."""
    if not ev.trigger or not ev.evidence:
        return False
    sentence = ev.evidence[0].sentence
    at = sentence.find(ev.trigger)
    return at > 0 and pattern.search(sentence, max(0, at - width), at) is not None


def another_instance(ev: Event) -> bool:
    """The event's own sentence calls it another one of its kind (see `_ANOTHER_BEFORE`)."""
    return ev.type not in _COUNTED and (_before_trigger(ev, _ANOTHER_BEFORE, 60) or
                                        _before_trigger(ev, _ALSO_PLANS_BEFORE, 80))


# "The two companies also plan to sign a non-binding memorandum": a further deal of the same parties, planned besides
# the one told before (not merged into it as its announcement)
_ALSO_PLANS_BEFORE = re.compile(r"(?i)\balso\s+(plans?|wants?|intends?|aims?|hopes?)\s+to\s+([\w-]+\s+){0,4}$")


def denial_of(rumour: Event, denial: Event) -> bool:
    """A later negated statement denies the rumour told before it, so the article reports one negated event.

    Stricter than `same_fact`: the denial must name every key role the rumour names, each filler one of the
    rumour's, so that "eine Fusion mit Z war 2023 gescheitert" does not deny the rumoured merger of X and Z, though
    both name Z, nor "eine Komplettübernahme von Y ist nicht vorgesehen" the purchase of a stake in Y by X; and the
    two must not be dated apart.
    """
    if rumour.type != denial.type or rumour.modality != "speculative" or denial.modality != "negated" or \
            not rumour.evidence or not denial.evidence or denial.evidence[0].start <= rumour.evidence[0].start:
        return False
    if _apart(rumour.time, denial.time):
        return False
    agreed = False
    for role in KEY_ROLES.get(rumour.type, ()):
        xs, ys = rumour.args(role), denial.args(role)
        if not xs and not ys:
            continue
        if not xs or not ys or not all(any(args_agree(x, y) for x in xs) for y in ys):
            return False
        agreed = True
    return agreed


def same_fact(a: Event, b: Event, published: str | None = None) -> bool:
    if a.type != b.type or not _modalities_merge(a, b):
        return False  # a plan and its fulfilment, or a denial and a report, are different statements
    if "negated" in (a.modality, b.modality) and a.modality != b.modality:
        return denial_of(a, b)
    if a.evidence and b.evidence and a.evidence[0].start != b.evidence[0].start and \
            (another_instance(a) or another_instance(b)):
        return False
    if not (_commented_on(a) or _commented_on(b)) and (later_occurrence(a, b, published) or different_days(a, b)):
        return False  # (a comment refers back to the event told before, whatever its borrowed day)
    keys = KEY_ROLES.get(a.type, ())
    soft = _SOFT_ROLES | _SOFT_BY_TYPE.get(a.type, set())
    agreed = a.type == "strike"  # one strike per article unless company or union differ ("Ufo" here, "Lufthansa" there)
    for role in {arg.role for arg in a.arguments} | {arg.role for arg in b.arguments}:
        verdict = _role_agreement(a, b, role)
        if verdict is False and role not in soft:
            return False
        if verdict is False and role == "metric" and a.type == "financial_figure" and \
                all(x.value for x in a.args(role) + b.args(role)):
            return False  # a loss and a profit (or revenue) of one company are two figures, however worded
        if verdict is False and role == "facility_kind" and all(x.value for x in a.args(role) + b.args(role)):
            return False  # a plant and the headquarters of one company are two sites ("Werk" / "Firmensitz")
        if verdict and role in keys:
            agreed = True
    return agreed


def _absorb(keep: Event, other: Event) -> None:
    for ev in other.evidence:
        if not any(e.start == ev.start and e.end == ev.end for e in keep.evidence):
            keep.evidence.append(ev)
    for arg in other.arguments:
        same_role = keep.args(arg.role)
        if same_role and arg.role in _NAMED_ROLES and all(_descriptor(x.text) for x in same_role) and \
                not _descriptor(arg.text):
            keep.arguments = [x for x in keep.arguments if x not in same_role]  # the name replaces the description
            same_role = []
        if not same_role or (arg.role in ("party", "participant", "location", "region", "market") and
                             not any(args_agree(arg, x) for x in same_role)):
            keep.arguments.append(arg)
    if keep.time is None:
        keep.time = other.time
    keep.confidence = min(0.99, max(keep.confidence, other.confidence) + 0.05)


# a comment on an event told before ("nannte den Ausstand „völlig unverhältnismäßig“", "called the strike
# unjustified"): the speaker refers back to it and says nothing about whether it has happened
_COMMENT_BEFORE = re.compile(r"(?i)\b(nannte|nennt|nannten|bezeichnete|bezeichnet|kritisierte|kritisiert|verurteilte|"
                             r"verurteilt|called|calls|criticised|criticized|condemned|described)\s+(den|die|das|the)\s+"
                             r"([\w-]+\s+)?$")


def _commented_on(ev: Event) -> bool:
    return _before_trigger(ev, _COMMENT_BEFORE, 40)


def merge_events(events: list[Event], published: str | None = None) -> list[Event]:
    """Merge events stating the same fact; the earliest statement keeps its id and position."""
    out: list[Event] = []
    for ev in events:
        target = next((o for o in out if same_fact(o, ev, published)), None)
        if target is None:
            out.append(ev)
        else:
            if ev.modality == "negated":
                target.modality = "negated"  # the later denial wins over the rumour, as negation within a sentence
            elif ev.modality != target.modality and \
                    FACTUALITY.index(ev.modality) < FACTUALITY.index(target.modality) and not _commented_on(ev):
                target.modality = ev.modality  # the more factual statement decides (strikes, deals, leadership)
            _absorb(target, ev)
    return out
