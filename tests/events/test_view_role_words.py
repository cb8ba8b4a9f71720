"""The sentence view skips its scan for role words where `_sentences_naming_a_post` already found none.

Why: that search runs over the article with `pos`/`endpos`, the view's scan over the sentence's own text; the two
agree except where a word character stands right before the sentence (the pattern opens with a look-behind), and
there the view must scan again. A pattern change that made them differ elsewhere would silently lose role words."""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.events.evaluate import read_gold
from newsgraph.events.extract import _AFTER_WORD_CHAR, _sentences_naming_a_post
from newsgraph.events.sentence import ROLE_WORDS, build_view
from newsgraph.model import Article, Sentence

DATA = Path(__file__).resolve().parents[1] / "data"


def _article(text: str, lang: str) -> Article:
    sentences = [Sentence(m.start(), m.end(), lang) for m in re.finditer(r"[^.!?]+[.!?]*", text) if m.group().strip()]
    return Article(id="t", source="test", text=text, language=lang, sentences=sentences)


def _roles(article: Article, sentence: Sentence, role_words: bool) -> list[str]:
    view = build_view(article, sentence, [], [], role_words=role_words)
    return [s.text for s in view.slots if s.kind == "ROLE"]


def test_a_sentence_left_out_holds_no_role_word_unless_it_follows_a_word_character() -> None:
    checked = 0
    for path in (DATA / "events_gold_de.jsonl", DATA / "events_gold_en.jsonl"):
        for item in read_gold(path):
            article = _article(item.text, item.lang)
            posts = _sentences_naming_a_post(article, article.sentences)
            for i, s in enumerate(article.sentences):
                if i in posts or _AFTER_WORD_CHAR.match(article.text, s.start):
                    continue
                checked += 1
                assert not list(ROLE_WORDS.finditer(article.text[s.start:s.end])), article.text[s.start:s.end]
    assert checked > 100


def test_a_sentence_right_after_a_word_character_is_scanned_again() -> None:
    # "CEO" opens the second sentence right after the "X" of the first: the article's search with pos sees the "X"
    # before it and finds nothing, the sentence's own text has the role word at its start
    article = Article(id="t", source="test", text="Acme wächst XCEO Anna Berg sagte das.", language="de",
                      sentences=[Sentence(0, 13, "de"), Sentence(13, 37, "de")])
    assert 1 not in _sentences_naming_a_post(article, article.sentences)
    assert _AFTER_WORD_CHAR.match(article.text, 13)
    assert _roles(article, article.sentences[1], role_words=True) == ["CEO"]


def test_role_words_searched_from_the_twins_first_match_are_all_of_them() -> None:
    from newsgraph.events.sentence import first_role_word_at
    from newsgraph.events.triggers import lowered_for_twins
    texts = ["Der Vorstandschef von Acme, Jan Ehlers, und CFO Anna Berg.", "Toyota chief Akio Toyoda said so.",
             "the chief said", "Acme wächst."]
    for path in (DATA / "events_gold_de.jsonl", DATA / "events_gold_en.jsonl"):
        texts += [item.text for item in read_gold(path)]
    with_roles = 0
    for text in texts:
        spans = [m.span() for m in ROLE_WORDS.finditer(text)]
        first = first_role_word_at(lowered_for_twins(text))
        assert ([m.span() for m in ROLE_WORDS.finditer(text, first)] if first >= 0 else []) == spans, text
        with_roles += bool(spans)
    assert with_roles > 20
