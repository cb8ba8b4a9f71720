"""Shared set-up of the event-rule tests: an article built by hand, so a test pins the event rules alone."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from newsgraph.events import extract_events
from newsgraph.model import Article, Event, Mention, Sentence, Value
from newsgraph.settings import Settings

_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?![\"”“]?(?:\s|$)))+(?:[.!?]+[\"”“]?|$)")


def hand_built_article(text: str, mentions: list[tuple[str, str]] = (), values: list[tuple[str, str, Any]] = (),
                       lang: str = "de", published: str | None = "2017-11-10", source: str = "test",
                       split: bool = False) -> Article:
    """The text as one sentence (or, with `split`, one per [.!?]-terminated stretch); each mention and value is
    placed at the first occurrence of its surface after the previous one of the same surface."""
    art = Article(id=Article.id_for(text), source="<test>", text=text, language=lang, published=published)
    spans = [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()] if split else [(0, len(text))]
    art.sentences = [Sentence(a + len(text[a:b]) - len(text[a:b].lstrip()), b, lang) for a, b in spans]
    cursor: dict[str, int] = {}
    for surface, typ in mentions:
        start = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = start + 1
        art.mentions.append(Mention(start, start + len(surface), surface, typ, source=source))
    for surface, kind, value in values:
        start = text.index(surface)
        art.values.append(Value(start, start + len(surface), surface, kind, value, rule="test"))
    return art


@pytest.fixture
def events_of() -> Callable[..., list[Event]]:
    """`events_of(text, mentions, ...)`: the events `extract_events` finds in a hand-built article (arguments as
    in `hand_built_article`)."""
    def run(text: str, mentions: list[tuple[str, str]] = (), **kwargs: Any) -> list[Event]:
        return extract_events(hand_built_article(text, mentions, **kwargs), Settings()).events
    return run
