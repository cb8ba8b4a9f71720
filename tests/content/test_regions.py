"""Region finder: non-body spans of a text, with exact offsets."""

from __future__ import annotations

from newsgraph.content import article_from_text
from newsgraph.content.regions import find_regions


def test_regions_related_list_offsets():
    text = ("Xiaomi eröffnet 2.000 Stores.\nMehr zum Thema\nHuawei plant 500 Läden\nOppo startet in Spanien\n"
            "Ein langer Absatz, der wieder zum eigentlichen Artikel gehört und deshalb mehr als einhundertsechzig "
            "Zeichen lang ist, weil Fließtext nun einmal länger ist als eine Überschrift in einer Liste.")
    regions = find_regions(text)
    assert len(regions) == 1
    region = regions[0]
    assert region.kind == "related"
    assert text[region.start:region.end] == "Mehr zum Thema\nHuawei plant 500 Läden\nOppo startet in Spanien"


def test_regions_teaser_author_comments():
    text = ("Erster Absatz des Artikels mit Inhalt.\nLesen Sie auch: Qualcomm zahlt 12 Milliarden\n"
            "Zweiter Absatz.\nDritter Absatz.\nAbout the author\nJane writes about chips.\nComments\n"
            "reader: great")
    kinds = [(r.kind, text[r.start:r.end]) for r in find_regions(text)]
    assert kinds == [("teaser", "Lesen Sie auch: Qualcomm zahlt 12 Milliarden"),
                     ("author", "About the author\nJane writes about chips."),
                     ("comments", "Comments\nreader: great")]


def test_regions_comments_heading_early_is_not_a_region():
    text = "Kommentare\n" + "Der Text danach ist der Artikel selbst und sehr lang. " * 5
    assert find_regions(text) == []


def test_regions_none_in_plain_body():
    text = "Das Unternehmen will mehr zum Thema Nachhaltigkeit tun.\nRelated parties signed the deal."
    assert find_regions(text) == []


def test_regions_recorded_on_article_and_queried():
    text = "Hauptteil über den Deal.\nDas könnte Sie auch interessieren\nAnderer Deal über 5 Milliarden"
    article = article_from_text(text, language="de")
    assert [r.kind for r in article.regions] == ["related"]
    start = text.index("5 Milliarden")
    assert article.in_region(start, start + 12) is not None
    assert article.in_region(0, 10) is None


def test_regions_comments_need_markers_or_a_form():
    body = "Ein Absatz des Artikels mit genug Inhalt, damit die Überschrift spät im Text steht. " * 4
    with_markers = body + "\n36 Kommentare\nBen\n19. Juni 2018 um 15:28 Uhr - Antworten\nSchöner Text."
    assert [r.kind for r in find_regions(with_markers)] == ["comments"]
    link_label = body + "\nComments\n" + "Der Artikel geht hier einfach weiter, ohne jeden Kommentar. " * 3
    assert find_regions(link_label) == []
    form = body + "\nLeave a Reply\nYour email address will not be published."
    assert [r.kind for r in find_regions(form)] == ["comments"]
