"""extract_content and article_from_text: the public interface of the content stage."""

from __future__ import annotations

import pytest

from newsgraph.content import article_from_text, extract_content
from newsgraph.errors import ContentError
from newsgraph.model import Article, RawPage
from newsgraph.settings import Settings

HTML = """<html lang="en"><head><title>Acme opens plant - Daily</title>
<meta property="og:site_name" content="Daily"><meta name="author" content="Jo Doe">
<meta property="article:published_time" content="2021-04-01"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About</a></nav>
<article><h1>Acme opens plant</h1>
<p>Acme Corp opened a new battery plant in Leipzig on Tuesday, creating 400 jobs in the region.</p>
<p>The company invested 250 million euros in the site and plans a second production line by 2025.</p>
<p>Share on Facebook</p>
</article><footer>© 2021 Daily. All rights reserved.</footer></body></html>"""


def test_extract_content_html():
    raw = RawPage(source="page.html", body=HTML.encode("utf-8"), content_type="text/html", encoding="utf-8",
                  url="https://daily.example/acme")
    article = extract_content(raw, Settings())
    assert article.text.startswith("Acme Corp opened a new battery plant in Leipzig")
    assert "second production line by 2025." in article.text
    for boilerplate in ("Home", "Share on Facebook", "All rights reserved"):
        assert boilerplate not in article.text
    assert article.title == "Acme opens plant"
    assert article.published == "2021-04-01"
    assert article.authors == ["Jo Doe"]
    assert article.site == "Daily"
    assert article.language == "en"
    assert article.url == "https://daily.example/acme" and article.source == "page.html"
    assert article.id == Article.id_for(article.text)
    assert article.sha256


def test_extract_content_text_without_content_type_is_sniffed():
    raw = RawPage(source="x", body=HTML.encode("utf-8"))
    assert "Leipzig" in extract_content(raw, Settings()).text


def test_extract_content_too_short_raises():
    raw = RawPage(source="short.txt", body="Nur ein Satz.".encode("utf-8"), content_type="text/plain")
    with pytest.raises(ContentError) as info:
        extract_content(raw, Settings())
    assert info.value.source == "short.txt"
    assert "too short" in info.value.reason and "min_text_chars" in info.value.reason


def test_extract_content_html_without_main_text_raises():
    raw = RawPage(source="empty.html", body=b"<html><body><nav>Home | About</nav></body></html>",
                  content_type="text/html", encoding="utf-8")
    with pytest.raises(ContentError):
        extract_content(raw, Settings())


def test_extract_content_same_text_same_id():
    body = "Erster Absatz mit genug Inhalt für einen Artikel über eine Firma.".encode("utf-8")
    a = extract_content(RawPage(source="a.txt", body=body, content_type="text/plain"), Settings())
    b = extract_content(RawPage(source="b.txt", body=body + b"\n\nTeilen: Facebook | X", content_type="text/plain"),
                        Settings())
    assert a.id == b.id and a.source != b.source


def test_article_from_text_cleans_nothing():
    text = "Teilen: Facebook | X\nXiaomi hat gestern einen Vertrag unterschrieben."
    article = article_from_text(text, source="<text>", published="2017-11-10")
    assert article.text == text
    assert article.language == "de" and article.language_confidence is not None
    assert article.published == "2017-11-10"
    assert article.id == Article.id_for(text)


def test_article_from_text_given_language_is_kept():
    article = article_from_text("Xiaomi hat gestern einen Vertrag unterschrieben.", language="en")
    assert article.language == "en"
