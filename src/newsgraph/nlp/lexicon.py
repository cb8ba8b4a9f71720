"""Word lists the rule-based recogniser uses: data only, no logic.

A new job title, company suffix or trigger noun is a one-line change here plus a
test row. Lists are written by us from general knowledge of German and English
business news; place and first-name gazetteers come from packages (gazetteers.py).
"""

from __future__ import annotations

# Legal forms that end a company name. cleanco's tables (gazetteers.py) add more;
# these are the ones that matter in German and English news and are safe to match.
LEGAL_FORMS: tuple[str, ...] = (
    "GmbH & Co. KG", "GmbH & Co. KGaA", "GmbH & Co KG", "AG & Co. KG", "AG & Co. KGaA", "SE & Co. KGaA",
    "mbH & Co. KG", "gGmbH", "GmbH", "mbH", "AG", "SE", "KGaA", "KG", "OHG", "eG", "e.V.", "UG", "Inc.", "Inc",
    "Incorporated", "Corp.", "Corp", "Corporation", "Co.", "Ltd.", "Ltd", "Limited", "LLC", "L.L.C.", "LLP", "LP",
    "L.P.", "plc", "PLC", "N.V.", "NV", "B.V.", "BV", "S.A.", "SA", "S.p.A.", "SpA", "S.A.S.", "SAS", "S.L.", "Oyj",
    "AB", "ASA", "A/S", "Pty Ltd", "Pty. Ltd.", "Co., Ltd.", "Co. Ltd.", "Holdings", "Holding", "Group", "Gruppe",
)
"""Ordered longest first at load time; "Holding"/"Group" are weaker but almost always name companies."""

ORG_KEYWORDS_DE: frozenset[str] = frozenset({
    "Konzern", "Unternehmen", "Firma", "Hersteller", "Autobauer", "Autohersteller", "Chiphersteller",
    "Elektronikkonzern", "Energiekonzern", "Technologiekonzern", "Softwarekonzern", "Handelskonzern",
    "Versicherer", "Zulieferer", "Einzelhändler", "Händler", "Onlinehändler", "Online-Händler", "Discounter",
    "Fluggesellschaft", "Airline", "Bank", "Großbank", "Investor", "Finanzinvestor", "Start-up", "Startup",
    "Rivale", "Konkurrent", "Tochter", "Tochterfirma", "Mutterkonzern", "Smartphone-Hersteller",
    "Modehändler", "Mobilfunker", "Netzbetreiber", "Dienstleister", "Anbieter", "Reederei", "Gewerkschaft",
    "Chemiekonzern", "Pharmakonzern", "Stahlkonzern", "Baukonzern", "Medienkonzern", "Versandhändler",
    "Wettbewerber", "Mitbewerber", "Logistiker", "Spediteur", "Versorger", "Vermögensverwalter", "Molkerei",
    "Brauerei", "Werft", "Genossenschaft", "Handelskette", "Kette", "Kapitalgeber", "Geldgeber", "VC",
})
"""A capitalised name right after these nouns ("der Konzern Siemens") is a company."""

ORG_KEYWORD_SUFFIXES_DE: tuple[str, ...] = (
    "konzern", "hersteller", "händler", "autobauer", "versicherer", "anbieter", "zulieferer", "unternehmen",
    "firma", "discounter", "dienstleister", "betreiber", "fluggesellschaft", "airline", "reederei",
    "investor", "startup", "start-up", "riese", "tochter", "kette", "versorger", "logistiker", "spediteur",
    "maschinenbauer", "anlagenbauer", "flugzeugbauer", "fahrzeugbauer", "schiffbauer", "molkerei", "brauerei",
    "werft", "genossenschaft", "wettbewerber", "vermögensverwalter", "kapitalgeber",
)
"""German compounds ending like this name a kind of company: "Smartphone-Hersteller", "Elektronikriese"."""

ORG_KEYWORDS_EN: frozenset[str] = frozenset({
    "company", "firm", "maker", "manufacturer", "carmaker", "automaker", "chipmaker", "retailer", "giant",
    "startup", "start-up", "bank", "insurer", "airline", "rival", "subsidiary", "conglomerate", "group",
    "supplier", "operator", "provider", "vendor", "union", "investor", "vc",
})

ORG_COMPOUND_HEADS: frozenset[str] = frozenset({
    "Chef", "Chefin", "Konzern", "Gründer", "Gründerin", "Mitgründer", "Sprecher", "Sprecherin", "Aktie",
    "Aktien", "Aktionäre", "Mitarbeiter", "Beschäftigte", "Beschäftigten", "Vorstand", "Vorstandschef",
    "Manager", "Managerin", "Tochter", "Werk", "Werke", "Zentrale", "Boss", "Führung", "Konzernchef",
    "Gruppe", "Übernahme", "Chefs", "Betriebsrat", "Filiale", "Filialen", "Kunden", "Angebot", "Smartphones",
})
"""Heads of hyphen compounds whose left part names a company: "Xiaomi-Chef", "VW-Konzern"."""

ROLE_COMPOUND_HEADS: frozenset[str] = frozenset({"Chef", "Chefin", "Boss", "Gründer", "Gründerin", "Mitgründer",
                                               "Sprecher", "Sprecherin", "Vorstand", "Vorstandschef",
                                               "Konzernchef", "Manager", "Managerin"})
"""Heads of "X-Chef" compounds that are themselves a position."""

ROLE_WORDS_DE: frozenset[str] = frozenset({
    "Chef", "Chefin", "Boss", "Gründer", "Gründerin", "Mitgründer", "Mitgründerin", "Mitbegründer",
    "Geschäftsführer", "Geschäftsführerin", "Vorstand", "Vorständin", "Vorsitzende", "Vorsitzender",
    "Vorsitzenden", "Präsident", "Präsidentin", "Vizepräsident", "Vizepräsidentin", "Direktor", "Direktorin",
    "Sprecher", "Sprecherin", "Minister", "Ministerin", "Kanzler", "Kanzlerin", "Bundeskanzler",
    "Bundeskanzlerin", "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin",
    "Ministerpräsident", "Ministerpräsidentin", "Aufsichtsrat", "Aufsichtsrätin", "Gesellschafter",
    "Inhaber", "Inhaberin", "Eigentümer", "Eigentümerin", "Prokurist", "Prokuristin", "Betriebsratschef",
    "Betriebsratsvorsitzende", "Betriebsratsvorsitzender", "Analyst", "Analystin", "Leiter", "Leiterin",
    "Abteilungsleiter", "Abteilungsleiterin", "Bereichsleiter", "Bereichsleiterin", "Generaldirektor",
    "Verwaltungsratspräsident", "Verwaltungsratschef", "Manager", "Managerin", "Geschäftsleiter",
    "Staatssekretär", "Staatssekretärin", "Senator", "Senatorin", "Landrat", "Landrätin", "Polizeisprecher",
    "Polizeisprecherin", "Pressesprecher", "Pressesprecherin", "Unternehmenssprecher", "Firmensprecher",
    "Konzernsprecher", "Konzernsprecherin", "Firmenchef", "Firmenchefin", "Gewerkschaftschef",
    "Vorstandsmitglied", "Aufsichtsratsmitglied", "Verwaltungsratsmitglied", "Geschäftsleitungsmitglied",
    "Gesellschafterin", "Teilhaber", "Teilhaberin",
})

ROLE_SUFFIXES_DE: tuple[str, ...] = (
    "chef", "chefin", "vorstand", "vorständin", "vorsitzende", "vorsitzender", "vorsitzenden",
    "geschäftsführer", "geschäftsführerin", "direktor", "direktorin", "präsident", "präsidentin",
    "minister", "ministerin", "sprecher", "sprecherin", "leiter", "leiterin", "gründer", "gründerin",
)
"""German compounds ending like this are positions: Vorstandschef, Finanzvorstand, Bundesaußenminister."""

ROLE_NOT: frozenset[str] = frozenset({"Chefsache", "Sprecherrolle", "Leitern", "Chefarzt", "Chefkoch"})
ROLE_NOT_ENDINGS: tuple[str, ...] = ("begleiter", "begleiterin", "gleiter", "halbleiter", "leitern", "ableiter")
"""Words that end like a title but are not one: Flugbegleiter, Halbleiter."""

ROLE_PHRASES_EN: tuple[str, ...] = (
    "chief executive officer", "chief executive", "chief financial officer", "chief operating officer",
    "chief technology officer", "chief marketing officer", "chief information officer", "chief product officer",
    "chief people officer", "chief strategy officer", "chief commercial officer", "chief digital officer",
    "senior vice president", "executive vice president", "vice president", "vice-president", "vice chairman",
    "vice chairwoman", "managing director", "general manager", "general counsel", "executive director",
    "board member", "co-founder", "cofounder", "founder", "chairman", "chairwoman", "chairperson", "chair",
    "president", "director", "spokesman", "spokeswoman", "spokesperson", "head", "minister", "prime minister",
    "chancellor", "mayor", "governor", "secretary", "senator", "analyst", "partner", "owner", "manager",
    "chief", "boss", "treasurer", "ceo", "cfo", "coo", "cto", "cmo", "cio", "cpo", "evp", "svp",
)

ROLE_PHRASES_DE: tuple[str, ...] = (
    "Senior Vice President", "Executive Vice President", "Vice President", "Chief Executive Officer",
    "Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer", "Managing Director",
    "Country Manager", "General Manager", "stellvertretende Vorsitzende", "stellvertretender Vorsitzender",
    "stellvertretenden Vorsitzenden",
)

ROLE_ACRONYMS: frozenset[str] = frozenset({"CEO", "CFO", "COO", "CTO", "CMO", "CIO", "CPO", "CDO", "CHRO", "CSO",
                                          "EVP", "SVP", "VP"})

ROLE_MODIFIERS: frozenset[str] = frozenset({
    "Senior", "Executive", "Deputy", "Interim", "Acting", "Co", "Vize", "Ex", "stellvertretende",
    "stellvertretender", "stellvertretenden", "kommissarische", "kommissarischer", "neue", "neuer", "neuen",
    "ehemalige", "ehemaliger", "ehemaligen", "designierte", "designierter", "former", "new", "senior",
    "executive", "deputy", "interim", "acting",
})
"""Words that belong to a title when directly before it ("Senior Vice President", "stellvertretender Vorsitzender")."""

ROLE_OF_WORDS: frozenset[str] = frozenset({"von", "of", "bei", "at", "des", "der", "beim", "vom"})
"""After a title, these introduce the organisation: "CEO von Xiaomi", "CEO of Xiaomi", "Chef des Konzerns"."""

PERSON_TITLES: frozenset[str] = frozenset({
    "Herr", "Herrn", "Frau", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Prof.", "Sir", "Dame",
    "Lord", "Lady",
})
"""A capitalised run after these is a person (the title itself is not part of the mention)."""

NAME_PARTICLES: frozenset[str] = frozenset({"von", "van", "de", "der", "den", "zu", "da", "di", "del", "la", "le",
                                           "bin", "al", "ten", "ter", "vom"})

MODEL_WORDS: frozenset[str] = frozenset({"Fold", "Flip", "Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "Note", "Edge"})
"""Words that make a brand name a product model: "Vexo Fold", "Surface Pro", "Galaxy Note 9" (not "Air": airlines)."""

PRODUCT_KEYWORDS: frozenset[str] = frozenset({
    "Smartphone", "Smartphones", "Modell", "Modells", "Tablet", "Laptop", "App", "Konsole", "Software",
    "Elektroauto", "Fahrzeug", "smartphone", "model", "tablet", "laptop", "app", "console", "handset",
})
"""A capitalised run with a digit or a known product shape after these is a product ("Smartphone Mi 6")."""

PLACE_EXTRA_DE: tuple[str, ...] = (
    "Europa", "Asien", "Afrika", "Amerika", "Nordamerika", "Südamerika", "Lateinamerika", "Ozeanien",
    "Australien", "Antarktis", "Nahost", "Mittlerer Osten", "Naher Osten", "Skandinavien", "Osteuropa",
    "Westeuropa", "Südostasien", "Ostasien", "Mitteleuropa", "Südeuropa", "Nordeuropa", "Balkan", "Baltikum",
    "Silicon Valley", "Ruhrgebiet", "Rheinland", "Bodensee", "Hongkong", "Festlandchina", "Taiwan",
    "Oberbayern", "Franken", "Schwaben", "Westfalen", "USA", "UK", "Großbritannien", "Russland", "England",
    "Schottland", "Wales", "Holland", "Tschechien", "Weißrussland", "Nordkorea", "Südkorea",
)
PLACE_EXTRA_EN: tuple[str, ...] = (
    "Europe", "Asia", "Africa", "America", "North America", "South America", "Latin America", "Oceania",
    "Middle East", "Southeast Asia", "East Asia", "Scandinavia", "Silicon Valley", "Hong Kong",
    "Mainland China", "Wall Street", "Balkans", "US", "U.S.", "UK", "Britain", "Great Britain", "England",
    "Scotland", "Wales", "Russia", "South Korea", "North Korea",
)

NOT_PLACES: frozenset[str] = frozenset({
    "Mark", "Bad", "Hof", "Weil", "Zug", "Bergen", "Wedel", "Brand", "Rain", "Stein", "Wald", "Rot", "Lauf",
    "Hall", "Bay", "Mobile", "Opportunity", "Nice", "Reading", "Split", "Bath", "Most", "Of", "Sale", "Wells",
    "Buy", "Best", "Star", "Union", "Apple", "Amazon", "Orange", "Ebay", "Lot", "Mitte", "Lage", "Wetter",
    "Norden", "Süden", "Westen", "Osten", "Rest", "Kanton", "Gallus", "BVB", "DAX", "Linie", "Ende", "Heide",
    "Senden", "Wangen", "Hausen", "Linden",
})
"""Place names that are far more often a common word, brand or river than the place in news text."""

NOT_NAMES: frozenset[str] = frozenset({
    # capitalised words that gazetteers would otherwise take as names or places
    "Mark", "Essen", "Will", "Bad", "Rose", "Summer", "Sunny", "Angel", "Golf", "Mo", "Di", "Mi", "Do", "Fr", "Sa",
    "So", "Jan", "Feb", "Mai", "Juni", "Juli", "May", "June", "August", "April", "March", "Montag", "Dienstag",
    "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Euro", "Dollar", "Prozent", "Chef", "Frau", "Herr", "Neue", "Neuer", "Gold",
    "Post", "Sonne", "Stern", "Ende", "Anfang", "Hoffnung", "Glaube", "Liebe", "Friede", "Heil", "Kind", "Wolf",
    "Fuchs", "Bauer", "Koch", "Weber", "Vogel", "Rich", "Guy", "Justice", "Hope", "Faith", "Grace", "Joy", "China",
    "Victoria", "Florence", "Georgia", "Chad", "Jordan", "Israel", "Austin", "Lincoln", "Trinity", "Major",
    "General", "Said", "Long", "Young", "King", "Price", "Sale", "Page", "Bill", "Ray", "Art", "Job", "Jobs",
    "Star", "Don", "Miss", "Sky", "Max", "Mercedes", "Ford", "Porsche", "Dell", "Berlin",
})
"""Ambiguous first names (and a few brands and places) that must not start a PER match on their own."""

NON_PERSON_HEADS: frozenset[str] = frozenset({
    "Center", "Centre", "Museum", "Airport", "University", "Universität", "College", "School", "Institute",
    "Institut", "Foundation", "Stiftung", "Bank", "Street", "Straße", "Strasse", "Platz", "Bridge", "Brücke",
    "Hospital", "Klinikum", "Stadium", "Stadion", "Park", "Hall", "Halle", "Hotel", "Theater", "Theatre",
    "Award", "Prize", "Preis", "Hebdo", "Group", "Gruppe", "Company", "Corporation", "Studios", "Records",
    "Space", "Island", "River", "Lake", "County", "Highway", "Allee", "Weg", "Gasse", "Ring", "Damm",
})
"""A name-like run containing these is a place, organisation or work, not a person ("Kennedy Space Center")."""
