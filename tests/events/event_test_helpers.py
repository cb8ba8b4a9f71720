"""Small helpers the whole-pipeline rule tests share (imported by name: pyproject puts tests/events on the path)."""

from __future__ import annotations

from newsgraph.model import Event
from newsgraph.pipeline import process_text


def events(text: str, lang: str = "de", published: str = "2026-05-12") -> list[Event]:
    """The events a reader of `process_text` sees for one invented text."""
    return process_text(text, language=lang, published=published).events


def arguments_of(event: Event) -> dict[str, str]:
    """One event as role -> argument text (a repeated role keeps its last text)."""
    return {a.role: a.text for a in event.arguments}


def of_type(evs: list[Event], type_: str) -> list[dict[str, str]]:
    """Each event of one type as role -> argument text."""
    return [arguments_of(e) for e in evs if e.type == type_]


def texts(evs: list[Event], type_: str) -> set[str]:
    """Every argument text of the events of one type, whatever its role."""
    return {a.text for e in evs if e.type == type_ for a in e.arguments}


def only_of_type(evs: list[Event], type_: str) -> dict[str, str]:
    """The one event of a type as role -> argument text; fails when there is none or more than one."""
    found = of_type(evs, type_)
    assert len(found) == 1, found
    return found[0]
