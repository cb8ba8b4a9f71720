"""Modality cues and their scope: a table of sentences, the trigger word, and the expected modality."""

from __future__ import annotations

import pytest

from newsgraph.events.modality import detect_modality


def modality(sentence: str, trigger: str, lang: str) -> str:
    start = sentence.index(trigger)
    return detect_modality(sentence, start, start + len(trigger), lang).modality


@pytest.mark.parametrize("sentence,trigger,lang,expected", [
    ("Xiaomi hat 2.000 Stores eröffnet.", "Stores", "de", "asserted"),
    ("Xiaomi will 2.000 Stores eröffnen.", "Stores", "de", "planned"),
    ("Xiaomi plant, 2.000 Stores zu eröffnen.", "Stores", "de", "planned"),
    ("Xiaomi beabsichtigt die Übernahme von Shazam.", "Übernahme", "de", "planned"),
    ("Xiaomi wird im Herbst neue Stores eröffnen.", "Stores", "de", "planned"),
    ("Der Konzern wurde von Apple übernommen.", "übernommen", "de", "asserted"),
    ("Xiaomi übernimmt wahrscheinlich Shazam.", "übernimmt", "de", "speculative"),
    ("Gerüchten zufolge übernimmt Apple Shazam.", "übernimmt", "de", "speculative"),
    ("Apple soll Shazam bereits übernommen haben.", "übernommen", "de", "speculative"),
    ("Apple dürfte Shazam übernehmen.", "übernehmen", "de", "expected"),
    ("Analysten erwarten, dass Apple Shazam übernimmt.", "übernimmt", "de", "expected"),
    ("Apple übernimmt Shazam nicht.", "übernimmt", "de", "negated"),
    ("Eine Übernahme von Shazam ist kein Thema.", "Übernahme", "de", "negated"),
    ("Apple dementiert, dass es Shazam übernehmen will.", "übernehmen", "de", "negated"),
    ("Apple hat nicht nur Shazam übernommen.", "übernommen", "de", "asserted"),
    ("Xiaomi opened 500 stores in India.", "stores", "en", "asserted"),
    ("Xiaomi will open 500 stores in India.", "stores", "en", "planned"),
    ("Xiaomi plans to open 500 stores in India.", "stores", "en", "planned"),
    ("Xiaomi is expected to open 500 stores in India.", "stores", "en", "expected"),
    ("Xiaomi may open 500 stores in India.", "stores", "en", "speculative"),
    ("Xiaomi reportedly acquired Shazam.", "acquired", "en", "speculative"),
    ("The unconfirmed rumour says Apple acquired Shazam.", "acquired", "en", "speculative"),
    ("Apple did not acquire Shazam.", "acquire", "en", "negated"),
    ("Apple denied that it acquired Shazam.", "acquired", "en", "negated"),
    ("In May, Apple acquired Shazam.", "acquired", "en", "asserted"),
    ("Apple's plant in Cork was opened in 1980.", "plant", "en", "asserted"),
])
def test_modality_cues(sentence, trigger, lang, expected):
    assert modality(sentence, trigger, lang) == expected


def test_negation_stays_in_its_clause():
    s = "Xiaomi hat 2.000 Stores eröffnet, aber in Spanien gibt es keine Filialen."
    assert modality(s, "Stores", "de") == "asserted"
    assert modality(s, "Filialen", "de") == "negated"


def test_contrast_ends_a_frame():
    s = "Apple plant viel, aber Shazam hat Apple übernommen."
    assert modality(s, "übernommen", "de") == "asserted"


def test_german_plant_is_no_plan_in_english():
    assert modality("Tata Steel closed its plant in Port Talbot.", "closed", "en") == "asserted"


def test_a_question_is_no_report():
    assert modality("Übernimmt Apple den Musikdienst Shazam?", "Übernimmt", "de") == "speculative"
    assert modality("Will Apple buy Shazam?", "buy", "en") == "speculative"
