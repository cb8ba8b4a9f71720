"""Sources → pipeline → store, one input at a time, never losing one.

Each input (file, folder, URL) is read and processed separately, and each
article is written in its own transaction, so an input that fails (bad file,
stage error, store refusal) is recorded as a Rejection and the others go on;
what was stored before is never touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsgraph import ingest, pipeline
from newsgraph.errors import NewsgraphError
from newsgraph.model import Article, RawPage, Rejection
from newsgraph.settings import Settings
from newsgraph.store.base import IngestResult, Store

LOGGER = logging.getLogger(__name__)


@dataclass
class LoadReport:
    results: list[IngestResult] = field(default_factory=list)
    failed: list[Rejection] = field(default_factory=list)

    def _with(self, status: str) -> list[IngestResult]:
        return [r for r in self.results if r.status == status]

    @property
    def new(self) -> list[IngestResult]:
        return self._with("new")

    @property
    def known(self) -> list[IngestResult]:
        return self._with("known")

    @property
    def revisions(self) -> list[IngestResult]:
        return self._with("revision")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, NewsgraphError):
        return " ".join(str(getattr(exc, "reason", None) or exc).split())
    return f"internal error: {exc!r}"


def _read(source: str, settings: Settings) -> Iterator[RawPage | Rejection]:
    """One input's raw pages; an error while reading becomes a Rejection instead of ending the run."""
    try:
        yield from ingest.read_sources([source], settings)
    except Exception as exc:  # noqa: BLE001 — one bad input must not stop the others
        if not isinstance(exc, NewsgraphError):
            LOGGER.exception("reading %s failed", source)
        yield Rejection(source, "ingest", _reason(exc))


def store_article(store: Store, article: Article) -> IngestResult | Rejection:
    """Resolve and store one article; a failure is returned as a Rejection (and nothing is written)."""
    try:
        return store.add_article(article)
    except Exception as exc:  # noqa: BLE001
        if not isinstance(exc, NewsgraphError):
            LOGGER.exception("storing %s failed", article.source)
        return Rejection(article.source, "store", _reason(exc))


def store_sources(store: Store, inputs: Iterable[str], settings: Settings,
                  on_item: Callable[[str, str], None] | None = None, report: LoadReport | None = None) -> LoadReport:
    """Ingest every input into `store`; rejections are stored too. `on_item(source, outcome)` reports progress.

    Pass your own `report` to keep what was done so far when the run is interrupted.
    """
    report = report if report is not None else LoadReport()
    for source in inputs:
        for item in pipeline.process_many(_read(source, settings), settings):
            outcome = store_article(store, item) if isinstance(item, Article) else item
            if isinstance(outcome, Rejection):
                store.add_rejection(outcome)
                report.failed.append(outcome)
                label = "failed"
            else:
                report.results.append(outcome)
                label = outcome.status
            if on_item is not None:
                on_item(outcome.source, label)
    return report
