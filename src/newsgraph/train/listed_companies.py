"""Build `nlp/data/listed_companies.tsv`: names of listed companies, for the recogniser's `listed` rule.

Why: the statistical model types a well-known company it has rarely seen as a person or a place ("signed a
firm order with Airbus" → PER), and misses some outright ("Netflix", "Talanx"). The companies of the large stock
indices are the ones news names most often, and a maintained package lists them.

Source: the index constituents of **pytickersymbols** (MIT licence), large-cap indices only (`MAJOR_INDICES`: DAX,
MDAX, TecDAX, EURO STOXX 50, CAC 40, FTSE 100, S&P 100, NASDAQ 100, Dow Jones, SMI, AEX, IBEX 35, BEL 20, OMX). Each company gives its listed name, the
name without its legal form (cleanco's `basename`), and the name without a leading "The" and trailing generic words
("Group", "Holdings", "Technologies"), so "Airbus SE", "Infineon Technologies" and "ING Group" are also found as
"Airbus", "Infineon" and "ING".

A plain one-word name (a capital, then lower-case letters: "Airbus", "Pool", "Target", "Allianz") is marked
`retype`: it only turns a span the model already tagged as a name (PER, LOC, MISC) into ORG and never adds one,
because such a word can be a common noun, above all in German, where every noun is capitalised. Every other name
("Deutsche Bank", "SAP", "HelloFresh", "1&1") is `add`: tagged ORG also where the model found nothing.

Rebuild (needs the `train` extras; cleanco is a dependency already):

    pip install pytickersymbols
    python -m newsgraph.train.listed_companies
"""

from __future__ import annotations

from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "nlp" / "data" / "listed_companies.tsv"
GENERIC_TAIL = frozenset({"Group", "Holdings", "Holding", "Technologies", "Corporation", "Company", "International",
                          "Industries", "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "plc", "PLC", "AG", "SE", "N.V.",
                          "S.A.", "Ltd", "Ltd."})
# the large-cap indices: the companies news names most; the small- and mid-cap lists (S&P 500/600, Nikkei 225, SDAX,
# CAC Mid 60) are left out, since many of their names are also surnames or towns ("Powell", "Brady", "Albany")
MAJOR_INDICES = ("AEX", "BEL 20", "CAC_40", "DAX", "DOW JONES", "EURO STOXX 50", "FTSE 100", "IBEX 35", "MDAX",
                 "NASDAQ 100", "OMX Helsinki 25", "OMX Stockholm 30", "S&P 100", "Switzerland 20", "TecDAX")
# short forms that are ordinary words a model may tag as a name in another sense (a nationality, a town, a term):
# "American" of American International Group, "Investor" of Investor AB, "Orange" (also a French town)
AMBIGUOUS = frozenset({"Admiral", "American", "Booking", "Compass", "Diploma", "Evolution", "Hexagon", "Investor",
                       "Next", "Orange", "Partners", "Rational", "Southern", "Target"})
HEADER = (
    "# Names of listed companies (index constituents of pytickersymbols, MIT) and their short forms.\n"
    "# name<TAB>add|retype — built by `python -m newsgraph.train.listed_companies`; see that module.\n"
)


def forms(listed_name: str) -> set[str]:
    """The listed name and the short forms news writes."""
    from cleanco import basename

    out = {listed_name, basename(listed_name)}
    for form in list(out):
        words = form.replace(",", "").split()
        if words and words[0] == "The":
            words = words[1:]
        while len(words) > 1 and words[-1] in GENERIC_TAIL:
            words = words[:-1]
        out.add(" ".join(words))
    out = {f.strip().rstrip(" &,") for f in out}
    return {f for f in out if len(f) >= 3 and (f[:1].isupper() or f[:1].isdigit())}


def plain_word(name: str) -> bool:
    """One word of lower-case letters after its capital: the only kind of name that can be a common word."""
    return " " not in name and name[1:].isalpha() and name[1:].islower()


def build() -> list[tuple[str, str]]:
    from pytickersymbols import PyTickerSymbols

    tickers = PyTickerSymbols()
    names: set[str] = set()
    for index in MAJOR_INDICES:
        for stock in tickers.get_stocks_by_index(index):
            names |= forms(stock["name"].strip())
    return sorted((n, "retype" if plain_word(n) else "add") for n in names - AMBIGUOUS)


def main() -> None:
    rows = build()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(HEADER + "".join(f"{n}\t{mode}\n" for n, mode in rows), encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(rows)} names, {sum(m == 'retype' for _, m in rows)} retype only)")


if __name__ == "__main__":
    main()
