"""Trigger lexicons: the words that evoke each event type, per language, as data.

Why data and not code: a missed trigger should be a one-line change plus a
test row (the trafilatura `xpaths.py` idea). Each entry is a regular
expression over the sentence (case-insensitive, word-bounded), plus:

- ``pos``: "verb" or "noun"; argument rules read German/English noun triggers
  differently ("Übernahme von X durch Y" vs "Y übernimmt X").
- ``strength``: how reliably the word alone signals the type (feeds confidence).
- ``unless``: a pattern that, found right after the trigger (within
  ``UNLESS_WINDOW`` characters), vetoes it ("übernimmt die Leitung" is no
  acquisition; "strike a deal" is no strike).
- ``needs``: evidence the sentence must also hold: "org" (an organisation
  mention), "person", "place", "count", "money", "number" (count or money),
  "product", "figure" (count, money, fraction or period), or "cue:<NAME>" for a
  pattern in ``CUES``.
- ``unless_before``: a pattern that vetoes the trigger when found in the
  sentence before it ("eine Vereinbarung ... treffen" is no meeting).
- ``unless_between``: two patterns, one before and one after the trigger, that
  veto it together ("über Streik entscheiden" is no strike yet).
- ``attrs``: fixed argument values the trigger implies (leadership change,
  facility kind, financial metric).

Stems are written as ``r"übernimm\\w*"``; a named group ``t`` marks the trigger
word inside a longer phrase ("spaltet ... ab" → the trigger is "spaltet").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newsgraph.events.lexicon import UNIT_NOUNS_DE

UNLESS_WINDOW = 40


@dataclass(frozen=True)
class TriggerSpec:
    type: str
    lang: str  # "de" | "en"
    pattern: str
    pos: str = "verb"
    strength: float = 0.8
    unless: str | None = None
    needs: tuple[str, ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict)
    unless_before: str | None = None  # vetoes when found in the sentence before the trigger (anchored by $ if wanted)
    unless_between: tuple[str, str] | None = None  # vetoes when the first is found before and the second after it


def _t(type_: str, lang: str, pattern: str, pos: str = "verb", strength: float = 0.8,
       unless: str | None = None, needs: tuple[str, ...] = (), unless_before: str | None = None,
       unless_between: tuple[str, str] | None = None, **attrs: Any) -> TriggerSpec:
    return TriggerSpec(type_, lang, pattern, pos, strength, unless, needs, attrs, unless_before, unless_between)


# Patterns the `needs` of several triggers refer to ("cue:open").
CUES: dict[str, str] = {
    "open": r"\b(eröffn\w*|öffne\w*|geöffnet|aufmach\w*|open\w*|launch\w*|errichte\w*|bau\w*|built|expan\w*|"
            r"ausbau\w*|erweiter\w*|add\w*|plan\w*|will|soll\w*|neue\w*|new|weitere\w*|more)\b",
    # ("eine Pilotfertigung in Brandenburg aufbauen": the separable "auf|bauen" too)
    "build": r"\b(eröffn\w*|öffne\w*|geöffnet|errichte\w*|(?<!ge)bau(t|en|te|ten)?\b|gebaut|neubau\w*|baubeginn|"
             r"aufbau(t|en|te|ten)?\b|aufgebaut|aufzubauen|"
             r"spatenstich|grundstein|geschlossen|stillgelegt|investier\w*|entsteh\w*|entstand\w*|(produktion|betrieb) (\S+ ){0,2}?aufnehm\w*|"
             r"(produktion|betrieb) (\S+ ){0,2}?aufgenommen|plans?|planned|zieh\w*|verleg\w*|umzug|gründe\w*|ansiedl\w*|ansiedel\w*|"
             r"schließ\w*|stillleg\w*|bezieh\w*|bezog\w*|bezogen|fertigstell\w*|in betrieb|inbetriebnahme|"
             r"opens?|opened|opening|build\w*|built|construct\w*|mov(e|es|ed|ing)|chos(e|en)|choose|"
             r"relocat\w*|establish\w*|set(s|ting)? up|close[sd]?|closing|shut\w*|new|"
             # ("will invest $1.3bn in an assembly plant": money put into a site builds it, as "investiert" does)
             r"invest(s|ed|ing)?\s+([^\s,;]+\s+){0,4}?in(to)?\s+(a|an|its|the)\s+([\w-]+\s+){0,2}?(plant|factory|"
             r"gigafactory|facility|warehouse|headquarters|office|campus|(data |research |logistics )?cent(er|re))|"
             r"(br(oke|eak|eaks|eaking)|"
             r"broken) ground|groundbreaking|planning (permission|consent|approval)|tak(e|es|ing) shape)\b",
    "shipped_unit": r"\b(smartphones?|handys?|telefone|geräte|phones?|devices?|units?|einheiten|fahrzeuge|"
                    r"autos|cars|vehicles|tablets?|laptops?|computers?)\b",
    "jobs": r"(\w*stellen|\w*arbeitsplätzen?|\w*arbeitsplatz|\w*jobs?|mitarbeiter\w*|beschäftigte\w*|positions?|employees|workers|"
            r"staff|angestellte\w*|people|personnel|belegschaft|workforce|headcount|roles|"
            r"jede\w* (zweite|dritte|vierte|fünfte|sechste|siebte|achte|zehnte) stelle)\b",
    "funding": r"\b(finanzierung\w*|kapital|investor\w*|geldgeber\w*|wagniskapital\w*|funding|investors?|"
               r"venture|series [a-f]|round|capital)\b",
    "strikers": r"\b(gewerkschaft\w*|verdi|ver\.di|cockpit|ig metall|gdl|piloten|beschäftigte\w*|mitarbeiter\w*|"
                r"lokführer\w*|streik\w*|union|workers)\b",
    "new_market": r"\b(auch|erstmals|ab sofort|jetzt|künftig|nun|neuerdings|first time|now)\b",
    "ceo_role": r"\b(ceo|chef\w*|vorstand\w*|vorsitz\w*|geschäftsführ\w*|präsident\w*|director|president|"
                r"chair\w*|officer|head|leiter\w*|manager\w*|vice president|vp|cfo|cto|coo)\b",
}

# (also the network of them: "baut sein Filialnetz in Österreich aus", "is expanding its store network")
_STORE_NOUN_DE = (r"((offline|flagship|mi)[- ]?)?(stores?|shops?|showrooms?)|\w*filiale[n]?|läden|laden|ladengeschäft\w*|"
                  r"verkaufsstellen|geschäfte|outlets?|mi[- ]homes?|cafés|restaurants|(filial|laden|store)netz(es)?|"
                  # the stores of furniture and department-store chains ("eröffnet ein Einrichtungshaus", "zehn weitere
                  # Einrichtungshäuser"; not the descriptor before a name, "Das Passauer Möbelhaus Brandner": see
                  # extract._HOUSE_BEFORE_NAME)
                  r"(einrichtungs|möbel|waren|kauf)h(aus|äuser)|"
                  # one store of a chain named by its "Markt" after an ordinal: "den ersten Markt hat X in Wels eröffnet"
                  r"(?<=ersten )markt|(?<=zweiten )markt|(?<=dritten )markt|(?<=neuen )markt")
_STORE_NOUN_EN = (r"((offline|flagship|retail|mi)[- ]?)?(stores?|shops?|showrooms?)|outlets?|branches|retail locations|"
                  r"mi[- ]homes?|cafés|cafes|restaurants|pubs|(store|shop|branch|retail) network|"
                  # one restaurant of a chain opened, counted by its ordinal: "will open its 20th restaurant on X Street"
                  r"(?<=\dth )restaurant|(?<=\dst )restaurant|(?<=\dnd )restaurant|(?<=\drd )restaurant|"
                  r"(?<=first )restaurant|(?<=new )restaurant")

# the stores as the place of something else: "will process payments in Uniqlo's stores", "in allen Filialen"
IN_THE_STORES = (r"(?<!\w)(in|at|across|im|bei|beim|inside|within)\s+(den|der|dem|allen|seinen|ihren|unseren|its|their|"
                 r"our|the|all|(?-i:[A-ZÄÖÜ])[\w-]*['’]s)\s+((?-i:[a-zäöüß])[\w-]*\s+)?$")

# a count of stores the company runs now, right before the store noun: no expansion
# ("currently trades from 48 outlets": where a chain sells now, its size)
RUNS_STORES_EN = (r"(?<!\w)(?i:runs|operates|ran|operated|run|operate|owns|owned|trad(?:es|ed|ing)\s+(?:from|out\s+of)|"
                  r"(?:chain|retailer|grocer|operator)\s+with)\s+((?i:about|around|some|nearly|almost|more than|over|"
                  r"the first|the last|the)\s+)?"
                  r"[\d.,]+\s+((?!(?i:new|more|additional|further)\b)[\w-]+\s+)?$")
RUNS_STORES_DE = (r"(?<!\w)(?i:betreibt|betrieb|unterhält|unterhielt)\s+((?i:bislang|bisher|derzeit|aktuell|schon|bereits)\s+)?"
                  r"((?i:rund|etwa|knapp|über|mehr als|insgesamt)\s+)?[\d.,]+\s+((?!(?i:neue\w*|weitere\w*|zusätzliche\w*)\b)[\w-]+\s+)?$")
# the stores a company has, counted after its possessive: "closing a third of the bank's 640 branches", "mit ihren
# derzeit 118 Märkten" (not "its 25 new stores", "seine 30 weiteren Filialen")
OWNED_STORES = (r"(?<!\w)(?i:its|their|our|seine[nm]?|ihre[nm]?|unsere[nm]?|(?-i:[A-Z])[\w-]*['’]s|the\s+[a-z]+['’]s)\s+"
                r"((?i:bislang|bisher|derzeit|aktuell|current|existing)\s+)?[\d.,]+\s+"
                r"((?!(?i:new|more|additional|further|neue\w*|weitere\w*|zusätzliche\w*)\b)[\w-]+\s+)?$")

# all the stores a chain has: "which will supply all of its Portuguese shops", "beliefert alle seine Filialen"
ALL_ITS_STORES = (r"(?<!\w)(?i:all|alle|sämtliche)\s+((?i:of)\s+)?(?i:its|their|our|the|seine|ihre|unsere)\s+"
                  r"([\w-]+\s+)?$")

# what stands before a "Pleite" that is a lost match: a score ("1:5-"), an ordinal ("die vierte"), a tournament
DEFEAT_BEFORE = (r"((?<!\w)(spiele|partien|matches|wochen)\s+ohne\s+|\d+:\d+-?\s*|\b(erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|"
                 r"\d+\.|knappe|deutliche|bittere|herbe|peinliche|olympische)[nrs]?\s+(\w+\s+)?|"
                 r"\b(em|wm|olympia|pokal|heim|auswärts|derby|liga|cl|bundesliga)-)$")

# what is replaced when the verb is no succession: old stock ("replace older Boeing 737s", "replacing its ageing fleet")
_REPLACED_STOCK_EN = (r"^\s+(the\s+|its\s+|their\s+|some\s+|(\d[\d,.]*|two|three|four|five|six|ten|dozens of|"
                      r"hundreds of)\s+)?(older|old|ageing|aging|existing|outdated|legacy|obsolete)\b")

# things, not people, after "replace": "the battery trains would replace diesel units on non-electrified lines"
_REPLACED_THINGS_EN = (r"^\s+(the\s+|its\s+|their\s+)?([a-z][\w-]*\s+){0,3}?(units|trains|vehicles|engines|buses|planes|"
                       r"aircraft|jets|machines|systems|models|products|fleets?|cars|trucks|equipment|parts|"
                       r"components|boilers|turbines|servers|software)\b")

# succession words; "folgt X auf Y" puts the successor between the verb and "auf" (verb-second order)
_SUCCESSION_DE = (r"(nachfolger\w*|nachfolge|(?P<t>folgt|folgte)\s+([^\s,;]+\s+){0,5}?auf\b|beerbt|"
                  # the predecessor as a dative pronoun: "ihm folgt zum 1. Januar Y", "ihr folgte Y"
                  r"(?<=\bihm |\bihr )(?P<t2>folgt|folgte)\b|"
                  r"löst (\S+ ){0,4}?ab|abgelöst|ersetzt)")

# a deal told before, opening a sentence that sets it in context: "The acquisition comes two months after …", "The
# deal follows …" (the pair for `unless_between`: the sentence start before the noun, the context verb after it)
_TOLD_BEFORE_EN = (r"^\s*(the|this)\s+$", r"^\s+(comes?|came|follows|followed|marks|marked)\b")

# leadership change words that are nouns in German
TRIGGERS: tuple[TriggerSpec, ...] = (
    # --- agreement -------------------------------------------------------------------------
    _t("agreement", "de", r"\w*vorvertr(a|ä)g\w*", "noun", 0.9),
    # any compound with the head "Vertrag" ("Abnahmevertrag", "Liefervertrag"), but not those that name another deal
    # or no business agreement ("Partnerschaftsvertrag" is the partnership, "Koalitionsvertrag" politics)
    _t("agreement", "de", r"(?!\w*(partnerschafts|kooperations|übernahme|fusions|koalitions|arbeits|miet|"
                          r"renten|bauspar|handy|mobilfunk|ehe|erb)vertr)"
                          r"\w*vertr(a|ä)g(e|en|es|s)?\b",
       # (nor a contract in force: "Der dortige Tarifvertrag laufe noch bis Ende 2026" is a state, no new deal)
       "noun", 0.75, unless=r"^\s*(zur|über die|über eine) (übernahme|fusion)|^\s+(läuft|laufe|lief|gilt|gelte|galt)\b"),
    _t("agreement", "de", r"\w*vereinbarung\w*", "noun", 0.85),
    _t("agreement", "de", r"(\w*absichtserklärung|(?!(frei|handels|zoll|klima|steuer|doppelbesteuerungs)abkommen)"
                          r"\w*abkommen|memorandum of understanding|deal)\w*", "noun", 0.8),
    # a contract awarded: "erhält einen Großauftrag der Deutschen Bahn" ("im Auftrag von" acts for someone)
    _t("agreement", "de", r"(groß|folge|rahmen|liefer|milliarden|millionen|\w*bau)?auftr(a|ä)g(e|en|es|s)?", "noun", 0.7,
       needs=("org",), unless_before=r"(?<!\w)(im|in|ihrem|seinem|unserem)\s+$"),
    _t("agreement", "de", r"(unterzeichne\w*|unterschrieben|unterschreib\w*|unterschrieb\w*)", "verb", 0.75,
       needs=("org",)),
    _t("agreement", "de", r"(vereinbart\w*|geeinigt|einig(t|en) sich|einigung|verständig(t|en|te|ten) sich|"
                          r"(haben|hat) sich (\S+ ){0,6}?verständigt)", "verb", 0.7, needs=("org",),
       # "über den Kaufpreis vereinbarten beide Seiten Stillschweigen": agreeing to keep quiet is no deal
       unless=r"^\s*(\S+\s+){0,3}?stillschweigen", unless_before=r"stillschweigen\b[^,;:.]{0,120}$"),
    # an order placed with a maker: "hat beim Zughersteller X 30 Züge bestellt" (not "zum Geschäftsführer bestellt")
    _t("agreement", "de", r"\bbei(m)?\s+(?!(\S+\s+){0,12}?zu[mr]\s)(\S+\s+){1,12}?(?P<t>bestellt|bestellte|bestellten|"
                          r"geordert|ordert|orderte)\b|\b(?P<t2>bestellt|bestellte|bestellten|ordert|orderte|orderten)\s+"
                          r"(\S+\s+){0,2}?bei(m)?\s+(?!(\S+\s+){0,8}?zu[mr]\s)\w+", "verb", 0.7, needs=("org",)),
    # "hat eine feste Bestellung über 12 Jets bei Airbus aufgegeben": an order placed with a named supplier
    _t("agreement", "de", r"(fest|groß|sammel)?bestellung(en)?", "noun", 0.7, needs=("org",),
       unless=r"^\s*(ein|eing|ab|zurück|aus|storn)"),
    _t("agreement", "en", r"((non-?|legally )?binding )?(pre-)?agreements?", "noun", 0.85),
    # "has won a €640 million order from X", "landed an order from"; "ordered 30 trains from X"; "placed/signed a firm
    # order with X for 20 aircraft"
    _t("agreement", "en", r"(?P<t>order(s|ed)?)\s+(\S+\s+){1,8}?from\b|(won|wins|win|winning|landed|lands|secured|secures|"
                          r"received|receives|bagged|clinched)\s+(\S+\s+){0,5}?(?P<t3>orders?)\s+(from|by)\b|(?P<t2>plac(e|es|ed|ing)|sign(s|ed|ing)?|"
                          # "has firmed up an order for 30 jets": a provisional order made binding
                          r"firm(s|ed|ing)? up)\s+(an?\s+)?(\S+\s+)?orders?\s+(with|for)\b", "verb", 0.7, needs=("org",)),
    _t("agreement", "en", r"(deal|contract|memorandum of understanding|memorandum|mou|letter of intent|term sheet|"
                          r"accord|pact)s?", "noun", 0.75,
       unless=r"^\s*(to|for) (acquire|buy|purchase|merge)|^\s+(still )?(runs|expires)\b",
       # the deal told before, named again as a time ("will step down once the deal is completed") or by the sources
       # ("people close to the deal")
       unless_before=r"\b(once|until|after|before|when|close to|familiar with|briefed on)\s+the\s+$",
       unless_between=_TOLD_BEFORE_EN),
    _t("agreement", "en", r"(sign(s|ed|ing)?|inked|agreed|struck|strikes?) ", "verb", 0.7, needs=("org",),
       unless=r"^\s*(to )?(acquire|buy|purchase|merge|a (deal|agreement) to (acquire|buy))"),
    # --- partnership -----------------------------------------------------------------------
    _t("partnership", "de", r"\w*partnerschaft\w*", "noun", 0.9),
    _t("partnership", "de", r"(kooperation\w*|kooperier\w*|zusammenarbeit|joint[- ]venture\w*|allianz\w*|"
                            r"gemeinschaftsunternehmen|gemeinsame sache|(?P<t>bündel\w*) (\S+ ){0,2}?kräfte|"
                            r"kräfte (zu )?bündeln|schulterschluss)", "noun", 0.85,
       unless_before=r"(gespräch\w*|verhandlung\w*)\s+(über|zu[rm]?)\s+(eine[rn]?\s+|die\s+)?"
                     r"((?-i:[a-zäöüß])[\w-]*\s+){0,2}$",
       # "um über eine engere Zusammenarbeit zu sprechen": cooperation still to be talked about
       unless_between=(r"\büber\s+(eine[rn]?\s+|die\s+|mögliche\s+)?((?-i:[a-zäöüß])[\w-]*\s+){0,2}$",
                       r"^\s+(\S+\s+){0,6}?(zu\s+)?(sprechen|reden|beraten|verhandeln|diskutieren)\b")),
    _t("partnership", "de", r"(?P<t>arbeite\w*|arbeiten)\s+(\w+\s+){0,6}?zusammen|zusammenarbeiten|"
                            r"(?P<t2>tun sich)\s+(\w+\s+){0,4}?zusammen|gewinnt\s+(\w+\s+){0,4}?als partner",
       "verb", 0.8),
    _t("partnership", "de", r"(vertriebs|handels|technologie|strategische[nr]?\s)partner\w*", "noun", 0.75),
    # a joint company: "werden keine gemeinsame Glasfasergesellschaft gründen", "eine gemeinsame Tochter"
    _t("partnership", "de", r"gemeinsame[nrs]?\s+\w*(gesellschaft|tochter|firma)", "noun", 0.75, needs=("org",)),
    _t("partnership", "de", r"gemeinsam (\S+ ){0,4}?(?P<t>bauen|entwickeln|produzieren|anbieten|betreiben|entwickelt|baut)",
       "verb", 0.7, needs=("org",)),
    # "gilt der Händler X als möglicher Partner", "X is seen as a likely partner": a partner of the company before
    _t("partnership", "de", r"als\s+([a-zäöüß]+e[nrs]?\s+)?(?P<t>partner(in)?)\b", "noun", 0.7, needs=("org",),
       as_partner=True),
    _t("partnership", "en", r"as\s+(an?\s+)?([a-z]+\s+)?(?P<t>partner)\b", "noun", 0.7, needs=("org",), as_partner=True),
    # "Partner für die Expansion ist der Franchisenehmer X", "The partner for the launch is X": the copula names him
    _t("partnership", "de", r"(?<![\w-])(?P<t>partner(in)?)\s+(für|bei)\s+(\S+\s+){0,4}?(ist|sind|wird|war|wäre)\b",
       "noun", 0.7, needs=("org",), as_partner=True),
    _t("partnership", "en", r"(?<![\w-])(?P<t>partner)\s+(for|in|on)\s+(\S+\s+){0,4}?(is|will be|was)\b",
       "noun", 0.7, needs=("org",), as_partner=True),
    _t("partnership", "en", r"(jointly|together) (\S+ ){0,2}?(?P<t>develop|build|produce|make|offer|operate)\w*",
       "verb", 0.7, needs=("org",)),
    _t("partnership", "en", r"(partnership|cooperation|collaboration|alliance|joint venture)s?", "noun", 0.9,
       # a partnership still to be talked about is none yet: "talks about a partnership", "to discuss a broader alliance"
       # (exploring one is a possibility: "is exploring an alliance with X" is speculative, not none)
       unless_before=r"((talks|negotiations)\s+(about|on|over)|discuss(es|ed|ing)?)\s+"
                     r"((a|an|the)\s+)?((possible|potential)\s+)?([\w-]+\s+){0,2}$"),
    _t("partnership", "en", r"(partner(s|ed|ing)? (with|up)|team(s|ed|ing)? (up|with)|collaborat(e|es|ed|ing)|"
                            r"join(s|ed|ing)? forces|(will|to|would) work (together )?with)",
       "verb", 0.85),
    _t("partnership", "en", r"(reseller|distribution|distributor|strategic|technology) partners?", "noun", 0.75),
    # a partner taken on by a verb: "has signed up Maple Auto as its exclusive distributor", "named X as its importer",
    # "has signed X as master franchisee for both countries"
    _t("partnership", "en", r"(sign(s|ed)?(\s+up)?|appoint(s|ed)?|nam(es|ed)|pick(s|ed)?|chose|tapp(s|ed)?)\s+(\S+\s+){1,5}?"
                            r"as\s+((its|their|the|an?)\s+)?([a-z]+\s+)?(?P<t>distributor|importer|reseller|dealer|"
                            r"partner|franchisee|licensee)\b",
       "noun", 0.75, needs=("org",)),
    # "a tie-up with the delivery app X": an alliance with one named partner ("a tie-up between A and B" merges them)
    _t("partnership", "en", r"(?P<t>tie-?ups?)(?= with\b)", "noun", 0.75, needs=("org",)),
    # --- acquisition ------------------------------------------------------------------------
    _t("acquisition", "de", r"(übernimm\w*|übernahm\w*|übernehm\w*|übernommen(e[mnrs]?)?)", "verb", 0.85,
       unless=r"^\s*(\S+\s+){0,6}?(die |den |das )?((führung|leitung|vorsitz|posten|amt|verantwortung|kosten|"
              r"rolle|aufgabe|geschäfte|steuer|mehrkosten|ruder|chefposten|spitze|funktion|mandat|position|"
              # a task taken on in a partnership: "Y bringt seine Rohre ein, X übernimmt Vermarktung und Betrieb"
              r"vermarktung|betrieb|vertrieb|wartung|planung|finanzierung|koordination|abwicklung)\b|"
              r"\w+(führung|leitung|vorsitz|posten|spitze)\b)",
       # "Den Vorstandsvorsitz bei X übernimmt Y": the post stands first
       unless_before=r"(?<!\w)(den|die|das)\s+\w*(vorsitz|posten|leitung|führung|spitze|chefposten|amt|ruder|mandat)\b"
                     r"[^,;:]{0,60}$"),
    _t("acquisition", "de", r"(\w*übernahme(n|angebot\w*|pläne\w*|plan\w*)?|kaufangebot\w*|\w*übernahmeofferte)", "noun", 0.9,
       unless=r"^\s*(der|des) (führung|leitung|verantwortung|kosten)"),
    _t("acquisition", "de", r"(kauf(t|en|te|ten)|gekauft(e[mnrs]?)?|\w*zukauf\w*|erwirb\w*|erwarb\w*|erworben(e[mnrs]?)?|erwerb\w*|"
                            r"akquiri\w*|akquisition\w*|schluck\w*|geschluckt|schnappt sich|schnappte sich|einverleib\w*|"
                            r"(?P<t>verleib(t|te|ten|en))\s+(\S+\s+){0,8}?ein\b)", "verb", 0.75,
       needs=("org",)),
    _t("acquisition", "de", r"(?P<t>(?!verk)(\w+)?kauf) (von|der|des)", "noun", 0.7, needs=("org",)),
    # "hat sich die restlichen 49 Prozent an X gesichert": securing a stake is buying it
    _t("acquisition", "de", r"(sichert|sicherte|sicherten|gesichert)", "verb", 0.7,
       needs=("org", "cue:stake")),
    # "X wird Teil der Y-Gruppe", "X becomes part of Y": X is taken over by Y
    _t("acquisition", "de", r"(?P<t>wird|werden|wurde|wurden)\s+(\S+\s+){0,3}?teil\s+(der|des|von)\b", "verb", 0.7,
       needs=("org",), part_of=True),
    _t("acquisition", "de", r"(?P<t>gehört|gehören|gehörte|gehörten)\s+(ab sofort|nun|jetzt|künftig|seit (heute|kurzem|"
                            r"dieser woche|montag|dienstag|mittwoch|donnerstag|freitag))\s+(\S+\s+){0,2}?zu[rm]?\b",
       "verb", 0.7, needs=("org",), part_of=True),
    _t("acquisition", "en", r"(?P<t>becomes|become|became|will become)\s+(\S+\s+){0,2}?part\s+of\b", "verb", 0.7,
       needs=("org",), part_of=True),
    # "einen Käufer für seine Sparte finden", "seeking a buyer for its unit": a sale under way
    _t("acquisition", "de", r"(?P<t>käufer|interessenten)\s+(für|fuer)\b", "noun", 0.7, buyer_sought=True),
    _t("acquisition", "en", r"(?P<t>buyers?)\s+for\b", "noun", 0.7, buyer_sought=True),
    # a company on offer, or not: "X is not for sale", "put itself up for sale", "Wir sind nicht zu verkaufen",
    # "X steht nicht zum Verkauf"
    _t("acquisition", "en", r"(is|are|was|were|be|been|being|not|itself|themselves) (up )?(?P<t>for sale)", "noun", 0.65,
       for_sale=True),
    _t("acquisition", "de", r"(?P<t>(steht|stehe|stehen|stand|standen) (\S+ ){0,3}?zum verkauf|"
                            r"(sind|ist|seien|sei) (\S+ ){0,2}?(nicht )?zu verkaufen)", "verb", 0.65, for_sale=True),
    # "prüft den Verkauf ihres Geschäfts in Tschechien", "the sale of its chip unit": the agent sells
    _t("acquisition", "de", r"(?P<t>verkauf|veräußerung)\s+(von|vom|der|des|ihre[rs]|seine[rs]|eine[rs])\b", "noun",
       0.7, seller_noun=True),
    _t("acquisition", "en", r"(?P<t>sale|divestment|divestiture|disposal)\s+of\b", "noun", 0.7, seller_noun=True),
    # "Käufer ist der Industriekonzern Hexagon", "Hexagon is the buyer": the buyer named by a copula
    _t("acquisition", "de", r"(?P<t>käufer|erwerber)\s+(ist|war|wird|wäre)\b|(ist|war|wird)\s+(der\s+)?(neue\s+)?"
                            r"(?P<t2>käufer|erwerber)\b", "noun", 0.7, needs=("org",), buyer_noun=True),
    _t("acquisition", "en", r"(?P<t>buyer|acquirer|purchaser)\s+(is|was|will be)\b|(is|was|will be)\s+the\s+(new\s+)?"
                            r"(?P<t2>buyer|acquirer|purchaser)\b", "noun", 0.7, needs=("org",), buyer_noun=True),
    _t("acquisition", "en", r"(acquisitions?|takeovers?|buyouts?|purchase of)", "noun", 0.9,
       unless=r"^\s*(firm|fund|group|house|specialist|investor|shop|veteran|expert|lawyer|adviser|advisor|team)s?\b",
       unless_between=_TOLD_BEFORE_EN),
    # an offer to buy: "made an offer to take X private", "a $2bn bid for X"; the target follows "for"
    # (the verb with a sum: "has offered €1.4bn in cash for X")
    _t("acquisition", "en", r"(?P<t>offer(s|ed)?)\s+((about|around|some|nearly|up to)\s+)?[$€£][\d.,]+\s*(bn|m|billion|million)?"
                            r"\s+((in|of)\s+(cash|shares|stock)\s+)?for\b", "noun", 0.75, needs=("org", "money"), offer=True),
    _t("acquisition", "en", r"(?P<t>(takeover |buyout |cash |all-cash |rival )?(offer|bid|approach)s?)\s+(for|to (buy|acquire|take))\b|"
                            r"(?P<t2>take|taking|took|taken)\s+(\S+\s+){1,4}?private\b", "noun", 0.75, needs=("org",),
       offer=True),
    # (also a stake raised: "could raise its holding to a majority", "lifted its stake in X to 40%")
    _t("acquisition", "en", r"(?P<t>(majority |minority |controlling )?stakes?) in|(?P<t2>rais(e|es|ed|ing)|"
                            r"increas(e|es|ed|ing)|lift(s|ed|ing)?) (its|their) (stake|holding|shareholding) "
                            r"(in (\S+ ){1,3}?)?to\b", "noun", 0.75, needs=("org",)),
    _t("acquisition", "de", r"(?P<t>mehrheit|mehrheitsbeteiligung|aktienmehrheit|anteile?|aktienpaket) (an|bei)",
       "noun", 0.7, needs=("org",),
       # a stake held ("die 100 % der Anteile an der B GmbH hielt") or floated ("Anteile an die Börse bringen")
       unless=r"^\s+(die|der)\s+börse|^\s+(\S+\s+){0,4}?(hielt|hält|halten|hielten|besitzt|besaß|besitzen)\b"),
    _t("acquisition", "en", r"(acquir(e|es|ed|ing)|"
                            r"(take|takes|took|taken|taking) over|snap(s|ped|ping)? up)", "verb", 0.9,
       unless=r"^\s*(as|the role|the post|the helm|the position|responsibility)"),
    # (a purchase noun naming a contract is no takeover: "a 15-year power purchase agreement", "purchase rights for")
    _t("acquisition", "en", r"(buy(s|ing)?|bought|purchas(e|es|ed|ing))", "verb", 0.75, needs=("org",),
       # (nor a department or its means: "met with X's purchasing team", "buying power")
       unless=r"^\s+(agreements?|contracts?|deals?|orders?|obligations?|rights|commitments?|teams?|departments?|"
              r"managers?|chiefs?|heads?|officers?|executives?|staff|power|decisions?)\b"),
    _t("acquisition", "de", r"(verkauf(t|en|te|ten)?|veräußer\w*)", "verb", 0.75, needs=("org",), seller_verb=True),
    # headline idiom "KrausMaffei geht an ChemChina": the subject is sold to the "an" organisation
    _t("acquisition", "de", r"(?P<t>geht|gehen|ging|gingen)\s+(komplett\s+|mehrheitlich\s+|ganz\s+)?an(?=\s)", "verb",
       0.7, needs=("org",), goes_to=True),
    # (no organisation needed: "the group had no plans to sell its power plants" names the seller in an earlier
    # sentence; without one, only a unit of its own is sold: `roles._unit_sold`)
    _t("acquisition", "en", r"(sell(s|ing)?|sold|divest(s|ed|ing)?)", "verb", 0.75, seller_verb=True),
    # --- merger ---------------------------------------------------------------------------------
    _t("merger", "de", r"(\w*fusion\w*|fusionier\w*|verschmelz\w*|verschmolzen)", "noun", 0.9),
    _t("merger", "de", r"(zusammenschluss|"
                       r"(?P<t>schließ\w*|geschlossen)\s+sich\s+(\w+\s+){0,4}?zusammen)", "noun", 0.9,
       # "ein Zusammenschluss von Städten, Gemeinden und Unternehmen": a body described, not a merger
       unless_between=(r"(?<!\w)(ein|eine|einem|einen|einer|eines)\s+([a-zäöüß]\w*\s+)?$", r"^\s+(von|aus)\s")),
    _t("merger", "de", r"((?P<t>leg\w*)\s+(\S+\s+){0,5}?zusammen\b|zusammengelegt|zusammenleg\w*|"
                       r"zusammengeschlossen|zusammenschließen|zusammenschluß|mergers?|"
                       # "X und Y gehen zusammen.", "wollen zusammengehen": the verb ends its clause (not "gehen
                       # zusammen zurück")
                       r"zusammen(zu)?gehen|zusammengegangen|(?P<t2>gehen|gingen)\s+(\S+\s+){0,4}?zusammen(?=\s*[.,;:]))",
       "verb", 0.8, needs=("org",)),
    _t("merger", "en", r"(mergers?|merg(e|es|ing)|combination of)", "verb", 0.9),
    # "completed their combination", "a tie-up between X and Y": a merger told by a noun
    _t("merger", "en", r"(tie-?ups?(?! with)|((their|planned|proposed|agreed|all-stock) )(\S+ )?combination|"
                       r"(a|an|the)\s+((possible|potential|full|all-share|all-stock)\s+)?(?P<t>combination)(?=\s+with\b))", "noun", 0.8,
       needs=("org",)),
    # "the merged company", "with the combined fleet": the result of a merger described, not a merger stated
    _t("merger", "en", r"merged", "verb", 0.9, unless_before=r"(?<!\w)(the|a|an|its|their|this|newly)\s+$"),
    _t("merger", "en", r"combin(e|es|ed|ing)", "verb", 0.75, needs=("org",),
       # (nor a company's own departments: "as it combines back-office functions", "combining its two sales teams")
       unless=r"^\s*(with (its|their) )?(\w+ )?(sales|revenue|figures|results)|"
              r"^\s*(its |their |the )?([\w-]+ ){0,2}?(functions|departments|divisions|teams|units|activities)\b",
       # (nor sites or units being put together: "once the two companies' overlapping shafts are combined")
       unless_before=r"(?<!\w)(the|a|an|its|their|this|newly)\s+$|(?<!\w)(shafts|mines|operations|sites|plants|"
                     r"networks|teams|units|fleets|stores|brands|assets|businesses|activities)\s+([\w-]+\s+){0,4}?"
                     r"(are|is|were|was|be|been)\s+$"),
    # --- spin_off -------------------------------------------------------------------------------
    _t("spin_off", "de", r"((?P<t3>trenn\w*) sich (\S+ ){0,3}?von(?!\s+((rund|etwa|mehr als|bis zu|über)\s+)?\d)"
                         r"(?!\s+(seine[mnr]?|ihre[mnr]?|dem|der)\s+\w*(chef|vorstand|vorsitzend|geschäftsführ|leiter|"
                         r"präsident)\w*)|\w*spaltung\w*|abgespalten|abspalten|ausgliederung\w*|ausgegliedert|ausgliedern|"
                         r"(?P<t>spalt\w*)\s+(\S+\s+){0,8}?ab\b|(?P<t2>gliedert\w*)\s+(\S+\s+){0,8}?aus\b|"
                         r"spin-?offs?|abtrennung|abgetrennt|ableger|ausgründung(en)?)", "verb", 0.9),
    # a unit taken public: "bringt seine Tiergesundheitssparte unter dem Namen X an die Börse", "der Börsengang der Sparte"
    _t("spin_off", "de", rf"(?P<t>bring\w*)\s+(sein\w*|ihr\w*|die|das|den)\s+(\S+\s+)?\w*({UNIT_NOUNS_DE})\w*\s+"
                         r"(\S+\s+){0,6}?an die börse|"
                         r"börsengang\s+(seiner|ihrer|der|des)\s+(\S+\s+)?\w*(sparte|tochter|geschäft\w*|bereich\w*|"
                         r"division|einheit)", "verb", 0.8),
    # the unit goes public on its own: "Die Sparte soll unter dem Namen X eigenständig an die Börse gehen"
    _t("spin_off", "de", rf"(?<!\w)(die|diese|das|dieses)\s+([\w-]+\s+)?\w*({UNIT_NOUNS_DE})\s+"
                         r"(\S+\s+){0,8}?an die börse\s+(?P<t>gehen|geht|ging|gegangen)\b", "verb", 0.8,
       unit_listed=True),
    # made independent: "sein Chipgeschäft verselbstständigen", "in eine eigenständige Gesellschaft überführen",
    # verb-final "will sich von seiner Netzsparte X trennen"
    _t("spin_off", "de", r"(verselbst?ständig\w*|(?P<t>überführ\w*|überträgt|übertragen|bring\w*|gliedert)(?=\s+(\S+\s+){0,4}?"
                         r"(in|als)\s+(eine|einen|ein)\s+(neue|neuen|eigene|eigenen|eigenständige|eigenständigen|"
                         r"selbstständige|selbstständigen|separate|separaten)\s+(gesellschaft|firma|unternehmen|tochter\w*)\b)|"
                         r"(eine|einen|ein)\s+(neue|neuen|eigene|eigenen|eigenständige|eigenständigen|"
                         r"selbstständige|selbstständigen|separate|separaten)\s+(gesellschaft|firma|unternehmen|tochter\w*)\s+"
                         r"(\S+\s+){0,3}?(?P<t2>überführen|überführt|auslagern|ausgelagert|einbringen|eingebracht)|"
                         r"sich\s+(\S+\s+){0,2}?von\s+(seine[mnr]?|ihre[mnr]?)\s+\w*(sparte|geschäft\w*|tochter\w*|"
                         r"bereich\w*|division|einheit)\b(\s+\S+){0,3}?\s+(?P<t3>trennen)\b)", "verb", 0.85),
    _t("spin_off", "en", r"(spin(s|ning)?[- ]?offs?( of (its|the|their))?|spun[- ]off|spin(s|ning)? (\w+ ){0,4}?off|"
                         r"carve[- ]?outs?( of (its|the|their))?|"
                         r"(?P<t3>spin(s|ning)?|spun)(?= (its|the|their) ([\w-]+ ){0,3}?into (a|an) (new|separate|standalone|"
                         r"independent|separately))|"
                         r"carv(e|es|ed|ing) out|split(s|ting)? off|separat(e|es|ed|ion of) (its|the)|"
                         r"demerg(e|es|ed|er|ing)|hiv(e|es|ed|ing) off|"
                         r"(?P<t>list(s|ed|ing)?)\s+(its|their|the)\s+([\w-]+\s+){0,3}?(unit|division|business|arm|subsidiary)\s+"
                         r"(separately|as a separate|on its own))", "verb", 0.85,
       # "whether X can carve out a niche there": an idiom, no unit split off
       unless=r"^\s+(a|an|its|their|his|her)\s+(\w+\s+)?(niche|name|role|career|reputation|place|space|path)\b"),
    # --- investment --------------------------------------------------------------------------
    _t("investment", "de", r"(investier\w*|investition\w*|investment(?!(gesellschaft|bank|firma|haus|fonds|holding))\w*|kapitalspritze\w*|"
                           r"beteiligt sich|beteiligung(?!s(gesellschaft|firma|holding|unternehmen|fonds|haus|kapital))\w*|beteilig(e|en|te|ten)|"
                           # entering a market is no stake: "Einstieg in den US-Markt", "steigt in den Markt ein"
                           r"(?P<t>steig\w*) ((?!(markt|märkte)\b|\S*-markt\b)[\w-]+\s+){0,6}?ein\b|"
                           r"einstieg\w*(?!\s+(in|auf)\s+(den|die)\s+(\S+\s+)?(\S*-)?(markt|märkte)\b)|"
                           r"eingestiegen|einsteig(en|t)|einzusteigen|\w*finanzspritze\w*|geldspritze\w*)", "verb", 0.85,
       unless_before=r"(?<!\w)(in|auf)\s+(den|die)\s+(\S+\s+)?(\S*-)?(markt|märkte)\s+$"),
    # capital put in by its owner: "will 25 Millionen Euro frisches Eigenkapital zuschießen", "schießt 10 Mio. Euro zu"
    _t("investment", "de", r"(zuzuschießen|zuschießen|zuschießt|zugeschossen|einzuschießen|einschießen|eingeschossen|"
                           r"nachzuschießen|nachschießen|nachgeschossen|"
                           r"(?P<t>schießt|schoss|schossen|schießen)\s+([^\s,;:]+\s+){0,8}?(zu|ein|nach)\b)", "verb", 0.8,
       needs=("money",), owner_capital=True),
    # (an "investment case", "investment thesis" or "investment bank" is an opinion or a trade, no money given, and
    # an "investment firm/group/fund" a kind of company, as German "Investmentgesellschaft" above)
    _t("investment", "en", r"(invest(s|ed|ing|ments?)?|backed|backs|backing|(pump|pour|plough|plow|sink|inject)(s|ed|ing)? (\S+ ){1,4}into|"
                           r"sank (\S+ ){1,4}into|(capital|cash|equity) injection)", "verb", 0.85,
       unless=r"^\s+(case|thesis|banks?|banking|banker|bankers|grade|advice|adviser|advisers|advisor|strategy|"
              r"horizon|story|idea|ideas|vehicle|trust|trusts|committee|research|"
              # a kind of company is a descriptor: "owned by the investment firm X"
              r"firms?|compan(y|ies)|groups?|house|houses|managers?|funds?|arm|boutique|"
              # a post is no investment: "its new chief investment officer", "investment director"
              r"officers?|directors?|chiefs?)\b|"
              # "the developer it has backed since 2021": a standing stake told as background, no new money
              r"^\s+since\b"),
    # not "landed a $90 million order from X": an order or contract won from a customer is a deal, not funding
    _t("investment", "en", r"(?P<t>land(s|ed)?|secur(es|ed)|receiv(es|ed)|rais(es|ed))\s+"
                           r"((?!(orders?|contracts?|deals?)\b)\S+\s+){1,4}?from", "verb", 0.75,
       needs=("org", "money"), recipient_subject=True),
    # "X secured fresh funding from Y": the subject gets the money
    _t("investment", "en", r"(?P<t>(secur|land|receiv|obtain|win|won|rais|attract)\w*)\s+(\S+\s+){0,3}?"
                           r"(funding|financing|investment|backing|capital)\s+from", "verb", 0.8, needs=("org",),
       recipient_subject=True),
    _t("investment", "en", r"(funding rounds?|financing rounds?|series [a-f]( round| funding)?|"
                           r"rais(es|ed|ing)|secur(es|ed)|land(s|ed))", "verb", 0.75, needs=("money", "cue:funding"),
       recipient_subject=True,
       # "X was last valued at €900 million in a funding round in 2024": the round dates a valuation, the sum is no
       # money given and the round no news of its own
       unless_before=r"\bvalued at\s+[^,;]{0,40}?\b(in|during)\s+(a|an|its|their|the)\s+"
                     r"((last|latest|previous|recent|most recent)\s+)?$"),
    _t("investment", "de", r"(finanzierungsrunde\w*|sammel\w*|eingesammelt|erhält|erhielt|bekommt|bekam|erhalten|"
                           r"bekommen)", "verb", 0.75, needs=("money", "cue:funding"), recipient_subject=True),
    # a round still to come, without its sum: "Eine weitere Finanzierungsrunde hält X für denkbar", "plans another
    # funding round": the company named before raises it
    _t("investment", "de", r"(weitere|neue|nächste|zweite|dritte)\s+(?P<t>finanzierungsrunde\w*)", "verb", 0.7,
       recipient_subject=True, lead_only=True),
    _t("investment", "en", r"(another|new|fresh|further|next)\s+(?P<t>(funding|financing) round)", "verb", 0.7,
       recipient_subject=True, lead_only=True),
    # the lead of a round told in its own sentence ("Angeführt wurde die Runde vom Investor X", "The round was led
    # by X"): the recipient is the company named before; the event merges with the round's own
    _t("investment", "de", r"(?P<t>angeführt)\s+(wurde|wird)\s+(die|diese)\s+(\w+\s+)?[\w-]*runde\b|"
                           r"[\w-]*runde\s+(wurde|wird)\s+(\S+\s+){0,4}?(?P<t2>angeführt)\b|"
                           r"(?P<t3>führt\w*|leitet\w*)\s+(\S+\s+){0,4}?[\w-]*runde\s+an\b", "verb", 0.7,
       needs=("org",), recipient_subject=True, lead_only=True),
    _t("investment", "en", r"(round|financing|funding)\s+(was\s+)?(?P<t>led)\s+by\b", "verb", 0.7,
       needs=("org",), recipient_subject=True, lead_only=True),
    _t("investment", "de", r"(steck(t|en|te|ten)|gesteckt|pump(t|en|te|ten)|gepumpt)", "verb", 0.7,
       needs=("org", "cue:invest_into"),
       # "steckt in der Krise": a company in trouble, no money spent
       unless=r"^\s+(\S+\s+){0,3}?in\s+((der|einer|den|tiefe[rn]?)\s+)?(\w+\s+)?(krise|schwierigkeit|klemme|sackgasse|"
              r"roten|schieflage|misere|problemen|nöten|turbulenzen)"),
    # "80 Millionen Euro fließen in das Fintech X": money flowing into a company
    _t("investment", "de", r"(?P<t>fließ\w*|floss|flossen)\s+(\S+\s+){0,3}?(in|an)(?=\s)", "verb", 0.7, needs=("org", "money")),
    # --- market_entry -------------------------------------------------------------------------
    _t("market_entry", "de", r"(markteintritt\w*|markteinstieg\w*|marktstart\w*)", "noun", 0.9),
    # the separable verb with a market: "steigt in den japanischen Markt ein", "stieg 2024 in den US-Markt ein"
    _t("market_entry", "de", r"(?P<t>steig\w*|stieg\w*)\s+([\w-]+\s+){0,3}?(in|auf)\s+(den|die)\s+([\w-]+\s+)?"
                             r"([\w-]*-)?(markt|märkte)\s+ein\b", "verb", 0.8),
    # ("das jetzt mit Speicher kommt und ab sofort in Deutschland bestellbar ist": after "und" the place is another
    # verb's, here the product's market)
    _t("market_entry", "de", r"(start\w*|expandier\w*|kommt|kommen|geht|tritt|expansion|eintritt|einstieg|dräng(t|en|te)|"
                             r"eingetreten|schritt|sprung)\s+((?!und\s)\S+\s+){0,3}?(in|nach|auf)\s+(den\s+|die\s+)?"
                             r"(\w+\s+)?(?!(zusammen|überein)\b)(markt|märkte|\w+markt|[A-ZÄÖÜ]\w+)",
       "verb", 0.75, needs=("place",),
       # "kommen am Mittwoch in Berlin zusammen" meet there; "kamen in Genf überein" agreed there
       unless=r"^\s*(zusammen|überein)\b",
       # "X sprach von einem wichtigen Schritt nach Westeuropa": a comment on another event, not an entry
       unless_before=r"\b(sprach|spricht|sprechen|sprachen|redete|redet)\s+von\s+(\S+\s+){0,4}$"),
    # "in Betrieb gehen" starts a plant, "in Serie gehen" a product, "in Rente gehen" a person: no market
    # (also with an article and as a compound: "in den Fahrgastbetrieb gehen", "in die Serienproduktion gehen")
    _t("market_entry", "de", r"(in|nach|auf)\s+(?!(den\s+|die\s+)?\w*(betrieb|serie|produktion|rente|ruhestand|pension|"
                             # (two countries and an article: "in Frankreich und den Niederlanden an den Start gehen")
                             r"kurzarbeit|insolvenz|berufung|revision|führung)\b)(den\s+|die\s+|dem\s+)?"
                             r"(\S+\s+(und|sowie)\s+(den\s+|die\s+|dem\s+)\S+\s+|(\S+\s+){0,3}?)"
                             r"(?P<t>kommen|kommt|starten|startet|expandieren|eintreten|eingetreten|tritt|an den start|"
                             r"gehen|einsteigen|fuß (zu )?fass(en|t|te|ten)|fuß gefasst|"
                             # verb-final clauses: "dass X in den US-Markt eintritt", "plant, nach Polen vorzudringen"
                             r"eintritt|eintrat|eintraten|einzutreten|einsteigt|einstieg|einstiegen|eingestiegen|"
                             r"einzusteigen|expandiert|expandierte|expandierten|startete|starteten|kam|kamen|"
                             r"vordringen|vordringt|vorgedrungen|vorzudringen|vorstoßen|vorstößt|vorzustoßen)\b",
       "verb", 0.75, needs=("place",)),
    _t("market_entry", "de", r"(vertreib\w*|verkauf\w*)", "verb", 0.65, needs=("place", "cue:new_market")),
    # "will erstmals in Kolumbien Möbelhäuser betreiben": operating somewhere for the first time
    # (also flying to a country's airports: "will erstmals Ziele in Ägypten anfliegen")
    _t("market_entry", "de", r"(betreib\w*|produzier\w*|an den start|anflieg\w*|anzufliegen)", "verb", 0.65,
       needs=("place", "cue:first_time")),
    # offering somewhere new: "will seine App auch in Spanien anbieten", "erstmals in Chile anzubieten" (the zu-infinitive)
    # ("künftig" is not enough: "ein Händler, der die Geräte künftig in Spanien anbietet" sells another's product)
    _t("market_entry", "de", r"(anbiet\w*|anzubiet\w*|angeboten)", "verb", 0.65, needs=("place", "cue:also_first")),
    # "ist seit Montag auch in Rumänien aktiv", "ist nun in Polen vertreten": present in a market it was not in before
    _t("market_entry", "de", r"(ist|sind|wird|werden)\s+(\S+\s+){0,4}?(in|auf)\s+(den\s+|dem\s+|der\s+)?(\S+\s+){0,2}?"
                             r"(?P<t>aktiv|vertreten|präsent|erhältlich|verfügbar|zu sehen|zu haben|zu kaufen|zu buchen)\b",
       "verb", 0.65,
       needs=("place", "cue:new_market")),
    _t("market_entry", "de", r"(betreten|betritt|betrat\w*|erobert|erschließt|erschlossen)", "verb", 0.75,
       needs=("place", "cue:market_word")),
    _t("market_entry", "en", r"(market entry|entry into|enter(s|ed|ing)?( the)?|expan(d|ds|ded|ding|sion) (in)?to|"
                             r"return(s|ed|ing)? to(?! (profit|profitability|growth|the black|normal|work|"
                             r"the negotiating|the table|court))|"
                             r"arriv(e|es|ed) in|(gain|gains|gained|establish|establishes|established) a foothold in|debut(s|ed)? in|"
                             # not the noun "launch" before another noun: "at a launch event/party in Berlin"
                             r"launch(es|ed)? (?!(event|events|party|ceremony|presentation|show|date)\b)(\w+ ){0,3}?in|"
                             # ("will start Brisk deliveries in Canada": the first cars delivered in a country)
                             r"(start|starts|started|starting|begin|begins|began|beginning) ((selling|offering) "
                             r"([\w-]+ ){0,4}?|([\w-]+ ){0,2}?deliveries )in|goes on sale in|roll(s|ed|ing)? out (\w+ ){0,3}?(in|across|to)|"
                             r"(make|makes|made|making) (its|their) debut in|(go|goes|went|gone|going) live in|"
                             # "as it makes its first move into continental Europe", "its first foray into Asia"
                             r"(its|their|a|an|the) (first |initial |long-awaited |planned |possible |further )?"
                             r"(move|foray|push|expansion|step) into)",
       "verb", 0.8, needs=("place",),
       unless=r"^\s*(into )?(a |an |the )?(\w+ )?(partnership|agreement|deal|talks|negotiations|contract)"),
    # "Online marketplace X is finally coming to Poland": an arrival announced (planned unless told otherwise)
    _t("market_entry", "en", r"(?P<t>(is|are|will be)\s+(\w+\s+){0,2}?coming)\s+to(?=\s+(?-i:[A-Z]))", "verb", 0.75,
       needs=("place",), announced=True),
    # --- store_expansion ------------------------------------------------------------------------
    # "der die Restaurants betreiben wird": stores named before, no expansion
    # (nor the stores a chain runs now: "which currently runs 85 shops", "betreibt bislang 300 Filialen")
    _t("store_expansion", "de", _STORE_NOUN_DE, "noun", 0.8, needs=("cue:open",),
       unless=r"^\s+(zu\s+)?betreib\w*",  # "will in Kolumbien Filialen betreiben": running stores there is the entry
       unless_before=IN_THE_STORES + r"|(?<!\w)(?i:die|diese|jene)\s+$|" + RUNS_STORES_DE + "|" + ALL_ITS_STORES + "|" +
       OWNED_STORES),
    _t("store_expansion", "en", _STORE_NOUN_EN, "noun", 0.8, needs=("cue:open",),
       unless_before=IN_THE_STORES + r"|(?<!\w)(?i:the|these|those)\s+$|" + RUNS_STORES_EN + "|" + ALL_ITS_STORES + "|" +
       OWNED_STORES + r"|(?<!\w)(?i:in)-$|\d-$",  # "an in-store bakery": inside a store; "the 40-store chain": its size
       # "Store manager X said", "store staff": a job at a store, no opening
       unless=r"^\s+(?i:managers?|staff|workers|employees|clerks?|owners?|detectives?|opening hours)\b|"
              # "its website and nine shops would stay open while it restructures": stores kept, none opened
              r"^\s+((?i:would|will|should|could|must|to)\s+)?(?i:stay|stays|stayed|remain|remains|remained)\s+open\b"),
    _t("store_expansion", "de", r"\w*(märkte|supermärkte|discounter)|standorte", "noun", 0.7, needs=("count", "cue:open"),
       unless_before=RUNS_STORES_DE + "|" + OWNED_STORES),
    _t("store_expansion", "en", r"(supermarkets|markets|locations|openings)", "noun", 0.6, needs=("count", "cue:open"),
       unless_before=RUNS_STORES_EN + "|" + OWNED_STORES),
    # --- facility -----------------------------------------------------------------------------
    # not every "-werk" is a plant: "Stadtwerke" are a utility, "Netzwerk", "Handwerk", "Regelwerk", "Triebwerk", "Fahrwerk" (a chassis) no site
    _t("facility", "de", r"((?!(stadt|hand|netz|feuer|kunst|regel|bau|hilfs|lebens|gesamt|trieb|lauf|uhr|schuh|mauer|fahr|leit|"
                         r"bild|fach|blend|räder|schnitz|flecht|meister|tage|frage)werk)\w*werk(e|es)?|\w*fabrik(en)?|"
                         r"produktionsstätte\w*|\w*fertigung(en|sstätte\w*|swerk\w*|slinie\w*)?|\w*produktionslinie\w*|"
                         r"(montage|produktions|fertigungs|werks)halle(n)?|"
                         # a plant named by its stage or process: "eine Demonstrationsanlage in Dormagen"
                         r"(pilot|demonstrations|produktions|fertigungs|recycling|versuchs)anlage(n)?|"
                         r"(logistik|verteil|distributions|versand)zentr(um|ums|en))", "noun", 0.75,
       needs=("cue:build_de",), facility_kind="plant",
       unless=r"^\s*(zeug|stoff)",
       # "der geplante Stellenabbau im Werk Schweinfurt": the plant where something else happens, named by its town
       unless_between=(r"(?<!\w)(im|am)\s+$", r"^\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+)(?![\w-])")),
    # (a seat that stays where it is is no event: "der Firmensitz bleibe in X", "the headquarters will remain in Y")
    _t("facility", "de", r"(\w*zentrale|\w*hauptsitz\w*|\w*firmensitz\w*|hauptquartier\w*)", "noun", 0.8,
       needs=("cue:build_de",),
       facility_kind="headquarters", unless=r"^\s+(bleibt|bleibe|bleiben|verbleibt|verbleibe|verbleiben)\b"),
    # (an airline's new base: "eine neue Basis in Leipzig eröffnen"; not "auf Basis von", "die Basis für")
    _t("facility", "de", r"(büro(s)?|niederlassung(en)?|standort|(?<=neue )basis|(?<=neuen )basis|"
                         r"forschungszentrum|entwicklungszentrum|"
                         r"rechenzentrum|(?!(logistik|verteil|distributions|versand)zentrum)\w*zentrums?)", "noun", 0.7,
       needs=("cue:build_de",), facility_kind="office",
       # "will 230 Millionen Euro in den Standort investieren": the site named before, what the money goes to; "der
       # Abbau von 1.200 Stellen, vor allem am Standort Bochum": a site where something else happens
       unless_before=r"(?<!\w)(?i:in|an)\s+(?i:den|dem|diesen|diesem)\s+$|(?<!\w)(?i:am)\s+$"),
    _t("facility", "en", r"((manufacturing |production |assembly )?(plants?|factory|factories|"
                         r"gigafactory|facility|facilities|warehouses?|(pilot )?(production|assembly) lines?|"
                         r"(logistics|distribution|fulfill?ment) (center|centre)s?|"
                         r"(sorting|parcel|logistics|distribution) hubs?|(solar|wind) (farm|park)))", "noun", 0.75,
       needs=("cue:build",), facility_kind="plant",
       # a site bought or sold changes hands, nothing is built: "no plans to sell its gas-fired power plants", "in
       # talks to take over a shuttered plant"
       # (and "adding to a cluster of foreign car factories": a group of others' sites is background, no site of its own)
       unless_before=r"\b(sell|sells|selling|sold|divest\w*|sale of|(take|takes|took|taking|taken) over|buy|buys|buying|"
                     r"bought|acquir\w*|purchas\w*)\s+(its|their|the|a|an)\s+(\S+\s+){0,3}$|"
                     r"(?<!\w)(?i:cluster|clusters|network|number|string|group|dozens|hundreds)\s+of\s+([\w-]+\s+){0,3}$|"
                     # "workers at Corvel's Leeds plant walked out": a site that stands, the place of another fact
                     r"(?<!\w)at\s+(its|their|((?-i:[A-Z])[\w-]*\s+){0,3}(?-i:[A-Z])[\w-]*['’]s)\s+"
                     r"((?!(new|planned|future|proposed|second|third|first)\b)[\w-]+\s+){0,2}$",
       # (nor a network of sites: "cut jobs across its warehouse network")
       unless=r"^\s*([a-z]+ing\s+)?(robots?|management|software|automation|systems?|workers|staff|jobs|space|operators?|"
              r"networks?)\b|"
              r"^-(based|derived|powered)\b"),  # "plant-based food maker": an adjective, no site
    _t("facility", "en", r"(headquarters|hq|head office)", "noun", 0.8, needs=("cue:build",),
       facility_kind="headquarters", unless=r"^\s+((will|would)\s+)?(remains?|stays?|remained|stayed)\b"),
    _t("facility", "en", r"(offices?|research (and development )?(center|centre)|r&d (center|centre)|"
                         r"data (center|centre)s?|campus|(engineering|tech|technology|innovation|software|research|"
                         r"development|service) hubs?)", "noun", 0.7, needs=("cue:build",),
       facility_kind="office",
       # "combines back-office functions", "front-office staff": the work of a department, no site
       unless_before=r"(?<!\w)(back|front|middle|mid)-$"),
    # --- financial_figure ---------------------------------------------------------------------
    _t("financial_figure", "de", r"(ausgeliefert\w*|ausliefer\w*|auslieferung\w*|abgesetzt\w*|absatz|verkauft\w*)",
       "verb", 0.8, needs=("number",), metric="shipped"),
    # an insurer's top line: "Beitragseinnahmen von 4,1 Milliarden Euro", "gebuchte Bruttoprämien"
    _t("financial_figure", "de", r"(\w*beitragseinnahmen|prämieneinnahmen|\w*bruttoprämien|(prämien|beitrags)volumen)",
       "noun", 0.8,
       needs=("money",), metric="premiums"),
    _t("financial_figure", "de", r"(\w*umsatz\w*|umsätze|\w*erlös\w*)", "noun", 0.85, needs=("figure",),
       metric="revenue"),
    # orders won in a period: "hatte seinen Auftragseingang auf 2,1 Mrd. Euro mehr als verdoppelt", "order intake rose"
    _t("financial_figure", "de", r"(auftragseing(ang|angs|änge)|auftragsbestand\w*)", "noun", 0.8, needs=("money",),
       metric="order intake"),
    # a marketplace's top line, as the English "gross merchandise value": "ein Handelsvolumen von 410 Mio. Fr."
    _t("financial_figure", "de", r"(handelsvolumen|bruttowarenwert|bruttowarenvolumen)", "noun", 0.8, needs=("money",),
       metric="gross merchandise value", unless=r"^\s+(zwischen|mit)\b"),  # (not trade between countries)
    _t("financial_figure", "de", r"(\w*gewinn\w*|überschuss|ebit\w*|betriebsergebnis)", "noun",
       0.8, needs=("figure",), metric="profit"),
    # (talks that ended "ohne Ergebnis" had no outcome, the word is no profit there)
    # (a group's, quarter's or year's result too: "Das Konzernergebnis stieg auf 412 Millionen Euro"; not a
    # "Verhandlungsergebnis" or "Wahlergebnis")
    _t("financial_figure", "de", r"(konzern|netto|quartals|halbjahres|jahres|vorsteuer)?ergebnis(ses)?", "noun", 0.8,
       needs=("figure",), metric="profit",
       unless_before=r"\bohne\s+(jedes\s+|ein\s+)?$"),
    # "ein Defizit von 7 Millionen Euro" (hospitals, utilities, clubs report a loss so); not "\w*defizit": a trade or
    # budget deficit ("Handelsdefizit", "Haushaltsdefizit") is a country's, no company figure
    _t("financial_figure", "de", r"((?!\w*verlust(reich|bringend|trächtig))\w*verlust\w*|fehlbetrag|"
                                 r"(betriebs)?defizit(s|e|en)?)", "noun", 0.8, needs=("figure",), metric="loss",
       # "der Verlust von 2.000 Arbeitsplätzen": jobs lost, not money
       unless=r"^\s*(von\s+)?(\S+\s+){0,4}?(\w*arbeitsplätze\w*|\w*stellen|jobs)\b"),
    # "setzte 2,1 Milliarden Euro um", "verdiente 85 Millionen Euro", "erwirtschaftete": the verb names the metric
    _t("financial_figure", "de", r"(?P<t>setzt|setzte|setzten)\s+(\S+\s+){0,8}?um\b|umgesetzt", "verb", 0.75,
       needs=("money",), metric="revenue", unless=r"^\s*(zu|zum|zur)\b"),
    _t("financial_figure", "de", r"(verdient|verdiente|verdienten|erwirtschaftet\w*)", "verb", 0.75, needs=("money",),
       metric="profit"),
    _t("financial_figure", "de", r"(\w*kunden|\w*nutzer\w*|abonnenten|\w*teilnehmer|mitglieder|fahrgäste|fluggäste|"
                                 r"passagiere|besucher)", "noun", 0.65, needs=("count",), metric="users",
       unless_before=r"\b(zugang zu|erreichen|erreicht)\s+(\S+\s+){0,6}$"),
    _t("financial_figure", "de", r"marktanteil\w*", "noun", 0.8, needs=("fraction",), metric="market share"),
    _t("financial_figure", "de", r"(\w*produktion|\w*fördermenge|\w*fördermengen|\w*ausstoß\w*)", "noun", 0.7,
       needs=("count",), metric="output",
       unless=r"^\s*(s\w*|von\s+(\S+\s+){0,3}?(\w*stellen|\w*arbeitsplätze\w*|jobs|mitarbeiter\w*))\b"),
    # (not a schedule: "an order for 20 aircraft, with deliveries starting in 2028", "deliveries are due from 2027")
    # ("two ships share a harbour": after a number word "ships" is the noun, as after a digit)
    _t("financial_figure", "en", r"((?<!\d )(?<!two )(?<!three )(?<!four )(?<!five )(?<!six )(?<!ten )ships?|shipped|"
                                 r"shipping|shipments?|deliver(s|ed|ies|ing)?|sold|unit sales)", "verb",
       0.8, needs=("number",), metric="shipped",
       unless=r"^\s+(are |is |will )?(start|starting|begin|beginning|due|expected|scheduled|slated|set)\b",
       # "suppliers would be paid for goods delivered after the filing": what is paid for, no figure; nor a kind of
       # service: "competition for 10-minute deliveries", "same-day shipping"
       unless_before=r"(?i)\b(for|of)\s+(the\s+)?(goods|products|supplies|services|materials)\s+$|"
                     r"(\d+-(minute|hour|day)|same-day|next-day|express|home)\s+$"),
    _t("financial_figure", "en", r"(revenues?|sales|turnover)", "noun", 0.85, needs=("figure",), metric="revenue",
       # a way of selling or its people is no figure: "with an online-only sales model", "its sales team"
       unless=r"^\s+(models?|channels?|teams?|force|staff|network|strategy|offices?|approach|tax)\b"),
    # a marketplace's volume: "handled gross merchandise value of 11 billion zlotys"
    _t("financial_figure", "en", r"(gross merchandise (value|volume)|gmv)", "noun", 0.8, needs=("money",),
       metric="gross merchandise value"),
    _t("financial_figure", "en", r"(order intake|order backlog|new orders|bookings)", "noun", 0.8, needs=("money",),
       metric="order intake"),
    # an insurer's top line: "reported gross written premiums of $6.8bn", "premium income rose to €2bn"
    _t("financial_figure", "en", r"((gross |net )?(written |earned )?premiums|premium income)", "noun", 0.8,
       needs=("money",), metric="premiums"),
    # (not a valuation multiple: "values X at 11 times its core earnings", "trades at 20 times earnings")
    _t("financial_figure", "en", r"((net |operating )?(profit|income|earnings))", "noun", 0.8, needs=("figure",),
       metric="profit",
       # (nor what a cause did to earnings: "higher gas prices lifted earnings", "weighed on profit")
       unless_before=r"\b((times|x)\s+(its\s+|their\s+|the\s+)?(\S+\s+){0,2}?|(lift|lifts|lifted|boost|boosts|boosted|"
                     r"hurt|hurts|hit|hits|dented?|dents|squeezed?|squeezes|weigh(s|ed)? on|drag(s|ged)? on|"
                     r"support(s|ed)?|buoy(s|ed)?)\s+(its\s+|their\s+|the\s+)?)$|"
                     # (nor an asset class or a kind of household: "fixed-income house", "low-income homes")
                     r"\w-$"),
    # what a producer puts out, counted in its own units: "output reached 212,000 tonnes", "expects full-year
    # production of 410,000 barrels per day"
    _t("financial_figure", "en", r"(output|production)", "noun", 0.7, needs=("count",), metric="output",
       unless=r"^\s+(capacity|line|lines|site|sites|plant|plants|facility|facilities|jobs|workers|staff|costs?)\b",
       unless_before=r"\b(\w+ing|of|jobs|workers|staff)\s+$"),
    _t("financial_figure", "en", r"((net )?loss(es)?)", "noun", 0.8, needs=("figure",), metric="loss",
       # "the loss-making start-up": an adjective describing the company, no figure
       unless=r"^\s*of\s+(\S+\s+){0,3}?(jobs|positions|workers)\b|^-(making|maker|leader|leading)\b"),
    _t("financial_figure", "en", r"(earned|earns|earn)", "verb", 0.7, needs=("money",), metric="profit"),
    _t("financial_figure", "en", r"(subscribers|customers|users|members|passengers|visitors)", "noun", 0.65,
       needs=("count",), metric="users",
       # "gives us access to a million business customers", "to reach 5 million users": customers in reach, not counted
       # (nor those a product goes to: "pushed Reviewer 2.0 … to all paying customers")
       unless_before=r"\b(access to|reach(es|ing)?|target(s|ing)?)\s+(\S+\s+){0,10}$|"
                     r"(?<!\w)to\s+(all\s+)?(its\s+|their\s+|the\s+)?((?-i:[a-z])[\w-]*\s+)?$"),
    # the count as a noun phrase, with a growth rate: "expects customer numbers to grow by about 9%"
    _t("financial_figure", "en", r"(customer|subscriber|user|member|passenger|visitor) (numbers|base)", "noun", 0.65,
       needs=("figure",), metric="users"),
    _t("financial_figure", "en", r"market share", "noun", 0.8, needs=("fraction",), metric="market share"),
    # --- leadership ---------------------------------------------------------------------------
    _t("leadership", "de", r"(ernannt|ernennt|ernennung|ernenn\w*|berufen|beruft|berufung|bestellt|befördert|"
                           r"neue[rn]? (?!(regierungs|staats|partei|fraktions|minister|kabinetts|landes|bundes)\w)"
                           r"\w*(chef\w*|ceo|vorstand\w*|vorsitzende\w*|geschäftsführer\w*|leiter\w*|"
                           r"präsident\w*)|an die spitze|"
                           r"(?P<t>übernimm\w*|übernahm\w*|übernehm\w*|übernommen) (\S+ ){0,6}?(den |die )?\w*(posten|"
                           r"vorsitz|leitung|führung|chefposten|spitze|position)|wechselt (als|an|in)|"
                           # "die Sanierung übernimmt der Experte X als Generalbevollmächtigter": a task taken in a post
                           # "holt den Sanierungsexperten X als Generalbevollmächtigten": a person brought in for a post
                           r"(?P<t3>übernimmt|übernahm|übernehmen|übernommen|holt|holte|holen|geholt) ([^\s,;:]+ ){1,8}?"
                           r"als (neue[rn]? )?"
                           r"\w*(chef\w*|vorstand\w*|vorsitzende\w*|geschäftsführer\w*|leiter\w*|präsident\w*|"
                           r"generalbevollmächtigte\w*)|"
                           # "Den Vorstandsvorsitz bei X übernimmt zum 1. Januar Y", "ihren Posten übernimmt Y": the
                           # post first
                           r"(den|die|seinen|ihren|dessen|deren)\s+\w*(vorsitz|posten|leitung|führung|spitze)\b[^,;:]{0,60}?"
                           r"\b(?P<t2>übernimmt|übernahm|übernehmen|übernehmen wird))", "verb", 0.85,
       needs=("person",), change="appointed", unless_before=r"\bunter\s+$"),  # "unter Berufung auf": citing
    _t("leadership", "de", r"(?P<t>wird|werden|wurde|rückt|rücken)\s+([^\s,;:]+\s+){0,8}?(zu[rm]?\s+)?(neue[rn]?\s+)?"
                           r"((senior|executive)\s+)?(vice president|ceo|cfo|cto|coo|\w*chef(?!s\b)\w*|vorstand\w*|"
                           r"\w*vorsitzende[rn]?|geschäftsführer\w*|präsident\w*|leiter\w*|an die spitze)\b",
       "verb", 0.8, needs=("person",), change="appointed",
       # "Den Ehrenanstoß wird Geschäftsführer Robert Oberndorfer machen": the post is a title before a name
       unless=r"^\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+(?-i:[a-zäöüß]+n)\b"),
    # verb-final: "soll Finanzvorständin bei X werden"; "rückt bei X in die Geschäftsführung auf"
    _t("leadership", "de", r"(vice president|ceo|cfo|cto|coo|\w*chef(?!s\b)\w*|\w*vorstand\w*|\w*vorständin|"
                           # (also a longer organisation: "Geschäftsführer der neuen Geschäftseinheit X Logistics werden")
                           r"\w*vorsitzende[rn]?|geschäftsführer\w*|präsident\w*|leiter\w*)\s+((bei|von|des|der|im|in)\s+"
                           r"([^\s,;:]+\s+){1,5}?)?(?P<t>werden)\b|"
                           # the post fronted, the person after "soll": "Vorstandschefin des neuen Konzerns soll X werden"
                           r"(\w*chef(?!s\b)\w*|\w*vorstand\w*|\w*vorständin|\w*vorsitzende[rn]?|geschäftsführer\w*)\s+"
                           r"(\S+\s+){0,4}?(soll|sollen)\s+(\S+\s+){1,4}?(?P<t3>werden)\b|"
                           r"(?P<t2>rückt|rückte|rücken|rückten)\s+(\S+\s+){0,8}?(in|an)\s+(die|den)\s+\w*(geschäftsführung|"
                           r"vorstand|spitze|führung|leitung|aufsichtsrat)\w*\s+(\S+\s+){0,2}?auf\b|aufgerückt",
       "verb", 0.8, needs=("person",), change="appointed"),
    _t("leadership", "en", r"(?P<t>become|becomes|became|will be)\s+(\S+\s+){0,4}?(new\s+|next\s+)?"
                           r"(ceo|cfo|cto|coo|chief \w+( \w+)? officer|chief executive|chair\w*|president|head)\b",
       "verb", 0.8, needs=("person",), change="appointed"),
    # a post kept after a takeover or a change at the top: "X bleibt Geschäftsführer", "Y remains chief executive" (holds)
    _t("leadership", "de", r"(?P<t>bleibt|bleiben|blieb)\s+(\S+\s+){0,2}?(ceo|cfo|\w*chef(?!s\b)\w*|\w*vorstand\w*|"
                           r"\w*vorsitzende[rn]?|geschäftsführer\w*|präsident\w*)\b", "verb", 0.8, needs=("person",)),
    _t("leadership", "en", r"(?P<t>remains?|remained|stays?|stayed)\s+(\S+\s+){0,2}?(ceo|cfo|chief \w+( \w+)? officer|"
                           r"chief executive|chair\w*|president|managing director)\b", "verb", 0.8, needs=("person",)),
    # a farewell is a leadership change only where the sentence names a post ("Feierlicher Abschied von Pierre Boulez")
    _t("leadership", "de", r"abschied\w*", "verb", 0.8, needs=("person", "cue:ceo_role"), change="departed"),
    _t("leadership", "de", r"(verlässt|verließ\w*|verlassen|abgang|rücktritt|tritt (\w+ ){0,3}?zurück|"
                           # "tritt (nach 14 Jahren zum Jahresende) ab", "dass er abtritt": not "tritt Anteile an X ab"
                           r"(tritt|trat)\s+((?!(den|die|das|seine\w*|ihre\w*|anteil\w*|aktien|rechte)\b)[^\s,;]+\s+)"
                           r"{0,6}?ab(?=[\s,.;]|$)|abtritt|abtrat|(ist|war|sind) (\S+ ){0,4}?abgetreten|"
                           r"zurückgetreten|zurücktreten|scheidet (\w+ ){0,3}?aus|ausgeschieden|ausscheiden|"
                           r"entlassen|gefeuert|abgesetzt|abberufen|ruhestand|geht von bord|muss gehen|"
                           r"scheidend\w*|absprung|(?P<t2>zieht|zog|ziehen)\s+sich\s+(\S+\s+){0,8}?zurück\b|zurückziehen|"
                           r"(amt|posten|vorsitz|chefposten|führung) (\S+ ){0,7}?(abgeben|abgibt|abzugeben|"
                           r"niederleg\w*|niederzulegen|aufgeben|aufgibt|aufzugeben|räumen|räumt|zu räumen)|"
                           # "X trennt sich von seinem Vorstandschef Y"
                           r"(?P<t3>trennt|trennte|trennen|getrennt)\s+sich\s+(\S+\s+){0,3}?von\s+(seine[mnr]?|ihre[mnr]?|dem|"
                           r"der)\s+\w*(chef|vorstand|vorsitzend|geschäftsführ|leiter|präsident)\w*|"
                           # verb-second: "gibt X den Vorsitz der Geschäftsführung ab", "legt sein Amt nieder"
                           r"(?P<t>gibt|gab|legt|legte|räumt|räumte)\s+([^\s,;]+\s+){0,4}?(den|das|die|sein\w*|ihr\w*)\s+"
                           r"(\w+)?(amt|posten|vorsitz|führung|leitung|spitze|mandat)\b([^,;.]{0,60}?)\s(ab|nieder|auf)\b)",
       "verb", 0.85, needs=("person",),
       change="departed"),
    _t("leadership", "de", _SUCCESSION_DE, "verb", 0.8, needs=("person",), change="appointed", succession="successor"),
    _t("leadership", "de", _SUCCESSION_DE, "verb", 0.8, needs=("person",), change="departed", succession="predecessor"),
    # (not machines or stock replaced: "the new planes would replace older Boeing 737s")
    _t("leadership", "en", r"(succeed(s|ed|ing)?|successor|replac(e|es|ed|ing))", "verb", 0.8, needs=("person",),
       change="appointed", succession="successor", unless=_REPLACED_STOCK_EN + "|" + _REPLACED_THINGS_EN,
       unless_before=r"\bno\s+$"),  # "no successor has been named": nobody succeeds yet
    _t("leadership", "en", r"(succeed(s|ed|ing)?|successor|replac(e|es|ed|ing))", "verb", 0.8, needs=("person",),
       change="departed", succession="predecessor", unless=_REPLACED_STOCK_EN + "|" + _REPLACED_THINGS_EN,
       unless_before=r"\bno\s+$"),  # "no successor has been named": nobody succeeds yet
    # "has tapped X to lead its foundry unit", "picked Y to run"
    _t("leadership", "en", r"(?P<t>tap(s|ped)?|pick(s|ed)?|chose|chosen|choos(e|es)|select(s|ed)?|recruit(s|ed)?|"
                           r"poach(es|ed)?)\s+(\S+\s+){0,6}?to\s+(lead|head|run|oversee|chair)\b", "verb", 0.8,
       needs=("person",), change="appointed"),
    _t("leadership", "en", r"(appoint(s|ed|ment)?|named|names|nam(e|ing) .{0,40}? as|hir(es|ed)|promot(ed|es)|"
                           # "joined insurer X as CFO", "will join X as chief operating officer"
                           r"(takes|took|taken|take) over|(?P<t>join(s|ed|ing)?)\s+(?!forces\b)(\S+\s+){0,4}?as\b|"
                           r"elected|new (ceo|chief|chairman|president|head)|"
                           # a merger's leader: "X will lead the combined company", "will run the merged group"
                           r"(?P<t2>(will|would|is to|to) (lead|run|head))\s+the\s+(combined|merged|enlarged|new)\s+"
                           r"(company|business|group|entity|firm|bank))", "verb", 0.85,
       needs=("person",), change="appointed",
       # hired or appointed firms and advisers are no post: "had hired restructuring advisers", "has appointed
       # bankers to explore a sale" (the person of the sentence is whoever speaks about it)
       unless=r"^\s+((\S+\s+){0,2}?(restructuring|investment|outside|external|financial|legal)\s+)?"
              r"(bankers?|advis[eo]rs?|consultants?|lawyers?|law firms?|accountants?|auditors?|banks?)\b",
       # a successor still to be found names nobody: "no successor has been named yet", "a successor will be appointed"
       # (the person of the sentence is the one who leaves)
       unless_before=r"\bsuccessors?\s+((has|have|had|is|was|will|would|is yet|has yet)\s+)?((not|yet|to|already)\s+)*"
                     r"(be|been)\s+$"),
    _t("leadership", "en", r"(step(s|ped|ping)? down|resign(s|ed|ing|ation)?|leav(e|es|ing)|left|depart(s|ed|ure)|"
                           r"fired|ousted|retir(e|es|ed|ing|ement)|exit(s|ed)?|quit(s)?|outgoing)", "verb", 0.85,
       needs=("person",), change="departed",
       # the second part of a hyphen compound is no verb: "its gas-fired power plants", "coal-fired"
       unless_before=r"\w-$",
       # "two ice storms that left thousands of members without power": what something caused, no one departing
       unless_between=(r"\b(that|which)\s+$", r"^\s+(\S+\s+){0,6}?without\b"),
       # "weak demand has left the mill running below capacity": a thing left in a state, no one departing
       unless=r"^\s+(the|its|their|a|an|many|some)\s+([\w-]+\s+){1,2}?(running|operating|idle|idling|empty|stranded|"
              r"exposed|vulnerable|unable|struggling|short|unchanged|underused)\b"),
    # --- meeting -------------------------------------------------------------------------------
    _t("meeting", "de", r"(trifft|traf(en)?|getroffen|treffen sich|besuch\w*|empf(a|ä)ng\w*|empfing\w*|"
                        r"zusammenkunft|zusammenkommen|zusammengekommen|(?P<t>kam|kamen|kommen|kommt)\s+(\S+\s+){0,10}?"
                        r"zusammen\b|gipfel\w*|tausch\w* sich (\S+ ){0,4}?aus|krisentreffen|spitzentreffen|"
                        r"(vertreter|spitzen|chefs|manager|delegation\w*)\b[^.;:]{0,80}?\b(?P<t2>berieten|beraten|berät|"
                        r"beriet|verhandelten|verhandeln)\b|"
                        # "wollen sich die Spitzen von X und Y an einen Tisch setzen"
                        r"an einen (runden |gemeinsamen )?tisch|an den verhandlungstisch)", "verb", 0.8),
    _t("meeting", "de", r"(?P<t>sprechen|spricht|sprach|sprachen|reden|redet)\b(?=.{0,80}\bmit\b)|"
                        r"mit\s+(\S+\s+){1,8}?(?P<t2>sprechen|spricht|sprach|sprachen|reden|redet)\b", "verb", 0.65,
       needs=("person",)),
    # a company's investor conference or capital markets day (not a statement made at one: "sagte auf der ...")
    _t("meeting", "de", r"(investorenkonferenz\w*|investorentag\w*|kapitalmarkttag\w*|investorentreffen)", "noun", 0.7,
       needs=("org",), unless_before=r"\b(auf|bei|während|nach|vor|in)\s+(de[rmn]|einer|einem)\s+(\S+\s+){0,2}$"),
    _t("meeting", "en", r"(investor (conference|day|meeting)|capital markets day)s?", "noun", 0.7,
       needs=("org",), unless_before=r"\b(at|during|after|before|in)\s+(the|a|an|its|their)\s+(\S+\s+){0,2}$"),
    # a round of negotiations between named sides ("Die dritte Verhandlungsrunde zwischen Verdi und Helios"), a
    # meeting named by its purpose ("Ein Schlichtungstreffen zwischen X und Y")
    _t("meeting", "de", r"(\w*verhandlungsrunde\w*|gesprächsrunde\w*|sondierungsgespräch\w*|\w+treffen)", "noun", 0.7,
       needs=("org",)),
    _t("meeting", "de", r"treffen", "verb", 0.75,
       unless_before=r"(vereinbarung|entscheidung|absprache|maßnahme|vorkehrung|abkommen|regelung|auswahl|vorsorge|"
                     r"festlegung|zusage)\w*\b"),
    _t("meeting", "en", r"(meet(s|ing|ings)?|met with|met|visit(s|ed|ing)?|host(s|ing)?|"
                        # "its hosted platform": the participle before a noun describes a service, no meeting
                        r"(?<!its )(?<!their )(?<!the )(?<!a )hosted|talks|summit|"
                        r"(sit|sits|sat|sitting) down with)", "verb", 0.8,
       unless=r"^\s*(expectations|the (target|demand|needs)|with (analysts|investors))",
       unless_before=r"\b(at|during|before|after|annual|general)\s+(\S+\s+){0,3}$"),
    # --- product_launch ------------------------------------------------------------------------
    # (the particle "vor" closes its clause: not "300 Stellen abzubauen, vor allem in …")
    _t("product_launch", "de", r"((?P<t>stell\w*)\s+(\S+\s+){0,8}?vor\b(?=\s*([.,;:!?\"“”)–-]|$|und\b|sowie\b))|vorgestellt|vorstellen|präsentier\w*|"
                               r"(?P<t2>bring\w*) (\S+\s+){0,10}?auf den markt|launch\w*|enthüll\w*|"
                               r"auf den markt (zu )?(bringen|gebracht|bringt|brachte)|markteinführung\w*|"
                               r"(?P<t3>bring\w*)\s+(\S+\s+){0,14}?heraus\b|herausbringen|herausgebracht|herauszubringen|"
                               r"führt (\S+ ){0,6}?ein\b|einführen|eingeführt|marktstart|veröffentlich\w*|erschein\w*|"
                               r"kommt (\S+ ){0,6}?auf den markt|"
                               # a product as subject of a subordinate clause, a first showing: "dass das Mittel X … auf
                               # den Markt kommt", "will X das SUV Y erstmals in Europa zeigen"
                               r"auf den markt (kommt|kommen|kam|kamen)\b|erstmals\s+(\S+\s+){0,4}?(zeigen|zeigt|gezeigt))",
       "verb", 0.85, needs=("product",)),
    # availability: "soll ab Juni in allen Märkten erhältlich sein", "kommt im Herbst in den Handel"; only with a named
    # product ("Daten sind verfügbar" launches nothing)
    _t("product_launch", "de", r"(?P<t>bring\w*)\s+(\S+\s+){0,10}?in den (handel|verkauf)\b", "verb", 0.8),
    # a new offer announced by its name: "kündigte X ein Flatrate-Abo namens FlyPass an"
    _t("product_launch", "de", r"(?P<t>kündigt|kündigte|kündigten)\s+(\S+\s+){0,6}?(namens|unter dem namen)\s+"
                               r"(\S+\s+){1,2}?an\b", "verb", 0.75, named_product=True),
    # a new offering: "Ab sofort bietet die Sparkasse X ihren Kunden die App Y an" (not a price: "bietet 18 Euro je
    # Aktie", not help or talks)
    _t("product_launch", "de", r"(?P<t>biete[nt]?)\s+(?!(\S+\s+){0,10}?(euro|dollar|franken|je aktie|pro aktie|hilfe|"
                               r"unterstützung|gespräche|rabatt\w*|stellen|jobs)\b)(\S+\s+){1,10}?an\b", "verb", 0.7,
       needs=("cue:new_offer",), named_product=True),
    _t("product_launch", "de", r"(erhältlich|(?P<t>kommt|kommen|kam|kamen)\s+(\S+\s+){0,6}?in den (handel|verkauf)|"
                               r"in den (handel|verkauf) (kommen|gebracht|bringen))", "verb", 0.75,
       named_product=True),
    _t("product_launch", "en", r"((?P<t>goes|go|went|will go)\s+on sale|(?P<t2>hits?|hit)\s+(the\s+)?(shelves|stores)|"
                               r"(?<=available )in stores|(?P<t3>becomes?|became|will be|is|are)\s+available)", "verb",
       0.75, named_product=True),
    _t("product_launch", "en", r"(launch(es|ed|ing)?|unveil(s|ed|ing)?|introduc(e|es|ed|ing)|present(s|ed)|"
                               r"releas(e|es|ed)|debut(s|ed)?|roll(s|ed)? out|announc(e|es|ed) (the|its|a) new|"
                               r"(?P<t>(start|starts|started|begin|begins|began)) (selling|shipping|offering)(?!(\s+[\w-]+){0,5}\s+in\b)|"
                               # a product put in the range or handed to customers: "will add its Pebble hatchback to
                               # its Canadian line-up", "pushed Reviewer 2.0 to all paying customers", "brings X to market"
                               r"(?P<t2>add(s|ed|ing)?)\s+(\S+\s+){0,6}?to\s+(its|their|the)\s+(\S+\s+){0,2}?"
                               r"(line-?up|range|model range|portfolio)\b|"
                               r"(?P<t3>push(es|ed)?|ship(s|ped)?)\s+(\S+\s+){0,8}?to\s+(all\s+)?(its\s+|their\s+)?"
                               r"([\w-]+\s+)?(customers|users|subscribers)\b|"
                               r"(?P<t4>bring(s|ing)?|brought)\s+(\S+\s+){0,6}?to\s+market\b)",
       "verb", 0.85, needs=("product",),
       # the noun before another noun names an occasion, not a launch: "at a launch event in Berlin"
       # (nor what serves it: "part of the launch supply is filled in X", "launch costs", "the launch customer")
       unless=r"^\s+(event|party|ceremony|presentation|show|livestream|stream|keynote|supply|supplies|cost|costs|"
              r"customer|customers|site|pad)s?\b"),
    # --- layoffs --------------------------------------------------------------------------------
    _t("layoffs", "de", r"(\w*stellenabbau\w*|personalabbau\w*|jobabbau\w*|arbeitsplatzabbau\w*|massenentlassung\w*|"
                        r"stellenstreichung\w*|(jobs?|arbeitsplätze|stellen) (\S+ ){0,2}?verlieren|"
                        # "Rund 400 Beschäftigte verlieren bei X ihren Job"
                        r"(?P<t>verlier\w*)\s+([^\s,;]+\s+){0,4}?(ihren|seinen|den)\s+(job|arbeitsplatz|stelle)\b|"
                        # "rund 600 Beschäftigte sollen ihren Arbeitsplatz verlieren": the object before the infinitive
                        r"(ihren|seinen)\s+(job|arbeitsplatz)\s+(?P<t3>verlieren|verloren)\b|"
                        # "trennt sich von 250 Mitarbeitern"
                        r"(?P<t2>trennt|trennte|trennen)\s+sich\s+(\S+\s+){0,3}?von\s+((rund|etwa|mehr als|bis zu|über)\s+)?"
                        r"\d[\d.,]*\s+(\w+\s+)?(mitarbeiter\w*|beschäftigte\w*|angestellte\w*|stellen|arbeitsplätze\w*))",
       "noun", 0.85),
    # "kündigt 250 Beschäftigten", "Ein Drittel der Belegschaft muss gehen", "betriebsbedingte Kündigungen", "der Verlust
    # von 2.000 Arbeitsplätzen", "1.200 Jobs stehen auf der Kippe"
    _t("layoffs", "de", r"(?P<t>kündigt|kündigte|kündigen|kündigten)(?=\s+((rund|etwa|mehr als|bis zu|über|weiteren)\s+)?"
                        r"\d[\d.,]*\s+(\w+\s+)?(mitarbeiter\w*|beschäftigte\w*|angestellte\w*))|"
                        r"betriebsbedingte\w* kündigung\w*|(?P<t2>verlust)(?=\s+(von\s+)?(\S+\s+){0,4}?"
                        r"(\w*arbeitsplätze\w*|\w*stellen|jobs)\b)|"
                        r"(jobs|arbeitsplätze|stellen)\s+(\S+\s+){0,5}?(?P<t3>stehen|steht|standen)\s+(\S+\s+){0,4}?"
                        r"(auf der kippe|auf dem spiel)|"
                        # the verb before its subject: "Nach Angaben des Verwalters stehen 340 Arbeitsplätze auf der Kippe"
                        r"(stehen|steht|standen)\s+((rund|etwa|mehr als|bis zu|über)\s+)?\d[\d.,]*\s+(\w+\s+)?"
                        r"(jobs|arbeitsplätze|stellen)\s+(\S+\s+){0,3}?(auf der kippe|auf dem spiel)", "noun", 0.75),
    _t("layoffs", "en", r"(jobs|roles|positions|posts)\s+(\S+\s+){0,5}?(?P<t>are|were|is|remain|(could|may|might|would|will)\s+be)\s+(now\s+|still\s+)?"
                        r"(at risk|in jeopardy|under threat|on the line)|"
                        # "collapsed into administration, putting 2,000 jobs at risk": a possible cut, not a decided one
                        r"(?P<t2>putting|puts|put|leaving|leaves)\s+((around|about|some|roughly|more than|up to|nearly|almost|"
                        r"over)\s+)?\d[\d,.]*\s+(\w+\s+)?(jobs|roles|positions|posts)\s+(at risk|in jeopardy|under threat)",
       "noun", 0.75),
    # "800 Arbeitsplätze sind gefährdet": jobs in danger are a possible cut (speculative by the modality cue)
    _t("layoffs", "de", r"\d[\d.,]*\s+(\w+\s+)?(jobs|arbeitsplätze|stellen)\s+(\S+\s+){0,3}?(?P<t>sind|seien|waren)\s+"
                        r"(\S+\s+){0,2}?(gefährdet|in gefahr|bedroht)\b", "noun", 0.75),
    _t("layoffs", "de", r"(muss|müssen|musste|mussten) gehen", "verb", 0.7, needs=("cue:jobs",),
       unless_before=r"(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+$"),
    _t("layoffs", "de", r"(entlassung\w*|entlässt|entlassen|kündigungen|streich\w*|gestrichen|abbau\w*|"
                        r"(?P<t2>fallen|fällt|fielen)\s+([^\s,;]+\s+){0,10}?weg\b|wegfallen|(?P<t>baut|bauen|baute)\s+([^\s,;:]+\s+){0,12}?ab\b(?!\s+"
                        # "bauen ab Mai den Tiguan": "ab" before a time is a preposition, no particle
                        r"(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|"
                        r"dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sofort|heute|morgen|anfang|mitte|ende|"
                        r"frühjahr|sommer|herbst|winter|\d))|abgebaut|abzubauen|"
                        r"auf die straße gesetzt|setzt (\S+ ){0,4}?auf die straße|"
                        r"(?P<t3>wegfall)\s+(von\s+|der\s+)(\S+\s+){0,4}?(\w*stellen|\w*arbeitsplätze\w*|jobs)\b)",
       "verb", 0.8, needs=("cue:jobs",)),
    # (and the English form of "Verlust von 240 Stellen": "collapsed into administration with the loss of 240 jobs")
    _t("layoffs", "en", r"(layoffs?|job cuts?|redundanc(y|ies)|job losses|(?P<t>loss)(?=\s+of\s+((around|about|some|"
                        r"roughly|more than|up to|nearly|almost|over)\s+)?\d[\d,.]*\s+(\w+\s+)?(jobs|roles|positions|posts)\b))",
       "noun", 0.85),
    _t("layoffs", "en", r"((lose|loses|losing|lost) (their|its|his|her) jobs|"
                        r"(?P<t>reduc(e|es|ed|ing)|cut(s|ting)?|trim(s|med|ming)?|shrink(s|ing)?)\s+(its|their|the)\s+"
                        r"(headcount|workforce|payroll|staff)|(?P<t2>let(s|ting)?) (\S+ ){0,4}?go\b)", "noun", 0.85,
       needs=("cue:jobs",)),
    _t("layoffs", "en", r"(lay(s|ing)? off|laid off|(make|makes|making|made) (\S+ ){0,3}?redundant|cut(s|ting)?|slash(es|ed)?|"
                        r"eliminat(e|es|ed|ing)|axe[sd]?|axing|"
                        r"fir(es|ed|ing)|dismiss(es|ed|ing)?|lost|shed(s|ding)?)", "verb", 0.8, needs=("cue:jobs",),
       # "to cut loose its TV business", "cut ties with": parting with a unit or partner, no jobs cut; "the stock has
       # lost 70% of its value": a loss in worth, no jobs
       unless=r"^\s*(loose|ties)\b|^\s+(\S+\s+){0,4}?of\s+(its|their|the\s+company's)\s+(market\s+)?(value|worth|valuation)\b"),
    # --- insolvency -----------------------------------------------------------------------------
    # plurals count insolvencies ("folgende Insolvenzen registriert", "Einige Firmenpleiten"): statistics, no event
    _t("insolvency", "de", r"(\w*insolvenz(?!verwalt|recht|expert|anwalt|en\b|geld|welle)\w*|insolvent\w*|konkurs(?!e\b)\w*|"
                           r"gläubigerschutz|"
                           r"zahlungsunfähig\w*|sanierungsverfahren|schutzschirm\w*|i\. ?i\.)", "noun", 0.9),
    # sports reports call a lost match a "Pleite": "die 0:3-Pleite gegen X", "die vierte Pleite in Serie", "EM-Pleite"
    # (nor a wave of them an association warns of: "warnt vor einer Pleitewelle in der Branche")
    _t("insolvency", "de", r"(?!(heim|auswärts|derby|pokal|saison|liga)pleite)\w*pleite(?!n\b|welle)\w*", "noun", 0.9,
       unless=r"^\s*(gegen|bei (de[rnm]|dem)\b|in (serie|folge)|seit \d+|zum (auftakt|start))",
       unless_before=DEFEAT_BEFORE),
    _t("insolvency", "en", r"(insolven(t|cy)|bankrupt(cy)?|chapter 11|receivership|administration|go(es)? bust|"
                           r"went bust|gone bust|(call(s|ed|ing)? in|appoint(s|ed|ing)?) (the )?administrators|"
                           r"(court|creditor) protection)", "noun", 0.85,
       # (an office's or a firm's work is no insolvency: "its pension administration business", "an
       # administration arm")
       unless=r"^\s*(officials?|of president|arms?|business(es)?|units?|divisions?|services|platforms?|software)\b"),
    # --- strike ---------------------------------------------------------------------------------
    _t("strike", "de", r"(\w*streik\w*|arbeitsniederlegung\w*|ausstand|(arbeitskampf\w*|arbeitskämpfe\w*)(?=\s+(bei|beim|gegen|an|am)\s)|(?P<t>leg\w*) (\S+ ){0,8}?die arbeit nieder|"
                         # "die Arbeit (bei X für einen Tag) niedergelegt/niederlegen": perfect and infinitive
                         r"arbeit (\S+ ){0,5}?nieder(ge)?leg\w*)", "noun", 0.9,
       # "GEW will bis 25.7. über Streik entscheiden": a strike still to be decided is none
       # "Der Fernseher streikt", "die Technik streikte": a machine that fails
       unless_before=r"(?<!\w)(der|die|das|mein|meine|dein|sein|seine|ihr|ihre|unser|unsere)\s+\w*(fernseher|"
                     r"computer|rechner|motor|technik|server|handy|smartphone|drucker|heizung|internet|app|system|"
                     r"körper|magen|kreislauf|akku|kamera|aufzug|fahrstuhl|automat|anlage|netz|software|abwehr|defensive|offensive|"
                     r"hintermannschaft|nerven|beine)\s+((der|des)\s+\w+\s+)?$",
       # verb first: "streikte die Abwehr der Gastgeber"
       unless=r"^\s+(der|die|das|sein|seine|ihr|ihre|unser|unsere)\s+\w*(fernseher|computer|rechner|motor|technik|"
              r"server|drucker|heizung|kamera|aufzug|abwehr|defensive|offensive|hintermannschaft|nerven|beine)\b",
       unless_between=(r"\b(über|zu)\s+(einen\s+|den\s+|die\s+)?(\w+(e|en|er|es)\s+){0,2}$",
                       r"^\s+(\S+\s+){0,3}?(zu\s+)?(entscheiden|entscheidet|abstimmen|abstimmt|beraten|berät)\b")),
    _t("strike", "de", r"(lahmgeleg\w*|(?P<t>leg\w*) (\S+ ){0,5}?lahm\b)", "verb", 0.7, needs=("cue:strikers",)),
    _t("strike", "en", r"(walkouts?|walk(ed|s|ing)? (out|off the job)|industrial action|down(ed|s)? tools)", "noun",
       0.85),
    # "further stoppages could not be ruled out", "a 24-hour work stoppage" (with a union or workers in the sentence;
    # not a stoppage of production or supply)
    # ("pilots will stop work for 24 hours": workers stopping work, not a halt of work on a project)
    _t("strike", "en", r"((work )?stoppages?|stop(s|ped|ping)? work\b(?! on\b))", "noun", 0.8, needs=("cue:strike_en",),
       unless_before=r"(?i)(production|supply|supplies|payment|payments|delivery|deliveries|play|game)\s+$"),
    _t("strike", "en", r"(strik(e|es|ing)|struck)", "noun", 0.85,
       unless=r"^\s*(a |an |the )?(\w+ )?(deal|agreement|balance|chord|gold)", needs=("cue:strike_en",)),
)

# German also plans a site in so many words ("Ein eigenes Werk plant X nicht"); English "plant" is the site itself
CUES["build_de"] = CUES["build"][:-len(")\\b")] + r"|plant|planen|plante|planten|geplant\w*)\b"
CUES["market_word"] = r"\w*(markt|märkte)\b"
CUES["first_time"] = r"\b(erstmals|erstmalig|zum ersten mal|for the first time)\b"
CUES["also_first"] = r"\b(auch|erstmals|erstmalig|zum ersten mal)\b"
CUES["stake"] = r"(\b(prozent|anteile?|anteilen|mehrheit|aktienmehrheit|beteiligung|aktien)\b|%)"
CUES["new_offer"] = r"\b(ab sofort|seit (dieser woche|heute|kurzem|montag|dienstag|mittwoch|donnerstag|freitag)|neue[nmrs]?|" \
                    r"erstmals|ab (jetzt|heute|montag|dienstag|mittwoch|donnerstag|freitag|januar|februar|märz|april|mai|" \
                    r"juni|juli|august|september|oktober|november|dezember))\b"
CUES["invest_into"] = r"\b(in|into)\s+(den|die|das|the)?\s*\S+"
CUES["strike_en"] = (r"\b(workers|union|employees|staff|pilots|drivers|unions|walkout|industrial|go on|went on|"
                     r"on strike|strike (action|by|at)|call(s|ed|ing)? (for )?(\w+ )?strikes|"
                     r"(further|more|new|fresh|rolling) strikes)\b")


@dataclass(frozen=True)
class CompiledTrigger:
    spec: TriggerSpec
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None
    unless_before: re.Pattern[str] | None
    unless_between: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    first: frozenset[str] | None = None  # lower-case letters a match can start with; None: any (see _first_letters)
    twin: re.Pattern[str] | None = None  # `regex` for lower-cased sentences (see _trigger_twin)


def _non_capturing(pattern: str) -> str:
    """The pattern with its plain groups made non-capturing ("(a|b)" → "(?:a|b)"); named groups, lookarounds and
    character classes stay. No trigger uses a back-reference, so what matches is the same; the regex engine then
    skips alternatives by their first letter instead of entering each group (a third of the union's time)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            for lead in ("^", "]"):  # "[^]…]", "[]…]": a leading "]" is a member, not the end
                if pattern.startswith(lead, i):
                    out.append(lead)
                    i += 1
            continue
        out.append("(?:" if c == "(" and not pattern.startswith("(?", i) else c)
        i += 1
    return "".join(out)


def _compile(spec: TriggerSpec) -> CompiledTrigger:
    regex = re.compile(r"(?<!\w)(?:" + _non_capturing(spec.pattern) + r")(?!\w)", re.IGNORECASE)
    unless = re.compile(spec.unless, re.IGNORECASE) if spec.unless else None
    before = re.compile(spec.unless_before, re.IGNORECASE) if spec.unless_before else None
    between = tuple(re.compile(p, re.IGNORECASE) for p in spec.unless_between) if spec.unless_between else None
    twin = exact_twin(r"(?<!\w)(?:" + spec.pattern + r")(?!\w)")
    return CompiledTrigger(spec, regex, unless, before, between, _first_letters(spec.pattern),  # type: ignore[arg-type]
                           twin)


def exact_twin(pattern: str) -> re.Pattern[str] | None:
    """An IGNORECASE pattern (written in a-z and äöüß) in lower case and case-sensitive, named groups kept, for
    `lowered_for_twins` text: it matches exactly where and as far as the pattern matches the original text, with
    the same group spans (take the text from the original). The regex engine skips alternatives by their first
    letter only in case-sensitive patterns. None for a pattern with case-sensitive parts or an escaped backslash."""
    if pattern.startswith("(?i)"):
        pattern = pattern[4:]
    if "(?-i" in pattern or "(?i" in pattern or "\\\\" in pattern:
        return None
    lowered = re.sub(r"(?<!\\)(?<!\(\?)[A-ZÄÖÜ]", lambda m: m.group().lower(), pattern)  # not the P of "(?P<t>"
    return re.compile(_non_capturing(lowered))


_PLAIN_START = frozenset("abcdefghijklmnopqrstuvwxyzäöüß0123456789 -")


def _first_letters(pattern: str) -> frozenset[str] | None:
    """The lower-case characters every match of the pattern starts with, or None when that is not plain to see.

    Read from the pattern's top-level alternatives (leading groups spread out): each must open with a literal of
    `_PLAIN_START` that no "?", "*" or "{" makes optional; anything else ("\\w*", "[…]", a lookahead) gives None.
    Those characters have no case partners but their upper-case forms under IGNORECASE (unlike "i"/"ı", "s"/"ſ"),
    so a sentence character whose lower-case form is outside the set cannot start a match."""
    letters: set[str] = set()
    for alternative in _top_alternatives(_non_capturing(_lower_pattern(pattern))):
        for a in _leading_group_spread(alternative):
            if not a or a[0] not in _PLAIN_START or a[1:2] in ("?", "*", "{"):
                return None
            letters.add(a[0])
    return frozenset(letters)


def _lower_pattern(pattern: str) -> str:
    """Lower-case the letters of a pattern, not its escapes (\\S stays \\S)."""
    return re.sub(r"(?<!\\)[A-ZÄÖÜ]", lambda m: m.group().lower(), re.sub(r"\(\?P<t\d?>", "(?:", pattern))


def lowered_for_twins(text: str) -> str | None:
    """`text.lower()` when a lower-case, case-sensitive twin of an IGNORECASE pattern (`_lower_pattern` of a pattern
    written in a-z and äöüß, without case-sensitive parts) finds a match in it exactly where the pattern finds one in
    `text`; None otherwise. Those letters have no case partners under IGNORECASE but their upper-case forms, which
    lower() maps back at the same offset, except "i"/"ı" and "s"/"ſ"; and lower() keeps every offset unless a letter
    such as "İ" grows."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) and "ı" not in text and "ſ" not in text else None


def lower_twin(pattern: str) -> re.Pattern[str] | None:
    """The twin of an IGNORECASE pattern (written in a-z and äöüß) for `lowered_for_twins` text, or None when the
    pattern has case-sensitive parts. It finds a match exactly where the pattern finds one, but not necessarily the
    same match (its alternatives are regrouped by `factored`): ask it only whether there is one."""
    if pattern.startswith("(?i)"):
        pattern = pattern[4:]
    if "(?-i" in pattern or "(?i" in pattern:
        return None
    return re.compile(factored(twin_alternatives(pattern)))


def twin_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of an IGNORECASE pattern in lower case, groups non-capturing: the pieces a twin
    (`lower_twin`) or a union of several twins is regrouped from."""
    return _top_alternatives(_non_capturing(_lower_pattern(pattern)))


def twin_rules_out(twin: re.Pattern[str] | None, text: str) -> bool:
    """True when `twin` (made by `lower_twin` or widened from it) surely finds nothing in `text`, so the pattern it
    stands for need not run; False when it finds something or lower-casing `text` is not exact."""
    if twin is None:
        return False
    lowered = lowered_for_twins(text)
    return lowered is not None and twin.search(lowered) is None


def _group_end(pattern: str, i: int) -> int:
    """Index after the ")" that closes the group opened at `pattern[i]` (escapes and character classes skipped)."""
    depth, in_class, j = 0, False, i
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            for lead in ("^", "]"):  # "[^]…]", "[]…]": a leading "]" is a member, not the end
                if pattern.startswith(lead, j + 1):
                    j += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _top_alternatives(pattern: str) -> list[str]:
    """The pattern split at its top-level "|" (not inside a group or a character class)."""
    out, start, i = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(" or c == "[":
            i = _group_end(pattern, i) if c == "(" else _class_end(pattern, i)
            continue
        if c == "|":
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _class_end(pattern: str, i: int) -> int:
    """Index after the "]" that closes the character class opened at `pattern[i]`."""
    j = i + 1
    for lead in ("^", "]"):
        if pattern.startswith(lead, j):
            j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j + 1
        j += 1
    raise ValueError(f"unclosed character class in {pattern!r}")


def _leading_group_spread(alternative: str, depth: int = 0) -> list[str]:
    """ "(?:A|B)C" → ["AC", "BC"] and "(?:A|B)?C" → ["AC", "BC", "C"] when the alternative opens with a plain
    non-capturing group that no other quantifier follows (recursively, a few levels): the same strings match at the
    same places, one alternative each."""
    if depth < 4 and alternative.startswith("(?:"):
        end = _group_end(alternative, 0)
        rest = alternative[end:]
        optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
        if optional:
            rest = rest[1:]
        if rest[:1] not in ("?", "*", "+", "{"):
            spread = [x for inner in _top_alternatives(alternative[3:end - 1])
                      for x in _leading_group_spread(inner + rest, depth + 1)]
            return spread + (_leading_group_spread(rest, depth + 1) if optional else [])
    return [alternative]


def _loosened(alternative: str) -> str:
    """The alternative without the negative lookaheads it opens with, "\\w+" read as "\\w*": it matches at every
    place where the alternative does, and maybe at a few more (a vetoed compound such as "Arbeitsvertrag")."""
    while alternative.startswith("(?!"):
        alternative = alternative[_group_end(alternative, 0):]
    return "\\w*" + alternative[3:] if alternative.startswith("\\w+") else alternative


_TOKENS = ("\\w*", "\\b", "(?<!\\w)")
_REGROUPED_TOKENS = ("\\b", "(?<!\\w)")  # zero-width openings whose rests are regrouped again


def _leading_token(alternative: str) -> str | None:
    """The opening that `factored` groups alternatives by: "\\w*", "\\b", "(?<!\\w)" or a plain letter no quantifier
    follows."""
    for token in _TOKENS:
        if alternative.startswith(token):
            return token
    if alternative[:1] in _PLAIN_START and alternative[1:2] not in ("?", "*", "+", "{"):
        return alternative[0]
    return None


def factored(alternatives: list[str], depth: int = 0) -> str:
    """One pattern that matches at exactly the places where one of the (lower-case, non-capturing) alternatives does.

    Alternatives are spread out (`_leading_group_spread`: "(?:a|b)c" is "ac|bc") and those with the same opening
    share it: "\\w*" (compound heads: "\\w*vereinbarung", "\\w*fusion\\w*"), "\\b" or "(?<!\\w)" (the rests of these
    three are grouped again the same way: after "\\w*" the engine tries the rests at every letter of the word it
    backs over, so it tries a few letter branches there instead of every rest), or a plain letter ("ü(?:bernimmt|bernahme…)"); the rest (lookaheads, character
    classes, optional openings) stay as they are. The regex engine then runs over a word once for all "\\w*" alternatives and tries a
    few letter branches at each place instead of every alternative. Only use it where the places (or whether there
    is one) matter, not which alternative matched or how far."""
    groups: dict[str, list[str]] = {}
    other: list[str] = []
    for alternative in alternatives:
        for a in _leading_group_spread(alternative):
            token = _leading_token(a)
            if token is None:
                other.append(a)
            else:
                groups.setdefault(token, []).append(a[len(token):])
    parts = []
    for token, rests in groups.items():
        regroup = (token in _REGROUPED_TOKENS and depth == 0) or (token == "\\w*" and depth <= 1)
        inner = factored(rests, depth + 1) if regroup else "|".join(f"(?:{r})" for r in rests)
        parts.append((token if token in _TOKENS else re.escape(token)) + f"(?:{inner})")
    return "|".join(parts + [f"(?:{a})" for a in other])


def _union(lang: str) -> re.Pattern[str]:
    """All triggers of a language in one case-sensitive pattern over the lower-cased sentence.

    Where it matches, some trigger may start. Matching lower-cased text without
    IGNORECASE lets the regex engine skip faster (about 40 % on news text).

    Only the places where the union matches are used, never what it matched, and each trigger's own regex decides
    at each place, so the union may match at a few more places than the triggers (never at fewer): its alternatives
    are regrouped by `factored` and opening vetoes are left to the triggers (`_loosened`), which lets "\\w*fusion"
    and "(?!…)\\w*vertrag" share one scan. On the timing inputs' sentences (10 passes): German 0.128 -> 0.075 s by
    the regrouping; the triggers found are the same (tested against trying every trigger at every place)."""
    return _loose_union([trig for trig in TRIGGERS if trig.lang == lang])


def _loose_union(specs: list[TriggerSpec]) -> re.Pattern[str]:
    """The triggers' patterns lower-cased, loosened and regrouped into one (see `_union`): it matches in the
    lower-cased sentence at every place where one of them can match, and maybe at a few more."""
    alternatives = [_loosened(x) for trig in specs
                    for a in _top_alternatives(_non_capturing(_lower_pattern(trig.pattern)))
                    for x in _leading_group_spread(a)]
    return re.compile(r"(?<!\w)(?:" + factored(alternatives) + r")(?!\w)")


UNION: dict[str, re.Pattern[str]] = {lang: _union(lang) for lang in ("de", "en")}
COMPILED: dict[str, tuple[CompiledTrigger, ...]] = {
    lang: tuple(_compile(s) for s in TRIGGERS if s.lang == lang) for lang in ("de", "en")
}
COMPILED_CUES: dict[str, re.Pattern[str]] = {k: re.compile(v, re.IGNORECASE) for k, v in CUES.items()}
CUE_TWINS: dict[str, re.Pattern[str] | None] = {k: lower_twin(v) for k, v in CUES.items()}
# positions in COMPILED[lang] of the triggers that can start with a letter, and of those that can start anywhere
_BY_FIRST_LETTER: dict[str, dict[str, frozenset[int]]] = {
    lang: {letter: frozenset(i for i, t in enumerate(triggers) if t.first is not None and letter in t.first)
           for letter in _PLAIN_START} for lang, triggers in COMPILED.items()}
_ANY_FIRST_LETTER: dict[str, frozenset[int]] = {
    lang: frozenset(i for i, t in enumerate(triggers) if t.first is None) for lang, triggers in COMPILED.items()}


_CHUNK_SIZE = 8


def _chunks(lang: str) -> tuple[tuple[re.Pattern[str], tuple[int, ...], frozenset[str] | None], ...]:
    """The language's triggers in small groups, each with the `_loose_union` of its members, the members' positions
    in COMPILED[lang] and the letters any member can start with (None: any). Why: a sentence has one or two places
    where the whole union matches, and each of the 30-odd triggers that can start anywhere ("\\w*vertrag") used to
    be tried there one by one; one match of a group's union rules out all of its members at a place, and only the
    members of a group that matches are tried. Triggers that can start anywhere are grouped apart from those with
    known first letters, so that the groups of the latter are skipped by the letter alone."""
    triggers = COMPILED[lang]
    out = []
    for selected in ([i for i, t in enumerate(triggers) if t.first is None],
                     [i for i, t in enumerate(triggers) if t.first is not None]):
        for j in range(0, len(selected), _CHUNK_SIZE):
            members = tuple(selected[j:j + _CHUNK_SIZE])
            firsts = [triggers[i].first for i in members]
            out.append((_loose_union([triggers[i].spec for i in members]), members,
                        None if any(f is None for f in firsts) else frozenset().union(*firsts)))  # type: ignore[arg-type]
    return tuple(out)


_CHUNKS = {lang: _chunks(lang) for lang in COMPILED}


@dataclass
class TriggerHit:
    spec: TriggerSpec
    start: int  # offsets into the sentence text
    end: int
    text: str


def find_triggers(sentence: str, lang: str) -> list[TriggerHit]:
    """All trigger occurrences in one sentence, before `needs` are checked.

    The trigger span is the named group ``t`` (or ``t2``) when the pattern has
    one, so that "spaltet ... ab" points at the verb, not at the whole gap.
    """
    langs = (lang,) if lang in COMPILED else ("de", "en")
    hits: list[TriggerHit] = []
    for code in langs:
        starts = _candidate_starts(UNION[code], sentence)
        if not starts:
            continue
        at_letter = _places_by_letter(sentence, starts)
        lowered = lowered_for_twins(sentence)
        for trig, places in _tries(code, starts, at_letter, lowered):
            if not places:
                continue  # no candidate place starts with a letter this trigger can start with
            regex, subject = (trig.twin, lowered) if trig.twin is not None and lowered is not None else \
                (trig.regex, sentence)
            for m in _matches(regex, subject, places):  # spans only: the text comes from `sentence`
                start, end = m.span()
                for group in ("t", "t2", "t3"):
                    if group in trig.regex.groupindex and m.group(group):
                        start, end = m.span(group)
                        break
                if trig.unless and trig.unless.search(sentence[m.end():m.end() + UNLESS_WINDOW]):
                    continue
                if trig.unless_before and trig.unless_before.search(sentence[:m.start()]):
                    continue
                if trig.unless_between and trig.unless_between[0].search(sentence[max(0, m.start() - 40):m.start()]) \
                        and trig.unless_between[1].search(sentence[m.end():m.end() + 2 * UNLESS_WINDOW]):
                    # (the verb that closes the phrase may stand after a longer object: "über eine Zusammenarbeit
                    # beim Umschlag von Flüssigerdgas zu sprechen")
                    continue
                text = sentence[start:end]
                stripped = text.rstrip()
                hits.append(TriggerHit(trig.spec, start, start + len(stripped), stripped))
    return hits


def _tries(lang: str, starts: list[int], at_letter: dict[str, list[int]] | None,
           lowered: str | None) -> list[tuple[CompiledTrigger, list[int]]]:
    """Each trigger that may match, in lexicon order, with the candidate places where it may start (in order).

    In exactly lower-cased text (`lowered` not None) a trigger is tried only where the union of its group
    (`_CHUNKS`) matches and the place's letter is one it can start with: it cannot match anywhere else, so `_matches`
    finds the same matches. Otherwise every trigger whose first letters allow it (`_triggers_to_try`)."""
    if at_letter is None or lowered is None:
        return [(trig, _places_for(trig, starts, at_letter)) for trig in _triggers_to_try(lang, at_letter)]
    triggers = COMPILED[lang]
    viable: dict[int, list[int]] = {}
    by_letter = _CHUNKS_BY_LETTER[lang]
    for pos in starts:  # (each trigger is in one group: its places come in order)
        letter = lowered[pos]
        for union, members in by_letter[letter] if letter in by_letter else _chunks_at(lang, letter):
            if union.match(lowered, pos):
                for i in members:
                    viable.setdefault(i, []).append(pos)
    return [(triggers[i], viable[i]) for i in sorted(viable)]


def _chunks_at(lang: str, letter: str) -> tuple[tuple[re.Pattern[str], tuple[int, ...]], ...]:
    """The groups of `_CHUNKS` that can start with `letter`, each with those of its members that can: what `_tries`
    asks at a place with that letter (looked up in `_CHUNKS_BY_LETTER` instead of tested group by group)."""
    triggers = COMPILED[lang]
    out = []
    for union, members, first in _CHUNKS[lang]:
        if first is None or letter in first:
            mine = tuple(i for i in members
                         if triggers[i].first is None or letter in triggers[i].first)  # type: ignore[operator]
            if mine:
                out.append((union, mine))
    return tuple(out)


_CHUNKS_BY_LETTER = {lang: {letter: _chunks_at(lang, letter) for letter in _PLAIN_START} for lang in COMPILED}


def _candidate_starts(union: re.Pattern[str], sentence: str) -> list[int]:
    """Every position where some trigger of the language matches (overlapping search, one scan)."""
    lowered = sentence.lower()
    if len(lowered) == len(sentence):  # offsets stay valid (not so for a few letters such as "İ")
        sentence = lowered
    else:
        return list(range(len(sentence)))
    starts, pos = [], 0
    while True:
        m = union.search(sentence, pos)
        if m is None:
            return starts
        starts.append(m.start())
        pos = m.start() + 1


def _places_by_letter(sentence: str, starts: list[int]) -> dict[str, list[int]] | None:
    """The candidate places by their lower-case character (each list in order), or None when one of them is not in
    `_PLAIN_START` (its case-insensitive partners are not all covered by lower-casing) or lower-casing moved the
    offsets."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        return None
    at_letter: dict[str, list[int]] = {}
    for pos in starts:
        at_letter.setdefault(lowered[pos], []).append(pos)
    return at_letter if at_letter.keys() <= _PLAIN_START else None


def _triggers_to_try(lang: str, at_letter: dict[str, list[int]] | None) -> list[CompiledTrigger]:
    """The language's triggers, in lexicon order, without those that cannot start at any candidate place (by their
    first letters): found with set unions over a letter index instead of a test per trigger."""
    triggers = COMPILED[lang]
    if at_letter is None:
        return list(triggers)
    index = _BY_FIRST_LETTER[lang]
    wanted = _ANY_FIRST_LETTER[lang].union(*(index.get(letter, ()) for letter in at_letter))
    return [triggers[i] for i in sorted(wanted)]


def _places_for(trig: CompiledTrigger, starts: list[int], at_letter: dict[str, list[int]] | None) -> list[int]:
    """The candidate places where `trig` can start: those with one of its first letters, in order. A trigger's
    regex cannot match at the others, so `_matches` finds the same matches over these."""
    if at_letter is None or trig.first is None:
        return starts
    if trig.first.isdisjoint(at_letter):
        return []  # the common case, answered without a Python loop
    letters = trig.first.intersection(at_letter)
    if len(letters) == 1:
        return at_letter[next(iter(letters))]
    return sorted(pos for letter in letters for pos in at_letter[letter])


def _matches(regex: re.Pattern[str], sentence: str, starts: list[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of one trigger, tried only where the union matched (the speed of one scan)."""
    out: list[re.Match[str]] = []
    taken = -1
    for pos in starts:
        if pos < taken:
            continue
        m = regex.match(sentence, pos)
        if m:
            out.append(m)
            taken = m.end()
    return out


def cue_present(name: str, sentence: str) -> bool:
    twin = CUE_TWINS[name]
    lowered = lowered_for_twins(sentence) if twin is not None else None
    if lowered is not None:
        return twin.search(lowered) is not None  # type: ignore[union-attr]  (same answer, faster: see lower_twin)
    return bool(COMPILED_CUES[name].search(sentence))
