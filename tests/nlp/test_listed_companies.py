"""The `listed` rule: names of listed companies (nlp/data/listed_companies.tsv) retype or add ORG mentions."""

from __future__ import annotations

from newsgraph.model import Article
from newsgraph.nlp import annotate, gazetteers
from newsgraph.nlp.ner import merge
from newsgraph.nlp.rules import Span, find_spans
from newsgraph.nlp.segment import tokenize
from newsgraph.settings import Settings


def test_table_marks_plain_words_retype_only():
    table = gazetteers.listed_companies()
    assert len(table) > 500
    assert [table[n] for n in ("Airbus", "Boeing", "Lufthansa")] == [False, False, False]  # never added on their own
    assert "Target" not in table and "American" not in table  # ordinary words kept out (AMBIGUOUS)
    assert table["DeutscheBank"] is True  # keys are written without spaces, as the names table's


def test_rule_finds_listed_names_with_their_mode():
    text = "Die Deutsche Bank und Boeing verhandeln."
    spans = {(text[s.start:s.end], s.label, s.rule) for s in find_spans(tokenize(text, "de"), "de")}
    assert ("Deutsche Bank", "ORG", "listed") in spans
    assert ("Boeing", "ORG", "listed_retype") in spans


def test_towns_are_left_to_the_place_rule():
    text = "Die Versicherung hat ihren Sitz in Phoenix."
    assert not [s for s in find_spans(tokenize(text, "de"), "de") if s.rule.startswith("listed")]


def test_surname_of_a_person_in_the_article_stays_a_person():
    from newsgraph.nlp.consistency import apply

    text = "Wolfgang Linde sprach. Linde lobte das Team."
    spans = [Span(0, 14, "PER", "model"), Span(23, 28, "ORG", "listed")]
    assert [(s.start, s.label) for s in apply(text, spans)] == [(0, "PER"), (23, "PER")]
    assert [s.label for s in apply(text, spans[1:])] == ["ORG"]  # without the person, the company stays


def test_merge_retypes_a_model_name_of_the_same_extent_only():
    model = [Span(0, 6, "PER", "model"), Span(11, 20, "LOC", "model")]
    rules = [Span(0, 6, "ORG", "listed_retype"), Span(11, 16, "ORG", "listed_retype")]
    merged = merge(model, rules, "strong")
    assert [(s.start, s.end, s.label) for s in merged] == [(0, 6, "ORG"), (11, 20, "LOC")]


def test_retype_only_names_are_never_added_and_others_are():
    rules = [Span(0, 4, "ORG", "listed_retype"), Span(10, 23, "ORG", "listed")]
    merged = merge([], rules, "strong")
    assert [(s.start, s.end, s.rule) for s in merged] == [(10, 23, "listed")]


def test_common_nouns_that_are_company_names_stay_untagged():
    art = annotate(Article(id="a", source="<test>", text="Im Pool des Hotels lag ein Block Eis.", language="de"),
                   Settings())
    assert not [m for m in art.mentions if m.type == "ORG"]
