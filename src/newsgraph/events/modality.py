"""Modality of an event: asserted, planned, expected, speculative or negated.

Why cues with a scope and not a sentence-wide bag of words: "Xiaomi hat 2.000
Stores eröffnet, will aber nicht nach Spanien" holds an asserted and a negated
statement. Each cue has a scope:

- ``clause``: counts only inside the trigger's clause (negation, tense,
  modal verbs next to the verb);
- ``frame``: also counts from an earlier clause of the sentence, because it
  frames what follows ("Xiaomi plant, ... zu eröffnen", "X denied that ...",
  "Gerüchten zufolge ...").

Clauses are comma/semicolon/colon/dash separated stretches; a clause that
starts with a contrast word ("aber", "but", "während") ends the frame.
When several modalities are cued, the strongest wins in this order:
negated > speculative > expected > planned > asserted (a denied plan is a
denial; a rumoured plan is a rumour).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RANK = {"negated": 4, "speculative": 3, "expected": 2, "planned": 1, "asserted": 0}


@dataclass(frozen=True)
class Cue:
    modality: str
    pattern: str
    scope: str  # "clause" | "frame"
    lang: str  # "de" | "en": German "plant" (plans) is an English factory


CUES: tuple[Cue, ...] = (
    # negation ------------------------------------------------------------------------------
    Cue("negated", r"\b(nicht|nie|niemals|kein(e|en|em|er|es)?|weder)\b(?! nur\b)(?! zuletzt\b)(?! mehr als\b)(?! ende\b)",
        "clause", "de"),
    Cue("negated", r"\b(not|never|no|neither|n't)\b(?! only\b)(?! later than\b)(?! longer\b)(?! more than\b)|n't\b",
        "clause", "en"),
    Cue("negated", r"\b(dementier\w*|bestreit\w*|bestritt\w*|wies? (\S+ ){0,4}?zurück|weist (\S+ ){0,4}?zurück|"
                   r"zurückgewiesen|abgesagt|sagt\w* (\S+ ){0,4}?ab|gescheitert|scheitert\w*|geplatzt|platzt\w*|"
                   r"abgeblasen|verworfen|ausgeschlossen|schließt (\S+ ){0,6}?aus|schloss (\S+ ){0,6}?aus|vom tisch|"
                   r"kein thema|nicht in frage|keine absicht|kein interesse)\b", "frame", "de"),
    Cue("negated", r"\b(den(y|ies|ied)|rejected|rules? out|ruled out|called off|calls off|abandon(s|ed)|scrapped|"
                   r"failed to|fell through|off the table|no plans|no intention|no interest in)\b", "frame", "en"),
    # speculation ----------------------------------------------------------------------------
    Cue("speculative", r"\b(angeblich|vermutlich|wahrscheinlich|möglicherweise|möglich\w*|vielleicht|eventuell|"
                       r"womöglich|mutmaßlich|offenbar|gerüchte\w*|gerücht|\w*gerüchten|spekul\w*|unbestätigt\w*|"
                       r"(kreisen|\w*berichten|insidern|informationen) zufolge|unklar|ungewiss|ist offen|noch offen|offen ist|ob|"
                       r"gilt (\S+ ){0,4}?als (favorit|kandidat|anwärter)\w*|favorit\w*|"
                       r"erwäg\w*|prüft|prüfen|in gesprächen|verhandel\w*|verhandelt|in verhandlungen|im gespräch|"
                       r"könnte\w*|soll(en)? (\S+ ){0,12}?(haben|sein|worden sein))\b", "frame", "de"),
    Cue("speculative", r"\b(reportedly|rumou?r\w*|allegedly|probably|possibly|perhaps|maybe|likely|unlikely|"
                       r"unconfirmed|speculat\w*|could|might|(?-i:may)|consider(s|ing|ed)|in talks|talks to|"
                       r"negotiat\w*|sources said|people familiar|said to be|is said to|are said to|whether|unclear|"
                       r"tipped|frontrunner|front-runner|explor(e|es|ing)|weigh(s|ing)|mull(s|ing)|"
                       r"(is|are) studying)\b", "frame", "en"),
    # expectation ------------------------------------------------------------------------------
    Cue("expected", r"\b(erwart\w*|voraussichtlich|dürfte\w*|rechne\w* (\S+ ){0,4}?(da)?mit|prognostizier\w*|"
                    r"gehen? (\S+ ){0,3}?davon aus|sollte\w*|droh\w*|nach einschätzung|einschätzung)\b",
        "frame", "de"),
    Cue("expected", r"\b(expect(s|ed|ing)?|anticipat\w*|forecast\w*|projected|predict\w*|on track to|set to|"
                    r"poised to|should)\b", "frame", "en"),
    # plans / future -------------------------------------------------------------------------
    Cue("planned", r"\b(plan\w*|pläne\w*|geplant\w*|beabsichtig\w*|will|wollen|wollte\w*|soll|sollen|"
                   r"kündig\w* (\S+ ){0,6}?an|angekündigt\w*|ankündig\w*|strebt (\S+ ){0,6}?an|vorhaben|"
                   r"vorgesehen|zum ziel|ziel ist|bis (ende )?20\d\d|künftig|demnächst|in (den )?(kommenden|nächsten)|"
                   r"bis (zum |spätestens )?(jahresende|jahresmitte|ende des jahres|mitte 20\d\d|anfang 20\d\d)|"
                   r"scheidend\w*)\b", "frame", "de"),
    Cue("planned", r"\b(plan(s|ned|ning)?|intend(s|ed)?|intention|will|shall|wants? to|aims? to|going to|"
                   r"announc(e|es|ed|ing) plans|to open|upcoming|next year|in the coming|by 20\d\d|"
                   r"call(s|ed)? (on|for)|would(?! have))\b|'ll\b", "frame", "en"),
)

_COMPILED = tuple((c, re.compile(c.pattern, re.IGNORECASE)) for c in CUES)

# German future: "wird/werden ... <infinitive>" at the end of the clause.
_DE_FUTURE = re.compile(r"\b(wird|werden|wirst)\b(?P<rest>[^,;:]*)$", re.IGNORECASE)
_DE_PARTICIPLE_END = re.compile(r"\b(ge\w+(t|en)|\w+iert|übernommen|erworben|verkauft|ernannt|berufen|"
                                r"entlassen|abgespalten|ausgegliedert|vorgestellt|eröffnet|beendet)\s*$",
                                re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\"|\u201e|\u201c|\u201d")
# an unconfirmed source named after a statement of fact makes it hearsay: "X has hired Y, people familiar with the
# matter said", "..., wie aus Unternehmenskreisen verlautete" (a stated expectation stays expected)
_HEARSAY_AFTER = re.compile(r"(?i)^\s*(people familiar with|(according to )?(people|sources|insiders) (close to|"
                            r"familiar|said|say|told|with knowledge)|(two|three|several) (people|sources)|"
                            r"heißt es in \w*kreisen|wie aus \w*kreisen|hieß es in \w*kreisen|"
                            r"(berichtet\w*|meldet\w*|schreibt|schrieb) [^,;]{0,40}unter berufung auf (insider|kreise|"
                            r"informierte|eingeweihte))")
_HEADLINE_TO = re.compile(r"^[^,;:]*?(?-i:[A-Z][\w&.'’-]*)\s+to\s+(?:be\s+)?$")
_CONTRAST = re.compile(r"^\s*(aber|doch|jedoch|während|sondern|but|while|whereas|however|although|obwohl)\b",
                       re.IGNORECASE)
_LEADING_SUBORDINATE = re.compile(r"^\W*(dass|daß|ob|that|whether)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"^\s*(dass|daß|that|um|ob|wonach|damit|wie|to|als)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ModalityResult:
    modality: str
    cue: str | None


def _clauses(sentence: str) -> list[tuple[int, int]]:
    spans, last = [], 0
    for m in _CLAUSE_SPLIT.finditer(sentence):
        spans.append((last, m.start()))
        last = m.end()
    spans.append((last, len(sentence)))
    return spans


def _frame_start(sentence: str, clauses: list[tuple[int, int]], idx: int) -> int:
    """Start of the stretch that can frame clause `idx`: back to a contrast clause."""
    start = clauses[idx][0]
    if _CONTRAST.match(sentence[clauses[idx][0]:clauses[idx][1]]):
        return start
    for j in range(idx - 1, -1, -1):
        start = clauses[j][0]
        if _CONTRAST.match(sentence[clauses[j][0]:clauses[j][1]]):
            break
    return start


def _german_future(clause: str) -> bool:
    m = _DE_FUTURE.search(clause)
    if not m:
        return False
    rest = m.group("rest").strip().rstrip(".!?")
    if not rest:
        return False
    if _DE_PARTICIPLE_END.search(rest):
        return False
    last = rest.split()[-1]
    return last.lower().endswith("en") and not last[:1].isupper()


def _clause_extent(sentence: str, clauses: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(clauses):
        if s <= pos <= e:
            return i
    return len(clauses) - 1


def detect_modality(sentence: str, trigger_start: int, trigger_end: int, lang: str = "de") -> ModalityResult:
    """Modality of the event whose trigger spans [trigger_start, trigger_end) of `sentence`.

    The trigger clause is extended over a following clause that holds the
    German verb-final part ("..., die Hälfte außerhalb Chinas, eröffnen will"
    is rare, but "Stores zu eröffnen" after a comma is common), so the
    clause right after the trigger counts too when it is short.
    """
    clauses = _clauses(sentence)
    idx = _clause_extent(sentence, clauses, trigger_start)
    c_start, c_end = clauses[idx]
    # a following subordinate clause ("..., das ... eröffnen will") does not frame the trigger,
    # but a short continuation ending in the verb does
    if idx + 1 < len(clauses):
        nxt = sentence[clauses[idx + 1][0]:clauses[idx + 1][1]]
        if len(nxt.split()) <= 3 and not _SUBORDINATE.match(nxt):
            c_end = clauses[idx + 1][1]
    clause = sentence[c_start:c_end]
    frame_start = _frame_start(sentence, clauses, idx)
    frame = sentence[frame_start:c_start] if frame_start < c_start else ""
    if idx == 0 and _LEADING_SUBORDINATE.match(sentence) and len(clauses) > 1:
        # "Dass Apple und Hyundai ... bauen, halten Kenner für möglich": the main clause after frames it
        frame += " " + sentence[clauses[1][0]:clauses[1][1]]

    best = ModalityResult("asserted", None)
    for cue, regex in _COMPILED:
        if cue.lang != lang and lang in ("de", "en"):
            continue
        found = regex.search(clause)
        if found and lang == "en" and cue.modality in ("planned", "expected") and \
                c_start + found.start() >= trigger_end:
            found = None  # English puts plans before the verb: "opened an office ... and plans to sell" is asserted
        if not found and cue.scope == "frame" and frame:
            found = regex.search(frame)
        if found and RANK[cue.modality] > RANK[best.modality]:
            best = ModalityResult(cue.modality, found.group(0).strip())
    if best.modality == "asserted" and lang == "en" and _HEADLINE_TO.search(sentence, 0, trigger_start):
        best = ModalityResult("planned", "to")  # the headline future: "Brookmoor to buy Linnea for $650 million"
    if best.modality == "asserted" and any(
            _HEARSAY_AFTER.match(sentence[a:b]) for a, b in clauses[idx + 1:]):
        best = ModalityResult("speculative", "unconfirmed source")
    if best.modality == "asserted" and lang != "en" and _german_future(clause):
        best = ModalityResult("planned", "werden + Infinitiv")
    if RANK[best.modality] < RANK["speculative"] and sentence.rstrip().rstrip("\"“”»«'").endswith("?"):
        best = ModalityResult("speculative", "?")  # "Schafft Xiaomi den Sprung nach Europa?" asks, it does not report
    return best
