"""How the shipped spaCy NER pipelines run at inference (speed only; the models are unchanged).

`prepare(nlp)` is called once when `ner.load_model` loads a pipeline; `run(nlp, texts)` then tags
texts like `nlp.pipe(texts, batch_size=256)` and returns the same Docs with the same entities:

- matrix products go through numpy's BLAS (OpenBLAS) instead of thinc's bundled BLIS
  (`_InferenceOps`), kept to one thread while the model runs (`one_blas_thread`);
- the tok2vec layer of our architecture (MultiHashEmbed + MaxoutWindowEncoder, see
  `train/ner_de.cfg`) is computed by `_Tok2VecForward`, which makes the same thinc ops calls on
  the same parameters in the same order as thinc's layer tree, without the tree's per-call
  bookkeeping (about 60 small layer calls per batch). `prepare` checks it gives bit-identical
  vectors to thinc on a probe batch and otherwise leaves the pipeline to spaCy;
- the batching is spaCy's: batches of 256 texts, the NER sorting each batch by length into
  sub-batches of 64, so every matrix product sees the rows it saw under `nlp.pipe`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from contextlib import AbstractContextManager
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

LOGGER = logging.getLogger(__name__)

BATCH_SIZE = 256  # nlp.pipe's batch size as `tag_sentences` used it


def prepare(nlp: Language) -> None:
    """Switch a freshly loaded pipeline to the inference settings above (in place)."""
    nodes = [node for _, component in nlp.pipeline if getattr(component, "model", None) is not None
             for node in component.model.walk()]
    ops = _InferenceOps([node.get_param(name) for node in nodes for name in node.param_names if node.has_param(name)])
    for node in nodes:
        node.ops = ops
    _FORWARDS[nlp] = _Tok2VecForward.for_pipeline(nlp)


_FORWARDS: WeakKeyDictionary[Language, _Tok2VecForward | None] = WeakKeyDictionary()


def run(nlp: Language, texts: Iterable[str | Doc]) -> list[Doc]:
    """`list(nlp.pipe(texts, batch_size=256))`, computed as described in the module docstring."""
    forward = _FORWARDS.get(nlp)
    with one_blas_thread():
        if forward is None:
            return list(nlp.pipe(texts, batch_size=BATCH_SIZE))
        docs = [t if isinstance(t, Doc) else nlp.make_doc(t) for t in texts]
        tok2vec, ner = nlp.get_pipe("tok2vec"), nlp.get_pipe("ner")
        for i in range(0, len(docs), BATCH_SIZE):
            batch = docs[i:i + BATCH_SIZE]
            tok2vec.set_annotations(batch, forward(batch) if any(len(d) for d in batch) else tok2vec.predict(batch))
            by_length = sorted(batch, key=len)  # TransitionParser.pipe: sub-batches of batch_size // 4 by length
            step = max(BATCH_SIZE // 4, 2)
            for j in range(0, len(by_length), step):
                sub = by_length[j:j + step]
                ner.set_annotations(sub, ner.predict(sub))
        return docs


class _InferenceOps(NumpyOps):
    """NumpyOps on numpy's BLAS that multiplies by a weight matrix in its transposed, contiguous form.

    The BLIS inside the `blis` wheel picks its kernel by CPU; on CPUs it does not know (AMD Zen 3/4
    here: "selecting sub-configuration 'generic'") it falls back to a reference kernel that is 2-4
    times slower than numpy's OpenBLAS on our small matrices (a few dozen rows by 288 columns).
    thinc's layers compute X @ W.T (`gemm(X, W, trans2=True)`); OpenBLAS is faster on few rows with
    the transposed weights laid out contiguously (the same products, element for element). The
    transposed copy of each parameter is made on first use and kept: the parameters of a loaded
    model never change at inference. Products with anything but a parameter go the ordinary way.
    The transition parser's own C loop keeps BLIS for its tiny products.
    """

    def __init__(self, params: list) -> None:
        super().__init__(use_blis=False)
        self._params = {(p.__array_interface__["data"][0], p.nbytes): p for p in params}
        self._transposed: dict[tuple, numpy.ndarray] = {}

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        if trans2 and not trans1 and y.flags.c_contiguous:
            key = (y.__array_interface__["data"][0], y.nbytes, y.shape)
            yt = self._transposed.get(key)
            if yt is None and key[:2] in self._params:
                yt = self._transposed[key] = numpy.ascontiguousarray(y.T)
            if yt is not None:
                return super().gemm(x, yt, out=out)
        return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


@lru_cache(maxsize=1)
def _blas_threads() -> ThreadpoolController:
    return ThreadpoolController()  # created after numpy (and its BLAS) is loaded


def one_blas_thread() -> AbstractContextManager:
    """numpy's BLAS limited to one thread (restored on exit): the model runs on one core, like BLIS did.
    Without it OpenBLAS spreads these small products over every core, at several times the CPU."""
    return _blas_threads().limit(limits=1, user_api="blas")


_EMBED = ("extract_features>>list2ragged>>with_array({hashembeds})>>with_array(maxout>>layernorm>>dropout)"
          ">>ragged2list")
_ENCODE = "with_array({layers})"
_ENCODER_LAYER = "residual(expand_window>>maxout>>layernorm>>dropout)"


class _Tok2VecForward:
    """spaCy's Tok2Vec.v2 with MultiHashEmbed.v2 (no static vectors) and MaxoutWindowEncoder.v2 at
    inference, as direct calls of the thinc ops the layer tree would make:

    embed:  per attribute column, hash(ids, seed) % rows → gather_add(E) ; hstack ; maxout ; layernorm
    encode: pad every doc with `pad` zero rows (with_array(pad=depth * window)), then per layer
            X + layernorm(maxout(seq2col(X, window))) ; unpad.
    Dropout layers are the identity at inference.
    """

    def __init__(self, model) -> None:
        embed, encode = model.layers
        nodes = list(model.walk())
        self.ops = model.ops
        self.columns = next(n for n in nodes if n.name == "extract_features").attrs["columns"]
        getters = [n for n in nodes if n.name == "ints-getitem"]
        tables = [n for n in nodes if n.name == "hashembed"]
        self.tables = [(g.attrs["index"], t.get_param("E"), t.attrs["seed"]) for g, t in zip(getters, tables)]
        maxouts = [n for n in nodes if n.name == "maxout"]
        norms = [n for n in nodes if n.name == "layernorm"]
        self.layers = [self._maxout_norm(m, ln) for m, ln in zip(maxouts, norms)]
        self.windows = [n.attrs["window_size"] for n in nodes if n.name == "expand_window"]
        self.pad = encode.attrs["pad"]

    @staticmethod
    def _maxout_norm(maxout, norm) -> tuple:
        n_out, n_pieces, n_in = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
        weights = maxout.ops.reshape2f(maxout.get_param("W"), n_out * n_pieces, n_in)
        bias = maxout.ops.reshape1f(maxout.get_param("b"), n_out * n_pieces)
        return weights, bias, n_out, n_pieces, norm.get_param("G"), norm.get_param("b")

    @classmethod
    def for_pipeline(cls, nlp: Language) -> _Tok2VecForward | None:
        """The forward for `nlp` when its tok2vec is our architecture and the forward reproduces thinc's
        output bit for bit on a probe batch; None (spaCy runs as usual) otherwise."""
        if nlp.pipe_names != ["tok2vec", "ner"]:
            return None
        model = nlp.get_pipe("tok2vec").model
        n_embed = sum(1 for n in model.walk() if n.name == "hashembed")
        n_layers = sum(1 for n in model.walk() if n.name == "expand_window")
        embed = _EMBED.format(hashembeds="|".join(["ints-getitem>>hashembed"] * n_embed))
        encode = _ENCODE.format(layers=">>".join([_ENCODER_LAYER] * n_layers))
        if model.name != f"{embed}>>{encode}" or len(model.layers) != 2:
            LOGGER.info("tok2vec %s is not the architecture _Tok2VecForward computes; spaCy runs it", model.name)
            return None
        forward = cls(model)
        probe = [nlp.make_doc(t) for t in ("Die Siemens AG in München meldet 3,5 Mrd. Euro Gewinn.",
                                           "Xiaomi-Chef Lei Jun", "Ja", "Apple CEO Tim Cook said so.")]
        with one_blas_thread():
            expected = model.predict(probe)
            got = forward(probe)
        if len(got) != len(expected) or not all(a.shape == b.shape and numpy.array_equal(a, b)
                                                for a, b in zip(got, expected)):
            LOGGER.warning("_Tok2VecForward differs from thinc on the probe batch; spaCy runs the tok2vec")
            return None
        return forward

    def _maxout_norm_forward(self, X, layer):
        weights, bias, n_out, n_pieces, gain, shift = layer
        ops = self.ops
        Y = ops.gemm(X, weights, trans2=True)
        Y += bias
        best, _ = ops.maxout(ops.reshape3f(Y, Y.shape[0], n_out, n_pieces))
        mu = best.mean(axis=1, keepdims=True)
        var = best.var(axis=1, keepdims=True) + 1e-08
        Z = (best - mu) * var ** (-1.0 / 2.0) * gain
        Z += shift
        return Z

    def __call__(self, docs: list[Doc]) -> list:
        """Token vectors per doc, as `Tok2Vec.predict(docs)`; needs at least one token in the batch."""
        ops = self.ops
        features = [ops.asarray2i(doc.to_array(self.columns), dtype="uint64") for doc in docs]
        lengths = ops.asarray1i([len(f) for f in features])
        ids = ops.flatten(features)
        vectors = []
        for index, table, seed in self.tables:
            keys = ops.hash(ops.as_contig(ids[index], dtype="uint64"), seed) % table.shape[0]
            vectors.append(ops.gather_add(table, keys))
        X = self._maxout_norm_forward(ops.xp.hstack(vectors), self.layers[0])
        X = ops.flatten(ops.unflatten(X, lengths), pad=self.pad)
        for window, layer in zip(self.windows, self.layers[1:]):
            X = X + self._maxout_norm_forward(ops.seq2col(X, window), layer)
        return ops.unflatten(X, lengths, pad=self.pad)
