"""The modality and time of leadership changes with a start ahead (docs/events-gold-format.md, "Leadership changes").

Invented sentences (companies and people are stand-ins), through the whole pipeline; publication date 12 May 2026.
A change announced in the present or future tense with a date ahead is planned; a change decided in the past is
asserted whatever day it takes effect; a standing post ("Rhenotrans-Chef X") takes neither the sentence's plan nor its
date; two statements of one appointment, one telling it as decided, are one asserted event.
"""

from __future__ import annotations

import pytest

from event_test_helpers import events


def _leadership(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    """(change value, modality, start day) of each leadership event."""
    out = []
    for e in events(text, lang):
        if e.type == "leadership":
            change = next((a.value for a in e.arguments if a.role == "change"), None)
            out.append((change, e.modality, e.time.start if e.time else None))
    return sorted(out, key=lambda x: (x[0] or "", x[1]))


@pytest.mark.parametrize("lang,text,expected", [
    # present tense, a date ahead: announced
    ("de", "Die bisherige Vertriebschefin Carla Brenner übernimmt zum 1. September die Leitung des Kölner Logistikers "
           "Rhenotrans.", [("appointed", "planned", "2026-09-01")]),
    ("de", "Neuer Finanzchef beim Baustoffhändler Ostmark wird zum 1. Oktober Tobias Hain.",
     [("appointed", "planned", "2026-10-01")]),
    ("de", "Den Vorsitz der Geschäftsführung von Velmar übernimmt zum 1. Februar der bisherige Technikchef Ole Brandt.",
     [("appointed", "planned", "2027-02-01")]),  # a month the normaliser put in the past lies ahead
    ("en", "Karen Holt takes over as chief executive of Brightmoor on September 1.",
     [("appointed", "planned", "2026-09-01")]),
    # the end of a running period is ahead too
    ("de", "Der Gründer Rolf Gerber scheidet zum Monatsende aus der Geschäftsführung von Velmar aus.",
     [("departed", "planned", None)]),
    ("de", "Neue Vorstandschefin des Versicherers Nordlohe wird zum Jahreswechsel Ines Maurer.",
     [("appointed", "planned", None)]),
    # the successor takes over when the predecessor leaves
    ("de", "Vorstandschef Jan Ostrowski verlässt den Maschinenbauer Halvor zum Jahresende, ihm folgt Finanzchefin "
           "Mara Lind.", [("appointed", "planned", None), ("departed", "planned", None)]),
])
def test_a_change_announced_with_a_start_ahead_is_planned(lang: str, text: str, expected: list) -> None:
    assert _leadership(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Der Aufsichtsrat von Rhenotrans hat Carla Brenner zum 1. September zur neuen Vorstandschefin berufen.",
     [("appointed", "asserted")]),
    ("en", "Brightmoor has appointed Karen Holt as chief executive, effective September 1.", [("appointed", "asserted")]),
    ("en", "Karen Holt was named chief executive of Brightmoor, effective September 1.", [("appointed", "asserted")]),
    ("de", "Finanzvorstand Tobias Hain hat seinen Rücktritt zum 30. September erklärt, teilte Ostmark mit.",
     [("departed", "asserted")]),
])
def test_a_change_decided_in_the_past_is_asserted_whatever_day_it_takes_effect(lang: str, text: str,
                                                                              expected: list) -> None:
    assert [(change, modality) for change, modality, _ in _leadership(text, lang)
            if change != "holds"] == expected  # ("chief executive of Brightmoor" is also read as a post held)


@pytest.mark.parametrize("lang,text", [
    ("de", "Rhenotrans-Chef Paul Decker will im kommenden Jahr 200 neue Lastwagen kaufen."),
    ("en", "Brightmoor CEO Karen Holt plans to open 40 stores in Spain next year."),
])
def test_a_standing_post_takes_neither_the_plan_nor_the_date_of_its_sentence(lang: str, text: str) -> None:
    assert _leadership(text, lang) == [("holds", "asserted", None)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Logistiker Rhenotrans hat einen neuen Chef gefunden: Paul Decker übernimmt den Posten zum 1. Oktober."),
    ("en", "Brightmoor has found a new chief executive: Karen Holt takes over on October 1."),
    ("de", "Der Aufsichtsrat hat Paul Decker zum neuen Chef von Rhenotrans berufen. Paul Decker übernimmt den Posten "
           "zum 1. Oktober."),
])
def test_one_appointment_told_as_decided_and_with_its_start_is_one_asserted_event(lang: str, text: str) -> None:
    assert _leadership(text, lang) == [("appointed", "asserted", "2026-10-01")]


def test_an_appointment_told_only_with_its_start_ahead_stays_planned_when_stated_twice() -> None:
    text = ("Paul Decker übernimmt zum 1. Oktober die Leitung von Rhenotrans. Paul Decker wird zum 1. Oktober neuer "
            "Chef von Rhenotrans.")
    assert _leadership(text, "de") == [("appointed", "planned", "2026-10-01")]


@pytest.mark.parametrize("lang,text,modality", [
    ("de", "Vorstandschefin Lea Sommerfeld verlässt den Schiffbauer Nordkiel zum Monatsende. Ihr Nachfolger wird "
           "Finanzvorstand Jonas Pietsch.", "planned"),
    ("en", "Ravenholt chief executive Tom Barker will step down at the end of the year. His successor is finance "
           "chief Ada Morgan.", "planned"),
    ("de", "Vorstandschefin Lea Sommerfeld verlässt den Schiffbauer Nordkiel. Ihr Nachfolger wird Finanzvorstand "
           "Jonas Pietsch.", "asserted"),
])
def test_a_successor_named_after_a_departure_takes_over_when_it_takes_effect(lang: str, text: str,
                                                                             modality: str) -> None:
    changes = {(change, m) for change, m, _ in _leadership(text, lang) if change != "holds"}
    assert changes == {("departed", modality), ("appointed", modality)}
