"""One strike per article: several places and several statements of it are one event."""

from __future__ import annotations

from newsgraph.events import extract_events
from newsgraph.events.masthead import masthead_spans
from newsgraph.model import Article, Mention, Sentence, Value
from newsgraph.settings import Settings


def _article(text: str, orgs: list[str], places: list[str], published: str = "2016-03-07") -> Article:
    art = Article(id="a_s", source="<t>", text=text, language="de", published=published)
    start = 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        art.sentences.append(Sentence(start, min(end, len(text)), "de"))
        start = end + 1
    cursor = 0
    for surface in orgs:
        s = text.index(surface, cursor)
        art.mentions.append(Mention(s, s + len(surface), surface, "ORG", source="model"))
    for surface in places:
        s = text.index(surface)
        art.mentions.append(Mention(s, s + len(surface), surface, "LOC", source="model"))
        art.values.append(Value(s, s + len(surface), surface, "place", {"city": surface}, rule="test"))
    return art


def test_strike_at_several_places_and_in_several_statements_is_one_event():
    text = ("Die Gewerkschaft Ufo hat die Flugbegleiter der Lufthansa in Frankfurt zum Streik aufgerufen. "
            "In München sollen am Dienstag die Langstrecken bestreikt werden. "
            "In Düsseldorf wurde auch gestreikt.")
    art = _article(text, ["Ufo", "Lufthansa"], ["Frankfurt", "München", "Düsseldorf"])
    extract_events(art, Settings())
    strikes = [e for e in art.events if e.type == "strike"]
    assert len(strikes) == 1
    assert strikes[0].modality == "asserted"  # the article reports it as under way
    assert {a.text for a in strikes[0].args("location")} == {"Frankfurt", "München", "Düsseldorf"}
    assert len(strikes[0].evidence) == 3


def test_strikes_at_two_companies_stay_apart():
    text = "Verdi bestreikt Amazon in Leipzig. Bei Zalando wurde ebenfalls gestreikt."
    art = _article(text, ["Verdi", "Amazon", "Zalando"], ["Leipzig"])
    extract_events(art, Settings())
    companies = sorted(a.text for e in art.events if e.type == "strike" for a in e.args("company"))
    assert companies == ["Amazon", "Zalando"]


def test_a_union_named_before_is_the_union_not_the_struck_company():
    text = "Die Tarifgespräche mit Ufo sind gescheitert. Der Streik soll bis Freitag dauern."
    art = _article(text, ["Ufo"], [])
    extract_events(art, Settings())
    strike = next(e for e in art.events if e.type == "strike")
    assert [a.text for a in strike.args("union")] == ["Ufo"] and not strike.args("company")


def test_a_denied_strike_stays_apart_from_a_reported_one():
    text = "Bei Amazon in Leipzig wird gestreikt. Einen Streik in Bad Hersfeld gibt es nicht."
    art = _article(text, ["Amazon"], ["Leipzig", "Bad Hersfeld"])
    extract_events(art, Settings())
    assert sorted(e.modality for e in art.events if e.type == "strike") == ["asserted", "negated"]


def test_links_and_handles_are_masthead():
    text = "Streik bei der Post https://t.co/MyInLQagC6 via @Jakob_Juergen"
    art = Article(id="a_l", source="<t>", text=text, language="de")
    assert [text[s:e] for s, e in masthead_spans(art)] == ["https://t.co/MyInLQagC6", "@Jakob_Juergen"]


def test_ig_unions_are_unions():
    from newsgraph.events.roles import UNIONS
    assert UNIONS.search("IG BAU") and UNIONS.search("IG Metall") and not UNIONS.search("Bayer")


def _dated(text: str, orgs: list[str], dates: list[tuple[str, dict]], published: str = "2019-03-14") -> Article:
    art = _article(text, orgs, [], published)
    for surface, value in dates:
        s = text.index(surface)
        art.values.append(Value(s, s + len(surface), surface, "date" if "date" in value else "period", value,
                                rule="test"))
    return art


def test_a_strike_reported_and_strikes_announced_for_later_are_two_events():
    text = ("Bei der Drogeriekette Kessler wurde gestern gestreikt. "
            "Die Gewerkschaft Verdi kündigte weitere Streiks bei Kessler für die kommende Woche an.")
    art = _dated(text, ["Kessler", "Verdi", "Kessler"], [("gestern", {"date": "2019-03-13"}),
                                                       ("kommende Woche", {"year": 2019, "week": 12})])
    extract_events(art, Settings())
    strikes = sorted((e.modality, e.time.start) for e in art.events if e.type == "strike")
    assert strikes == [("asserted", "2019-03-13"), ("planned", "2019-03-18")]


def test_a_time_borrowed_from_the_sentence_before_does_not_split():
    # the third sentence has no date of its own: timing lends it the second's (the negotiations' week)
    text = ("Bei Kessler wurde gestern gestreikt. "
            "Die Verhandlungen gehen kommende Woche weiter. "
            "Gestreikt wird bei Kessler weiter.")
    art = _dated(text, ["Kessler", "Kessler"], [("gestern", {"date": "2019-03-13"}),
                                               ("kommende Woche", {"year": 2019, "week": 12})])
    extract_events(art, Settings())
    strikes = [e for e in art.events if e.type == "strike"]
    assert len(strikes) == 1 and len(strikes[0].evidence) == 2


def test_same_modality_different_dates_still_merge():
    # the nearest date is often the report's ("wie Verdi am Montag mitteilte"), so equal modalities never split
    text = ("Bei Kessler wurde am Montag gestreikt. "
            "Bei Kessler wurde gestreikt, teilte Verdi am Mittwoch mit.")
    art = _dated(text, ["Kessler", "Kessler", "Verdi"], [("am Montag", {"date": "2019-03-11"}),
                                                       ("am Mittwoch", {"date": "2019-03-13"})])
    extract_events(art, Settings())
    assert len([e for e in art.events if e.type == "strike"]) == 1
