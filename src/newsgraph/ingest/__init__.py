"""ingest: sources (files, folders, URLs) → RawPage, or Rejection with a one-line reason.

`read_sources` never raises for a bad input and never drops one silently:
every input yields at least one RawPage or Rejection, in input order. A
Rejection's `reason` does not repeat the input; show it as
`f"{rejection.source}: {rejection.reason}"`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.ingest.fetch import is_url, read_url
from newsgraph.ingest.files import count_path, read_file, read_path
from newsgraph.model import RawPage, Rejection
from newsgraph.settings import Settings

__all__ = ["read_sources", "count_sources", "read_file", "read_url"]


def read_sources(inputs: Iterable[str], settings: Settings) -> Iterator[RawPage | Rejection]:
    """Each input (file, folder, http(s) URL) → its pages or a Rejection, lazily and in order."""
    for source in inputs:
        if is_url(source):
            yield read_url(source, settings)
        else:
            yield from read_path(source, settings)


def count_sources(inputs: Iterable[str]) -> int:
    """How many items `read_sources` will yield: a cheap folder walk, no file is opened."""
    return sum(1 if is_url(source) else count_path(source) for source in inputs)
