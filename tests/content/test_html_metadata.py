"""Clean-up of trafilatura's title and author fields."""

from __future__ import annotations

import pytest

from newsgraph.content.html import clean_authors, clean_title


@pytest.mark.parametrize("title, site, url, expected", [
    ("A Paris-8, un peu de tension - Bondy Blog", "Bondy Blog", None, "A Paris-8, un peu de tension"),
    ("Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | SMAVA", None, "https://www.smava.de/x",
     "Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten"),
    ("Marita Kramer verpasst Olympia - skispringen.com", None, "https://www.skispringen.com/a",
     "Marita Kramer verpasst Olympia"),
    ("Pferdesport bei Olympia 2028 dabei -", None, None, "Pferdesport bei Olympia 2028 dabei"),
    ("Daten gehackt - Interne Unterlagen im Netz", "tagesschau.de", "https://www.tagesschau.de/x",
     "Daten gehackt - Interne Unterlagen im Netz"),
    ("Li-Seifen - Mineralöl", None, None, "Li-Seifen - Mineralöl"),
    ("Zielartenförderung im lichten Wald | Schweizerische Vogelwarte", "vogelwarte.ch",
     "https://www.vogelwarte.ch/de/news", "Zielartenförderung im lichten Wald"),
    ("  Xiaomi   startet in Spanien ", None, None, "Xiaomi startet in Spanien"),
    (None, "Site", None, None),
])
def test_html_title_without_site_suffix(title, site, url, expected):
    assert clean_title(title, site, url) == expected


@pytest.mark.parametrize("value, site, expected", [
    ("View all posts by Daniel Lemire", None, ["Daniel Lemire"]),
    ("Frankfurter Allgemeine Zeitung GmbH; Benjamin Fischer; Marcus Theurer", None,
     ["Benjamin Fischer", "Marcus Theurer"]),
    ("Por Alberto Ávila", None, ["Alberto Ávila"]),
    ("Tagesschau De", "tagesschau.de", []),
    ("Muster Verlag GmbH", None, ["Muster Verlag GmbH"]),
    ("Anna Schmidt; Anna Schmidt", None, ["Anna Schmidt"]),
    (None, None, []),
])
def test_html_authors_cleaned(value, site, expected):
    assert clean_authors(value, site) == expected
