"""The plain-text cleaner: each rule alone, then together on a whole page."""

from __future__ import annotations

import pytest

from newsgraph.content.dates import parse_dateline
from newsgraph.content.plaintext import clean_text, line_rule


@pytest.mark.parametrize("line, rule", [
    ("Teilen: Facebook | X | WhatsApp | E-Mail", "share"),
    ("Share this article: Facebook Twitter LinkedIn Email", "share"),
    ("Startseite | Wirtschaft | Industrie | Sachsen", "navigation"),
    ("Home > Devices > Smartphones", "navigation"),
    ("Impressum Datenschutz Kontakt", "navigation"),
    ("Zum Inhalt springen", "button"),
    ("Alle akzeptieren", "button"),
    ("Diese Website verwendet Cookies. Wenn Sie weiter surfen, stimmen Sie der Nutzung zu.", "cookie"),
    ("We use cookies to improve your experience. Accept or manage your choices.", "cookie"),
    ("Dir gefällt unser Blog? Unterstütze uns auf Patreon oder mit einer Spende!", "donate"),
    ("If you value our reporting, please support us with a donation.", "donate"),
    ("Jetzt den Newsletter abonnieren und nichts verpassen.", "subscribe"),
    ("Follow us on Instagram for more stories.", "subscribe"),
    ("Wenn du keinen Artikel mehr verpassen willst, dann hol dir jetzt meinen gratis Newsletter!", "subscribe"),
    ("Melde dich für unseren Newsletter an.", "subscribe"),
    ("Get my free newsletter every Friday.", "subscribe"),
    ("© 2024 Lausitzer Wirtschaftsbote. Alle Rechte vorbehalten.", "copyright"),
    ("Tags: Xiaomi, Smartphones, Spanien", "tags"),
    ("Lesezeit: 3 Minuten", "reading_time"),
    ("Foto: Jane Doe / Agentur", "image_credit"),
])
def test_plaintext_boilerplate_lines(line, rule):
    assert line_rule(line) == rule


@pytest.mark.parametrize("line", [
    "Xiaomi will in den nächsten drei Jahren 2.000 Offline Stores eröffnen.",
    "Die Stiftung will 2 Millionen Euro an die Tafeln spenden, teilte sie mit.",
    "She was able to donate the supplies to the shelter in Nassau.",
    "Der Verlag verschickt seinen Newsletter inzwischen an zwei Millionen Leser.",
    "Die Bahn informiert ihre Kunden künftig per Newsletter über Verspätungen.",
    "| Dieselkraftstoff | 32,23 Mio. t | 32,28 Mio. t | 0,1 % |",
    "Verdicker/Basisöl: Li-Seifen/Mineralöl",
    "– „Ok.“",
    "Politik und Wirtschaft streiten seit Wochen über den Kohleausstieg in der Lausitz.",
    "The company said it would share more details about the deal on Facebook's campus next week.",
])
def test_plaintext_body_lines_are_kept(line):
    assert line_rule(line) is None


@pytest.mark.parametrize("line, iso", [
    ("Veröffentlicht am 20.02.2020", "2020-02-20"),
    ("Veröffentlicht am 14.03.2024, 11:42 Uhr", "2024-03-14"),
    ("Published: March 3, 2021", "2021-03-03"),
    ("Published on 3 March 2021", "2021-03-03"),
    ("Stand: 5. Mai 2019", "2019-05-05"),
    ("2022-09-05 16:30", "2022-09-05"),
    ("Dienstag, 10. November 2017", "2017-11-10"),
])
def test_plaintext_dateline(line, iso):
    parsed = parse_dateline(line)
    assert parsed is not None and parsed[0] == iso


@pytest.mark.parametrize("line", [
    "Am 20.02.2020 hat Xiaomi den Markt betreten.",
    "Veröffentlicht am 31.02.2020",
    "The deal closed on March 3, 2021, after months of talks.",
])
def test_plaintext_not_a_dateline(line):
    assert parse_dateline(line) is None


def test_plaintext_dateline_in_last_line_and_removed():
    result = clean_text("Titel der Meldung\n\nErster Absatz mit Inhalt.\n\nZweiter Absatz.\n\n"
                        "Veröffentlicht am 20.02.2020")
    assert result.published == "2020-02-20"
    assert "Veröffentlicht" not in result.text


def test_plaintext_date_in_body_is_not_taken():
    result = clean_text("Ein Titel\n\nErster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz.\n\n"
                        "Am 20.02.2020 wurde der Vertrag unterschrieben.\n\nVierter.\n\nFünfter.\n\nSechster.")
    assert result.published is None


def test_plaintext_placeholders_removed_text_kept():
    result = clean_text("Der Umsatz stieg {percent_change} deutlich.\n{author_bio}\n{{ footer }}\n%%SIGNUP%%")
    assert result.text == "Der Umsatz stieg deutlich."


def test_plaintext_title_byline_and_combined_dateline():
    result = clean_text("Corvid streicht Stellen\n\nVon Anna Schmidt und Ben Roe | 03.03.2021\n\n"
                        "Corvid Motors streicht 1.800 Stellen.")
    assert result.title == "Corvid streicht Stellen"
    assert result.authors == ["Anna Schmidt", "Ben Roe"]
    assert result.published == "2021-03-03"
    assert result.text == "Corvid Motors streicht 1.800 Stellen."


def test_plaintext_signature_and_delimiter():
    body = "Ein Absatz mit genug Inhalt für einen Artikel."
    assert clean_text(f"{body}\n\nViele Grüße\nAnna").text == body
    assert clean_text(f"{body}\n-- \nAnna Schmidt\nPressestelle").text == body


def test_plaintext_blocks_removed():
    text = ("Erster Absatz über die Übernahme.\n\nLesen Sie auch: Ein anderer Artikel über etwas\n\n"
            "Zweiter Absatz.\n\nMehr zum Thema\nTeaser eins\nTeaser zwei\n\n"
            "Über den Autor\nAnna schreibt seit 2010 über Handel.\n\n3 Kommentare\nleser1: toll\nleser2: na ja")
    result = clean_text(text)
    assert result.text == "Erster Absatz über die Übernahme.\n\nZweiter Absatz."
    kinds = {rule for rule, _ in result.removed}
    assert {"region:teaser", "region:related", "region:author", "region:comments"} <= kinds


def test_plaintext_blank_runs_collapsed_and_body_faithful():
    text = "Erster Absatz,  mit  Abständen.\n\n\n\n\nZweiter Absatz\nmit Zeilenumbruch."
    assert clean_text(text).text == "Erster Absatz,  mit  Abständen.\n\nZweiter Absatz\nmit Zeilenumbruch."


def test_plaintext_markdown_unwrapped():
    md = ("---\ntitle: \"Ein Titel\"\ndate: 2023-05-08\nauthor: Lea Hoffmann\n---\n\n"
          "Die **Kette** eröffnet [neue Filialen](https://x.example) in *Wien*.\n\n![Bild](a.jpg)\n\n"
          "## Zwischentitel\n\nMehr Text.")
    result = clean_text(md, markdown=True)
    assert result.title == "Ein Titel" and result.published == "2023-05-08" and result.authors == ["Lea Hoffmann"]
    assert result.text == "Die Kette eröffnet neue Filialen in Wien.\n\nZwischentitel\n\nMehr Text."


def test_plaintext_markdown_h1_is_title():
    result = clean_text("# Aurora meldet Rekord\n\nAurora hat 31 Millionen Geräte ausgeliefert.", markdown=True)
    assert result.title == "Aurora meldet Rekord"
    assert result.text == "Aurora hat 31 Millionen Geräte ausgeliefert."


def test_plaintext_dash_line_before_long_text_is_not_a_signature():
    text = "Erster Absatz.\n--\n" + "\n".join(f"Absatz {i} mit weiterem Inhalt des Artikels." for i in range(12))
    assert clean_text(text).text == text


@pytest.mark.parametrize("first_line", [
    "Von Siemens, Bosch und SAP kamen gestern Zusagen.",
    "By Monday the talks had collapsed, people said.",
])
def test_plaintext_sentence_starting_like_a_byline_is_kept(first_line):
    result = clean_text(f"{first_line}\nZweite Zeile des Artikels mit Inhalt.")
    assert first_line in result.text and result.authors == []
