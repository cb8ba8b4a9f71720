"""The event stage: sentences → triggers → arguments → modality, time, evidence → merged events.

Reads as its steps (`extract_events`); each step lives in its own module:
triggers (lexicons), sentence (slots and cues), roles (argument rules),
modality, timing and merge. Work per sentence is a fixed number of
precompiled regular expression scans plus a pass over its mentions and
values, so the stage stays linear in the article length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta

from newsgraph.events.associations import association_names, inside
from newsgraph.events.lexicon import is_common_word
from newsgraph.events.masthead import in_spans, masthead_spans
from newsgraph.events.merge import KEY_ROLES, args_agree, merge_events
from newsgraph.events.modality import (NO_RESULT_DE, absolute_phrase_modality, detect_modality, offered,
                                      plainly_negated, signed_relative, trigger_clause)
from newsgraph.normalize.places import gazetteer as places_gazetteer
from newsgraph.events.names import (COMPANY_NAME_WORDS, company_by_suffix, described_names, describes_next_name,
                                   descriptor_noun, fallback_orgs, is_common_noun_org, is_descriptive,
                                   is_descriptor_gap, is_pronoun, is_street, kind_after_en, looks_like_person,
                                   modifies_described_name, only_describes, person_tokens, with_surname)
from newsgraph.events.roles import FILLERS, _arg, _is_place, _orgs
from newsgraph.events.sentence import ROLE_WORDS, SentenceView, build_view, first_role_word_at, is_non_party
from newsgraph.events.timing import event_time
from newsgraph.events.triggers import TriggerHit, TriggerSpec, cue_present, find_triggers, lowered_for_twins
from newsgraph.model import Article, Argument, Event, Evidence, Mention, Sentence, TimeSpan, make_id
from newsgraph.settings import Settings

# Lines that are navigation or teasers even when the cleaner let them through.
_TEASER = re.compile(
    r"^\s*(lesen sie (auch|mehr)|mehr zum thema|mehr dazu|auch interessant|das könnte sie (auch )?interessieren|"
    r"weitere artikel|weiterlesen|zum thema|siehe auch|verwandte artikel|empfehlungen|anzeige|werbung|"
    r"foto|bild|quelle|copyright|©|related( articles| stories)?|read (more|also|next)|see also|more on this|"
    r"recommended|advertisement|sponsored|photo|image|credit|subscribe|newsletter|teilen|share)\b[:\s|]",
    re.IGNORECASE)
_BULLET = re.compile(r"^\s*[»›→•▶►|>*]")

_EARNED = ("revenue", "profit", "loss")
MODALITY_FACTOR = {"asserted": 1.0, "planned": 0.95, "expected": 0.9, "speculative": 0.8, "negated": 0.9}
# a generic agreement word ("unterzeichnet", "Vertrag", "signed") inside a sentence that names a more specific
# deal (an acquisition, merger, ...) is part of that deal, not a second event
_SUBSUMES_AGREEMENT = {"acquisition", "merger", "partnership", "investment", "spin_off"}
# "talks", "treffen", "Gespräche" next to a business event are the negotiation of that event, not a meeting
_TALK_TRIGGER = re.compile(r"^(talks|treffen|gespräch|verhandl|negotiat)", re.IGNORECASE)
_BUSINESS = _SUBSUMES_AGREEMENT | {"agreement"}
# a contract named by what it delivers stands beside a partnership or deal of the same sentence ("haben eine
# Partnerschaft vereinbart und einen verbindlichen Liefervertrag unterzeichnet", "a supply agreement")
_OWN_CONTRACT = re.compile(r"(?i)(liefer|abnahme|rahmen|wartungs|service|dienstleistungs)vertr(a|ä)g\w*|"
                           r"((\S+ )?binding )?(supply|offtake|service|framework|maintenance) (agreement|contract|deal)s?")
_QUOTE = re.compile(r"[\"“„»«]([^\"“”„»«]{12,})[\"”“«»]")
_EN_WORDS = re.compile(r"\b(the|we|our|have|has|will|to|of|and|is|are|this|that|with|for|a|it|in)\b",
                       re.IGNORECASE)
_DE_WORDS = re.compile(r"\b(der|die|das|wir|unser\w*|haben|hat|wird|werden|zu|und|ist|sind|mit|für|ein\w*|"
                       r"nicht|auch|sich)\b", re.IGNORECASE)
# "Knut Eichholz, kaufmännischer Geschäftsführer der X": an adjective may stand before the post ("neuer" is a change)
_HOLDS_GAP = re.compile(r"^\s*,\s*(der|die|the|seit \w+|since \w+)?\s*((?!neue)(?-i:[a-zäöüß]+(er|e|en))\s+)?$",
                        re.IGNORECASE)
# "Managing Director Sanjeev Kumar von State Oil": the organisation after the person
_PER_ORG_GAP = re.compile(r"\s+(von|vom|of|bei|beim|at)\s+((der|des|dem|the)\s+)?", re.IGNORECASE)
_COPULA_GAP = re.compile(r"^\s+(ist|is|war|was|bleibt|remains)\s+(\S+\s+){0,3}?$", re.IGNORECASE)
_FORMER = re.compile(r"(ehemalig|frühere|bisherig|scheidend|former|outgoing|ex-)", re.IGNORECASE)
# founders and spokespeople are named with a role word, but they hold no leading post
_NOT_A_POST = re.compile(r"(?i)^(mit)?(gründer|begründer|founder|co-founder|sprecher|spokes|"
                         # the recogniser tags more jobs than posts: an analyst or a reporter leads nothing
                         r"analyst|\w*experte|\w*expertin|expert|ökonom|economist|strateg|berater|consultant|"
                         r"journalist|reporter|korrespondent|correspondent|redakteur|mitarbeiter|employee|"
                         r"ingenieur|engineer|anwalt|anwältin|lawyer|attorney)")

# "Xiaomi-Chef Lei Jun", "Toyota chief Akio Toyoda" → a leadership holds fact (guideline: docs/events-gold-format.md)
COMPOUND_HOLDS = True
CORE_ROLE_COUNT = {t: len(r) for t, r in KEY_ROLES.items()}


def _skip_sentence(article: Article, sent: Sentence) -> bool:
    if article.in_region(sent.start, sent.end) is not None:
        return True
    text = article.text[sent.start:sent.end]
    line_start = article.text.rfind("\n", 0, sent.start) + 1
    line_end = article.text.find("\n", sent.end)
    line = article.text[line_start:line_end if line_end >= 0 else len(article.text)]
    return bool(_TEASER.match(text) or _TEASER.match(line) or _BULLET.match(line))


def _needs_met(spec: TriggerSpec, view: SentenceView) -> bool:
    for need in spec.needs:
        if need == "org" and not _orgs(view):
            return False
        if need == "person" and not view.of_kind("PER"):
            return False
        if need == "place" and not (view.values("place") or view.of_kind("LOC")):
            return False
        if need in ("count", "money", "fraction") and not view.values(need):
            return False
        if need == "number" and not (view.values("count") or view.values("money")):
            return False
        if need == "figure" and not any(view.values(k) for k in ("count", "money", "fraction", "period")):
            return False
        if need.startswith("cue:") and not cue_present(need[4:], view.text):
            return False
    return True


def _confidence(spec_strength: float, type_: str, args: list[Argument], modality: str) -> float:
    keys = KEY_ROLES.get(type_, ())
    roles = {a.role for a in args}
    filled = sum(1 for role in keys if role in roles)
    completeness = filled / len(keys) if keys else 1.0
    score = spec_strength * (0.55 + 0.45 * completeness) * MODALITY_FACTOR[modality]
    return round(max(0.05, min(0.99, score)), 3)


_WEEKDAY = re.compile(r"(?i)\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|"
                      r"wednesday|thursday|friday|saturday|sunday)\b")
_FUTURE_WEEKDAY = re.compile(r"(?i)\b(für|for|kommende[nmr]?|nächste[nmr]?|next|this coming|ab|from)\s+(den\s+|dem\s+)?"
                             r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
                             r"thursday|friday|saturday|sunday)")
_PAST_MARKER_DE = re.compile(r"(?i)\b(hat|haben|hatte|hatten|war|waren|wurde|wurden|worden|ist|sind|traf\w*|kam\w*|"
                             r"ging\w*|gab\w*|nahm\w*|sprach\w*|stand\w*|fand\w*|hielt\w*|ließ\w*|rief\w*|"
                             r"schloss\w*|stieg\w*|fiel\w*|zog\w*|brachte\w*|verließ\w*|begann\w*|übernahm\w*|"
                             r"erwarb\w*|entließ\w*|empfing\w*|strich\w*|blieb\w*|scheiterte\w*|platzte\w*|endete\w*|"
                             r"(eröffne|kauf|starte|stell|melde|bau|kündig|ernann|"
                             r"besuch|unterzeichne|investier|streik|leg|führ|präsentier|verkauf|teil|sag|erklär|"
                             r"bericht|bestätig)ten?)\b")


def _trigger_clause(text: str, start: int) -> str:
    """The comma/semicolon/colon-delimited stretch of the sentence that holds position `start`."""
    a = max(text.rfind(c, 0, start) for c in ",;:")
    ends = [i for i in (text.find(c, start) for c in ",;:") if i >= 0]
    return text[a + 1:min(ends) if ends else len(text)]


_PAST_MARKER_EN = re.compile(r"(?i)\b(was|were|had|did|said|told|met|went|began|took|made|held|sold|bought|left|won|"
                             r"lost|struck|rose|fell|came|gave|saw|led|paid|sat|spoke|grew|swung|broke|shut|ran|chose|sent|built|spent|"
                             r"brought|sought|withdrew|stood|kept|\w+ed)\b")


# "hat die Beschäftigten zu einem Warnstreik am Donnerstag aufgerufen": the day of the strike called for
_CALL_DE = re.compile(r"(?i)\b(aufgerufen|aufzurufen|aufrufen|(ruft|rufen|rief|riefen)\b.*\bauf)\b")


def _called_for(day: str, text: str) -> bool:
    if not _CALL_DE.search(text):
        return False
    return bool(re.search(r"(?i)\bzu(m|r)?\s+(\S+\s+){0,3}?\S*(streik|ausstand|arbeitsniederlegung)\w*\s+(\S+\s+){0,2}?"
                          + re.escape(day), text))


def _announced_weekday(time: TimeSpan | None, view: SentenceView, published: str | None,
                       told_past: bool = False) -> TimeSpan | None:
    """A weekday the normalizer put in the past is the next one when the sentence announces it.

    "Apple eröffnet am Samstag ..." (present tense) and "für Mittwoch zu einem
    Warnstreik aufgerufen" speak of the coming day; "hat am Mittwoch eröffnet"
    of the last one. An English trigger in the past tense tells a past day even when an
    apposition cuts the weekday's clause off from it ("rolled out X, its new model, to
    customers on Tuesday").
    """
    if time is None or not time.start or not time.text or not _WEEKDAY.search(time.text) or time.text not in view.text:
        return time  # (a weekday borrowed from the previous sentence is read by that sentence's tense)
    if not isinstance(time.value, dict) or "date" not in time.value or not published or time.start >= published[:10]:
        return time  # today, or already ahead of the publication date ("next Monday"): nothing to move
    # the clause that names the day decides ("Am Donnerstag streikt das Bodenpersonal, zu dem Ausstand hat Verdi
    # aufgerufen": the past of the other clause is not the strike's)
    at = view.text.find(time.text)
    scope = _trigger_clause(view.text, at) if at >= 0 else view.text
    if at >= 0 and not _WORD_CHAR.search(scope.replace(time.text, "")):
        scope = _trigger_clause(view.text, at + len(time.text) + 1)  # "On Monday, X met Y": the day fronted alone
        #                                                             is told by the clause after it
    announced = any(m.start() < at + len(time.text) and at < m.end() for m in _FUTURE_WEEKDAY.finditer(view.text)) \
        or _called_for(time.text, view.text) or (
        view.lang == "de" and not _PAST_MARKER_DE.search(scope)) or (  # "eröffnet am Samstag": present tense
        view.lang == "en" and not told_past and not _PAST_MARKER_EN.search(scope))  # "The store opens on Saturday"
    if not announced:
        return time
    try:
        day = date.fromisoformat(time.start) + timedelta(days=7)
    except ValueError:
        return time
    return TimeSpan(time.text, day.isoformat(), day.isoformat(), {**time.value, "date": day.isoformat()})


_SINCE = re.compile(r"(?i)(seit|since)\b")


# a trigger word in a past form: what it tells has happened ("gestrichen", "übernahm", "acquired", "bought")
_PRETERITE_DE = re.compile(r"(?i)(\w+(te|ten)|übernahm\w*|erwarb\w*|entließ\w*|strich\w*|schloss\w*|traf\w*|"
                           r"verließ\w*)")
_PARTICIPLE_DE = re.compile(r"(?i)(ge\w+(t|en)|\w+iert|übernommen|erworben|verkauft|entlassen|abgebaut|abgespalten|"
                            r"ausgegliedert|vorgestellt|eröffnet|ernannt|berufen)")
# a perfect or past passive before the participle; "wird ... übernommen" (passive present) is no past
_PAST_AUX_DE = re.compile(r"(?i)\b(hat|haben|hatte|hatten|war|waren|wurde|wurden|ist|sind)\b(?!.*\b(wird|werden|soll|"
                          r"sollen|will|wollen)\b)")
_PAST_TRIGGER_EN = re.compile(r"(?i)(\w+ed|bought|sold|took|made|held|met|won|struck|began|led|paid|left|"
                              r"went|brought|became|laid|sat)")


_FUTURE_AUX_EN = re.compile(r"(?i)\b(will|to|be|is|are)\s+$")
_TRAILING_EN = frozenset(("the", "a", "an", "in", "into", "to", "on"))
_WORD_CHAR = re.compile(r"\w")


def _past_form(trigger: str, lang: str, before: str) -> bool:
    words = trigger.split()
    if not words or words[-1][:1].isupper():
        return False  # a noun ("Übernahme", "Stellen"): no tense
    if lang == "en":  # the verb, not a word the trigger takes after it ("entered the", "expanded into"); the verb of a
        # phrasal trigger is its first word ("laid off", "rolled out", "made … redundant")
        verb = next((w for w in reversed(words) if w.lower() not in _TRAILING_EN), words[-1])
        return bool(_PAST_TRIGGER_EN.fullmatch(verb) or _PAST_TRIGGER_EN.fullmatch(words[0])) and \
            not _FUTURE_AUX_EN.search(before)
    if _PRETERITE_DE.fullmatch(words[-1]):
        return True
    return bool(_PARTICIPLE_DE.fullmatch(words[-1]) and _PAST_AUX_DE.search(before))


def _announced_change(type_: str, args: list[Argument], text: str, pos: int, lang: str) -> bool:
    """Whether a present tense with a date ahead makes the event an announcement (docs/events-gold-format.md,
    "Leadership changes"): every type but leadership, and of leadership only a change (appointed, departed) whose
    clause tells no past act. A standing post ("Volkswagen-Chef X") holds now whatever the sentence plans; a change
    decided in the past ("hat X zum Chef berufen", "has found a new CEO: …", "named X, effective June 1") is done,
    the date is when it takes effect."""
    if type_ != "leadership":
        return True
    if not any(a.role == "change" and a.value in ("appointed", "departed") for a in args):
        return False
    clause = _clause_of(text, pos)
    return not (_past_marker(lang).search(clause) or _PERFECT_AUX.search(clause))


def _in_future(time: TimeSpan | None, published: str | None) -> bool:
    return bool(time and time.start and published and time.start > published[:10])


def _runs_on(time: TimeSpan | None, published: str | None) -> bool:
    """The time is a period that has begun but not ended by the publication date ("in diesem Jahr"); not one that
    runs since then ("Seit dieser Woche vertreibt X ...": it is going on)."""
    return bool(time and time.start and time.end and published and time.start < published[:10] < time.end) and \
        not _SINCE.match(time.text or "")


_OFFERED_TYPES = frozenset(("acquisition", "merger", "investment"))
# a unit taken public: "bringt … an die Börse", "Börsengang", "IPO", "float", "list … separately"
_LISTING = re.compile(r"(?i)\b(an die börse|börsengang\w*|börsennotierung|ipo|float\w*|list(s|ing)?\b)")
# a date at the end of a running period: "zum Jahresende", "zum Monatsende", "at the end of the month"
_PERIOD_END = re.compile(r"(?i)\b(zum (jahres|monats|quartals|halbjahres)ende|zum jahreswechsel|"
                         r"(at|by) the end of (the|this) (month|year|quarter)|at (the )?(month|year)-end|"
                         # a named month in the present tense is the coming one: "is leaving X at the end of March"
                         r"at the end of (january|february|march|april|may|june|july|august|september|october|"
                         r"november|december)(?! (19|20)\d\d))\b")
# a time that names its year ("im März 2024", "im vergangenen Jahr", "last spring") is not moved ahead
_YEAR_NAMED = re.compile(r"(?i)\b(1[89]|20)\d\d\b|vergangen|vorig|letzt|last|previous|earlier|this|diese[snm]?\b|"
                         r"heute|gestern|today|yesterday|seit|since")


# deals that are done when signed, whatever date they run from (a strike called for a day is still ahead)
_DEAL_TYPES = frozenset({"agreement", "partnership", "acquisition", "merger", "investment"})
# an English purpose infinitive that builds the site: "has teamed up with Y to build a 200MW battery plant", "raised
# £40m to open a factory in X": what the deal or the money is for is still to come, whatever tense the sentence has
_TO_BUILD_EN = re.compile(r"(?i)\bto\s+(?:build|construct|open|set up|develop|establish)\s+(?:[\w-]+\s+){0,4}$")
_PERFECT_AUX = re.compile(r"(?i)\b(hat|haben|hatte|hatten|has|have|had)\b")


def _perfect_noun(trigger: str, clause: str) -> bool:
    """A deal noun in a perfect clause is done, whatever date it runs from: "haben einen Liefervertrag über Zellen ab
    2028 unterzeichnet", "has signed a contract for deliveries from 2028"."""
    return trigger[:1].isupper() and bool(_PERFECT_AUX.search(clause)) or \
        (not trigger[:1].isupper() and " " not in trigger and trigger.islower() and
         bool(re.search(r"(?i)\b(has|have|had)\s+(\w+\s+)?(signed|agreed|struck|inked|sealed|formed|closed)\b", clause)))


def _past_marker(lang: str) -> re.Pattern:
    return _PAST_MARKER_EN if lang == "en" else _PAST_MARKER_DE


def _own_phrase(text: str, pos: int) -> str:
    """The trigger's clause from the trigger on, up to a coordinated verb phrase ("gliedert X aus und bringt sie an
    die Börse": the listing is the second phrase's)."""
    a, b = trigger_clause(text, pos)
    rest = text[pos:b]
    m = re.search(r"(?i)\s(und|and|sowie)\s", rest)
    return rest[:m.start()] if m else rest


def _clause_of(text: str, pos: int) -> str:
    a, b = trigger_clause(text, pos)
    return text[a:b]


_DEADLINE_CUE = re.compile(r"(?i)(bis|by)\s")


_NO_OUTCOME = re.compile(r"(?i)(" + NO_RESULT_DE + r"|without (an? )?"
                         r"(agreement|deal|result|breakthrough)|talks (ended|broke down|collapsed)|"
                         r"\w*(verhandlungen|gespräche)\b[^,;:]{0,80}?\b(beendet|abgebrochen))")
_PAST_ANNOUNCEMENT = re.compile(r"(?i)angekündigt|kündigte\s.*\san|kündigten\s.*\san")


def _make_event(article: Article, view: SentenceView, type_: str, hit: TriggerHit, args: list[Argument],
                strength: float, rule: str, index: int) -> Event:
    found = detect_modality(view.text, hit.start, hit.end, hit.spec.lang)
    modality = found.modality
    keys = KEY_ROLES.get(type_, ())
    key_texts = sorted(a.text for a in args if a.role in keys)
    sent = view.sentence
    told_past = _past_form(hit.text, hit.spec.lang, view.text[:hit.start]) or \
        signed_relative(view.text, hit.start, hit.end) is not None  # "an agreement that X signed in March"
    if modality == "planned" and told_past and found.cue and _DEADLINE_CUE.match(found.cue):
        # "haben sich auf eine Stundung bis Ende 2026 geeinigt", "signed a contract that runs by 2030": a deal told as
        # done whose content runs to a deadline; the deadline is the content's, so the clause is read without it
        at = view.text.find(found.cue)
        masked = view.text[:at] + " " * len(found.cue) + view.text[at + len(found.cue):]
        modality = detect_modality(masked, hit.start, hit.end, hit.spec.lang).modality
    if modality == "asserted" and hit.spec.attrs.get("for_sale"):
        modality = "planned"  # "has put itself up for sale", "steht zum Verkauf": on offer, not sold
    if type_ == "meeting" and modality == "negated" and found.cue and _NO_OUTCOME.fullmatch(found.cue):
        # "Die Verhandlungsrunde war ohne Ergebnis geblieben", "talks ended without a deal": the meeting took place,
        # only its outcome is denied
        at = view.text.find(found.cue)
        masked = view.text[:at] + " " * len(found.cue) + view.text[at + len(found.cue):]
        modality = detect_modality(masked, hit.start, hit.end, hit.spec.lang).modality
    time = event_time(article, sent, view.start + hit.start, index, trigger_end=view.start + hit.end,
                      event_type=type_, modality=modality, told_past=told_past)
    time = _announced_weekday(time, view, article.published, told_past and hit.spec.lang == "en")
    if rule == "leadership.holds.compound" or (rule.startswith("leadership.holds") and (
            modality != "negated" or not plainly_negated(view.text, hit.start, hit.spec.lang))):
        modality = "asserted"  # an apposition states who holds a post now, whatever the clause plans; a compound
        #                        ("sagte Daimler-Chef X nicht") presupposes it, even inside a denial
        if _in_future(time, article.published):
            time = None  # nor is the sentence's date ahead its time ("Volkswagen-Chef X will im Jahr 2030 …")
    decided = modality == "planned" and type_ == "leadership" and bool(found.cue) and \
        bool(_PAST_ANNOUNCEMENT.fullmatch(found.cue or ""))
    # ("hatte angekündigt, sein Amt zum 30. Juni niederzulegen": a change decided in the past, whatever day it takes
    # effect; docs/events-gold-format.md, "Leadership changes")
    if modality == "asserted" and hit.spec.attrs.get("announced"):
        modality = "planned"  # "is coming to Poland": the progressive announces the arrival
    if modality == "planned" and type_ == "financial_figure" and hit.spec.attrs.get("metric") in _EARNED:
        modality = "expected"  # revenue is reached, not done: "soll 2 Milliarden Euro Umsatz erzielen" forecasts
        #                        (deliveries are done: "will eine Million Autos ausliefern" is a plan)
    lang = hit.spec.lang
    if modality == "asserted" and type_ == "facility" and lang == "en" and \
            _TO_BUILD_EN.search(view.text, max(0, hit.start - 60), hit.start):
        modality = "planned"
    if modality == "asserted" and type_ in _OFFERED_TYPES and offered(view.text, hit.start, hit.end, lang):
        modality = "planned"  # "legt ein Übernahmeangebot vor", "made an offer for": an offer is no done deal
    if modality == "asserted":
        for arg in args:
            if arg.role in ("count", "quantity", "value") and view.start <= arg.start < view.start + len(view.text):
                told = absolute_phrase_modality(view.text, arg.start - view.start, lang).modality
                if told != "asserted":
                    modality = told  # "…, with 15 openings planned in Germany": the phrase tells the count's fate
                    break
    announced = _announced_change(type_, args, view.text, hit.start, lang)
    present = modality == "asserted" and announced and not told_past
    if present and type_ == "spin_off" and _LISTING.search(_own_phrase(view.text, hit.start)) and \
            not _past_marker(lang).search(_clause_of(view.text, hit.start)):
        modality = "planned"  # "bringt seine Sparte an die Börse": a listing told in the present is announced
    elif present and _PERIOD_END.search(_clause_of(view.text, hit.start)) and \
            not _past_marker(lang).search(_clause_of(view.text, hit.start)):
        modality = "planned"  # "streicht zum Jahresende 300 Stellen", "scheidet zum Monatsende aus": a date ahead
    elif present and lang == "de" and type_ != "financial_figure" and time is not None and \
            time.text and time.text in view.text and time.start and \
            article.published and time.start < article.published[:10] and not _YEAR_NAMED.search(time.text) and \
            not _past_marker(lang).search(view.text):
        ahead = event_time(article, sent, view.start + hit.start, index, trigger_end=view.start + hit.end,
                           event_type=type_, modality="planned", told_past=False)
        if _in_future(ahead, article.published):
            modality, time = "planned", ahead  # "startet im Frühjahr in Italien" (October): next spring, not last
    if modality == "asserted" and announced and not told_past and \
            _in_future(time, article.published) and time.text in view.text and \
            not (type_ in _DEAL_TYPES and _perfect_noun(hit.text, _clause_of(view.text, hit.start))):
        modality = "planned"  # "eröffnet am Samstag", "launches in June", "verlässt das Unternehmen zum 30. Juni",
        #                       "übernimmt zum 1. Juli die Leitung": present tense, future date (of the sentence
        #                       itself: a time borrowed from the previous sentence does not say what this one tells)
    elif modality == "asserted" and type_ not in ("leadership", "financial_figure") and view.lang == "de" and \
            _runs_on(time, article.published) and time.text in view.text and not _PAST_MARKER_DE.search(view.text):
        modality = "planned"  # "eröffnet in diesem Jahr 100 Filialen": German present tense over a running period
    if decided:
        modality = "asserted"
    return Event(
        id=make_id("v_", article.id, type_, str(sent.start), *key_texts),
        type=type_,
        modality=modality,
        arguments=args,
        time=time,
        evidence=[Evidence(article.id, sent.start, sent.end, article.text[sent.start:sent.end])],
        confidence=_confidence(strength, type_, args, modality),
        trigger=hit.text,
        rule=rule,
    )


def _holds_events(article: Article, view: SentenceView, index: int) -> list[Event]:
    """Standing leadership facts from apposition or copula: "Lei Jun, CEO von Xiaomi", "X ist Konzernchef"."""
    out = []
    text = article.text
    for per in view.of_kind("PER"):
        role, org = view.roles_of.get(id(per), (None, None))
        if role is None or _NOT_A_POST.match(role.text):
            continue
        if org is not None and _is_place(view, org):
            continue  # "Venezuelas Präsident Maduro", "the mayor of Paris": a state or city, not a company
        if role.start < per.end and org is None:
            org = next((o for o in _orgs(view) if o.start >= per.end and _PER_ORG_GAP.fullmatch(text[per.end:o.start])),
                       None)
            if org is not None and not _is_place(view, org) and not _FORMER.search(
                    text[max(view.start, role.start - 12):role.end]):
                local = role.start - view.start
                hit = TriggerHit(TriggerSpec("leadership", view.lang, "", "noun", 0.7), local, local + len(role.text),
                                 role.text)
                args = [_arg("person", per), _arg("role", role), _arg("organization", org),
                        Argument("change", role.text, role.start, role.end, value="holds")]
                out.append(_make_event(article, view, "leadership", hit, args, 0.7, "leadership.holds.apposition",
                                       index))
            continue
        if role.start < per.end:  # "Xiaomi-Chef Lei Jun", "Apple CEO Tim Cook": a compound naming the organisation
            if not COMPOUND_HOLDS or org is None or org.end > role.start or _FORMER.search(role.text) or \
                    _FORMER.search(text[max(view.start, org.start - 12):org.start]):
                continue
            local = role.start - view.start
            hit = TriggerHit(TriggerSpec("leadership", view.lang, "", "noun", 0.6), local, local + len(role.text),
                             role.text)
            args = [_arg("person", per), _arg("role", role), _arg("organization", org),
                    Argument("change", role.text, role.start, role.end, value="holds")]
            out.append(_make_event(article, view, "leadership", hit, args, 0.6, "leadership.holds.compound", index))
            continue
        gap = text[per.end:role.start]
        if org is not None and per.end <= org.start and org.end <= role.start:  # "Joachim Reiter, Verdi Landesleiter"
            gap = text[per.end:org.start] + text[org.end:role.start]
        copula_before = bool(re.search(r"(ist|is)\s+$", text[max(0, per.start - 6):per.start])) and \
            bool(re.fullmatch(r"\s+((seit|since)\s+\S+\s+)?", gap))
        caption = bool(_CAPTION_GAP.match(gap)) and org is not None  # "Frank Roselieb: Direktor des Instituts ..."
        caption = caption or (bool(_ALS_GAP.match(gap)) and org is not None)  # "Colsman nun als Geschäftsführer von X"
        if not (_HOLDS_GAP.match(gap) or _COPULA_GAP.match(gap) or copula_before or caption) or \
                _FORMER.search(gap + role.text):
            continue
        if org is None:  # the post's organisation follows it in an apposition ("X, Leiterin Y bei der Z"); a name
            #              before the person is only taken when none follows ("Freut sich: X, Leiter ...")
            after = [o for o in _orgs(view) if role.end <= o.start <= role.end + 60]
            near = after or sorted(_orgs(view), key=lambda o: abs(o.start - role.start))
            org = near[0] if near else None
        if org is None:
            continue
        local = role.start - view.start
        hit = TriggerHit(TriggerSpec("leadership", view.lang, "", "noun", 0.7), local, local + len(role.text),
                         role.text)
        args = [_arg("person", per), _arg("role", role), _arg("organization", org),
                Argument("change", role.text, role.start, role.end, value="holds")]
        out.append(_make_event(article, view, "leadership", hit, args, 0.7, "leadership.holds.apposition", index))
        for role2, org2 in _further_posts(view, per, role):
            local = role2.start - view.start
            hit = TriggerHit(TriggerSpec("leadership", view.lang, "", "noun", 0.7), local, local + len(role2.text),
                             role2.text)
            args = [_arg("person", per), _arg("role", role2), _arg("organization", org2),
                    Argument("change", role2.text, role2.start, role2.end, value="holds")]
            out.append(_make_event(article, view, "leadership", hit, args, 0.7, "leadership.holds.apposition", index))
    out += _role_of_org_then_person(article, view, index)
    return out


_CAPTION_GAP = re.compile(r"^\s*:\s*$")
_ALS_GAP = re.compile(r"^\s+((nun|jetzt)\s+)?als\s+$", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?i)(?<!\w)(und|sowie|and)\s+((der|die|des|the)\s+)?$")
_POST_OF = re.compile(r"(?i)\s*(des|der|von|vom|bei|beim|of|at)\s+((der|des|dem|the)\s+)?")


def _further_posts(view: SentenceView, per, role) -> list[tuple[object, object]]:
    """ "X ist Direktor des A, ein Spin-Off der B, und Vorstandsmitglied der C": the person holds each post joined by
    "und/sowie/and" to the first, when it names its organisation ("der C") and no other person stands between."""
    text, out = view.article.text, []
    orgs = _orgs(view)
    pers = [p for p in view.of_kind("PER") if p is not per and p.start > per.end]
    for r in view.of_kind("ROLE"):
        if r.start <= role.end or not _AND_BEFORE.search(text[max(view.start, r.start - 12):r.start]):
            continue
        if any(p.start < r.start for p in pers) or ";" in text[role.end:r.start] or \
                _NOT_A_POST.match(r.text) or _FORMER.search(text[max(view.start, r.start - 12):r.end]):
            continue
        org = next((o for o in orgs if o.start >= r.end and _POST_OF.fullmatch(text[r.end:o.start])), None)
        if org is not None and not _is_place(view, org):
            out.append((r, org))
    return out


# "des Bundes der Strafvollzugsbediensteten Hessen (BSBD), Birgit Kannegießer": the abbreviation may stand between
_ORG_PER_GAP = re.compile(r"\s*(\([^()]{1,20}\)\s*)?,\s*")
# "Der Chef von X", "der Vorsitzende der Geschäftsführung von X", "Beim Chef des weltgrößten PC-Herstellers X"
_ROLE_ORG_PER_GAP = re.compile(r"\s*((der|des)\s+[A-ZÄÖÜ][\w-]+\s+)?(von|vom|of|bei|at|des|der)\s+(der|des|dem|the)?\s*"
                               r"([\w-]+\s+){0,2}$", re.IGNORECASE)


def _role_of_org_then_person(article: Article, view: SentenceView, index: int) -> list[Event]:
    """ "Der Chef von Voltaris, Jan Ehlers, sagte" / "The CEO of Lumenta, Maria Okafor, said": holds."""
    out = []
    text = article.text
    orgs, pers = _orgs(view), view.of_kind("PER")
    for role in view.of_kind("ROLE"):
        org = next((o for o in orgs if o.start >= role.end and _ROLE_ORG_PER_GAP.match(text[role.end:o.start])), None)
        if org is None or _FORMER.search(text[max(view.start, role.start - 12):role.end]):
            continue
        per = next((p for p in pers if p.start >= org.end and _ORG_PER_GAP.fullmatch(text[org.end:p.start])), None)
        if per is None:
            continue
        local = role.start - view.start
        hit = TriggerHit(TriggerSpec("leadership", view.lang, "", "noun", 0.7), local, local + len(role.text),
                         role.text)
        args = [_arg("person", per), _arg("role", role), _arg("organization", org),
                Argument("change", role.text, role.start, role.end, value="holds")]
        out.append(_make_event(article, view, "leadership", hit, args, 0.7, "leadership.holds.role_of", index))
    return out


_PLACE_ADJECTIVE_AFTER = re.compile(r"-(based|headquartered|listed|born|registered)\b")

def _inside_trigger(m: Mention, start: int, end: int, trigger: str, before: str) -> bool:
    """A name candidate that is part of a trigger phrase ("Chapter" of "Chapter 11"); a one-word trigger that is
    the whole candidate is a name that happens to end like one ("Vorwerk", "Akkuwerk")."""
    if not (start <= m.start and m.end <= end):
        return False
    del trigger, before  # a name candidate that is (part of) a trigger word is the event, not its actor
    return True


def _quote_language(text: str) -> str | None:
    en, de = len(_EN_WORDS.findall(text)), len(_DE_WORDS.findall(text))
    if en >= 2 and en > de:
        return "en"
    if de >= 2 and de > en:
        return "de"
    return None


def _sentence_triggers(text: str, lang: str) -> list[TriggerHit]:
    """Triggers of the sentence's language, plus those of a quote in the other language.

    'Über die Zukunft sagte X: "We have decided to close the plant."' is one
    sentence tagged German; the English lexicon runs on the quote only.
    """
    hits = find_triggers(text, lang)
    for m in _QUOTE.finditer(text):
        quote_lang = _quote_language(m.group(1))
        if quote_lang is None or quote_lang == lang:
            continue
        for h in find_triggers(m.group(1), quote_lang):
            h.start += m.start(1)
            h.end += m.start(1)
            hits.append(h)
    return hits


def _names_an_org(article: Article, word: str) -> bool:
    """The word is the first or last word of an organisation the article names in full ("Ferrowerk" of "Ferrowerk
    Antriebstechnik GmbH") and no common noun ("Werk")."""
    if is_common_word(word, "de"):
        return False
    return any(m.type == "ORG" and (m.text == word or " " in m.text and word in (m.text.split()[0], m.text.split()[-1]))
               for m in article.mentions)  # (also the whole one-word name: "Der Möbelhändler Wohnwerk")


def sentence_events(article: Article, view: SentenceView, index: int,
                    hits: list[TriggerHit] | None = None) -> list[Event]:
    """Every event of one sentence, merged within the sentence."""
    events: list[Event] = []
    trigger_at: dict[int, int] = {}
    succession: set[int] = set()
    names = [(s.start - view.start, s.end - view.start) for s in view.of_kind("ORG", "PRODUCT")]
    for hit in hits if hits is not None else _sentence_triggers(view.text, view.lang):
        if any(a <= hit.start and hit.end <= b and b - a > hit.end - hit.start for a, b in names):
            continue  # "Nordvik Shipping": a trigger word inside a name
        if view.text[max(0, hit.start - 1):hit.start] in ("#", "@"):
            continue  # "#Streik #Warnstreik": a hashtag tags a topic, it states nothing ("RT @Personalabbau:" is an
            #           account's name)
        if not _needs_met(hit.spec, view):
            continue
        args = FILLERS[hit.spec.type](view, hit)
        if not args:
            continue
        rule = f"{hit.spec.type}.{view.lang}.{hit.spec.pos}"
        companies = [a for a in args if a.role == "company"]
        if hit.spec.type == "insolvency" and len(companies) > 1:  # "Die A GmbH und die B GmbH haben Konkurs
            rest = [a for a in args if a.role != "company"]     # angemeldet": each company is insolvent
            events += [_make_event(article, view, "insolvency", hit, [c] + rest, hit.spec.strength, rule, index)
                       for c in companies]
            continue
        events.append(_make_event(article, view, hit.spec.type, hit, args, hit.spec.strength, rule, index))
        trigger_at[id(events[-1])] = view.start + hit.start
        if hit.spec.attrs.get("succession"):
            succession.add(id(events[-1]))
    # the investments of a sentence in the order it tells them (the trigger lexicon's order is no reading order): the
    # merge joins a later statement to the first one it agrees with ("Angeführt wird die Runde von X, auch Y beteiligt
    # sich an Z": the round's leader joins the round told before, Y's stake is its own)
    slots = [i for i, e in enumerate(events) if e.type == "investment"]
    if len(slots) > 1:
        told = sorted((events[i] for i in slots), key=lambda e: trigger_at.get(id(e), 0))
        for i, e in zip(slots, told):
            events[i] = e
    posts_taken = {trigger_at[id(e)] for e in events if e.type == "leadership" and id(e) in trigger_at}
    if posts_taken:  # "übernimmt Y die neu geschaffene Position des Finanzchefs": a post taken, no company bought
        events = [e for e in events if e.type != "acquisition" or trigger_at.get(id(e)) not in posts_taken]
    events = _succession_follows_departure(events, succession)
    events = _figures_own_values(events, trigger_at)
    events = _agreement_about(events, trigger_at, view)
    types = {e.type for e in events}
    if types & _SUBSUMES_AGREEMENT:
        events = [e for e in events if e.type != "agreement" or _OWN_CONTRACT.fullmatch(e.trigger or "")]
    if types & _BUSINESS:
        events = [e for e in events if not (e.type == "meeting" and _TALK_TRIGGER.match(e.trigger or ""))]
    launches = [e for e in events if e.type == "product_launch"]
    if launches:  # "launches the Mi 8 in Europe": a launch with its market, not a market entry
        events = [e for e in events if e.type != "market_entry" or not any(
            (e.trigger or "") in (x.trigger or "") or (x.trigger or "") in (e.trigger or "") for x in launches)]
    events = _country_before_region(events, trigger_at)
    events = [_one_store(e, view, trigger_at) for e in events]
    stores = [e for e in events if e.type == "store_expansion"]
    if len(stores) > 1:  # "opened 56 new stores ... and now has 840 shops": the first names the expansion
        events = [e for e in events if e.type != "store_expansion" or e is stores[0]]
    changed = {a.start for e in events if e.type == "leadership" for a in e.args("person")}
    events += [e for e in _holds_events(article, view, index)
               if e.rule != "leadership.holds.role_of" or e.args("person")[0].start not in changed]
    return merge_events(events)


def _market_value(ev: Event) -> dict:
    return next((a.value for a in ev.args("market") if isinstance(a.value, dict)), {})


# one store by its noun in the singular ("Filiale", "Laden", "store"), and a count that names one ("die erste Filiale",
# "its first store", "seine 30. Filiale", "a new shop")
_STORE_SINGULAR = re.compile(r"(?i)((offline|flagship|retail|mi)[- ]?)?(store|shop|showroom|outlet|restaurant|café|cafe)|"
                             r"\w*filiale|laden|ladengeschäft|(einrichtungs|möbel|waren|kauf)haus|markt")
_ONE_STORE_COUNT = re.compile(r"(?i)^((seine[nrms]?|ihre[nrms]?|its|their|the|a|an|one|eine[nrms]?)\s+)?"
                              r"((erste[nrms]?|first|neue[nrms]?|new|weitere[nrms]?|another|\d+\.|\d+(st|nd|rd|th))\s+)?"
                              r"((?-i:[a-z])[\w-]*\s+)?[\w-]+$")  # (also "its first flagship store")


_OWN_FIRST = re.compile(r"(?i)(?<!\w)(its|their|seine[nrms]?|ihre[nrms]?)\s+(first|erste[nrms]?)\s+((?-i:[a-z])[\w-]*\s+)?$")
_CAPITALISED_NEXT = re.compile(r"\s+([A-ZÄÖÜ][\w&'-]*)")


def _descriptor_before_name(text: str, end: int, lang: str) -> bool:
    """A store noun right before a capitalised word that is no common noun ("Möbelhaus Brandner") describes the
    company so named; before a common noun ("ein Möbelhaus Anfang Mai") it is a store."""
    m = _CAPITALISED_NEXT.match(text, end)
    return m is not None and not is_common_word(m.group(1), lang)


def _one_store(ev: Event, view: SentenceView, trigger_at: dict[int, int]) -> Event:
    """ "Die erste Filiale soll im Herbst in Köln eröffnen", "will open its first store in Harrogate": one store at a
    named place is a facility of kind store (docs/events-gold-format.md); a number of stores stays an expansion."""
    if ev.type != "store_expansion" or not _STORE_SINGULAR.fullmatch(ev.trigger or ""):
        return ev
    at = trigger_at.get(id(ev))
    if at is None:
        return ev
    counts = [a for a in ev.args("count") if not (isinstance(a.value, dict) and a.value.get("unit") not in (None, "store"))]
    # "will open 12 stores in the UK, with its first shop due to open in London": the count and the region before "its
    # first shop" are the expansion's, the store after it stands alone
    own_first = _OWN_FIRST.search(view.article.text, max(0, at - 40), at) is not None
    if own_first:
        counts = [a for a in counts if a.start is not None and a.start > at]
    if any(not _ONE_STORE_COUNT.match(a.text) or (isinstance(a.value, dict) and a.value.get("amount") not in (None, 1))
           for a in counts):
        return ev
    # (the place after the store noun first: "zwölf neue Märkte in Österreich; den ersten Markt hat X in Wels eröffnet")
    places = [
        Argument("location", s.text, s.start, s.end, value=s.value if s.is_value else None)
        for s in view.slots if s.start > at and (s.prep in ("in", "im", "at") or (
            s.prep == "on" and is_street(s.text))) and (
            s.kind == "LOC" or s.value_kind == "place" or s.text in places_gazetteer(view.lang) or
            any(m.type == "LOC" and m.start == s.start for m in view.article.mentions))] or \
        [a for a in ev.args("region") if not own_first or (a.start is not None and a.start > at)]
    if not places:
        return ev
    kind = Argument("facility_kind", ev.trigger or "", at, at + len(ev.trigger or ""), value="store")
    args = ev.args("company") + [kind, Argument("location", places[0].text, places[0].start, places[0].end,
                                                value=places[0].value)]
    return replace(ev, type="facility", arguments=args, rule=(ev.rule or "") + ".one_store",
                   id=make_id("v_", ev.id, "facility"))


def _country_before_region(events: list[Event], trigger_at: dict[int, int]) -> list[Event]:
    """ "will das Gerät auch in Deutschland verkaufen – es ist sein erster Schritt auf den europäischen Markt": a
    region named after a country entry of the same company in one sentence sums that entry up; it is no second
    entry."""
    entries = [e for e in events if e.type == "market_entry"]
    drop: set[int] = set()
    for e in entries:
        if "region" not in _market_value(e) or "country" in _market_value(e):
            continue
        companies = {a.text for a in e.args("company")}
        if any(x is not e and "country" in _market_value(x) and companies & {a.text for a in x.args("company")} and
               trigger_at.get(id(x), 0) < trigger_at.get(id(e), 0) for x in entries):
            drop.add(id(e))
    return [e for e in events if id(e) not in drop]


def _succession_follows_departure(events: list[Event], succession: set[int]) -> list[Event]:
    """ "X wird das Institut zum Jahresende verlassen; seine Nachfolge übernimmt Y": the departure is told by its own
    verb, so the succession word's departure of X is the same statement (dropped), and Y takes over when X leaves
    (a planned departure makes the succession planned too)."""
    words = [e for e in events if id(e) in succession]
    if not words:
        return events
    drop: set[int] = set()
    for told in (e for e in events if e.type == "leadership" and id(e) not in succession):
        change = next((a.value for a in told.args("change")), None)
        persons = {a.text for a in told.args("person")}
        for e in words:
            if next((a.value for a in e.args("change")), None) == change and persons & {a.text for a in e.args("person")}:
                drop.add(id(e))
                for other in words:
                    if other.trigger == e.trigger and other is not e and other.modality == "asserted" and \
                            told.modality in ("planned", "expected"):
                        other.modality = told.modality
    return [e for e in events if id(e) not in drop]


_ABOUT = re.compile(r"(?i)\s*(to|zu[mr]?|über|for|on)\b")


def _agreement_about(events: list[Event], trigger_at: dict[int, int], view: SentenceView) -> list[Event]:
    """ "signed a ten-year agreement to jointly operate a terminal": a partnership verb in what the agreement is
    about is its subject, so the agreement is the event (not the partnership that would otherwise subsume it)."""
    agreements = [e for e in events if e.type == "agreement" and id(e) in trigger_at]
    if not agreements:
        return events
    drop: set[int] = set()
    for p in (e for e in events if e.type == "partnership" and id(e) in trigger_at):
        for a in agreements:
            end = trigger_at[id(a)] + len(a.trigger or "")
            if 0 < trigger_at[id(p)] - end <= 30 and _ABOUT.match(view.article.text, end):
                drop.add(id(p))
    return [e for e in events if id(e) not in drop]  # another deal of the sentence may still subsume the agreement


def _figures_own_values(events: list[Event], trigger_at: dict[int, int]) -> list[Event]:
    """ "einen Gewinn von 52 Mio. Euro gemacht – nach einem Verlust im Vorjahreszeitraum": an amount belongs to the
    metric nearest to it; a metric left without any figure that way states none (the sentence gives no number for
    the loss) and is dropped unless it is negated or forecast ("does not expect to return to profit")."""
    figures = [e for e in events if e.type == "financial_figure" and id(e) in trigger_at]
    if len(figures) < 2:
        return events
    drop: set[int] = set()
    for ev in figures:
        for arg in [a for a in ev.arguments if a.role in ("value", "quantity")]:
            mine = abs(trigger_at[id(ev)] - (arg.start or 0))
            if any(o is not ev and any(b.start == arg.start for b in o.arguments)
                   and abs(trigger_at[id(o)] - (arg.start or 0)) < mine for o in figures):
                ev.arguments.remove(arg)
        if ev.modality == "asserted" and not any(a.role in ("value", "quantity") for a in ev.arguments):
            drop.add(id(ev))
    return [e for e in events if id(e) not in drop]


def extract_events(article: Article, settings: Settings | None = None) -> Article:
    """Fill `article.events` from its sentences, mentions and values (see docs/events.md).

    Two passes: triggers for every sentence first, so the costlier fallback
    names run only where an event or its antecedent can be (a trigger
    sentence, the two before it, and sentences naming a role).
    """
    events: list[Event] = []
    prior_orgs: list[Mention] = []
    sentences = [s for s in article.sentences]
    skipped = [_skip_sentence(article, s) for s in sentences]
    all_hits = [[] if skip else _sentence_triggers(article.text[s.start:s.end], s.language or article.language or "de")
                for s, skip in zip(sentences, skipped)]
    posts = _sentences_naming_a_post(article, sentences)
    # the last sentence that can build a view (a trigger, or a post named without one); the sentences after it feed
    # only `prior_orgs`, which no later view reads, so their mentions are not prepared at all
    last = max([i for i, hits in enumerate(all_hits) if hits] + [i for i in posts if not skipped[i]], default=-1)
    if last < 0:  # no sentence can hold an event: the article-wide lookups below would serve nothing
        article.events = []
        return article
    surnames = person_tokens(article)
    masthead = masthead_spans(article)  # "BERLIN (dpa-AFX) -", "Von Karl-Heinz Patzer": never a party
    retyped: set[str] = set()
    introduced = described_names(article, article.language or "de")  # "Der Solarspezialist Sonnwerk", bare later
    wanted = {i + d for i, hits in enumerate(all_hits) if hits for d in (0, -1, -2)}
    wanted |= posts
    for index, sent in enumerate(sentences[:last + 1]):
        if skipped[index]:
            continue
        hits = [h for h in all_hits[index] if not (h.spec.type == "facility" and h.text[:1].isupper() and
                                                   (_names_an_org(article, h.text) or
                                                    any(n == h.text for _, n in introduced)))]
        # ("Ferrowerk" of "Die Ferrowerk Antriebstechnik GmbH": a company's name, not its plant)
        hits = [h for h in hits if not (h.spec.type == "store_expansion" and h.text.endswith("haus") and
                                        _descriptor_before_name(article.text, sent.start + h.end,
                                                                sent.language or article.language or "de"))]
        # ("Das Passauer Möbelhaus Brandner eröffnet …": the store word describes the company named after it)
        lang = sent.language or article.language or "de"
        mentions = [m for m in article.mentions if sent.start <= m.start and m.end <= sent.end
                    and not is_common_noun_org(article.text, m, lang) and not in_spans(m.start, m.end, masthead)
                    and not only_describes(article.text, m, lang) and not _place_before_kind(article, m, lang)]
        # "Der Münchner Softwareanbieter Celonis": a descriptor the recogniser tagged is no second company
        mentions = [m for m in mentions if not describes_next_name(article.text, m, mentions, lang) and
                    not modifies_described_name(article.text, m, lang)]
        if lang == "de":
            mentions = [t for t in (_without_descriptor(m) for m in mentions) if t is not None]
        mentions = [_with_ampersand_partner(article.text, m, lang) for m in mentions]  # "Harrow" of "Harrow & Vale"
        mentions = [_with_company_word(article.text, m) for m in mentions]  # "Hanseatia" of "Hanseatia Versicherung"
        mentions = [part for m in mentions for part in _post_compound_parts(m)]  # "X-Geschäftsführer Y Z" as a person
        if lang == "de":  # "mit Vertretern des Landes Hessen": the state government, a party to talks, no place
            mentions = [_state_government(article.text, m) for m in mentions]
        # "Ryoko Systems" typed a person, "Brightwater Capital" a place: a company by its last word; "Tokyo-based" is
        # a place adjective, no company
        # (a name once retyped stays a company: "Die Drogeriekette Flora Markt will ... Entlassungen schließt Flora
        # Markt aus")
        mentions = [Mention(m.start, m.end, m.text, "ORG", source="events.retyped", score=m.score)
                    if company_by_suffix(m, article.text) or (m.type in ("PER", "LOC") and m.text in retyped) else m
                    for m in mentions if not (m.type == "ORG" and _PLACE_ADJECTIVE_AFTER.match(article.text, m.end))]
        retyped.update(m.text for m in mentions if m.source == "events.retyped" and m.type == "ORG")
        if lang == "en":  # "chain Mango Cloud", "firm Kaiyuan Advanced Packaging": the place the recogniser cut out
            # of a name after a company noun takes the name's other words (and its first word names it later)
            mentions = [_with_rest_of_name(article.text, m) if m.source == "events.retyped" else m for m in mentions]
            retyped.update(m.text for m in mentions if m.source == "events.retyped" and m.type == "ORG")
        if index in posts or any(h.spec.type == "leadership" for h in hits):  # a sentence about a post or a change
            # of its holder is about people, named with their surnames
            mentions = [with_surname(article.text, _as_person(m), lang) for m in mentions]
        values = [v for v in article.values if sent.start <= v.start and v.end <= sent.end]
        extra: list[Mention] = []
        if index in wanted:
            long_names = [a for a in association_names(article, sent) if not in_spans(a.start, a.end, masthead)]
            mentions = [m for m in mentions if not any(inside(a, m) for a in long_names)]  # "Krisenmanagement e.V."
            mentions += [a for a in long_names if not any((m.start, m.end) == (a.start, a.end) for m in mentions)]
            extra = [m for m in fallback_orgs(article, sent, mentions, values, [(h.start, h.end) for h in hits],
                                              surnames, frozenset(n for at, n in introduced if at < sent.start))
                     if not in_spans(m.start, m.end, masthead) and not any(
                         _inside_trigger(m, sent.start + h.start, sent.start + h.end, h.text,
                                         article.text[max(0, m.start - 6):m.start]) for h in hits)]
        extra = [m for m in extra if not is_descriptive(m) and not modifies_described_name(article.text, m, lang)]
        # ("Das Bielefelder Familienunternehmen hat": an anaphor; "UPI payments app Kredly": UPI only qualifies)
        extra = [m for m in extra if not (is_common_word(m.text.split()[0], lang) and any(
            m.start <= sent.start + h.start and sent.start + h.end <= m.end for h in hits))]
        # ("Weitere Streiks seien möglich": a common word and a trigger are the event, no company's name)
        # a person of the recogniser that a company pattern claimed whole ("Die Airlines Alpair und Baltic Connect")
        # is that company in later sentences too
        retyped.update(x.text for x in extra if x.type == "ORG" and " " in x.text and any(
            m.type == "PER" and (m.start, m.end) == (x.start, x.end) for m in mentions))
        names = extra + mentions  # (the names a place-like ORG may modify, built once for all of them)
        mentions = [m for m in mentions if not is_pronoun(m) and not is_descriptive(m) and not any(
            m.type in ("PER", "LOC", "PRODUCT") and x.start < m.end and m.start < x.end for x in extra)
            and not _modifies_a_name(article.text, m, names)] + extra
        if lang == "en":  # "talks with Japan's Kurose Kagaku": the country is the next name's nationality
            mentions = _after_country_possessive(article.text, mentions)
        # "an order for 14 E195 jets": a one-word name with a digit between a count and a vehicle noun is a model, no
        # company ("40 Airbus A321neo jets" keeps its maker)
        mentions = [Mention(m.start, m.end, m.text, "PRODUCT", source="events.retyped", score=m.score)
                    if m.type == "ORG" and " " not in m.text and any(c.isdigit() for c in m.text) and
                    _MODEL_AFTER.match(article.text, m.end) and
                    _COUNT_BEFORE.search(article.text, max(0, m.start - 16), m.start) else m for m in mentions]
        if lang == "en":  # "cut 350 jobs at its Sudbury smelter": a place of the company, no company
            mentions = [Mention(m.start, m.end, m.text, "LOC", source="events.retyped", score=m.score)
                        if m.type == "ORG" and _OWN_SITE_AFTER.match(article.text, m.end) and
                        _POSSESSIVE_BEFORE.search(article.text, max(0, m.start - 12), m.start) else m
                        for m in mentions]
        known = list(prior_orgs)
        prior_orgs.extend(m for m in mentions if m.type == "ORG" and not is_non_party(m.text))
        if not hits and not (any(m.type == "PER" for m in mentions) and index in posts):
            continue  # nothing to extract: no trigger and no "Name, Rolle von Firma" apposition
        view = build_view(article, sent, sorted(mentions, key=lambda m: m.start), values,
                          [(h.start, h.end) for h in hits if h.spec.pos == "verb"],
                          role_words=index in posts or _AFTER_WORD_CHAR.match(article.text, sent.start) is not None)
        view.prior_orgs = known
        events.extend(sentence_events(article, view, index, hits))
    events = _successor_of_a_planned_departure(article, events)
    events = merge_events(events, article.published)
    if any(e.modality == "speculative" for e in events):
        events = _denied_later(article, events, sentences, all_hits, skipped)
    article.events = _unique_ids(article, _one_market_each(_takeover_called_a_merger(_talks_of_a_deal(
        _deal_named_again(_full_name_before_acronym(article, events))))))
    return article


# a denial that names no event of its own ("Ein Sprecher von X dementierte den Bericht", "X denied the report",
# 'there are "no merger talks of any kind"'); "weder bestätigt noch dementiert", "would not confirm or deny" are none
_DENIAL = {
    "de": re.compile(r"(?i)\b(dementier\w*|dementi|bestr(eitet|itt|itten|eiten)|(wies|weist|wiesen|weisen)\b.{0,80}"
                     r"\bzurück|zurückgewiesen|keine\s+(\w+)?(gespräche|verhandlungen)|nicht zur debatte|"
                     r"jeder grundlage)\b"),
    "en": re.compile(r"(?i)\b(denied|denies|deny|denying|(dismissed|rejected)\s+(the\s+|those\s+|these\s+)?"
                     r"(reports?|rumou?rs?|speculation|claims?)|no\s+(\w+\s+){0,2}?(talks|discussions|negotiations)|"
                     r"not\s+in\s+(any\s+)?(talks|discussions))\b"),
}
_NO_DENIAL = re.compile(r"(?i)\b(weder|noch\s+dementier\w*|nicht\s+(zu\s+)?dementier\w*|neither|nor\s+den\w*|"
                        r"or\s+den\w*|(not|n't|declined\s+to)\s+(\w+\s+)?den\w*)\b")


def _denied_later(article: Article, events: list[Event], sentences: list[Sentence],
                  all_hits: list[list[TriggerHit]], skipped: list[bool]) -> list[Event]:
    """A rumour that a later sentence denies without naming an event of its own is one negated event (the denial wins
    across sentences as it does within one; docs/events-gold-format.md, "How modality is decided").

    The denial must name a party of the rumour, and its sentence no trigger of another type: "denied a report that it
    would build a plant" denies that plant, not the rumoured stake told before. When it names the rumour's type ("no
    merger talks") only rumours of that type are denied.
    """
    for index, sent in enumerate(sentences):
        if skipped[index]:
            continue
        lang = sent.language or article.language or "de"
        text = article.text[sent.start:sent.end]
        denial = _DENIAL.get(lang, _DENIAL["de"]).search(text)
        if denial is None or _NO_DENIAL.search(text):
            continue
        # (the talks a denial names, "no merger talks", are the denied deal's, no meeting of their own)
        types = {h.spec.type for h in all_hits[index] if not (h.spec.type == "meeting" and _TALK_TRIGGER.match(h.text))}
        if len(types) > 1 or any(ev.start == sent.start for e in events if e.type in types for ev in e.evidence):
            continue  # the sentence denies (or tells) an event of its own
        for e in events:
            if e.modality != "speculative" or (types and e.type not in types) or not e.evidence or \
                    e.evidence[0].start >= sent.start:
                continue
            names = [a.text for role in KEY_ROLES.get(e.type, ()) for a in e.args(role) if a.value is None]
            if any(re.search(r"(?<!\w)" + re.escape(n.split()[0]) + r"(?!\w)", text) for n in names if n):
                e.modality = "negated"
    return events


# a successor named by the predecessor's pronoun: "Ihr Nachfolger wird Y", "Seine Nachfolgerin ist Y", "Her successor"
_PRONOUN_SUCCESSOR = re.compile(r"(?i)\b((ihr|sein)(e|er|en)?\s+(\w+\s+)?nachfolge(r|rin)?|(her|his)\s+successor|"
                                r"(ihm|ihr)\s+folgt)\b")  # (the dative pronoun: "Ihm folgt Y")


# the predecessor's post taken by the successor in the departure's own sentence: "ihren Posten übernimmt Y"
_PRONOUN_POST = re.compile(r"(?i)\b(ihren|seinen|deren|dessen|her|his)\s+(\w+\s+)?(posten|job|platz|vorsitz|amt|"
                           r"post|role|seat)\b")


# the word of a company's name the recogniser left out after it: its legal form or a noun that only names firms
# ("Die Rheinland Assekuranz" tagged "Rheinland", a place; "Lanternfish Games" tagged "Lanternfish")
_COMPANY_WORD_AFTER = re.compile(r"[ \t]+(?:" + COMPANY_NAME_WORDS + r")(?![\w-])")
# the same with one more capitalised word before the company word: "Midland Courier Services" tagged "Midland"
_WORD_AND_COMPANY_WORD_AFTER = re.compile(r"[ \t]+(?-i:[A-Z])[a-z][\w'’-]*[ \t]+(?:" + COMPANY_NAME_WORDS + r")(?![\w-])")
# a place after these is a place, whatever capitalised noun follows ("in Duisburg Werke …" is not a name)
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?i)(?<!\w)(in|im|nach|aus|bei|von|vom|ab|from|to|at|near|into|across)\s+$")


def _place_before_kind(article: Article, m: Mention, lang: str) -> bool:
    """An English place the recogniser called a company where it stands before a company noun after "the" or "a"
    ("Kestrel Construction, the Leicester builder", "the Munich carmaker"): it says where the company is."""
    if lang != "en" or m.type == "LOC" or " " in m.text or not _DETERMINER_EN_BEFORE.search(
            article.text, max(0, m.start - 5), m.start) or not kind_after_en(article.text, m.end):
        return False
    return any(v.kind == "place" and (v.start, v.end) == (m.start, m.end) for v in article.values)


_DETERMINER_EN_BEFORE = re.compile(r"(?<!\w)(the|a|an)\s+$", re.IGNORECASE)


_POST_COMPOUND_PERSON = re.compile(r"(?P<org>[A-ZÄÖÜ][\w&.]*)-(?P<post>[\w]+)\s+(?P<per>[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ]"
                                   r"[\w.'-]*)+)")


_STATE_BEFORE = re.compile(r"(?<![\w-])(?<!im )(?<!in )(?<!ins )(?:des |das |dem |vom )?(?:Landes|Land)\s+$")


def _state_government(text: str, m: Mention) -> Mention:
    """A German state after "Land" ("des Landes Hessen", "das Land Niedersachsen") is its government, an organisation
    that meets, pays or holds a stake; "im Land Hessen" stays a place."""
    if m.type != "LOC":
        return m
    before = _STATE_BEFORE.search(text, max(0, m.start - 20), m.start)
    if before is None:
        return m
    start = before.start() + (len(before.group()) - len(before.group().lstrip()))
    article_word = re.match(r"(des|das|dem|vom) ", text[start:m.start])
    if article_word:
        start += article_word.end()
    return Mention(start, m.end, text[start:m.end], "ORG", source="events.retyped", score=m.score)


def _post_compound_parts(m: Mention) -> list[Mention]:
    """A person the recogniser took with the compound before the name ("Hollerbach-Geschäftsführer Stefan
    Hollerbach") is the organisation, the post and the person, as the recogniser gives them elsewhere ("Hanseatia",
    "Chef", "Martin Oelbrecht"): the compound then says who holds which post."""
    if m.type != "PER":
        return [m]
    c = _POST_COMPOUND_PERSON.fullmatch(m.text)
    if c is None or not ROLE_WORDS.fullmatch(c.group("post")):
        return [m]
    return [Mention(m.start + c.start(g), m.start + c.end(g), c.group(g), kind, source="events.retyped", score=m.score)
            for g, kind in (("org", "ORG"), ("post", "ROLE"), ("per", "PER"))]


def _with_company_word(text: str, m: Mention) -> Mention:
    """A mention followed by a legal form or company-name noun takes it and is a company ("Nebelhorn Interactive",
    "Hanseatia Versicherung"); the recogniser often stops before such a word and types the rest a place or a
    person."""
    if m.type not in ("ORG", "PER", "LOC"):
        return m
    end = m.end
    while (w := _COMPANY_WORD_AFTER.match(text, end) or (
            _WORD_AND_COMPANY_WORD_AFTER.match(text, end) if end == m.end and m.type != "ORG" else None)) is not None:
        end = w.end()
    if end == m.end or (m.type != "ORG" and _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 12), m.start)):
        return m
    return Mention(m.start, end, text[m.start:end], "ORG", source="events.retyped", score=m.score)


_AMPERSAND_PARTNER = re.compile(r"[ \t]+&[ \t]+(?-i:[A-ZÄÖÜ])[\w'’-]*")


def _with_ampersand_partner(text: str, m: Mention, lang: str) -> Mention:
    """Two capitalised names joined by "&" are one firm's name ("Keller & Brandt", "Mosley & Finch Bank"); the
    recogniser cuts the first name off or types the pair a place or a person. Countries spelled with "&" stay places."""
    if m.type not in ("PER", "LOC"):
        return m
    partner = _AMPERSAND_PARTNER.match(text, m.end)
    end = partner.end() if partner else m.end
    name = text[m.start:end]
    if " & " not in name or name in places_gazetteer(lang):
        return m
    if _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 12), m.start) and name not in text[:m.start] and \
            not _COMPANY_WORD_AFTER.match(text, end):
        return m  # "from Harwick & Loam" stays unless the pair is named before or takes a company word
    return Mention(m.start, end, name, "ORG", source="events.retyped", score=m.score)


_REST_OF_NAME = re.compile(r"(?:\s+(?-i:[A-Z][\w&'’-]*))+")


def _with_rest_of_name(text: str, m: Mention) -> Mention:
    """A retyped company followed by more capitalised words, the rest of its name ("Mango" of "Mango Cloud")."""
    rest = _REST_OF_NAME.match(text, m.end)
    if m.type != "ORG" or not rest or rest.group().split()[0] in ("The", "A", "An", "In", "On", "At", "For"):
        return m
    return Mention(m.start, rest.end(), text[m.start:rest.end()], "ORG", source=m.source, score=m.score)


_POSSESSIVE_THEN_NAME = re.compile(r"['’]s\s+(?-i:[A-Z])")


def _after_country_possessive(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "with Japan's Kurose Kagaku", "Korea's Hanbit Materials": a country in the possessive before a name gives the
    name's nationality; it is no party, and the name after it is a company even when the recogniser typed it a
    person (a person is introduced by a post, "Japan's prime minister X", not by the bare possessive)."""
    countries = places_gazetteer("en")
    owners = [m for m in mentions if _POSSESSIVE_THEN_NAME.match(text, m.end) and
              "country" in countries.get(m.text, {}) and not countries[m.text].get("adjective")]
    if not owners:
        return mentions
    starts = {text.index(" ", m.end) + 1 for m in owners}
    out = []
    for m in mentions:
        if m in owners:
            continue
        if m.type == "PER" and m.start in starts:
            m = Mention(m.start, m.end, m.text, "ORG", source="events.retyped", score=m.score)
        out.append(m)
    return out


# a count and a vehicle noun around a one-word name: "14 E195 jets" (`_MODEL_AFTER`: the name is a model)
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*\s+(?:(?:weitere|neue|additional|new|more)\s+)?$")
_MODEL_AFTER = re.compile(r"(?:-|\s+)(?:jets?|aircraft|planes|airliners|trains|locomotives|trams|buses|trucks|ships|"
                          r"vessels|cars|vehicles|turbines|satellites|Jets|Flugzeuge\w*|Maschinen|Züge\w*|Zügen|"
                          r"Triebzüge\w*|Loks|Lokomotiven|Straßenbahnen|Busse|Lkw|Schiffe|Fahrzeuge|Turbinen|"
                          r"Satelliten)\b")
# a name between a possessive and a site noun names one of the company's sites: "its Sudbury smelter", "their
# Leeds warehouse", "the group's Antwerp plant"
_POSSESSIVE_BEFORE = re.compile(r"(?i)(?<!\w)(?:its|their|our|his|her|\w+'s|\w+’s)\s+$")
_OWN_SITE_AFTER = re.compile(r"(?:-|\s+)(?:[a-z]+\s+)?(?:site|plant|factory|works|campus|smelter|refinery|mill|mine|"
                             r"warehouse|depot|facility|plants|factories|sites|mills|hub|terminal|yard|shipyard)\b")


def _successor_of_a_planned_departure(article: Article, events: list[Event]) -> list[Event]:
    """ "X verlässt den Konzern zum Monatsende. Ihr Nachfolger wird Y": the successor takes over when the departure of
    the sentence before takes effect, so an announced departure makes the succession announced too (the rule of
    `_succession_follows_departure` across one sentence boundary; docs/events-gold-format.md, "Leadership changes")."""
    def change(e: Event) -> str | None:
        return next((a.value for a in e.args("change")), None) if e.type == "leadership" else None
    if not any(e.modality == "planned" and change(e) == "departed" for e in events):
        return events  # no planned departure (most articles): nothing to place
    starts = [s.start for s in article.sentences]
    where = {id(e): bisect_right(starts, e.evidence[0].start) - 1 for e in events if e.evidence}
    planned_out = {where[id(e)] for e in events if change(e) == "departed" and e.modality == "planned" and id(e) in where}
    if not planned_out:
        return events
    departs_in = {where[id(e)] for e in events if change(e) == "departed" and id(e) in where}
    for e in events:
        if change(e) != "appointed" or e.modality != "asserted" or id(e) not in where:
            continue
        at, sentence = where[id(e)], e.evidence[0].sentence
        if (at - 1 in planned_out and at not in departs_in and _PRONOUN_SUCCESSOR.search(sentence)) or \
                (at in planned_out and _PRONOUN_POST.search(sentence)):
            e.modality = "planned"  # (same sentence: "X verlässt Z zum Jahresende, ihren Posten übernimmt Y")
    return events


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_NAME_BEFORE_BRACKET = re.compile(r"(?P<name>(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)\s*\($")
_COMPANY_ROLES = frozenset({"acquirer", "target", "seller", "party", "parent", "spun_off", "investor", "recipient",
                            "company", "organization", "participant", "host"})


def _full_name_before_acronym(article: Article, events: list[Event]) -> list[Event]:
    """ "Trans-Alpine Rail Cargo (TARC) will move its headquarters …": where the sentence gives the name and its short
    form in brackets, the argument is the name (the short form stands alone in later sentences and stays there). The
    short form must begin with the name's first letter."""
    text = article.text
    if "(" not in text:
        return events
    for e in events:
        for i, arg in enumerate(e.arguments):
            if arg.role not in _COMPANY_ROLES or arg.start is None or arg.start < 2 or \
                    text[arg.start - 1] != "(" or not _ACRONYM.fullmatch(arg.text) or \
                    text[arg.end:arg.end + 1] != ")":
                continue
            m = _NAME_BEFORE_BRACKET.search(text, max(0, arg.start - 80), arg.start)
            if m is None or not m.group("name").startswith(arg.text[0]) or \
                    any(a.start == m.start("name") for a in e.arguments):
                continue
            e.arguments[i] = replace(arg, text=m.group("name"), start=m.start("name"), end=m.end("name"))
    return events


_TAKEOVER_NOUN = re.compile(r"(?i)(zukauf|übernahme|kauf|transaktion|acquisition|takeover|purchase|transaction)")
_DEAL_NOUN = re.compile(r"(?i)(deal|agreement|transaction|vereinbarung|vertrag|transaktion)s?")
_SIDE_ROLES = ("party", "acquirer", "target", "investor", "recipient")


def _deal_named_again(events: list[Event]) -> list[Event]:
    """ "X has agreed to buy Y … The deal, which still needs approval, …", "X could raise its holding …, according to
    the agreement": a deal noun with the definite article names the takeover, merger or investment told before, so it
    is no agreement of its own when it shares a side with that earlier deal; nor is a takeover noun ("Mit dem Zukauf
    würde Brandt …") a second takeover when all its sides are that deal's."""
    deals = [e for e in events if e.type in ("acquisition", "merger", "investment")]
    if not deals:
        return events

    def named_again(e: Event) -> bool:
        takeover = e.type == "acquisition" and bool(e.trigger) and _TAKEOVER_NOUN.fullmatch(e.trigger or "") is not None
        if not (takeover or e.type == "agreement" and e.trigger and _DEAL_NOUN.fullmatch(e.trigger)) or not e.evidence:
            return False
        definite = re.compile(r"(?i)(?<!\w)(the|this|that|der|die|das|dem|den|diese[mnrs]?)\s+" + re.escape(e.trigger)
                              + r"(?!\w)")
        if not all(definite.search(ev.sentence) for ev in e.evidence):
            return False  # (a statement merged in that tells a deal of its own: "signed a binding agreement with X")
        first = min(ev.start for ev in e.evidence)
        sides = [a for a in e.arguments if a.role in _SIDE_ROLES]
        # (a takeover noun only when each of its sides is one of the earlier deal's: "Mit dem Zukauf würde Brandt …" after
        # Brandt's bid for Alurec; "Die Übernahme von Z durch X" after X's other purchase is a deal of its own)
        agree = all if takeover else any
        # (a takeover noun names an earlier takeover only: after "Fusion X/Y" the takeover of Y by X is the deal itself)
        return bool(sides) and any(d is not e and (not takeover or d.type == "acquisition") and
                                   d.evidence and d.evidence[0].start < first and
                                   agree(any(args_agree(p, q) for q in d.arguments if q.role in _SIDE_ROLES)
                                         for p in sides) for d in deals)
    return [e for e in events if not named_again(e)]


def _talks_of_a_deal(events: list[Event]) -> list[Event]:
    """ "Hoshino calls off battery talks with Daewon ... called off negotiations over a supply contract": talks whose
    sides are the parties of a deal the article reports are the negotiation of that deal, not a meeting (the rule
    for one sentence, `_TALK_TRIGGER`, across the article)."""
    deals = [e for e in events if e.type in _BUSINESS]
    def negotiation(e: Event) -> bool:
        sides = e.args("participant")
        return e.type == "meeting" and _TALK_TRIGGER.match(e.trigger or "") is not None and not e.args("location") \
            and len(sides) >= 2 and any(all(any(args_agree(p, q) for q in d.arguments if q.role in (
                "party", "acquirer", "target", "investor", "recipient")) for p in sides) for d in deals)
    return [e for e in events if not negotiation(e)] if deals else events


def _takeover_called_a_merger(events: list[Event]) -> list[Event]:
    """ "Gabriel billigt Fusion Edeka/Tengelmann" beside "die Übernahme von Kaiser's Tengelmann durch Edeka": the press
    calls a takeover a merger too; when the article reports an acquisition with the merger's two parties as buyer and
    target, the merger is that deal told loosely, not a second one."""
    deals = [e for e in events if e.type == "acquisition" and e.args("acquirer") and e.args("target")]
    if not deals:
        return events

    def same_deal(m: Event) -> bool:
        parties = m.args("party")
        return len(parties) == 2 and any(
            any(args_agree(p, a) for a in d.args("acquirer")) and any(args_agree(q, t) for t in d.args("target"))
            for d in deals for p, q in (parties, parties[::-1]))
    return [e for e in events if e.type != "merger" or not same_deal(e)]


def _one_market_each(events: list[Event]) -> list[Event]:
    """ "expandiert nach Polen und Tschechien": one market entry per country or region (docs/events-gold-format.md),
    since each is a fact of its own on the company's timeline; the statements of one market ("Spanien", "den
    spanischen Markt") stay one event, and cities alone split nothing."""
    out: list[Event] = []
    for ev in events:
        markets: list[list[Argument]] = []
        for a in ev.args("market") if ev.type == "market_entry" else ():
            same = next((g for g in markets if any(args_agree(a, b) for b in g)), None)
            if same is None:
                markets.append([a])
            else:
                same.append(a)
        places = [g for g in markets if any(isinstance(a.value, dict) and "city" not in a.value for a in g)]
        if len(places) < 2:  # "in Großstädten wie Berlin, Hamburg und München": cities of one market are no entries
            out.append(ev)   # of their own
            continue
        rest = [a for a in ev.arguments if a.role != "market"]
        cities = [a for g in markets if g not in places for a in g]  # stay with the first country they follow
        out += [replace(ev, id=make_id("v_", ev.id, *(a.text for a in group)),
                        arguments=rest + group + (cities if i == 0 else []), evidence=list(ev.evidence))
                for i, group in enumerate(places)]
    return out


# matches where a word character stands right before the position: there `ROLE_WORDS`' opening "(?<!\w)" answers
# differently in the article (`search` with `pos`) and in the sentence's own text
_AFTER_WORD_CHAR = re.compile(r"(?<=\w)")


def _sentences_naming_a_post(article: Article, sentences: list[Sentence]) -> set[int]:
    """Indexes of sentences with a role word of `ROLE_WORDS` or a ROLE mention of the recogniser (which also knows
    "Landesvorsitzende", "Vorstandvorsitzender"): only these can state who holds a post without a trigger. (The
    sentence view scans a sentence left out here for role words again only when its start follows a word character,
    the one place where the article's search and the sentence's own can differ.)"""
    starts = [s.start for s in sentences]
    lowered = lowered_for_twins(article.text)
    found = set()
    for i, s in enumerate(sentences):  # `ROLE_WORDS` searched from where its twin first matches, if it does
        at = first_role_word_at(lowered, s.start, s.end)
        if at >= 0 and ROLE_WORDS.search(article.text, at, s.end):
            found.add(i)
    for m in article.mentions:
        if m.type == "ROLE":
            i = bisect_right(starts, m.start) - 1
            if i >= 0 and m.end <= sentences[i].end:
                found.add(i)
    return found


def _modifies_a_name(text: str, m: Mention, names: list[Mention]) -> bool:
    """ "The Frankfurt fintech Solaris", "Rival Kettering baker Hollis": a place-like ORG before a descriptor and a
    name only modifies it (also one a keyword ruler found)."""
    if m.type != "ORG" or m.source.startswith("events"):
        return False
    return any(0 < x.start - m.end < 30 and is_descriptor_gap(text[m.end:x.start]) for x in names)


_PLACE_DESCRIPTOR = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,9}er\s+([A-ZÄÖÜ][\w-]+)\s+(?=[A-ZÄÖÜ])")
# an inflected lower-case adjective and a noun before a name: "deutsche Digitalagentur Conrad Caine"
_LOWER_DESCRIPTOR = re.compile(r"^[a-zäöüß]+(e|en|er|es|em)\s+[A-ZÄÖÜ][\w-]+(\s+|$)")


def _without_descriptor(m: Mention) -> Mention | None:
    """A German recogniser ORG that starts with a descriptor ("deutsche Digitalagentur Conrad Caine") is the name
    after it; one that is only a descriptor ("deutsche Digitalagentur") is no organisation. One that starts with a
    post ("Vorstandsvorsitzender Zurich Gruppe", "CEO Hansen Gruppe") is the name after the post (the post word is
    found again as a role by the sentence view)."""
    if m.type != "ORG" or m.source.startswith("events"):
        return m
    post = ROLE_WORDS.match(m.text)
    if post and m.text[post.end():post.end() + 1] == " " and m.text[post.end() + 1:post.end() + 2].isupper():
        cut = post.end() + 1
        return Mention(m.start + cut, m.end, m.text[cut:], "ORG", source=m.source, score=m.score)
    d = _LOWER_DESCRIPTOR.match(m.text)
    if d is None:
        d = _PLACE_DESCRIPTOR.match(m.text)  # "Dresdner Halbleiterspezialisten Siltron": a city adjective first
        if d is None or not descriptor_noun(d.group(1), "de"):
            return m
    rest = m.text[d.end():]
    if not rest or not rest[:1].isupper():
        return None
    return Mention(m.start + d.end(), m.end, rest, "ORG", source=m.source, score=m.score)


def _as_person(m: Mention) -> Mention:
    """A model ORG that reads as a person's name ("Petra Langner") in a sentence about a post is a person."""
    if m.type == "ORG" and m.source == "model" and looks_like_person(m.text):
        return Mention(m.start, m.end, m.text, "PER", source="events.retyped", score=m.score)
    return m


def _unique_ids(article: Article, events: list[Event]) -> list[Event]:
    """Two different events with the same type, sentence and key arguments (a plan and a denial of it) get
    distinct ids: the later one's id also covers its trigger and modality."""
    seen: set[str] = set()
    for ev in events:
        if ev.id in seen:
            ev.id = make_id("v_", ev.id, ev.modality, ev.trigger or "", str(len(seen)))
        seen.add(ev.id)
    return events
