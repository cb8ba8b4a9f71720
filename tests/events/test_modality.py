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


def test_cue_twins_find_a_cue_exactly_where_the_cue_does():
    from pathlib import Path

    from newsgraph.events.evaluate import read_gold
    from newsgraph.events.modality import _COMPILED, _TWINS, _CueText

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [item.text for name in ("events_gold_de.jsonl", "events_gold_en.jsonl", "events_probes6.jsonl")
             for item in read_gold(data / name)]
    texts += ["NICHT", "Siemens WILL Osram übernehmen", "Sıemens plant nıcht", "Die Pläne ſind geplatzt", "İST GEPLANT",
              "The deal closes in May, and X may buy Y", "X MAY buy Y in May"]
    found = 0
    for text in texts:
        cue_text = _CueText(text)
        for index, (cue, regex) in enumerate(_COMPILED):
            plain = regex.search(text)
            via_twin = cue_text.search(index)
            assert (plain and plain.span()) == (via_twin and via_twin.span()), (text, index)
            assert (plain and plain.group()) == (via_twin and via_twin.group()), (text, index)
            if cue_text.lowered is not None and _TWINS[index] is not None:
                twin = _TWINS[index].search(cue_text.lowered)
                if "(?-i:" in cue.pattern:  # widened: it finds the cue's place or an earlier one
                    assert plain is None or (twin is not None and twin.start() <= plain.start()), (text, index)
                else:
                    assert (twin is None) == (plain is None), (text, index)
                    assert plain is None or twin.start() == plain.start(), (text, index)  # type: ignore[union-attr]
            found += plain is not None
    assert _CueText("Sıemens").lowered is None and _CueText("İST").lowered is None
    assert found > 200


def test_union_of_cue_twins_matches_where_one_twin_does():
    from pathlib import Path

    from newsgraph.events.evaluate import read_gold
    from newsgraph.events.modality import _ANY_TWIN, _TWINS, CUES

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [item.text.lower() for name in ("events_gold_de.jsonl", "events_gold_en.jsonl", "events_probes6.jsonl")
             for item in read_gold(data / name)]
    cued = 0
    for text in texts:
        for start in range(0, len(text), 23):  # clause-sized pieces
            piece = text[start:start + 50]
            for lang in ("de", "en"):
                one = any(t.search(piece) for c, t in zip(CUES, _TWINS) if c.lang == lang and t)
                assert (_ANY_TWIN[lang].search(piece) is not None) == one, (lang, piece)
                cued += one
    assert cued > 300


def test_searches_behind_a_twin_find_what_the_pattern_finds():
    from pathlib import Path

    from newsgraph.events.evaluate import read_gold
    from newsgraph.events.modality import _AFTER_PP, _HEARSAY, _search_with_twin

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [item.text for name in ("events_gold_de.jsonl", "events_gold_en.jsonl", "events_probes6.jsonl")
             for item in read_gold(data / name)]
    texts += ["Nach dem Warnstreik am Montag hat", "AFTER THE FAILED merger talks", "Insidern zufolge will"]
    found = 0
    for text in texts:
        for regex, piece in [(_AFTER_PP, text[:end]) for end in range(0, len(text), 11)] + \
                [(r, text) for r in _HEARSAY.values()]:
            plain = regex.search(piece)
            via_twin = _search_with_twin(regex, piece)
            assert (plain and plain.span()) == (via_twin and via_twin.span()), piece
            found += plain is not None
    assert found > 10
