"""content: RawPage → Article (main text, metadata, language, non-body regions).

`extract_content` reads as its steps: choose the extractor by content type
(HTML through trafilatura, text and Markdown through our cleaner), check the
text is long enough, identify the language, record leftover non-body regions.
"""

from __future__ import annotations

from newsgraph.content.html import extract_html
from newsgraph.content.language import choose_language, identify_language
from newsgraph.content.plaintext import clean_text
from newsgraph.content.regions import find_regions
from newsgraph.errors import ContentError
from newsgraph.ingest.encoding import decode
from newsgraph.model import Article, RawPage
from newsgraph.settings import Settings

__all__ = ["extract_content", "article_from_text", "identify_language", "clean_text", "find_regions"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html(raw: RawPage) -> bool:
    if raw.content_type:
        return raw.content_type.split(";")[0].strip().lower() in _HTML_TYPES
    return raw.body[:2048].lstrip().lower().startswith((b"<!doctype html", b"<html"))


def _article(raw: RawPage, settings: Settings, text: str, **meta) -> Article:
    text = text.strip()
    if len(text) < settings.min_text_chars:
        reason = ("no main text found" if not text else
                  f"main text too short: {len(text)} characters (setting min_text_chars={settings.min_text_chars})")
        raise ContentError(raw.source, reason)
    language, confidence = choose_language(text, settings)
    return Article(id=Article.id_for(text), source=raw.source, text=text, url=raw.url,
                   language=language, language_confidence=round(confidence, 4),
                   regions=find_regions(text), **meta)


def _without_title_line(text: str, title: str | None) -> str:
    """Drop a first line that repeats the title: the headline is metadata, not body."""
    first, _, rest = text.partition("\n")
    if title and rest and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest
    return text


def extract_content(raw: RawPage, settings: Settings) -> Article:
    """Raw page → Article with boilerplate-free main text; raises ContentError when there is none."""
    if _is_html(raw):
        html = extract_html(raw)
        if html is None:
            raise ContentError(raw.source, "no main text found in the HTML page")
        # trafilatura output still holds widget lines and related lists now and then; the same
        # cleaner removes them (it raises main-text F1 on html_pages, see BENCHMARKS.md)
        cleaned = clean_text(_without_title_line(html.text, html.title), take_title=False)
        return _article(raw, settings, cleaned.text, title=html.title,
                        published=html.published or cleaned.published,
                        authors=html.authors or cleaned.authors, site=html.site,
                        canonical_url=html.canonical_url)
    markdown = (raw.content_type or "").startswith("text/markdown")
    cleaned = clean_text(decode(raw.body, raw.encoding), markdown=markdown)
    return _article(raw, settings, cleaned.text, title=cleaned.title, published=cleaned.published,
                    authors=cleaned.authors)


def article_from_text(text: str, *, source: str = "<text>", language: str | None = None,
                      published: str | None = None, settings: Settings | None = None) -> Article:
    """Text that is already main text → Article: nothing is cleaned; the language is identified if not given."""
    settings = settings or Settings()
    confidence: float | None = None
    if language is None:
        language, confidence = choose_language(text, settings)
        confidence = round(confidence, 4)
    return Article(id=Article.id_for(text), source=source, text=text, language=language,
                   language_confidence=confidence, published=published, regions=find_regions(text))
