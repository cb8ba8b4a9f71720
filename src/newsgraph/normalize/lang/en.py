"""English lexicons for normalisation (constants only)."""

from __future__ import annotations

THOUSANDS_SEP = ","
DECIMAL_SEP = "."

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}
ONE_FORMS = ("a", "an", "one")
"""Only a number before a magnitude word or a time unit ('one of the', 'a store' are not counts)."""
SPECIAL_NUMBERS = {"half a": 0.5, "a dozen": 12, "dozen": 12}

MAGNITUDES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "dozen": 12,
}
"""'dozen' multiplies like a magnitude ('two dozen stores' = 24)."""
SHORT_MAGNITUDES = ("k", "m", "mn", "b", "bn", "tn", "mln", "bln")
"""Short forms count only when glued to the number or next to a currency ($5m, 10k, 2bn)."""

ORDINALS = {"final": 4, "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
LAST_ORDINALS = ("last", "past", "previous")
CURRENT_WORDS = ("current", "this")

MONTHS = {
    "january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar.": 3,
    "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7,
    "august": 8, "aug": 8, "aug.": 8, "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
    "october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12,
    "dec": 12, "dec.": 12,
}
AMBIGUOUS_MONTHS = ("May", "March", "Jan", "Mar", "Jun", "Aug")
"""Month words that are also common words or names: need a day, a year or a time preposition."""
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
            "sunday": 7}
HOLIDAYS = {"New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Christmas Eve": (12, 24),
            "Christmas Day": (12, 25), "Christmas": (12, 25), "Valentine's Day": (2, 14), "Halloween": (10, 31)}
DECADE_WORDS = r"decade"
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}

RELATIVE_DAYS = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1,
                 "the day after tomorrow": 2}

PAST_WORDS = ("last", "past", "previous")
THIS_WORDS = ("this", "current")
NEXT_WORDS = ("next", "coming")
PAST_MARKERS = (r"\b(?:was|were|had|did|rose|fell|ended|said|reported|sold|opened|signed|announced|grew|"
                r"dropped|posted|closed|shipped|earned|gained|lost|increased|decreased|declined|jumped|"
                r"climbed|totalled|totaled|last|ago)\b")
FUTURE_MARKERS = r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|plans?\s+to|planned|expected\s+to|going\s+to)\b"

TIME_UNITS = {"second": "S", "seconds": "S", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN", "mins": "MIN", "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
              "year": "Y", "years": "Y", "quarter": "Q", "quarters": "Q", "decade": "DEC", "decades": "DEC"}
DURATION_PREFIXES = (r"over\s+the\s+(?:next|coming|past|last|following)", r"in\s+the\s+(?:next|coming|past|last)",
                     r"within\s+the\s+(?:next|coming)", r"within", r"during\s+the\s+(?:next|coming|past|last)",
                     r"for\s+the\s+(?:next|coming|past|last)", r"for", r"since", r"after", r"in")
AGO_SUFFIX = r"ago"
UNTIL_PREFIXES = (r"(?:by|until)\s+the\s+year", r"no\s+later\s+than", r"not\s+later\s+than", r"until", r"till", r"by")
PART_WORDS = {"early": "early", "beginning of": "early", "start of": "early", "mid": "mid",
              "middle of": "mid", "late": "late", "end of": "late", "the end of": "late",
              "the beginning of": "early", "the start of": "early", "the middle of": "mid"}

CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "US dollars": "USD",
    "US dollar": "USD", "U.S. dollars": "USD", "Hong Kong dollars": "HKD", "Hong Kong dollar": "HKD",
    "Canadian dollars": "CAD", "Australian dollars": "AUD", "Singapore dollars": "SGD",
    "Taiwan dollars": "TWD", "New Zealand dollars": "NZD", "yuan": "CNY", "renminbi": "CNY",
    "yen": "JPY", "pounds": "GBP", "pound": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "Swiss francs": "CHF", "francs": "CHF", "rupees": "INR", "rupee": "INR", "roubles": "RUB",
    "rubles": "RUB", "won": None, "Korean won": "KRW", "South Korean won": "KRW", "reais": "BRL",
    "real": None, "lira": "TRY", "zloty": "PLN", "zlotys": "PLN", "rand": "ZAR", "dirhams": "AED", "rupiah": "IDR",
    "ringgit": "MYR", "baht": "THB", "Swedish kronor": "SEK", "Norwegian kroner": "NOK",
    "Danish kroner": "DKK", "Mexican pesos": "MXN", "forint": "HUF", "dong": "VND", "bitcoin": "XBT",
}
"""None: the word is too ambiguous on its own in English ('won', 'real'); qualified forms match."""

PERCENT_WORDS = ("percent", "per cent", "pct", "%")
PERCENT_POINT_WORDS = ("percentage points", "percentage point", "basis points", "basis point")
FRACTION_WORDS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
                  "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
FRACTION_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}

UNIT_NOUNS = {
    "store": "store", "stores": "store", "shop": "store", "shops": "store", "outlet": "store",
    "outlets": "store", "branch": "store", "branches": "store", "market": "market", "markets": "market",
    "smartphone": "smartphone", "smartphones": "smartphone", "phone": "phone", "phones": "phone",
    "handsets": "phone", "handset": "phone", "device": "device", "devices": "device",
    "job": "job", "jobs": "job", "position": "job", "positions": "job", "roles": "job",
    "employee": "employee", "employees": "employee", "staff": "employee", "workers": "worker",
    "worker": "worker", "people": "person", "persons": "person", "customers": "customer",
    "customer": "customer", "users": "user", "user": "user", "units": "unit", "unit": "unit",
    "plants": "plant", "plant": "plant", "factories": "plant", "factory": "plant",
    "countries": "country", "country": "country", "locations": "location", "sites": "location",
    "partners": "partner", "partner": "partner", "retailers": "retailer", "dealers": "retailer",
    "cars": "car", "vehicles": "vehicle", "shares": "share", "companies": "company", "firms": "company",
    "patents": "patent", "visitors": "visitor", "tonnes": "tonne", "tons": "tonne",
    "square metres": "square metre", "square meters": "square metre", "square feet": "square foot",
    "megawatts": "megawatt", "cities": "city", "offices": "office", "office": "office",
    "products": "product", "models": "model", "subscribers": "subscriber", "downloads": "download",
    "orders": "order", "aircraft": "aircraft", "machines": "machine",
    "supermarkets": "store", "department stores": "store", "restaurants": "restaurant", "hotels": "hotel",
    "buses": "bus", "trains": "train", "apartments": "apartment", "homes": "house", "houses": "house",
    "beds": "bed", "robots": "robot", "chips": "chip", "bikes": "bicycle", "bicycles": "bicycle",
    "charging stations": "charging station", "chargers": "charging station", "turbines": "wind turbine",
    "members": "member", "passengers": "passenger", "flights": "flight", "containers": "container",
    "licences": "licence", "licenses": "licence", "contracts": "contract", "projects": "project",
    "startups": "startup", "start-ups": "startup", "data centres": "data centre", "data centers": "data centre",
    "servers": "server", "apps": "app", "tablets": "tablet", "laptops": "laptop", "tvs": "television",
    "televisions": "television", "engineers": "engineer", "engineer": "engineer", "developers": "developer",
    "trucks": "truck", "truck": "truck", "lorries": "truck", "parcels": "parcel", "packages": "parcel",
    "pharmacies": "pharmacy", "managers": "manager", "executives": "manager", "apprentices": "apprentice",
    "trainees": "apprentice", "tenants": "tenant", "households": "household", "ships": "ship", "vessels": "ship",
    "wagons": "wagon", "locomotives": "locomotive", "vans": "van",
}

STOP_BETWEEN = {"and", "or", "of", "in", "the", "to", "for", "with", "at", "by", "from", "than", "per",
                "on", "its", "their", "his", "her", "as", "are", "is", "were", "was", "have", "has",
                "more", "other", "into", "over", "under", "about"}

BINDING_WORDS = {"non-binding": False, "nonbinding": False, "not binding": False,
                 "not legally binding": False, "binding": True, "legally binding": True}

OUTSIDE_WORDS = ("outside", "outside of", "beyond")
PLACE_ARTICLES = ("the",)
