"""content: RawPage → Article (main text, metadata, language).

PLACEHOLDER interface, to be replaced by the content implementation (issue 2).
"""

from __future__ import annotations

from newsgraph.model import Article, RawPage
from newsgraph.settings import Settings


def extract_content(raw: RawPage, settings: Settings) -> Article:
    raise NotImplementedError


def article_from_text(text: str, *, source: str = "<text>", language: str | None = None,
                      published: str | None = None, settings: Settings | None = None) -> Article:
    """Text that is already main text → Article (no boilerplate cleaning)."""
    return Article(id=Article.id_for(text), source=source, text=text,
                   language=language or "de", published=published)
