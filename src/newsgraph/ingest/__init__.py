"""ingest: sources (files, folders, URLs) → RawPage, or Rejection with a reason.

PLACEHOLDER interface, to be replaced by the ingest implementation (issue 2).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.model import RawPage, Rejection
from newsgraph.settings import Settings


def read_sources(inputs: Iterable[str], settings: Settings) -> Iterator[RawPage | Rejection]:
    raise NotImplementedError
