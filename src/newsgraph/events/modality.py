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
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.events.triggers import factored, lower_twin, lowered_for_twins, twin_alternatives, twin_rules_out

RANK = {"negated": 4, "speculative": 3, "expected": 2, "planned": 1, "asserted": 0}


@dataclass(frozen=True)
class Cue:
    modality: str
    pattern: str
    scope: str  # "clause" | "frame"
    lang: str  # "de" | "en": German "plant" (plans) is an English factory


# talks that ended "ohne Ergebnis": a negation cue here; the meeting itself took place (extract._NO_OUTCOME)
NO_RESULT_DE = r"ohne (eine |jede )?(einigung|ergebnis|abschluss|durchbruch)"

CUES: tuple[Cue, ...] = (
    # negation ------------------------------------------------------------------------------
    # ("so viel wie nie zuvor", "like never before": a record, no negation)
    Cue("negated", r"\b(nicht|(?<!\bwie )nie|niemals|kein(e|en|em|er|es)?|weder)\b"
                   r"(?! nur\b)(?! zuletzt\b)(?! mehr als\b)(?! ende\b)", "clause", "de"),
    Cue("negated", r"\b(not|(?<!\blike )(?<!\bas )never|no|neither|n't)\b"
                   r"(?! only\b)(?! later than\b)(?! longer\b)(?! more than\b)|n't\b", "clause", "en"),
    Cue("negated", r"\b(dementier\w*|bestreit\w*|bestritt\w*|wies? (\S+ ){0,8}?zurück|weist (\S+ ){0,8}?zurück|"
                   r"zurückgewiesen|abgesagt\w*|sagt\w* (\S+ ){0,4}?ab|gescheitert\w*|scheitert\w*|geplatzt\w*|platzt\w*|"
                   r"abgeblasen\w*|verworfen\w*|ausgeschlossen|schließ(t|e|en) (\S+ ){0,8}?aus|schloss(en)? (\S+ ){0,8}?aus|"
                   r"vom tisch|"
                   r"kein thema|nicht in frage|nicht infrage|nicht zur debatte|nicht zur diskussion|"
                   # turning down (not a comment: "lehnte eine Stellungnahme ab")
                   r"abgelehnt|abzulehnen|ablehn\w*|lehnt\w* (?!(\S+ ){0,4}?(stellungnahme|kommentar)\w*)(\S+ ){0,8}?ab|"
                   # giving up, withdrawing, breaking off, forbidding, shelving
                   r"verzicht\w*|zurückgezogen|zurückzuziehen|zieht (\S+ ){0,6}?zurück|zog\w* (\S+ ){0,6}?zurück|"
                   r"abgebrochen|abzubrechen|brach\w* (\S+ ){0,6}?ab|bricht (\S+ ){0,6}?ab|untersag\w*|"
                   r"auf eis gelegt|legt\w* (\S+ ){0,6}?auf eis|keine pläne|keine absicht|kein interesse|"
                   # "Die Fusionsgespräche … sind ohne Einigung beendet worden": talks that end without a result
                   r"\w*(verhandlungen|gespräche)\b[^,;:]{0,80}?\b(beendet|abgebrochen|eingestellt)|"
                   + NO_RESULT_DE + r"\b)\b", "frame", "de"),
    Cue("negated", r"\b(den(y|ies|ied|ying)|rejected|(is|was|were|are) [\"“]?(pure |complete |total )?(fiction|"
                   r"untrue|false|baseless|unfounded|nonsense)|rules? out|ruled out|called off|calls off|abandon(s|ed)|scrapped|"
                   r"failed to|fell through|off the table|no plans|no intention|no interest in|"
                   # giving up, withdrawing, blocking, shelving
                   r"walk(s|ed|ing)? away|pull(s|ed|ing)? out|withdr(ew|awn|aws|awing)|"
                   r"(drop|drops|dropped|dropping) (its|the|their|a|his|her) (\S+ ){0,2}?(bid|offer|plans?|deal|"
                   r"proposal|pursuit|interest)|terminat\w* (its|the|their|a) (\S+ ){0,2}?(agreement|deal|contract|"
                   r"merger|partnership|talks|negotiations)|"
                   r"(blocked|blocks|prohibited|prohibits|vetoed) (the|a|its|their) (\S+ ){0,3}?(deal|merger|"
                   r"takeover|acquisition|sale|purchase|bid|transaction|combination)|"
                   r"(was|were|has been|had been) (blocked|prohibited|vetoed)|shelv(e|es|ed|ing)|"
                   # a rumour or report knocked down: "Rumours that X would buy Y were shot down by Z"
                   r"(was|were|has been|have been|had been) (shot down|quashed|rebuffed)|"  # (not "dismissed": workers are)
                   r"on hold|(declined|declines|refused|refuses) to (buy|acquire|invest|bid|join|sign|participate|"
                   r"pursue|proceed|extend|renew|merge|sell|take over)|"
                   r"(deal|talks|merger|takeover|acquisition|bid|agreement|negotiations|discussions)\b[^,;:.]{0,120}?\b(collapsed|"
                   r"fell apart|broke down|(have|has|had) stalled|stalled)|turn(s|ed)? down|rebuff\w*|spurn\w*|reject\w*|dismiss\w* (the |those |these )?(rumou?r|report|speculation|claim)\w*|"
                   r"(rumou?r|report|speculation|claim)s?\b[^,;:]*\b(were|was|have been|has been) dismissed|"
                   r"(?<!-)cancel\w*|on ice|(ended|ends|end) (\S+ ){0,2}?(talks|negotiations|discussions)|"
                   r"(talks|negotiations|discussions) (\S+ ){0,3}?(ended|were ended|have ended)|"
                   # "talks between X and Y have ended without a deal", "broke up without agreement"
                   r"without (a |an |any )?(deal|agreement|result|breakthrough|accord))\b",
        "frame", "en"),
    # averted: what was averted or prevented did not happen ("Die Insolvenz ist abgewendet", "A strike was
    # averted"); only in the trigger's clause ("Um die Pleite abzuwenden, streicht X 500 Stellen" cuts jobs)
    Cue("negated", r"\b(abgewendet|abgewandt|(hat|haben|hatte|hatten|wurde|wurden|ist|sind|war|waren|konnte|konnten)\b"
                   r"[^,;:]{0,80}?\bverhindert|gerettet)\b", "clause", "de"),
    Cue("negated", r"\b(avert(s|ed|ing)?|stave[sd]? off|staving off|head(s|ed)? off|(was|were|been|has|have|had) "
                   r"(narrowly |successfully )?(avoided|prevented))\b", "clause", "en"),
    # speculation ----------------------------------------------------------------------------
    Cue("speculative", r"\b(angeblich|vermutlich|wahrscheinlich|möglicherweise|möglich\w*|vielleicht|eventuell|"
                       r"womöglich|mutmaßlich|offenbar|gerüchte\w*|gerücht|\w*gerüchten|spekul\w*|unbestätigt\w*|"
                       r"(kreisen|\w*berichten|insidern|informationen) zufolge|unklar|ungewiss|ist offen|noch offen|"
                       r"offen ist|ob|"
                       r"gilt (\S+ ){0,4}?als (favorit|kandidat|anwärter)\w*|favorit\w*|"
                       r"erwäg\w*|prüft|prüfen|prüfe|prüfte|prüften|in gesprächen|verhandel\w*|verhandelt|in verhandlungen|im gespräch(?! mit)|"
                       r"könnte\w*|soll(en)? (\S+ ){0,12}?(haben|sein|worden sein|wollen)|dem vernehmen nach|"
                       r"(gespräche|verhandlungen) (über|zu[rm]?|um)|"
                       # sounding out and interest; hearsay that names no source
                       r"sondier\w*|lote\w* (\S+ ){0,6}?aus|auszuloten|ausgelotet|interessiert\w*|interessenten|"
                       r"interesse an|mit dem gedanken|denkbar|stehen? im raum|insider\w*|nach (informationen|"
                       r"recherchen)|unter berufung auf|verlautet\w*)\b", "frame", "de"),
    Cue("speculative", r"\b(reportedly|rumou?r\w*|allegedly|probably|possibly|perhaps|maybe|likely|unlikely|"
                       r"unconfirmed|speculat\w*|could|might|(?-i:may)|consider(s|ing|ed)|in talks|talks to|"
                       r"negotiat(?!ors?\b)\w*|sources said|people familiar|said to be|is said to|are said to|whether|unclear|"
                       r"tipped|frontrunner|front-runner|"
                       # weighing options, sounding out, interest; hearsay
                       r"weigh(s|ing|ed)? (a|an|the|its|their|options|whether|selling|buying|bid|sale|offer)|"
                       r"explor(e|es|ing|ed) (a|an|the|its|their|options|whether|selling|buying|strategic|alternatives|"
                       r"sale|possible)|mull\w*|sound(s|ed|ing)? out|approached|discussions|interested in|"
                       r"eye(s|ing|d)? (a|an) (possible |potential )?(acquisition|takeover|bid|purchase|deal|stake|"
                       r"merger|sale)|"
                       r"(is|are|was|were) (reported|understood|rumou?red|believed|thought) to|"
                       r"citing (\S+ ){0,3}?(sources|people|insiders|persons)|insiders?|"
                       r"talks (about|on|over)|(is|are) studying)\b", "frame", "en"),
    # expectation ------------------------------------------------------------------------------
    # at stake: jobs or a company at risk are a possibility ("Jobs stehen auf der Kippe", "roles are at risk")
    Cue("speculative", r"\b(auf der kippe|wackel\w*|gefährdet|in gefahr|bedroht|stehen? zur disposition)\b", "clause",
        "de"),
    Cue("speculative", r"\b(at risk|in jeopardy|under threat|on the line)\b", "clause", "en"),
    Cue("expected", r"\b(erwart\w*|voraussichtlich|dürfte\w*|rechne\w* (\S+ ){0,4}?(da)?mit|prognostizier\w*|"
                    r"gehen? (\S+ ){0,3}?davon aus|sollte\w*|droh\w*|nach einschätzung|einschätzung|"
                    # a forecast held out: "Für 2027 stellt X einen Umsatz von … in Aussicht"
                    r"stell\w* (\S+ ){0,10}?in aussicht|in aussicht gestellt|"
                    r"gilt (\S+ ){0,4}?als (sicher|ausgemacht|beschlossene sache|so gut wie)|"
                    r"gelten (\S+ ){0,4}?als sicher|"
                    r"stehen? (\S+ ){0,4}?kurz vor|"
                    # an end or a measure that lies ahead: "steht vor der Pleite", "steht vor dem Aus"
                    r"st(eht|ehen|and|anden) (\S+ ){0,4}?vor (der|dem|einer|einem) (\w+ )?(pleite|insolvenz|"
                    r"zahlungsunfähigkeit|konkurs|aus|schließung|abwicklung|zerschlagung|übernahme|verkauf|fusion|"
                    r"abspaltung|aufspaltung|stellenabbau|streik\w*))\b",
        "frame", "de"),
    Cue("expected", r"\b(expect(s|ed|ing)?|anticipat\w*|forecast\w*|projected|predict\w*|on track to|set to|"
                    r"poised to|should|(is|are) close to|on the verge of|"
                    r"near(s|ing)? (a|an|the) (\S+ ){0,2}?(deal|agreement)|on the brink of|teeter\w* on|"
                    r"(face|faces|facing|faced) (a |an |possible |likely |imminent )?(bankruptcy|insolvency|collapse|"
                    r"administration|closure|strikes?|walkouts?|job cuts|layoffs|liquidation)|"
                    r"heading (for|towards?) (bankruptcy|insolvency|administration|collapse|liquidation))\b",
        "frame", "en"),
    # plans / future -------------------------------------------------------------------------
    # "Software für die Planung von Schichtdiensten", "ein Tool zur Planung": planning as what a product is for,
    # no plan of the company
    Cue("planned", r"\b(plan(e|en|t|te|ten|st|s|spiel)?|(?<!für die )(?<!zur )planung(en)?|"
                   r"pläne\w*|geplant\w*|beabsichtig\w*|will|wollen|wollte\w*|wolle|möchte\w*|soll|sollen|"
                   r"vorgenommen|(hat|haben|hatte|hatten)( \S+){0,4}? vor(?= *(,|$))|"
                   r"kündig\w* (\S+ ){0,6}?an|angekündigt\w*|ankündig\w*|strebt (\S+ ){0,6}?an|vorhaben|"
                   r"vorgesehen|zum ziel|ziel ist|bis (ende )?20\d\d|künftig|demnächst|in (den )?(kommenden|nächsten)|"
                   r"bis (zum |spätestens )?(jahresende|jahresmitte|ende des jahres|mitte 20\d\d|anfang 20\d\d)|"
                   r"scheidend\w*|peil\w* (\S+ ){0,10}?an|angepeilt\w*|anvisiert\w*|visier\w* (\S+ ){0,8}?an|"
                   r"urabstimmung)\b", "frame", "de"),
    Cue("planned", r"\b(plan(s|ned|ning)?|intend(s|ed)?|intention|will|shall|wants? to|aims? to|going to|"
                   r"announc(e|es|ed|ing) plans|to open|upcoming|next year|in the coming|by 20\d\d|"
                   r"call(s|ed)? (on|for)|would(?! have)|(is|are) to|(is|are|was|were) (due|slated|scheduled) to|"
                   r"looking to|hop(e|es|ing) to|seek(s|ing)? to|prepar(es|ing) to|on course to|targets? (a |an )?"
                   r"(revenue|sales|profit|turnover|\$|€)|targeting|aim(s|ing)? for|"
                   r"(authori[sz]\w*|approv\w*|back\w*|vot\w* (for|in favou?r of|to)) (a |an |the )?(\S+ )?"
                   r"(strike|walkout|industrial action))\b|"
                   r"'ll\b", "frame", "en"),
)

_COMPILED = tuple((c, re.compile(c.pattern, re.IGNORECASE)) for c in CUES)
# each cue's twin: its pattern in lower case, case-sensitive, for lower-cased text (a case-sensitive word such as
# "(?-i:may)" widened by `_widened`; None for any other case-sensitive part, which lower-casing would change); only
# asked whether and where it first finds something, so its alternatives are regrouped by `factored`
_CASE_SENSITIVE_WORD = re.compile(r"\(\?-i:([a-zäöüß]+)\)")


def _widened(pattern: str) -> str:
    """The cue with its case-sensitive lower-case words ("(?-i:may)", not the month "May") made plain: in lower-cased
    text its twin then finds a match wherever the cue does (and at "May" too), which is all `_CueText.search` asks
    of a twin before it runs the cue itself; the first match of the cue starts at or after the twin's first one."""
    return _CASE_SENSITIVE_WORD.sub(r"\1", pattern)


_TWINS = tuple(lower_twin(_widened(c.pattern)) for c in CUES)


class _CueText:
    """A clause or frame that several cues are searched in.

    The regex engine skips ahead much faster over lower-case text with a case-sensitive pattern than with
    IGNORECASE (the cue list runs about 2.3 times faster), so a cue is searched in the original text only where its
    twin finds something in the lower-cased text, and from the twin's first match on; the match, its offsets and its
    words come from the cue itself. The twin finds a match exactly where the cue does (`lowered_for_twins`), or also
    at a few more places when it is widened (`_widened`); texts where lower-casing is not exact go to the cue
    directly."""

    __slots__ = ("text", "lowered", "cued")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = lowered_for_twins(text)
        # language → every place where a twin of its cues matches, in order (most clauses have none): a cue's twin
        # matches only at some of them, so it is tried there instead of scanning the clause once per cue
        self.cued: dict[str, tuple[int, ...]] = {}

    def _cued(self, lang: str) -> tuple[int, ...]:
        places = self.cued.get(lang)
        if places is None:
            found, pos, union = [], 0, _ANY_TWIN[lang]
            while (m := union.search(self.lowered, pos)) is not None:  # type: ignore[arg-type]
                found.append(m.start())
                pos = m.start() + 1
            places = self.cued[lang] = tuple(found)
        return places

    def holds_no_cue(self, lang: str) -> bool:
        """True when `search` finds nothing for every cue of `lang`: each has a twin and the union of their twins
        finds nothing here. Most clauses hold no cue, and the cue loop of `detect_modality` then has nothing to do."""
        return self.lowered is not None and _ALL_TWINNED.get(lang, False) and not self._cued(lang)

    def search(self, index: int) -> re.Match[str] | None:
        twin = _TWINS[index]
        if self.lowered is not None and twin is not None:
            for pos in self._cued(CUES[index].lang):
                if twin.match(self.lowered, pos):
                    # the cue's first match starts where its twin's does: the cue is tried from there on (`pos`
                    # keeps what lies before in view of look-behinds and word boundaries, so the match is the one a
                    # full search finds)
                    return _COMPILED[index][1].search(self.text, pos)
            return None
        return _COMPILED[index][1].search(self.text)


# all twins of a language in one pattern (regrouped by `factored`): it finds a match exactly where one of them does,
# so the places where it matches hold every place where one of them does
_ANY_TWIN = {lang: re.compile(factored([a for c, twin in zip(CUES, _TWINS) if c.lang == lang and twin is not None
                                        for a in twin_alternatives(_widened(c.pattern))]))
             for lang in {c.lang for c in CUES}}
# the languages whose cues all have twins (`_CueText.holds_no_cue` can answer for them), and the indexes of each
# language's cues in `_COMPILED` order (`detect_modality` asks a German or English clause only for its own cues)
_ALL_TWINNED = {lang: all(twin is not None for c, twin in zip(CUES, _TWINS) if c.lang == lang)
                for lang in {c.lang for c in CUES}}
_CUES_OF = {lang: tuple(i for i, c in enumerate(CUES) if c.lang == lang) for lang in {c.lang for c in CUES}}

# German future: "wird/werden ... <infinitive>" at the end of the clause; "werde" in reported speech
# ("Siemens werde X übernehmen, sagte ein Sprecher").
_DE_FUTURE = re.compile(r"\b(wird|werden|wirst|werde)\b(?P<rest>[^,;:]*)$", re.IGNORECASE)
_DE_PARTICIPLE_END = re.compile(r"\b(ge\w+(t|en)|\w+iert|übernommen|erworben|verkauft|ernannt|berufen|"
                                r"entlassen|abgespalten|ausgegliedert|vorgestellt|eröffnet|beendet)\s*$",
                                re.IGNORECASE)
# (a quote that opens inside a clause and goes on in lower case continues it: 'a move into Hungary is "not on the
# agenda"' is one clause)
# (a comma between digits is a decimal or thousands mark, "2,4 Milliarden", "1,200 jobs": no clause ends there)
# ("said it would not X and that it would Y": a second reported statement with its own pronoun subject is a clause of
# its own)
# (each alternative opens with the character it consumes, its look-behind after it: "(?<!\d)," is written
# ",(?<!\d,)", "(?<!\w\s)[\"“]" is "[\"“](?<!\w\s[\"“])". The regex engine then skips to the next character that can
# open a match instead of trying the whole pattern at every character, which halves the scan;
# tests/events/test_clause_split.py checks that it splits the gold sentences as the plain spelling does)
_CLAUSE_SPLIT = re.compile(r",(?<!\d,)|,(?!\d)|[;:()\u2013\u2014]|\s(?=(?:and that (?:it|they|we|he|she)|und dass (?:es|sie|wir|er|man))\s)|\s-\s|[\"\u201c](?<!\w\s[\"\u201c])|[\"\u201c](?![a-z])|\u201e|\u201d")
# an unconfirmed source named after a statement of fact makes it hearsay: "X has hired Y, people familiar with the
# matter said", "..., wie aus Unternehmenskreisen verlautete" (a stated expectation stays expected)
_HEARSAY_AFTER = re.compile(r"(?i)^\s*(people familiar with|(according to )?(people|sources|insiders) (close to|"
                            r"familiar|said|say|told|with knowledge)|(two|three|several) (people|sources)|"
                            r"heißt es in \w*kreisen|wie aus \w*kreisen|hieß es in \w*kreisen|"
                            r"(berichtet\w*|meldet\w*|schreibt|schrieb) [^,;]{0,40}unter berufung auf (insider|kreise|"
                            r"informierte|eingeweihte))")
# (not a day or month before "to": "agreed on Tuesday to buy", "said in March to close" are past verbs' infinitives)
_HEADLINE_TO = re.compile(r"^[^,;:]*?(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                          r"February|March|April|May|June|July|August|September|October|November|December)\s)"
                          r"[A-Z][\w&.'’-]*)\s+to\s+(?:be\s+)?$")
# a clause after the trigger that says what a deal provides for
_TERMS_CLAUSE = re.compile(r"(?i)\b(under which|whereby|wherein|under the terms of which|in deren rahmen|"
                           r"in dessen rahmen|wonach|"
                           # what the deal will bring about: "in an all-share deal that will create the third-largest X"
                           r"(deal|agreement|transaction|merger|combination|tie-up|takeover|acquisition|contract)s?"
                           r"\s+(that|which))\b")
# a deal noun whose relative clause tells it as signed: "under a franchise agreement that X signed last week", "ein
# Vertrag, den X im Mai unterzeichnet hat"; the clause around it (a plan it serves) does not make the deal a plan
_SIGNED_RELATIVE = re.compile(r"(?i)\s*(?:(?:that|which)\s+(?:\S+\s+){0,5}?(?:signed|struck|sealed|inked|concluded|"
                              r"reached)\b|,\s+(?:die|den|das)\s+(?:\S+\s+){0,12}?(?:unterzeichnet|unterschrieben|"
                              r"geschlossen|abgeschlossen)\s+(?:hat|haben|hatte|hatten)\b)")
_DEAL_NOUN = re.compile(r"(?i)[\w-]*(agreement|deal|contract|pact|accord|vertrag|vereinbarung|abkommen)")
# a relative clause after an English trigger, with the cue as its verb: "agreed to combine in an all-stock merger that
# would create the largest ...", "a deal which could value X at ...": what the event would bring, not whether it
# happens ("said that it would" is no relative clause: a pronoun or noun stands between "that" and the cue)
_EN_RELATIVE_RIGHT_AFTER = re.compile(r"(?i)\b(that|which)\s+((?-i:[a-z]+ly)\s+)?$")
# a German sentence that opens with reports and their content ("Berichte, wonach X Y übernehmen wolle, wies Z
# zurück"): the main clause after the content says what becomes of it
_REPORT_FIRST_DE = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:Berichte?n?|Meldungen?|Gerüchte?n?|Spekulationen),\s+"
                              r"(?:wonach|dass|denen zufolge)\s")
_DENIED_AFTER_DE = re.compile(r"(?i)^[^.;:]{0,40}?\b(wies\w*|weist|wiesen)\s+(\S+\s+){0,8}?zurück\b|"
                              r"^[^.;:]{0,40}?\b(dementiert\w*|bestritt\w*|bestreitet|bestreiten)\b")
# an English purpose infinitive right before a cue after the trigger ("... to avert the strike")
_PURPOSE_TO = re.compile(r"(?i)\bto\s+$")
_CONTRAST = re.compile(r"^\s*(aber|doch|jedoch|während|sondern|but|while|whereas|however|although|obwohl)\b",
                       re.IGNORECASE)
_LEADING_SUBORDINATE = re.compile(r"^\W*(dass|daß|ob|that|whether)\b", re.IGNORECASE)
# a reason or time clause states its own fact: "weil X seit Jahren Verluste schreibt" is not framed by the main
# clause's "halten für wahrscheinlich", and "after the company rejected their demands" does not negate the walkout
# before it
_REASON_OR_TIME = re.compile(r"\b(weil|nachdem|zumal|because|after|since)\b", re.IGNORECASE)
_LEADING_REASON_OR_TIME = re.compile(r"\s*(?:\w+\s+){0,2}?(weil|nachdem|zumal|because|after)\b(?!\s+(?:dem|der|den|the|a|an|its|their)\s+\w+\s*$)",
                                     re.IGNORECASE)
"""A clause that opens with a reason or time conjunction; a bare phrase ("After the talks") is no clause."""
# an English participle clause that tells a consequence of the clause before ("…, putting 140 jobs at risk")
_CONSEQUENCE_EN = re.compile(r"\s*(putting|placing|threatening)\s", re.IGNORECASE)
# an English relative pronoun: the trigger inside "a retailer with which X has signed a partnership" is the relative
# clause's own statement, not framed by the main clause ("will be offered by ...")
# "…, die Sparte X abzuspalten": an infinitive clause an earlier "es sei geplant" frames, no relative clause
_ZU_INFINITIVE_END = re.compile(r"(\bzu\s+\w+|\w+zu\w+)en\W*$", re.IGNORECASE)
_EN_RELATIVE_IN = re.compile(r"\b(which|whom|whose)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"^\s*(dass|daß|that|um|ob|wonach|damit|wie|to|als)\b", re.IGNORECASE)
_NEW_VERB_PHRASE = re.compile(r"(?i)\b(and|but|or|while|whereas)\b")
_AFTER_PP = re.compile(r"(?i)\b(nach|seit|after|following|since)\s+(dem|der|den|einem|einer|the|a|an|its|their|his|"
                       r"her)\s+(\S+\s+){0,3}?$")
# an English clause of time with its own past verb (the trigger): "a year after it entered the market", "since they
# merged" (the phrase's own words count, not the sentence's plan)
_AFTER_PAST_EN = re.compile(r"(?i)\b(after|since)\s+(it|they|he|she|the company|the group)\s+$")
_PAST_WORD_EN = re.compile(r"[a-z]+ed\b")
_RELATIVE_THAT = re.compile(r"(?i)\b(that|which)\s+$")
_DE_COORDINATED = re.compile(r"(?i)\b(und|sowie|aber|doch|jedoch)\s+(\w+\s+)?$")  # "... übernommen und (nun) will"
_REPORTING_START = re.compile(r"^\s*(sagt\w*|teilt\w*|hieß|heißt|erklärt\w*|bericht\w*|so|said|says|told)\b",
                              re.IGNORECASE)

# "nicht ausschließen", "schließt ... nicht aus", "did not rule out": a possibility, not a denial. The words are
# replaced by a speculative cue word of the same length before the other cues are read.
_NOT_EXCLUDED = {
    "de": (re.compile(r"(?i)\bnicht (\S+ ){0,3}?aus(zu)?(schließen|schließt|geschlossen)\b|"
                      r"\b(schließ|schloss)\w* (\S+ ){0,8}?nicht (\S+ ){0,2}?aus\b"), "möglich"),
    "en": (re.compile(r"(?i)(\bnot|n't|\bnever) (\S+ ){0,2}?(rule|rules|ruled|ruling) (\S+ ){0,5}?out\b|"
                      r"(\bnot|n't) (\S+ ){0,1}?exclud\w*"), "possibly"),
}
_NOT_EXCLUDED_TWINS = {lang: lower_twin(regex.pattern) for lang, (regex, _) in _NOT_EXCLUDED.items()}
# words one of which every match holds, in lower case (tests/events/test_modality_needs.py checks them against the
# patterns): where lower-casing is exact (`lowered_for_twins`) and the lower-cased text holds none of them, the pattern
# finds nothing, and a few substring tests answer faster than the twin's scan of the sentence
_NOT_EXCLUDED_NEEDS = {"de": ("nicht",), "en": ("not", "n't", "never")}


def _holds_none(text: str, words: tuple[str, ...]) -> bool:
    lowered = lowered_for_twins(text)
    return lowered is not None and not any(w in lowered for w in words)


def _search_with_twin(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`regex.search(text)`, skipped where the regex's lower-case twin (`lower_twin`, remembered per regex) finds
    nothing in the lower-cased text: most sentences hold no temporal phrase or hearsay cue. Before the twin, the words
    of `_NEEDS` rule most sentences out with a few substring tests."""
    if regex not in _TWIN_OF:
        _TWIN_OF[regex] = lower_twin(regex.pattern)
    needs = _NEEDS.get(regex)
    if needs is not None and _holds_none(text, needs):
        return None
    return None if twin_rules_out(_TWIN_OF[regex], text) else regex.search(text)


_TWIN_OF: dict[re.Pattern[str], re.Pattern[str] | None] = {}
# a relative clause describes a noun; it frames nothing that follows ("Bosch, das eine Übernahme plante, hat
# 500 Stellen gestrichen"; "Siemens, which has no plans to cut jobs, opened a plant")
_RELATIVE = {
    "de": re.compile(r"^\s*((mit|von|vom|über|an|am|auf|für|bei|beim|in|im|aus|nach|zu|zum|zur|gegen|durch|unter|"
                     r"um|wegen|seit)\s+)?(der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?)\s+\S"
                     r".*\s(?-i:[a-zäöüß])\w*\s*$", re.IGNORECASE),
    "en": re.compile(r"^\s*((of|in|for|with|by|to|at|from|on)\s+)?(which|who|whom|whose|where)\b", re.IGNORECASE),
}
_PREPOSITIONS = frozenset(("mit", "von", "vom", "über", "an", "am", "auf", "für", "bei", "beim", "in", "im", "aus",
                           "nach", "zu", "zum", "zur", "gegen", "durch", "unter", "um", "wegen", "seit"))
_FINITE_LAST = re.compile(r"(hat|hatte|hatten|ist|war|waren|sind|wurde|wurden|wird|will|wollte|wollten|soll|sollte|"
                          r"kann|konnte|könnte|muss|musste|dürfte|(?-i:[a-zäöüß])\w+te|(?-i:[a-zäöüß])\w+ten)",
                          re.IGNORECASE)
_INFLECTED = re.compile(r"(?!(kein|ein|sein|ihr|unser|dies|jen|welch|manch|all)\w*$)(?-i:[a-zäöüß])\w*(e|en|er|es|em)",
                        re.IGNORECASE)
# after an embedded clause the main clause goes on with its verb ("Die Übernahme von X, die im Mai angekündigt
# worden war, ist gescheitert"); these words start something else
_NOT_A_CONTINUATION = re.compile(
    r"^\s*(?=\S)(?-i:(?![a-zäöüß]))|^\s*(und|oder|aber|sondern|doch|jedoch|dass|daß|weil|wenn|falls|ob|als|wie|so|"
    r"der|die|das|den|dem|des|ein\w*|sagt\w*|teilt\w*|hieß|heißt|erklärt\w*|bericht\w*|hier|dort|and|or|but|the|a|"
    r"an|said|says|told|according|which|who|that|while|whereas|however|to|um|zu|he|she|it|they|we|er|sie|es|wir|man)\b",
    re.IGNORECASE)
# a condition: its event is a possibility; the clause it frames is at least announced, not done
_CONDITION = re.compile(r"^\s*(falls|sofern|wenn|sollten?|vorausgesetzt|if|unless|provided|should)\b", re.IGNORECASE)
# hearsay named after the statement frames the whole sentence ("X bereitet ein Angebot vor, berichtete die
# Zeitung unter Berufung auf Insider"; "..., according to people familiar with the matter")
_HEARSAY = {
    "de": re.compile(r"(?i)\b(unter berufung auf|verlautet\w*|(kreisen|insidern|informationen|berichten) zufolge|"
                     r"nach (informationen|recherchen))\b"),
    "en": re.compile(r"(?i)\b(according to (\S+ ){0,3}?(people|sources|persons|insiders|reports?|media)|"
                     r"(people|sources|persons|insiders) (familiar|close|briefed|with knowledge|knowledgeable)|"
                     r"sources said|citing (\S+ ){0,3}?(sources|people|insiders|persons))\b"),
}
# words one of which every match of these patterns holds (see `_NOT_EXCLUDED_NEEDS`)
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _AFTER_PP: ("nach", "seit", "after", "following", "since"),
    _HEARSAY["de"]: ("berufung", "verlautet", "zufolge", "informationen", "recherchen"),
    _HEARSAY["en"]: ("according to", "people", "sources", "persons", "insiders", "citing"),
}
# a clause-level negation of a framing plan or expectation negates what it frames ("Siemens plant nicht, ...
# zu übernehmen"; "Man habe keine Pläne, Stellen abzubauen")
_NEGATION = {lang: re.compile(next(c.pattern for c in CUES if c.modality == "negated" and c.scope == "clause" and
                                   c.lang == lang), re.IGNORECASE) for lang in ("de", "en")}  # nicht, kein / not, no


_APPOSITION_GLUE = frozenset(("and", "und", "sowie", "&", "or", "oder"))
# determiners and prepositions end a temporal phrase's noun group: "nach dem Willen ihrer Eigentümer <verb>"
_PHRASE_BREAK = frozenset(("der", "die", "das", "des", "dem", "den", "ihrer", "ihres", "seiner", "seines", "eines",
                           "einer", "von", "vom", "zu", "zur", "zum", "für", "mit", "the", "a", "an", "of", "its",
                           "their", "his", "her", "to", "for", "with", "by", "in", "im", "on", "at"))

# an offer or bid is not a done deal: "legt ein Übernahmeangebot vor", "bietet 18 Euro je Aktie für",
# "made an offer for", "launched a bid" (acquisitions, mergers, investments); an accepted offer is done
_OFFER = {
    "de": re.compile(r"(?i)\b(\w*angebot\w*|offerte\w*|bietet|bieten|bot|boten|geboten|unterbreit\w*|\w*gebot)\b"),
    "en": re.compile(r"(?i)\b(offer(s|ed|ing)?|bid(s|ding)?|tender offer|(takeover |buyout )?proposal|counteroffer|"
                     r"counterbid)\b"),
}
_ACCEPTED = {
    "de": re.compile(r"(?i)\b(angenommen|nimmt (\S+ ){0,6}?an|nahm\w* (\S+ ){0,6}?an|akzeptier\w*|zugestimmt|"
                     r"stimmt\w* (\S+ ){0,6}?zu|abgeschlossen|erfolgreich|vollzogen)\b"),
    "en": re.compile(r"(?i)\b(accept\w*|agreed|approved|backed|completed|closed|succeeded|successful|won|wins)\b"),
}
# an absolute phrase after the event ("…, with 15 openings planned in Germany"; "…, mit 20 geplanten Eröffnungen")
_ABSOLUTE = {"de": re.compile(r"(?i)^\s*mit\b"), "en": re.compile(r"(?i)^\s*with\b")}


# a threat under a condition is a possibility, not an expectation (docs/events-gold-format.md, "How modality is
# decided"): "droht mit Streiks, sollte bis Freitag kein Angebot vorliegen", "threatened to walk out if the offer is
# not improved". The threat word stands before the trigger; the condition anywhere in the sentence after the threat.
_THREAT = {
    "de": re.compile(r"(?i)\b(droh(t|en|te|ten)\b.{0,80}\bmit|(an)?gedroht|androh\w*|\w*drohung\w*)"),
    "en": re.compile(r"(?i)\b(threat(en|ens|ened|ening)?\s+(to|of|with)|threats?\s+(to|of))\b"),
}
_CONDITION_WORD = {
    "de": re.compile(r"(?i)\b(sollten?|falls|sofern|wenn|vorausgesetzt)\b"),
    "en": re.compile(r"(?i)\b(if|unless|should)\b"),
}


def _conditional_threat(sentence: str, trigger_start: int, trigger_end: int, lang: str,
                        conditioned: bool) -> int | None:
    """Where the condition of a threat that holds the trigger starts (the sentence's end when a condition clause
    leads: "Sollte kein Angebot vorliegen, droht Verdi mit Streiks"), or None when there is no such threat."""
    threat = _THREAT.get(lang)
    if threat is None:
        return None
    found = threat.search(sentence, max(0, trigger_start - 100), trigger_end)
    if found is None or found.start() > trigger_start:
        return None
    condition = _CONDITION_WORD[lang].search(sentence, found.end())
    if condition is None:
        return len(sentence) if conditioned else None
    return condition.start()


@dataclass(frozen=True)
class ModalityResult:
    modality: str
    cue: str | None


_RECENT_CLAUSES: dict[str, list[tuple[int, int]]] = {}


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """The clause spans of the sentence. Each event asks for them several times (modality, offer, absolute phrase,
    own phrase, clause checks of the event maker), so the spans of the last few sentences are remembered (a pure
    function of the text; a copy is handed out)."""
    spans = _RECENT_CLAUSES.get(sentence)
    if spans is None:
        spans, last = [], 0
        for m in _CLAUSE_SPLIT.finditer(sentence):
            spans.append((last, m.start()))
            last = m.end()
        spans.append((last, len(sentence)))
        if len(_RECENT_CLAUSES) >= 8:
            del _RECENT_CLAUSES[next(iter(_RECENT_CLAUSES))]
        _RECENT_CLAUSES[sentence] = spans
    return list(spans)


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


def _cues_in(text: str, lang: str) -> ModalityResult:
    best = ModalityResult("asserted", None)
    cue_text = _CueText(text)
    for index, (cue, regex) in enumerate(_COMPILED):
        if cue.lang == lang:
            found = cue_text.search(index)
            if found and RANK[cue.modality] > RANK[best.modality]:
                best = ModalityResult(cue.modality, found.group(0).strip())
    return best


def _coordinated(sentence: str, trigger_end: int, cue_start: int, lang: str) -> bool:
    """The cue after the trigger starts a coordinated verb phrase of its own."""
    if lang == "en":
        return bool(_NEW_VERB_PHRASE.search(sentence, trigger_end, cue_start))
    return bool(_DE_COORDINATED.search(sentence[trigger_end:cue_start]))


def _mask_not_excluded(sentence: str, lang: str) -> str:
    """ "schließt eine Übernahme nicht aus" → "möglich" padded to the same length: offsets stay."""
    regex, word = _NOT_EXCLUDED.get(lang, _NOT_EXCLUDED["de"])
    if _holds_none(sentence, _NOT_EXCLUDED_NEEDS.get(lang, _NOT_EXCLUDED_NEEDS["de"])):
        return sentence  # no "nicht" / "not", "n't", "never": nothing to mask
    if twin_rules_out(_NOT_EXCLUDED_TWINS.get(lang, _NOT_EXCLUDED_TWINS["de"]), sentence):
        return sentence  # nothing to mask (most sentences): the twin answers faster (see lower_twin)
    return regex.sub(lambda m: word.ljust(len(m.group(0))) if len(m.group(0)) >= len(word) else m.group(0), sentence)


def _is_relative(piece: str, lang: str) -> bool:
    """A relative clause after a comma; not an article before an adjective and a noun ("der vorläufige
    Insolvenzverwalter rechnet damit")."""
    if not _RELATIVE.get(lang, _RELATIVE["de"]).match(piece):
        return False
    words = piece.split()
    if lang == "en":
        return True
    if words[0].lower() in _PREPOSITIONS:
        words = words[1:]  # "über den zuletzt spekuliert wurde"
    if len(words) < 2:
        return False
    if words[1][:1].isupper():
        # "den Thyssenkrupp lange vorbereitet hatte": a name after the pronoun, the finite verb last (a main
        # clause after a comma, "die Transaktion soll im Mai abgeschlossen werden", has it second)
        return len(words) >= 4 and bool(_FINITE_LAST.fullmatch(words[-1].rstrip(".!?")))
    if words[1].lower() in _ARTICLES and len(words) >= 4 and _FINITE_LAST.fullmatch(words[-1].rstrip(".!?")):
        return True  # "die der US-Investor X anführen sollte": pronoun, then an article, the finite verb last
    return not (len(words) > 2 and _INFLECTED.fullmatch(words[1]) and words[2][:1].isupper())


_ARTICLES = frozenset(("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"))


def _is_apposition(piece: str) -> bool:
    """A comma-enclosed list of names ("A merger of the two chipmakers, Trellis Networks and Skyweave, is ..."); a
    single name ("Der Vorstandschef von X, Rolf Habben Jansen, dementierte ...") names the subject, not a list."""
    words = piece.split()
    return bool(words) and words[0][:1].isupper() and any(w.lower() in _APPOSITION_GLUE for w in words) and all(
        w[:1].isupper() or w.lower() in _APPOSITION_GLUE for w in words)


def _names_the_event(sentence: str, after: re.Match, trigger_start: int, lang: str) -> bool:
    """The temporal phrase ends in the trigger ("nach dem Warnstreik", "after the failed merger talks"), not in
    another noun the trigger follows ("sollen nach dem Willen ihrer Eigentümer fusionieren")."""
    if lang != "en" and not sentence[trigger_start:trigger_start + 1].isupper():
        return False  # a German event noun is capitalised; a verb after the phrase is the clause's own
    between = sentence[after.end(2):trigger_start].split()
    return not any(w.lower() in _PHRASE_BREAK for w in between)


# a comparison clause that refers back to the noun before it, verb last, is embedded like a relative clause: "Einen
# Verkauf der Sparte, wie ihn der Aktionär X gefordert hatte, lehnte der Vorstand ab"
_COMPARISON = re.compile(r"\s*wie\s+(?:ihn|sie|es|er|ihm|ihr|ihnen)\s+\S.*\s(?-i:[a-zäöüß])\w*\s*$", re.IGNORECASE)


def _continuation(sentence: str, clauses: list[tuple[int, int]], idx: int, lang: str) -> str:
    """The rest of the trigger's main clause after embedded relative clauses ("..., die im Mai angekündigt worden
    war, ist gescheitert") or a list of names in apposition, or ""."""
    j = idx + 1
    while j < len(clauses) and (_is_relative(sentence[clauses[j][0]:clauses[j][1]], lang) or
                                _is_apposition(sentence[clauses[j][0]:clauses[j][1]]) or
                                _COMPARISON.match(sentence, clauses[j][0], clauses[j][1])):
        j += 1
    if j == idx + 1 or j >= len(clauses):
        return ""
    piece = sentence[clauses[j][0]:clauses[j][1]]
    return "" if _NOT_A_CONTINUATION.match(piece) else piece


def _quote_only(gap: str) -> bool:
    """Two clause pieces split only by a quotation mark belong to one clause ("stehe „nicht zur Debatte“")."""
    return gap.strip() in ("„", "“", "”", "\"", "»", "«")


# an attempt told in the past ("hatte versucht, X zu übernehmen", "tried to buy X") that the same sentence says was
# turned down or failed: the event did not happen
_ATTEMPT_BEFORE = re.compile(r"(?i)\b(versucht|versuchte|versuchten|tried|attempted)\b[^.;:!?]*$")
_REBUFFED = re.compile(r"(?i)\b(abgelehnt|lehnte\w* (\S+ ){0,8}?ab|zurückgewiesen|wies\w* (\S+ ){0,8}?zurück|scheiterte|"
                       r"gescheitert|rejected|rebuffed|turned down|failed|blocked|blockiert\w*)\b")


# a rumour or report told in the sentence before the trigger, and its denial after it: the denial wins, as across
# sentences ("Gerüchte, wonach X in den Markt einsteigen wolle, wies ein Sprecher zurück", "reports that X would
# close the plant were denied by …")
_RUMOUR_BEFORE = re.compile(r"(?i)\b(gerücht\w*|bericht\w*|spekulation\w*|rumou?rs?|reports?|speculation)\b[^.;:!?]*$")
_DENIED_AFTER = re.compile(r"(?i)\b(dementier\w*|wies\w* (\S+ ){0,8}?zurück|weist (\S+ ){0,8}?zurück|zurückgewiesen|"
                           r"bestritt\w*|bestreit\w*|denied|denies|dismissed)\b")


_SHORT_BRACKET = re.compile(r"\([^()\s,;:]{1,12}\)")


def signed_relative(sentence: str, trigger_start: int, trigger_end: int) -> re.Match | None:
    """The relative clause after a deal noun that tells the deal as signed (see `_SIGNED_RELATIVE`), or None."""
    if not _DEAL_NOUN.fullmatch(sentence[trigger_start:trigger_end]):
        return None
    return _SIGNED_RELATIVE.match(sentence, trigger_end)


def detect_modality(sentence: str, trigger_start: int, trigger_end: int, lang: str = "de") -> ModalityResult:
    """Modality of the event whose trigger spans [trigger_start, trigger_end) of `sentence`.

    The trigger clause is extended over a following clause that holds the
    German verb-final part ("..., die Hälfte außerhalb Chinas, eröffnen will"
    is rare, but "Stores zu eröffnen" after a comma is common), so the
    clause right after the trigger counts too when it is short; and over the
    rest of its main clause after an embedded relative clause. Earlier clauses
    frame it, except relative clauses (they describe a noun) and conditions
    (a condition makes what it frames announced, not done).
    """
    sentence = _mask_not_excluded(sentence, lang)
    if "(" in sentence:
        # a short bracket ("bei den Kölner Verkehrs-Betrieben (KVB) schloss Verdi aus", "Miriam Olbers (44)") is part
        # of its noun phrase, no clause boundary: blanked, offsets kept
        sentence = _SHORT_BRACKET.sub(lambda m: " " * len(m.group(0)), sentence)
    signed = signed_relative(sentence, trigger_start, trigger_end)
    if signed is not None:
        return _cues_in(sentence[trigger_start:signed.end()], lang)
    if "+++" in sentence:
        # a wire ticker joins separate reports with "+++": only the trigger's own report counts
        a = sentence.rfind("+++", 0, trigger_start)
        b = sentence.find("+++", trigger_end)
        a = a + 3 if a >= 0 else 0
        b = b if b >= 0 else len(sentence)
        sentence = " " * a + sentence[a:b] + " " * (len(sentence) - b)
    after = _search_with_twin(_AFTER_PP, sentence[:trigger_start])
    if after and _names_the_event(sentence, after, trigger_start, lang):
        # "Nach dem Warnstreik am Montag hat Verdi ... angekündigt", "after the failed merger talks": the event named
        # in a temporal phrase has happened; only the phrase's own words ("nach der geplatzten Übernahme") count
        own = _cues_in(sentence[after.start():trigger_end], lang)
        if lang == "en" and own.modality != "negated":
            # "weeks after its planned acquisition of X fell apart": "after" opens a clause whose verb, up to the
            # clause's end, may say the event did not happen; only that verdict is taken from the rest
            clause_end = next((b for a, b in _clauses(sentence) if a <= trigger_end <= b), len(sentence))
            rest = _cues_in(sentence[after.start():clause_end], lang)
            if rest.modality == "negated":
                return rest
        return own
    if lang == "en" and _PAST_WORD_EN.match(sentence, trigger_start, trigger_end):
        since = _AFTER_PAST_EN.search(sentence, max(0, trigger_start - 24), trigger_start)
        if since is not None:  # "a year after it entered the German market": a clause of time tells what happened
            return _cues_in(sentence[since.start():trigger_end], lang)
    clauses = _clauses(sentence)
    idx = _clause_extent(sentence, clauses, trigger_start)
    c_start, c_end = clauses[idx]
    # a following subordinate clause ("..., das ... eröffnen will") does not frame the trigger,
    # but a short continuation ending in the verb does
    if idx + 1 < len(clauses):
        nxt = sentence[clauses[idx + 1][0]:clauses[idx + 1][1]]
        quoted_rest = _quote_only(sentence[clauses[idx][1]:clauses[idx + 1][0]])
        if (len(nxt.split()) <= 3 or quoted_rest) and not _SUBORDINATE.match(nxt) and \
                not _REPORTING_START.match(nxt):
            c_end = clauses[idx + 1][1]  # (also a quote that ends the clause: "stehe „ausdrücklich nicht zur Debatte“")
    back = idx
    while lang == "en" and back > 0 and back > idx - 2 and \
            _quote_only(sentence[clauses[back - 1][1]:clauses[back][0]]):
        back -= 1  # 'said it "is not engaged in any discussions" about a combination': the quote is the clause's
        c_start = clauses[back][0]  # (English only: a German „…“ before the trigger often only names a product)
    clause = sentence[c_start:c_end]
    rest = _continuation(sentence, clauses, idx, lang)
    if rest:
        clause += ", " + rest
    frame_start = _frame_start(sentence, clauses, idx)
    own_clause = sentence[c_start:trigger_start]
    own_piece = sentence[clauses[idx][0]:clauses[idx][1]]
    if (idx > 0 and ((_is_relative(own_piece, lang) and not _ZU_INFINITIVE_END.search(own_piece)) or
                     _REASON_OR_TIME.match(own_clause.strip()))) or \
            (lang == "en" and _EN_RELATIVE_IN.search(own_clause)):
        frame_start = len(sentence)  # a relative, reason or time clause holding the trigger is framed by nothing
    elif idx > 0 and _CONSEQUENCE_EN.match(own_piece):
        frame_start = len(sentence)  # "went bankrupt after its banks refused a loan, putting 90 jobs at risk": what the
        #                              event before caused has its own verdict, not the refusal that led to it
    elif ":" in sentence[frame_start:c_start] and _cues_in(sentence[c_start:c_end], lang).modality != "asserted":
        colon = sentence.rfind(":", frame_start, c_start)
        if colon >= 0:
            frame_start = colon + 1  # "..., weil X Verluste schreibt: Für das Jahr erwarten sie ...": a statement
            #                          after a colon with its own cue is not framed by the clauses before the colon
    pieces, conditioned = [], False
    for j, (a, b) in enumerate(clauses[:idx]):
        if a < frame_start:
            continue
        piece = sentence[a:b]
        if j > 0 and _is_relative(piece, lang):
            continue
        if _CONDITION.match(piece):
            conditioned = True  # "Falls die Behörden zustimmen, übernimmt X ...": its cues ("sollte") are its own
            continue
        if _LEADING_REASON_OR_TIME.match(piece):
            continue  # "Weeks after its takeover of Y collapsed, X cut 100 jobs": the earlier event's verdict is its own
        pieces.append(piece)
    frame = ", ".join(pieces)
    if idx == 0 and _LEADING_SUBORDINATE.match(sentence) and len(clauses) > 1:
        # "Dass Apple und Hyundai ... bauen, halten Kenner für möglich": the main clause after frames it
        frame += " " + sentence[clauses[1][0]:clauses[1][1]]

    best = ModalityResult("asserted", None)
    own_plan = False  # a plan or expectation cued in the trigger's own clause
    clause_text, frame_text = _CueText(clause), _CueText(frame) if frame else None
    if lang not in ("de", "en"):
        indexes: Iterable[int] = range(len(_COMPILED))
    elif clause_text.holds_no_cue(lang) and (frame_text is None or frame_text.holds_no_cue(lang)):
        indexes = ()  # no cue of the language in the clause or its frame: each search below would find nothing
    else:
        indexes = _CUES_OF.get(lang, ())
    for index in indexes:
        cue = CUES[index]
        found = clause_text.search(index)
        if found and cue.modality in ("planned", "expected") and c_start + found.start() >= trigger_end and \
                not (rest and found.start() > c_end - c_start) and _coordinated(sentence, trigger_end,
                                                                                c_start + found.start(), lang):
            found = None  # a plan after the trigger in a coordinated verb phrase is that phrase's: "opened an office
            #              ... and plans to sell", "hat gestern Y übernommen und will nun Z" (but "The plant is
            #              scheduled to open" has its plan after the subject, "..., dass X Y übernehmen und Z
            #              verkaufen will" at the end of both)
        if found and c_start + found.start() >= trigger_end and \
                _REASON_OR_TIME.search(sentence, trigger_end, c_start + found.start()):
            found = None  # the cue stands in a reason or time clause after the trigger: "walked out after the company
            #              rejected their demands"
        if found and cue.modality in ("planned", "expected") and c_start + found.start() >= trigger_end and \
                _TERMS_CLAUSE.search(sentence, trigger_start, c_start + found.start()):
            found = None  # what the agreed deal provides for: "announced a partnership with X under which X will act
            #              as distributor" (the partnership is made; "will" is its terms')
        if found and lang == "en" and cue.modality != "negated" and c_start + found.start() >= trigger_end and \
                _EN_RELATIVE_RIGHT_AFTER.search(sentence, trigger_end, c_start + found.start()):
            found = None  # the relative clause's own verb: "agreed to combine in a merger that would create ..."
        if found and cue.modality == "negated" and c_start + found.start() >= trigger_end and \
                _PURPOSE_TO.search(sentence, trigger_end, c_start + found.start()):
            found = None  # the aim of the trigger's action, not its denial: "is due to meet the union in a last
            #              attempt to avert the walkout", "cut 300 jobs to stave off insolvency"
        own_plan = own_plan or bool(found and cue.modality in ("planned", "expected"))
        if not found and cue.scope == "frame" and frame_text is not None:
            found = frame_text.search(index)
        if found and RANK[cue.modality] > RANK[best.modality]:
            best = ModalityResult(cue.modality, found.group(0).strip())
    negation = _NEGATION.get(lang)
    if best.modality in ("planned", "expected") and not own_plan and negation is not None and any(
            negation.search(p) and any(regex.search(p) for c, regex in _COMPILED
                                       if c.lang == lang and c.modality in ("planned", "expected")) for p in pieces):
        best = ModalityResult("negated", "negated plan")  # "Siemens plant nicht, Brightfield zu übernehmen"
    if RANK[best.modality] < RANK["speculative"]:
        # an expectation keeps its word: the source says who expects it ("is expected to ..., people familiar
        # with the talks said")
        hearsay = _search_with_twin(_HEARSAY.get(lang, _HEARSAY["de"]), sentence) if best.modality != "expected" \
            else None
        if hearsay and hearsay.start() >= trigger_end and _RELATIVE_THAT.search(
                sentence, max(trigger_end, hearsay.start() - 8), hearsay.start()):
            hearsay = None  # "a contract that people close to the deal value at $2bn": the sources tell the value only
        if hearsay:
            best = ModalityResult("speculative", hearsay.group(0))
        elif _CONDITION.match(sentence[clauses[idx][0]:clauses[idx][1]]):
            best = ModalityResult("speculative", "condition")  # "Falls X Y übernimmt, ...": a possibility
    if best.modality == "asserted" and lang == "en" and _HEADLINE_TO.search(sentence, 0, trigger_start):
        best = ModalityResult("planned", "to")  # the headline future: "Brookmoor to buy Linnea for $650 million"
    if best.modality == "asserted" and any(
            _HEARSAY_AFTER.match(sentence[a:b]) for a, b in clauses[idx + 1:]):
        best = ModalityResult("speculative", "unconfirmed source")
    if best.modality == "asserted" and lang != "en" and _german_future(clause):
        best = ModalityResult("planned", "werden + Infinitiv")
    if best.modality == "asserted" and conditioned:
        best = ModalityResult("planned", "condition")
    if RANK[best.modality] < RANK["negated"] and _ATTEMPT_BEFORE.search(sentence, max(0, trigger_start - 80),
                                                                          trigger_start) and \
            _REBUFFED.search(sentence, trigger_end):
        best = ModalityResult("negated", "failed attempt")  # "hatte versucht, X zu übernehmen; … das Angebot abgelehnt"
    if RANK[best.modality] < RANK["negated"] and lang == "de":
        report = _REPORT_FIRST_DE.match(sentence)
        if report and report.end() <= trigger_start:
            rest = sentence[clauses[idx][1]:]  # the main clause after the reported content
            if _DENIED_AFTER_DE.search(rest):
                best = ModalityResult("negated", "report denied")  # "Berichte, wonach X Y übernehmen wolle, wies Z
                #                                                    zurück": the content the main clause denies
    if best.modality != "speculative":
        condition = _conditional_threat(sentence, trigger_start, trigger_end, lang, conditioned)
        if condition is not None and (best.modality != "negated" or best.cue is None or
                                      sentence.find(best.cue, frame_start) >= condition):
            # (a negation inside the condition, "if the offer is not improved", is the condition's own)
            best = ModalityResult("speculative", "conditional threat")
    if best.modality == "speculative" and _RUMOUR_BEFORE.search(sentence, max(0, trigger_start - 80), trigger_start) \
            and _DENIED_AFTER.search(sentence, trigger_end):
        best = ModalityResult("negated", "denied rumour")  # "Gerüchte, wonach X einsteigen wolle, wies X zurück"
    if RANK[best.modality] < RANK["speculative"] and sentence.rstrip().rstrip("\"“”»«'").endswith("?"):
        best = ModalityResult("speculative", "?")  # "Schafft Xiaomi den Sprung nach Europa?" asks, it does not report
    return best


def trigger_clause(sentence: str, trigger_start: int) -> tuple[int, int]:
    """The comma/semicolon/colon/dash clause of `sentence` that holds `trigger_start`."""
    clauses = _clauses(sentence)
    return clauses[_clause_extent(sentence, clauses, trigger_start)]


def offered(sentence: str, trigger_start: int, trigger_end: int, lang: str) -> bool:
    """The deal of the trigger is told as an offer or bid that nobody has accepted ("legt ein Angebot vor", "made an
    offer for", "bietet … für"): announced, not done."""
    a, b = trigger_clause(sentence, trigger_start)
    clause = sentence[a:max(b, trigger_end)]
    offer, accepted = _OFFER.get(lang, _OFFER["de"]), _ACCEPTED.get(lang, _ACCEPTED["de"])
    return bool(offer.search(clause)) and not accepted.search(sentence)


def absolute_phrase_modality(sentence: str, pos: int, lang: str) -> ModalityResult:
    """The modality cued inside an absolute phrase that holds `pos` ("…, with 15 openings planned"), or asserted."""
    a, b = trigger_clause(sentence, pos)
    if a == 0 or not _ABSOLUTE.get(lang, _ABSOLUTE["de"]).match(sentence[a:b]):
        return ModalityResult("asserted", None)
    return _cues_in(sentence[a:b], lang)


def plainly_negated(sentence: str, trigger_start: int, lang: str) -> bool:
    """The trigger's own clause says "nicht/kein/not/no/never" (a post held is negated by that, not by a framing
    "lehnte die Nachfolge ab" that negates another act)."""
    a, b = trigger_clause(sentence, trigger_start)
    return bool(_NEGATION.get(lang, _NEGATION["de"]).search(sentence[a:b]))
