"""nlp/inference.py: the faster way of running the models gives what spaCy's own way gives."""

from __future__ import annotations

import numpy
import pytest
import spacy

from newsgraph.nlp import inference
from newsgraph.nlp.ner import load_model, model_path

TEXTS = {
    "de": ["Der Vorstand der Deutschen Telekom traf sich am Montag in Bonn mit Vertretern von Vodafone.",
           "Xiaomi-Chef Lei Jun kündigte an, 2.000 neue Stellen zu schaffen.", "Ja", "",
           "Qualcomm unterzeichnete einen Vorvertrag über 12 Milliarden US-Dollar mit der Siemens AG in München."],
    "en": ["Shares of Samsung Electronics fell in Seoul after Reuters reported on the deal.", "OK", "",
           "Apple CEO Tim Cook met Chancellor Olaf Scholz in Berlin on Monday."],
}


def _shipped(lang: str):
    if not (model_path(lang) / "config.cfg").is_file():
        pytest.skip(f"no shipped model for {lang}")
    return load_model(lang)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_shipped_models_use_the_direct_tok2vec(lang: str) -> None:
    nlp = _shipped(lang)
    assert inference._FORWARDS.get(nlp) is not None
    assert isinstance(nlp.get_pipe("ner").model.ops, inference._InferenceOps)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_direct_tok2vec_is_bit_identical_to_thinc(lang: str) -> None:
    nlp = _shipped(lang)
    docs = [nlp.make_doc(t) for t in TEXTS[lang]]
    with inference.one_blas_thread():
        expected = nlp.get_pipe("tok2vec").model.predict(docs)
        got = inference._FORWARDS[nlp](docs)
    assert [a.shape for a in got] == [b.shape for b in expected]
    assert all(numpy.array_equal(a, b) for a, b in zip(got, expected))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_run_gives_the_entities_of_nlp_pipe(lang: str) -> None:
    nlp = _shipped(lang)
    texts = TEXTS[lang] * 70  # more than one batch of 256, with empty and one-token texts
    ours = inference.run(nlp, texts)
    theirs = list(nlp.pipe([nlp.make_doc(t) for t in texts], batch_size=inference.BATCH_SIZE))
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in ours] == \
        [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in theirs]
    assert any(d.ents for d in ours)


def test_run_accepts_docs_and_keeps_them() -> None:
    nlp = _shipped("de")
    doc = nlp.make_doc("Die Siemens AG meldet Gewinn.")
    assert inference.run(nlp, [doc])[0] is doc


def _pipeline(encode: dict) -> spacy.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 32, "attrs": ["NORM", "PREFIX", "SHAPE"],
                  "rows": [500, 100, 50], "include_static_vectors": False},
        "encode": encode}})
    ner = nlp.add_pipe("ner")
    ner.add_label("ORG")
    nlp.initialize()
    return nlp


def test_other_tok2vec_architectures_are_left_to_spacy() -> None:
    nlp = _pipeline({"@architectures": "spacy.MishWindowEncoder.v2", "width": 32, "window_size": 1, "depth": 2})
    assert inference._Tok2VecForward.for_pipeline(nlp) is None


def test_direct_tok2vec_matches_thinc_on_other_sizes() -> None:
    """Another width, number of attributes, window and depth of the same architecture, random weights."""
    nlp = _pipeline({"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 32, "window_size": 2, "depth": 3,
                     "maxout_pieces": 2})
    forward = inference._Tok2VecForward.for_pipeline(nlp)
    assert forward is not None
    docs = [nlp.make_doc(t) for t in ("Ein kurzer Satz.", "X", "Noch ein etwas längerer Satz mit Zahlen 1,5.")]
    expected = nlp.get_pipe("tok2vec").model.predict(docs)
    assert all(numpy.array_equal(a, b) for a, b in zip(forward(docs), expected))
