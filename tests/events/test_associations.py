"""Long association and institute names as organisations of posts, spin-offs and strikes (events/associations.py)."""

from __future__ import annotations

import pytest

from newsgraph.events import extract_events
from newsgraph.events.associations import association_names
from newsgraph.model import Article, Mention, Sentence
from newsgraph.settings import Settings


def article(text: str, mentions: list[tuple[str, str]] = ()) -> Article:
    art = Article(id=Article.id_for(text), source="<test>", text=text, language="de", published="2015-11-30")
    art.sentences = [Sentence(0, len(text), "de")]
    for surface, typ in mentions:
        start = text.index(surface)
        art.mentions.append(Mention(start, start + len(surface), surface, typ, source="test"))
    return art


def found(text: str) -> list[str]:
    art = article(text)
    out = association_names(art, art.sentences[0])
    for m in out:
        assert text[m.start:m.end] == m.text and m.type == "ORG"
    return [m.text for m in out]


@pytest.mark.parametrize("text,name", [
    ("Er ist Vorstandsmitglied der Deutschen Gesellschaft für Krisenmanagement e.V. (DGfKM).",
     "Deutschen Gesellschaft für Krisenmanagement e.V."),
    ("Direktor des Krisennavigator-Instituts für Krisenforschung", "Krisennavigator-Instituts für Krisenforschung"),
    ("Direktor des Krisennavigator - Institut für Krisenforschung", "Krisennavigator - Institut für Krisenforschung"),
    ("Landesvorsitzende des Bundes der Strafvollzugsbediensteten Hessen, sagte",
     "Bundes der Strafvollzugsbediensteten Hessen"),
    ("Die Gewerkschaft der Polizei (GdP) warnt.", "Gewerkschaft der Polizei"),
    ("Laut dem Bundesamt für Statistik stieg die Zahl.", "Bundesamt für Statistik"),
    ("Er kam mit Vertretern der Bundesagentur für Arbeit.", "Bundesagentur für Arbeit"),  # the sentence's full stop
    ("Vorstand der Deutschen Gesellschaft für Krisenmanagement e.V.",
     "Deutschen Gesellschaft für Krisenmanagement e.V."),
])
def test_long_names_are_found_whole(text, name):
    assert found(text) == [name]


@pytest.mark.parametrize("text", [
    "Der Verband kritisierte die Pläne.",                      # a bare organisation noun is no name
    "Die Muttergesellschaft von Prax Petroleum kauft.",        # a company's relation, not a name
    "Die Tochtergesellschaft der Telekom wächst.",
    "Er übernahm das Traineramt von Schön.",                   # a post
    "Er strebt das Amt des Bundespräsidenten an.",
])
def test_no_name_from_relations_posts_and_bare_nouns(text):
    assert found(text) == []


def test_cut_piece_of_the_name_is_replaced_by_the_whole_name():
    text = ("Frank Roselieb ist Direktor des Krisennavigator-Instituts für Krisenforschung, "
            "ein Spin-Off der Universität Kiel.")
    art = extract_events(article(text, [("Frank Roselieb", "PER"), ("Krisenforschung", "ORG"),
                                        ("Universität Kiel", "ORG")]), Settings())
    got = {(e.type, tuple((a.role, a.text) for a in e.arguments if a.role != "change")) for e in art.events}
    assert ("spin_off", (("parent", "Universität Kiel"),
                         ("spun_off", "Krisennavigator-Instituts für Krisenforschung"))) in got
    assert ("leadership", (("person", "Frank Roselieb"), ("role", "Direktor"),
                           ("organization", "Krisennavigator-Instituts für Krisenforschung"))) in got


def test_a_role_mention_of_the_recogniser_names_a_post():
    text = ("Birgit Kannegießer, Landesvorsitzende des Bundes der Strafvollzugsbediensteten Hessen, kritisierte "
            "die Pläne.")
    mentions = [("Birgit Kannegießer", "PER"), ("Strafvollzugsbediensteten Hessen", "LOC")]
    # "Landesvorsitzende" is no role word of the lexicon: without the recogniser's ROLE mention there is no post
    assert extract_events(article(text, mentions), Settings()).events == []
    art = extract_events(article(text, mentions + [("Landesvorsitzende", "ROLE")]), Settings())
    [event] = art.events
    args = {a.role: a.text for a in event.arguments}
    assert (event.type, event.modality) == ("leadership", "asserted")
    assert args["person"] == "Birgit Kannegießer" and args["role"] == "Landesvorsitzende"
    assert args["organization"] == "Bundes der Strafvollzugsbediensteten Hessen"
