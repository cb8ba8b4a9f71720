"""nlp: Article → sentences (with per-sentence language) and entity mentions.

PLACEHOLDER interface, to be replaced by the NER implementation (issue 3).
"""

from __future__ import annotations

import re

from newsgraph.model import Article, Sentence
from newsgraph.settings import Settings


def annotate(article: Article, settings: Settings) -> Article:
    article.sentences = [Sentence(m.start(), m.end(), article.language or "de")
                         for m in re.finditer(r"[^\n.!?]+[.!?]*", article.text) if m.group().strip()]
    return article
