"""Organisation names the argument rules may use where entity recognition found none.

Why here and not only in NER: an event with a trigger and a clear frame
("Der Chipkonzern Intel will in Magdeburg eine Fabrik errichten") is lost
when the recogniser misses "Intel". Inside a sentence that holds a trigger,
a few local patterns name organisations reliably enough to fill a role:

- strong (always used when no mention covers the span): a company descriptor
  followed by a name ("der Chipkonzern Intel", "the drinks group Diageo"),
  CamelCase or short all-caps words ("HelloFresh", "SAP", "BYD"), the name in
  a role compound ("BASF-Chef", "Xiaomi-CEO");
- weak (only in a sentence without any ORG mention): a capitalised word right
  after a preposition without an article ("mit Xiaomi", "bei Siemens"), the
  capitalised subject before a finite verb at the start of a sentence
  ("Qualcomm hat ...", "Tesla baut ..."), and in English any capitalised word
  sequence inside the sentence.

The candidates become Mention objects with source "events.fallback" and a score that tells strong (0.6) from
weak (0.5) ones; they
are not added to `article.mentions` (the NER stage owns those), only used
for role filling, so an argument filled from one carries offsets but no
entity link unless resolve finds a mention there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.normalize.lang.places import ADJECTIVES_EN, REGION_ADJECTIVES_EN
from newsgraph.events.lexicon import is_common_compound, is_common_word, is_stop_word, looks_plural
from newsgraph.events.masthead import _DASH_BLANK, _DATELINE, _SHOUTED
from newsgraph.events.triggers import lowered_for_twins
from newsgraph.model import Article, Mention, Sentence, Value

_NAME = r"(?<![\w-])(?:[A-ZÄÖÜ][\w'’.]*(?:[-+&][\w'’.]+)*\+?|[A-Z]{2,}\w*|[a-z][A-Z]\w+|\d+&\d+(?![\w&]))"
# (also digits joined by "&": "1&1")
_NAME_SEQ = rf"{_NAME}(?:\s+(?:&|\+|de|von|of)\s+{_NAME}|\s+{_NAME}){{0,3}}"
_COORD_BEFORE = re.compile(rf"(?P<name>{_NAME_SEQ})(?!\w)\s*(?:,|\bund\b|\band\b|&|\bsowie\b)\s*(?:(?:der|die|das|den|dem|des|the)\s+)?"
                           rf"(?:[\w-]+\s+){{0,2}}$")
# `_COORD_BEFORE` without the name, reversed: what must end the text before a name ("…, ", "… und der ") read
# backwards from the name, so that a match at the start of the reversed text answers it without a scan
_COORD_TAIL_REVERSED = re.compile(r"\n?(?:\s+[\w-]+){0,2}(?:\s+(?:red|eid|sad|ned|med|sed|eht))?\s*"
                                  r"(?:,|\bdnu\b|\bdna\b|&|\beiwos\b)")


def _coordination_ends_at(text: str, end: int) -> bool:
    """Whether `text[:end]` ends as `_COORD_BEFORE` needs (a comma, und, and, & or sowie, then at most an article and
    two words). `_COORD_BEFORE` tries a name at every position before `end`, so this is asked first; it is the
    same pattern tail read backwards (word boundaries look the same both ways; "\\n?" for "$" before a final line
    break)."""
    return _COORD_TAIL_REVERSED.match(text[end - 1::-1] if end else "") is not None


_COORD_AFTER = re.compile(rf"^\s*(?:,|\bund\b|\band\b|\bsowie\b)\s*(?:(?:der|die|das|den|dem|des|the)\s+)?(?P<name>{_NAME_SEQ})")

_DESCRIPTOR_DE = (r"[\w-]*(?:firmen|konzerne|banken|ketten|gruppen|konzern|hersteller|bauer|kette|händler|versicherer|versender|dienst|anbieter|betreiber|"
                  r"gruppe|bank|firma|unternehmen|start-up|startup|fintech|zulieferer|discounter|airline|"
                  r"fluggesellschaft|reederei|werft|investor|fonds|gewerkschaft|caterer|riese|spezialist|entwickler|"
                  r"plattform|labor|softwarehaus|versorger|energieversorger|verlag|sender|netzbetreiber|"
                  r"autovermieter|vermieter|lieferant|marke|tochter|sparte|konkurrent\w*|rivale\w*|"
                  r"wettbewerber\w*|mutter|holding|chiphersteller|dax-konzern|verbund|genossenschaft|"
                  r"vereinigung|kaufhaus|warenhaus|drogerie\w*|zulieferer|marktplatz|hafenbetreiber|"
                  r"technologiekonzern|elektronikkette|kaffeehauskette|\w*dienstleister|\w*leister|\w*macher|\w*produzent|"
                  r"\w*lieferant|\w*vermarkter|\w*händler|\w*betrieb|\w*werke|\w*versorger|\w*schmiede|\w*geber|"
                  r"\w*manufaktur|\w*brauerei|\w*kasse|\w*versicherung|\w*sender|\w*agentur|app|\w*portal|\w*dienst|"
                  r"\w*haus|\w*häuser|\w*betriebe|\w*verkehrsbetriebe|\w*stadtwerke|\w*werft|\w*logistiker|\w*spediteur|"
                  r"\w*spezialist\w*|\w*experte|\w*kanzlei|\w*bäckerei|\w*veranstalter|bauträger|(privat|regional|güter|berg)bahn|"
                  r"\w*kapitalgeber|\w*rösterei|\w*molkerei|\w*druckerei|bäcker|\w*bäcker|\w*ausrüster|\w*ausstatter|"
                  r"\w*vermittler|\w*verarbeiter|franchisenehmer|franchisepartner|lizenznehmer|\w*gesellschaft)"
                  r"(?:en|n|s|es|e)?")
_DESCRIPTOR_EN = (r"(?:\w*maker|grocer|company|firm|group|giant|chain|retailer|carmaker|automaker|insurer|bank|start-?up|"
                  r"fintech|airline|carrier|operator|brewer|miner|supplier|rival|investor|fund|union|chipmaker|"
                  r"baker|bakery|"
                  r"steelmaker|platform|app|service|provider|lender|conglomerate|manufacturer|developer|publisher|"
                  r"broadcaster|utility|subsidiary|unit|owner|parent|producer|distributor|specialist|house|"
                  r"marketplace|outfit|business|brand|holding|club|side)")
_WORD_THEN_NAME = re.compile(rf"(?<![\w-])(?=(?P<desc>[^\W\d][\w-]*)\s+(?P<name>{_NAME_SEQ}))")
_IS_DESCRIPTOR = {"de": re.compile(_DESCRIPTOR_DE, re.IGNORECASE), "en": None}
# the "desc" word of _WORD_THEN_NAME where it can start: a whole word (possessive: a shorter piece is never followed
# by a blank) before blanks and what can open `_NAME` (a capital, a lower-case letter before a capital, a digit)
_WORD_AT = re.compile(r"(?<![\w-])[^\W\d][\w-]*+(?=\s+(?:[A-ZÄÖÜ]|[a-z][A-Z]|\d))")
_LOWER_NAME = re.compile(r"(?<![\w-])(?P<desc>[^\W\d][\w-]*)\s+(?P<name>[a-z]{2,4})\s+(?:hat|ist|will|plant|wird|"
                         r"eröffnet|übernimmt|baut|streicht|has|is|will|plans|opens|opened|cuts|"
                         # its possessive: "dass Konkurrent dm sein Filialnetz ausbaut"
                         r"sein|seine|seinen|seinem|ihr|ihre|ihren|its)\b")
# short English verbs that can stand where `_LOWER_NAME` expects a lower-case name ("the company said its stores")
_SHORT_VERB_EN = re.compile(r"said|says|told|tells|sold|sells|saw|sees|won|wins|got|gets|cut|cuts|set|sets|put|puts|"
                            r"ran|runs|led|leads|met|meets|paid|pays|made|took|left|hit|hits|adds|\w+ed")
# a name given by naming words: "unter dem Namen X", also the new name of a merged or spun-off company ("The combined
# company, to be called X, will ...", "a separately listed company called X", "soll künftig als X firmieren")
_NAMED = re.compile(rf"(?<!\w)(?i:unter dem namen|namens|under the name|(?:to be|will be|is to be|would be|"
                    rf"soon to be) (?:called|named|renamed|known as)|(?:company|firm|group|business|entity|venture|"
                    rf"cooperative|start-?up) (?:called|named)|firmier\w* (?:künftig |dann |fortan )?als|"
                    rf"umbenannt in)\s+(?P<name>{_NAME_SEQ})|(?<!\w)als\s+(?P<named>{_NAME_SEQ})\s+firmier")
# the lead of a round or deal is an investor or company, whatever the recogniser says ("led by Temasek", a place too)
_LED_BY = re.compile(rf"(?<!\w)(?i:(?:co-)?led by|headed by|backed by|angeführt von|unter (?:der )?(?:führung|leitung) "
                     rf"(?:von|des|der))\s+(?:(?i:the|dem|der|des)\s+)?(?:[A-Z][\w.-]*(?:'s|’s)\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
                     rf"(?P<name>{_NAME_SEQ})")  # ("led by Nairobi's Savanna Ventures": the home town's possessive)
_PERSON_DESCRIPTOR = re.compile(r"(?i)[\w-]*(experte|experten|expertin)")
_BE_BEFORE = re.compile(r"(?i)\b(be|is|was|are|were|been|being|wird|werden|wurde|wurden)\s+$")
_IS_DESCRIPTOR["en"] = re.compile(_DESCRIPTOR_EN, re.IGNORECASE)


class _WordTest:
    """A compiled pattern whose `fullmatch`/`match` on single words is remembered (as a truth value): the same
    words ("Konzern", "der", "Autobauer") are tested thousands of times, and the descriptor pattern backtracks over
    each word once per alternative."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._full: dict[str, bool] = {}
        self._start: dict[str, bool] = {}

    def fullmatch(self, word: str) -> bool:
        hit = self._full.get(word)
        if hit is None:
            if len(self._full) > 100_000:
                self._full.clear()
            hit = self._full[word] = self.pattern.fullmatch(word) is not None
        return hit

    def match(self, word: str) -> bool:
        hit = self._start.get(word)
        if hit is None:
            if len(self._start) > 100_000:
                self._start.clear()
            hit = self._start[word] = self.pattern.match(word) is not None
        return hit


_IS_DESCRIPTOR = {lang: _WordTest(p) if p is not None else None for lang, p in _IS_DESCRIPTOR.items()}
_CAMEL = re.compile(r"(?<![\w-])(?<![A-Z]{2} )(?P<name>(?:[A-Z][a-z]+[A-Z][\w]*|[a-z][A-Z]\w+|[A-Z]{2,6}\d?)"
                    r"(?:\s+(?:[A-Z][a-z]\w+|[A-Z0-9]{1,3}\b))?)"
                    r"(?![\w])(?! [A-Z]{2})")
_ROLE_COMPOUND = re.compile(r"(?<![\w-])(?!Ex-)(?P<name>[A-ZÄÖÜ][\w&+.]*(?:-[A-ZÄÖÜ][\w&+.]*)?)-(?:\w*chef\w*|ceo|manager\w*|\w*vorstand\w*|"
                            r"geschäftsführer\w*|vorsitzende[rn]?|leiter(in)?|generalsekretär\w*|direktor\w*|"
                            r"präsident\w*|gründer\w*|sprecher\w*|boss|mitarbeiter\w*|aktie\w*|werk\w*|"
                            r"zentrale|tochter|übernahme|europachef|deutschlandchef)(?!\w)", re.IGNORECASE)
_AFTER_VERB_DE = re.compile(rf"(?<!\w)(?:will|hat|hatte|hatten|soll|plant|wird|muss|kann|dürfte|könnte|haben|wollen|"
                            rf"sollen|"
                            rf"übernimmt|kauft|erwirbt|investiert|eröffnet|baut|streicht|meldet|beantragt|rechnet|erwartet|"
                            rf"verbucht|erzielt|verzeichnet|zählt|liefert|schließt|plant|prüft|erwägt|verhandelt|"
                            rf"kündigt|bestätigt|dementiert|entlässt|startet|expandiert|stellt|bringt|präsentiert|arbeitet|"
                            rf"sucht|verliert|gewinnt|zahlt|erhält|bekommt|sammelt|trennt|steckt|pumpt|verdiente|"
                            rf"verdient|setzte|setzt|erlöste|schrieb|verbuchte)\s+"
                            rf"(?P<name>{_NAME_SEQ})")
_AFTER_CONJ_DE = re.compile(rf"(?<!\w)(?i:dass|ob|weil|wonach|nachdem|wie|zumal|obwohl|obgleich|sodass|weshalb)\s+(?P<name>{_NAME_SEQ})\s+[a-zäöüß]")
_ADJ_NAME_DE = re.compile(r"(?<!\w)(?i:bei|von|mit|an|für|gegen|und|zwischen)\s+(?i:der|dem|den|die)\s+"
                          r"(?P<name>[A-ZÄÖÜ]\w*(?:en|e)\s+[A-ZÄÖÜ][\w-]+)")
_PLURAL_NOUN = re.compile(r"((?<!n)en|ern|eln|ten|ien|ik|ops|ungs|handels|ssen|innen)$")
_AFTER_TRIGGER = re.compile(rf"\s+(?i:der|des|von|vom|of)\s+(?P<name>{_NAME_SEQ})")
_PASSIVE_AGENT_DE = re.compile(rf"(?<!\w)(?i:wurde|wird|werden|worden)\s+(?:\S+\s+){{0,3}}?(?i:von|durch)\s+"
                               rf"(?:(?i:dem|der|den)\s+[\w-]+\s+)?(?P<name>{_NAME_SEQ})")
_AFTER_PREP_DE = re.compile(rf"(?<!\w)(?:mit|von|bei|durch|an|für|gegen|zwischen)\s+"
                            rf"(?P<name>{_NAME_SEQ})")
_INITIAL_DE = re.compile(rf"\s*(?P<name>(?:(?:Der|Die|Das)\s+)?{_NAME_SEQ})(?:\s+(?:und|&)\s+{_NAME_SEQ})?\s+(?:hat|haben|ist|sind|will|wollen|soll|sollen|plant|planen|"
                         r"wird|werden|könnte|dürfte|war|wurde|muss|kann|(?!(?:der|die|das|den|dem|des|ein\w*|und|oder|in|im|mit|von|zu|"
                         r"für|auf|an|bei|nach|aus|um|über|unter|vor|zum|zur)\b)[a-zäöüß]\w*)\b")
# German inversion: a personal pronoun right after the verb is the subject, so the word before the verb is not
# ("Spannender fanden wir …", "Besser läuft es bei …")
_PRONOUN_SUBJECT_AFTER = re.compile(r"\s+(?:wir|ich|er|sie|es|man|ihr)\b")
_SEQ_EN = re.compile(rf"(?P<name>{_NAME_SEQ})")
# a sentence-initial name followed by a relative clause or an apposition: "Orvana, which was bought by ...",
# "Kubix, das im vergangenen Jahr ...", "Kubix, ein Spezialist für ..."
_INITIAL_APPOSITION = {
    # (also after a dateline: "HARROGATE - X, the brunch chain …"; "X, Kenya's fourth-largest operator, …": a possessive
    # place or owner opens the apposition as "the" does)
    "en": re.compile(rf"^\s*(?:[A-Z]{{3,}}(?:[ -][A-Z]{{3,}})?\s+[-–—]\s+)?(?P<name>{_NAME_SEQ})\s*,\s*(?:which|whose|the|a|an|"
                     rf"one of|part of|a unit of|owned by|"
                     rf"based in|headquartered in|[A-Z][\w.-]*(?:'s|’s))\s"),
    "de": re.compile(rf"^\s*(?P<name>{_NAME_SEQ})\s*,\s*(?:der|die|das|dessen|deren|ein|eine|einer|eines|Teil|"
                     rf"Tochter|seit)\s"),
}
_INITIAL_EN = re.compile(rf"^\s*(?:(?:[A-Z][\w.]*\s)?[A-Z][\w.]*-(?:based|listed|owned|backed|headquartered)\s+)?"
                         rf"(?P<name>{_NAME_SEQ})(?P<second>\s+(?:and|&)\s+{_NAME_SEQ})?"
                         # a parenthetical between subject and verb ("Volta, for its part, plans", "X, however, said")
                         r"(?:\s*,\s*(?:however|for its part|for their part|in turn|meanwhile|though|too|by contrast|"
                         r"in contrast|on the other hand|separately|likewise|similarly)\s*,)?"
                         r"\s+(?:(?:also|now|already|still|then|just|again|soon|"
                         r"(?-i:[a-z]+ly))\s+)?(?!(?:news|sales|shares|stocks|results|earnings|profits|losses|times|"
                         r"days|weeks|months|years|fans|users|customers|investors|analysts|rumou?rs)\b)"
                         # (plural nouns, no verbs: "Big news for fans of …", "Strong sales lifted …")
                         r"(?:has|have|is|are|was|were|will|would|plans|said|did|does|"
                         r"do|can|could|may|might|won't|laid|cut|sold|bought|took|made|set|won|lost|shut|hit|put|led|"
                         r"left|met|paid|got|began|became|grew|fell|rose|struck|chose|built|held|kept|sent|spent|went|"
                         r"came|spun|split|quit|shed|swung|sank|slid|shrank|spent|won|\w+ed|\w+s)\b")
_NATIONALITY = re.compile(r"[A-Z][a-z]+(ian|ese|ish|an|ch|ic|i)")
# an apposition that describes the name before it ("X, the Sheffield builder", "Y, a Leeds-based grocer")
_APPOSITION_OPENS = re.compile(r"(?<=\w),\s+(?:the|a|an)\s+$")
_KIND_AFTER_EN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _DESCRIPTOR_EN + r"|builder|studio|contractor|"
                            r"housebuilder|homebuilder|developer|carrier|grocer|trader|processor)s?\b")
_COURT_AFTER_EN = re.compile(r"\s+(?:(?:district|regional|local|bankruptcy|insolvency|commercial|labou?r)\s+)?courts?\b")
# a descriptor phrase with a name after it ("… cloud startup Nimbus", "… chip maker Arven"): what stands before it
# describes that name
_KIND_THEN_NAME_EN = re.compile(_KIND_AFTER_EN.pattern + r"\s+[A-Z]")
KIND_AFTER_EN = _KIND_AFTER_EN  # (for the product filler: "the EV startup" names a maker, not a product)
_POSSESSIVE_EN = re.compile(rf"(?P<name>{_NAME_SEQ})(?:'s|’s)\s")
# a name with a company or bank word after a possessive ("Japan's Hoshino Bank", "Pakistan's Indus Airlines"): the
# possessor is a place or owner, the name a firm wherever it stands
_FIRM_AFTER_POSSESSIVE_EN = re.compile(r"(?<=\w)(?:'s|’s)\s+(?P<name>(?:[A-Z][\w&.-]*\s+){0,3}(?:Bank|Capital|Ventures|"
                                       r"Partners|Group|Holdings|Airlines|Airways|Motors|Insurance|Investments))\b")
_OWNED_UNIT_EN = re.compile(rf"(?<=\w)(?:'s|’s)\s+(?P<name>{_NAME_SEQ})\s+(?:has|have|had|is|was|will|\w+ed|\w+s)\b")

# Cheap tests that rule out a pattern's scan of a sentence without losing a match (each is implied by the pattern):
# `_LOWER_NAME` and `_ADJ_NAME_DE` need their tails (each pattern after its first "\s+", behind a blank), which are
# searched from blanks only instead of from every word; `_ELLIPTIC` needs "und" or "sowie" between blanks;
# `_ROLE_COMPOUND` a hyphen; `_POSSESSIVE_EN` and `_OWNED_UNIT_EN` an "'s"; `_INITIAL_APPOSITION` a comma as the
# first comma of the sentence, after at most seven blank-separated pieces (four names and three joining words of
# `_NAME_SEQ`, which hold no comma and no blank).
_LOWER_NAME_TAIL = re.compile(r"\s" + _LOWER_NAME.pattern.split(r"\s+", 1)[1])
_ADJ_NAME_TAIL = re.compile(r"\s" + _ADJ_NAME_DE.pattern.split(r"\s+", 1)[1])
_BLANK_UND_SOWIE = re.compile(r"\s(?:und|sowie)\s")
# `_ROLE_COMPOUND` from the hyphen before its post or company word on ("-chef", "-Aktie"), read from the pattern: every
# match ends with it, and a search for it moves from hyphen to hyphen instead of trying a name at every word
_ROLE_COMPOUND_TAIL = re.compile(_ROLE_COMPOUND.pattern[_ROLE_COMPOUND.pattern.index(")-(?:") + 1:], re.IGNORECASE)


# the conjunctions `_AFTER_CONJ_DE` opens with, read from its pattern so that the two cannot drift apart
_CONJ_WORDS = tuple(re.search(r"\(\?i:([a-zäöüß|]+)\)", _AFTER_CONJ_DE.pattern).group(1).split("|"))  # type: ignore


def _conjunction_possible(text: str) -> bool:
    """False only when `_AFTER_CONJ_DE` surely finds nothing: its match opens with one of `_CONJ_WORDS` in any case,
    which the exactly lower-cased text (`lowered_for_twins`) then holds as a substring; most sentences hold none, and
    a few substring tests cost less than the scan, which tries its lookbehind at every position."""
    lowered = lowered_for_twins(text)
    return lowered is None or any(word in lowered for word in _CONJ_WORDS)


_AFTER_COLON = re.compile(r"[:;]\s*")


def _clause_starts(text: str) -> list[int]:
    """Where `re.finditer(r"(?:^|[:;]\\s*)", text)` ends its matches: 0, and after each ":" or ";" with its blanks. The
    pattern without its empty "^" opens with a character class, which the regex engine skips to in one scan instead of
    trying the alternation at every character."""
    return [0] + [m.end() for m in _AFTER_COLON.finditer(text)]


def _apposition_possible(text: str) -> bool:
    comma = text.find(",")
    return comma >= 0 and len(text[:comma].split()) <= 7


# capitalised words that are not names: sentence adverbs, determiners, common nouns standing alone
_NOT_NAMES = re.compile(
    r"^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|bei|nach|vor|für|mit|seit|auch|doch|"
    # possessive and other determiners open noun phrases, never names: "Seinen Firmensitz verlegt ..."
    r"sein|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?|diese[mnrs]?|jede[mnrs]?|keine[mnrs]?|solche[mnrs]?|manche[mnrs]?|"
    r"rote|schwarze|zahlen|"  # "Rote Zahlen schrieb X": a loss, no name
    r"unterm|überm|hinterm|vorm|ins|beim|vom|"
    r"vielleicht|womöglich|möglicherweise|offenbar|angeblich|laut|zudem|zugleich|dabei|damit|dann|derzeit|"
    r"bislang|bisher|inzwischen|gestern|heute|morgen|ab|bis|über|unter|um|aus|auf|in|an|es|er|sie|wir|ich|"
    r"the|a|an|in|on|at|after|before|for|with|by|from|of|to|and|but|or|as|it|its|he|she|we|they|this|that|these|"
    r"those|there|here|i|mr|mrs|ms|dr|prof|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|"
    r"august|september|oktober|november|dezember|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|may|june|july|october|december|"
    r"euro|dollar|franken|pfund|prozent|millionen|milliarden|million|billion|percent|"
    r"partner\w*|investor\w*|kunde\w*|mitarbeiter\w*|beschäftigte\w*|analyst\w*|experte\w*|beobachter\w*|"
    r"insider\w*|händler\w*|branche\w*|medien\w*|bericht\w*|meldung\w*|angaben|informationen|kreisen|gläubiger\w*|"
    r"jahr\w*|monat\w*|woche\w*|tag\w*|ende|anfang|mitte|beginn|sommer|winter|herbst|frühjahr|frühling|"
    r"quartal\w*|geschäftsjahr\w*|zeit|hilfe|sicht|stand|kosten|geld|kapital|gespräch\w*|verhandlung\w*|"
    r"stellen|arbeitsplätze|arbeitsplatz|jobs|angestellte\w*|"
    r"welche[rsmn]?|zu|zur|zum|hunderte|tausende|zehntausende|dutzende|mehrere|viele|einige|alle|beide|"
    r"ceo|cfo|cto|coo|eu|usa|us|uk|ki|it|ag|se|gmbh|dax|bip|ipo|hq|tv|pc|ev|q[1-4]|chef\w*|"
    r"vorstand\w*|aufsichtsrat\w*|bundes\w*|regierung|staat|stadt|land|länder\w*|markt|märkte|"
    r"industry|analysts|shareholders|members|executives|insiders|creditors|sources|officials|workers|"
    r"staff|employees|pilots|drivers|nurses|doctors|teachers|dockers|dockworkers|crews?|miners|machinists|"
    r"about|hundreds|thousands|dozens|some|several|many|chancellor|president|minister|"
    r"chief|contrary|despite|although|while|when|if|whether|under|over|into|revenue|sales|profit|bankruptcy|"
    # English business nouns that open a sentence as its subject ("Demand has fallen", "Orders rose", in English
    # articles and in English quotes of German ones): never a company standing alone
    r"demand|orders|margins?|costs|prices|earnings|growth|inflation|output|production|deliveries|shipments|"
    r"bookings|exports|imports|customers|consumers|talks|negotiations|traffic|supply|supplies|spending|wages|"
    r"rents|volumes?|profits|losses|income|turnover|results|guidance|momentum|competition|pressure|uncertainty|"
    r"tariffs|shares|stocks|markets|business|conditions|picketers|strikers|protesters|demonstrators|"
    # English sentence adverbs without a comma ("Meanwhile Pixelworks has confirmed"): never part of the name
    r"meanwhile|however|separately|additionally|instead|overall|elsewhere|besides|furthermore|moreover|"
    r"nevertheless|nonetheless|currently|recently|previously|yesterday|earlier|"
    r"read|more|related|see|also|photo|image|source|ob|wie|wenn|dass|weil|als|so|tisch|frage|straße|start|spitze|"
    r"jetzt|andernfalls|dennoch|deshalb|daher|trotzdem|außerdem|danach|davor|dazu|hier|dort|nun|bald|später|"
    r"zuletzt|zuvor|bereits|schon|noch|erst|immer|oft|kaum|allerdings|jedoch|aber|also|ebenfalls|gleichzeitig|"
    r"insgesamt|nämlich|kritik|video|foto|fotos|update|eil|breaking|roundup|dpa|afp|reuters|"
    r"ticker|exklusiv|interview|kommentar|analyse|pressemitteilung|mitteilung|vermutlich|betroffen|beteiligt|"
    r"\w+lich|\w+weise|\w+falls|\w+mals|beide|both|alle|all|"
    r"börse|unternehmen\w*|konzern\w*|firma|gruppe|hersteller\w*|regierung|bundesregierung|\w*gericht\w*|"
    r"arbeit|band|betrieb|leitung|führung|spitze|\w*logistiker|gastgeber\w*|okay|word|takeovers?|mergers?|"
    r"\w*experten|\w*kenner\w*|company|firm|group|government|court|series [a-f]|round)$", re.IGNORECASE)
_NOT_NAMES = _WordTest(_NOT_NAMES)  # type: ignore[assignment]  (asked of single words and names, remembered)
_SHOUTED = re.compile(r"^(NEW|NEWS|LIVE|OK|YORK|THE|AND|FOR|WITH|TOP|HOT|EXKLUSIV|EIL|UPDATE|VIDEO|FOTO|NRW|NY|USA|UK|"
                      r"US|EU|BW|NRW|UN|WHO|SHOW|CEO|CFO|AG|SE|KG|GMBH)$")
# all-caps abbreviations that name no company: time zones, media and formats, tournaments, age classes, chat words
_ABBREVIATION = re.compile(r"^(MEZ|MESZ|UTC|GMT|CET|CEST|DVD|CD|TV|PC|PDF|LED|USB|GPS|SMS|MMS|MP3|HD|UHD|KFZ|PKW|LKW|"
                           r"EM|WM|U\d\d|RIP|FAQ|PS|OMG|LOL|WTF|FYI|ASAP|BTW|TBC|VS|AKA|NR|TEL|FAX|ZDF|ARD|"
                           # kinds of vehicle, chip and deal: "the EV startup", "its new SUV", "ahead of an IPO"
                           r"EV|SUV|GPU|CPU|IPO)$")


# all-caps abbreviations of a department, a technology or a way of selling: alone they name no company, inside a
# longer name they may ("the HR and payroll platform", "its AI assistant", "in reine SB-Standorte"; but "Mistral AI")
_FIELD_ABBREVIATION = frozenset({"HR", "AI", "KI", "SB", "PR", "HQ", "ESG", "IoT", "SaaS"})


def is_field_abbreviation(name: str) -> bool:
    """A name that is only the abbreviation of a field or department ("HR", "KI", "SB"): a word of a noun phrase."""
    return name in _FIELD_ABBREVIATION


def is_shouted_word(word: str, lang: str = "de") -> bool:
    """An all-caps word that is no name: a shouted function word ("ODER", "ABER") or an abbreviation of a lexicon
    ("MESZ", "DVD", "EM"). Headlines, tweets and hashtags shout; a company in capitals ("SAP", "BASF", "ARM")
    is neither."""
    if not (len(word) >= 2 and word.isupper() and word.isalpha() or _ABBREVIATION.match(word)):
        return False
    if _SHOUTED.match(word) or _ABBREVIATION.match(word):
        return True
    title = word[:1] + word[1:].lower()  # "ODER", "UND", "ABER"; not nouns: "ARM" and "BAT" are companies too
    return is_stop_word(title, lang) or is_stop_word(title, "en")
_PARTICIPLE = re.compile(r"^(ge|ange|abge|aufge|ausge|einge|vorge|zuge|mitge)\w+(t|en)$", re.IGNORECASE)
_COMMON_NOUN_SUFFIX = re.compile(r"(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|nis|"
                                 r"nisse|ismus|abbau|bau|chef|chefin|sparte|geschäft|geschäfte|werk|werke|"
                                 r"zentrale|markt|märkte|ment|ments|erin|innen|ende|enden|isten|anten|enten|"
                                 r"ern|eln|ungs|ionen|ies|ness|ity|ship|experten|kennern|bauer|filialen|stores|läden|"
                                 # adverbs at the start of a sentence: "Bayernweit streikten ...", "Bundesweit"
                                 # (not -ig, -lich: "Hellwig", "Fröhlich" are names)
                                 r"weit|weite|weiten|mäßig)$", re.IGNORECASE)


_POSSESSIVE_DET = re.compile(r"(?i)(sein|seine[mnrs]?|ihr|ihre[mnrs]?|unser\w*|euer|eure\w*|mein\w*|dein\w*)$")
_DETERMINER = re.compile(r"^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|the|a|an)\s", re.IGNORECASE)


_INFLECTED_CAPITAL = re.compile(r"^[A-ZÄÖÜ]\w*(e|er|es|en)$")
# a preposition fused with its article opens an adverbial, never a company's name ("Zum Jahreswechsel", "Im Herbst")
_FRONTED_PREPOSITION = re.compile(r"^(zum|zur|im|am|beim|vom|ins|ans|aufs)$", re.IGNORECASE)


def _initial_name_ok(name: str) -> bool:
    """"Die Lufthansa hat", "Die Deutsche Bahn hat" yes; "Das Unternehmen hat", "Der Autobauer will" no; a possessive
    opens a noun phrase, never a name ("Sein Filialnetz will")."""
    words = name.split()
    if _POSSESSIVE_DET.match(words[0]) or (len(words) > 1 and _FRONTED_PREPOSITION.match(words[0])):
        return False  # "Zum Winterflugplan will die Airline …": a fronted time or place, the subject follows the verb
    if not _DETERMINER.match(name):
        return True
    rest = words[1:]
    if not rest or any(_NOT_NAMES.match(w) for w in rest) or words[0].lower().startswith("ein"):
        return False  # "Eine Insolvenz ist ...": an indefinite noun phrase never names a company
    if len(rest) >= 2:
        return bool(_INFLECTED_CAPITAL.match(rest[0]))  # "Deutsche Bahn"
    return not (_COMMON_NOUN_SUFFIX.search(rest[0]) or _IS_DESCRIPTOR["de"].fullmatch(rest[0]))


# the memo size of the pure word and name tests below: each sentence's patterns offer the same candidates again, and so
# do later sentences and articles
_REMEMBERED = 100_000


_PLACE_ADJECTIVE_WORD = re.compile(r"-(based|listed|headquartered)$", re.IGNORECASE)


@lru_cache(maxsize=_REMEMBERED)
def _clean(name: str) -> str:
    """Drop leading words that are not names and trailing dots of sentence ends."""
    words = name.split()
    while words and (_NOT_NAMES.match(words[0].strip(".'’")) or _PLACE_ADJECTIVE_WORD.search(words[0])):
        words.pop(0)  # (also "Toronto-based" of "Toronto-based Cellwise has raised …": where the name is based)
    while words and (_NOT_NAMES.match(words[-1].strip(".'’")) or words[-1] in ("von", "of", "de", "&", "+")):
        words.pop()
    out = " ".join(words)
    if out.endswith(".") and not re.search(r"(Inc|Co|Corp|Ltd|Nr|St)\.$", out):
        out = out[:-1]
    for suffix in ("'s", "’s", "'", "’"):  # "Voltaris' backer": the possessive of a name ending in s
        if out.endswith(suffix):
            out = out[: -len(suffix)]
            break
    return out


_STREET_ENDS = (" Road", " Street", " Avenue", " Boulevard", " Straße", " Allee", " Platz", " Gasse", "straße", "strasse",
                "allee", "platz", "gasse", "damm", "ufer")


# the last word of an English law's name ("the Competition Act", "the Inflation Reduction Act"); a suffix test like
# the street test, as it is asked of every candidate name
_STATUTE_ENDS = (" Act", " Acts")


def is_street(name: str) -> bool:
    """A street ("Kettering Road", "Lindenstraße", "Kurfürstendamm") is where pickets stand, never a company. A suffix
    test, no regex: it is asked of every candidate name."""
    return name.endswith(_STREET_ENDS)


@lru_cache(maxsize=_REMEMBERED)
def _plausible(name: str, strong: bool) -> bool:
    """Whether a cleaned candidate can be a company's name (remembered: it asks up to three word tests per word)."""
    if not name or len(name) < 2 or _NOT_NAMES.match(name) or _PARTICIPLE.match(name.split()[0]):
        return False
    if re.search(r"(?i)-(based|born|listed|headquartered|owned|backed)$", name):
        return False  # "Warsaw-based", "Dutch-listed": an adjective before the name, no company
    if is_street(name):
        return False  # "lined Kettering Road", "in der Lindenstraße": a street is a place, no company
    if name == "Act" or name.endswith(_STATUTE_ENDS):
        return False  # "approval under the Competition Act": a law is cited, never a party, nor "the company" later
    if name in _BARE_KIND_NOUNS or _genitive_kind_noun(name) or is_field_abbreviation(name):
        return False  # "der Überschuss der Bank", "der Umsatz des Discounters": the kind, said of one named before
    if any(_NOT_NAMES.match(w) or is_shouted_word(w) for w in name.split() if w.isupper()):
        return False  # "VIDEO", "NEW YORK" in a shouted headline, "UHR", "MESZ"
    if strong:
        return True
    words = name.split()
    if len(words) == 1 and len(name) > 14 and not re.search(r".[A-Z0-9]", name):
        return False  # "Schlichtungsverfahren", "Unternehmensgeschichte": long compounds are common nouns
    if len(words) > 1 and _COMPANY_NAME_WORD.fullmatch(words[-1]):
        words = words[:-1]  # "Brackwater Construction": a company noun ends the name, no common noun phrase
    return not any(_reads_as_common_noun(w) for w in words)


# nouns that name a kind of company and are names only inside a longer one ("Deutsche Bank", "Gruppe Nord")
_BARE_KIND_NOUNS = frozenset({"Bank", "Gruppe", "Group", "Holding", "Sparkasse", "Versicherung", "Genossenschaft"})


def _genitive_kind_noun(name: str) -> bool:
    """A German company noun in the genitive ("des Discounters", "des Maschinenbauers", "des Konzerns") refers back
    to the company named before; a capitalised noun after "des" is otherwise taken for a name. Only the genitive
    "-s"/"-es" is read so: a bare one-word name ending like a company noun ("Commerzbank") stays a name."""
    if " " in name or not name.endswith("s") or len(name) < 6:
        return False
    test = _IS_DESCRIPTOR["de"]
    stem = name[:-2] if name.endswith("es") and test.fullmatch(name[:-2]) else name[:-1]
    return bool(test.fullmatch(stem))


@lru_cache(maxsize=_REMEMBERED)
def _reads_as_common_noun(word: str) -> bool:
    """A word with a common-noun ending and no inner capitals ("Sparte", "Vereinbarungen"; not "HelloFresh", "ABBau").
    Remembered per word: candidate names repeat the same words, and the suffix pattern is tried at every letter of
    the word."""
    return bool(_COMMON_NOUN_SUFFIX.search(word)) and not re.search(r"[a-z][A-Z]|[A-Z]{2}", word)


@lru_cache(maxsize=_REMEMBERED)
def _common_name(name: str, lang: str) -> bool:
    """A candidate the common-word lexicons know (they do not change while the process runs: remembered)."""
    return is_common_word(name, lang) or is_common_compound(name, lang)


# elliptic coordination of institutions of one kind: "die Sparkassen Emsland und Grafschaft", "die Volksbanken Lohtal
# und Ebersau" (the plural noun names both; the first name keeps it, as a writer would cite it)
_ELLIPTIC = re.compile(r"(?<!\w)(?P<first>(?-i:(?:Kreis|Stadt)?[Ss]parkassen|Volksbanken|Raiffeisenbanken|Genossenschaftsbanken|"
                       r"Landesbanken|Stadtwerke|Kliniken|Krankenkassen|Betriebskrankenkassen|Brauereien|Molkereien|"
                       r"Reedereien|Werften|Verkehrsbetriebe|Verkehrsverbünde)\s+[A-ZÄÖÜ][\w-]+)\s+(?:und|sowie)\s+"
                       r"(?P<second>(?-i:[A-ZÄÖÜ][\w-]+))(?!\s+(?-i:[A-ZÄÖÜ]))")


# small tests of `fallback_orgs`, compiled once (no anchor or look-around: matching at a position of the sentence is
# matching its rest)
_AND_GAP_EN = re.compile(r"\s+(?:and|&)\s+")
_AND_GAP_DE = re.compile(r"\s+(und|&)\s")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def fallback_orgs(article: Article, sentence: Sentence, mentions: list[Mention],
                  values: list[Value] = (), triggers: list[tuple[int, int]] = (),  # type: ignore[assignment]
                  surnames: set[str] | None = None, known: frozenset[str] = frozenset()) -> list[Mention]:
    """Organisation candidates in `sentence` that no mention or value covers (see module docstring); `known` are
    one-word names the article introduced with a descriptor before, names wherever they stand again."""
    text = article.text[sentence.start:sentence.end]
    lang = sentence.language or article.language or "de"
    soft_spans = {(m.start - sentence.start, m.end - sentence.start) for m in mentions
                  if is_doubtful(m, values, article.text)}
    covered = [(m.start - sentence.start, m.end - sentence.start) for m in list(mentions) + list(values)
               if (m.start - sentence.start, m.end - sentence.start) not in soft_spans and not (
                   isinstance(m, Value) and _NUMBER_WORD.fullmatch(m.text) and any(  # "Seven" of "Quarry Seven"
                       a <= m.start - sentence.start and m.end - sentence.start <= b for a, b in soft_spans))]
    has_org = any(m.type == "ORG" for m in mentions)
    found: list[tuple[int, int]] = []

    per_spans = {(m.start - sentence.start, m.end - sentence.start) for m in mentions
                 if m.type in ("PER", "LOC") or (m.type in ("PRODUCT", "MISC") and is_doubtful(m, values))}
    values_only = [(v.start - sentence.start, v.end - sentence.start) for v in values]
    place_spans = {(v.start - sentence.start, v.end - sentence.start) for v in values if v.kind == "place"}
    retyped: list[tuple[int, int]] = []

    strong_spans: set[tuple[int, int]] = set()
    coordinated_spans: set[tuple[int, int]] = set()  # "Vitalis Nord und Vitalis Süd": a company like its neighbour

    def add(start: int, raw: str, strong: bool, described: bool = False, coordinated: bool = False) -> None:
        name = _clean(raw)
        if not _plausible(name, strong) or (lang == "en" and _PEOPLE_OF.match(name)):
            return  # ("Residents of Fairview will see …": people of a place, no company)
        if not described and _common_name(name, lang) and not (coordinated and not is_stop_word(name, lang)):
            return  # "Aktien", "Vorhaben", "Dafür": a common word, unless a descriptor or a coordinated company
            #         names it ("der Versicherer Ergo", "Kraft und Heinz")
        s = start + raw.find(name)
        e = s + len(name)
        inner = [(a, b) for a, b in per_spans if s <= a and b <= e and (a, b) != (s, e)]
        if strong and inner and not any(a < e and s < b for a, b in found):
            retyped.extend(inner + [(s, e)])  # "der Investor Qatar Investment Authority" swallows the place "Qatar"
            found.append((s, e))
            strong_spans.add((s, e))
            return
        if strong and (s, e) in per_spans and (s, e) not in retyped:
            retyped.append((s, e))  # "der Reisekonzern Thomas Cook" is a company, whatever the first name says
            found.append((s, e))
            strong_spans.add((s, e))
            return
        blocking = covered + found
        inner_values = {(a, b) for a, b in values_only if s <= a and b <= e and (
            (a > s and _GLUE(text[a - 1])) or (b < e and _GLUE(text[b])))}  # the "1" of "1&1": inside a word
        if strong and described:  # "to be called Dutch Dairy Union": a place word inside a name given as one
            inner_values |= {(a, b) for a, b in place_spans if s <= a and b <= e}
        if inner_values:
            blocking = [(a, b) for a, b in blocking if (a, b) not in inner_values]
            if not any(a < e and s < b for a, b in blocking):
                retyped.append((s, e))
        if s < 0 or any(a < e and s < b for a, b in blocking):
            return
        if any(a < e and s < b for a, b in soft_spans) and any(a < e and s < b and not _NUMBER_WORD.fullmatch(text[a:b])
                                                               for a, b in values_only):
            return
        retyped.extend((a, b) for a, b in soft_spans if a < e and s < b)
        found.append((s, e))
        if strong:
            strong_spans.add((s, e))
        if coordinated:
            coordinated_spans.add((s, e))

    is_descriptor = _IS_DESCRIPTOR["en" if lang == "en" else "de"]
    # "der Chipkonzern Intel": the words where `_WORD_THEN_NAME` can match are the word starts `_WORD_AT` finds (the
    # same word as its "desc"); the remembered descriptor test comes first, the name after the word only for a
    # descriptor (a third cheaper than matching the name after every word)
    for w in _WORD_AT.finditer(text) if is_descriptor is not None else ():
        m = _WORD_THEN_NAME.match(text, w.start()) if is_descriptor.fullmatch(w.group()) else None  # type: ignore
        if m and not (_PERSON_DESCRIPTOR.fullmatch(w.group()) and _looks_like_person(m.group("name"))):
            # ("der Restrukturierungsexperte Tobias Kern": an expert with a first name is a person)
            if COMPANY_PREFIX.fullmatch(w.group()) and w.group()[:1].isupper():
                # "Die Volksbank Rhein-Lahn", "der Sparkasse Oberland": the bank word opens the name
                add(w.start(), text[w.start():m.end("name")], True, described=True)
            else:
                add(m.start("name"), m.group("name"), True, described=True)
    # _NAMED and _LED_BY open with cue words most sentences lack: a substring test of the lower-cased sentence (those
    # letters have no other case partners) skips the scan without losing a match
    lowered = text.lower()
    for m in _NAMED.finditer(text) if any(w in lowered for w in ("name", "called", "firmier", "umbenannt")) else ():
        group = "name" if m.group("name") else "named"  # "soll künftig als X firmieren": the name before the verb
        add(m.start(group), m.group(group), True, described=True)
    for m in _ELLIPTIC.finditer(text) if _BLANK_UND_SOWIE.search(text) else ():  # "die Sparkassen Emsland und Grafschaft": two institutions, the noun said once
        add(m.start("first"), m.group("first"), True, described=True)
        add(m.start("second"), m.group("second"), True, described=True)
    for m in _LED_BY.finditer(text) if "ed by" in lowered or "angeführt" in lowered or "unter" in lowered else ():
        if _looks_like_person(m.group("name")) and _BE_BEFORE.search(text, 0, m.start()):
            continue  # "The new company will be led by Sandra Möller": a person at the head of a company
        add(m.start("name"), m.group("name"), True, described=True)
    for m in _LOWER_NAME.finditer(text) if _LOWER_NAME_TAIL.search(text) else ():  # "die Drogeriekette dm hat"
        if is_descriptor is not None and is_descriptor.fullmatch(m.group("desc")) and not (
                lang == "en" and _SHORT_VERB_EN.fullmatch(m.group("name"))):  # "The company said its …": a verb
            add(m.start("name"), m.group("name"), True, described=True)
    for t_start, t_end in triggers:  # "Zusammenschluss der Commerzbank", "Insolvenz des Modehauses X"
        m = _AFTER_TRIGGER.match(text, t_end)
        if m:
            add(m.start("name"), m.group("name"), False)
    for m in _ROLE_COMPOUND.finditer(text) if "-" in text and _ROLE_COMPOUND_TAIL.search(text) else ():
        add(m.start("name"), m.group("name"), True)
    for m in _CAMEL.finditer(text):
        if lang == "en" and _KIND_THEN_NAME_EN.match(text, m.end()):
            continue  # "GPU cloud startup X", "AI chip maker X": the capitals describe the company named after them
        add(m.start("name"), m.group("name"), True)
    for m in _ROMANCE_FIRM.finditer(text) if _ROMANCE_FIRM_WORD.search(text) else ():  # "Officine Bertoli"
        add(m.start("name"), m.group("name"), True, described=True)
    for word in _short_forms(article, sentence) | known:  # "die Bahn" after "Deutsche Bahn", "Levante" after "Banco Levante"
        for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) if word in text else ():
            add(m.start(), word, True, described=True)
    m = _INITIAL_APPOSITION["en" if lang == "en" else "de"].match(text) if _apposition_possible(text) else None
    if m and not _OPENING_ADVERB.match(text) and not any(is_common_word(w, lang) for w in m.group("name").split()):
        add(m.start("name"), m.group("name"), False)  # not "Instead, the ...", "Lieber Leser, die ..."
    if lang == "en":
        dateline = _DATELINE.match(text) if _DASH_BLANK.search(text, 0, 80) else None
        opened = dateline.end() if dateline and (dateline.group("agency") or dateline.group("wire") or
                                                 _SHOUTED.search(dateline.group("place"))) else 0
        m = _INITIAL_EN.match(text[opened:])  # (the first words after a dateline open the text too)
        if m:
            add(opened + m.start("name"), m.group("name"), False, coordinated=bool(m.group("second")))
            if m.group("second"):
                second = _AND_GAP_EN.match(m.group("second"))
                add(opened + m.start("second") + second.end(), m.group("second")[second.end():], False,  # type: ignore[union-attr]
                    coordinated=True)
        possessive = "'s" in text or "’s" in text
        for m in _POSSESSIVE_EN.finditer(text) if possessive else ():
            add(m.start("name"), m.group("name"), False)
        for m in _OWNED_UNIT_EN.finditer(text) if possessive else ():  # "SoftBank's Vision Fund invested"
            add(m.start("name"), m.group("name"), False)
        for m in _FIRM_AFTER_POSSESSIVE_EN.finditer(text) if possessive else ():
            add(m.start("name"), m.group("name"), True, described=True)  # "with Japan's Hoshino Bank about"
        lead = len(text) - len(text.lstrip())  # the blanks before the sentence's first word
        if opened > 0:
            lead = opened  # "BOSTON (Newswire) - Payroll software maker X": the word after a dateline opens the text
        for m in _SEQ_EN.finditer(text):
            if m.start() > lead:  # sentence-initial words are capitalised anyway
                if _NATIONALITY.fullmatch(m.group("name")) and _LOWER_WORD_AFTER.match(text, m.end()):
                    continue  # "the Indian hotel chain": an adjective
                if " " not in m.group("name") and _APPOSITION_OPENS.search(text, 0, m.start()) and \
                        _KIND_AFTER_EN.match(text, m.end()):
                    continue  # "Brackwater Construction, the Sheffield builder behind …": the apposition's place
                if _COURT_AFTER_EN.match(text, m.end()):
                    continue  # "filed for insolvency at the Leipzig district court": the court's seat, no party
                add(m.start("name"), m.group("name"), False)
    else:
        for clause_start in _clause_starts(text):  # sentence start, and a clause after ":" or ";"
            m = _INITIAL_DE.match(text, clause_start)
            if m and _initial_name_ok(m.group("name")) and not _PRONOUN_SUBJECT_AFTER.match(text, m.end()):  # "Kraft und Heinz haben": a coordinated subject
                add(m.start("name"), m.group("name"), False,
                    coordinated=bool(_AND_GAP_DE.match(text, m.end("name"))))
        # a passive agent needs "wurde/wird/werden/worden" and "von/durch" (a cue-word test as for _NAMED; a dotless
        # "ı" matches the "i" of "wird" under IGNORECASE)
        passive = "ı" in text or any(w in lowered for w in ("wurde", "wird", "werden", "worden")) and (
            "von" in lowered or "durch" in lowered)
        adjective_name = _ADJ_NAME_TAIL.search(text) is not None
        for pattern in (_AFTER_VERB_DE,) + ((_AFTER_CONJ_DE,) if _conjunction_possible(text) else ()) + (
                (_ADJ_NAME_DE,) if adjective_name else ()) + (
                (_PASSIVE_AGENT_DE,) if passive else ()):
            for m in pattern.finditer(text):  # "Mit dem Geld will Solaris", "dass Softbank ...", "der Deutschen Post"
                add(m.start("name"), m.group("name"), False)
        if not has_org:
            for m in _AFTER_PREP_DE.finditer(text):
                if not _PLURAL_NOUN.search(m.group("name").split()[0]):  # "mit Partnern", "von Desktops"
                    add(m.start("name"), m.group("name"), False)
    opening_adverb = _OPENING_ADVERB.match(text) if lang == "en" else None
    # the second round asks again about the names of the first: what a pattern finds before or after a position of
    # this sentence does not change, so it is searched once (`_COORD_BEFORE` scans the whole text before the name)
    before_at: dict[int, re.Match[str] | None] = {}
    after_at: dict[int, re.Match[str] | None] = {}
    for _ in range(2):
        orgs = sorted([(m.start - sentence.start, m.end - sentence.start) for m in mentions if m.type == "ORG"] + found)
        lone = {(m.start - sentence.start, m.end - sentence.start) for m in mentions
                if m.type == "PER" and " " not in m.text}
        soft_spans |= lone  # "Kraft und Heinz": a one-word "person" next to a company is a company
        covered = [c for c in covered if c not in lone]
        for a, b in orgs:  # coordination with a known organisation: "Daimler und der Batteriehersteller CATL"
            if a not in before_at:
                before_at[a] = _COORD_BEFORE.search(text[:a]) if _coordination_ends_at(text, a) else None
            m = before_at[a]
            if m and not (opening_adverb is not None and opening_adverb.end() <= a):
                add(m.start("name"), m.group("name"), False, coordinated=True)
            if b not in after_at:
                after_at[b] = _COORD_AFTER.match(text[b:])
            m = after_at[b]
            if m and not (lang == "en" and " " not in m.group("name") and
                          _APPOSITION_OPENS.search(text, 0, b + m.start("name")) and
                          _KIND_AFTER_EN.match(text, b + m.end("name"))):
                # (not "Brackwater Construction, the Sheffield builder": an apposition, its place no second company)
                add(b + m.start("name"), m.group("name"), False, coordinated=True)
    surnames = person_tokens(article) if surnames is None else surnames
    found = [f for f in found if f in strong_spans or text[f[0]:f[1]] not in surnames]  # "Brandt hatte": a person
    if found:
        found = [f for f in found if f in retyped or not any(a < f[1] and f[0] < b for a, b in covered)]
    colon = text.find(":", 0, 60)
    kicker_end = colon if colon > 0 and len(text[:colon].split()) <= 4 and any(
        m.type == "ORG" and m.start - sentence.start > colon for m in mentions) else -1
    for a, b in soft_spans:  # a one-word "person" nobody claimed and no first name: "Xiaomi" tagged PER (not the
        #                      surname of a person named in full before: "wies Brandt zurück")
        span_text = text[a:b]
        if b <= kicker_end:
            continue  # "Exit im Agtech-Bereich: Der Landtechnikkonzern X übernimmt …": a kicker's word, the clause
            #           after the colon names its own company
        if (a, b) not in retyped and " " not in span_text and span_text not in surnames and \
                _PER_SPANS_ONLY(mentions, sentence.start + a) and \
                not _looks_like_person(span_text + " X") and span_text[:1].isupper() and not _NOT_NAMES.match(span_text) \
                and not _AFTER_ROLE.search(text[max(0, a - 40):a]):  # "Facebook-Chef Zuckerberg" is a person
            found.append((a, b))
            retyped.append((a, b))
    out = []
    for s, e in sorted(found):
        surface = article.text[sentence.start + s:sentence.start + e]
        kind = "PER" if (s, e) not in strong_spans | coordinated_spans and _looks_like_person(surface) else "ORG"
        strong = (s, e) in strong_spans | coordinated_spans or (s, e) in soft_spans
        number = _MODEL_NUMBER.match(text, e) if (s, e) not in strong_spans else None
        if number is not None:  # "Hollow Orchard 2 will launch on PC and Switch 2": a sequel or model, a product
            e, kind = number.end(), "PRODUCT"
            surface = article.text[sentence.start + s:sentence.start + e]
        out.append(Mention(sentence.start + s, sentence.start + e, surface, kind, source="events.fallback",
                           score=STRONG_FALLBACK if strong else WEAK_FALLBACK))
    return out


# people named by where they live or what they are, opening a capitalised phrase: "Residents of X", "Workers at Y"
_PEOPLE_OF = re.compile(r"(Residents|Workers|Employees|Staff|Shareholders|Customers|Drivers|Passengers|Members|Locals|"
                        r"Tenants|Farmers|Parents|Consumers|Users|Fans|Citizens|People|Visitors|Patients|Students)"
                        r"\s+(of|at|in)\s")
STRONG_FALLBACK, WEAK_FALLBACK = 0.6, 0.5
"""The score of a fallback candidate: strong when a descriptor, a role compound, a spelling (CamelCase, all caps) or a
neighbouring company vouches for it, or the recogniser tagged it as something else; weak when only its position
says so (a capitalised word opening a sentence or after a verb or preposition). `roles._antecedent` trusts only the
strong ones from earlier sentences: a weak one there was never tested against a trigger of its own sentence, and
on real text it is often an opening adjective or noun ("Strittig sind ...", "Vielerorts ...")."""


_ARTICLE_BEFORE_DESCRIPTOR = re.compile(r"(?i)(?<![\w-])(der|die|das|des|dem|den|ein|eine|einem|einer|eines|the|a|an)"
                                        r"\s+((?-i:[a-zäöüß])[\w-]*\s+|(?-i:[A-ZÄÖÜ])\w+er\s+)?$")


_WORD_BEFORE_CAPITAL = re.compile(r"(?<![\w-])[^\W\d][\w-]*+(?=\s+[A-ZÄÖÜ])")  # (possessive: see `_WORD_AT`)


def described_names(article: Article, lang: str) -> list[tuple[int, str]]:
    """One-word names a company descriptor introduces anywhere in the article ("Der Solarspezialist Sonnwerk"), with
    their offsets. Later sentences name the company bare ("rechnet Sonnwerk mit"), where a name that ends like a
    common noun ("-werk") is no candidate by itself; the introduction vouches for it."""
    is_descriptor = _IS_DESCRIPTOR["en" if lang == "en" else "de"]
    if is_descriptor is None:
        return []
    out: list[tuple[int, str]] = []
    text = article.text
    for w in _WORD_BEFORE_CAPITAL.finditer(text):  # (the name kept below starts with a capital: only such words)
        if not is_descriptor.fullmatch(w.group()) or not _ARTICLE_BEFORE_DESCRIPTOR.search(text, max(0, w.start() - 40),
                                                                                          w.start()):
            continue  # (the descriptor a noun after an article: "Der Solarspezialist X", not a name "Commerzbank X")
        m = _WORD_THEN_NAME.match(text, w.start())
        name = _clean(m.group("name")) if m else ""
        if " " in name or len(name) < 4 or not name[:1].isupper() or not name.isalpha() or \
                _PERSON_DESCRIPTOR.fullmatch(w.group()) or not _plausible(name, True) or \
                is_common_word(name, lang) or article.in_region(m.start("name"), m.end("name")) is not None:
            continue
        out.append((m.start("name"), name))
    return out


def _GLUE(char: str) -> bool:
    """A character that joins a value into a longer word ("1&1", "3M"); a hyphen only links words."""
    return char.isalnum() or char in "&+"


# a short number right after a name that is no amount, share or year: a sequel's or model's number
_MODEL_NUMBER = re.compile(r" \d{1,2}(?:\.\d)?(?![\d%,.]|\s*(?:%|[Pp]rozent|percent|per cent|[Mm]io|[Mm]illion\w*|"
                           r"[Mm]illiarde\w*|[Mm]rd|bn|billion|[Ee]uro|[Dd]ollar|jobs|[Ss]tellen|[Uu]hr|[Jj]ahre?n?|"
                           r"years?|months?|[Mm]onate?n?|[Tt]age?n?|days?|[Pp]unkte?n?|points?)\b)")


# "Separately, Fjordline said ...": a sentence-opening adverb before a comma is no company listed with the next name
_OPENING_ADVERB = re.compile(r"^\s*([A-Z][a-z]+ly|Meanwhile|However|Also|Still|Instead|Overall|Earlier|Later|Now|"
                             r"Today|Yesterday|Previously|Finally|Elsewhere|Besides|Furthermore|Moreover)\s*,")
_AFTER_ROLE = re.compile(r"(?i)(chef\w*|ceo|cfo|präsident\w*|vorstand\w*|vorsitzende\w*|geschäftsführer\w*|boss|"
                         r"chief|chairman|chairwoman|president|minister\w*|kanzler\w*|trainer\w*)\s+$")
_PRONOUNS = re.compile(r"^(we|wir|us|uns|it|es|er|sie|they|he|she|i|ich|you|du|ihr|our|unser\w*)$", re.IGNORECASE)


def _short_forms(article: Article, sentence: Sentence) -> set[str]:
    """The distinctive words of an organisation named in full before this sentence: its last and first words ("Bahn" of
    "Deutsche Bahn", "Ferrowerk" of "Ferrowerk Antriebstechnik GmbH") that are no legal form, company, bank or group
    noun and no common word; later sentences often use only such a word."""
    out: set[str] = set()
    lang = sentence.language or article.language or "de"
    for m in article.mentions:  # (the cheap tests first: most mentions stand after the sentence)
        if m.end > sentence.start or not m.text[:1].isupper() or (m.type != "ORG" and not company_by_suffix(m)) or \
                article.in_region(m.start, m.end) is not None:
            continue  # not "deutsche Digitalagentur": a description the recogniser took for a name (but "Alvena
            #           Pharma" typed a place is a company by its last word: "Alvena" later is its short form)
        out.update(_short_words(m.text, lang))
    return out


@lru_cache(maxsize=4096)
def _short_words(name: str, lang: str) -> tuple[str, ...]:
    """The words of `_short_forms` that a name of two or more words offers. A pure function of the name (the
    lexicons do not change while the process runs), remembered: each later sentence of the article asks again."""
    words = [w for w in name.split() if not COMPANY_SUFFIX.fullmatch(w)]
    if len(words) < 1 or len(name.split()) < 2:
        return ()
    test = _IS_DESCRIPTOR["en" if lang == "en" else "de"]
    return tuple(w for w in (words[-1], words[0])
                 if len(w) >= 4 and w[:1].isupper() and w.isalpha() and not COMPANY_PREFIX.fullmatch(w) and
                 not is_common_word(w, lang) and not is_common_compound(w, lang) and
                 not (test is not None and test.fullmatch(w)))


def _PER_SPANS_ONLY(mentions: list[Mention], start: int) -> bool:
    return any(m.start == start and m.type == "PER" for m in mentions)


_NUMBER_WORD = re.compile(r"(?-i:[A-Z])[a-z]+")  # "Nine", "Zwei": a capitalised number word, no digits

# last words that make a name a company whatever the recogniser typed it ("Ryoko Systems" as a person, "Brightwater
# Capital" as a place): legal forms and the business nouns company names end with
COMPANY_SUFFIX = re.compile(
    r"(?:AG|SE|KG|KGaA|GmbH|Gmbh|mbH|Inc\.?|Ltd\.?|Corp\.?|Co\.?|PLC|plc|LLC|NV|BV|SA|SpA|Holding|Holdings|Group|Gruppe|"
    r"Capital|Partners|Ventures|Systems|Technologies|Technology|Labs|Pharma|Therapeutics|Biotech|Aerospace|Logistics|"
    r"Mining|Bancorp|Bank|Foods|Motors|Motoren|Energy|Airlines|Airways|Industries|Electronics|Networks|Software|"
    r"Solutions|Media|Retail|Stores|Invest|Investments|Fashion|Bakery|Brewing|Health|Healthcare|Insurance|Robotics|"
    r"Semiconductor|Semiconductors|Automotive|Chemicals|Chemie|Werke|Glaswerke?n?|Stahl|Versicherung|Finance|Equity|"
    r"Brands|Steel|Shipping|Telecom|Pharmaceuticals|Apparel|Resources|Power|Utilities|Electric|Hospitality|Hotels|"
    r"Properties|Communications|Infrastructure|Renewables|Realty|"
    # the same words in the Romance languages of many mining, energy and telecom names ("Andes Minerales")
    r"Minerales|Minera|Mineração|Industrias|Industrie|Inversiones|Energía|Energia|Petróleos|Seguros|Servicios|"
    r"Alimentos|Construcciones|Telecomunicaciones|Comunicaciones)")


# the last words of a company's name that the recogniser often leaves out, and that end no common noun phrase: legal
# forms and nouns that only name firms ("Rheinland Assekuranz", "Brackwater Construction", "Lanternfish Games")
COMPANY_NAME_WORDS = (r"AG|SE|GmbH|KGaA|Inc\.|Ltd\.|Corp\.|PLC|plc|LLC|Versicherung(?:en)?|Assekuranz|Rückversicherung|"
                      r"Holding|Holdings|Group|Gruppe|Interactive|Games|Studios?|Entertainment|Systems|Technologies|"
                      r"Software|Solutions|Construction|Capital|Ventures|Pharma|Therapeutics|Airlines|Airways|"
                      r"Industries|Logistics|Werke|Services")
_COMPANY_NAME_WORD = re.compile(COMPANY_NAME_WORDS)


# first words that make a name a company: banks and groups named in Romance languages or by their kind ("Banco
# Levante", "Caja Meseta", "Grupo X", "Sparkasse Y")
COMPANY_PREFIX = re.compile(r"(?:Banco|Banca|Banque|Bank|Caja|Caixa|Grupo|Gruppo|Groupe|Compagnie|Compañía|"
                            r"Sparkasse|Kreissparkasse|Stadtsparkasse|Volksbank|Raiffeisenbank|Stadtwerke)")


# Italian, Spanish, Portuguese and French firm words that open a company's name ("Officine Bertoli", "Fratelli
# Rossi", "Talleres Ibarra"): the name is the firm word and one or two capitalised words after it
_ROMANCE_FIRM_WORDS = (r"Officine|Fratelli|Cantieri|Costruzioni|Laboratorios|Laboratoires|Talleres|Construcciones|"
                       r"Industrias|Établissements|Etablissements")
_ROMANCE_FIRM_WORD = re.compile(rf"(?<![\w-])({_ROMANCE_FIRM_WORDS})\s")
_ROMANCE_FIRM = re.compile(rf"(?<![\w-])(?P<name>(?:{_ROMANCE_FIRM_WORDS})"
                           r"(?:\s+(?:de|di|del|della|des|du)\s+)?(?:\s*[A-ZÀ-Ý][\w'-]+){1,2})")


# one word with a capital after lower-case letters ("SkyNomad", "HelloFresh"), but not a surname's prefix ("McDonald",
# "MacArthur", "DeVito", "LeBlanc", "DiMaggio", "VanDyke")
_INNER_CAPITAL = re.compile(r"(?!(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)[A-Z])[A-Z][a-zäöüß]+[A-Z][A-Za-zäöüß]*")


def company_by_suffix(mention: Mention, text: str | None = None) -> bool:
    """A recogniser PER or LOC of two or more words whose last word is a legal form or a company noun ("Ryoko Systems",
    "Brightwater Capital", "Heyn Glaswerken"), or whose first word is a bank or group noun ("Banco Levante"), names a
    company; so does one right after a company noun ("die Drogeriekette Flora Markt", "the chain Rosa Lane": a first
    name in it does not make it a person)."""
    if mention.type not in ("PER", "LOC"):
        return False
    words = mention.text.split()
    if len(words) >= 2 and bool(COMPANY_SUFFIX.fullmatch(words[-1]) or _COMPANY_NAME_WORD.fullmatch(words[-1]) or
                                COMPANY_PREFIX.fullmatch(words[0])):
        return True
    if mention.type == "PER" and _INNER_CAPITAL.fullmatch(mention.text):
        return True  # "SkyNomad", "CargoLoop": a capital inside one word names a firm or brand, not a person
    if text is None or mention.start < 2:
        return False
    before = word_before_blanks(text[max(0, mention.start - 40):mention.start])
    if mention.type == "LOC" and before and _KIND_NOUN_EN.fullmatch(before):
        return True  # "chip packaging firm Kaiyuan Advanced Packaging", "streetwear label Northern Thread"
    if mention.type == "LOC" and not _lone_place_after_noun(mention, text):
        return False
    return bool(before and _COMPANY_NOUN.fullmatch(before))


def _lone_place_after_noun(mention: Mention, text: str) -> bool:
    """A one-word recogniser place that can be a company named after its noun ("der Handelskette Kaufland", "des
    Start-ups Lexigo"): a town after a company noun has a preposition between ("Hersteller in Ulm"), so a bare one is
    a name; not one another capitalised word follows ("der Konzern Bayer Leverkusen" is left alone)."""
    return " " not in mention.text and not _CAPITAL_AFTER.match(text[mention.end:mention.end + 3])


_CAPITAL_AFTER = re.compile(r"\s+[A-ZÄÖÜ]")


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
_WORD_BEFORE_REVERSED = re.compile(r"\s+([\w-]+)")


def word_before_blanks(window: str) -> str | None:
    """`_WORD_BEFORE.search(window).group(1)`: the word (a run of word characters and hyphens, cut at the window's
    start) before the blanks the window ends with, or None. Read from the reversed window with a match at its start:
    the search tries the word at every position of the window and backs over each word it meets, about four times
    slower on the 40 characters before a name."""
    m = _WORD_BEFORE_REVERSED.match(window[::-1])
    return m.group(1)[::-1] if m else None


# nouns that only describe companies (not "Experte", "Investor", "Gründer": people are those too)
_COMPANY_NOUN = re.compile(r"(?i)[\w-]*(kette|konzern|hersteller|händler|anbieter|betreiber|gruppe|unternehmen|"
                           r"versicherer|dienstleister|zulieferer|chain|maker|retailer|firm|company|start-?up|operator|"
                           r"provider|carrier|airline|manufacturer|producer|grocer|brewer|supplier|discounter|"
                           r"vermögensverwalter|spedition|molkerei|brauerei|reederei)(?:s|n|en|es)?")


# English lower-case nouns of a kind of company: a place after one ("packaging firm Kaiyuan", "fashion label Northern
# Thread") is the first word(s) of a company's name, even with more capitalised words after it (an English town after
# a company noun takes a preposition: "a firm in Kaiyuan")
_KIND_NOUN_EN = re.compile(r"(?-i:[a-z][\w-]*)?(?-i:firm|company|maker|retailer|chain|label|brand|start-?up|carrier|"
                           r"airline|manufacturer|producer|grocer|brewer|supplier|miner|cooperative|co-op|developer|"
                           r"outfit|lender|insurer|chipmaker|carmaker|automaker|operator)")


def kind_after_en(text: str, end: int) -> bool:
    """A lower-case English company noun follows (up to two words on): "… builder", "… car parts maker"."""
    return _KIND_AFTER_EN.match(text, end) is not None


_DIGIT = re.compile(r"\d")


def is_doubtful(mention: Mention, values: list[Value], text: str | None = None) -> bool:
    """A model mention the event rules should not trust as typed.

    A place no place value confirms ("Northvolt" as LOC), a person whose
    first word is no known first name ("Xiaomi", "Fiat Chrysler" as PER), a
    product without a model number ("Voltmarkt"): an organisation pattern may
    claim the span.
    """
    if mention.source.startswith("ruler") or mention.source == "events.fallback":
        return False
    if mention.type == "LOC":
        if text is not None and text.startswith((", ", ",\t"), mention.end) and any(
                v.kind == "place" and v.start == mention.end + 2 for v in values):
            return False  # "in Chandler, Arizona", "in Győr, Ungarn": a town the region after it places, no company
        return not any(v.kind == "place" and v.start <= mention.start and mention.end <= v.end for v in values)
    if mention.type == "PER":
        return not _looks_like_person(mention.text if " " in mention.text else mention.text + " X")
    if mention.type in ("PRODUCT", "MISC"):  # "Peugeot maker PSA", "Softwarehaus Nexolin": companies mistyped
        return not _DIGIT.search(mention.text)
    return False


def person_tokens(article: Article) -> set[str]:
    """Words after the first of the article's person names: a later "Brandt" alone is that person, not a company."""
    return {w for m in article.mentions if m.type == "PER" and " " in m.text and not is_doubtful(m, [])
            for w in m.text.split()[1:]}


_DESCRIPTOR_BEFORE = re.compile(r"([\w-]+)\s+$")


# single words the recogniser tags as organisations that never name one: interjections and discourse openers ("Okay,
# so X finally did it", "Word is that X ..."), deal nouns opening a sentence ("Takeover chatter flares up"), hosts
_NO_COMPANY_WORD = re.compile(r"(?i)(okay|ok|well|yes|wow|word|takeovers?|mergers?|deals?|buyouts?|übernahme\w*|"
                              r"fusion|fusionen|gastgeber\w*|gastgeberin|"
                              # groups of workers that open English strike reports ("Pilots at carrier X walked out")
                              r"pilots|workers|drivers|nurses|doctors|teachers|dockers|dockworkers|engineers|"
                              r"employees|staff|crews?|strikers|miners|machinists|controllers|"
                              # a site noun opening a sentence ("Store manager X said"): a place of the company
                              r"stores?|shops?|branch|plant|factory|site)")


# region words used as adjectives that the place lexicon does not normalise ("Nordic operator X", "Baltic ferry line")
_REGION_WORDS_EN = frozenset({"Nordic", "Baltic", "Balkan", "Iberian", "Gulf", "Alpine", "Arctic", "Mediterranean",
                              "Caribbean", "Pacific", "Atlantic"})


def only_describes(text: str, mention: Mention, lang: str) -> bool:
    """A recogniser name that describes and names nobody: an English nationality or region adjective before a
    lower-case noun ("purchase of Belgian invoicing app X", "European semiconductor stocks"), or the first part of an
    English compound adjective ("Frozen-yoghurt chain X", "Cloud-software maker Y")."""
    if mention.type not in ("PER", "ORG", "MISC"):
        return False
    if lang == "en" and text[mention.end:mention.end + 1] == "-" and text[mention.end + 1:mention.end + 2].islower():
        return True
    return (mention.text in ADJECTIVES_EN or mention.text in REGION_ADJECTIVES_EN or mention.text in _REGION_WORDS_EN) \
        and \
        text[mention.end:mention.end + 1] == " " and text[mention.end + 1:mention.end + 2].islower()


def is_common_noun_org(text: str, mention: Mention, lang: str) -> bool:
    """A recogniser ORG that is a common word, not a company: "die Chinesen", "mit den Profis", "Sparten-Chef".

    German capitalises nouns, so the recogniser (and the compound ruler) tags
    plural nouns and compound parts as organisations. Two cases are dropped,
    and only where no company descriptor stands right before the word ("der
    Versicherer Ergo", "der Lieferdienst Gorillas" stay): a plural-looking
    common word (lexicon, see `events.lexicon`), and a common word that is only
    the first part of a hyphen compound ("Sparten-Chef", "Krankenhaus-Beschäftigte").
    Singular names that are also nouns ("Kraft", "Staat", "Vorwerk") stay.
    """
    if mention.type != "ORG" or mention.source == "events.fallback":
        return False
    if is_shouted_word(mention.text.lstrip("#"), lang):
        return True  # "#LEAK", "UHR" in a tweet
    if _NO_COMPANY_WORD.fullmatch(mention.text) or is_field_abbreviation(mention.text):
        return True
    if not is_common_word(mention.text, lang) and not is_common_compound(mention.text, lang):
        return False
    if lang == "de" and _FEMALE_PERSON_NOUN.fullmatch(mention.text) and is_common_word(mention.text[:-2], lang):
        return True  # "Nachfolgerin wird …", "Beraterin": a person noun (a noun in -er with -in), never a company
    before = _DESCRIPTOR_BEFORE.search(text[max(0, mention.start - 40):mention.start])
    if before and is_descriptor_gap(" " + before.group(1) + " "):
        return False
    compound_part = text[mention.end:mention.end + 1] == "-"
    return compound_part or looks_plural(mention.text)


_FEMALE_PERSON_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+erin")


def is_descriptor_gap(gap: str) -> bool:
    """Text between two names that is only a company descriptor (" fintech ", " Chipkonzern ")."""
    words = gap.split()
    return len(words) == 1 and any(d is not None and d.fullmatch(words[0]) for d in _IS_DESCRIPTOR.values())


_HYPHEN_REST = re.compile(r"(?:-[\w]+)+")
_PLACE_ADJECTIVE = {"de": re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,9}er"),  # "Münchner", "Würzburger"
                    "en": re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|an|ch|ic|i)|[A-Z][\w]+-(?:based|owned|listed)")}


# descriptors the word list does not know as common nouns: the licensee of a brand is described, not named
_LICENSEE = re.compile(r"(?i)(franchisenehmer|franchisepartner|lizenznehmer)(s|n|in|innen)?")


def descriptor_noun(word: str, lang: str) -> bool:
    """A company descriptor that is a common noun ("Halbleiterspezialisten", "Brauerei-Gruppe", "maker"), not a name
    that ends like one ("Commerzbank")."""
    is_descriptor = _IS_DESCRIPTOR["en" if lang == "en" else "de"]
    if is_descriptor is None or not is_descriptor.fullmatch(word):
        return False
    if lang == "en":
        return word.islower()
    last = word.split("-")[-1]
    return any(f(w, lang) for f in (is_common_word, is_common_compound) for w in (last, word)) or \
        bool(_LICENSEE.fullmatch(word))


def describes_next_name(text: str, mention: Mention, names: list[Mention], lang: str) -> bool:
    """A recogniser ORG that is only the descriptor standing before a name: "Der Münchner Softwareanbieter
    Celonis", "the Israeli sensor maker Opticell", "die Würzburger Brauerei-Gruppe Hofbräu Main" (the recogniser
    took "Brauerei" of the compound). Its head is a company descriptor that is a common noun (German: in the word
    list, so "Commerzbank" or "Volksbank" stay names; English: lower case), the words before it are lower case or
    place adjectives, and another name starts right after it."""
    if mention.type != "ORG" or mention.source.startswith("events"):
        return False
    end = mention.end
    rest = _HYPHEN_REST.match(text, end)  # "Brauerei" + "-Gruppe"
    if rest:
        end = rest.end()
    if text[end:end + 1] != " " or not any(n.start == end + 1 and n.type in ("ORG", "PER", "PRODUCT", "MISC")
                                           for n in names):
        return False
    words = text[mention.start:end].split()
    if not descriptor_noun(words[-1], lang):
        return False
    adjective = _PLACE_ADJECTIVE["en" if lang == "en" else "de"]
    return all(w.islower() or adjective.fullmatch(w) for w in words[:-1])


# "UPI payments app Kredly", "Amazon rival Shopwise": a name, at most two lower-case words that are no verb or
# determiner, a lower-case company descriptor, then a capitalised word (the described company)
_MODIFIER_BEFORE_DESCRIPTOR_EN = re.compile(
    r"\s+(?:(?!(?:its|their|his|her|the|a|an|to|and|or|but|from|in|at|of|for|with|by|on|into|as|than|via|over|under|"
    r"about|after|before|has|have|had|is|are|was|were|will|would|said|says|sold|sells|bought|buys|took|takes|"
    r"\w+ed)\b)[a-z][\w-]*\s+){0,2}?(?-i:" + _DESCRIPTOR_EN + r")s?\s+(?=[A-Z])")


def modifies_described_name(text: str, mention: Mention, lang: str) -> bool:
    """An English name that only qualifies the descriptor of the next one ("UPI payments app Kredly", "Amazon rival
    Shopwise", "Apple supplier Corvex"): the sentence is about the described company, and the qualifier is no
    second company for its roles. A post between them ("Corvex chief executive X") is no descriptor and stays."""
    return lang == "en" and mention.type in ("ORG", "PRODUCT", "MISC") and \
        _MODIFIER_BEFORE_DESCRIPTOR_EN.match(text, mention.end) is not None


def is_pronoun(mention: Mention) -> bool:
    return bool(_PRONOUNS.match(mention.text))


_GENERIC_HEAD = re.compile(r"(?i)(unternehmen|konzern|firma|gruppe|hersteller|anbieter|company|firm|group|maker|"
                           r"\w*logistiker|\w*konzern|\w*hersteller|start-?up|"
                           # "Familienunternehmen", "Möbelhändler": one lower-case joined compound, no hyphen (the
                           # "Lufthansa-Gruppe" is a name)
                           r"[A-ZÄÖÜ]?[a-zäöüß]+(unternehmen|händler|kette|zulieferer|mittelständler))")


def is_descriptive(mention: Mention) -> bool:
    """An ORG mention that only describes ("das Berliner Unternehmen", "the company"): an anaphor, not a name."""
    if mention.type != "ORG":
        return False
    words = mention.text.split()
    head = words[-1]
    if not _GENERIC_HEAD.fullmatch(head):
        return False
    # "das Berliner Unternehmen", "the company": lower-case words or a city adjective; "Deutsche Bank" is a name
    return all(w.islower() or _CITY_ADJECTIVE.fullmatch(w) for w in words[:-1])


_CITY_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")


@lru_cache(maxsize=1)
def _first_names():  # type: ignore[no-untyped-def]
    try:
        import gender_guesser.detector as detector
    except ImportError:  # pragma: no cover - a declared dependency; without it no name is read as a person
        return None
    return detector.Detector(case_sensitive=False)


_SURNAME_AFTER = re.compile(r" ((?-i:[A-ZÄÖÜ])[a-zäöüß]+(?:-(?-i:[A-ZÄÖÜ])[a-zäöüß]+)?)"
                            r"(?=[,;:.)]|\s+(?-i:[a-z(]))")


def with_surname(text: str, mention: Mention, lang: str) -> Mention:
    """A recogniser person of one known first name that stops before the surname ("said Dana Whitfield, CEO of X"
    tagged as "Dana"): the person with the capitalised word after it, when that word is no common word."""
    if mention.type != "PER" or " " in mention.text or "-" in mention.text:
        return mention
    m = _SURNAME_AFTER.match(text, mention.end)
    if m is None or is_common_word(m.group(1), lang) or is_stop_word(m.group(1), lang) or \
            not _looks_like_person(mention.text + " " + m.group(1)):
        return mention
    return Mention(mention.start, m.end(1), text[mention.start:m.end(1)], "PER", source="events.retyped",
                   score=mention.score)


def looks_like_person(name: str) -> bool:
    return _looks_like_person(name)


def _looks_like_person(name: str) -> bool:
    """ "Jörn Werner", "Satya Nadella": two or three words starting with a known first name."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if words[0].lower() in _BRAND_FIRST_WORDS:
        return False
    names = _first_names()
    if names is None:
        return False
    # a double first name ("Gert-Hartwig", "Anna-Lena") is a first name when each part is one
    return all(names.get_gender(part) in ("male", "female", "andy") for part in words[0].split("-") if part) \
        and bool(words[0].strip("-"))


# words that gender-guesser knows as first names but that mostly start company names in business news
_BRAND_FIRST_WORDS = frozenset({"general", "royal", "grand", "mercedes", "alfa", "aldi", "hermes", "morgan", "marks",
                                "victoria", "union", "standard", "national", "united", "central"})
