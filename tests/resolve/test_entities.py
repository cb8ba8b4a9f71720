"""resolve_article: grouping mentions into entities with ids stable across articles."""

from __future__ import annotations

from importlib import util
from pathlib import Path

import pytest

from newsgraph import normalize
from newsgraph.model import Argument, Article, Event, Mention
from newsgraph.resolve import resolve_article
from newsgraph.resolve.names import basic_org_name, fold, strip_possessive

_spec = util.spec_from_file_location("store_builders", Path(__file__).parents[1] / "store" / "builders.py")
builders = util.module_from_spec(_spec)
_spec.loader.exec_module(builders)


def article_with(text: str, *mentions: tuple[str, str, int], language: str = "de") -> Article:
    a = builders.plain_article(text, language=language)
    a.mentions = [builders.mention(text, part, type_, nth) for part, type_, nth in mentions]
    return a


@pytest.fixture()
def no_normalize_helpers(monkeypatch):
    """Resolution must work with the fallbacks alone."""
    monkeypatch.delattr(normalize, "canonical_org_name", raising=False)
    monkeypatch.delattr(normalize, "lookup_place", raising=False)
    monkeypatch.delattr(normalize, "person_name_variants", raising=False)


@pytest.mark.parametrize("name,expected", [
    ("Xiaomi Inc.", "Xiaomi"), ("Voltaris Energiesysteme GmbH", "Voltaris Energiesysteme"),
    ("Siemens AG", "Siemens"), ("Foo Holdings Ltd.", "Foo Holdings"), ("Bar GmbH & Co. KG", "Bar"),
    ("Apple's", "Apple"), ("Qualcomm", "Qualcomm"), ("SE", "SE"), ("Deutsche Bank", "Deutsche Bank"),
    ("Huawei Technologies Co., Ltd.", "Huawei Technologies"),
])
def test_basic_org_name_strips_legal_forms(name, expected):
    assert basic_org_name(name) == expected


@pytest.mark.parametrize("text,expected", [("  Xiaomi\u00a0 Inc. ", "xiaomi inc"), ("„Spanien“", "spanien"),
                                           ("ＡＢＣ", "abc")])
def test_fold(text, expected):
    assert fold(text) == expected


def test_strip_possessive():
    assert strip_possessive("Siemens'") == "Siemens"
    assert strip_possessive("Lei Jun’s") == "Lei Jun"
    assert strip_possessive("X's") == "X"
    assert strip_possessive("'s") == "'s"


def test_resolve_with_normalize_helpers_groups_the_same():
    """Whatever normalize provides, the hand-built deal article resolves to the same four entities."""
    names = sorted(e.name for e in resolve_article(builders.deal_article()))
    assert len(names) == 4 and {"Lei Jun", "Qualcomm", "Xiaomi"} < set(names)


def test_resolve_groups_legal_forms_and_genitive(no_normalize_helpers):
    article = builders.deal_article()
    entities = resolve_article(article)
    by_name = {e.name: e for e in entities}
    assert set(by_name) == {"Qualcomm", "Xiaomi", "Lei Jun", "Peking"}
    xiaomi = by_name["Xiaomi"]
    assert xiaomi.type == "ORG" and xiaomi.aliases == ["Xiaomi Inc.", "Xiaomis"]
    assert [m.text for m in xiaomi.mentions] == ["Xiaomi Inc.", "Xiaomis"]
    assert [m.text for m in by_name["Lei Jun"].mentions] == ["Lei Jun", "Lei"]
    for e in entities:
        assert all(article.text[m.start:m.end] == m.text for m in e.mentions)


def test_resolve_sets_mention_entity_ids_except_role(no_normalize_helpers):
    article = builders.deal_article()
    entities = resolve_article(article)
    ids = {e.id for e in entities}
    for m in article.mentions:
        if m.type == "ROLE":
            assert m.entity_id is None
        else:
            assert m.entity_id in ids


def test_resolve_links_event_arguments_by_offsets(no_normalize_helpers):
    article = builders.deal_article()
    entities = {e.name: e.id for e in resolve_article(article)}
    args = article.events[0].arguments
    assert args[0].entity_id == entities["Qualcomm"]
    assert args[1].entity_id == entities["Xiaomi"]
    assert args[2].entity_id is None and args[3].entity_id is None  # values are not entities


def test_resolve_links_argument_without_offsets_by_name(no_normalize_helpers):
    text = "Qualcomm kauft Anteile. Qualcomm bestätigt."
    article = article_with(text, ("Qualcomm", "ORG", 0), ("Qualcomm", "ORG", 1))
    article.events = [Event("v_1", "investment", "asserted", [Argument("investor", "Qualcomm")])]
    (entity,) = resolve_article(article)
    assert article.events[0].arguments[0].entity_id == entity.id


def test_resolve_ids_are_stable_across_articles(no_normalize_helpers):
    a = article_with("Xiaomi Inc. wächst.", ("Xiaomi Inc.", "ORG", 0))
    b = article_with("Laut Xiaomi läuft es gut.", ("Xiaomi", "ORG", 0))
    c = article_with("Xiaomi sells phones.", ("Xiaomi", "ORG", 0), language="en")
    ids = {resolve_article(x)[0].id for x in (a, b, c)}
    assert len(ids) == 1


def test_resolve_type_vote_merges_inconsistent_tags(no_normalize_helpers):
    text = "Nordlicht wächst. Nordlicht stellt ein. Nordlicht investiert."
    article = article_with(text, ("Nordlicht", "ORG", 0), ("Nordlicht", "MISC", 1), ("Nordlicht", "ORG", 2))
    (entity,) = resolve_article(article)
    assert entity.type == "ORG" and len(entity.mentions) == 3


def test_resolve_short_name_ambiguous_stays_apart(no_normalize_helpers):
    text = "Anna Müller und Peter Müller kamen. Müller sprach zuerst."
    article = article_with(text, ("Anna Müller", "PER", 0), ("Peter Müller", "PER", 0), ("Müller", "PER", 2))
    entities = resolve_article(article)
    assert sorted(e.name for e in entities) == ["Anna Müller", "Müller", "Peter Müller"]


def test_resolve_genitive_needs_the_base_name(no_normalize_helpers):
    text = "Die Pläne des Konzerns Siemens sind groß."
    (entity,) = resolve_article(article_with(text, ("Siemens", "ORG", 0)))
    assert entity.name == "Siemens"  # no "Siemen" in the article, so nothing is stripped


def test_resolve_uses_normalize_helpers_when_present(monkeypatch):
    def lookup_place(text, lang):
        return {"spanien": {"country": "ES"}, "spain": {"country": "ES"},
                "peking": {"city": "Beijing", "country": "CN"}}.get(text.lower())

    monkeypatch.setattr(normalize, "lookup_place", lookup_place, raising=False)
    monkeypatch.setattr(normalize, "canonical_org_name", lambda name, lang: name.removesuffix("s"), raising=False)
    de = article_with("Xiaomis Läden in Spanien und Peking.", ("Xiaomis", "ORG", 0), ("Spanien", "LOC", 0),
                      ("Peking", "LOC", 0))
    en = article_with("Xiaomi stores in Spain.", ("Xiaomi", "ORG", 0), ("Spain", "LOC", 0), language="en")
    de_entities = {e.name: e for e in resolve_article(de)}
    en_entities = {e.name: e for e in resolve_article(en)}
    assert de_entities["Xiaomi"].id == en_entities["Xiaomi"].id
    assert de_entities["Spain"].id == en_entities["Spain"].id  # canonical, language-independent names
    assert de_entities["Spain"].aliases == ["Spanien"] and en_entities["Spain"].aliases == []
    assert de_entities["Spain"].country == "ES"
    assert de_entities["Beijing"].country == "CN" and de_entities["Beijing"].aliases == ["Peking"]


def test_resolve_without_mentions():
    article = builders.plain_article("Nothing to see here.")
    assert resolve_article(article) == []


def test_resolve_overlapping_argument_picks_largest_overlap(no_normalize_helpers):
    text = "Deutsche Telekom und Telekom Austria einigen sich."
    article = article_with(text, ("Deutsche Telekom", "ORG", 0), ("Telekom Austria", "ORG", 0))
    s, e = builders.span(text, "Telekom Austria")
    article.events = [Event("v_1", "agreement", "asserted", [Argument("party", "Telekom Austria", s, e)])]
    entities = {x.name: x.id for x in resolve_article(article)}
    assert article.events[0].arguments[0].entity_id == entities["Telekom Austria"]


def test_resolve_ignores_mentions_of_unknown_types(no_normalize_helpers):
    text = "Der CEO von Foo sprach."
    article = article_with(text, ("CEO", "ROLE", 0), ("Foo", "ORG", 0))
    article.mentions.append(Mention(0, 3, "Der", "DATE"))
    assert [e.name for e in resolve_article(article)] == ["Foo"]


def test_resolve_person_name_with_particles():
    if not hasattr(normalize, "person_name_variants"):
        pytest.skip("normalize.person_name_variants not available")
    text = "Ursula von der Leyen reiste nach Paris. Dort sagte von der Leyen, sie sei zuversichtlich."
    article = article_with(text, ("Ursula von der Leyen", "PER", 0), ("von der Leyen", "PER", 1))
    (entity,) = resolve_article(article)
    assert entity.name == "Ursula von der Leyen" and entity.aliases == ["von der Leyen"]


def test_resolve_short_person_fallback_without_normalize(monkeypatch):
    monkeypatch.delattr(normalize, "person_name_variants", raising=False)
    text = "Sabine Kröger übernimmt. Kröger folgt auf Thomas Brandt, Brandt geht."
    article = article_with(text, ("Sabine Kröger", "PER", 0), ("Kröger", "PER", 1), ("Thomas Brandt", "PER", 0),
                           ("Brandt", "PER", 1))
    entities = resolve_article(article)
    assert sorted((e.name, tuple(e.aliases)) for e in entities) == [("Sabine Kröger", ("Kröger",)),
                                                                    ("Thomas Brandt", ("Brandt",))]


def test_resolve_descriptive_head_joins_short_name(no_normalize_helpers):
    text = "Die Münchner Bäckereikette Brotzeit wächst. Brotzeit GmbH eröffnet 40 Filialen."
    article = article_with(text, ("Münchner Bäckereikette Brotzeit", "ORG", 0), ("Brotzeit GmbH", "ORG", 0))
    (entity,) = resolve_article(article)
    assert entity.name == "Brotzeit"
    assert entity.aliases == ["Münchner Bäckereikette Brotzeit", "Brotzeit GmbH"]


def test_resolve_descriptive_head_needs_whole_words(no_normalize_helpers):
    text = "Telekomgruppe und Telekom streiten."
    article = article_with(text, ("Telekomgruppe", "ORG", 0), ("Telekom", "ORG", 0))
    assert len(resolve_article(article)) == 2


def test_resolve_org_short_form_after_full_name(no_normalize_helpers):
    text = "Die Nordlicht Logistik AG wächst. Nordlicht stellt 200 Fahrer ein, sagte Nordlicht."
    article = article_with(text, ("Nordlicht Logistik AG", "ORG", 0), ("Nordlicht", "ORG", 1),
                           ("Nordlicht", "ORG", 2))
    (entity,) = resolve_article(article)
    assert entity.name == "Nordlicht Logistik" and entity.aliases == ["Nordlicht Logistik AG", "Nordlicht"]


@pytest.mark.parametrize("text,mentions", [
    ("Volkswagen gründet Volkswagen Financial Services neu.",
     [("Volkswagen", "ORG", 0), ("Volkswagen Financial Services", "ORG", 0)]),  # short form first: the parent
    ("Siemens Energy und Siemens Healthineers melden Zahlen; Siemens schweigt.",
     [("Siemens Energy", "ORG", 0), ("Siemens Healthineers", "ORG", 0), ("Siemens", "ORG", 2)]),  # ambiguous
])
def test_resolve_org_short_form_stays_apart(no_normalize_helpers, text, mentions):
    assert len(resolve_article(article_with(text, *mentions))) == len({m[0] for m in mentions})


def test_resolve_generic_suffix_does_not_swallow_names(no_normalize_helpers):
    text = "The Civic Party and the Labour Party disagree. The Party will vote."
    article = article_with(text, ("Civic Party", "ORG", 0), ("Labour Party", "ORG", 0), ("Party", "ORG", 2))
    assert sorted(e.name for e in resolve_article(article)) == ["Civic Party", "Labour Party", "Party"]


def test_resolve_person_title_head_joins_full_name(no_normalize_helpers):
    text = "Pennsylvania Senator Rick Santorum spoke. Rick Santorum said Santorum would win."
    article = article_with(text, ("Pennsylvania Senator Rick Santorum", "PER", 0), ("Rick Santorum", "PER", 1),
                           ("Santorum", "PER", 2))
    (entity,) = resolve_article(article)
    assert entity.name == "Rick Santorum" and len(entity.mentions) == 3


@pytest.mark.parametrize("long,short,type_", [
    ("University of Southern Indiana", "USI", "ORG"), ("LibriVox", "LV", "ORG"),
    ("Johnson Space Center", "JSC", "LOC"), ("Deutsche Bahn", "DB", "ORG"),
])
def test_resolve_acronym_joins_its_long_form(no_normalize_helpers, long, short, type_):
    text = f"{long} said on Monday that {short} will grow."
    (entity,) = resolve_article(article_with(text, (long, type_, 0), (short, type_, 0)))
    assert entity.name == basic_org_name(long) and entity.aliases == [short]


def test_resolve_acronym_needs_same_type_and_no_place(monkeypatch):
    monkeypatch.setattr(normalize, "lookup_place", lambda t, lang: {"country": "US"} if t == "US" else None,
                        raising=False)
    text = "The University of Sheffield studied US data."
    article = article_with(text, ("University of Sheffield", "ORG", 0), ("US", "LOC", 0), language="en")
    assert len(resolve_article(article)) == 2


from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402

_WORDS = ["Xiaomi", "Xiaomis", "Inc.", "AG", "Lei", "Jun", "Party", "Civic", "US", "USI", "University", "of",
          "Southern", "Indiana", "von", "der", "Leyen", "Müller", "'s", "Nordlicht", "Logistik", "Spanien", "A"]


@st.composite
def articles_with_mentions(draw):
    names = draw(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join),
                          min_size=0, max_size=8))
    types = draw(st.lists(st.sampled_from(["ORG", "PER", "LOC", "PRODUCT", "MISC", "ROLE"]), min_size=len(names),
                          max_size=len(names)))
    text, mentions = "", []
    for name, type_ in zip(names, types):
        text += "Satz mit "
        mentions.append(Mention(len(text), len(text) + len(name), name, type_))
        text += name + ". "
    article = builders.plain_article(text or "Leer.", language=draw(st.sampled_from(["de", "en"])))
    article.mentions = mentions
    return article


@hsettings(max_examples=150, deadline=None)
@given(articles_with_mentions())
def test_resolve_invariants(article):
    entities = resolve_article(article)
    refs = [(m.start, m.end) for e in entities for m in e.mentions]
    named = [(m.start, m.end) for m in article.mentions if m.type != "ROLE"]
    assert sorted(refs) == sorted(named)  # every non-ROLE mention in exactly one entity
    assert len({e.id for e in entities}) == len(entities)
    for m in article.mentions:
        assert (m.entity_id is None) == (m.type == "ROLE")
        assert article.text[m.start:m.end] == m.text
    for e in entities:
        assert e.name and e.type in ("ORG", "PER", "LOC", "PRODUCT", "MISC") and e.name not in e.aliases
    again = builders.plain_article(article.text, language=article.language)
    again.mentions = [Mention(m.start, m.end, m.text, m.type) for m in article.mentions]
    assert [e.id for e in resolve_article(again)] == [e.id for e in entities]  # deterministic
