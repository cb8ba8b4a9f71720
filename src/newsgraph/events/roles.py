"""Argument filling: which mention or value of the sentence fills which role.

Why rules over the slots of a sentence and not a parser: the cues that decide
roles in news sentences are few and local — the preposition before a name
("mit", "with", "von", "by", "durch", "in"), the side of the trigger a name
stands on, passive voice ("wurde von X übernommen", "was acquired by X"),
noun triggers with their objects ("Übernahme von X durch Y", "acquisition of
X"), coordination ("Xiaomi und Qualcomm") and apposition ("Lei Jun, CEO von
Xiaomi"). Role types restrict the fillers: parties are organisations,
persons are PER mentions, places are place values (or LOC mentions), counts
are count values, horizons durations, values money.

Each `fill_<type>` returns the arguments of one event, or None when the
sentence lacks what the type needs (no event then).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from newsgraph.events.lexicon import UNIT_NOUNS_DE, is_common_compound, is_common_word
from newsgraph.events.names import KIND_AFTER_EN, STRONG_FALLBACK, looks_like_person, person_tokens
from newsgraph.events.sentence import BASED_AFTER, SentenceView, Slot, is_department, source_before_at
from newsgraph.events.triggers import TriggerHit, find_triggers
from newsgraph.model import Argument, Article, Mention
from newsgraph.normalize.lang.places import ADJECTIVES_EN
from newsgraph.normalize.places import gazetteer as places_gazetteer

UNIONS = re.compile(r"(gewerkschaft|verdi|ver\.di|\big [a-zäöü]+|gdl|evg|\bngg\b|cockpit|\bufo\b|marburger bund|\bgew\b|"
                    r"\bdbb\b|\bdjv\b|"
                    r"komba|union|teamsters|\buaw\b|\bgmb\b|\bunite\b|\brmt\b|\baslef\b|\bcgt\b|\bcwa\b)", re.I)
_BINDING_FALSE = re.compile(r"(?<!\w)(ungebunden\w*|unverbindlich\w*|nicht (rechts)?bindend\w*|non-?binding|"
                            r"not binding|nicht bindend\w*)(?!\w)", re.I)
_BINDING_TRUE = re.compile(r"(?<!\w)((rechts)?verbindlich\w*|bindend\w*|(legally )?binding|definitive|"
                           r"firm(?= (orders?|commitments?|contracts?)\b)|feste?n?(?= (bestellung|auftrag)))(?!\w)", re.I)
_RECORD = re.compile(r"(?<!\w)(\w*rekord\w*|record(-breaking| high)?|all-time high|allzeithoch|höchststand)(?!\w)",
                     re.I)
_PARTNER_NP = re.compile(r"(?<!\w)(mit|with|together with|gemeinsam mit|zusammen mit)\s+((?:(?:dem|der|den|einem|"
                         r"einer|einen|lokalen|local|regionalen|regional|ausgewählten|selected|its|their|seinen|"
                         r"ihren|verschiedenen|various|the|a|an|large|big|major|leading|small|großen|"
                         r"führenden)\s+){0,3}"
                         r"(?:(?-i:[A-ZÄÖÜ][\w-]*)|partner\w*|franchise\w*|händler\w*|retailers?|distributors?|"
                         r"resellers?|operators?)(?:\s+(?-i:[A-ZÄÖÜ][\w-]*)|"
                         # an unnamed partner after a nationality: "with a Chinese partner", "a Japanese carmaker"
                         # (also with lower-case nouns between: "a large German savings bank group")
                         r"(?:\s+[a-z]+){0,2}\s+(?:partner|company|firm|group|\w*maker|rival|supplier|bank|lender|"
                         r"insurer|retailer|"
                         r"investor|operator|start-?up|manufacturer)s?\b)?)", re.I)
_NAME_AFTER_COUNTRY = re.compile(r"['’]s\s+(?P<name>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2})")
_PARTNER_KIND = (
    (re.compile(r"(vertriebspartner|distribut\w*|vertrieb)", re.I), "distributor"),
    (re.compile(r"(reseller|wiederverkäufer|händler\w*|retailer\w*)", re.I), "reseller"),
    (re.compile(r"(technologiepartner|technology partner|technolog\w*)", re.I), "technology"),
    (re.compile(r"(lizenz\w*|licens\w*)", re.I), "licensing"),
    (re.compile(r"(joint[- ]venture|gemeinschaftsunternehmen)", re.I), "joint venture"),
    (re.compile(r"(strategisch\w*|strategic)", re.I), "strategic"),
    (re.compile(r"(zuliefer\w*|supplier|liefer\w*)", re.I), "supplier"),
)
_STORE_KIND = re.compile(r"(offline|flagship|mi[- ]?home|retail|online|pop-up|exklusiv\w*|exclusive)", re.I)
_CHANNEL = re.compile(r"(?<!\w)(online|offline|e-commerce|onlinehandel|online-handel|über (den |die )?"
                      r"(online-?)?(handel|händler|shop|partner)\w*|via [A-Z]\w+|through (its )?[\w-]+ "
                      r"(partners?|retailers?|stores?|carriers?))(?!\w)", re.I)
_ANAPHOR = re.compile(r"(?<!\w)((der|die|das|des|dem|den|the)\s+([\w-]+\s+){0,2}?(\w*unternehmens?|\w*konzerns?|"
                      r"\w*herstellers?|firma|anbieters?|gruppe|\w*kette|\w*bauers?|versicherers?|"
                      r"\w*discounters?|\w*zulieferers?|\w*händlers?|bank|company|firm|"
                      r"group|\w*maker|manufacturer|retailer|start-?up|chain|insurer|airline|carrier|lender|giant|studio)|"
                      r"we|wir|unser\w*|"
                      r"our|it|its|er|es|sie|ihr\w*|sein\w*)(?!\w)", re.I)
_NP_STOP = re.compile(r"^(und|and|mit|with|von|of|by|durch|in|im|für|for|an|am|auf|bis|nach|to|from|zu|zum|zur|unter|"
                      r"into|onto|via|through|across|within|during|under|over|after|before|against|while|but|or|oder|"
                      r"near|outside|"
                      r"aber|sowie|who|whose|where|when|if|than|"
                      r"anderem|den|dem|des|einem|einer|"
                      r"um|über|at|bei|ab|aus|on|as|als|that|dass|which|die|der|das|was|is|ist|hat|have|has|wird|"
                      r"will|soll|sollen|werden|wurde|were|are|sind|\d\S*)$", re.I)
_NP_SKIP = re.compile(r"^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|the|a|an|its|their|our|his|her|"
                      r"sein|seine\w*|ihr|ihre\w*|unser\w*|neue\w*|new|latest|neueste\w*|nächste\w*|next|erste\w*|first|"
                      r"own|eigene\w*)$", re.I)
_WORD_SPAN = re.compile(r"[\w][\w.&'+-]*|[^\w\s]")

AGENT_PREPS = {"by", "durch"}
_PERFECT_AUX_DE = re.compile(r"(?<!\w)(hat|haben|hatte|hatten|habe)(?!\w)", re.I)
_PERFECT_AUX_AFTER_DE = re.compile(r"\s+(hat|haben|hatte|hatten|habe)(?!\w)", re.I)
PASSIVE_AUX_DE = re.compile(r"(?<!\w)(wurde|wurden|wird|werden|worden)(?!\w)", re.I)
PASSIVE_AUX_EN = re.compile(r"(?<!\w)(is|are|was|were|be|been|being|get|gets|got|has been|have been)\s+"
                            r"(\w+ly\s+)?$", re.I)
_EN_PARTICIPLE = re.compile(r"(ed|bought|sold|taken over|spun off|spun|hired|named|left|met)$", re.I)
# participles, also as inflected adjectives ("die 2019 von X übernommene Y")
_DE_PARTICIPLE = re.compile(r"^(ge\w+(t|en)|\w*übernommen|erworben|\w+iert|abgespalten|ausgegliedert|ernannt|"
                            r"berufen|entlassen|verkauft|veräußert|akquiriert|übernommen)(e[mnrs]?)?$", re.I)


@dataclass
class Frame:
    """Organisations of the sentence sorted into agent, patient and marked ones, for one trigger."""

    agent: list[Slot] = field(default_factory=list)
    patient: list[Slot] = field(default_factory=list)
    marked: dict[str, list[Slot]] = field(default_factory=dict)
    other: list[Slot] = field(default_factory=list)
    passive: bool = False
    anaphor: bool = False  # the subject before the verb is "Der Konzern", "Das Unternehmen", "Er": named earlier


def _arg(role: str, slot: Slot, value: object = None) -> Argument:
    return Argument(role, slot.text, slot.start, slot.end, value=value if value is not None else slot.value)


def _span_arg(view: SentenceView, role: str, local_start: int, local_end: int, value: object = None) -> Argument:
    start, end = view.start + local_start, view.start + local_end
    return Argument(role, view.article.text[start:end], start, end, value=value)


def is_passive(view: SentenceView, hit: TriggerHit) -> bool:
    word = hit.text
    if view.lang == "en":
        before = view.text[max(0, hit.start - 30):hit.start]
        return bool(_EN_PARTICIPLE.search(word)) and bool(PASSIVE_AUX_EN.search(before))
    return bool(_DE_PARTICIPLE.match(word)) and bool(PASSIVE_AUX_DE.search(view.text))


# a finite verb right after a sentence-initial noun phrase: the organisation after it is the subject
_FINITE_BEFORE = re.compile(r"(?i)\s(hat|haben|hatte|hatten|will|wollen|wollte|soll|sollen|sollte|muss|kann|wird|"
                            r"werden|wurde|plant|plante|prüft|prüfte|erwägt|bestätigt|bestätigte|meldet|meldete|"
                            r"verkündet|möchte|möchten|"
                            r"kann|können|konnte|darf|müssen|musste|sollten|dürfte|könnte|"
                            r"verkündete|gab|gibt|schloss|schließt|vollzog|vollzieht|feiert|feierte|treibt|trieb)\s+"
                            r"((der|die|das|den|dem)\s+)?$")


# "Mit der Übernahme des X stärkt der Technologiekonzern Y ...": any finite verb, a descriptor before the name
_ANY_FINITE_BEFORE = re.compile(r"\s(?-i:[a-zäöüß]{3,}(?:t|te|ten|en))\s+(?:(?:der|die|das)\s+(?:(?-i:[A-ZÄÖÜ])[\w-]+\s+)?)?$")


# a hyphen compound after a name that goes on to another name: "NBC-Mutter Comcast", "Asset-Managers Pamera"
# also a league before the noun for one of its clubs: "League One side X", "Premier League club Y"
_MODIFIER_COMPOUND = re.compile(r"-(?-i:[A-ZÄÖÜ])[\w-]*[a-zäöüß]\s+|\s+(?:club|side)\s+")
_DEAL_NOUN_BEFORE = re.compile(r"(?i)(übernahme|erwerb|kauf|zukauf|akquisition|verkauf)\w*\s+(der|des)\s+"
                               r"([\w-]+\s+){0,2}$")
# the name stands in a comma-enclosed apposition that follows an earlier name: ", Teil der X,"
_APPOSITION_BEFORE = re.compile(r",[^,]{0,60}$")


def _vorfeld_subject(view: SentenceView, hit: TriggerHit, o: Slot) -> bool:
    """A German noun trigger in the first position ("Die Übernahme von TRW hat ZF abgeschlossen"): the unmarked
    organisation right after the finite verb is the subject. The trigger must stand in the sentence's first noun
    phrase (at most five words before it) and no comma or other organisation between it and the verb."""
    before = view.text[:hit.start].split()
    if len(before) > 5 or any(w.endswith((",", ":", ";")) for w in before):
        return False
    between = view.article.text[view.start + hit.end:o.start]
    if "," in between:
        # "Eine Übernahme des Rivalen X, über die zuletzt spekuliert worden war, schloss Y aus": the relative clause
        # describes the noun phrase; the verb after it is the sentence's
        between = _VORFELD_RELATIVE.sub(" ", between)
    if "," in between or len(between.split()) > 8:
        return False
    return bool(_FINITE_BEFORE.search(between) or _ANY_FINITE_BEFORE.search(between))


_VORFELD_RELATIVE = re.compile(r",\s*(?:(?:über|mit|von|an|auf|für|bei|in|um|nach|zu)\s+)?(?:der|die|das|dem|den|denen|"
                               r"deren|dessen)\s+[^,;:]*?\s(?-i:[a-zäöüß])\w*\s*,", re.I)


def _orgs(view: SentenceView) -> list[Slot]:
    """The view's organisation slots that can be a party (no news source, department or site's town). Asked about
    three times per view by the fillers and the extractor, found once per view (`SentenceView.orgs_memo`; the slots
    are final once the view is built); a new list each time, which the caller may change."""
    if view.orgs_memo is None:
        view.orgs_memo = tuple(s for s in view.of_kind("ORG") if not s.source and not is_department(s.text) and
                               not _SITE_IN.search(view.article.text, max(0, s.start - 40), s.start))
    return list(view.orgs_memo)


# a name right after a site noun and "in"/"near" is the site's town, whatever the recogniser typed it ("at X's plant
# in Porto", "das Werk in Győr"): a company there would stand after "von"/"of" or before the noun
_SITE_IN = re.compile(r"(?i)(?<![\w-])(plants?|factory|factories|site|sites|warehouse|mill|hub|headquarters|"
                      r"\w*werk|\w*werke|\w*werks|fabrik|standort|standorts|\w*lager|\w*zentrum|zentrale)\s+"
                      r"(in|im|near|nahe|bei)\s+$")


# an English relative clause between commas ("…, which is owned by Geely, …"); German "der/die/das" after a comma
# may as well be an article, so only the unambiguous "dessen/deren/welche" count
_RELATIVE_CLAUSE = re.compile(r",\s*(which|who|whose|dessen|deren|welche[rsnm]?)\b[^,;:]*,", re.I)
# a German relative clause with "der/die/das" that ends the sentence with its verb: ", die Linsen für AR-Brillen
# entwickelt." (a main clause after a comma would have its finite verb second and rarely ends lower-case)
_RELATIVE_CLAUSE_DE = re.compile(r",\s*(?:der|die|das|dem|den)\s+(?:[^,;:.!?\s]+\s+){0,8}?"
                                 r"(?-i:[a-zäöüß][\w-]*(?:t|en|n))\s*[.!?]?\s*$", re.I)


# a comma-enclosed German relative clause: the pronoun right after a comma, the verb last before the closing comma
# (", das im vergangenen Jahr von X gekauft wurde,")
_RELATIVE_CLAUSE_DE_INNER = re.compile(r",\s*(?:der|die|das|dem|den|denen)\s+(?:[^,;:.!?\s]+\s+){0,10}?"
                                       r"(?-i:[a-zäöüß][\w-]*(?:t|en|n|e))\s*,", re.I)


@lru_cache(maxsize=256)
def _relative_clauses(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentence's relative clauses; asked for each organisation of each trigger, found once."""
    found = list(_RELATIVE_CLAUSE.finditer(text))
    if lang == "de":
        found += list(_RELATIVE_CLAUSE_DE.finditer(text)) + list(_RELATIVE_CLAUSE_DE_INNER.finditer(text))
    return tuple(m.span() for m in found)


def _relative_antecedent(view: SentenceView, hit: TriggerHit, orgs: list[Slot]) -> tuple[Slot | None, int, int]:
    """The organisation a relative clause holding the trigger is about ("Orvana, which was bought by Fennwick",
    "Kubix, das von Orvana gekauft wurde"), with the clause's span (article offsets)."""
    for a, b in _relative_clauses(view.text, view.lang):
        if a <= hit.start < b:
            start, end = view.start + a, view.start + b
            return next((o for o in orgs if o.end <= start and not view.article.text[o.end:start].strip()), None), \
                start, end
    return None, -1, -1


def _in_relative_clause(view: SentenceView, hit: TriggerHit, o: Slot) -> bool:
    """The organisation stands in a relative clause that does not hold the trigger."""
    return any(view.start + a <= o.start and o.end <= view.start + b
               for a, b in _relative_clauses(view.text, view.lang) if not a <= hit.start < b)


_PARTICIPLE_THEN_BY = re.compile(r"(?<!\w)(?-i:(?:ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert|errichtet|entwickelt|betrieben|"
                                 r"erbaut|built|developed|operated|run|owned|made|designed|constructed))\s+"
                                 r"(?i:von|vom|by)\s+(?:(?:der|dem|den|the)\s+)?(?:[\w-]+\s+)?$")
_FRONTED_OBJECT = re.compile(r"(?:^|[,;:]\s*)\s*(?i:den)\s+(?:[\w-]+\s+){0,3}$")
_POSSESSOR = re.compile(r"(?:'s|’s|'|’)\s+(?:(?!(?:of|in|for|to|with|by|from|and|or)\s)(?-i:[a-z])[\w-]*\s+){0,2}")
_EN_PRONOUN_SUBJECT = re.compile(r"(?i)(?<!\w)(it|they|we)\s+(\S+\s+){0,3}$")
# a verb before the sentence's first name makes that name an object: "The company presented the Ring 2 and said it
# would ..." ("Berlin-based", "state-owned" are hyphen compounds, not verbs)
_EN_VERB_WORD = re.compile(r"(?<![-\w])([a-z]+ed|is|was|are|were|has|have|had|said|says|will|would|made|won|took|"
                           r"put|set|sold|bought|unveils|presents|launches|opens|signs)(?!\w)|[,;:]")


def _anaphoric_subject(view: SentenceView, hit: TriggerHit) -> bool:
    """Everything before a verb trigger is a descriptor or pronoun ("Der Oberkochener Technologiekonzern erwirbt",
    "Das Unternehmen eröffnet", "It has opened"): the subject is a company named in an earlier sentence."""
    if hit.spec.pos != "verb":
        return False
    before = view.text[:hit.start].strip()
    if not before or not _ANAPHOR.fullmatch(before) or before.lower().startswith(("ihr", "sein", "its", "unser", "our")):
        return False
    return not any(s.kind in ("ORG", "PER") and s.start < view.start + hit.start for s in view.slots)  # "Die
    #                                                          Schweizer Bellevue Group erwirbt": a name, no anaphor


# a report, rumour or claim whose content clause holds the trigger: "einen Bericht, wonach ...", "Gerüchte, dass ...",
# "reports that ...", "speculation that ..."; who denies or comments on it is no actor of what it says
_REPORTED_CONTENT = re.compile(r"(?i)(?<!\w)(bericht|berichte|berichten|meldung|meldungen|gerücht|gerüchte|"
                               r"gerüchten|spekulation|spekulationen|report|reports|rumou?rs?|speculation|claims?|suggestions)"
                               r"\s*,?\s+(wonach|dass|denen zufolge|dem zufolge|that)\s")
_CONTENT_WORDS = (" wonach ", " dass ", " zufolge ", " that ")


def _reported_content_start(view: SentenceView, hit: TriggerHit) -> int:
    """Where the content clause of a report that holds the trigger starts (article offset), or -1."""
    before = view.text[:hit.start]
    if not any(w in before for w in _CONTENT_WORDS):
        return -1
    found = None
    for found in _REPORTED_CONTENT.finditer(before):
        pass
    return view.start + found.end() if found is not None else -1


# the goods a company is known for, named to describe it: "the maker of X crisps and Y soap" (a brand, no party; the
# company is the one named before)
_BRAND_OF_MAKER = re.compile(r"(?i)\b(?:\w*maker|producer|brewer|manufacturer|distiller|bottler)\s+of\s+"
                             r"(?:[^,;:.]{0,50}?\s+(?:and|&)\s+)?$")


def _brand_of_maker(view: SentenceView, o: Slot) -> bool:
    """A name told as the goods of the sentence's subject ("the maker of X crisps") is no party: without this the
    figure or deal of the subject goes to its brand, the only name in the sentence."""
    text, lo = view.article.text, max(view.start, o.start - 70)
    return " of " in text[lo:o.start] and bool(_BRAND_OF_MAKER.search(text, lo, o.start))


def frame(view: SentenceView, hit: TriggerHit) -> Frame:
    """Agent/patient split of the sentence's organisations relative to one trigger."""
    t_start, t_end = view.start + hit.start, view.start + hit.end
    fr = Frame(passive=is_passive(view, hit))
    text = view.article.text
    # German nouns are capitalised: "Ausgliederung" inside a sentence reads like "Übernahme", whatever the lexicon says
    noun = hit.spec.pos == "noun" or (view.lang == "de" and hit.text[:1].isupper() and
                                      bool(view.text[:hit.start].strip()))
    participle = bool(_EN_PARTICIPLE.search(hit.text)) if view.lang == "en" else bool(_DE_PARTICIPLE.match(hit.text))
    # "EnBW hatte ... vom Versorger EWE übernommen": in the active perfect "von" names the seller, not the agent
    # (also verb last: "Bergmann, der Y 2019 von der Familie Z erworben hatte")
    perfect = view.lang == "de" and not fr.passive and bool(_PERFECT_AUX_DE.search(view.text[:hit.start]) or
                                                            _PERFECT_AUX_AFTER_DE.match(view.text, hit.end))
    unmarked: list[Slot] = []
    earlier: list[Slot] = []
    orgs = _orgs(view)
    owned = {o.start for o in orgs}
    names_at = {x.start for x in view.slots if x.kind in ("ORG", "PER")}
    antecedent, rel_start, rel_end = _relative_antecedent(view, hit, orgs)
    content_at = _reported_content_start(view, hit)
    if not any(content_at <= o.start < t_start for o in orgs):
        content_at = -1  # "X denied reports that it was preparing to cut jobs": "it" is X, who stays the actor
    for o in orgs:
        if o.end <= content_at:
            fr.other.append(o)  # "X dementierte einen Bericht, wonach Y Z übernehmen wolle": X denies, Y would buy
            continue
        if rel_start >= 0 and o is not antecedent and not (rel_start <= o.start and o.end <= rel_end):
            fr.other.append(o)  # outside the relative clause that holds the trigger: the main clause's business
            continue
        if o.end <= t_start and _brand_of_maker(view, o):
            fr.other.append(o)  # "The maker of X detergent and Y snacks also reported …": brands describe the maker
            continue
        owner = _POSSESSOR.match(text, o.end)
        if owner and owner.end() in owned and not (o.end < t_end and t_start < owner.end()):
            continue  # "SoftBank's Vision Fund": the fund acts, its owner only names it; "Voltaris' backer Siemens",
            #           "Apple's supplier Foxconn": the possessor describes the name after it
        if _in_relative_clause(view, hit, o):
            fr.other.append(o)  # "The carmaker, which is owned by Geely, plans to open ...": not the actor
            continue
        if o.end <= t_start and _OWNER_APPOSITION.search(text, max(view.start, o.start - 60), o.start) and \
                re.match(r"[^,;:]{0,40},", text[o.end:t_start]):
            fr.other.append(o)  # "The chain, owned by German group X, said it plans to open …": the owner
            continue
        p = o.prep
        after = o.start >= t_end
        if not after and ";" in text[o.end:t_start]:
            earlier.append(o)  # "Die restlichen Anteile hält X-Gründer Y; Z erwägt, auch diese zu erwerben": the
            continue           # clause before the semicolon acts in its own statement; its names come last
        m = _MODIFIER_COMPOUND.match(text, o.end)
        if m and m.end() in names_at and not any(r.start < m.end() and o.end < r.end for r in view.of_kind("ROLE")):
            fr.other.append(o)  # "NBC-Mutter Comcast", "der VW-Erzrivale Toyota", "League One side X": the first
            #                     name only describes (not a post: "Ford-Europachef Stuart Rowley" names Ford)
            continue
        if not after and o.start - view.start < 3 and re.match(r"\s*:", text[o.end:t_start]) and any(
                x.start > o.end and x.end <= t_start for x in orgs):
            fr.other.append(o)  # "Nordic Yards: Genting kauft drei weitere Werften": the headline's topic
            continue
        colon = text.rfind(":", o.end, t_start) if not after else -1
        if colon >= 0 and any(x.start > colon and x.end <= t_start and x.prep is None for x in orgs):
            fr.other.append(o)  # "X bekommt einen neuen Großaktionär: Y beteiligt sich an …": the clause after the
            continue            # colon has its own subject (a name without a preposition); X is only its topic
        if not after and p is None and o.genitive and hit.spec.type == "acquisition" and \
                _DEAL_NOUN_BEFORE.search(text, max(view.start, o.start - 45), o.start):
            fr.other.append(o)  # "Nach dem Erwerb der Lloyd-Werft verkündete Genting die Übernahme ...": the
            continue            # object of an earlier deal noun is not the agent of this one
        if not after and _APPOSITION_BEFORE.search(text, view.start, o.start) and \
                re.match(r"\s*,\s*$", text[o.end:t_start]) and any(x.end <= o.start for x in orgs) and \
                not re.search(r"\s(und|and|sowie|oder|or)\s*$", text[max(view.start, o.start - 8):o.start]):
            fr.other.append(o)  # "Würth Elektronik iBE, Teil der Würth Elektronik eiSos Gruppe, erwirbt ..."
            continue
        if view.lang == "de" and not noun and not after and p is None and \
                _FRONTED_OBJECT.search(text, view.start, o.start) and \
                not re.search(r"[,;:]", text[o.end:t_start]):
            fr.patient.append(o)  # "Den Konkurrenten Quellhof übernimmt Talberg": an accusative object comes first
            continue
        if p in ("von", "vom", "by") and _PARTICIPLE_THEN_BY.search(text, max(view.start, o.start - 40), o.start):
            fr.agent.append(o)  # "..., errichtet vom Chemiekonzern X", "a plant built by X": the maker
            continue
        if (p in AGENT_PREPS and (fr.passive or participle or noun)) \
                or (p in ("von", "vom") and (fr.passive or (participle and not perfect)) and not after) \
                or (p in ("von", "vom", "by") and fr.passive):
            fr.agent.append(o)
        elif noun and after and p is None and view.lang == "de" and "," in text[t_end:o.start] and \
                _vorfeld_subject(view, hit, o):
            fr.agent.append(o)  # the subject after the verb, past a relative clause on the fronted noun phrase
        elif noun and after and p is None and o.genitive and re.search(r"[,;:]|\s[-–]\s", text[t_end:o.start]):
            fr.other.append(o)  # "haben Konkurs angemeldet, teilte der AKV mit": a genitive-looking "der" elsewhere
        elif noun and after and (p in ("von", "vom", "of") or o.genitive):
            fr.patient.append(o)
        elif noun and after and p is None and re.search(r"[,;:]|\s[-–]\s", text[t_end:o.start]):
            fr.other.append(o)  # another clause: "Abspaltung der Sparte ..., sagte Daimler-Chef X"
        elif after and p is None and re.search(r"[;:]", text[t_end:o.start]):
            fr.other.append(o)  # "WPP-Tochter kauft deutsche Digitalagentur: Aus Conrad Caine wird Possible"
        elif noun and after and p is None and view.lang == "de" and _vorfeld_subject(view, hit, o):
            fr.agent.append(o)  # "Die größte Übernahme der Firmengeschichte hat ZF abgeschlossen": ZF is the subject
        elif noun and not after and view.article.text[o.end:t_start] in ("-", ""):
            fr.patient.append(o)  # "Shazam-Übernahme"
        elif p is None or p in ("and", "und"):
            unmarked.append(o)
        else:
            fr.marked.setdefault(p, []).append(o)
    if noun and fr.agent and fr.patient:
        fr.other.extend(unmarked)  # "Die Monopolkommission ist gegen die Übernahme von X durch Y": neither
    elif fr.passive or (participle and fr.agent and view.lang == "en"):
        fr.patient.extend(unmarked)
    else:
        groups: list[list[Slot]] = []
        for o in unmarked:
            if groups and groups[-1][0].group == o.group:
                groups[-1].append(o)
            else:
                groups.append([o])
        fr.anaphor = _anaphoric_subject(view, hit)
        pronoun = _EN_PRONOUN_SUBJECT.search(view.text[:hit.start]) if view.lang == "en" and not noun else None
        if pronoun and not fr.agent and not any(view.start + pronoun.start() <= o.start < t_start for o in orgs):
            # "... presented the Ring 2 and said it would start selling": "it" is the sentence's subject if a name
            # opens the sentence ("Siemens said it would ..."), else a company named before
            before = [g for g in groups if g[0].start < t_start]
            first = before[0][0] if before else None
            if first is None or _EN_VERB_WORD.search(view.text[:first.start - view.start]):
                fr.other.extend(o for g in before for o in g)
                groups = [g for g in groups if g[0].start >= t_start]
                fr.anaphor = True
        if groups and not fr.agent and not fr.anaphor:
            late = groups[0][0].start >= t_end and (noun or view.lang == "en")
            if not late:  # English subjects precede the verb; a noun's own object follows it
                fr.agent.extend(groups.pop(0))
        for g in groups:
            fr.patient.extend(g)
    # patients in text order, those a noun trigger marks after itself ("Übernahme der X von Y") first
    def noun_marked(o: Slot) -> bool:
        return noun and o.start >= t_end and (o.prep in ("von", "vom", "of") or o.genitive)

    fr.patient = sorted((o for o in fr.patient if o not in fr.agent), key=lambda o: (not noun_marked(o), o.start))
    fr.patient += [o for o in earlier if fr.agent or fr.anaphor or fr.patient]
    fr.other += [o for o in earlier if o not in fr.patient]
    return fr


def _nearest(slots: list[Slot], view: SentenceView, hit: TriggerHit) -> list[Slot]:
    pos = view.start + hit.start
    return sorted(slots, key=lambda s: abs(view.rel(s, pos)))


_PARTNER_BEFORE = re.compile(r"(?i)(partner\w*|franchisenehmer\w*|franchisees?|lizenznehmer\w*|licensees?)\s+"
                             r"((für|bei|for|in|on)\s+(\S+\s+){0,4}?(ist|sind|wird|war|is|will be|was)\s+)?"
                             r"((der|die|des|dem|the)\s+)?((?-i:[A-ZÄÖÜ])\w+(er|e)\s+)?$")


def _antecedent(view: SentenceView, skip: Callable[[str], bool] | None = None) -> Mention | None:
    """The last organisation named before this sentence, for "das Unternehmen", "we", "it".

    Without such a word the previous organisation is still the actor of a
    sentence that names none ("Der Umsatz stieg auf 403 Millionen Euro."),
    but only within the same paragraph and two sentences back. `skip` leaves
    out names that cannot fill the role (a union is no employer: "Verdi ruft zum
    Streik bei X auf. ... 800 Stellen abzubauen" cuts jobs at X).
    """
    best = None
    art = view.article
    known = [m for m in (view.prior_orgs if view.prior_orgs is not None else art.mentions)
             if (skip is None or not skip(m.text)) and not is_department(m.text)  # "Procurement chief X"
             and not (view.lang == "de" and m.source == "events.fallback" and m.score < STRONG_FALLBACK
                      and art.text.count(m.text.split()[-1]) < 2)]
    # (a German capitalised word found by its position only and named once: "Strittig sind vor allem …")
    known = [m for m in known if not source_before_at(art.text, max(0, m.start - 60), m.start)  # "Analysts at X"
             and not _place_retyped(art, m)]
    partners = [m for m in known if _PARTNER_BEFORE.search(art.text, max(0, m.start - 80), m.start)]
    recent = max((m.start for m in known if m.type == "ORG" and m.end <= view.start), default=None)
    if partners and len(partners) < len(known):
        # "Partner für die Expansion ist der Franchisenehmer X. ... sei möglich, so Carter": the partner introduced is
        # not the company the article goes on about
        known = [m for m in known if m not in partners]
    for m in known:
        if m.type == "ORG" and m.end <= view.start and art.in_region(m.start, m.end) is None:
            if best is None or m.start > best.start:
                best = m
    if best is not None:
        best = _subject_of_its_sentence(art, best, known)
        best = _through_anaphoric_subject(art, best, known)
        best = _past_impersonal_partners(art, best, known)
        named = _named_by_its_head(view, known)
        if named is not None:
            return named
    if best is None or _ANAPHOR.search(view.text):
        return best
    last = max(best.start, recent) if recent is not None else best.start  # a partner named since keeps it near
    last = max([last] + [s.start for s in art.sentences if last < s.start < view.start and  # "Als Grund nannte das
                         _DESCRIPTOR_MENTION.search(art.text, s.start, s.end)])        # Familienunternehmen": still it
    if "\n\n" in art.text[last:view.start]:
        return None
    between = sum(1 for s in art.sentences if last < s.start <= view.start)
    return best if between <= 2 else None


_IN_BEFORE = re.compile(r"(?i)(?<!\w)(in|im|near|nahe)\s+$")


def _place_retyped(art: Article, m: Mention) -> bool:
    """A name the recogniser read as a place and the fallback as an organisation is no antecedent where it stands
    after "in" ("the company's two factories in Leicestershire"): there it is where something is, not who acts."""
    return m.source == "events.fallback" and bool(_IN_BEFORE.search(art.text, max(0, m.start - 6), m.start)) and \
        any(n.type == "LOC" and n.start == m.start and n.end == m.end for n in art.mentions)


_HEAD_AFTER_ARTICLE = re.compile(r"(?<![\w-])(?:der|die|das|the)\s+(?-i:([A-ZÄÖÜ][a-zäöüß]{3,}))(?![\w-])",
                                 re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"(?i)(?<!\w)(mit|von|vom|bei|beim|an|auf|für|über|gegen|zu|nach|aus|in|"
                                 r"with|of|from|at|for|against|to|in|on|by|durch)\s+$")


def _named_by_its_head(view: SentenceView, known: list[Mention]) -> Mention | None:
    """ "Die Lahntal Mediengruppe hat X übernommen. … Nun will die Mediengruppe 85 Stellen abbauen": a definite noun
    phrase that repeats the last word of an earlier company's name, not governed by a preposition, is that company
    (the one named last), whoever was named since."""
    art = view.article
    if " " not in view.text:
        return None
    heads: dict[str, Mention] = {}
    for m in known:
        if m.type == "ORG" and m.end <= view.start and " " in m.text and art.in_region(m.start, m.end) is None:
            heads[m.text.split()[-1]] = m  # (the later of two companies with the same last word wins)
    if not heads:
        return None
    for h in _HEAD_AFTER_ARTICLE.finditer(view.text):
        m = heads.get(h.group(1))
        if m is not None and not _PREPOSITION_BEFORE.search(view.text, max(0, h.start() - 12), h.start()):
            return m
    return None


def _subject_of_its_sentence(art: Article, last: Mention, known: list[Mention]) -> Mention:
    """ "Voltstack has raised $85 million in a round led by A, with B also taking part. The company said ...": "the
    company" is the subject of the sentence before, not the last name in it. The first organisation of that
    sentence is its subject when no verb stands before it (English) or it opens the sentence (German)."""
    sent = next((s for s in art.sentences if s.start <= last.start < s.end), None)
    if sent is None:
        return last
    first = min((m for m in known if m.type == "ORG" and sent.start <= m.start and m.end <= sent.end
                 and art.in_region(m.start, m.end) is None), key=lambda m: m.start, default=last)
    if first is last:
        return last
    before = re.split(r"\s[–—-]\s", art.text[sent.start:first.start])[-1]  # after a dateline "Copenhagen, 3 May –"
    if (sent.language or art.language) == "en":
        return first if not _EN_VERB_WORD.search(before) else last
    return first if len(before.split()) <= 3 and not re.search(r"[,;:]", before) else last


_MARKED_OBJECT = re.compile(r"(?i)(?<!\w)(mit|with|von|vom|from|bei|beim|at|an|am|to|für|for)\s+"
                            r"((der|die|das|dem|den|the|a|an)\s+)?([\w-]+\s+){0,2}$")


def _through_anaphoric_subject(art: Article, found: Mention, known: list[Mention]) -> Mention:
    """ "Die Drogeriekette X will ... Dafür hat das Unternehmen eine Partnerschaft mit Y geschlossen. Ab Juni soll die
    eigene Linie ...": when the organisation found is only a prepositional object in a sentence whose subject refers
    back ("das Unternehmen", "the company", "we"), the company meant is that sentence's own antecedent."""
    sent = next((s for s in art.sentences if s.start <= found.start < s.end), None)
    if sent is None:
        return found
    firsts = [m for m in known if m.type == "ORG" and sent.start <= m.start and m.end <= sent.end]
    if not firsts or min(firsts, key=lambda m: m.start) is not found:
        return found
    before = art.text[sent.start:found.start]
    if not _MARKED_OBJECT.search(before) or not _refers_back(before):
        return found
    earlier = [m for m in known if m.type == "ORG" and m.end <= sent.start and art.in_region(m.start, m.end) is None]
    if not earlier:
        return found
    prev = max(earlier, key=lambda m: m.start)
    if "\n\n" in art.text[prev.end:sent.start]:
        return found
    return _subject_of_its_sentence(art, prev, known)


def _past_impersonal_partners(art: Article, found: Mention, known: list[Mention]) -> Mention:
    """ "Mit der X und der Y habe man sich geeinigt. Für 2025 rechnet das Unternehmen mit …": partners named after a
    sentence-opening "mit"/"with" whose subject is "man"/"we" are not the company the text goes on about; that is the
    company named before them."""
    sent = next((s for s in art.sentences if s.start <= found.start < s.end), None)
    if sent is None or not re.match(r"(?i)\s*(mit|with)\s", art.text[sent.start:found.start]) or \
            not _MAN_SUBJECT.search(art.text, found.end, sent.end):
        return found
    earlier = [m for m in known if m.type == "ORG" and m.end <= sent.start and art.in_region(m.start, m.end) is None]
    if not earlier or "\n\n" in art.text[max(earlier, key=lambda m: m.start).end:sent.start]:
        return found
    return _subject_of_its_sentence(art, max(earlier, key=lambda m: m.start), known)


# a sentence that refers to the company by a descriptor ("das Familienunternehmen", "the company"): it is still the one
# the text is about, however many sentences ago it was named
_DESCRIPTOR_MENTION = re.compile(r"(?i)(?<!\w)(der|die|das|the)\s+(\w*unternehmen|\w*konzern|company|group|firm|"
                                 r"studio)(?!\w)")  # ("Das Studio hatte …": still the company named before)


_SUBJECT_PRONOUN = re.compile(r"(?:^|[,;:]\s*|\b(?:and|und)\s+|\b(?:said|says|added|announced|confirmed)\s+"
                              r"(?:that\s+)?)(?:it|we|they|he|she|es|wir|sie|er|das unternehmen|"
                              r"der konzern|the company|the group|the firm)(?:\s+\S+){1,5}\s*$", re.I)


_QUOTE_OPEN = re.compile(r"[„“\"«»]([^„“”\"«»]*)$")
_WE = re.compile(r"(?i)\b(we|our|us|wir|unser\w*|uns)\b")


def _company(view: SentenceView, hit: TriggerHit, fr: Frame, role: str = "company",
             skip: Callable[[str], bool] | None = None) -> list[Argument]:
    """The acting organisation: agent, else an organisation marked bei/at/von/of, else the nearest one.

    After a noun trigger the marked organisation comes first: "Proteste gegen Stellenabbau bei Bombardier"."""
    quote = _QUOTE_OPEN.search(view.text, 0, hit.start)
    if quote and _WE.search(quote.group(1)) and not any(quote.start() < o.start - view.start < hit.start
                                                         for o in _orgs(view)):
        # '"... we plan to open 40 more restaurants", sagte Firmenchef X bei einem Pressetermin': the speaker's
        # company, named before, not a name outside the quote
        ante = _antecedent(view, skip)
        if ante is not None:
            return [Argument(role, ante.text, ante.start, ante.end)]
    if hit.spec.pos == "noun" or hit.text[:1].isupper():
        t_end = view.start + hit.end
        for prep in ("bei", "beim", "at", "von", "vom", "of"):
            near = [o for o in fr.marked.get(prep, []) + fr.patient if o.prep == prep and 0 <= o.start - t_end < 25]
            if near:
                return [_arg(role, near[0])]
        if not fr.agent:  # "eine neue Batteriefabrik des Zulieferers X": the genitive owner right after the noun
            near = [o for o in fr.patient if o.genitive and o.prep is None and 0 <= o.start - t_end < 40 and
                    not re.search(r"[,;:]", view.article.text[t_end:o.start])]
            if near:
                return [_arg(role, near[0])]
    if fr.agent:
        group = fr.agent[0].group
        return [_arg(role, o) for o in fr.agent if o.group == group]
    for prep in ("bei", "beim", "at", "von", "vom", "of", "für", "for"):
        if fr.marked.get(prep):
            return [_arg(role, fr.marked[prep][0])]
    before = view.text[:hit.start]
    if fr.anaphor or _SUBJECT_PRONOUN.search(before):  # "It has opened a sales office ...": named earlier
        ante = _antecedent(view, skip)
        if ante is not None:
            return [Argument(role, ante.text, ante.start, ante.end)]
    cands = _nearest(fr.patient or [o for o in _orgs(view) if not _in_relative_clause(view, hit, o) and
                                    not (o.end <= view.start + hit.start and _brand_of_maker(view, o))], view, hit)
    # "Durch die Fusion mit dem Wettbewerber X ist der Umsatz gestiegen": the partner of a deal told in passing is
    # not the company whose figure, site or jobs the sentence is about
    cands = [o for o in cands if not (o.prep in ("mit", "with") and _DEAL_NOUN_WITH_BEFORE.search(
        view.text, max(0, o.start - view.start - 60), o.start - view.start))]
    if cands:
        return [_arg(role, cands[0])]
    ante = _antecedent(view, skip)
    if ante is not None:
        return [Argument(role, ante.text, ante.start, ante.end)]
    return []


def _np_after(view: SentenceView, local_pos: int, max_words: int = 5, stop_at: int | None = None,
              need_capital: bool = False) -> tuple[int, int] | None:
    """A bare noun phrase after a position: determiners skipped, stops at prepositions, verbs, punctuation."""
    text = view.text[:stop_at] if stop_at is not None else view.text
    words = [(m.start() + local_pos, m.end() + local_pos, m.group()) for m in _WORD_SPAN.finditer(text[local_pos:])]
    start = end = None
    count = 0
    for s, e, w in words:
        if start is None and _NP_SKIP.match(w):
            continue
        if not re.match(r"\w", w) or _NP_STOP.match(w) or count >= max_words:
            break
        if need_capital and start is None and not w[:1].isupper():
            break
        if need_capital and start is not None and view.lang == "de" and w[:1].islower():
            break  # a German noun phrase ends at its head noun: "der Tochter habe es nicht" is "Tochter"
        if start is None:
            start = s
        end = e
        count += 1
    if start is None or end is None:
        return None
    if view.text[end - 1] == "." and not re.search(r"(?:\b[A-Z]|Inc|Co|Corp|Ltd|Nr|St)\.$", view.text[start:end]):
        end -= 1  # "its energy storage unit." ends the sentence
    for slot in view.slots:
        a, b = slot.start - view.start, slot.end - view.start
        if slot.kind in ("PER", "LOC", "ORG") or slot.is_value:
            if a < end and start < b:
                return None
    return start, end


def _places(view: SentenceView, hit: TriggerHit) -> list[Slot]:
    """The place of the event; "Pune-based", "the Vancouver-based developer" say where the company sits, not where it
    builds or cuts."""
    text = view.article.text
    places = [p for p in view.values("place") if not BASED_AFTER.match(text, p.end)]
    if not places:
        places = [s for s in view.of_kind("LOC") if not BASED_AFTER.match(text, s.end)]
    return _nearest(places, view, hit)


def _value_nearest(view: SentenceView, hit: TriggerHit, kind: str) -> Slot | None:
    vals = _nearest(view.values(kind), view, hit)
    return vals[0] if vals else None


def _value_next_to(view: SentenceView, hit: TriggerHit, kind: str) -> Slot | None:
    """The value nearest to the trigger's span, a value after it winning a tie: "a net loss of $9 million, after a
    profit of $4 million" gives the profit the amount after it (measured from the trigger's start, both are 11
    characters away)."""
    start, end = view.start + hit.start, view.start + hit.end
    vals = sorted(view.values(kind), key=lambda v: (start - v.end if v.end <= start else max(v.start - end, 0),
                                                    v.end <= start))
    return vals[0] if vals else None


def _boolean(view: SentenceView, pattern: re.Pattern[str], truth: bool) -> Argument | None:
    for slot in view.values("boolean"):
        if pattern.search(slot.text):
            return _arg("", slot)
    m = pattern.search(view.text)
    if m:
        return _span_arg(view, "", m.start(), m.end(), truth)
    return None


def _with_role(arg: Argument | None, role: str) -> Argument | None:
    if arg is not None:
        arg.role = role
    return arg


_PLURAL_ANAPHOR = re.compile(r"(?<!\w)(alle (beide[n]?|drei|vier|fünf)|beide[n]?|die (beiden |drei )?(unternehmen|"
                             r"konzerne|firmen|partner|hersteller)|both( companies)?|all (three|four|five)|"
                             r"the (two |three )?(companies|firms|partners|groups))(?!\w)", re.I)


def _previous_sentence_orgs(view: SentenceView) -> list[Mention]:
    """Organisations of the sentence before this one, for "Alle drei haben ... unterschrieben"; when that sentence
    names fewer than two different ones ("Gastgeber war X. Beide Seiten wollen ..."), of the nearest of the two
    sentences before it that names two."""
    sentences = view.article.sentences
    idx = next((i for i, s in enumerate(sentences) if s.start == view.start), 0)
    if idx == 0 or view.prior_orgs is None:
        return []
    first: list[Mention] = []
    for prev in sentences[max(0, idx - 3):idx][::-1]:
        found = [m for m in view.prior_orgs if prev.start <= m.start and m.end <= prev.end]
        if len({m.text.casefold() for m in found}) >= 2:
            return found
        if prev is sentences[idx - 1]:
            first = found
            if not found and not _PAIR_NAMED.search(view.text):
                return []  # a sentence about something else stands between: "both" is not the pair named before it
                #            ("the two companies" still is: it names a pair of companies, which that sentence lacks)
    return first


_PAIR_NAMED = re.compile(r"(?i)(?<!\w)(die (beiden|zwei) (unternehmen|konzerne|firmen|partner)|the two (companies|firms|"
                         r"groups|partners))(?!\w)")


_NEAR_BEFORE = re.compile(r"(?i)(?<!\w)(near|nahe|close to|outside)\s+$")


def _parties(view: SentenceView, hit: TriggerHit, bare_noun_phrases: bool = False) -> list[Argument]:
    orgs = [o for o in _orgs(view) if o.prep not in ("in", "im", "laut") and not _is_place(view, o) and
            not _NEAR_BEFORE.search(view.article.text, max(0, o.start - 12), o.start)]
    # ("a maintenance partnership for Scandinavia, with a depot near Bergen": places, no parties)
    orgs = [o for o in orgs if not _inside_another(o, orgs)]  # "Trans-Wisła" and its part "Trans": one party
    if view.lang == "en":
        orgs = [o for o in orgs if not _SITE_AFTER_NAME.match(view.article.text, o.end)]  # "its Ludwigshafen site"
    args = [_arg("party", o) for o in orgs]
    if len(args) < 2 and _PLURAL_ANAPHOR.search(view.text):
        for m in _previous_sentence_orgs(view):
            if not any(a.text == m.text for a in args):
                args.append(Argument("party", m.text, m.start, m.end))
    if len(args) < 2:
        for m in _PARTNER_NP.finditer(view.text):
            s, e = m.span(2)
            owned = _NAME_AFTER_COUNTRY.match(view.text, e)
            if owned and "country" in places_gazetteer(view.lang).get(m.group(2), {}):
                s, e = owned.span("name")  # "talks with Japan's Kurose Kagaku": the country is the name's nationality
            if bare_noun_phrases and not re.match(r"(?-i:[A-ZÄÖÜ])", m.group(2)):
                continue
            if re.search(r"(?i)-(based|listed|owned|born|headquartered)$", m.group(2)):
                continue  # "with Warsaw-based grocery app X": the adjective of the name that follows
            if any(a.start == view.start + e + 1 for a in args):
                continue  # "with Polish logistics group Trans-Wisła": the description of the name after it
            if not any(a.start is not None and a.start < view.start + e and view.start + s < a.end  # type: ignore
                       for a in args):
                args.append(_span_arg(view, "party", s, e))
                break
    if len(args) < 2 and orgs == [] and len(args) == 1:
        ante = _antecedent(view)
        if ante is not None and ante.text.casefold() != args[0].text.casefold():  # no party stands twice
            args.insert(0, Argument("party", ante.text, ante.start, ante.end))
    elif len(args) == 1 and len(orgs) == 1 and (orgs[0].prep in ("mit", "with") or (
            orgs[0].start >= view.start + hit.end and re.match(r"(?i)\s*(with|mit)\s", view.text[hit.end:]))) and \
            (_refers_back(view.text[:orgs[0].start - view.start]) or (
                _DEAL_NOUN_WITH.match(view.text, hit.start) and _ARTICLE_BEFORE.search(view.text, 0, hit.start))):
        # (also a deal noun with only its partner after it: "Durch die Fusion mit dem Wettbewerber X ist der Umsatz
        # gestiegen", "the merger with X closed in May": the company the text is about is the other party)
        # "Dafür hat das Unternehmen eine Partnerschaft mit X geschlossen": the other party was named before
        ante = _antecedent(view)
        if ante is not None and ante.text.casefold() != orgs[0].text.casefold():
            args.insert(0, Argument("party", ante.text, ante.start, ante.end))
    elif len(args) >= 2 and all(o.prep in ("mit", "with") for o in orgs) and _MAN_SUBJECT.search(view.text):
        # "Mit der Saar LB und der Sparkasse X habe man sich auf … geeinigt": the partners are all after "mit", the
        # one who agrees with them is the company the text is about
        ante = _antecedent(view)
        if ante is not None and not any(ante.text.casefold() == a.text.casefold() for a in args):
            args.insert(0, Argument("party", ante.text, ante.start, ante.end))
    if len(args) == 1 and not orgs:
        return []
    return args


def _inside_another(slot: Slot, slots: list[Slot]) -> bool:
    """A name whose span lies inside a longer one of the same sentence (the recogniser's "Trans" of "Trans-Wisła")."""
    return any(o is not slot and o.start <= slot.start and slot.end <= o.end and o.end - o.start > slot.end - slot.start
               for o in slots)


# a name followed by a site noun names a place of the company, no party: "to supply its Ludwigshafen site" (English
# only: German "SAP plant eine Zusammenarbeit" is a verb)
_SITE_AFTER_NAME = re.compile(r"(?:-|\s+)(site|plant|factory|works|campus)\b")


# a subject that stands for the company the article is about: reported speech "habe man sich geeinigt", "we"
_MAN_SUBJECT = re.compile(r"(?i)(?<!\w)(man|wir|we)\s")


_DEAL_NOUN_WITH = re.compile(r"(?-i:[A-ZÄÖÜ]?[a-zäöüß]*(Fusion|Zusammenschluss|Zusammenlegung|Kooperation|Partnerschaft|"
                             r"fusion|merger|partnership|tie-up|combination))\s+(mit|with)\s")
_ARTICLE_BEFORE = re.compile(r"(?i)(?<!\w)(die|der|dem|den|the)\s+$")  # not a possessive: "Seine Kooperation mit X"
_DEAL_NOUN_WITH_BEFORE = re.compile(_DEAL_NOUN_WITH.pattern[:-2] + r"\s*((der|dem|den|the)\s+)?([\w-]+\s+){0,3}$")
_NOT_A_SUBJECT = re.compile(r"(?i)^(sein|ihr|its|unser|our|es$|sie$|er$)")


def _refers_back(text: str) -> bool:
    """The text names its actor by a descriptor or pronoun ("das Unternehmen", "der Konzern", "we", "it"), not by a
    possessive ("seine", "its") or an ambiguous German pronoun."""
    return any(not _NOT_A_SUBJECT.match(m.group()) for m in _ANAPHOR.finditer(text))


def _subject_phrase(view: SentenceView, hit: TriggerHit) -> Argument | None:
    m = re.compile(r"(?<!\w)(über|zur|zum|on|for|covering)\s+", re.I).search(view.text, hit.end, hit.end + 25)
    if not m:
        return None
    taken = [(s.start - view.start, s.end - view.start) for s in view.slots if s.is_value]
    if any(a <= m.end() < b for a, b in taken):
        return None
    span = _np_after(view, m.end(), max_words=4)
    if span is None:
        return None
    return _span_arg(view, "subject", *span)


_SIGNING = re.compile(r"(?<!\w)(unterzeichne\w*|unterschrieb\w*|unterschreib\w*|unterschrieben|schlie(ß|ss)t\s+(\S+\s+){0,6}?ab|"
                      r"abgeschlossen|sign(s|ed|ing)?|inked|struck|clinched)(?!\w)", re.I)


def _lone_signer(view: SentenceView, args: list[Argument]) -> bool:
    """One named company that signs or concludes an agreement is a party+ of one ("Qualcomm unterzeichnete einen
    Vorvertrag über 12 Milliarden US-Dollar"): SCHEMA.md allows one or more parties. It must be an organisation of
    the sentence standing before the signing verb, so "sein Vertrag läuft aus" or a partner phrase never makes one."""
    m = _SIGNING.search(view.text)
    if len(args) != 1 or m is None:
        return False
    party = args[0]
    return any(s.kind == "ORG" and s.start == party.start and s.end <= view.start + m.start() for s in view.slots)


def fill_agreement(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    args = _parties(view, hit)
    if len(args) < 2 and not _lone_signer(view, args):
        return None
    money = _value_nearest(view, hit, "money")
    if money:
        args.append(_arg("value", money))
    binding = _boolean(view, _BINDING_FALSE, False) or _boolean(view, _BINDING_TRUE, True)
    if binding is not None:
        if binding.value is None or not isinstance(binding.value, bool):
            binding.value = not _BINDING_FALSE.search(binding.text)
        args.append(_with_role(binding, "binding"))  # type: ignore[arg-type]
    subject = _subject_phrase(view, hit)
    if subject is not None and not any(a.start == subject.start for a in args):
        args.append(subject)
    return args


def fill_partnership(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    args = _parties(view, hit)
    if len(args) == 1 and hit.spec.attrs.get("as_partner"):  # "X gilt als möglicher Partner": of the company the
        ante = _antecedent(view)                               # sentences before are about
        if ante is not None and ante.text.casefold() != args[0].text.casefold():
            args.insert(0, Argument("party", ante.text, ante.start, ante.end))
    if len(args) < 2:
        return None
    window = view.text[max(0, hit.start - 30):hit.end + 30]
    for pattern, kind in _PARTNER_KIND:
        m = pattern.search(window)
        if m:
            off = max(0, hit.start - 30)
            args.append(_span_arg(view, "partner_kind", off + m.start(), off + m.end(), kind))
            break
    places = _places(view, hit)
    if places:
        args.append(_arg("region", places[0]))
    return args


_OFFER_NOUN = re.compile(r"(?i)\w*(angebot|offerte|gebot)\w*|(\w+ )?(offer|bid|approach)s?")
# the owners or the board of the company an offer is for: "den Aktionären der X", "Der Vorstand des X", "X's board"
_OWNER_BODY = re.compile(r"(?i)\b(vorstand|vorstands|aufsichtsrat|aktionär\w*|anteilseigner\w*|verwaltungsrat|"
                         r"eigentümer\w*|board|shareholders|investors|directors|owners)\s+(des|der|von|vom|of)\s+")
_GENITIVE_AFTER = re.compile(r"(?i)^\s*(des|der|von|vom|from|of)\s+(\S+\s+){0,3}?$")


def _offer_to_owners(view: SentenceView, hit: TriggerHit, fr: Frame) -> list[Argument] | None:
    """An offer made to a company's owners or board: "legt den Aktionären der X ein Kaufangebot vor", "Der Vorstand
    des X hat das Übernahmeangebot des Konkurrenten Y abgelehnt": X is the target; the bidder is the genitive after
    the offer noun, else the subject."""
    if not _OFFER_NOUN.fullmatch(hit.text) or not (hit.spec.pos == "noun" or hit.text[:1].isupper()):
        return None
    owner_m = _OWNER_BODY.search(view.text, 0, hit.start)
    if owner_m is None:
        return None
    orgs = _orgs(view)
    t_start, t_end = view.start + hit.start, view.start + hit.end
    owner = next((o for o in orgs if view.start + owner_m.end() <= o.start < t_start and
                  o.start - view.start - owner_m.end() < 40), None)
    if owner is None:
        return None
    after = [o for o in orgs if o.start >= t_end and _GENITIVE_AFTER.match(view.text[hit.end:o.start - view.start])]
    bidders = after[:1] or [o for o in fr.agent if o is not owner][:1]
    targets = [o for o in fr.marked.get("für", []) + fr.marked.get("for", []) if o not in bidders][:1] or [owner]
    if not bidders:
        return None
    args = [_arg("acquirer", bidders[0]), _arg("target", targets[0])]
    money = _value_nearest(view, hit, "money")
    if money:
        args.append(_arg("value", money))
    return args


# the bought company said with a descriptor right after the verb: "would buy the studio", "das Unternehmen kaufen"
_ANAPHORIC_OBJECT = re.compile(r"(?i)\s+(the|das|die|den)\s+(company|firm|studio|group|start-?up|business|chain|"
                               r"unternehmen|firma|konzern|studio|gruppe)(?![\w-])")


_FROM_DESCRIBED = re.compile(r"(?<!\w)(?:from|von)\s+(?:(?:the|a|an|dem|der)\s+)?(?:(?-i:[a-zäöüß])[\w-]*\s+){1,4}$")


def fill_acquisition(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    fr = frame(view, hit)
    args: list[Argument] = []
    if hit.spec.attrs.get("goes_to"):
        buyers = fr.marked.get("an", [])
        sold = [_arg("target", o) for o in fr.agent if o.end <= view.start + hit.start]
        if not sold and buyers and fr.anaphor:  # "Das Familienunternehmen ging an den Konzern Y": named before
            ante = _antecedent(view)
            if ante is not None and ante.text.casefold() != buyers[0].text.casefold():
                sold = [Argument("target", ante.text, ante.start, ante.end)]
        if not buyers or not sold:
            return None
        return [sold[0], _arg("acquirer", buyers[0])]
    if hit.spec.attrs.get("offer"):  # "legt ein Angebot für X vor", "made an offer to take X private", "a bid for X"
        t_end = view.start + hit.end
        # "a rescue bid for X from local building firm Y": the bidder behind its description
        described = [o for o in _orgs(view) if o.start >= t_end and _FROM_DESCRIBED.search(
            view.article.text, max(view.start, o.start - 60), o.start)]
        targets = [o for o in _orgs(view) if o.start >= t_end and o.prep in ("für", "for", "to", None)
                   and o not in fr.agent and o.start - t_end < 60 and o not in described]
        buyers = [o for o in fr.agent + fr.marked.get("from", []) + fr.marked.get("von", []) if o not in targets
                  # (not the subject of another clause: "X said it was not interested, while Y is weighing an offer")
                  and not (o.end <= view.start + hit.start and _OTHER_CLAUSE.search(
                      view.article.text, o.end, view.start + hit.start))]
        buyers += [o for o in described if o not in buyers]
        if not targets:
            return None
        args = [_arg("acquirer", o) for o in buyers[:1]] + [_arg("target", targets[0])]
        money = _value_nearest(view, hit, "money")
        if money:
            args.append(_arg("value", money))
        return args
    owner_offer = _offer_to_owners(view, hit, fr)
    if owner_offer is not None:
        return owner_offer
    if hit.spec.attrs.get("part_of"):  # "X wird Teil der Y-Gruppe": X is bought by Y
        t_start, t_end = view.start + hit.start, view.start + hit.end
        sold = [o for o in fr.agent if o.end <= t_start]
        buyers = [o for o in _orgs(view) if o.start >= t_end and o.start - t_end < 40]
        if not sold or not buyers:
            return None
        return [_arg("target", sold[0]), _arg("acquirer", buyers[0])]
    if hit.spec.attrs.get("buyer_sought"):
        return _buyer_sought(view, hit, fr)
    if hit.spec.attrs.get("for_sale"):
        return _on_offer(view, hit, fr)
    if hit.spec.attrs.get("seller_noun"):
        return _sale(view, hit, fr)
    if hit.spec.attrs.get("buyer_noun"):
        return _buyer_named(view, hit)
    if hit.spec.attrs.get("seller_verb"):
        buyers = fr.marked.get("an", []) + fr.marked.get("to", [])
        if not buyers:
            return _unit_sold(view, hit, fr)
        args += [_arg("acquirer", buyers[0])]
        reflexive = re.match(r"(?i)\s+(itself|themselves|sich(\s+selbst)?)\b", view.text[hit.end:])
        if reflexive and fr.agent:  # "X has agreed to sell itself to Y": X is bought
            return args + [_arg("target", fr.agent[0])]
        own_stake = _OWN_STAKE_SOLD.match(view.text, hit.end) if view.lang == "en" and fr.agent else None
        if own_stake and view.start + own_stake.end() <= buyers[0].start:
            # "X sold a 10 per cent minority stake to Y": a stake in itself, so X is what Y buys a share of
            return args + [_arg("target", fr.agent[0]), _span_arg(view, "stake", *own_stake.span("stake"))]
        args += [_arg("seller", o) for o in fr.agent[:1]]
        target = fr.patient[:1]
        if target:
            args.append(_arg("target", target[0]))
        else:
            span = _np_after(view, hit.end, max_words=4)
            if span and view.start + span[1] <= buyers[0].start:
                args.append(_span_arg(view, "target", *span))
    else:
        args += [_arg("acquirer", o) for o in fr.agent]
        if fr.patient:
            group = fr.patient[0].group
            args += [_arg("target", o) for o in fr.patient if o.group == group]
        if not fr.patient and re.search(r"(?i)(angebot|offer|bid|gebot|approach)", view.text[hit.start:hit.end + 12]):
            for o in fr.marked.get("für", []) + fr.marked.get("for", []):  # "Übernahmeangebot für X"
                args.append(_arg("target", o))
                break
            if not fr.agent:  # "a takeover approach from Y": the bidder
                for o in (fr.marked.get("from", []) + fr.marked.get("von", []))[:1]:
                    args.insert(0, _arg("acquirer", o))
                    # "Shareholders of X rejected a takeover approach from Y": the company whose owners answer
                    owner = [x for x in fr.marked.get("of", []) + fr.marked.get("von", []) + fr.other
                             if x.end <= view.start + hit.start and x is not o]
                    if owner and not any(a.role == "target" for a in args):
                        args.append(_arg("target", owner[0]))
        if not fr.patient and not any(a.role == "target" for a in args):
            for prep in ("an", "am", "in", "at", "bei"):
                if fr.marked.get(prep):
                    args.append(_arg("target", fr.marked[prep][0]))
                    break
        noun = hit.spec.pos == "noun" or (view.lang == "de" and hit.text[:1].isupper())
        for prep in ("from", "von", "vom"):
            # after a noun trigger the seller follows it: "Gesamtprämien von Helvetia ... durch die Übernahme der X"
            for o in [o for o in fr.marked.get(prep, []) if not noun or o.start >= view.start + hit.end][:1]:
                if not any(a.start == o.start for a in args):
                    args.append(_arg("seller", o))
        if not any(a.role == "target" for a in args) and fr.agent and hit.spec.pos == "verb" and not (
                view.lang == "de" and hit.text[:1].isupper() and view.text[:hit.start].strip()):  # "Übernahme"
            span = _np_after(view, hit.end, max_words=3, need_capital=True)
            if span is not None and find_triggers(view.text[span[0]:span[1]], view.lang):
                span = None  # "plant die Übernahme": the noun phrase is the event itself, not its target
            if span is not None and _STAKE.fullmatch(view.text[span[0]:span[1]]):
                span = None  # "übernimmt Mehrheit an ...": the share bought, not what it is a share of
            assets = _COUNTED_ASSETS.match(view.text, hit.end) if span is None else None
            if span is not None:
                args.append(_span_arg(view, "target", *span))
            elif assets is not None:  # "agreed to buy 14 logistics warehouses from X": assets, counted
                args.append(_span_arg(view, "target", *assets.span("np")))
            elif view.lang == "de":  # verb-final: "wonach X die Tankersparte der Dänen übernehmen solle"
                unit = _UNIT_OBJECT_BEFORE.search(view.text, max(0, hit.start - 70), hit.start)
                if unit is not None and not any(view.start + unit.start("unit") <= o.start < view.start + hit.start
                                                for o in fr.agent):
                    args.append(_span_arg(view, "target", *unit.span("unit")))
        if not any(a.role == "target" for a in args) and fr.agent and hit.spec.pos == "verb" and \
                _ANAPHORIC_OBJECT.match(view.text, hit.end):
            # "Rumours that publisher X would buy the studio were shot down": the company named before
            buyer = fr.agent[0].text.casefold()
            ante = _antecedent(view, skip=lambda t: t.casefold() == buyer)
            if ante is not None:
                args.append(Argument("target", ante.text, ante.start, ante.end))
        if not any(a.role == "acquirer" for a in args) and any(a.role == "target" for a in args):
            ante = _antecedent(view) if not _orgs(view) or view.lang == "en" or fr.anaphor else None
            if ante is not None and not any(a.text == ante.text for a in args):
                args.insert(0, Argument("acquirer", ante.text, ante.start, ante.end))
    if not any(a.role == "target" for a in args) and any(a.role == "acquirer" for a in args):
        asset = _NAMED_ASSET.search(view.text, hit.end, hit.end + 90)  # "a 60% stake in Chile's Cerro Azul project"
        if asset is not None:
            args.append(_span_arg(view, "target", *asset.span("asset")))
    buyers = [a.text.casefold() for a in args if a.role == "acquirer"]
    args = [a for a in args if a.role != "target" or not any(a.text.casefold() in b or b in a.text.casefold()
                                                             for b in buyers)]  # never buys itself
    if not any(a.role == "target" for a in args):
        return None
    if not any(a.role in ("acquirer", "target") for a in args if _is_org_arg(view, a)):
        return None
    money = _value_nearest(view, hit, "money")
    if money:
        args.append(_arg("value", money))
    stake = _value_nearest(view, hit, "fraction")
    if stake:
        args.append(_arg("stake", stake))
    else:
        m = _STAKE.search(view.text)
        if m:
            args.append(_span_arg(view, "stake", m.start(), m.end()))
    return args


def _buyer_named(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    """ "X wird verkauft. Käufer ist der Konzern Y, der für das Unternehmen 310 Millionen Euro zahlt": the buyer is
    the unmarked organisation nearest the copula; what is bought is an organisation marked "für/for/von/of", else
    the one the sentence refers back to (the company of the sentences before)."""
    orgs = _orgs(view)
    buyers = _nearest([o for o in orgs if o.prep is None], view, hit)
    if not buyers:
        return None
    bought = [o for o in orgs if o.prep in ("für", "for", "von", "vom", "of") and o is not buyers[0]]
    args = [_arg("acquirer", buyers[0])]
    if bought:
        args.append(_arg("target", bought[0]))
    else:
        ante = _antecedent(view)
        if ante is None or ante.text.casefold() == buyers[0].text.casefold():
            return None
        args.append(Argument("target", ante.text, ante.start, ante.end))
    money = _value_nearest(view, hit, "money")
    if money:
        args.append(_arg("value", money))
    return args


# what a company sells when the sold thing is no name: a business, unit, subsidiary or stake
_SOLD_UNIT = re.compile(r"(?i)^(\w*geschäft\w*|\w*sparte\w*|\w*tochter\w*|\w*bereich\w*|\w*beteiligung\w*|\w*anteil\w*|"
                        r"division\w*|units?|business\w*|subsidiar\w*|arms?|stakes?|operations?|portfolios?|assets)$")
_OF_AFTER = re.compile(r"(?i)\s*((von|vom|of)\s+)?")
_PLACE_ADJECTIVE_FIRST = re.compile(r"\s*(?:its|their|seine[rs]?|ihre[rs]?)\s+(?:[A-ZÄÖÜ][a-zäöüé]+(?:an|ish|ese|ch|sche[nrs]?|ische[nrs]?))(?=\s)")


# a unit in the genitive and its owner after "von/of": "des Glasfasergeschäfts von X", "of the cable unit of X"
_UNIT_OF_OWNER = re.compile(r"(?i)\s+(des|der|seines|ihres|of\s+the|of\s+its)\s+(?P<unit>(?:[\w-]+\s+){0,2}?(?:\w*geschäfts?|"
                            r"\w*sparte|\w*tochter|\w*bereichs?|units?|division|business|arm))\s+(von|vom|of|der|des)\s+")
_UNNAMED_BUYER = re.compile(r"(?i)\s(an|to)\s+((einen|eine|einem|a|an)\s+)?([a-zäöüß][\w-]*\s+)?(?P<buyer>\w*(investor|"
                            r"käufer|buyer|konkurrenten|rivalen|wettbewerber|rival|competitor)(en|s)?|private[- ]equity"
                            r"[- ](firm|group|fund|investor)|buyout (firm|group|fund)|finanzinvestor(en)?)\b")


_TALKS_WORD = re.compile(r"(?i)(verhandel\w*|gespräch\w*|talks|negotiat\w*)")
_ABOUT_THE_SALE = re.compile(r"(?i)\s+(über|about|on|over)\s+(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}")


_AMONG_BIDDERS = re.compile(r"(?i)\s+(is|are|was|were|would be|could be)\s+(among|one of)\s+the\s+"
                            r"(\w+\s+)?(bidders|suitors|buyers|interested parties)\b|"
                            r"\s+(gilt|gelten|zählt|zählen|ist|sind)\s+(\S+\s+){0,3}?(als|zu den)\s+(\w+\s+)?"
                            r"(bieter\w*|interessent\w*|käufer\w*)\b")


def _sale(view: SentenceView, hit: TriggerHit, fr: Frame) -> list[Argument] | None:
    """ "Der Verkauf von X an Y", "prüft den Verkauf ihres Geschäfts", "a sale of X": the agent (or the company the
    sentence refers back to) sells, the object of the noun is sold, an "an/to" organisation buys. A sold thing that
    is no organisation must be a business unit ("ihres Geschäfts", "its chip unit"): "der Verkauf von Autos" is
    trade."""
    t_end = view.start + hit.end
    buyers = [o for o in fr.marked.get("an", []) + fr.marked.get("to", []) if o.start >= t_end]
    if not buyers and _TALKS_WORD.search(view.text, 0, hit.start):
        # "verhandelt X mit dem Konzern Y über einen Verkauf seiner Sparte", "is in talks with Y about a sale of":
        # the one the seller talks with about the sale is the buyer
        buyers = [o for o in fr.marked.get("mit", []) + fr.marked.get("with", [])
                  if o.end <= view.start + hit.start and _ABOUT_THE_SALE.fullmatch(
                      view.article.text, o.end, view.start + hit.start)]
    if not buyers:
        # "is exploring a sale of X, and Y is among the likely bidders": the bidder the sentence names
        buyers = [o for o in _orgs(view) if o.start >= t_end and _AMONG_BIDDERS.match(view.article.text, o.end)]
    target: Argument | None = None
    near = [o for o in fr.patient if 0 <= o.start - t_end <= 40 and "\n" not in view.article.text[t_end:o.start]]
    owned = _UNIT_OF_OWNER.fullmatch(view.article.text, t_end, near[0].start) if near else None
    if owned is not None and not buyers:
        # "Einen Verkauf des Glasfasergeschäfts von X an Finanzinvestoren": the unit is sold, its owner sells it
        target = _span_arg(view, "target", owned.start("unit") - view.start, owned.end("unit") - view.start)
        args = [target, _arg("seller", near[0])]
        unnamed = _UNNAMED_BUYER.search(view.text, near[0].end - view.start)
        if unnamed is not None and unnamed.start() - (near[0].end - view.start) < 20:
            args.insert(0, _span_arg(view, "acquirer", *unnamed.span("buyer")))
        money = _value_nearest(view, hit, "money")
        return args + ([_arg("value", money)] if money else [])
    if near:  # the noun's own object: "Verkauf der Sparte X", not a name further on in a form
        target = _arg("target", near[0])
    else:
        pos = _OF_AFTER.match(view.text, hit.end).end()  # type: ignore[union-attr]
        span = _np_after(view, pos, max_words=5)
        adjective = _PLACE_ADJECTIVE_FIRST.match(view.text, pos) if span is None else None
        if adjective is not None:  # "a sale of its Irish insurance arm": the place names no company, the unit follows
            span = _np_after(view, adjective.end(), max_words=5)
        if span is not None:  # the phrase ends at its unit noun: "its Irish life-insurance administration arm"
            words = list(re.finditer(r"\S+", view.text[span[0]:span[1]]))
            head = next((w for w in words[:4] if _SOLD_UNIT.match(w.group().rstrip(".,"))), None)
            span = (span[0], span[0] + head.end()) if head is not None else None
        if span is not None:
            if not buyers or buyers[0].start < t_end or view.start + span[1] <= buyers[0].start:
                target = _span_arg(view, "target", *span)
    if target is None or any(t_end <= c.start and c.end <= (target.start or 0) for c in view.values("count")):
        return None  # "the sale of 2 million iPhones": goods counted are trade, not a company sold
    args = [_arg("acquirer", b) for b in buyers[:1]] + [target]
    unnamed = _UNNAMED_BUYER.search(view.text, hit.end) if not buyers else None
    if unnamed is not None and unnamed.start() - hit.end < 80:
        # "Einen Verkauf der Agrarsparte an einen Finanzinvestor schloss X aus", "the sale of its unit to a private
        # equity firm": a buyer described, not named
        args.insert(0, _span_arg(view, "acquirer", *unnamed.span("buyer")))
    sellers = [o for o in fr.agent if o.end <= view.start + hit.start]
    if sellers:
        args.append(_arg("seller", sellers[0]))
    elif not buyers:
        ante = _antecedent(view)
        if ante is not None and ante.text.casefold() != target.text.casefold():
            args.append(Argument("seller", ante.text, ante.start, ante.end))
    if not any(a.role in ("acquirer", "seller") for a in args) and not _is_org_arg(view, target):
        return None
    money = _value_nearest(view, hit, "money")
    if money:
        args.append(_arg("value", money))
    return args


_FOR_UNIT = re.compile(r"(?i)\s+(für|for)\s+(die|den|das|the|sein\w*|ihr\w*|its|their)\s+(?P<unit>((?-i:[A-Za-zÄÖÜäöü])[\w-]*\s+)"
                       r"{0,3}?[\w-]*(units?|divisions?|business(es)?|arms?|subsidiar(y|ies)|operations|stake|plants?|"
                       r"factor(y|ies)|portfolios?|"
                       r"geschäft\w*|sparte\w*|tochter\w*|bereich\w*|division\w*|beteiligung\w*|anteile?))\b")


def _on_offer(view: SentenceView, hit: TriggerHit, fr: Frame) -> list[Argument] | None:
    """ "X is not for sale", "Wir sind nicht zu verkaufen", "X steht zum Verkauf": the company (its subject, or the
    one the text is about when a pronoun speaks) is the target of a sale that is, or is not, on offer."""
    t_start = view.start + hit.start
    subject = [o for o in fr.agent if o.end <= t_start and t_start - o.end < 40]
    if subject:  # a name: the recogniser's, or several words or a possessive ("Fenwick's"), not a lone capitalised
        target = _arg("target", subject[-1])  # word the fallback took ("Tickets are for sale")
        named = any(m.type == "ORG" and m.start == target.start for m in view.article.mentions)
        possessive = view.article.text.startswith(("'s", "’s"), target.end or 0)
        return [target] if named or " " in target.text or possessive else None
    if not _PRONOUN_BEFORE_SALE.search(view.text, max(0, hit.start - 40), hit.start):
        return None
    # the company the sentence spoke of before ("dismissed rumours that X could be sold: 'We are not for sale'"), else
    # the speaker's after it ("„Wir sind nicht zu verkaufen“, sagte X-Chef Y")
    before = [o for o in _orgs(view) if o.end <= t_start]
    if before:
        return [_arg("target", before[-1])]
    speaker = [o for o in _orgs(view) if o.start > t_start and
               _SAID.search(view.text, hit.end, max(hit.end, o.start - view.start))]
    if speaker:
        return [_arg("target", speaker[0])]
    ante = _antecedent(view)
    return [Argument("target", ante.text, ante.start, ante.end)] if ante is not None else None


_SAID = re.compile(r"(?i)\b(said|says|told|sagte|sagt|erklärte|betonte|so)\b")
# the company speaking of itself, or spoken of: "We are not for sale", "it is not for sale", "Wir sind nicht zu haben"
_PRONOUN_BEFORE_SALE = re.compile(r"(?i)\b(we|it|they|the company|the group|wir|es|das unternehmen|der konzern|"
                                  r"die firma|die gruppe)\s+((are|is|was|were|sind|ist|sei|seien|steht|stehe|stehen)\s+)?"
                                  r"(\S+\s+){0,3}$")


# a copula that makes the subject the buyer: "is seen as the most likely", "gilt als möglicher"
_OTHER_CLAUSE = re.compile(r"(?i),\s*(while|whereas|but|während|aber)\s")
_SEEN_AS = re.compile(r"(?i)\s*(,\s*(which|who|die|der)\s+)?(is|are|was|were|gilt|gelten|galt|galten|(has|have|had) been)"
                      r"\s+((\w+\s+){0,3}?(seen|regarded|viewed|"
                      r"considered|tipped)\s+)?(as|als)\s+(the\s+|a\s+|an\s+|der\s+|ein\s+)?([\w-]+\s+){0,3}?$")


def _buyer_sought(view: SentenceView, hit: TriggerHit, fr: Frame) -> list[Argument] | None:
    """ "X könnte bald einen Käufer für seine Sparte finden", "X is seeking a buyer for its unit": a sale of a unit
    (or of a named company after für/for) is under way; the seller is the agent or the company named before."""
    t_end = view.start + hit.end
    named = [o for o in _orgs(view) if o.prep in ("für", "for") and 0 <= o.start - t_end < 30]
    if named:
        target = _arg("target", named[0])
    else:
        m = _FOR_UNIT.match(view.text, hit.end - len(view.text[hit.start:hit.end]) + len(hit.text.split()[0]))
        m = m or _FOR_UNIT.search(view.text, hit.start, hit.end + 60)
        if m is None:
            return None
        target = _span_arg(view, "target", *m.span("unit"))
    args = [target]
    sellers = [o for o in fr.agent if o.end <= view.start + hit.start and o.start != target.start]
    if sellers and _SEEN_AS.match(view.article.text, sellers[0].end, view.start + hit.start):
        # "Rival X is seen as the most likely buyer for the unit", "X gilt als möglicher Käufer für": X buys; the
        # seller is the company named before
        args.append(_arg("acquirer", sellers[0]))
        ante = _antecedent(view, lambda name: name.casefold() == sellers[0].text.casefold())
        if ante is not None and ante.text.casefold() != target.text.casefold():
            args.append(Argument("seller", ante.text, ante.start, ante.end))
    elif sellers:
        args.append(_arg("seller", sellers[0]))
    else:
        ante = _antecedent(view)
        if ante is None or ante.text.casefold() == target.text.casefold():
            return None
        args.append(Argument("seller", ante.text, ante.start, ante.end))
    return args


_OWN_UNIT_AFTER = re.compile(r"(?i)\s+(its|their|his|her|sein\w*|ihr\w*)\s+"
                             r"(?P<unit>([\w-]+\s+){0,3}?[\w-]*(units?|divisions?|stake|business(es)?|arms?|subsidiar(y|ies)|operations|"
                             # assets a company holds: "its insurance portfolio", "its gas-fired power plants"
                             r"portfolios?|assets|(?<=power )plants|(?<=power )stations|"
                             r"geschäft\w*|sparte\w*|tochter\w*|bereich\w*|division\w*|beteiligung\w*|anteile?))\b")
_OWN_UNIT_BEFORE = re.compile(r"(?i)(?<!\w)(sein\w*|ihr\w*)\s+((?-i:[a-zäöüß])[\w-]*\s+)?"
                              r"(?P<unit>(?=(?-i:[A-ZÄÖÜ]))[\w-]*(geschäft|sparte|tochter|bereich|division|einheit|segment|"
                              r"beteiligung|anteil)\w*)(\s+(mit|für|in)\s+(?-i:[A-ZÄÖÜ])[\w-]*)?\s+(zu\s+)?$")


# the unit's name in apposition after it: "its mortgage arm, Vale Home Loans, to …", "seine Tochter, die Kessler Bau,"
_UNIT_NAME_AFTER = re.compile(r",\s+(?:(?:die|der|das|the)\s+)?((?-i:[A-ZÄÖÜ])[\w&'’.-]*(?:\s+(?:&\s+)?(?-i:[A-ZÄÖÜ])"
                              r"[\w&'’.-]*){0,4}?)(?=\s*(?:[,;]|\.?$|\.\s)|\s+(?:to|for|an|für)\s)")


def _unit_sold(view: SentenceView, hit: TriggerHit, fr: Frame) -> list[Argument] | None:
    """ "X erwägt, sein Geschäft mit Hotelsoftware zu verkaufen", "X plans to sell its consumer unit": a company
    selling a unit of its own is a sale even before a buyer is named (the seller is the agent)."""
    m = _OWN_UNIT_AFTER.match(view.text, hit.end) if view.lang == "en" else None
    if m is None and view.lang == "de":
        m = _OWN_UNIT_BEFORE.search(view.text, max(0, hit.start - 80), hit.start)
    if m is None:
        return None
    args = [_span_arg(view, "target", *m.span("unit"))]
    of = re.compile(r"(?i)\s+(in|an|at|bei|der|des|of)\s+((der|dem|the)\s+)?([\w-]+\s+){0,2}").match(view.text, m.end())
    # (the held company may stand right after the article or after a descriptor: "its stake in the Orbis Cables joint
    # venture", "its stake in ferry operator X")
    held = [o for o in _orgs(view) if of and view.start + of.end(1) < o.start <= view.start + of.end()]
    inner = [o for o in _orgs(view) if view.start + m.start("unit") <= o.start and o.end <= view.start + m.end("unit")]
    if held and re.search(r"(?i)(stake|anteil|beteiligung)", m.group("unit")):  # "its stake in ferry operator X"
        args = [_arg("target", held[0])]
    elif inner:  # "its Vireo stake", "seine Vireo-Beteiligung": the company named in it
        args = [_arg("target", inner[0])]
    else:
        named = _UNIT_NAME_AFTER.match(view.text, m.end("unit"))
        if named is not None and not find_triggers(named.group(1), view.lang):
            # "selling its mortgage arm, Vale Home Loans": the unit's name is what the graph can follow
            s_, e_ = named.span(1)
            if view.text[e_ - 1] == "." and not re.search(r"(Inc|Co|Corp|Ltd)\.$", named.group(1)):
                e_ -= 1  # the sentence's full stop
            args = [_span_arg(view, "target", s_, e_)]
    if fr.agent:
        args.append(_arg("seller", fr.agent[0]))
    else:
        ante = _antecedent(view)
        if ante is None:
            return None
        args.append(Argument("seller", ante.text, ante.start, ante.end))
    money = _value_nearest(view, hit, "money")
    if money:
        args.append(_arg("value", money))
    return args


# assets bought by number, right after the verb: "to buy 14 logistics warehouses", "übernimmt 4.000 Wohnungen"
_COUNTED_ASSETS = re.compile(r"\s+(?P<np>(?:(?:rund|etwa|about|around|some|more than|mehr als)\s+)?\d[\d.,]*\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:warehouses|properties|buildings|homes|apartments|flats|hospitals|"
                             r"clinics|stores|shops|hotels|plants|factories|sites|mines|wells|branches|restaurants|"
                             r"Wohnungen|Immobilien|Gebäude|Kliniken|Krankenhäuser|Filialen|Hotels|Werke|Standorte|"
                             r"Märkte|Läden|Restaurants))\b")
# a named asset a stake is bought in: "a 60% stake in Chile's Cerro Azul project", "stake in the Rosebel gold mine"
_NAMED_ASSET = re.compile(r"\bstakes?\s+in\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:'s|’s)\s+)?(?P<asset>(?:[A-Z][\w-]*\s+){1,4}"
                          r"(?:[a-z]+\s+)?(?:project|mine|deposit|oilfield|oil field|gas field|field|licen[cs]e|"
                          r"wind farm|solar park|terminal|pipeline|refinery|smelter)s?)\b")
# a stake sold without "in <company>" after it: the seller's own shares ("sold a 10 per cent minority stake to Y")
_OWN_STAKE_SOLD = re.compile(r"(?i)\s+(?:an?\s+|its\s+)?(?P<stake>(?:[\d.,]+\s*(?:per\s*cent|%)|majority|minority|"
                             r"controlling)(?:\s+(?:minority|majority|controlling))?\s+(?:stake|holding)(?!\w))"
                             r"(?!\s+in\b)")
_STAKE = re.compile(r"(?<!\w)(mehrheit|mehrheitsbeteiligung|aktienmehrheit|minderheitsbeteiligung|"
                    r"(majority |minority |controlling )?stake)(?!\w)", re.I)


def _is_org_arg(view: SentenceView, arg: Argument) -> bool:
    return any(s.kind == "ORG" and s.start == arg.start for s in view.slots) or any(
        m.type == "ORG" and m.start == arg.start for m in view.article.mentions)


def _is_prior_org(view: SentenceView, arg: Argument) -> bool:
    """An organisation of the earlier sentences, also one found by a fallback pattern ("Die Drogeriekette X")."""
    return any(m.type == "ORG" and m.start == arg.start for m in view.prior_orgs or ())


def fill_merger(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    # a merger partner named only by a description ("mit dem Stadtrivalen", "mit der Kreismusikschule") is no party
    args = _parties(view, hit, bare_noun_phrases=True)
    aliases = {o.start for o in view.of_kind("ORG") if o.alias}
    seen: set[str] = set()
    parties = []
    for a in args:  # "Regionalverband Ruhr (RVR)" is one party; a name said twice too
        if a.start in aliases or a.text.casefold() in seen:
            continue
        seen.add(a.text.casefold())
        parties.append(a)
    against = {o.start for o in view.of_kind("ORG") if o.prep in ("gegen", "against")}
    kept = [a for a in parties if a.start not in against]
    if len(kept) >= 2:  # "prüfen X und Y einen Zusammenschluss, um gegen A, B und C bestehen zu können": rivals
        parties = kept
    if len(parties) == 1 and parties[0].start is not None:
        # one recognised name that swallowed a coordination ("the merger of Ironvale Mining and Copperline"): a
        # merger needs two parties, so the two capitalised halves are they
        m = _SWALLOWED_PAIR.fullmatch(parties[0].text)
        if m:
            p = parties[0]
            parties = [Argument("party", m.group(1), p.start, p.start + m.end(1)),
                       Argument("party", m.group(3), p.start + m.start(3), p.start + m.end(3))]
    if len(parties) == 1 and hit.spec.pos == "noun" and _WITH_AFTER_MERGER.match(view.text, hit.end) and \
            not any(o.end <= view.start + hit.start for o in _orgs(view)):
        # "Einen Zusammenschluss mit dem Konkurrenten X werde es nicht geben": a merger *with* X names the other
        # party by the sentence's topic, the company named before (no name stands before the noun)
        ante = _antecedent(view)
        if ante is not None and ante.text.casefold() != parties[0].text.casefold():
            parties = [Argument("party", ante.text, ante.start, ante.end)] + parties
    return parties if len(parties) >= 2 else None


_WITH_AFTER_MERGER = re.compile(r"(?i)\s+(mit|with)\s")
_SWALLOWED_PAIR = re.compile(r"((?-i:[A-ZÄÖÜ])[\w.&'-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w.&'-]*)*)\s+(and|und)\s+"
                             r"((?-i:[A-ZÄÖÜ])[\w.&'-]*(?:\s+(?-i:[A-ZÄÖÜ])[\w.&'-]*)*)")


# "ein Spin-off der TU München", "a spin-off of Y", "ist ein Ableger des Onlinehändlers Alibaba": the noun names
# the unit, so the organisation after it is the parent and the one the phrase describes is the spun-off unit
_SPUN_UNIT_NOUN = re.compile(r"(?i)^(spin-?off|ableger|ausgründung)")  # (named apart from the figures' _UNIT_NOUN)
_INDEFINITE_BEFORE = re.compile(r"(?i)(?<!\w)(ein|eine|einem|einen|einer|eines|a|an)\s+([\w-]+-|[\w-]+\s+)?$")
_UNIT_OF = re.compile(r"(?i)^\s*(des|der|von|vom|of|from)\s")


def _spin_off_unit(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    """ "X, ein Spin-off des Y" / "X ist ein Ableger von Y" / "X, a spin-off of Y" → parent Y, spun_off X."""
    if not _SPUN_UNIT_NOUN.match(hit.text) or not _INDEFINITE_BEFORE.search(view.text[:hit.start]):
        return None
    if not _UNIT_OF.match(view.text[hit.end:]):
        return None
    t_start, t_end = view.start + hit.start, view.start + hit.end
    orgs = _orgs(view)
    parent = next((o for o in orgs if o.start >= t_end and o.start - t_end < 40), None)
    unit = next((o for o in sorted(orgs, key=lambda o: -o.end) if o.end <= t_start and t_start - o.end < 60), None)
    if parent is None or unit is None:
        return None
    return [_arg("parent", parent), _arg("spun_off", unit)]


# a unit as the object before a German verb-final trigger: "die Tankersparte (der Dänen) übernehmen", "das
# Kabelgeschäft von X kaufen"
_UNIT_OBJECT_BEFORE = re.compile(r"(?<!\w)(die|das|den)\s+((?-i:[a-zäöüß])[\w-]*\s+)?(?P<unit>(?-i:[A-ZÄÖÜ])[\w-]*"
                                 rf"((?i:-(?:{UNIT_NOUNS_DE}))|{UNIT_NOUNS_DE}))"  # also "Kontraktlogistik-Sparte"
                                 r"(\s+(der|des|von|vom)\s+(\S+\s+){1,3}?)?\s*(zu\s+)?$")
_UNIT_THEN_PARENT = re.compile(r"(?i)\s+(der|des|seiner|ihrer|of|of its|of the)\s+((?-i:[a-zäöü])[\w-]*\s+){0,2}"
                               r"(?P<unit>[\w-]*(geschäft|sparte|tochter|bereich|division|einheit|segment|unit|business|"
                               r"division|arm)\w*)\s+(von|vom|from)\s+((der|dem|the)\s+)?")
_UNIT_BEFORE_VERB = re.compile(r"(?<!\w)(sein\w*|ihr\w*|die|das|den|der|dessen|deren)\s+([a-zäöüß][\w-]*\s+)?"
                               rf"(?P<unit>(?-i:[A-ZÄÖÜ])[\w-]*({UNIT_NOUNS_DE})\w*|"
                               r"(?-i:Geschäft|Sparte|Tochter|Bereich|Division|Einheit|Segment)\w*)"
                               r"\s+([^\s,;:]+\s+){0,4}?$", re.I)  # also the bare noun: "sein Geschäft mit X abspalten"


_LATER_PHRASE = re.compile(r"(?i),(?!\s*(?-i:[A-ZÄÖÜ]))|;|\s(und|and)\s+(\w+\s+){0,1}?(bring\w*|geht|gehen|wird|werden|soll|sollen|"
                           r"list\w*|float\w*|will|is|are|becomes?|trades?|operates?)\b")


_SUBJECT_AFTER_VERB = re.compile(r"(?<!\w)(?-i:[a-zäöüß])\w+\s+(der|die|das)\s+([\w-]+\s+)?$")
_SPIN_UNIT_AFTER = re.compile(r"(?<!\w)(sein\w*|ihr\w*|die|das|den|der|des)\s+"
                              rf"(?P<unit>[\w-]*({UNIT_NOUNS_DE})\w*(\s+(?-i:[A-ZÄÖÜ])[\w-]+){{0,2}})", re.I)
_APPOSED_NAME = re.compile(r",\s*")


# the English passive names the unit as its subject, its owner by a possessive: "Levante's insurance business, Levante
# Seguros, will be spun off", "X's chip unit is to be spun off"
_POSSESSED_UNIT = re.compile(r"(?P<parent>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})['’]s?\s+"
                             r"(?P<unit>(?:[\w-]+\s+){0,3}?(?:unit|division|business|arm|subsidiary|operations?|brands?|"
                             r"segment))(?:\s*,\s*(?P<name>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})\s*,)?"
                             r"\s+(?:(?:will|would|is|are|was|were|could|may|might|shall|to|has|have|had)\s+)*"
                             r"(?:be|been|being)\s+$")


def _passive_unit(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    if view.lang != "en":
        return None
    m = _POSSESSED_UNIT.search(view.text, max(0, hit.start - 160), hit.start)
    if m is None or m.end() != hit.start:
        return None
    unit = m.span("name") if m.group("name") else m.span("unit")
    return [_span_arg(view, "parent", *m.span("parent")), _span_arg(view, "spun_off", *unit)]


def fill_spin_off(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    args = _fill_spin_off(view, hit)
    if not args:
        return args
    named = _new_company_name(view, hit)
    if named is None or any(a.role == "spun_off" and a.start <= named.start < a.end for a in args):
        return args
    # the gold format's spun_off is the company the unit becomes where the item names it: a name the graph can follow
    return [a for a in args if a.role != "spun_off"] + [named]


# the name a spun-off unit takes: "unter dem Namen Vireon Generics", "called Aurelis Care", "firmieren als X"
_NEW_NAME = re.compile(r"(?i)(?<!\w)(?:unter dem namen|unter der firma|namens|firmier\w*\s+als|called|named)\s+[„“\"']?"
                       r"(?P<name>(?-i:[A-ZÄÖÜ0-9])[\w&+'’-]*(?:\.(?=\w))?[\w&+'’-]*"
                       r"(?:\s+(?:&\s+)?(?-i:[A-ZÄÖÜ0-9])[\w&+'’-]*){0,3})")
# a later sentence about the company the unit becomes: "Die neue Gesellschaft soll unter dem Namen X firmieren",
# "The new company will be called X"
_NEW_COMPANY = re.compile(r"(?i)(?<!\w)(die neue (gesellschaft|firma|einheit|tochter)|das neue unternehmen|"
                          r"der neue konzern|the new (company|business|entity|firm|group)|the (newly )?"
                          r"(spun-off|separated|standalone|independent|separately listed) (company|business|entity))"
                          r"(?!\w)")


def _new_company_name(view: SentenceView, hit: TriggerHit) -> Argument | None:
    """The company a spun-off unit becomes, named after the trigger in its sentence ("… abspalten und unter dem
    Namen X an die Börse bringen", "into a separately listed company called X") or in one of the next two sentences
    of the paragraph that speaks of the new company ("Die neue Gesellschaft soll unter dem Namen X firmieren")."""
    m = _NEW_NAME.search(view.text, hit.end)
    if m is not None:
        return _span_arg(view, "spun_off", *_name_span(m))
    art = view.article
    later = [s for s in art.sentences if s.start >= view.start + len(view.text)][:2]
    for sent in later:
        text = art.text[sent.start:sent.end]
        if "\n\n" in art.text[view.start:sent.start]:
            break
        new = _NEW_COMPANY.search(text)
        m = _NEW_NAME.search(text, new.end()) if new is not None else None
        if m is not None:
            start, end = _name_span(m)
            return Argument("spun_off", text[start:end], sent.start + start, sent.start + end)
    return None


def _name_span(m: re.Match) -> tuple[int, int]:
    start, end = m.span("name")
    while end > start and m.string[end - 1] in ".'’-":
        end -= 1
    return start, end


def _fill_spin_off(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    unit = _spin_off_unit(view, hit)
    if unit is not None:
        return unit
    unit = _passive_unit(view, hit)
    if unit is not None:
        return unit
    if hit.spec.attrs.get("unit_listed"):  # "Die Sparte soll unter dem Namen X an die Börse gehen": the unit's new
        named = _NAMED_PRODUCT.search(view.text)  # name, the owner named before
        ante = _antecedent(view)
        if named is None or ante is None:
            return None
        return [Argument("parent", ante.text, ante.start, ante.end), _span_arg(view, "spun_off", *named.span("np"))]
    if re.match(r"(?i)ableger|ausgründung", hit.text):
        return None  # these only name a unit ("der Deutschland-Ableger"); without "ein … des Y" no spin-off is told
    fr = frame(view, hit)
    m = _UNIT_THEN_PARENT.match(view.text, hit.end) if hit.text[:1].isupper() or hit.spec.pos == "noun" else None
    if m is not None:  # "Die Abspaltung der Energiesparte von Hallberg", "the spin-off of its X unit from Y"
        parent = next((o for o in _orgs(view) if o.start == view.start + m.end()), None)
        if parent is not None:
            return [_arg("parent", parent), _span_arg(view, "spun_off", *m.span("unit"))]
    parents = fr.agent[:1]
    if not parents and view.lang == "de" and hit.text[:1].isupper():
        # "Eine Abspaltung der Sparte X schließt der Konzern Y aus": the subject after the finite verb is the parent
        parents = [o for o in fr.patient if o.start > view.start + hit.end and
                   _SUBJECT_AFTER_VERB.search(view.text[max(hit.end, o.start - view.start - 60):o.start - view.start])][:1]
        if parents:
            fr = replace(fr, patient=[o for o in fr.patient if o is not parents[0]])
    separates = bool(re.match(r"trenn", hit.text, re.I))  # "trennt sich von X": X is what is spun off
    spun = list(fr.marked.get("von", [])[:1]) if separates else []
    if not parents:
        for prep in ("aus", "from") + (() if separates else ("von", "vom")):
            if fr.marked.get(prep):
                parents = fr.marked[prep][:1]
                break
    for prep in ("in", "into", "als", "as", "unter", "zu", "zur", "to"):
        # a name given in another clause or a coordinated verb phrase ("…, now trading as X", "gliedert Y aus und
        # bringt sie als X an die Börse") is the unit's later name; the unit is the one the trigger names (a name in
        # apposition, "its tower business, Brightwave Towers,", is the unit's own)
        spun += fr.marked.get(prep, [])
    spun = [o for o in fr.patient + spun if o not in parents and
            # (nor a part of the parent's name: "Hollis & Crane" read as two people leaves "Crane" over)
            not any(p.start <= o.start and o.end <= p.end for p in parents) and
            not _LATER_PHRASE.search(view.text, hit.end, max(hit.end, o.start - view.start)) and
            # ("launched a service, X Health, and plans to spin off its unit, Y": the English object follows the
            # verb; a name before an active trigger belongs to an earlier verb)
            not (view.lang == "en" and hit.spec.pos == "verb" and o.end <= view.start + hit.start)]
    args = [_arg("parent", o) for o in parents]
    if spun:
        args.append(_arg("spun_off", spun[0]))
    else:
        stop = None
        m = re.compile(r"(?<!\w)(ab|aus|off)(?!\w)", re.I).search(view.text, hit.end)
        if m and m.start() - hit.end < 80:
            stop = m.start()
        span = _np_after(view, hit.end, max_words=4, stop_at=stop, need_capital=view.lang == "de")
        before = _UNIT_BEFORE_VERB.search(view.text[:hit.start]) if view.lang == "de" and \
            hit.text[:1].islower() else None
        bound = stop if stop is not None else len(view.text)
        colon = re.compile(r"[:;]").search(view.text, hit.end, bound)  # "… vollzogen: Das Lebensmittelgeschäft …"
        unit = _SPIN_UNIT_AFTER.search(view.text, hit.end, colon.start() if colon else bound) \
            if view.lang == "de" else None
        if before is not None:  # "will sein Bauchemiegeschäft abspalten": the German object precedes the verb
            args.append(_span_arg(view, "spun_off", *before.span("unit")))
        elif unit is not None and unit.start() - hit.end < 40:
            # "spaltet im Frühjahr seine Sparte X ab", "Eine Abspaltung der Fahrradsparte Velora …": a unit noun (and
            # its name) after the trigger, past a time phrase
            args.append(_span_arg(view, "spun_off", *unit.span("unit")))
        elif span is not None:
            appos = _APPOSED_NAME.match(view.text, span[1])
            named = next((o for o in _orgs(view) if appos and o.start == view.start + appos.end()), None)
            if named is not None:  # "its tower business, Brightwave Towers,": the unit's own name
                args.append(_arg("spun_off", named))
            else:
                args.append(_span_arg(view, "spun_off", *span))
    if not parents:
        taken = {a.start for a in args}
        linked = [o for _, o in view.roles_of.values() if o is not None and o.start not in taken]
        others = [o for o in fr.other + linked if o.start not in taken]
        if others:
            args.insert(0, _arg("parent", others[0]))
        else:
            ante = _antecedent(view)
            if ante is not None and ante.start not in taken:
                args.insert(0, Argument("parent", ante.text, ante.start, ante.end))
    if not any(a.role == "parent" for a in args) or not any(a.role == "spun_off" for a in args):
        return None
    return args


_INTO_WORK_OF = re.compile(r"(?i)\b(in|into)\s+(die|den|das|the|its)\s+(\w+\s+)?[\w-]+\s+(von|vom|of)\s+$")
_INVESTOR_WORD = re.compile(r"(?i)\w*(investor|geldgeber|kapitalgeber)(in|en|innen|s)?")
# "auch die Bestandsinvestoren X und Y zogen mit", "existing backers X and Y": names after an investor noun give money
_INVESTOR_NOUN_BEFORE = re.compile(r"(?i)(?<![\w-])[\w-]*(investor(en|in|innen|s)?|geldgeber\w*|kapitalgeber\w*|"
                                   r"backers?|shareholders?|aktionär\w*|gesellschafter\w*)\s+$")


_INVESTMENT_NOUN = re.compile(r"(?i)investments?")
_SIGNALLED_AFTER = re.compile(r"\s*(signalisiert|bekundet|angemeldet|gezeigt)\b")
_FROM_BEHIND_DESCRIPTION = re.compile(r"(?i)\s+from\s+(?:[\w-]+\s+){0,5}")  # "from Berlin-based fund Y"
_LIST_JOIN = re.compile(r"(?i)\b(and|or|und|oder)\b|[,;]")
# the giver after an English investment noun: "an investment from (Cleveland private equity firm) X"
_FROM_GIVER = re.compile(r"\s+from\s+(?:[\w-]+\s+){0,5}")


def _investment_from(view: SentenceView, hit: TriggerHit) -> Slot | None:
    """The organisation named right after "investment from" in the trigger's noun phrase, if the sentence names no
    recipient with "in/into" (then the sentence tells who gets the money itself)."""
    if view.lang != "en" or not hit.text.lower().startswith("investment"):
        return None
    text, end = view.article.text, view.start + hit.end
    orgs = _orgs(view)
    if any(o.prep in ("in", "into") for o in orgs):
        return None
    found = [o for o in orgs if o.start >= end and o.kind == "ORG" and not _is_place(view, o) and
             _FROM_GIVER.fullmatch(text, end, o.start)]
    return found[-1] if found else None  # the name that ends the phrase, not a place that describes it


_TALKS_WITH = re.compile(r"(?i)(?<!\w)(talks|negotiations|discussions|gespräche\w*|verhandlungen)\s+(with|mit)\s")
_ABOUT_BEFORE = re.compile(r"(?i)(?<!\w)(about|on|over|über)\s+(a|an|eine[nm]?|the|die|eine)?\s*([\w-]+\s+){0,2}$")
_FINANCIER_NAME = re.compile(r"(?:Bank|Capital|Ventures|Partners|Investments|Fund|Fonds|Beteiligungen)$")


def _financier_in_talks(view: SentenceView, hit: TriggerHit, fr: Frame) -> Slot | None:
    """The bank or fund a company is "in talks with … about an investment": a partner whose name says it finances
    (or an investor noun before it) gives the money, the company in talks gets it."""
    if not fr.agent:
        return None
    text, t_start = view.article.text, view.start + hit.start
    talks = None
    for talks in _TALKS_WITH.finditer(view.text, 0, hit.start):
        pass
    if talks is None or not _ABOUT_BEFORE.search(view.text, talks.end(), hit.start):
        return None
    partner = next((o for o in _orgs(view) if view.start + talks.end() <= o.start < t_start and o not in fr.agent), None)
    if partner is None or not (_FINANCIER_NAME.search(partner.text) or _INVESTOR_NOUN_BEFORE.search(
            text, max(view.start, partner.start - 40), partner.start)):
        return None
    return partner


_ROUND_NOUN = re.compile(r"(?i)[\w-]*(runde|round)s?")
_OF_BEFORE_OWNER = re.compile(r"\s+(von|vom|of)\s+$")
# a relative clause after the round that names who leads it: "…, die der US-Investor X anführen sollte", "…, which X
# was to lead"
_LED_IN_RELATIVE = re.compile(r"(?i),\s+(?:die|den|which|that)\s+(?:[\w-]+\s+){0,6}?$")
_LEAD_VERB_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(anführ\w*|angeführt|leiten|leitet\w*|lead|led|leads)\b")


def _round_of(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    """ "Eine Finanzierungsrunde von Flinkly über 25 Mio. Euro, die der Investor X anführen sollte": the company after
    "von/of" right behind the round noun raises it, the one its relative clause says leads it gives the money."""
    if not _ROUND_NOUN.fullmatch(hit.text):
        return None
    text, t_end = view.article.text, view.start + hit.end
    owner = next((o for o in _orgs(view) if 0 < o.start - t_end <= 6 and _OF_BEFORE_OWNER.search(text, t_end, o.start)),
                 None)
    if owner is None:
        return None
    args = [_arg("recipient", owner)]
    lead = next((o for o in _orgs(view) if o.start > owner.end and
                 _LED_IN_RELATIVE.search(text, max(owner.end, o.start - 80), o.start) and
                 _LEAD_VERB_AFTER.match(text, o.end)), None)
    if lead is not None:
        args.append(_arg("investor", lead))
    value = _value_nearest(view, hit, "money")
    if value is not None:
        args.append(_arg("value", value))
    return args


# the leader of a round is the subject of "led": "X led a $30 million Series B round in Y", "X co-led the round in Y"
_LED_BEFORE_ROUND = re.compile(r"(?i)\b(?:co-)?(?:led|leads|headed|heads)\s+(?:a|an|the)\s+[^,;]{0,40}$")
_IN_AFTER_ROUND = re.compile(r"\s+(?:in|into)\s+$")


def _led_round_in(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    """ "X led a $30 million Series B round in Y": the round is Y's, the subject of "led" gives the money. The general
    rule takes the subject as the one that raises a round, which is right for "X raised a round" but swaps the roles
    here; the wording is recognised from "led the … round" before the noun and "in" right after it."""
    if view.lang != "en" or not _ROUND_NOUN.search(hit.text):
        return None
    text, t_start, t_end = view.article.text, view.start + hit.start, view.start + hit.end
    led = _LED_BEFORE_ROUND.search(text, max(view.start, t_start - 60), t_start)
    if led is None:
        return None
    orgs = _orgs(view)
    taker = next((o for o in orgs if 0 < o.start - t_end <= 6 and _IN_AFTER_ROUND.match(text, t_end, o.start)), None)
    giver = next((o for o in reversed(orgs) if o.end <= led.start() and
                  not re.search(r"[,;:]", text[o.end:led.start()])), None)
    if taker is None or giver is None:
        return None
    args = [_arg("investor", giver), _arg("recipient", taker)]
    value = _value_nearest(view, hit, "money")
    if value is not None:
        args.append(_arg("value", value))
    return args


def fill_investment(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    fr = frame(view, hit)
    led_in = _led_round_in(view, hit) if hit.spec.attrs.get("recipient_subject") else None
    if led_in is not None:
        return led_in
    round_of = _round_of(view, hit) if hit.spec.attrs.get("recipient_subject") else None
    if round_of is not None:
        return round_of
    if hit.spec.attrs.get("recipient_subject"):  # "X sammelt 45 Mio. ein, angeführt von Y", "X raised $1bn from Y"
        investors = [o for o in _orgs(view) if o.prep in ("von", "vom", "from", "by", "durch", "mit", "with",
                                                          "including", "darunter")]
        # a name behind a semicolon or colon after the trigger is the subject of another statement ("Angeführt wurde
        # die Runde von X; auch die Altinvestoren Y und Z zogen mit")
        late = [o for o in _orgs(view) if o.prep is None and o not in investors and o.start >= view.start + hit.end
                and re.search(r"[;:]", view.article.text[view.start + hit.end:o.start])]
        people = person_tokens(view.article) if hit.spec.attrs.get("lead_only") else set()
        subjects = [o for o in _orgs(view) if o.prep is None and o not in investors and o not in late and
                    o.text not in people]  # "hält Pichler für denkbar": the person named before, no company
        if hit.spec.attrs.get("lead_only"):  # "Angeführt wird die Runde von X, auch Y beteiligt sich an Z": a name
            # after a comma behind the trigger is the subject of the next clause, not the company that raised
            subjects = [o for o in subjects if not (o.start >= view.start + hit.end and
                                                    re.search(r"[,;:]", view.article.text[view.start + hit.end:o.start]))]
        if view.lang == "en":  # the English subject stands before its verb: "The Berlin-based startup, which raised
            # $48 million …, says the tool runs inside GitHub" (the startup is named before; GitHub is no party)
            subjects = [o for o in subjects if o.end <= view.start + hit.start]
        backers = [o for o in subjects if o.group == subjects[0].group and _INVESTOR_NOUN_BEFORE.search(
            view.article.text, max(view.start, o.start - 40), o.start)] if subjects else []
        if backers:  # the investors named after the round, not the company that raised it
            subjects = [o for o in subjects if o.group != backers[0].group]
            investors += backers
        recipients = subjects[:1]
        investors += [o for o in subjects[1:] if o.start > view.start + hit.end] + late
        # "Hauptinvestor ist der Fonds X": the role word is no name, the name after it is the investor
        investors = [o for o in investors if not _INVESTOR_WORD.fullmatch(o.text)]
        if view.lang == "en" and any(o.start >= view.start + hit.end for o in investors):
            # "X, founded by two former Y engineers, raised $5 million from Z": a "by" before the verb belongs to an
            # apposition about the company; the money's source is named after the verb
            investors = [o for o in investors if o.start >= view.start + hit.end]
        args = [_arg("recipient", o) for o in recipients]
        if not args:
            ante = _antecedent(view)
            if ante is not None:
                args.append(Argument("recipient", ante.text, ante.start, ante.end))
        args += [_arg("investor", o) for o in investors[:1]]
        if hit.spec.attrs.get("lead_only") and not any(a.role == "recipient" for a in args):
            return None  # "Angeführt wurde die Runde von X" adds an investor to a round named before, or nothing
    elif view.lang == "en" and _INVESTMENT_NOUN.fullmatch(hit.text) and (givers := [
            o for o in _orgs(view) if 0 <= o.start - view.start - hit.end < 80 and _FROM_BEHIND_DESCRIPTION.fullmatch(
                view.article.text, view.start + hit.end, o.start)]):
        # "helped by a £12 million investment from private equity firm Y": the one the money comes from invests; the
        # subject (or the company the sentence refers back to) gets it. A name followed by a descriptor and another
        # name describes it ("from Cleveland private equity firm X": X gives); "from X and Y": X is the first giver
        for later in givers[1:]:
            if not _LIST_JOIN.search(view.article.text, givers[0].end, later.start):
                givers = [later]
        args = [_arg("investor", givers[0])]
        takers = [o for o in fr.agent if o.end <= view.start + hit.start and o not in givers and not any(
            m.type == "LOC" and m.start == o.start for m in view.article.mentions)]
        ante = _antecedent(view) if not takers else None
        if takers:
            args.append(_arg("recipient", takers[0]))
        elif ante is not None and ante.text.casefold() != givers[0].text.casefold():
            args.append(Argument("recipient", ante.text, ante.start, ante.end))
    else:
        args = [_arg("investor", o) for o in fr.agent]
        source = _investment_from(view, hit) if not fr.agent else None
        if source is not None:
            # "is being financed with a $40 million investment from Cleveland private equity firm X": the money
            # comes from X; who gets it is the company the article is about
            args = [_arg("investor", source)]
            places = {m.text for m in view.article.mentions if m.type == "LOC"}
            ante = _antecedent(view, skip=lambda name: name in places)  # (not the town of the last sentence)
            if ante is not None and ante.text != source.text:
                args.append(Argument("recipient", ante.text, ante.start, ante.end))
            money = _value_nearest(view, hit, "money")
            return args + ([_arg("value", money)] if money else [])
        financier = _financier_in_talks(view, hit, fr)
        if financier is not None:
            # "X is in talks with Japan's Hoshino Bank about a fresh investment": the bank gives, the subject gets
            args = [_arg("investor", financier), _arg("recipient", fr.agent[0])]
            value = _value_nearest(view, hit, "money")
            return args + ([_arg("value", value)] if value is not None else [])
        if not fr.agent and hit.spec.pos == "verb" and not hit.text[:1].isupper():
            # "80 Millionen Euro fließen in X, angeführt wird die Runde von Accel": the one marked by/von gives
            args = [_arg("investor", o) for o in (fr.marked.get("von", []) + fr.marked.get("vom", []) +
                                                  fr.marked.get("by", []))[:1]]
        recipients = [o for p in ("in", "into", "im", "bei", "beim", "an", "am") for o in fr.marked.get(p, [])]
        giver = []
        if hit.text[:1].isupper() and fr.marked.get("für"):
            # "Eine Kapitalspritze von X für Y", "X sagte eine Kapitalspritze für Y zu": after the noun, "für" names
            # who gets the money and "von" who gives it
            giver = [] if fr.agent else [o for o in fr.patient if o.prep in ("von", "vom")][:1]
            recipients += [o for o in fr.marked["für"] if o.start > view.start + hit.end]
            args += [_arg("investor", o) for o in giver]
        elif hit.text[:1] == "E" and hit.text.startswith("Einstieg") and not fr.agent:
            # "Ein Einstieg von X bei der Regionalairline Y": the one who enters gives the money (the issue-5 convention)
            giver = [o for o in fr.patient + fr.marked.get("von", []) + fr.marked.get("vom", [])
                     if o.prep in ("von", "vom") and 0 <= o.start - view.start - hit.end < 12][:1] or [
                # "Interesse an einem Einstieg bei Y habe der Käsehersteller X signalisiert": the subject after it
                o for o in _orgs(view) if o.prep not in ("bei", "beim", "an", "am", "in", "im") and
                o.start > view.start + hit.end and
                _SIGNALLED_AFTER.match(view.article.text, o.end, min(o.end + 40, view.start + len(view.text)))][:1]
            args += [_arg("investor", o) for o in giver]
        recipients += [o for o in fr.patient if o not in giver]
        # "invest in a second line at X's plant": the owner of the site the money goes to
        recipients += [o for o in fr.marked.get("at", []) if view.article.text[o.end:o.end + 2] in ("'s", "’s")]
        # "45 Millionen Euro in die Forschung von X investieren", "invest in the research of X": X gets the money
        recipients += [o for p in ("von", "vom", "of") for o in fr.marked.get(p, []) if _INTO_WORK_OF.search(
            view.article.text, max(view.start, o.start - 60), o.start)]
        if recipients and fr.agent and not giver and recipients[0].prep not in ("in", "into", "im", "an", "am") and \
                _INVESTOR_NOUN_BEFORE.search(view.article.text, max(view.start, recipients[0].start - 40),
                                             recipients[0].start) and \
                not any(_INVESTOR_NOUN_BEFORE.search(view.article.text, max(view.start, o.start - 40), o.start)
                        for o in fr.agent):
            # "X is in talks with Gulf investor Y about a minority investment": the one the investor noun names
            # gives the money, the subject gets it
            args = [_arg("investor", recipients[0])] + [_arg("recipient", o) for o in fr.agent[:1]]
        elif recipients:
            args.append(_arg("recipient", recipients[0]))
        elif hit.spec.attrs.get("owner_capital") and args:
            # "Zudem will die Familienholding X 25 Millionen Euro Eigenkapital zuschießen": an owner tops up the
            # company the article is about
            ante = _antecedent(view)
            if ante is not None and not any(a.text == ante.text for a in args):
                args.append(Argument("recipient", ante.text, ante.start, ante.end))
        if not fr.agent and not giver:
            ante = _antecedent(view) if not _orgs(view) else None
            if ante is not None:
                args.insert(0, Argument("investor", ante.text, ante.start, ante.end))
    if not any(a.role == "investor" for a in args):
        m = _PUBLIC_INVESTOR.search(view.text)  # "Mit 1,2 Mrd. Euro steigt der Staat bei Uniper ein"
        if m is not None and not any(s.start < view.start + m.end(1) and view.start + m.start(1) < s.end
                                     for s in view.slots):
            args.insert(0, _span_arg(view, "investor", *m.span(1)))
    money = _value_nearest(view, hit, "money")
    if [a.role for a in args] == ["investor"] and money is None and \
            not any(x.start == args[0].start for x in view.slots):
        return None  # "Über die Höhe der Beteiligung wurde nichts gesagt": no recipient, no amount, nobody named
    if not args or not any(_is_org_arg(view, a) for a in args):
        # "Außerdem investiert das Unternehmen 250 Millionen Euro": an antecedent with an amount invests
        if not (money and any(_is_prior_org(view, a) for a in args)):
            return None
    if money:
        args.append(_arg("value", money))
    purpose = _purpose(view, hit) if not any(a.role == "recipient" for a in args) else None
    if purpose is not None:
        args.append(purpose)
    return args


# the state invests too, named by a common noun: "steigt der Staat bei X ein", "the German government took a stake"
_PUBLIC_INVESTOR = re.compile(r"(?<!\w)(?:der|die|das|the)\s+((?:(?-i:[A-ZÄÖÜ])\w+e[rn]?\s+)?(?:Staat|Bund|Freistaat|"
                              r"Bundesregierung|Landesregierung|Regierung)|(?:[A-Z]\w+\s+)?(?:state|government))(?!\w)")
_INTO = re.compile(r"(?i)\s(in|into|für|for)\s+")


def _purpose(view: SentenceView, hit: TriggerHit) -> Argument | None:
    """ "investiert 250 Millionen Euro in ein neues Logistikzentrum", "invests in new data centres": what the
    money is for, a noun phrase after in/into/für/for that names no place, amount or organisation."""
    m = _INTO.search(view.text, hit.end, hit.end + 60)
    if m is None:
        return None
    span = _np_after(view, m.end(), max_words=3, need_capital=view.lang == "de")
    if span is None:
        return None
    start, end = span
    while end > start and not view.text[end - 1].isalnum():  # "Verteilzentrum." at the end of the sentence
        end -= 1
    return _span_arg(view, "purpose", start, end) if end > start else None


_MARKET_AFTER = re.compile(r"\s+(markt|market)\b", re.I)


# two markets joined, each with its own preposition too: "nach Österreich und in die Niederlande", "to Kenya and into
# the UK"
_MARKETS_JOINED = re.compile(r"(?i)\s*(,|und|and|sowie|&)\s*((in|nach|to|into)\s+)?(the\s+|die\s+|den\s+|dem\s+|der\s+)?")


def fill_market_entry(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    fr = frame(view, hit)
    args = _company(view, hit, fr)
    # "verkauft seine Pakete in den Niederlanden, und zwar über die Baumarktkette X", "sells via retailer X": the
    # company sells through X, its channel; the seller is the one named before
    via = [o for o in _orgs(view) if o.prep in ("über", "via", "through")]
    channel = None
    if args and via and (args[0].start, args[0].end) == (via[0].start, via[0].end):
        ante = _antecedent(view, lambda name: name == via[0].text)
        if ante is not None:
            args = [Argument("company", ante.text, ante.start, ante.end)]
            kind = _KIND_BEFORE_NAME.search(view.article.text, max(view.start, via[0].start - 40), via[0].start)
            channel = Argument("channel", view.article.text[kind.start() if kind else via[0].start:via[0].end],
                               kind.start() if kind else via[0].start, via[0].end)
    places = all_places = _places(view, hit)
    text = view.article.text
    if hit.spec.pos == "verb":  # "startet in Spanien", "enters the US": the market is governed by a preposition
        places = [p for p in places if p.prep in ("in", "im", "nach", "auf", "into", "to") or
                  (view.lang == "en" and p.start >= view.start + hit.end) or _MARKET_AFTER.match(text, p.end)]
    if not places or not args:
        return None
    first = places[0]
    market = _MARKET_AFTER.match(text, first.end)
    if market:  # "den spanischen Markt betreten": the market is the whole phrase
        args.append(Argument("market", text[first.start:market.end()], first.start, market.end(), value=first.value))
    else:
        args.append(_arg("market", first))
    last = first
    for p in sorted(all_places, key=lambda x: x.start):
        if p.start > last.start and _MARKETS_JOINED.fullmatch(view.article.text, last.end, p.start):
            args.append(_arg("market", p))
            last = p
    for p in sorted(all_places, key=lambda x: -x.start):  # "Nach Polen und Tschechien expandiert X"
        if p.end <= first.start and _MARKETS_JOINED.fullmatch(view.article.text, p.end, first.start):
            args.append(_arg("market", p))
            first = p
    m = _CHANNEL.search(view.text) if channel is None else None
    if channel is not None:
        args.append(channel)
    elif m:
        args.append(_span_arg(view, "channel", m.start(), m.end()))
    for p in view.of_kind("PRODUCT")[:1]:
        args.append(_arg("product", p))
    return args


# the kind noun right before a name ("die Baumarktkette X", "retailer X"): part of a channel's text
_KIND_BEFORE_NAME = re.compile(r"(?<![\w-])(?-i:[A-ZÄÖÜ][a-zäöüß][\w-]*|[a-z][\w-]*(?:er|or|chain|store|shop|market))\s+$")


_NETWORK = re.compile(r"(?i)(filial|laden|store)netz|(store|shop|branch|retail) network")


# people or places a site holds, after a count: its capacity, not a number of stores
_CAPACITY_AFTER = re.compile(r"(?i)\s+(\w+\s+)?(guests|seats|diners|visitors|passengers|rooms|beds|gäste\w*|sitzplätze\w*|"
                             r"plätze\w*|besucher\w*|zimmer\w*|betten\w*)\b")


def fill_store_expansion(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    fr = frame(view, hit)
    args = _company(view, hit, fr)
    # ("will open its first store in Harrogate, creating 40 jobs": jobs and staff count no stores)
    counts = [c for c in view.values("count") if not (isinstance(c.value, dict) and c.value.get("unit") in (
        "job", "worker", "employee"))]
    store_counts = [c for c in counts if isinstance(c.value, dict) and str(c.value.get("unit", "")).startswith(
        ("store", "shop", "filiale", "outlet"))]
    count = (_nearest(store_counts, view, hit) or _nearest(counts, view, hit) or [None])[0]
    at_trigger = count is not None and count.start < view.start + hit.end and count.end >= view.start + hit.start
    if at_trigger and isinstance(count.value, dict) and count.value.get("unit") != "store":
        args.append(_arg("count", count, {**count.value, "unit": "store"}))  # "70 weitere Märkte" counts stores
    elif count is not None and count.end <= view.start + hit.start and not (isinstance(count.value, dict) and
                                                                            count.value.get("unit")) \
            and view.start + hit.start - count.end < 25:  # "12 neue Cafés": the number counts the stores
        value = dict(count.value) if isinstance(count.value, dict) else {"amount": count.value}
        value["unit"] = "store"
        args.append(Argument("count", view.article.text[count.start:view.start + hit.end], count.start,
                             view.start + hit.end, value=value))
    elif count is not None and _CAPACITY_AFTER.match(view.article.text, count.end):
        return None  # "The first restaurant opens in X and will seat about 90 guests": a capacity, no number of stores
    elif count is not None:
        args.append(_arg("count", count))
    elif _NETWORK.match(view.text, hit.start):
        pass  # "baut sein Filialnetz aus", "expands its store network": more stores, no count named
    else:  # "weitere Geschäfte", "Neue Filialen", "any new stores": the noun phrase stands for the count
        m = _STORE_NP.search(view.text[:hit.start])
        start = m.start() if m else hit.start
        first = bool(_FIRST.match(view.text[start:hit.start]))  # "seinen ersten Laden", "its first store"
        args.append(_span_arg(view, "count", start, hit.end, {"amount": 1, "unit": "store"} if first else None))
    kind = _STORE_KIND.search(hit.text)
    if kind:
        args.append(_span_arg(view, "store_kind", hit.start + kind.start(), hit.start + kind.end(),
                              kind.group(0).lower().replace(" ", "-")))
    seen: set[tuple[int, int]] = set()
    for place in view.values("place") or view.of_kind("LOC"):
        if (place.start, place.end) not in seen and not any(a.start == place.start for a in args):
            seen.add((place.start, place.end))
            args.append(_arg("region", place))
    horizon = _value_nearest(view, hit, "duration")
    if horizon:
        args.append(_arg("horizon", horizon))
    company_starts = {a.start for a in args if a.role == "company"}
    partner = next((o for o in _orgs(view) if o.prep in ("mit", "with") and o.start not in company_starts), None)
    if partner is not None:
        args.append(_arg("partner", partner))
    else:
        m = _PARTNER_NP.search(view.text)
        if m:
            args.append(_span_arg(view, "partner", *m.span(2)))
    for p in view.of_kind("PRODUCT")[:1]:
        args.append(_arg("product", p))
    if not any(a.role == "company" for a in args):
        return None
    return args


_STORE_NP = re.compile(r"(?<!\w)((?:rund|etwa|circa|über|mehr als|bis zu|around|about|some|any|more than|up to)\s+)?"
                       r"(?:(?!(?:die|der|des|den|dem|eine|einen|einer|eines|sein\w*|ihr\w*|unser\w*|its|their|"
                       r"the|a|an)\s)"
                       r"(?:\d[\d.,]*|[\w-]+(?:e|en|er|es)|new|more|further|additional|another|other|first|"
                       r"several|dozens of|hundreds of)\s+){1,2}$", re.I)
_FIRST = re.compile(r"(?i)^(erste[nrms]?|first)\b")


_SITE_PREPS = ("at", "near", "bei", "beim")


def fill_facility(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    fr = frame(view, hit)
    if fr.agent and hit.spec.pos == "noun":
        # "Vayu Motors will build a plant at Hosur": after the site noun "at"/"near" names where it stands, not its
        # owner (as "bei" does after "Stellenabbau"); the subject is the company
        site = {id(o) for o in fr.marked.get("at", []) + fr.marked.get("near", []) + fr.marked.get("bei", [])
                + fr.marked.get("beim", []) + fr.patient if o.prep in _SITE_PREPS}
        fr = Frame(fr.agent, [o for o in fr.patient if id(o) not in site],
                   {k: [o for o in v if id(o) not in site] for k, v in fr.marked.items()}, fr.other, fr.passive,
                   fr.anaphor)
    args = _company(view, hit, fr)
    if not args:
        return None
    args.append(_span_arg(view, "facility_kind", hit.start, hit.end, hit.spec.attrs.get("facility_kind")))
    places = _places(view, hit)
    # "relocates its headquarters from Copenhagen to Hamburg", "verlegt den Sitz von X nach Y": the site is the goal
    if places and all(p.prep in ("from", "von", "vom", "aus") for p in places):
        places += _nearest([s for s in view.of_kind("LOC") if s.prep in ("to", "nach", "in", "into")], view, hit)
    places = [p for p in places if p.prep not in ("from", "von", "vom", "aus")] or places
    t_start, t_end = view.start + hit.start, view.start + hit.end
    if places and places[0].prep is None and places[0].end <= t_start:
        # "its first European plant in Dresden": the adjective before the noun says which region, the place after
        # "in" where the site is
        site = [p for p in places if p.prep in ("in", "im", "at", "near", "bei") and 0 <= p.start - t_end < 40]
        if site:
            places = site
    if places:
        args.append(_arg("location", _town_before_region(view, places[0])))
    return args


def _town_before_region(view: SentenceView, place: Slot) -> Slot:
    """ "a plant in Chandler, Arizona": the site is the town the region after it places, not the region."""
    text = view.article.text
    if place.start < 2 or not text.startswith(", ", place.start - 2):
        return place
    return next((s for s in view.of_kind("LOC") if s.end == place.start - 2), place)


def _metric(view: SentenceView, hit: TriggerHit, quantity: Slot | None) -> Argument:
    metric = hit.spec.attrs.get("metric", "")
    if metric != "shipped":
        return _span_arg(view, "metric", hit.start, hit.end, metric)
    unit = None
    if quantity is not None and isinstance(quantity.value, dict) and quantity.value.get("unit"):
        unit = str(quantity.value["unit"])
    start, end = hit.start, hit.end
    noun = re.compile(r"\s*([\w-]+)").match(view.text, hit.end)
    if quantity is not None and quantity.start >= view.start + hit.end:  # "shipped 23 million smartphones"
        noun = _COUNTED_NP.match(view.text, quantity.end - view.start)
        if noun and quantity.end - view.start - hit.end < 40 and not _FIGURE_MOVED_BETWEEN.search(
                view.text, hit.end, quantity.start - view.start):
            end = noun.end(1) if noun.group(1) else quantity.end - view.start
    elif noun and _UNIT_NOUN.fullmatch(noun.group(1)) and noun.group(1)[:1].isupper():  # "ausgelieferten Smartphones"
        end = noun.end(1)
        unit = unit or noun.group(1).lower()
    elif quantity is not None and quantity.end <= view.start + hit.start:  # "eine Million Elektroautos ausliefern"
        prev = re.compile(r"([\w-]+)\s*$").search(view.text[:hit.start])
        if prev and prev.start(1) >= quantity.end - view.start:
            start = prev.start(1)
            unit = unit or prev.group(1).lower()
    if end > hit.end and not unit:
        last = re.compile(r"([\w-]+)$").search(view.text[:end])
        unit = last.group(1).lower() if last else None
    unit = (unit or "units").lower()
    unit_en = {"handys": "phones", "handy": "phones", "telefone": "phones", "geräte": "devices",
               "fahrzeuge": "vehicles", "autos": "cars", "einheiten": "units"}.get(unit, unit)
    if not unit_en.endswith("s"):
        unit_en += "s"
    return _span_arg(view, "metric", start, end, f"{unit_en} shipped")


_UNIT_NOUN = re.compile(r"[a-zäöüß][\w-]*s|[A-ZÄÖÜ][\w-]+", re.U)
# the counted noun phrase after a count: "9 million Arc consoles", "23 million smartphones", "20 A321neo aircraft" (a
# name and its plural head; not a function word ending in s: "2 million units this year")
_COUNTED_NP = re.compile(r"\s*((?:(?-i:[A-ZÄÖÜ])[\w-]*\s+){0,2}(?!(?:this|these|those|was|has|is|as|its|his|plus|thus|"
                         r"less|unless|across|always|perhaps|since|includes|dies|des|bis|als|aus)\b)"
                         r"(?:[a-zäöüß][\w-]*s|(?-i:[A-ZÄÖÜ])[\w-]+)\b)?")
# a change told between the noun and its count ("deliveries fell 6% to 412,000", "shipments rose to 2 million"): the
# metric is the noun, the words between are no part of it
_FIGURE_MOVED_BETWEEN = re.compile(r"(?i)%|\b(rose|fell|grew|dropped|declined|climbed|jumped|slipped|slumped|increased|"
                                   r"decreased|reached|reach|hit|top|totall?ed|stiegen|sanken|fielen|wuchsen|"
                                   r"erreichten|erreichen)\b")


# counted nouns that are no producer's output: people, jobs, stores
_NOT_OUTPUT = re.compile(r"(?i)\b(people|persons|jobs|roles|positions|employees|workers|staff|stores|shops|outlets|"
                         r"branches|menschen|personen|\w*stellen|\w*arbeitsplätze\w*|mitarbeiter\w*|beschäftigte\w*|"
                         r"filialen|geschäfte|läden|standorte)\b")


_DISTANCE_AFTER = re.compile(r"\s*(?:miles?|kilomet(?:er|re)s?|km|meilen|metres?|meters?|meter)\b", re.IGNORECASE)


# counted nouns that are no count of users or customers: jobs and sites
# (nor the sources of a report, "according to two people who have seen the term sheet", nor the shops that stock a
# maker's goods, "stocked by more than 3,000 independent retailers, … chasing unpaid deliveries")
_NO_USERS = re.compile(r"(?i)\b(jobs|roles|positions|\w*stellen|\w*arbeitsplätze\w*|stores|shops|outlets|branches|"
                       r"filialen|standorte|people|persons|sources|insiders|retailers|merchants|stockists)\b")


_PRICE_BEFORE = re.compile(r"(?i)\b(for|für)\s+((about|around|some|roughly|rund|etwa)\s+)?$")
_SCALE_WORD = re.compile(r"(?i)(mio|millionen?|milliarden?|mrd|tausend|millions?|billions?|thousands?|bn|m|k|mn)\.?")


def _counts_another_noun(quantity: str, trigger: str) -> bool:
    """The count ends in a counted noun of its own that is not the trigger's ("drei Sachbearbeitern" near "Kunden");
    a bare number or scale ("2,3 Millionen") or the trigger itself ("240,000 rural members") counts the trigger."""
    last = quantity.split()[-1] if quantity.split() else ""
    if not last.isalpha() or _SCALE_WORD.fullmatch(last):
        return False
    return last.casefold() != trigger.casefold() and trigger.casefold() not in quantity.casefold()


def fill_financial_figure(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    fr = frame(view, hit)
    args = _company(view, hit, fr, skip=_no_employer)  # a union reports no company figure
    metric_kind = hit.spec.attrs.get("metric")
    quantity = _value_nearest(view, hit, "count") if metric_kind in ("shipped", "users", "output") else None
    if quantity is not None and _DISTANCE_AFTER.match(view.article.text, quantity.end):
        quantity = None  # "diverted to Port X, 60 miles up the coast": a distance, no figure
    money = _value_next_to(view, hit, "money") if metric_kind not in ("shipped", "output") else None
    if money is not None and _PRICE_BEFORE.search(view.article.text, max(0, money.start - 12), money.start):
        money = None  # "agreed to buy X for $2.4bn in cash, betting … patent losses": a price paid, no figure
    share = _value_nearest(view, hit, "fraction") if metric_kind == "market share" else None
    if metric_kind == "users" and " " in hit.text:  # "customer numbers to grow by 9%": the rate is the figure
        rate = _value_nearest(view, hit, "fraction")
        quantity, share = (None, rate) if rate is not None else (quantity, share)
    period = _value_nearest(view, hit, "period")
    if metric_kind == "output" and (quantity is None or _NOT_OUTPUT.search(quantity.text)):
        return None  # "Production is to start in 2028, the site should employ 900 people": people are no output
    if metric_kind in ("users", "shipped") and quantity is not None and _NO_USERS.search(quantity.text):
        return None  # "will cut 700 jobs as more customers bank online": jobs are no count of customers
    if metric_kind == "users" and quantity is not None and _counts_another_noun(quantity.text, hit.text):
        return None  # "die Arbeit von drei Sachbearbeitern erledigt, werden Kunden …": clerks are no customers
    if quantity is None and money is None and share is None:
        share = _value_nearest(view, hit, "fraction") if metric_kind in ("revenue", "profit", "loss") else None
        if share is None and (period is None or metric_kind not in ("revenue", "profit", "loss")):
            return None
    if not args:
        return None
    args.append(_metric(view, hit, quantity))
    if quantity is not None:
        args.append(_arg("quantity", quantity))
    if money is not None:
        args.append(_arg("value", money))
    if share is not None:
        args.append(_arg("quantity", share))
    if period is not None:
        args.append(_arg("period", period))
    record = _boolean(view, _RECORD, True)
    if record is not None:
        record.value = True
        args.append(_with_role(record, "record"))  # type: ignore[arg-type]
    return args


def _indirect(view: SentenceView) -> list[Argument]:
    """Roles named through an organisation: "der CEO von Microsoft" → one span covering role and organisation."""
    out = []
    linked = {id(r) for r, _ in view.roles_of.values() if r is not None}
    for role in view.of_kind("ROLE"):
        if id(role) in linked:
            continue
        for org in view.of_kind("ORG"):
            gap = view.article.text[role.end:org.start] if org.start >= role.end else None
            if gap is not None and re.fullmatch(r"\s*(von|vom|of|bei|at|des|der)\s*(der|des|dem|the)?\s*", gap):
                out.append(Argument("participant", view.article.text[role.start:org.end], role.start, org.end))
            elif org.end <= role.start and re.fullmatch(r"(-|'s |’s | )", view.article.text[org.end:role.start]):
                out.append(Argument("participant", view.article.text[org.start:role.end], org.start, role.end))
    return out


_SUCCESSION_PASSIVE = re.compile(r"^\s*(by|von|durch)\b", re.I)


def _succession_person(view: SentenceView, hit: TriggerHit, side: str) -> Slot | None:
    """Successor or predecessor around "X succeeds Y", "succeeded by X", "Nachfolger von Y ... X"."""
    t_start, t_end = view.start + hit.start, view.start + hit.end
    pers = view.of_kind("PER")
    before = sorted((p for p in pers if p.end <= t_start), key=lambda p: -p.end)
    after = sorted((p for p in pers if p.start >= t_end), key=lambda p: p.start)
    noun = bool(re.match(r"(nachfolge|successor)", hit.text, re.I))
    if noun and _POSSESSIVE_BEFORE.search(view.text[:hit.start]) and not _UNIT_OF.match(view.text[hit.end:]):
        # "Y verlässt X; seine Nachfolge übernimmt Z", "His successor will be Z": the possessor is the predecessor
        succ = after[0] if after and after[0].start - t_end < 80 else None
        pred = before[0] if before else None
    elif noun:  # "Nachfolger des scheidenden Chefs Y gilt X", "X, the successor of Y"
        pred = after[0] if after and after[0].start - t_end < 60 else None
        succ = next((p for p in before + after if p is not pred), None)
    else:
        succ, pred = (before[0] if before else None), (after[0] if after else None)
        if _SUCCESSION_PASSIVE.match(view.text[hit.end:]) or _DATIVE_BEFORE.search(view.text, 0, hit.start):
            # "succeeded by X"; "ihm folgt X": the one followed stands before the verb, the successor after it
            succ, pred = pred, succ
        inverted = _INVERTED_FOLLOWS.match(view.text, hit.end)
        if inverted:  # "folgt X auf Y": the subject stands between the verb and "auf"
            subject = [p for p in after if p.end <= view.start + inverted.end(1)]
            if subject:
                succ = subject[0]
                pred = next((p for p in after if p.start >= view.start + inverted.end()), None)
    return succ if side == "successor" else pred


# an unnamed successor as the subject of an appointment: "his successor has not yet been named", "a successor will
# be appointed", "ein Nachfolger wird gesucht", "seine Nachfolgerin soll ... bestimmt werden"
_UNNAMED_SUCCESSOR = re.compile(r"(?i)(?<!\w)(his|her|their|a|an|the|sein|seine|seinen|ihr|ihre|ihren|ein|eine|einen|"
                                r"der|die)\s+(new\s+|neue[rn]?\s+)?(successor|replacement|nachfolger(in)?|nachfolge)\b"
                                r"[^,;:.]*$")
_POSSESSIVE_BEFORE = re.compile(r"(?i)(?<!\w)(sein|seine|seinen|seiner|seinem|ihr|ihre|ihren|ihrer|ihrem|his|her|their)"
                                r"\s+(designierte[rn]?\s+|künftige[rn]?\s+|new\s+|neue[rn]?\s+)?$")
_DATIVE_BEFORE = re.compile(r"(?i)(?<!\w)(ihm|ihr)\s+$")
_INVERTED_FOLLOWS = re.compile(r"(\s+(?:[^\s,;]+\s+){1,5}?)auf\b", re.I)


_POST_WORD = re.compile(r"(?i)(posten|vorsitz|leitung|führung|spitze|chef|ceo|vorstand|präsident|leiter|head|chair|"
                        r"officer|director|direktor|to lead|to run|to oversee)")


def _is_place(view: SentenceView, slot: Slot) -> bool:
    """The slot is exactly a country or region ("Venezuelas", "Frankreichs"): a state, not a company.

    Cities are left out: many companies share a city's name ("Toyota", "Essen")."""
    return any(v.start == slot.start and v.end == slot.end and isinstance(v.value, dict) and "city" not in v.value
               for v in view.values("place"))


# a name before a job noun names the employer, however the recogniser typed it: "Reyes, a former Zara executive, was
# appointed" (the person is Reyes), "ein ehemaliger Siemens-Manager"
_EMPLOYER_OF_A_TITLE = re.compile(r"(?i)(-|\s+)(executive|manager|engineer|banker|official|employee|veteran|"
                                  r"manager(in)?|mitarbeiter(in)?)\b")


def fill_leadership(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    side = hit.spec.attrs.get("succession")
    if side == "successor" and _INDEFINITE_BEFORE.search(view.text, max(0, hit.start - 20), hit.start) and \
            not any(0 <= p.start - (view.start + hit.end) < 60 for p in view.of_kind("PER")):
        return None  # "ein Nachfolger soll bald ernannt werden", "a successor is being sought": nobody named yet
    if side:
        chosen = _succession_person(view, hit, side)
        persons = [chosen] if chosen is not None else []
    else:
        persons = _nearest(view.of_kind("PER"), view, hit)
        if ";" in view.text:  # "Y hat das Unternehmen verlassen; die Sanierung übernimmt X": one statement each
            persons.sort(key=lambda p: ";" in view.article.text[min(p.end, view.start + hit.start):
                                                                max(p.start, view.start + hit.end)])
        if is_passive(view, hit):  # "wurden von Trainer Thomas Tuchel befördert": the one who appoints is no appointee
            persons = [p for p in persons if p.prep not in ("von", "vom", "durch", "by")]
        persons = [p for p in persons if not _EMPLOYER_OF_A_TITLE.match(view.article.text, p.end)] or persons
    if not persons:
        return None
    if hit.spec.attrs.get("change") == "appointed" and not side:
        unnamed = _UNNAMED_SUCCESSOR.search(view.text, max(0, hit.start - 60), hit.start)
        if unnamed and persons[0].end <= view.start + unnamed.start():
            return None  # "his successor has not yet been named", "ein Nachfolger soll bald ernannt werden": nobody
            #              named is appointed (the one before "his" is the one who leaves)
    if hit.spec.attrs.get("change") == "appointed" and not side and not view.of_kind("ROLE") and \
            not _POST_WORD.search(view.text, max(0, hit.start - 60), hit.end + 60):
        return None  # "befördert", "named" without any post: promoted into a squad, named in a report
    person = persons[0]
    args = [_arg("person", person)]
    role, org = view.roles_of.get(id(person), (None, None))
    if role is None:  # the nearest free role word close to the person ("neue Vorstandsvorsitzende")
        linked = {id(r) for r, _ in view.roles_of.values() if r is not None}
        roles = [r for r in _nearest(view.of_kind("ROLE"), view, hit) if id(r) not in linked and
                 min(abs(r.start - person.end), abs(person.start - r.end)) < 40]
        role = roles[0] if roles else None
    if role is not None:
        args.append(_arg("role", role))
        if org is None:
            for o in _orgs(view):
                if o.start >= role.end and re.fullmatch(r"\s*(von|vom|of|bei|beim|at|des|der|für|for)\s*"
                                                        r"(der|des|dem|the)?\s*",
                                                        view.article.text[role.end:o.start]):
                    org = o
                    break
                if o.end <= role.start and re.fullmatch(r"(-|'s |’s | )", view.article.text[o.end:role.start]):
                    org = o
                    break
    if org is None:
        orgs = [o for o in _orgs(view) if o.prep in ("von", "vom", "of", "bei", "beim", "at", "zu", "to", "from",
                                                    "für", "for", "des")]
        orgs = orgs or _orgs(view)
        orgs = _nearest(orgs, view, hit)
        org = orgs[0] if orgs else None
    if org is not None and _is_place(view, org):
        return None  # "Venezuelas Präsident": a head of state, politics rather than a company post
    if org is not None:
        args.append(_arg("organization", org))
    else:
        ante = _antecedent(view)
        if ante is not None:
            args.append(Argument("organization", ante.text, ante.start, ante.end))
    args.append(_span_arg(view, "change", hit.start, hit.end, hit.spec.attrs.get("change", "holds")))
    return args


_VISIT = re.compile(r"^(besuch|visit)", re.I)
_HOST = re.compile(r"^(empf|host|lädt|invite)", re.I)


_MEETING_NP = re.compile(r"(?<!\w)(mit|with|host(?:s|ed)?|empfängt|meet|meets|met)\s+"
                         r"(?:(?:am|an|on|this|next|diese[nm]?|nächste[nm]?)\s+\w+\s+)?"  # "empfängt am Mittwoch die ..."
                         r"((?:(?:den|dem|der|die|the|a|an)\s+)?"
                         r"(?:[\w'’-]+\s+){0,1}(?:Vertreter\w*|Chefs?|Spitze\w*|Minister\w*|Manager\w*|Führung\w*|officials|heads|"
                         r"managers|representatives|executives|prime minister|president|leaders|"
                         # a company's owners or a visiting group: "will host shareholders at ...", "eine Delegation"
                         r"shareholders|investors|analysts|Aktionär\w*|Investoren|Analysten|Delegation\w*)"
                         # "die Chefs der großen Autokonzerne im Kanzleramt": the genitive up to a preposition
                         r"(?:\s+(?:der|des|von|of)(?:\s+(?!(?:im|in|am|an|at|to|on|zu|zum|zur|um|für|for|with|mit|"
                         r"bei|und|and|ins|into|nach)\b)[\w'’-]+){1,3})?)", re.I)


_IN_NAME = re.compile(r"(?<!\w)(?:in|im|nach|at|to)\s+([A-ZÄÖÜ][\w-]+)(?=\s*[.,;]|\s*$)")
_PERSON_PRONOUN = re.compile(r"(?<!\w)(er|he|she)(?!\w)", re.I)


def fill_meeting(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    t_pos = view.start + hit.start
    linked_orgs = {id(o) for _, o in view.roles_of.values() if o is not None}
    people: list[Argument] = [_arg("participant", p) for p in view.of_kind("PER")]
    if len(people) < 2 and _PERSON_PRONOUN.search(view.text):  # "Dort will er mit Altmaier sprechen": er = Nadella
        earlier = [m for m in view.article.mentions if m.type == "PER" and m.end <= view.start and
                   " " in m.text and view.article.in_region(m.start, m.end) is None]
        if earlier and not any(a.text == earlier[-1].text for a in people):
            people.insert(0, Argument("participant", earlier[-1].text, earlier[-1].start, earlier[-1].end))
    people += _indirect(view)
    indirect_spans = [(a.start, a.end) for a in people]
    np = _MEETING_NP.search(view.text)
    np_span = (view.start + np.start(2), view.start + np.end(2)) if np else (-1, -1)
    venues: list[Slot] = []
    in_np = False
    for o in _orgs(view):
        if id(o) in linked_orgs or any(s <= o.start and o.end <= e for s, e in indirect_spans):  # type: ignore
            continue
        if o.start < np_span[1] and np_span[0] < o.end:
            in_np = True
            continue  # "mit Vertretern der Bundesagentur für Arbeit": the representatives meet, not their body
        if o.prep in ("im", "in", "at") and view.article.text[o.end:o.end + 2] not in ("'s", "’s"):
            venues.append(o)  # "empfängt ... im Kanzleramt": the place of the meeting, not a participant (but "at
            continue          # Kestrel Aerospace's factory" names the company visited)
        people.append(_arg("participant", o))
    people.sort(key=lambda a: a.start or 0)
    if not people:
        return None
    args: list[Argument] = []
    if _VISIT.match(hit.text) or _HOST.match(hit.text):
        before = [a for a in people if (a.end or 0) <= t_pos]
        after = [a for a in people if (a.start or 0) > t_pos]
        if _HOST.match(hit.text):
            if not before and view.lang == "de":
                before, after = after[:1], after[1:]  # "Am Mittwoch empfing X eine Delegation von Y": verb second
            args += [Argument("host", a.text, a.start, a.end) for a in before[:1]]
            args += before[:1] + after + before[1:]
        else:
            args += before or after[:1]
            rest = after if before else after[1:]
            args += [Argument("host", a.text, a.start, a.end) for a in rest[:1]]
            args += rest[1:]
    else:
        args += people
    if sum(1 for a in args if a.role == "participant") < 2 or in_np:  # "die Chefs von Siemens und BASF": the NP
        m = _MEETING_NP.search(view.text)                               # stands for the body it names
        if m and not any((a.start or 0) <= view.start + m.start(2) < (a.end or 0) for a in args):
            args.append(_span_arg(view, "participant", *m.span(2)))
    places = [p for p in _places(view, hit) if not any((a.start or 0) <= p.start < (a.end or 0) for a in args)]
    # "der Geschäftsführung von Paketblitz": a name after "von/of" is whose people meet, not where (the recogniser
    # may type it a place)
    owners = [p for p in places if p.prep in ("von", "vom", "of") and not p.is_value]
    args += [_arg("participant", p) for p in owners]
    places = [p for p in places if p not in owners] or venues
    if places:
        args.append(_arg("location", places[0]))
    elif _VISIT.match(hit.text):  # "besuchte die Baustelle in Grünheide": a place the gazetteer does not know
        m = _IN_NAME.search(view.text, hit.end)
        if m and not any(s.start <= view.start + m.start(1) < s.end for s in view.slots):
            args.append(_span_arg(view, "location", m.start(1), m.end(1)))
            places = [None]  # type: ignore[list-item]
    n_part = sum(1 for a in args if a.role in ("participant", "host"))
    if n_part < 2 and not places:
        return None
    if not any(a.role == "participant" for a in args):
        return None
    return args


_PRODUCT_NP = re.compile(r"(?<!\w)(?i:sein(?:e|en|em|er)?|ihr(?:e|en|em|er)?|das|die|den|dem|der|des|"
                         r"ein(?:e|en|em|er)?|its|their|the|a|an)\s+"
                         r"(?:(?i:neue[nrs]?|new|latest|next|erste[nrs]?|first|faltbare[nrs]?|foldable|eigene[nrs]?)\s+)*"
                         # other adjectives by their endings: "its electric EX30", "seinen elektrischen Kombi"
                         r"(?:(?:[a-zäöüß]+(?:e|en|er|es|em)|[a-z]+(?:ic|al|ive|ous|able|ible|ful|less|ed|est))\s+){0,2}"
                         r"(?P<np>(?:[A-ZÄÖÜ][\w+-]*|[a-z][A-Z][\w+-]*)(?:\s+(?:[A-Z0-9][\w+-]*))*)")


_AUDIENCE = re.compile(r"(?i)(kunden|kundinnen|nutzern|nutzer|mitarbeitern|beschäftigten|verbrauchern|käufern|"
                       r"mitgliedern|lesern|fahrgästen|customers|users|members|subscribers|clients|shoppers)")


def _product_np(view: SentenceView, hit: TriggerHit, company: list[Argument]) -> tuple[int, int] | None:
    """A product named without a PRODUCT mention: "seine neue Akku-Plattform", "the Mi 8"."""
    taken = [(a.start - view.start, a.end - view.start) for a in company if a.start is not None]
    # a "person" without a known first name after a product noun is the product: "seine neue Smartwatch Orvana Pulse"
    blocked = [(s.start - view.start, s.end - view.start) for s in view.slots if s.is_value or s.kind in
               ("ORG", "LOC") or (s.kind == "PER" and looks_like_person(s.text))]
    best, best_rank = None, (True, True, 0)
    for m in _PRODUCT_NP.finditer(view.text):
        s, e = m.span("np")
        if any(a < e and s < b for a, b in taken + blocked):
            continue
        if s < hit.end and hit.start < e:
            continue  # "Einen Marktstart in den USA plant X nicht": the trigger noun names no product
        if _AUDIENCE.fullmatch(view.text[s:e]):
            continue  # "bietet ihren Kunden die App X an": the audience is no product
        # a name beats a common noun: "Mit dem ID.Polo hat X ein neues Elektroauto präsentiert"
        # and a phrase after "für"/"for" says whom the product is for: "eine Kapsellinie für den Einzelhandel"
        rank = (_is_common_noun(view.text[s:e], view.lang), bool(_FOR_BEFORE.search(view.text, max(0, s - 14), s)),
                abs(s - hit.start))
        if best is None or rank < best_rank:
            best, best_rank = (s, e), rank
    return best


_FOR_BEFORE = re.compile(r"(?i)(?<!\w)(für|for)\s+((den|die|das|dem|the)\s+)?$")


def _is_common_noun(phrase: str, lang: str) -> bool:
    """One word that reads as a common noun: in the word list, or (German) a plain capitalised word without digits,
    inner capitals or dots ("Drohne"; not "ID.Polo", "iPhone", "Kubi Z")."""
    if " " in phrase:
        return False
    if is_common_word(phrase, lang) or is_common_compound(phrase, lang):
        return True
    return lang == "de" and not re.search(r"\d|[a-z][A-Z]|[A-Z]{2}|\.", phrase)


# a product name in quotes: "die Naturkosmetik-Linie „Verde“", "its \"Nimbus\" headphones"
_QUOTED_NAME = re.compile(r"[„“\"»«]((?-i:[A-ZÄÖÜ0-9])[\w+.-]*(?:\s+[\w+.-]+){0,3})[“”\"«»]")


_PRODUCT_APPOSITION = re.compile(r"(?i)\s+(its|their|his|her|the|a|an|sein\w*|ihr\w*|den|die|das|ein\w*)\s+"
                                 r"([\w-]+\s+){0,3}[\w-]+,\s+((the|den|die|das|dem)\s+)?")
# a product named by a naming word: "eine Spielkonsole namens X", "a chip codenamed X", "a service called X"
_NAMED_PRODUCT = re.compile(r"(?<!\w)(?:namens|unter dem namen|called|dubbed|codenamed|code-named|named)\s+"
                            r"(?P<np>(?-i:[A-ZÄÖÜ0-9])[\w+.-]*(?:\s+(?-i:[A-Z0-9])[\w+.-]*){0,2})", re.I)


# a name after a product noun: "die App Tannhof Pay", "its payments app Quickpay" (the recogniser often calls the
# name an organisation)
_LABELLED_PRODUCT = re.compile(r"(?<!\w)(?i:die|das|den|der|dem|seine[nmr]?|ihre[nmr]?|its|their|the|a|an|seine|ihre)\s+"
                               # ("its long-delayed fantasy strategy title X": up to three words describe the noun)
                               r"(?:(?i:neue[nmrs]?|new)\s+)?(?:(?-i:[a-zäöü])[\w-]*\s+){0,3}?\S*(?i:app|plattform|platform|tarif|"
                               r"konto|karte|card|dienst|service|software|marke|brand|modell|model|kamera|camera|"
                               r"konsole|console|smartphone|handy|handset|phone|uhr|watch|router|drohne|drone|laptop|"
                               r"tablet|fernseher|auto|car|suv|limousine|sedan|roboter|robot|kopfhörer|headphones|"
                               r"game|title|spiel)"
                               r"(?:\s*,\s*(?i:the|die|der|das)\s+|\s+)"
                               r"(?P<np>(?-i:[A-ZÄÖÜ])[\w+.-]*(?:\s+(?-i:[A-Z0-9])[\w+.-]*){0,2})")


def fill_product_launch(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    fr = frame(view, hit)
    args = _company(view, hit, fr)
    products = [p for p in _nearest(view.of_kind("PRODUCT"), view, hit)
                if not (view.lang == "en" and _PLATFORM_BEFORE.search(view.article.text, max(0, p.start - 40), p.start))
                and not (view.lang == "en" and (p.text in ADJECTIVES_EN or (
                    p.end <= view.start + hit.start and KIND_AFTER_EN.match(view.article.text, p.end))))]
    # ("Czech parcel-locker operator X"; "The EV startup unveiled …": a product kind that describes the maker)
    company_starts = {a.start for a in args}
    guessed = [o for o in fr.patient if o.start >= view.start + hit.end and o.start not in company_starts
               and o.text not in places_gazetteer(view.lang)]  # "launch in the Czech Republic": a market, no product
    quoted = [m for m in _QUOTED_NAME.finditer(view.text)
              if not any(s.start < view.start + m.end(1) and view.start + m.start(1) < s.end for s in view.slots
                         if s.kind in ("PER", "LOC") or s.start in company_starts)]
    labelled = [m for m in _LABELLED_PRODUCT.finditer(view.text)
                if not any(a.start is not None and a.start <= view.start + m.start("np") < a.end for a in args)]
    on_sale = _SUBJECT_ON_SALE.search(view.text, max(0, hit.start - 80), hit.start) \
        if view.lang == "en" and hit.spec.attrs.get("named_product") and not (products or quoted or labelled) and \
        _ON_SALE.match(view.text, hit.start) else None
    if on_sale is not None:
        # "the long-awaited Kestrel Arc estate finally goes on sale in Norway": what goes on sale is a product, named
        # before the verb (a company is put up for sale, it does not go on sale); its maker is the company named
        # before whose name opens it
        s_, e_ = on_sale.span("np")
        product = _span_arg(view, "product", s_, e_)
        maker = [a for a in args if a.start is not None and a.start < view.start + s_]
        if not maker:
            ante = _antecedent(view)
            if ante is None or ante.text.split()[0] != on_sale.group("np").split()[0]:
                return None
            maker = [Argument("company", ante.text, ante.start, ante.end)]
        out = maker[:1] + [product]
        out += [_arg("market", p) for p in _places(view, hit) if p.prep in ("in", "into", "across") or (
            p.start > view.start + hit.end and _AND_BEFORE.search(view.article.text, max(0, p.start - 10), p.start))]
        return out
    named = _NAMED_PRODUCT.search(view.text)
    if hit.spec.attrs.get("named_product") and not (products or quoted or labelled or (
            named and named.start() > hit.start)):  # ("kündigte ein Abo namens X an": the name after the verb)
        return None
    added = _ADDED_PRODUCT.match(view.text, hit.end) if view.lang == "en" and _HANDING_VERB.fullmatch(hit.text) \
        else None
    numbered = _NUMBERED_PRODUCT.match(view.text, hit.end) if view.lang == "en" else None
    if added:  # "will add its compact Pebble hatchback to its line-up", "pushed Reviewer 2.0 to all customers"
        args.append(_span_arg(view, "product", *added.span(1)))
    elif numbered and not any(a.start is not None and a.start <= view.start + numbered.start(1) < a.end
                              for a in args):  # "will release Night Harbour 3 on …": a sequel's name and number
        args.append(_span_arg(view, "product", *numbered.span(1)))
    elif products:
        args.append(_arg("product", products[0]))
    elif labelled:  # "die App Tannhof Pay", "das Tagesgeldkonto Finura Plus": the name after a product noun
        s_, e_ = labelled[0].span("np")
        while e_ > s_ and view.text[e_ - 1] in ".,;:":
            e_ -= 1  # "… console Forge Go.": the sentence's full stop is no part of the name
        args.append(_span_arg(view, "product", s_, e_))
    elif named and not any(a.start is not None and a.start == view.start + named.start("np") for a in args):
        args.append(_span_arg(view, "product", *named.span("np")))
    elif quoted:
        q = min(quoted, key=lambda m: abs(m.start() - hit.start))
        args.append(_span_arg(view, "product", *q.span(1)))
    elif guessed and (abs(guessed[0].start - view.start - hit.end) < 30 or _PRODUCT_APPOSITION.fullmatch(
            view.article.text, view.start + hit.end, guessed[0].start)):  # "unveiled the iPhone X": a name after the
        #                                           verb, also in apposition ("its first foldable phone, the Orvana Fold")
        args.append(_arg("product", guessed[0]))
    elif view.lang == "de" and [o for o in fr.patient if o.start < view.start + hit.start and o.start not in
                                company_starts and re.search(r"[a-z][A-Z]|\d", o.text)]:
        named = [o for o in fr.patient if o.start < view.start + hit.start and re.search(r"[a-z][A-Z]|\d", o.text)]
        args.append(_arg("product", named[-1]))  # "hat das iPhone X vorgestellt": verb-final, product before it
    else:
        span = _product_np(view, hit, args)
        if span is None:
            return None
        args.append(_span_arg(view, "product", *span))
    if not any(a.role == "company" for a in args):
        return None
    if any(a.role == "product" and _REPORT_NOUN.search(a.text) for a in args):
        return None  # "wird ihre Quartalsmitteilung am 12. November veröffentlichen": a report published, no product
    places = [p for p in _places(view, hit) if p.prep in ("in", "im", "nach", "auf", "to", "into", "across")]
    if places:
        args.append(_arg("market", places[0]))
    return args


# a name with a model or sequel number right after the verb ("will release Ember Coast 2", "launched the Vexa 7"),
# which the recogniser often types a person
_NUMBERED_PRODUCT = re.compile(r"\s+(?:(?i:the|its|their)\s+)?((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
                               r"\s+\d{1,2}(?:\.\d)?)(?![\d%,.]?\w)")


# "will release X on PC and consoles", "is out for Switch": the platform it runs on is not the product launched
# (also the second platform of a list: "on Nintendo Switch 2 and PC")
_PLATFORM_BEFORE = re.compile(r"(?<![\w-])(?:on|for)\s+((?-i:[A-Z])[\w-]*\s+){0,3}?((?-i:[0-9]+)\s+)?((and|or|,)\s*)?$")
# the thing that goes on sale, a capitalised name before the verb with at most two lower-case words after it
_ON_SALE = re.compile(r"(?i)(goes|go|went|will go)\s+on sale\b")
_SUBJECT_ON_SALE = re.compile(r"(?<![\w-])(?P<np>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z0-9])[\w'’-]*){0,3})"
                              r"(?:\s+(?-i:[a-z])[\w-]*){0,2}\s+$")
_AND_BEFORE = re.compile(r"(?i)\b(and|,)\s+(the\s+)?$")


_REPORT_NOUN = re.compile(r"(?i)(mitteilung\w*|bericht\w*|zahlen|bilanz\w*|ergebnis(se|sen)?|prognose\w*|studie\w*|"
                          r"umfrage\w*|\breports?|\bresults|\bfigures|\bearnings|\bstatements?|\bfilings?|"
                          # a schedule published is no product: "will bis Mittwoch einen Sonderflugplan veröffentlichen"
                          r"\w*flugplan|\w*fahrplan|zeitplan|\bschedules?|\btimetables?)$")


# a product handed on by a verb (triggers.py: "add … to its line-up", "push/ship … to customers", "bring … to market"):
# the name right after the verb, behind at most three lower-case words
_HANDING_VERB = re.compile(r"(?i)add(s|ed|ing)?|push(es|ed)?|ship(s|ped)?|brings?|bringing|brought")
_ADDED_PRODUCT = re.compile(r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}((?-i:[A-Z])[\w.-]*(?:\s+(?:\d[\w.]*|(?-i:[A-Z])[\w.-]*))*)")


# unions and political parties warn about or criticise job cuts and insolvencies; they are not the employer
_NOT_EMPLOYER = re.compile(r"(?i)^(spd|cdu|csu|fdp|afd|grüne|die grünen|die linke|linke|piraten|övp|spö|fpö|svp|"
                           r"\w*-fraktion)$")


def _employers_only(view: SentenceView, fr: Frame) -> Frame:
    """The frame without unions and parties ("Die Gewerkschaft Verdi berichtet über den Stellenabbau bei IBM")."""
    def keep(o: Slot) -> bool:
        return not (UNIONS.search(o.text) or _NOT_EMPLOYER.match(o.text))
    return Frame([o for o in fr.agent if keep(o)], [o for o in fr.patient if keep(o)],
                 {k: [o for o in v if keep(o)] for k, v in fr.marked.items()}, fr.other, fr.passive)


_SHARE_OF_JOBS = re.compile(r"(?i)\s+(der|seiner|ihrer|of( the| its| their)?)\s+([\w-]+\s+){0,3}?(\w*arbeitsplätze|"
                            r"\w*stellen|jobs|mitarbeiter\w*|belegschaft|beschäftigten|workforce|staff|employees)")


def _no_employer(name: str) -> bool:
    return bool(UNIONS.search(name) or _NOT_EMPLOYER.match(name))


# jobs as the subject: "Beim X sollen 60 Stellen wegfallen" has no agent; whoever the sentence's other clause names
# ("kündigte Y-Geschäftsführer Z an") reports the cut, the company marked "bei" is the employer
_JOBS_FALL_AWAY = re.compile(r"(?i)(wegfallen|fallen|fällt|fielen|wegfall)")


_AT_NAME = re.compile(r"(?<!\w)(?i:bei|beim)\s+(?:(?i:der|dem|den)\s+)?"
                      r"(?P<name>(?-i:[A-ZÄÖÜ])[\w-]+(?:\s+(?-i:[A-ZÄÖÜ])[\w-]+){0,3})")


def _named_before_at(view: SentenceView) -> list[Argument]:
    """A name after "bei/beim" that an earlier sentence of the article already gave, though the recogniser did not
    tag it here ("Nordmedia übernimmt den Lüneburger Anzeiger. Beim Lüneburger Anzeiger sollen 60 Stellen
    wegfallen"): the employer, named again."""
    earlier = view.article.text[:view.start]
    for m in _AT_NAME.finditer(view.text):
        name = m.group("name")
        if name in earlier and not _no_employer(name) and \
                not all(is_common_word(w, view.lang) for w in name.split()):
            return [Argument("company", name, view.start + m.start("name"), view.start + m.end("name"))]
    return []


_JOBS_AT = re.compile(r"\s+(?:at|bei|beim)\s+")


def _jobs_owner(view: SentenceView, hit: TriggerHit, count: Slot) -> Slot | None:
    """"1,100 jobs at Kestrel were at risk, the administrators warned": jobs that are the subject of the sentence's
    trigger belong to the name after "at"/"bei", not to whoever speaks about them (the agent the frame finds). A name
    the recogniser took for a place counts unless the gazetteer knows it as one: a site is written "at its plant"."""
    if view.start + hit.start < count.end:
        return None
    m = _JOBS_AT.match(view.article.text, count.end)
    if m is None:
        return None
    for s in view.slots:
        if s.start == m.end() and not s.is_value and s.kind in ("ORG", "LOC") and not _no_employer(s.text):
            if s.kind == "LOC" and any(v.start <= s.start and s.end <= v.end for v in view.values("place")):
                return None
            return s
    return None


def fill_layoffs(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    fr = _employers_only(view, frame(view, hit))
    args: list[Argument] = []
    if _JOBS_FALL_AWAY.fullmatch(hit.text):
        at = [o for o in _orgs(view) if o.prep in ("bei", "beim") and not _no_employer(o.text)]
        args = [_arg("company", at[0])] if at else _named_before_at(view)
    if not args:
        args = [a for a in _company(view, hit, fr, skip=_no_employer) if not _no_employer(a.text)]
    if not args:
        return None
    count = _value_nearest(view, hit, "count")
    if count is None:  # "streicht ein Drittel der Arbeitsplätze", "15 Prozent der Stellen"
        count = next((f for f in view.values("fraction") if _SHARE_OF_JOBS.match(view.article.text, f.end)), None)
    if count is not None:
        owner = _jobs_owner(view, hit, count)
        if owner is not None:
            args = [_arg("company", owner)]
        args.append(_arg("count", count))
    places = _places(view, hit)
    if places:
        args.append(_arg("location", places[0]))
    return args


_INSOLVENT_ADJ = re.compile(r"(?i)(insolvent|zahlungsunfähig|pleitegegangen|bankrott)(e|en|er|es|em)?|bankrupt")


def fill_insolvency(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    args = [a for a in _insolvent(view, hit) or [] if not (UNIONS.search(a.text) or _NOT_EMPLOYER.match(a.text))]
    return args or None


_COURT_AFTER = re.compile(r"(?i)\s+(?:(?:district|regional|high|bankruptcy|insolvency|commercial)\s+)?court\b")


def _insolvent(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    fr = _employers_only(view, frame(view, hit))
    text = view.article.text
    if any(_COURT_AFTER.match(text, o.end) for v in fr.marked.values() for o in v):
        # "filed for insolvency at the Stuttgart district court": the court's town is where, not who
        fr = Frame(fr.agent, fr.patient, {k: [o for o in v if not _COURT_AFTER.match(text, o.end)]
                                          for k, v in fr.marked.items()}, fr.other, fr.passive, fr.anaphor)
    if _INSOLVENT_ADJ.fullmatch(hit.text):  # "der insolventen Imtech Deutschland", "the bankrupt Toys R Us"
        t_end = view.start + hit.end
        org = next((o for o in _orgs(view) if 0 <= o.start - t_end <= 2), None)
        if org is not None:
            return [_arg("company", org)]
    for prep in ("von", "vom", "of", "für", "for", "über"):
        if fr.marked.get(prep) or (prep in ("von", "of") and fr.patient):
            org = (fr.marked.get(prep) or fr.patient)[0]
            return [_arg("company", org)]
    args = _company(view, hit, fr, skip=_no_employer)
    return args or None


_WORKFORCE = re.compile(r"(?i)\b(die|the|their|its|seine|ihre)\s+(beschäftigten|belegschaft|mitarbeiter\w*|"
                        r"angestellten|workers|staff|employees|workforce)\b|"
                        # "Workers at its Columbus depot": the staff of a site of the company named before
                        r"\b(workers|staff|employees|drivers)\s+at\s+(its|their)\b")


# an apposition that names a company's owner: "…, owned by X, …", "…, a unit of X, …", "…, Teil der X, …", also
# after the descriptor that opens it ("…, the Leeds-based grocer backed by X, …")
_OWNER_APPOSITION = re.compile(r"(?i),\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?)?"
                               r"(?:(?:which is |that is |now |wholly |majority[- ]|jointly )?(?:owned|"
                               r"controlled|backed) by|a (?:unit|subsidiary|division|part) of|part of|"
                               r"(?:eine )?tochter (?:von|des|der)|teil (?:von|des|der))\s+(?:[\w-]+\s+){0,4}$")
_EMPLOYER_ANAPHOR = re.compile(r"(?i)(?<!\w)(the|der|die|das|des|dem|den)\s+(airline|carrier|company|employer|"
                               r"operator|fluggesellschaft|airline|unternehmens?|konzerns?|arbeitgebers?)(['’]s)?(?!\w)")
_DETERMINER_LEAD = re.compile(r"(?i)(the|a|an|its|their)\s+")


# a strike named as the cause of what the sentence tells: "durch den Streik", "wegen des Streiks", "vom Streik"
_STRIKE_AS_CAUSE = re.compile(r"(?i)(?<!\w)(durch den|wegen des|wegen der|infolge des|aufgrund des|vom|von dem)\s+"
                              r"((?-i:[a-zäöüß])\w*\s+)?$")


_BRANCH_AFTER = re.compile(r"\s+(branch|chapter)\b")
_LOCAL_BEFORE = re.compile(r"(?i)\blocal\s+$")
# "its Columbus commissary", "their Leeds depot": the town of a company's own site, no company
_OWN_BEFORE = re.compile(r"(?<!\w)(its|their)\s+$")
_OWN_SITE_AFTER = re.compile(r"\s+(commissary|depot|plant|factory|site|store|warehouse|office|hub|mill|facility|"
                             r"campus|terminal|kitchen|bakery|branch|distribution centre|distribution center)\b")


def fill_strike(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
    args: list[Argument] = []
    unions = [o for o in _orgs(view) if UNIONS.search(o.text) or
              UNIONS.search(view.article.text[max(view.start, o.start - 25):o.start]) or (
                  # a union's local in a strike report: "the local UFCW branch told …"
                  _BRANCH_AFTER.match(view.article.text, o.end) and
                  _LOCAL_BEFORE.search(view.article.text, max(view.start, o.start - 10), o.start))]
    for u in unions[:1]:
        args.append(_arg("union", u))
    if not unions:
        m = re.compile(r"(?<!\w)(gewerkschaft\s+[A-ZÄÖÜ][\w.-]+|[A-ZÄÖÜ][\w.-]*[- ]gewerkschaft\w*|"
                       r"(?:[A-Z][\w.]+ )+union)(?!\w)").search(view.text)
        lead = _DETERMINER_LEAD.match(m.group()) if m else None
        ante = _antecedent(view, skip=lambda t: not UNIONS.search(t)) if lead is not None and \
            m.group()[lead.end():].lower() == "union" else None  # type: ignore[union-attr]
        if ante is not None:  # "The union said further stoppages could not be ruled out": the union named before
            args.append(Argument("union", ante.text, ante.start, ante.end))
        elif m:
            args.append(_span_arg(view, "union", m.start(), m.end()))
    union_spans = [(a.start, a.end) for a in args]
    companies = [o for o in _orgs(view) if not any(s <= o.start < e for s, e in union_spans)  # type: ignore
                 and not UNIONS.search(o.text) and not (  # "Workers at its Columbus depot": the site's town
                     _OWN_SITE_AFTER.match(view.article.text, o.end) and
                     _OWN_BEFORE.search(view.article.text, max(0, o.start - 7), o.start))]
    preferred = [o for o in companies if o.prep in ("bei", "beim", "at", "gegen", "against", "von", "of") or (
        o.prep is None and re.search(r"(?i)(beschäftigte\w*|mitarbeiter\w*|belegschaft|angestellte\w*|lokführer\w*|piloten|"
                                 r"personal\w*|fahrer\w*)\s+(der|des)\s+([\w-]+\s+)?$",
                                 view.article.text[max(view.start, o.start - 60):o.start]))]
    if _STRIKE_AS_CAUSE.search(view.text, 0, hit.start) or hit.text.lower().startswith("streikbedingt"):
        # "Auch Air Berlin warnte, dass es durch den Streik zu Verspätungen komme", "Flüge, die streikbedingt
        # ausfallen, ... Züge der Deutschen Bahn": the strike told before is a cause here; a company the sentence
        # names without "bei/gegen" is hit by it, not struck
        companies = [o for o in companies if o in preferred]
        if not companies:
            ante = _antecedent(view, skip=lambda t: bool(UNIONS.search(t)))
            if ante is not None:
                args.append(Argument("company", ante.text, ante.start, ante.end))
    chosen = (preferred or _nearest(companies, view, hit))[:1]
    args += [_arg("company", o) for o in chosen]
    if args and not chosen and (_WORKFORCE.search(view.text) or _EMPLOYER_ANAPHOR.search(view.text)):
        # (also "the first strike in the airline's history": the employer named before)
        # "Verdi hatte die Beschäftigten zum Warnstreik aufgerufen": the workforce of the company named before
        ante = _antecedent(view, skip=lambda t: bool(UNIONS.search(t)))
        if ante is not None and not any(a.start == ante.start for a in args):
            args.append(Argument("company", ante.text, ante.start, ante.end))
    if not args:
        ante = _antecedent(view)
        if ante is None:
            return None
        # "Der Streik soll bis Freitag dauern": the last organisation named may be the union that called it
        args.append(Argument("union" if UNIONS.search(ante.text) else "company", ante.text, ante.start, ante.end))
    places = _places(view, hit)
    if places:
        args.append(_arg("location", places[0]))
    return args


FILLERS: dict[str, Callable[[SentenceView, TriggerHit], list[Argument] | None]] = {
    "agreement": fill_agreement,
    "partnership": fill_partnership,
    "acquisition": fill_acquisition,
    "merger": fill_merger,
    "spin_off": fill_spin_off,
    "investment": fill_investment,
    "market_entry": fill_market_entry,
    "store_expansion": fill_store_expansion,
    "facility": fill_facility,
    "financial_figure": fill_financial_figure,
    "leadership": fill_leadership,
    "meeting": fill_meeting,
    "product_launch": fill_product_launch,
    "layoffs": fill_layoffs,
    "insolvency": fill_insolvency,
    "strike": fill_strike,
}
