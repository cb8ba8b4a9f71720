"""The pipeline, read top to bottom: content → nlp → normalize → events.

Each stage is a plain function `fn(article, settings) -> article`. `process`
raises on bad input (library use, tests); `process_many` turns failures into
Rejections and goes on (CLI use), keeping input order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from newsgraph import content, events, nlp, normalize
from newsgraph.errors import NewsgraphError
from newsgraph.model import Article, RawPage, Rejection
from newsgraph.settings import Settings

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    name: str
    fn: Callable[[Article, Settings], Article]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    enabled: Callable[[Settings], bool] = lambda s: True


STAGES: tuple[Stage, ...] = (
    Stage("nlp", nlp.annotate, ("text", "language"), ("sentences", "mentions"), lambda s: s.ner),
    Stage("normalize", normalize.normalize_article, ("text", "sentences"), ("values",)),
    Stage("events", events.extract_events, ("sentences", "mentions", "values", "regions"), ("events",),
          lambda s: s.events),
)


def annotate_article(article: Article, settings: Settings | None = None) -> Article:
    """Run every enabled stage after `content` on an already built Article."""
    settings = settings or Settings()
    for stage in STAGES:
        if stage.enabled(settings):
            article = stage.fn(article, settings)
    return article


def process(raw: RawPage, settings: Settings | None = None) -> Article:
    """One raw page → fully annotated Article. Raises NewsgraphError on bad input."""
    settings = settings or Settings()
    article = content.extract_content(raw, settings)
    return annotate_article(article, settings)


def process_text(text: str, *, language: str | None = None, published: str | None = None,
                 source: str = "<text>", settings: Settings | None = None) -> Article:
    """Plain text (already main text) → annotated Article; used by `extract --text` and tests."""
    settings = settings or Settings()
    article = content.article_from_text(text, source=source, language=language,
                                        published=published, settings=settings)
    return annotate_article(article, settings)


def process_many(items: Iterable[RawPage | Rejection], settings: Settings | None = None
                 ) -> Iterator[Article | Rejection]:
    """Stream of raw pages → stream of Articles or Rejections, in input order."""
    settings = settings or Settings()
    for item in items:
        if isinstance(item, Rejection):
            yield item
            continue
        try:
            yield process(item, settings)
        except NewsgraphError as exc:
            yield Rejection(item.source, "content", getattr(exc, "reason", str(exc)))
        except Exception as exc:  # a bug in a stage must not lose the rest of the batch
            LOGGER.exception("stage failure on %s", item.source)
            yield Rejection(item.source, "pipeline", f"internal error: {exc!r}")
