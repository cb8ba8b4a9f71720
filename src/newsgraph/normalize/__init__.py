"""normalize: text → typed, normalised Values (money, counts, times, places, ...).

PLACEHOLDER interface, to be replaced by the normalisation implementation (issue 4).
"""

from __future__ import annotations

from newsgraph.model import Article, Value
from newsgraph.settings import Settings


def find_values(text: str, lang: str = "de", published: str | None = None, offset: int = 0) -> list[Value]:
    return []


def normalize_article(article: Article, settings: Settings) -> Article:
    return article
