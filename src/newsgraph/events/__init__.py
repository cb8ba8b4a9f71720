"""events: sentences + mentions + values → typed Events with roles, modality, time, evidence.

PLACEHOLDER interface, to be replaced by the event implementation (issue 5).
"""

from __future__ import annotations

from newsgraph.model import Article
from newsgraph.settings import Settings


def extract_events(article: Article, settings: Settings) -> Article:
    return article
