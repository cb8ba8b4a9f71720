"""A sentence seen by the argument rules: its mentions and values as slots with cues.

Why a view of its own: every argument rule asks the same questions of a
candidate filler — which preposition governs it ("mit Xiaomi", "by Apple"),
is it before or after the trigger, is it coordinated with a neighbour
("Xiaomi und Qualcomm"), is it only the source of the news ("laut Reuters"),
is it a person's organisation ("Lei Jun, CEO von Xiaomi"). They are answered
once per sentence here, with plain string scans (no parser), so the cost
stays linear in the sentence length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsgraph.events.names import is_street
from newsgraph.events.triggers import lower_twin, lowered_for_twins, twin_rules_out
from newsgraph.model import Article, Mention, Sentence, Value

PREPOSITIONS = {
    "mit", "with", "von", "vom", "of", "by", "durch", "from", "in", "im", "ins", "nach", "to", "into", "für",
    "for", "bei", "beim", "at", "an", "am", "über", "zu", "zum", "zur", "gegen", "aus", "unter", "zwischen",
    "between", "auf", "außerhalb", "outside", "innerhalb", "across", "throughout", "laut", "including", "inklusive",
    "samt", "gemeinsam", "together", "and", "darunter",
}
# words that may stand between a preposition and its noun: determiners, adjectives, common nouns
_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "the",
                "a", "an", "its", "their", "his", "her", "seinem", "seinen", "seiner", "seine", "ihrem", "ihren",
                "ihrer", "ihre", "dessen", "deren", "us-", "us"}
_ADJECTIVE_LIKE = re.compile(r"^[a-zäöüß][\w-]*(e|en|er|es|em|an|ese|al|ic|ian|ish|ive|ial|ing-edge|maker|"
                             r"rival|giant|firm|group|company|start-up|startup)$")
_NOUN = re.compile(r"^[A-ZÄÖÜ][\w-]+$")
# German auxiliaries and modals ending like adjectives ("könnte", "sollten", "wurde"): a verb, so no preposition
# before it governs the name after it ("aus Branchenkreisen könnte der Wettbewerber X …")
_FINITE_VERBS_DE = frozenset({"könnte", "könnten", "sollte", "sollten", "würde", "würden", "dürfte", "dürften",
                              "müsste", "müssten", "möchte", "möchten", "wolle", "wollen", "solle", "sollen", "habe",
                              "haben", "hatte", "hatten", "werde", "werden", "wurde", "wurden", "wäre", "wären",
                              "hätte", "hätten", "können", "müssen", "dürfen", "waren", "seien", "sei"})
_COORD = re.compile(r"^\s*(,|und|and|&|sowie|oder|or|, and|, und|as well as|plus)\s*"
                    r"((?<=und )(die|der|das)\s+|(?<=sowie )(die|der|das)\s+)?"  # "die A GmbH und die B GmbH"
                    # "Wirecard AG und ihre Tochtergesellschaft Wirecard Acquiring": a descriptor after the conjunction
                    r"((?<=und )(ihre|seine|deren|dessen|die|der|das)\s+((?-i:[a-zäöüß])\w+\s+)?"
                    r"(?=(?-i:[A-ZÄÖÜ]))\w*(tochter\w*|gesellschaft|partner\w*|konzern\w*|schwester\w*)\s+|"
                    r"(?<=and )(its|their)\s+(\w+\s+)?(subsidiary|unit|partner|parent)\s+)?$", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"((?<!\w)(bericht|studie|umfrage|analyse|schätzung)(en)?\s+(des|der|von|vom)\s+"
                            r"((?-i:[a-zäöüß])[\w-]*\s+)?((?-i:[A-ZÄÖÜ])[\w-]*\s+)?$|"
                            r"(?<!\w)(\w+-)?(blog|magazin|portal|sender|onlinedienst)\s+|"
                            r"laut|according to|reported by|zufolge|marktforsch\w*|analysten|analysts at|"
                            # the outlet that saw a document: "according to a memo seen by X", "documents obtained by X"
                            r"(?<!\w)(seen|obtained|reviewed) by\s+(the\s+)?|"
                            # observers named with their institution: "Analysten der Bank X", "economists at the X", "administrators from X"
                            r"(?<!\w)(analysten|experten|ökonomen|volkswirte|strategen|analysts|economists|strategists|administrators|"
                            r"experts)\s+(der|des|von|vom|bei|at|from|of)\s+((the|der|dem)\s+)?([\w-]+\s+)?|"
                            r"research firm|data from|daten von|nach angaben von|citing|newspaper|zeitung|"
                            # "nach Angaben der Wirtschaftsauskunftei Creditreform", "so der Kreditschutzverband KSV"
                            # creditor associations report insolvencies: "die Gläubigerschutzverbände AKV, Creditreform
                            # und KSV" (each name of the list)
                            r"(?<!\w)(gläubigerschutzverb|kreditschutzverb|kreditorenverb)\w*\s+"
                            r"((?-i:[A-ZÄÖÜ])[\w-]*(,\s*|\s+und\s+|\s+)){0,3}$|"
                            r"(?<!\w)nach angaben (der|des|von|vom)\s+((?-i:[A-ZÄÖÜ])[\w-]*\s+)?|"
                            # an example of a class: "unabhängig von Unternehmen wie Google", "rivals such as X"
                            r"(?<!\w)\w*(konkurrenten|rivalen|unternehmen|firmen|konzerne|konzernen|wettbewerbern?|"
                            r"anbietern?|herstellern?|companies|rivals|competitors|firms)\s+(wie|such as|like)\s+"
                            r"((die|der|dem|den|the)\s+)?|"
                            r"(?<![\w„\"])so (der|die|das)\s+((?-i:[A-ZÄÖÜ])[\w-]*\s+)?|"
                            # the outlet a spokesperson answered: "bestätigte eine Sprecherin auf Anfrage der TW",
                            # "sagte er im Gespräch mit dem Handelsblatt", "said in an interview with the FT"
                            r"(?<!\w)auf anfrage (der|des|von|vom|bei)\s+|(?<!\w)im gespräch mit (der|dem)\s+|"
                            r"(?<!\w)(in an|in a recent|in an exclusive) interview with\s+(the\s+)?|"
                            # the outlet a speaker told: "the union branch told the Dispatch", "told RetailTech Weekly"
                            r"(?<!\w)told\s+(the\s+)?|"
                            r"nachrichtenagentur|news agency)\s*$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"^\W{0,3}\s*(zufolge|(berichte\w*|meldete\w*|reported|reports|schreib\w*|wrote)\s*[.,;]|"
                           r"unter berufung)", re.IGNORECASE)
# news outlets and agencies report events; they are never a party to them
_MEDIA = re.compile(r"^((tech-|news-|wirtschafts-)?(blog|magazin|portal|sender|zeitung)\s+\S+|"
                    r"dpa(-afx)?|dgap(-news)?|apa|ots|sid|kna|epd|ddp|aktiencheck|finanznachrichten|onvista|ariva|"
                    r"marketwired|mynewsdesk|business ?wire|pr ?newswire|globe ?newswire|wkn|isin|"
                    r"[\w.-]+\.(de|com|net|org|at|ch|eu|info|co\.uk)|afp|ap|reuters|bloomberg|dow jones|handelsblatt|spiegel|der spiegel|faz|bild|welt|focus|"
                    r"stern|zeit|die zeit|cnbc|cnn|bbc|ntv|n-tv|tagesschau|heise|golem|rt|"
                    r"(washington|rheinischen?|new york|huffington|jerusalem|neuen? westfälischen?) post|"
                    r".*\b(times|journal|zeitung|nachrichten|rundschau|allgemeine|tagesspiegel|anzeiger|kurier|"
                    r"presse|news|agentur|agency|press|magazin|magazine|tribune|herald|gazette|telegraph|"
                    r"guardian|online|blog))$", re.IGNORECASE)
_LEGAL_FORM_END = re.compile(r"[\s,]+(gmbh|ag|se|kg|mbh|inc\.?|ltd\.?|plc|llc|corp\.?)$", re.IGNORECASE)
_COURT = re.compile(r"(?i)^(amts|land|ober|oberlandes|verwaltungs|bundes|arbeits|finanz|sozial|insolvenz)?"
                    r"gericht\w*|\bcourt\b|tribunal|"
                    # court abbreviations ("Das AG Frankfurt hat das Insolvenzverfahren eröffnet") and regulators
                    r"^(?-i:(AG|LG|OLG|BGH|BFH|BAG|BVerfG|EuGH))\s+(?-i:[A-ZÄÖÜ])|^(bafin|finanzaufsicht|kartellamt|"
                    r"bundeskartellamt|sec|fca|eu-kommission|monopolkommission|"
                    # statistics offices report figures of a whole economy, not their own
                    r"(statistische[sn]? )?(bundes|landes)amt( für statistik)?|destatis|eurostat|"
                    r"(office for national|bureau of labor) statistics)$")
_WORD = re.compile(r"[\w][\w.&'-]*|[^\w\s]")

ROLE_WORDS = re.compile(
    r"(?<!\w)((senior |executive |corporate )?(vice president|vice-president|president|präsident(in)?)"
    r"( (of|für) [A-Z]\w+( [A-Z]\w+)?)?|"
    r"ceo|cfo|cto|coo|cmo|chief \w+ officer|(chief|boss)(?= (?-i:[A-Z]))|"  # "Toyota chief Akio Toyoda"
    r"chairman|chairwoman|chair|managing director|"
    r"(vorstands|konzern|firmen|unternehmens|finanz|technik|europa|deutschland|marken|landes)?chef(in)?|"
    r"vorstandsvorsitzende[rn]?|aufsichtsratsvorsitzende[rn]?|vorsitzende[rn]?|"
    r"(finanz|personal|technik|vertriebs|produktions|entwicklungs)?vorst(and|ändin)|generalsekretär(in)?|"
    r"geschäftsführer(in)?|generalbevollmächtigte[rn]?|gründer(in)?|mitgründer(in)?|founder|co-founder|"
    r"leiter(in)?|head of \w+|director|direktor(in)?|manager(in)?|sprecher(in)?|spokesperson|spokesman)(?![\w])",
    re.IGNORECASE,
)


def _role_words_twin() -> re.Pattern[str] | None:
    """`ROLE_WORDS` for lower-cased text (see `lowered_for_twins`), where its one case-sensitive part, a capital after
    "chief"/"boss", becomes any lower-case letter: the twin finds a role word wherever `ROLE_WORDS` does (and a few
    more), so where it finds none the sentence has none. None if the pattern gains another case-sensitive part."""
    return lower_twin(ROLE_WORDS.pattern.replace("(?-i:[A-Z])", "[a-z]"))


ROLE_WORDS_TWIN = _role_words_twin()


def _source_before_twin() -> re.Pattern[str] | None:
    """`_SOURCE_BEFORE` for lower-cased text (see `lowered_for_twins`), its case-sensitive letter classes (a
    lower-case or a capital word after "Bericht des", "so der") widened to any lower-case letter: it matches wherever
    `_SOURCE_BEFORE` does, so where it finds nothing the organisation is no news source by that pattern. None if the
    pattern gains another case-sensitive part."""
    return lower_twin(_SOURCE_BEFORE.pattern.replace("(?-i:[a-zäöüß])", "[a-zäöüß]")
                      .replace("(?-i:[A-ZÄÖÜ])", "[a-zäöüß]"))


_SOURCE_BEFORE_TWIN = _source_before_twin()


def _source_before(before: str) -> bool:
    """`_SOURCE_BEFORE` finds a source cue right before a name; its twin rules most texts out faster."""
    return not twin_rules_out(_SOURCE_BEFORE_TWIN, before) and bool(_SOURCE_BEFORE.search(before))


def source_before_at(text: str, start: int, end: int) -> bool:
    """`_SOURCE_BEFORE.search(text, start, end)`, ruled out first by its twin over `text[start:end]`. A match found
    with `pos` is one in the slice too (the pattern's look-behinds are all negative, so they only get more lenient at
    the slice's start, and "$" holds at `endpos` as at the slice's end), so where the twin finds nothing in the slice
    the search finds nothing either; most names have no source cue before them."""
    return not twin_rules_out(_SOURCE_BEFORE_TWIN, text[start:end]) and \
        _SOURCE_BEFORE.search(text, start, end) is not None


def may_name_a_role(lowered: str | None, start: int = 0, end: int | None = None) -> bool:
    """False only when `ROLE_WORDS` surely finds nothing in [start, end) of the text `lowered` was made from by
    `lowered_for_twins` (the twin scans lower-case text about twice as fast)."""
    return first_role_word_at(lowered, start, end) >= 0


def first_role_word_at(lowered: str | None, start: int = 0, end: int | None = None) -> int:
    """Where the twin of `ROLE_WORDS` first matches in [start, end) of the text `lowered` was made from, -1 where it
    finds nothing (`may_name_a_role`), `start` when lower-casing was not exact. The twin matches wherever `ROLE_WORDS`
    does, so no role word starts before that place and `ROLE_WORDS` can be searched from there on (with `pos`, which
    keeps the text before it for the look-behind): the IGNORECASE scan of the words before is saved."""
    if lowered is None or ROLE_WORDS_TWIN is None:
        return start
    m = ROLE_WORDS_TWIN.search(lowered, start, len(lowered) if end is None else end)
    return m.start() if m else -1


# a department is no organisation of a post: "Marketing-Leiter X", "Leiterin Marketing-Kommunikation"
DEPARTMENT = re.compile(r"(?i)(marketing|vertrieb|kommunikation|marketing-kommunikation|unternehmenskommunikation|"
                        r"finanzen|personal|einkauf|forschung|entwicklung|forschung und entwicklung|\w*analyse|"
                        r"controlling|recht|presse|öffentlichkeitsarbeit|kooperationen|produktion|logistik|technik|"
                        r"sales|operations|human resources|engineering|product management|produktmanagement|"
                        r"research|finance|it|procurement|purchasing|communications|strategy|design|legal|compliance|"
                        r"manufacturing|supply chain|beschaffung|strategie|vertriebs)")


@lru_cache(maxsize=4096)
def is_department(text: str) -> bool:
    """`DEPARTMENT` matches the whole name. Asked of every organisation slot each time a rule lists the view's
    organisations (`roles._orgs`, several times per trigger), always of the same few names: remembered per name."""
    return DEPARTMENT.fullmatch(text) is not None


@dataclass
class Slot:
    """One possible argument filler inside the sentence (offsets into the article)."""

    start: int
    end: int
    text: str
    kind: str  # mention type ("ORG", "PER", ...) or "value:<kind>"
    value: Any = None
    # `prep` and `genitive` are read from the words before the slot (`_preceding_cue`) when first asked for: the
    # fillers ask only about some slots, and the backward scan was about a twentieth of the stage. Until then
    # `cue_from` holds that scan's arguments; assigning either attribute sets it as usual.
    prep: str | None = field(init=False)  # governing preposition, lower case
    genitive: bool = field(init=False)  # directly after des/der/of (noun-trigger object)
    group: int = -1  # coordination group
    source: bool = False  # news source ("laut Reuters"), never a participant
    is_value: bool = False
    alias: bool = False  # a name in brackets after another one ("Telefónica Deutschland (O2)")
    cue_from: tuple[str, int, Any, str] | None = field(default=None, repr=False, compare=False)

    def __getattr__(self, name: str) -> Any:
        # (called only for an attribute not set yet: `prep` and `genitive` before their first use; a slot made
        # without `cue_from` has neither preposition nor genitive)
        if name in ("prep", "genitive"):
            prep, genitive = _preceding_cue(*self.cue_from) if self.cue_from is not None else (None, False)
            self.__dict__.setdefault("prep", prep)  # (one of the two may have been assigned already: it stays)
            self.__dict__.setdefault("genitive", genitive)
            self.cue_from = None
            return self.__dict__[name]
        raise AttributeError(name)

    @property
    def value_kind(self) -> str | None:
        return self.kind.split(":", 1)[1] if self.is_value else None


@dataclass
class SentenceView:
    article: Article
    sentence: Sentence
    text: str
    lang: str
    slots: list[Slot] = field(default_factory=list)
    roles_of: dict[int, tuple[Slot | None, Slot | None]] = field(default_factory=dict)  # PER slot id → (role, org)
    prior_orgs: list[Mention] | None = None  # organisations of earlier sentences, for antecedents
    # `roles._orgs` of this view, kept on first use: the slots do not change once `build_view` returns, and the
    # fillers ask for the same list several times per trigger
    orgs_memo: tuple[Slot, ...] | None = field(default=None, repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.sentence.start

    def of_kind(self, *kinds: str) -> list[Slot]:
        return [s for s in self.slots if s.kind in kinds]

    def values(self, kind: str) -> list[Slot]:
        return [s for s in self.slots if s.is_value and s.value_kind == kind]

    def rel(self, slot: Slot, article_pos: int) -> int:
        """Signed distance of the slot from an article position (negative = before)."""
        if slot.end <= article_pos:
            return slot.end - article_pos - 1
        return max(slot.start - article_pos, 0) + 1


_EN_VERBISH = re.compile(r"^(\w+(ed|ing)|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|"
                         r"says?|said|plans?|wants?|buys?|sells?|gets?|got|takes?|took|makes?|made)$", re.IGNORECASE)


_GENITIVE_WORDS = frozenset(("des", "der", "of", "eines", "einer"))
_GENITIVE_ARTICLES = frozenset(("des", "der", "eines", "einer"))
_GENITIVE_ADJECTIVE = re.compile(r"[a-zäöüß]+(en|er)|[A-ZÄÖÜ][a-zäöüß]+er")
_EN_LOWER_WORD = re.compile(r"^[a-z][\w-]*$")


# words that open a clause: no preposition before them governs the name after them
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whether", "because", "dass", "ob", "weil"})
_BASED_END = re.compile(r"(?i)-(based|listed|headquartered)$")
# "Dublin-based", "Frankfurt-listed" after a place: where a company sits (the recogniser tagged only the place)
BASED_AFTER = re.compile(r"(?i)-(based|listed|headquartered)\b")
_POSSESSOR_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.-]*['’]s\s$")


def _preceding_cue(text: str, local_start: int, block_ends: list[int],
                   lang: str = "de") -> tuple[str | None, bool]:
    """Governing preposition and genitive flag, scanning back over at most four words.

    The scan stops at anything that cannot sit between a preposition and its
    noun (a verb, a number, another entity), so "Im Juni übernahm Apple"
    does not make "im" the preposition of Apple; nor does it look back past
    the end of an entity or trigger (`block_ends`, sorted: the nearest end at
    or before the name is found by bisection, once per slot).
    """
    lo = max(0, local_start - 60)
    i = bisect_right(block_ends, local_start)
    if i and (_BASED_END.search(text, max(0, block_ends[i - 1] - 14), block_ends[i - 1]) or
              BASED_AFTER.match(text, block_ends[i - 1])):
        i -= 1  # "from Singapore-based Lumen Capital": a place adjective the recogniser tagged stands in the phrase
    if i and block_ends[i - 1] > lo:
        lo = block_ends[i - 1]
    end = local_start
    if lang == "en" and text[local_start - 3:local_start - 1] in ("'s", "’s"):
        # "led by Nairobi's Savanna Ventures": a possessive place or owner before the name does not end the scan
        owner = _POSSESSOR_BEFORE.search(text, lo, local_start)
        if owner is not None:
            end = owner.start()
    words = _WORD.findall(text, lo, end)  # (no anchor or look-around: the same words as in the slice)
    genitive = bool(words) and (words[-1].lower() in _GENITIVE_WORDS or (
        len(words) >= 2 and words[-2].lower() in _GENITIVE_ARTICLES and
        bool(_GENITIVE_ADJECTIVE.fullmatch(words[-1]))))  # "der insolventen Imtech", "der Bremerhavener Lloyd-Werft"
    for n, word in enumerate(reversed(words)):
        low = word.lower()
        if low in PREPOSITIONS and low != "and":
            return low, genitive
        if n >= 4 or low in _FINITE_VERBS_DE or low in _CLAUSE_OPENERS or (n == 0 and low == "wonach"):
            break  # ("a report in a Dutch paper that X was in talks": a clause opens, "in" governs the paper, not X;
            # "declined to comment on reports that Najm was …": a clause's subject, no preposition's object)
        if low in _DETERMINERS or _ADJECTIVE_LIKE.match(word) or _NOUN.match(word):
            continue
        if lang == "en" and _EN_LOWER_WORD.match(word) and not _EN_VERBISH.match(word):
            continue  # English nouns and adjectives: "the drinks group Diageo"
        break
    return None, genitive


@lru_cache(maxsize=4096)
def is_non_party(text: str) -> bool:
    """News outlets and courts report or register events; they are never a party to them. (Asked of every
    organisation slot and earlier organisation, mostly the same few names; the answer depends on the name alone, so
    it is remembered per name.)"""
    bare = _LEGAL_FORM_END.sub("", text.lstrip("#@"))  # "Deutsche Presse-Agentur GmbH" is an agency all the same
    # streets ("Kettering Road", "Lindenstraße") are where picketers stand, not a party either
    return bool(text[:1] in "#@" or _MEDIA.match(bare) or _COURT.search(text) or is_street(text))


# the firm appointed to run an insolvent company: "Administrators from Beacon Restructuring were appointed"
_ADMINISTRATORS = re.compile(r"(?i:administrators?|receivers?|insolvency practitioners?)\s+(?:from|at|of)\s+"
                             r"(?:the\s+)?((?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*)*)")


@lru_cache(maxsize=64)
def _administrator_names(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _ADMINISTRATORS.finditer(text)) if "dministrat" in text or \
        "eceiver" in text or "practitioner" in text else frozenset()


def _short_administrator(text: str, name: str) -> bool:
    """The administrators named once in full are named by their first word after it ("Beacon said it had made 85
    staff redundant"): they act for the insolvent company and are no party of their own (as "Administrators from
    X" is not, by `_SOURCE_BEFORE`)."""
    return any(full != name and full.startswith(name + " ") for full in _administrator_names(text))


def _make_slot(article: Article, sent: Sentence, text: str, start: int, end: int, kind: str,
               value: Any, is_value: bool, block_ends: list[int] = ()) -> Slot:  # type: ignore[assignment]
    local = start - sent.start
    # "in einem Bericht des griechischen Industrieverbands SEB": the 60 characters before, the 40 after
    source = kind == "ORG" and (_source_before(text[max(0, local - 60):local]) or
                                bool(_SOURCE_AFTER.match(text[end - sent.start:end - sent.start + 40])) or
                                is_non_party(article.text[start:end]) or
                                _short_administrator(article.text, article.text[start:end]))
    return Slot(start, end, article.text[start:end], kind, value, -1, source, is_value,
                cue_from=(text, local, block_ends, sent.language or "de"))


def _group(slots: list[Slot], article_text: str) -> None:
    """Coordination groups: "Xiaomi und Qualcomm" share a group and their first member's preposition."""
    gid = 0
    ents = sorted((s for s in slots if not s.is_value and s.kind in ("ORG", "PER")), key=lambda s: s.start)
    prev: Slot | None = None
    for s in ents:
        if prev is not None and prev.kind == s.kind and _COORD.match(article_text[prev.end:s.start]):
            s.group = prev.group
            s.prep = s.prep if s.prep not in (None, "und", "and") else prev.prep
        else:
            gid += 1
            s.group = gid
        prev = s


# the gaps `_link_roles` accepts between a person and a role ("Lei Jun, CEO von Xiaomi", "CEO Lei Jun") and between
# a role and its organisation ("CEO von Xiaomi", "Xiaomi-Chef"); compiled once, they are asked for every person
_ROLE_AFTER_PERSON = re.compile(r"\s*[,:]?\s*((nun|jetzt)\s+als|der|die|the|neue[rn]?|new|als|as|zum|zur|"
                                r"is|ist|war|was|bisher(ige[rn]?)?|former|frühere[rn]?)?"
                                r"\s*((seit|since)\s+\w+\s+|\w+\s+)?")
_ROLE_BEFORE_PERSON = re.compile(r"\s*(\w+\s+)?")
_ORG_AFTER_ROLE = re.compile(r"\s*(von|vom|of|bei|beim|at|des|der|für|for|,)?\s*(der|des|dem|the)?\s*")
_ORG_BEFORE_ROLE = re.compile(r"\s*(-|'s|’s|s)?\s*")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")


_ONLY_SPACE = re.compile(r"[ \t]+")


def _name_before_post_is_the_employer(view: SentenceView, roles: list[Slot]) -> None:
    """In "<Name> chief executive <Person>" the first name is the employer, even when the recogniser took it for a
    person because its first word is also a given name ("Kiran Data managing director X"): English puts the company
    before the post and the holder after it, and nobody writes two people around one post. Retyped before the links
    are made, so the compound names its organisation and other roles may take it as a company."""
    if not roles:
        return
    text = view.article.text
    persons = view.of_kind("PER")
    for r in roles:
        before = next((p for p in persons if p.end < r.start and _ONLY_SPACE.fullmatch(text[p.end:r.start])), None)
        after = next((p for p in persons if p.start > r.end and _ONLY_SPACE.fullmatch(text[r.end:p.start])), None)
        if before is not None and after is not None and before.text[:1].isupper():
            before.kind = "ORG"


def _link_roles(view: SentenceView) -> None:
    """Person ↔ role ↔ organisation links from apposition and compounds.

    "Lei Jun, CEO von Xiaomi", "Xiaomi-Chef Lei Jun", "Apple CEO Tim Cook",
    "CEO Lei Jun", "Hugo Barra, Vice President of Xiaomi".
    """
    text, base = view.article.text, view.start
    roles = view.of_kind("ROLE")
    _name_before_post_is_the_employer(view, roles)
    orgs = view.of_kind("ORG")
    for per in view.of_kind("PER"):
        role = None
        for r in roles:
            gap_after = text[per.end:r.start] if r.start >= per.end else None
            gap_before = text[r.end:per.start] if r.end <= per.start else None
            if gap_after is not None and len(gap_after) < 30 and _ROLE_AFTER_PERSON.fullmatch(gap_after):
                role = r
                break
            if gap_before is not None and len(gap_before) < 20 and _ROLE_BEFORE_PERSON.fullmatch(gap_before):
                role = r
                break
        org = None
        if role is not None:
            for o in (o for o in orgs if not is_department(o.text)):
                if o.start >= role.end and _ORG_AFTER_ROLE.fullmatch(text[role.end:o.start]):
                    org = o
                    break
                if o.end <= role.start and _ORG_BEFORE_ROLE.fullmatch(text[o.end:role.start]):
                    org = o
                    break
        view.roles_of[id(per)] = (role, org)
    del base


def build_view(article: Article, sentence: Sentence, mentions: list[Mention], values: list[Value],
               triggers: list[tuple[int, int]] = (),  # type: ignore[assignment]
               role_words: bool = True) -> SentenceView:
    """`triggers` (sentence offsets) stop the preposition scan: in "agreed to acquire X" the "to" is the verb's.
    `role_words` False: the caller knows that `ROLE_WORDS` finds nothing in the sentence's text, so it is not scanned
    again (see `extract._sentences_naming_a_post`)."""
    text = article.text[sentence.start:sentence.end]
    view = SentenceView(article, sentence, text, sentence.language or article.language or "de")
    block_ends = sorted([x.end - sentence.start for x in mentions if x.type in ("ORG", "PER", "LOC")
                         and x.text[:1].isupper() and not x.text.endswith(("en", "er", "es"))] + [b for _, b in triggers])
    for m in mentions:
        view.slots.append(_make_slot(article, sentence, text, m.start, m.end, m.type, None, False, block_ends))
    taken = [(m.start, m.end) for m in mentions if m.type == "ROLE"]
    first = first_role_word_at(lowered_for_twins(text)) if role_words else -1
    for m in ROLE_WORDS.finditer(text, first) if first >= 0 else ():
        s, e = sentence.start + m.start(), sentence.start + m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        if any(a <= s and e <= b for a, b in ((x.start, x.end) for x in mentions if x.type in ("ORG", "PER"))):
            continue
        view.slots.append(_make_slot(article, sentence, text, s, e, "ROLE", None, False))
    ent_spans = [(m.start, m.end) for m in mentions if m.type in ("ORG", "PRODUCT")]
    for v in values:
        if v.kind == "place" and any(a <= v.start and v.end <= b and (a, b) != (v.start, v.end)
                                     for a, b in ent_spans):
            continue  # "Deutsche Telekom" is not a place argument
        view.slots.append(_make_slot(article, sentence, text, v.start, v.end, "value:" + v.kind, v.value, True))
    view.slots.sort(key=lambda s: (s.start, -s.end))
    _group(view.slots, article.text)
    _brackets(view)
    _link_roles(view)
    return view


def _brackets(view: SentenceView) -> None:
    """A name in brackets right after another: after a person it is the affiliation ("Sigmar Gabriel (SPD)"), never
    a party; after an organisation it is its alias ("Telefónica Deutschland (O2)"), coordinated with it."""
    text = view.article.text
    names = [s for s in view.slots if not s.is_value and s.kind in ("ORG", "PER")]
    for prev, s in zip(names, names[1:]):
        if s.kind != "ORG" or not _OPEN_BRACKET.fullmatch(text[prev.end:s.start]) or \
                not text[s.end:s.end + 3].lstrip().startswith(")"):
            continue
        if prev.kind == "PER":
            s.source = True
        else:
            s.group, s.prep, s.genitive, s.alias = prev.group, prev.prep, prev.genitive, True
