"""store: persistence of articles and everything found in them.

`open_store(path)` gives the SQLite store (the only backend so far); callers
use the `Store` interface in `store/base.py`.
"""

from __future__ import annotations

import os

from newsgraph.store.base import ArticleSummary, IngestResult, Revision, Store, StoredRejection
from newsgraph.store.sqlite import SQLiteStore, fts_query, source_key


def open_store(path: str | os.PathLike[str], *, create: bool = True) -> SQLiteStore:
    """Open (and migrate) the store at `path`; with create=False a missing file is a StoreError."""
    return SQLiteStore(path, create=create)


__all__ = ["ArticleSummary", "IngestResult", "SQLiteStore", "Store", "StoredRejection", "fts_query",
           "Revision", "open_store", "source_key"]
