"""Place gazetteer additions the generated tables lack (constants only).

Country names come from pycountry and babel's territory names (de and en);
cities from data/cities.tsv.gz (see build_places.py). This module adds what
those sources do not have: short forms, German genitives that are not just
'+s', adjectives, region labels, and names to ignore because they are common
words or names in news text.
"""

from __future__ import annotations

COUNTRY_ALIASES_DE = {
    "USA": "US", "US": "US", "Vereinigte Staaten": "US", "Vereinigten Staaten": "US", "Amerika": "US",
    "Vereinigte Staaten von Amerika": "US", "Vereinigten Staaten von Amerika": "US",
    "Großbritannien": "GB", "Grossbritannien": "GB", "Vereinigtes Königreich": "GB",
    "Vereinigten Königreich": "GB", "Vereinigten Königreichs": "GB", "UK": "GB", "England": "GB",
    "Russland": "RU", "Russische Föderation": "RU", "Volksrepublik China": "CN", "VR China": "CN",
    "Festlandchina": "CN", "Südkorea": "KR", "Nordkorea": "KP", "Korea": "KR", "Holland": "NL",
    "Niederlande": "NL", "Niederlanden": "NL", "Schweiz": "CH", "Türkei": "TR", "Tschechien": "CZ",
    "Tschechische Republik": "CZ", "Vereinigte Arabische Emirate": "AE", "VAE": "AE",
    "Vereinigten Arabischen Emiraten": "AE", "Hongkong": "HK", "Taiwan": "TW", "Iran": "IR",
    "Vietnam": "VN", "Philippinen": "PH", "Elfenbeinküste": "CI", "Kongo": "CD",
    "Bundesrepublik": "DE", "Bundesrepublik Deutschland": "DE", "BRD": "DE", "Österreich": "AT",
}
COUNTRY_ALIASES_EN = {
    "USA": "US", "US": "US", "U.S.": "US", "U.S.A.": "US", "United States": "US", "America": "US",
    "United States of America": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "United Kingdom": "GB", "England": "GB", "Russia": "RU", "South Korea": "KR", "North Korea": "KP",
    "Korea": "KR", "Holland": "NL", "Netherlands": "NL", "Czech Republic": "CZ",
    "Czechia": "CZ", "UAE": "AE", "United Arab Emirates": "AE", "Hong Kong": "HK", "Taiwan": "TW",
    "Iran": "IR", "Vietnam": "VN", "Mainland China": "CN", "mainland China": "CN", "PRC": "CN",
    "Turkey": "TR", "Türkiye": "TR", "Ivory Coast": "CI", "Congo": "CD", "Bolivia": "BO",
    "Venezuela": "VE", "Tanzania": "TZ", "Syria": "SY", "Laos": "LA", "Moldova": "MD", "Macedonia": "MK",
}
GENITIVES_DE = {"der USA": "US", "der Vereinigten Staaten": "US", "der Schweiz": "CH", "der Türkei": "TR",
                "der Niederlande": "NL", "des Iran": "IR", "des Irans": "IR", "der Ukraine": "UA"}

ADJECTIVE_STEMS_DE = {
    "chinesisch": "CN", "deutsch": "DE", "spanisch": "ES", "amerikanisch": "US", "us-amerikanisch": "US",
    "französisch": "FR", "italienisch": "IT", "britisch": "GB", "englisch": "GB", "russisch": "RU",
    "japanisch": "JP", "koreanisch": "KR", "südkoreanisch": "KR", "indisch": "IN", "österreichisch": "AT",
    "schweizerisch": "CH", "niederländisch": "NL", "holländisch": "NL", "belgisch": "BE",
    "polnisch": "PL", "tschechisch": "CZ", "ungarisch": "HU", "schwedisch": "SE", "norwegisch": "NO",
    "dänisch": "DK", "finnisch": "FI", "portugiesisch": "PT", "griechisch": "GR", "türkisch": "TR",
    "kanadisch": "CA", "mexikanisch": "MX", "brasilianisch": "BR", "argentinisch": "AR",
    "australisch": "AU", "indonesisch": "ID", "vietnamesisch": "VN", "thailändisch": "TH",
    "malaysisch": "MY", "singapurisch": "SG", "taiwanisch": "TW", "israelisch": "IL",
    "saudi-arabisch": "SA", "ägyptisch": "EG", "südafrikanisch": "ZA", "nigerianisch": "NG",
    "ukrainisch": "UA", "rumänisch": "RO", "irisch": "IE", "luxemburgisch": "LU", "philippinisch": "PH",
    "pakistanisch": "PK", "iranisch": "IR", "kenianisch": "KE",
}
"""Lower-case German adjectives ('chinesische Hersteller'); capitalised forms are
usually parts of names (Deutsche Bank) and are not matched."""
ADJECTIVE_ENDINGS_DE = ("e", "en", "er", "es", "em")
CAPITALISED_ADJECTIVES_DE = {"Schweizer": "CH", "Luxemburger": "LU", "Liechtensteiner": "LI"}
"""Indeclinable adjectives of country names in -er, always capitalised ('Schweizer Banken');
city adjectives of the same form (Berliner, Frankfurter) are left out: they name newspapers,
foods and clubs far more often than places."""
REGION_ADJECTIVE_STEMS_DE = {"europäisch": "Europe", "asiatisch": "Asia", "afrikanisch": "Africa",
                             "lateinamerikanisch": "Latin America", "südostasiatisch": "Southeast Asia",
                             "osteuropäisch": "Eastern Europe", "westeuropäisch": "Western Europe",
                             "nordamerikanisch": "Northern America", "skandinavisch": "Scandinavia"}
REGION_ADJECTIVES_EN = {"European": "Europe", "Asian": "Asia", "African": "Africa", "Latin American": "Latin America",
                        "Southeast Asian": "Southeast Asia", "Eastern European": "Eastern Europe",
                        "Western European": "Western Europe", "North American": "Northern America",
                        "Scandinavian": "Scandinavia"}

ADJECTIVES_EN = {
    "Chinese": "CN", "German": "DE", "Spanish": "ES", "American": "US", "French": "FR", "Italian": "IT",
    "British": "GB", "Russian": "RU", "Japanese": "JP", "Korean": "KR", "South Korean": "KR",
    "Indian": "IN", "Austrian": "AT", "Swiss": "CH", "Dutch": "NL", "Belgian": "BE", "Polish": "PL",
    "Czech": "CZ", "Hungarian": "HU", "Swedish": "SE", "Norwegian": "NO", "Danish": "DK", "Finnish": "FI",
    "Portuguese": "PT", "Greek": "GR", "Turkish": "TR", "Canadian": "CA", "Mexican": "MX",
    "Brazilian": "BR", "Argentine": "AR", "Argentinian": "AR", "Australian": "AU", "Indonesian": "ID",
    "Vietnamese": "VN", "Thai": "TH", "Malaysian": "MY", "Singaporean": "SG", "Taiwanese": "TW",
    "Israeli": "IL", "Saudi": "SA", "Egyptian": "EG", "South African": "ZA", "Nigerian": "NG",
    "Ukrainian": "UA", "Romanian": "RO", "Irish": "IE", "Filipino": "PH", "Pakistani": "PK",
    "Iranian": "IR", "Kenyan": "KE",
    # Latin America, the rest of Europe, the Gulf and Africa: "buy Chilean copper producer X" names no company Chilean
    "Chilean": "CL", "Colombian": "CO", "Peruvian": "PE", "Venezuelan": "VE", "Uruguayan": "UY",
    "Ecuadorian": "EC", "Bolivian": "BO", "Paraguayan": "PY", "Slovak": "SK", "Slovenian": "SI", "Croatian": "HR",
    "Serbian": "RS", "Bulgarian": "BG", "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT", "Icelandic": "IS",
    "Moroccan": "MA", "Emirati": "AE", "Qatari": "QA", "Kuwaiti": "KW", "Bangladeshi": "BD", "Ghanaian": "GH",
    "Ethiopian": "ET",
}

REGION_ALIASES_DE = {
    "EU": "European Union", "Europäische Union": "European Union", "Europäischen Union": "European Union",
    "Eurozone": "Eurozone", "Euroraum": "Eurozone", "Nahost": "Middle East", "Naher Osten": "Middle East",
    "Nahen Osten": "Middle East", "Mittlerer Osten": "Middle East", "Mittleren Osten": "Middle East",
    "Tier-1-Märkte": "Tier-1 markets", "Tier-1-Märkten": "Tier-1 markets", "Tier-1-Länder": "Tier-1 markets",
    "Tier-1-Ländern": "Tier-1 markets", "Tier-2-Märkte": "Tier-2 markets", "Tier-2-Städte": "Tier-2 cities",
    "Tier-1-Städte": "Tier-1 cities", "Schwellenländer": "emerging markets",
    "Schwellenländern": "emerging markets", "DACH-Region": "DACH", "DACH": "DACH",
    "Skandinavien": "Scandinavia", "Benelux": "Benelux", "Asien-Pazifik": "Asia-Pacific",
    "Asien-Pazifik-Raum": "Asia-Pacific", "Südostasien": "Southeast Asia", "Ostasien": "Eastern Asia",
    "Lateinamerika": "Latin America", "Nordamerika": "Northern America", "Südamerika": "South America",
    "Mitteleuropa": "Central Europe", "Zentraleuropa": "Central Europe", "Osteuropa": "Eastern Europe",
    "Westeuropa": "Western Europe", "Südeuropa": "Southern Europe", "Nordeuropa": "Northern Europe",
    "Europa": "Europe", "Asien": "Asia", "Afrika": "Africa", "Ozeanien": "Oceania",
}
REGION_ALIASES_EN = {
    "EU": "European Union", "European Union": "European Union", "Eurozone": "Eurozone",
    "euro zone": "Eurozone", "Middle East": "Middle East",
    "Tier-1 markets": "Tier-1 markets", "Tier 1 markets": "Tier-1 markets", "tier-1 markets": "Tier-1 markets",
    "Tier-2 markets": "Tier-2 markets", "Tier-1 cities": "Tier-1 cities", "Tier-2 cities": "Tier-2 cities",
    "emerging markets": "emerging markets", "DACH": "DACH", "Scandinavia": "Scandinavia",
    "Benelux": "Benelux", "Asia-Pacific": "Asia-Pacific", "Asia Pacific": "Asia-Pacific", "APAC": "Asia-Pacific",
    "EMEA": "EMEA", "Southeast Asia": "Southeast Asia", "South-East Asia": "Southeast Asia",
    "East Asia": "Eastern Asia", "Latin America": "Latin America", "North America": "Northern America",
    "South America": "South America", "Central Europe": "Central Europe", "Eastern Europe": "Eastern Europe",
    "Western Europe": "Western Europe", "Southern Europe": "Southern Europe", "Northern Europe": "Northern Europe",
    "Europe": "Europe", "Asia": "Asia", "Africa": "Africa", "Oceania": "Oceania",
}
SUBDIVISION_COUNTRIES = ("DE", "AT", "US", "CN")
"""Countries whose states/provinces are places ({"region": "Bayern", "subdivision": "DE-BY"})."""
SUBDIVISION_ALIASES_DE = {"Bayern": "DE-BY", "Kalifornien": "US-CA", "Texas": "US-TX", "Florida": "US-FL",
                          "Tirol": "AT-7", "Kanton Zürich": "CH-ZH", "Sichuan": "CN-SC",
                          "Guangdong": "CN-GD", "Nordrhein-Westfalen": "DE-NW", "NRW": "DE-NW",
                          "Baden-Württemberg": "DE-BW", "Sachsen": "DE-SN", "Hessen": "DE-HE",
                          "Niedersachsen": "DE-NI", "Schottland": "GB-SCT", "Wales": "GB-WLS", "Nordirland": "GB-NIR"}
SUBDIVISION_ALIASES_EN = {"Bavaria": "DE-BY", "North Rhine-Westphalia": "DE-NW", "Lower Saxony": "DE-NI",
                          "Saxony": "DE-SN", "Hesse": "DE-HE", "Baden-Wuerttemberg": "DE-BW", "Tyrol": "AT-7",
                          "Scotland": "GB-SCT", "Wales": "GB-WLS", "Northern Ireland": "GB-NIR"}
"""The UK's nations other than England (which stays the country, as news often writes it for Britain) are
regions: a supplier entering Scotland and Wales enters two markets, and "Northern Ireland" is not Ireland."""

LOWERCASE_REGIONS = {"weltweit": "World", "worldwide": "World", "globally": "World"}

BLOCKED_NAMES = {"Chad", "Jordan", "Georgia", "Jersey", "Guernsey", "Man", "Island", "Welt", "World",
                 "Norfolk", "Christmas", "Niue", "Sark", "Reunion", "Dominica", "Aland", "Ceuta", "Melilla",
                 "Amerika", "America"}
"""Territory names that are common words or names in news text (Chad, Jordan), or
that we map by hand (Amerika → US; 'Welt' only via 'weltweit'). 'Island' is Iceland
in German and an ordinary word in English."""
