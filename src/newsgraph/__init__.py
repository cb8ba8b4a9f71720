"""newsgraph: news articles → a knowledge graph of what companies do.

Public API: `extract_text` / `process` run the pipeline; the model classes are
re-exported for convenience. The library never configures logging.
"""

import logging

from newsgraph.model import (Argument, Article, Entity, Event, Evidence, Mention, RawPage, Rejection, Sentence,
                             Story, TimeSpan, Value)
from newsgraph.settings import Settings

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"


def open_store(path: str, *, create: bool = True):
    """Open (and migrate) the SQLite store at `path`."""
    from newsgraph.store import open_store as _open

    return _open(path, create=create)


def extract_text(text: str, language: str | None = None, published: str | None = None) -> Article:
    """Annotate one text (no store involved)."""
    from newsgraph.pipeline import process_text

    return process_text(text, language=language, published=published)


__all__ = ["Argument", "Article", "Entity", "Event", "Evidence", "Mention", "RawPage", "Rejection", "Sentence",
           "Settings", "Story", "TimeSpan", "Value", "extract_text", "open_store", "__version__"]
