"""Model objects → the JSON objects of the data contract (../shared/SCHEMA.md).

The one place that knows the export shape: `newsgraph export`, `newsgraph
extract` and the tests all go through these functions. Extra fields beyond
SCHEMA v1 (the contract allows adding, never renaming): `start`/`end` on event
arguments, `trigger` on events, `value` on an event's time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from newsgraph.model import Argument, Article, Entity, Event, Story, TimeSpan, Value

Record = dict[str, Any]


def article_record(article: Article) -> Record:
    return {"kind": "article", "id": article.id, "source": article.source, "title": article.title,
            "language": article.language, "published": article.published, "authors": list(article.authors),
            "site": article.site, "text": article.text, "sha256": article.sha256,
            "ingested_at": article.ingested_at}


def entity_record(entity: Entity) -> Record:
    aliases = [a for a in dict.fromkeys(entity.aliases) if a != entity.name]
    return {"kind": "entity", "id": entity.id, "type": entity.type, "name": entity.name, "aliases": aliases,
            "country": entity.country,
            "mentions": [{"article_id": m.article_id, "start": m.start, "end": m.end, "text": m.text}
                         for m in entity.mentions]}


def value_record(article_id: str, value: Value) -> Record:
    return {"kind": "value", "article_id": article_id, "start": value.start, "end": value.end, "text": value.text,
            "value_kind": value.kind, "value": value.value, "rule": value.rule}


def argument_record(arg: Argument) -> Record:
    """`entity_id` only where the argument names an entity, `value` only where it has one (as in SCHEMA)."""
    record: Record = {"role": arg.role, "text": arg.text}
    if arg.entity_id is not None:
        record["entity_id"] = arg.entity_id
    if arg.value is not None:
        record["value"] = arg.value
    if arg.start is not None and arg.end is not None:
        record["start"] = arg.start
        record["end"] = arg.end
    return record


def time_record(time: TimeSpan | None) -> Record | None:
    if time is None:
        return None
    record: Record = {"text": time.text, "start": time.start, "end": time.end}
    if time.value is not None:
        record["value"] = time.value
    return record


def event_record(event: Event) -> Record:
    record: Record = {
        "kind": "event", "id": event.id, "type": event.type, "modality": event.modality,
        "arguments": [argument_record(a) for a in event.arguments], "time": time_record(event.time),
        "evidence": [{"article_id": e.article_id, "start": e.start, "end": e.end, "sentence": e.sentence}
                     for e in event.evidence],
        "confidence": float(event.confidence), "story_id": event.story_id, "plan": event.plan,
        "conflicts": list(event.conflicts or []),
    }
    if event.trigger is not None:
        record["trigger"] = event.trigger
    return record


def story_record(story: Story) -> Record:
    return {"kind": "story", "id": story.id, "title": story.title, "article_ids": list(story.article_ids),
            "event_ids": list(story.event_ids)}


def span_problems(article: Article, entities: Iterable[Entity] = ()) -> list[str]:
    """Every span of the article that breaks the contract's `text[start:end] == text` (empty when none does).

    Checked by the store before writing and by `newsgraph extract` before
    printing, so a stage that gets offsets wrong is caught where it happens.
    """
    problems: list[str] = []

    def check(what: str, start: int, end: int, text: str) -> None:
        if not (0 <= start <= end <= len(article.text)) or article.text[start:end] != text:
            problems.append(f"{what} {text!r} at {start}:{end} does not match the article text")

    for m in article.mentions:
        check("mention", m.start, m.end, m.text)
    for v in article.values:
        check("value", v.start, v.end, v.text)
    for ev in article.events:
        for arg in ev.arguments:
            if arg.start is not None and arg.end is not None:
                check(f"argument {arg.role} of {ev.id}", arg.start, arg.end, arg.text)
        for evidence in ev.evidence:
            if evidence.article_id == article.id:
                check(f"evidence of {ev.id}", evidence.start, evidence.end, evidence.sentence)
    for entity in entities:
        for ref in entity.mentions:
            if ref.article_id == article.id:
                check(f"mention of {entity.id}", ref.start, ref.end, ref.text)
    return problems


def article_records(article: Article, entities: Iterable[Entity]) -> Iterator[Record]:
    """One article on its own (`newsgraph extract`): article, entities, values, events."""
    yield article_record(article)
    for entity in entities:
        yield entity_record(entity)
    for value in article.values:
        yield value_record(article.id, value)
    for event in article.events:
        yield event_record(event)


def iter_export(store: Any, kinds: Iterable[str] | None = None) -> Iterator[Record]:
    """Everything in a store (or only `kinds`), in contract order: articles, entities, values, events, stories.

    Kinds not asked for are not read at all.
    """
    wanted = set(kinds) if kinds is not None else {"article", "entity", "value", "event", "story"}
    if "article" in wanted:
        for article in store.iter_articles():
            yield article_record(article)
    if "entity" in wanted:
        for entity in store.iter_entities():
            yield entity_record(entity)
    if "value" in wanted:
        for article_id, value in store.iter_values():
            yield value_record(article_id, value)
    if "event" in wanted:
        for event in store.iter_events():
            yield event_record(event)
    if "story" in wanted:
        for story in store.iter_stories():
            yield story_record(story)


def dumps(record: Record) -> str:
    """One JSONL line (UTF-8 text kept readable; key order as in SCHEMA.md)."""
    return json.dumps(record, ensure_ascii=False)


def write_jsonl(records: Iterable[Record], out: IO[str]) -> int:
    """Write records one per line; returns how many."""
    n = 0
    for record in records:
        out.write(dumps(record))
        out.write("\n")
        n += 1
    return n
