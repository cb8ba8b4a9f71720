"""What a sentence view keeps or computes late must answer as the eager computation did.

Why: `Slot.prep`/`genitive` are read from the words before a slot only when a rule first asks, and `roles._orgs`
is kept per view (docs/events.md, "Cost, seventh pass"); a slot assigned one of the two before the other is read,
or a caller that changes the list it got, must not see anything else than before."""

from __future__ import annotations

from newsgraph.events import roles
from newsgraph.events.sentence import SentenceView, Slot, build_view
from newsgraph.model import Article, Mention, Sentence


def _view(text: str, names: list[str]) -> SentenceView:
    """One German sentence; each name an organisation at its first occurrence."""
    art = Article(id=Article.id_for(text), source="<test>", text=text, language="de", published="2026-01-01")
    art.sentences = [Sentence(0, len(text), "de")]
    art.mentions = [Mention(text.index(n), text.index(n) + len(n), n, "ORG", source="test") for n in names]
    return build_view(art, art.sentences[0], sorted(art.mentions, key=lambda m: m.start), [])


def test_prepositions_and_genitives_as_read_from_the_words_before() -> None:
    view = _view("Die Übernahme der Acme durch Beta wurde von Gamma geprüft.", ["Acme", "Beta", "Gamma"])
    got = {s.text: (s.prep, s.genitive) for s in view.slots if s.kind == "ORG"}
    assert got == {"Acme": (None, True), "Beta": ("durch", False), "Gamma": ("von", False)}


def test_an_assigned_value_stays_when_the_other_is_read() -> None:
    slot = Slot(10, 14, "Acme", "ORG", cue_from=("Übernahme des Acme", 14, [], "de"))
    slot.prep = "von"
    assert slot.genitive is True and slot.prep == "von"
    other = Slot(10, 14, "Acme", "ORG", cue_from=("Übernahme von Acme", 14, [], "de"))
    other.genitive = True
    assert other.prep == "von" and other.genitive is True
    assert (Slot(0, 4, "Acme", "ORG").prep, Slot(0, 4, "Acme", "ORG").genitive) == (None, False)


def test_orgs_are_kept_per_view_and_handed_out_as_new_lists() -> None:
    view = _view("Laut Reuters kauft Acme das Werk in Delta von Beta.", ["Reuters", "Acme", "Delta", "Beta"])
    first = roles._orgs(view)
    assert [o.text for o in first] == ["Acme", "Beta"]  # no news source, no town of a site
    first.clear()
    assert [o.text for o in roles._orgs(view)] == ["Acme", "Beta"]
