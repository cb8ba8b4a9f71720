"""German lexicons for normalisation (constants only)."""

from __future__ import annotations

THOUSANDS_SEP = "."
DECIMAL_SEP = ","

UNITS = {"ein": 1, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
         "sieben": 7, "acht": 8, "neun": 9}
TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
         "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90}
ONE_FORMS = ("ein", "eine", "einen", "einem", "einer", "eines")
"""Indefinite article forms: a number (1) only before a magnitude word or time unit."""
SPECIAL_NUMBERS = {"halbe": 0.5, "halben": 0.5, "halbes": 0.5, "anderthalb": 1.5, "eineinhalb": 1.5,
                   "zweieinhalb": 2.5, "dreieinhalb": 3.5, "dutzend": 12, "dutzende": None}

MAGNITUDES = {
    "tsd.": 1e3, "tsd": 1e3, "tausend": 1e3,
    "mio.": 1e6, "mio": 1e6, "million": 1e6, "millionen": 1e6,
    "mrd.": 1e9, "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9, "md.": 1e9,
    "bio.": 1e12, "billion": 1e12, "billionen": 1e12, "dutzend": 12,
}
"""German 'Billion' is 10**12 (long scale); English 'billion' is 10**9 (see en.py). 'Dutzend' multiplies
like a magnitude ('zwei Dutzend Filialen' = 24)."""

ORDINALS = {"ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
            "vierten": 4, "vierte": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}
LAST_ORDINALS = ("letzten", "vergangenen", "abgelaufenen", "zurückliegenden")
CURRENT_WORDS = ("laufenden", "aktuellen", "diesjährigen")

MONTHS = {
    "januar": 1, "jänner": 1, "jan.": 1, "jan": 1, "februar": 2, "feber": 2, "feb.": 2, "febr.": 2,
    "märz": 3, "mär.": 3, "mrz.": 3, "april": 4, "apr.": 4, "mai": 5, "juni": 6, "jun.": 6,
    "juli": 7, "jul.": 7, "august": 8, "aug.": 8, "september": 9, "sep.": 9, "sept.": 9,
    "oktober": 10, "okt.": 10, "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
    "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "nov": 11, "dez": 12,
}
"""Abbreviations without a dot count only after a day ('15. Mär'), never alone."""
WEEKDAYS = {"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6,
            "sonnabend": 6, "sonntag": 7}
HOLIDAYS = {"Neujahr": (1, 1), "Neujahrstag": (1, 1), "Heiligabend": (12, 24), "Weihnachten": (12, 25),
            "Silvester": (12, 31), "Tag der Deutschen Einheit": (10, 3), "Valentinstag": (2, 14)}
"""Fixed-date holidays (month, day); the year is chosen like for '23. Juli'."""
DECADE_WORDS = r"(?:Jahrzehnts?|Dekade)"
SEASONS = {"frühjahr": "spring", "frühling": "spring", "sommer": "summer", "herbst": "autumn",
           "winter": "winter"}

RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
"""Lower-case only: 'Morgen' (the morning) is a noun and must not match."""

PAST_WORDS = ("letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen", "vergangener",
              "vergangenes", "vorige", "vorigen", "voriger", "voriges")
THIS_WORDS = ("diese", "diesen", "dieser", "dieses", "diesem", "laufende", "laufenden", "laufender", "laufendes")
NEXT_WORDS = ("nächste", "nächsten", "nächster", "nächstes", "kommende", "kommenden", "kommender",
              "kommendes")
FUTURE_MARKERS = r"\b(?:wird|werden|wollen|soll|sollen|plant|planen|geplant|will|möchte)\b"
"""Tense cue for bare weekdays: 'am Donnerstag wird ...' points forward."""
PAST_MARKERS = (r"\b(?:wurde|wurden|war|waren|hatte|hatten|stieg|stiegen|sank|sanken|fiel|fielen|meldete|"
                r"meldeten|verkaufte|verkauften|kündigte|kündigten|teilte|teilten|erzielte|erzielten|"
                r"verzeichnete|lag|lagen|endete|endeten|schloss|eröffnete|eröffneten|übernahm|unterzeichnete|"
                r"unterzeichneten|gab|sagte|erklärte|wuchs|legte|machte|ging|kam|vergangenen|abgelaufenen)\b")
"""Past cue: a yearless date or period is then not placed after the publication date."""

TIME_UNITS = {"sekunde": "S", "sekunden": "S", "sek.": "S", "stunde": "H", "stunden": "H", "std.": "H", "minute": "MIN", "minuten": "MIN", "min.": "MIN",
              "min": "MIN",
              "tag": "D", "tage": "D", "tagen": "D", "tages": "D", "woche": "W", "wochen": "W",
              "monat": "M", "monate": "M", "monaten": "M", "monats": "M", "jahr": "Y", "jahre": "Y",
              "jahren": "Y", "jahres": "Y", "quartal": "Q", "quartale": "Q", "quartalen": "Q",
              "jahrzehnt": "DEC", "jahrzehnte": "DEC", "jahrzehnten": "DEC", "jahrzehnts": "DEC"}
DURATION_PREFIXES = (r"in\s+den\s+(?:nächsten|kommenden|folgenden|vergangenen|letzten|zurückliegenden)",
                     r"innerhalb\s+(?:von|der\s+nächsten|der\s+kommenden)", r"innerhalb", r"binnen",
                     r"seit", r"während\s+der\s+(?:nächsten|kommenden)", r"über\s+die\s+(?:nächsten|kommenden)",
                     r"für\s+die\s+(?:nächsten|kommenden)", r"für", r"nach", r"in")
AGO_PREFIX = r"vor"
UNTIL_PREFIXES = (r"bis\s+(?:zum|ins)\s+Jahre?", r"bis\s+spätestens", r"bis\s+zum", r"bis\s+zur", r"bis\s+in\s+den",
                  r"bis", r"spätestens")
PART_WORDS = {"anfang": "early", "beginn": "early", "mitte": "mid", "ende": "late"}
YEAR_PART_COMPOUNDS = {"jahresanfang": "early", "jahresbeginn": "early", "jahresmitte": "mid",
                       "jahresende": "late"}

CURRENCY_WORDS = {
    "Euro": "EUR", "Euros": "EUR", "Cent": None,
    "US-Dollar": "USD", "US-Dollars": "USD", "US Dollar": "USD", "Dollar": "USD", "Dollars": "USD",
    "Hongkong-Dollar": "HKD", "Hongkong Dollar": "HKD", "Taiwan-Dollar": "TWD", "Singapur-Dollar": "SGD",
    "kanadische Dollar": "CAD", "kanadischen Dollar": "CAD", "australische Dollar": "AUD",
    "australischen Dollar": "AUD", "neuseeländische Dollar": "NZD",
    "Yuan": "CNY", "Renminbi": "CNY", "Yen": "JPY", "Pfund": "GBP", "Pfund Sterling": "GBP",
    "britische Pfund": "GBP", "britischen Pfund": "GBP",
    "Franken": "CHF", "Schweizer Franken": "CHF", "Rupien": "INR", "indische Rupien": "INR",
    "Rubel": "RUB", "Won": "KRW", "Real": "BRL", "Reais": "BRL", "Lira": "TRY", "türkische Lira": "TRY",
    "Zloty": "PLN", "Złoty": "PLN", "Rand": "ZAR", "Dirham": "AED", "Rupiah": "IDR", "Ringgit": "MYR",
    "Baht": "THB", "schwedische Kronen": "SEK", "schwedischen Kronen": "SEK", "norwegische Kronen": "NOK",
    "norwegischen Kronen": "NOK", "dänische Kronen": "DKK", "dänischen Kronen": "DKK",
    "tschechische Kronen": "CZK", "Forint": "HUF", "mexikanische Pesos": "MXN", "Dong": "VND",
    "Bitcoin": "XBT",
}

PERCENT_WORDS = ("Prozent", "prozent", "%", "vH", "v.H.")
PERCENT_POINT_WORDS = ("Prozentpunkte", "Prozentpunkten", "Prozentpunkt", "Basispunkte", "Basispunkten")
FRACTION_WORDS = {"hälfte": 0.5, "drittel": 1 / 3, "viertel": 0.25, "fünftel": 0.2, "sechstel": 1 / 6,
                  "achtel": 0.125, "zehntel": 0.1}
FRACTION_NUMERATORS = {"zur": 1, "die": 1, "ein": 1, "einem": 1, "einer": 1, "eines": 1, "der": 1,
                       "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "neun": 9}

UNIT_NOUNS = {
    "store": "store", "stores": "store", "laden": "store", "läden": "store", "geschäft": "store",
    "geschäfte": "store", "geschäften": "store", "ladengeschäfte": "store", "ladengeschäften": "store",
    "filiale": "store", "filialen": "store", "shop": "store", "shops": "store", "verkaufsstellen": "store",
    "verkaufsstelle": "store", "outlets": "store", "märkte": "market", "märkten": "market", "markt": "market",
    "smartphone": "smartphone", "smartphones": "smartphone", "handys": "phone", "handy": "phone",
    "mobiltelefone": "phone", "telefone": "phone", "geräte": "device", "geräten": "device", "gerät": "device",
    "stelle": "job", "stellen": "job", "arbeitsplätze": "job", "arbeitsplätzen": "job", "jobs": "job",
    "arbeitsplatz": "job", "job": "job",
    "beschäftigte": "employee", "beschäftigten": "employee", "mitarbeiter": "employee",
    "mitarbeitern": "employee", "mitarbeitende": "employee", "mitarbeitenden": "employee",
    "angestellte": "employee", "angestellten": "employee", "arbeitnehmer": "employee",
    "arbeitnehmern": "employee", "beschäftigter": "employee", "arbeiter": "worker", "arbeitern": "worker",
    "kunden": "customer", "kunde": "customer", "nutzer": "user", "nutzern": "user", "user": "user",
    "einheiten": "unit", "stück": "unit", "exemplare": "unit",
    "fabriken": "plant", "fabrik": "plant", "werke": "plant", "werken": "plant", "werk": "plant",
    "länder": "country", "ländern": "country", "land": "country", "staaten": "country",
    "standorte": "location", "standorten": "location", "standort": "location",
    "partner": "partner", "partnern": "partner", "händler": "retailer", "händlern": "retailer",
    "autos": "car", "auto": "car", "fahrzeuge": "vehicle", "fahrzeugen": "vehicle",
    "aktien": "share", "aktie": "share", "unternehmen": "company", "firmen": "company",
    "patente": "patent", "patenten": "patent", "menschen": "person", "personen": "person",
    "besucher": "visitor", "besuchern": "visitor", "tonnen": "tonne", "quadratmeter": "square metre",
    "quadratmetern": "square metre", "kilometer": "kilometre", "kilometern": "kilometre",
    "megawatt": "megawatt", "gigawatt": "gigawatt", "filialnetz": None, "städte": "city", "städten": "city",
    "büros": "office", "büro": "office", "niederlassungen": "office", "niederlassung": "office",
    "produkte": "product", "produkten": "product", "modelle": "model", "modellen": "model",
    "abonnenten": "subscriber", "downloads": "download", "bestellungen": "order", "aufträge": "order",
    "flugzeuge": "aircraft", "maschinen": "machine", "filialleiter": None,
    "supermärkte": "store", "supermärkten": "store", "märkte": "market", "kaufhäuser": "store",
    "warenhäuser": "store", "restaurants": "restaurant", "hotels": "hotel", "busse": "bus", "bussen": "bus",
    "züge": "train", "zügen": "train", "wohnungen": "apartment", "häuser": "house", "betten": "bed",
    "roboter": "robot", "robotern": "robot", "chips": "chip", "fahrräder": "bicycle",
    "ladesäulen": "charging station", "ladestationen": "charging station", "ladepunkte": "charging station",
    "tankstellen": "petrol station", "windräder": "wind turbine", "windkraftanlagen": "wind turbine",
    "mitglieder": "member", "mitgliedern": "member", "passagiere": "passenger", "passagieren": "passenger",
    "fluggäste": "passenger", "flüge": "flight", "flügen": "flight", "container": "container",
    "lizenzen": "licence", "verträge": "contract", "projekte": "project", "projekten": "project",
    "start-ups": "startup", "startups": "startup", "rechenzentren": "data centre", "server": "server",
    "apps": "app", "anwendungen": "application", "tablets": "tablet", "laptops": "laptop", "fernseher": "television",
    "fahrgäste": "passenger", "fahrgästen": "passenger", "lkw": "truck", "lastwagen": "truck", "lastkraftwagen": "truck",
    "pkw": "car", "neuwagen": "car", "gebrauchtwagen": "car", "elektroautos": "car", "pakete": "parcel",
    "paketen": "parcel", "päckchen": "parcel", "ingenieure": "engineer", "ingenieuren": "engineer",
    "entwickler": "developer", "entwicklern": "developer", "apotheken": "pharmacy", "manager": "manager",
    "managern": "manager", "führungskräfte": "manager", "auszubildende": "apprentice", "azubis": "apprentice",
    "lehrlinge": "apprentice", "mieter": "tenant", "haushalte": "household", "haushalten": "household",
    "schiffe": "ship", "schiffen": "ship", "waggons": "wagon", "lokomotiven": "locomotive",
}
"""Plural and singular forms → canonical English singular unit. Compound nouns
(Elektronikgeschäfte, Xiaomi-Stores) match by their last part."""

STOP_BETWEEN = {"und", "oder", "der", "die", "das", "des", "den", "dem", "von", "vom", "in", "im", "auf",
                "für", "mit", "bis", "als", "wie", "pro", "je", "zu", "zum", "zur", "an", "am", "nach",
                "bei", "über", "unter", "gegen", "um", "aus", "sowie", "sind", "ist", "hat", "haben",
                "wurden", "werden", "wird", "seiner", "seine", "ihrer", "ihre", "mehr"}
"""Words that end a count: a unit noun found after them belongs to something else."""

BINDING_WORDS = {"ungebunden": False, "unverbindlich": False, "nicht bindend": False,
                 "nicht verbindlich": False, "nicht rechtsverbindlich": False,
                 "verbindlich": True, "rechtsverbindlich": True, "bindend": True}
"""Stems; inflected forms (ungebundenen, verbindliche) match by suffix -e/-en/-er/-es/-em."""

OUTSIDE_WORDS = ("außerhalb", "ausserhalb")
PLACE_ARTICLES = ("der", "des", "den", "dem", "die", "das")
