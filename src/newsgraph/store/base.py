"""What every store offers, whatever the database behind it.

The CLI, export and (later) the API only talk to this interface, so a
PostgreSQL store can replace SQLite without touching them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeVar

from newsgraph.model import Article, Entity, Event, Evidence, Rejection, Story, Value

T = TypeVar("T")

IngestStatus = Literal["new", "known", "revision"]


@dataclass(frozen=True)
class IngestResult:
    """Outcome of storing one article.

    new: text never seen; known: identical text already stored (nothing added);
    revision: the same source delivered changed text, stored beside the old one.
    """

    status: IngestStatus
    article_id: str
    source: str
    previous_id: str | None = None  # for revisions: the article that was latest before


@dataclass(frozen=True)
class ArticleSummary:
    """One row of `newsgraph articles`."""

    id: str
    title: str | None
    language: str | None
    published: str | None
    source: str
    site: str | None
    ingested_at: str
    chars: int
    is_latest: bool
    snippet: str | None = None  # with --search: the matching passage, matches in «»


@dataclass(frozen=True)
class StoredRejection:
    source: str
    stage: str
    reason: str
    at: str


@dataclass(frozen=True)
class EntitySummary:
    """One row of `newsgraph entities`."""

    id: str
    type: str
    name: str
    country: str | None
    mentions: int
    articles: int


@dataclass(frozen=True)
class Revision:
    """One text a source delivered; a changed source has several, one of them latest."""

    source_key: str
    article_id: str
    seen_at: str
    last_seen_at: str
    is_latest: bool


class Store(Protocol):
    path: str

    def write(self, fn: Callable[[Any], T]) -> T: ...
    def add_article(self, article: Article, entities: list[Entity] | None = None) -> IngestResult: ...
    def add_rejection(self, rejection: Rejection) -> None: ...
    def add_story(self, story: Story) -> None: ...
    def update_event(self, event_id: str, *, plan: dict | None = None, conflicts: list[dict] | None = None,
                     evidence: list[Evidence] | None = None) -> None: ...
    def list_articles(self, *, language: str | None = None, search: str | None = None,
                      limit: int = 50, latest_only: bool = False) -> list[ArticleSummary]: ...
    def find_article_id(self, id_or_prefix: str) -> str: ...
    def list_entities(self, *, type: str | None = None, name: str | None = None,
                      limit: int | None = 50) -> list[EntitySummary]: ...
    def get_article(self, article_id: str) -> Article | None: ...
    def article_entities(self, article_id: str) -> list[Entity]: ...
    def iter_articles(self, *, latest_only: bool = False) -> Iterator[Article]: ...
    def iter_entities(self) -> Iterator[Entity]: ...
    def iter_values(self) -> Iterator[tuple[str, Value]]: ...
    def iter_events(self) -> Iterator[Event]: ...
    def iter_stories(self) -> Iterator[Story]: ...
    def rejections(self, limit: int | None = None) -> list[StoredRejection]: ...
    def revisions(self, article_id: str) -> list[Revision]: ...
    def counts(self) -> dict[str, int]: ...
    def close(self) -> None: ...
