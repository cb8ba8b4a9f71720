"""Long names of associations, institutes and public bodies, which the recogniser cuts or misses.

Why a pattern of its own: names such as "Bund der Strafvollzugsbediensteten
Hessen", "Deutsche Gesellschaft für Krisenmanagement e.V." or
"Krisennavigator-Institut für Krisenforschung" are built from common nouns
joined by "der", "des", "für". The recogniser tags a piece of them ("Krisen-
management e.V.", "Strafvollzugsbediensteten Hessen" as a place) or nothing,
so a post held there ("Landesvorsitzende des Bundes der ...") or a union
calling a strike ("die Gewerkschaft der Staatsbediensteten Griechenlands")
loses its organisation.

A name is recognised when an organisation noun of the lexicon below (Bund,
Verband, Verein, Gesellschaft, Institut, Gewerkschaft, Universität, ... also
as the head of a compound: "Berufsverband", "Krisennavigator-Instituts") is
followed by a connector ("der", "des", "für", "zur", "von") and one to four
capitalised words, optionally by "e.V." and an abbreviation in brackets. An
adjective may stand before the noun ("Deutschen Gesellschaft"). A bare
organisation noun ("der Verband") is no name: the connector is required.
"""

from __future__ import annotations

import re

from newsgraph.model import Article, Mention, Sentence

# organisation nouns, with their genitive forms; documented in docs/events.md ("Associations"). Bodies of a company
# ("Aufsichtsrat der Deutschen Bank", "Ausschuss", "Kommission") are left out: the company is the organisation there.
ORG_NOUNS = (r"bund(es)?|verband(es)?|verein(s)?|vereinigung|gesellschaft|institut(s|es)?|kammer|stiftung|akademie|"
             r"zentrum(s)?|gewerkschaft|partei|universität|hochschule|klinikum(s)?|komitee(s)?|"
             r"club(s)?|genossenschaft|bündnis(ses)?|netzwerk(s)?|forum(s)?|arbeitsgemeinschaft|"
             r"behörde|agentur|allianz|liga|föderation|konferenz|initiative|koalition|verbund(es)?")
# "Amt" only as a public office ("Bundesamt für ..."): "das Amt des Präsidenten", "Traineramt" are posts
AMT = r"(?:Bundes|Landes|Kartell|Finanz|Zoll|Arbeits|Ordnungs|Gesundheits|Jugend|Sozial|Umweltbundes)amt(?:es|s)?"
# a compound naming a company's relation to another is no name: "Muttergesellschaft von X", "Tochtergesellschaft"
_RELATION = r"(?!(?i:mutter|tochter|schwester|enkel|beteiligungs|holding|projekt|zweck))"
# determiners and pronouns are no adjective of the name: "Die Gewerkschaft der Polizei" starts at "Gewerkschaft"
_NOT_DET = (r"(?!(?:Die|Der|Das|Des|Dem|Den|Eine|Einer|Eines|Einem|Einen|Seine|Seiner|Ihre|Ihrer|Unsere|Diese|"
            r"Dieser|Jene|Keine|Alle|Beide|Viele|Andere|Jede|Jeder|Welche)\s)")
_CAP = r"[A-ZÄÖÜ][\w.'’&+-]*"
_ADJ = rf"(?:{_NOT_DET}[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)\s+)"
_HEAD = rf"(?:{_CAP}\s+-\s+)?(?:{AMT}|{_RELATION}(?:[A-ZÄÖÜ][\w-]*?)?(?i:{ORG_NOUNS}))"
_CONNECTOR = r"(?:der|des|für|zur|zum|von|vom|für die|für den|für das)"
# a time after the connector is no name part: "verlässt das Institut zum Jahresende", "zur Jahresmitte"
_NOT_TIME = r"(?!(?i:(?:jahres|monats|quartals|wochen|halbjahres)?(?:ende|anfang|beginn|wechsel|mitte|schluss|start)\b))"
_ASSOCIATION = re.compile(
    rf"(?<![\w-])(?P<name>{_ADJ}?{_HEAD}(?=\s)"
    rf"(?:\s+{_CONNECTOR}\s+{_NOT_TIME}(?:{_ADJ})?{_CAP}(?:\s+(?!(?:und|oder|mit|in|im|am|an|auf|bei)\s){_CAP}){{0,3}}){{1,2}}"
    rf"(?:\s+e\.\s?V\.)?)"
    rf"(?:\s+\((?P<abbr>[A-ZÄÖÜ][\w.-]{{1,12}})\)?)?")


# an organisation noun followed by a connector: the cheap test that lets most sentences skip the full pattern
# (over the lower-cased sentence without IGNORECASE: about eight times faster)
_PREFILTER = re.compile(rf"(?:{ORG_NOUNS}|amt(?:es|s)?)\s+{_CONNECTOR}\s")
# the connector between blanks that `_PREFILTER` ends with: a scan that stops at blanks only, asked first (English
# sentences and many German ones hold no connector at all)
_CONNECTOR_BETWEEN_BLANKS = re.compile(rf"\s{_CONNECTOR}\s")


_INDEFINITE_BEFORE = re.compile(r"(?i)(?<!\w)(ein|eine|einen|einem|einer|eines|neue[nmrs]?|weitere[nmrs]?)\s+$")


def association_names(article: Article, sentence: Sentence) -> list[Mention]:
    """Association names in `sentence` (article offsets), each with its abbreviation in brackets excluded."""
    text = article.text[sentence.start:sentence.end]
    lowered = text.lower()
    if not _CONNECTOR_BETWEEN_BLANKS.search(lowered) or not _PREFILTER.search(lowered):
        return []
    out = []
    for m in _ASSOCIATION.finditer(text):
        name = m.group("name")
        if not re.search(r"[A-ZÄÖÜ]", name[:1]):
            continue
        if name.endswith(".") and not re.search(r"(\be\.\s?V|\b[A-ZÄÖÜ])\.$", name):
            name = name.rstrip(".")  # "mit Vertretern der Bundesagentur für Arbeit." ends the sentence
        if _INDEFINITE_BEFORE.search(text, 0, m.start("name")):
            continue  # "Ein neues Forschungszentrum für Wasserstoff": a thing described, not a body's name
        start = sentence.start + m.start("name")
        out.append(Mention(start, start + len(name), name, "ORG", source="events.association", score=0.6))
    return out


def inside(outer: Mention, inner: Mention) -> bool:
    """`inner` lies within `outer` and is shorter: a cut piece of the long name."""
    return outer.start <= inner.start and inner.end <= outer.end and (inner.start, inner.end) != (outer.start,
                                                                                                   outer.end)
