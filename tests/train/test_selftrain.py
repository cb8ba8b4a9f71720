"""Self-training corpus: reading unlabelled text, keeping report sets out, the confidence rule, wiring."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from newsgraph.model import Mention
from newsgraph.train import corpus, selftrain
from newsgraph.train.ner import self_training_sentences

CONLLU = """# sent_id = s1
# text = Er wohnt im Haus am See.
1\tEr\ter\tPRON\t_\t_\t0\t_\t_\t_
2\twohnt\twohnen\tVERB\t_\t_\t0\t_\t_\t_
3-4\tim\t_\t_\t_\t_\t_\t_\t_\t_
3\tin\tin\tADP\t_\t_\t0\t_\t_\t_
4\tdem\tder\tDET\t_\t_\t0\t_\t_\t_
5\tHaus\tHaus\tNOUN\t_\t_\t0\t_\t_\t_
6-7\tam\t_\t_\t_\t_\t_\t_\t_\t_
6\tan\tan\tADP\t_\t_\t0\t_\t_\t_
7\tdem\tder\tDET\t_\t_\t0\t_\t_\t_
8\tSee\tSee\tNOUN\t_\t_\t0\t_\t_SpaceAfter=No
9\t.\t.\tPUNCT\t_\t_\t0\t_\t_\t_

# sent_id = s2
1\tJa\tja\tINTJ\t_\t_\t0\t_\t_\t_

"""


def test_conllu_and_upos_only_give_surface_words(tmp_path: Path) -> None:
    conllu = tmp_path / "x.conllu"
    conllu.write_text(CONLLU, encoding="utf-8")
    assert list(selftrain.read_unlabelled(conllu)) == [["Er", "wohnt", "im", "Haus", "am", "See", "."], ["Ja"]]
    upos = tmp_path / "x.upos-only.txt.gz"
    with gzip.open(upos, "wt", encoding="utf-8") as fh:
        fh.write("Er##PRON wohnt##VERB im##_ in##ADP dem##DET Haus##NOUN .##PUNCT\nA##X\n")
    assert list(selftrain.read_unlabelled(upos)) == [["Er", "wohnt", "im", "Haus", "."], ["A"]]


def _tiny_data(root: Path) -> Path:
    """Unlabelled sources and report sets in the layout of ../shared/data (only the files read here)."""
    (root / "ud_german_gsd").mkdir(parents=True)
    (root / "wikiann_de").mkdir()
    (root / "germeval2014").mkdir()
    with gzip.open(root / "ud_german_gsd" / "de_gsd-ud-train.v2.3.upos-only.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("Die##DET Firma##NOUN Siemens##PROPN baut##VERB in##ADP Berlin##PROPN ab##ADP .##PUNCT\n"
                 "Kurz##ADJ .##PUNCT\n"
                 "1##NUM 2##NUM 3##NUM 4##NUM 5##NUM 6##NUM\n")
    (root / "ud_german_gsd" / "de_gsd-ud-dev.conllu").write_text(CONLLU, encoding="utf-8")
    (root / "ud_german_gsd" / "de_gsd-ud-test.conllu").write_text(CONLLU, encoding="utf-8")  # duplicates
    rows = ["Angela B-PER", "Merkel I-PER", "besucht O", "heute O", "Paris B-LOC", ". O"]
    with gzip.open(root / "wikiann_de" / "dev.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join("de:" + r.replace(" ", "\t") for r in rows) + "\n\n"
                 + "\n".join("de:" + w + "\tO" for w in "Der Test ist ein Satz aus GermEval .".split()) + "\n")
    # the second WikiANN sentence is also a GermEval test sentence: it must never be trained on
    test = "\n".join(f"{i + 1}\t{w}\tO\tO" for i, w in enumerate("Der Test ist ein Satz aus GermEval .".split()))
    (root / "germeval2014" / "NER-de-test.tsv").write_text("# http://x [2009-10-17]\n" + test + "\n\n",
                                                           encoding="utf-8")
    return root


def test_candidates_drop_report_sentences_duplicates_and_noise(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path / "data")
    cands, stats = selftrain.candidates(data, "de")
    texts = [" ".join(c.words) for c in cands]
    assert texts == ["Die Firma Siemens baut in Berlin ab .", "Er wohnt im Haus am See .",
                     "Angela Merkel besucht heute Paris ."]
    assert stats["in a report set"] == 1 and stats["duplicate"] == 2  # s1 and s2 again in the test treebank
    assert stats["too short, long or not prose"] == 3  # "Kurz .", the digits, "Ja" (its repeat is a duplicate)
    assert {c.source for c in cands} == {"ud_german_gsd/de_gsd-ud-train.v2.3.upos-only.txt.gz",
                                         "ud_german_gsd/de_gsd-ud-dev.conllu", "wikiann_de/dev.tsv.gz"}


def _m(start: int, end: int, label: str, source: str = "model") -> Mention:
    return Mention(start, end, "x" * (end - start), label, source)


def test_judge_keeps_only_confident_sentences_with_an_entity() -> None:
    crit = selftrain.Criteria(min_prob=0.9, min_outside=0.7)
    found = [_m(0, 7, "ORG"), _m(20, 26, "LOC")]
    sure = selftrain.Confidence({(0, 7, "ORG"): 0.97, (20, 26, "LOC"): 0.95}, [(8, 12, 0.99), (13, 19, 0.98)])
    assert selftrain.judge(found, sure, crit) == ("kept", 0.95)
    unsure = selftrain.Confidence({**sure.spans, (20, 26, "LOC"): 0.6}, sure.outside)
    assert selftrain.judge(found, unsure, crit)[0] == "unsure model span"
    # consistency relabelled the model's span: the model never gave that label, so it is not trusted
    assert selftrain.judge([_m(0, 7, "PER"), _m(20, 26, "LOC")], sure, crit)[0] == "unsure model span"
    missed = selftrain.Confidence(sure.spans, [(8, 12, 0.99), (13, 19, 0.55)])
    assert selftrain.judge(found, missed, crit)[0] == "likely missed span"
    # a doubtful outside token that a rule tagged is no miss; a rule span needs no model probability
    assert selftrain.judge(found + [_m(13, 19, "PER", "ruler.first_name")], missed, crit)[0] == "kept"
    assert selftrain.judge([_m(0, 7, "ORG", "ruler.legal_form")], selftrain.Confidence({}, []), crit) == ("kept", 1.0)
    assert selftrain.judge([_m(0, 3, "ROLE", "ruler.role")], selftrain.Confidence({}, []), crit)[0] == "no entity"


def test_step_confidence_reproduces_the_greedy_entities() -> None:
    from newsgraph.nlp.ner import load_model

    nlp = load_model("de")
    words = [w.split() for w in ("Die Deutsche Bahn meldet Verspätungen zwischen Köln und Bonn .",
                                 "Das Hotel war sehr schön , aber das Frühstück schlecht .",
                                 "Der Vorstandschef von Siemens , Joe Kaeser , sagte am Montag in München .")]
    texts = [" ".join(w) for w in words]
    confidences = selftrain.step_confidence(nlp, texts, words)
    for text, w, conf in zip(texts, words, confidences):
        doc = nlp(selftrain._doc(nlp.vocab, w))
        assert {(e.start_char, e.end_char, e.label_) for e in doc.ents} == set(conf.spans)
        assert all(0.0 < p <= 1.0 for p in [*conf.spans.values(), *(p for *_, p in conf.outside)])
        assert len(conf.spans) + len(conf.outside) <= len(w)
    assert not confidences[1].spans and len(confidences[1].outside) == len(words[1])


def test_tag_with_the_shipped_model_keeps_a_clear_sentence() -> None:
    words = "Die Deutsche Bahn meldet Verspätungen zwischen Köln und Bonn .".split()
    records, stats = selftrain.tag([selftrain.Candidate("t", words)])
    assert stats == {"kept": 1}
    rec = records[0]
    assert rec["text"] == " ".join(words)
    assert [(rec["text"][a:b], t) for a, b, t, _ in rec["spans"]] == [("Deutsche Bahn", "ORG"), ("Köln", "LOC"),
                                                                       ("Bonn", "LOC")]
    assert rec["score"] >= 0.9 and all(rec["text"][a:b] == words[i] for i, (a, b) in enumerate(rec["tokens"]))


def _records() -> list[dict]:
    text = "Angela Merkel besucht heute Paris ."
    tokens, pos = [], 0
    for w in text.split():
        tokens.append([pos, pos + len(w)])
        pos += len(w) + 1
    return [{"source": "s", "text": text, "tokens": tokens, "score": 0.99,
             "spans": [[0, 13, "PER", "model"], [28, 33, "LOC", "ruler.place"]]} for _ in range(5)]


def test_write_load_limit_and_build_adds_to_train_only(tmp_path: Path) -> None:
    path = tmp_path / "st.jsonl.gz"
    assert selftrain.write(_records(), path) == 5
    sents = selftrain.load(path)
    assert len(sents) == 5 and sents[0].spans == [(0, 13, "PER"), (28, 33, "LOC")]
    assert len(selftrain.load(path, limit=3)) == 3
    data = _tiny_data(tmp_path / "data")  # no labelled sources at all: the corpus is the self-training text
    report = corpus.build("de", data, tmp_path / "out", self_train=sents)
    assert report.per_source["self-training (tagged unlabelled text)"] == 5
    assert report.train_docs + report.dev_docs == 5 and report.labels == {"PER": 5, "LOC": 5}
    docs = list(DocBin().from_disk(tmp_path / "out" / "train.spacy").get_docs(spacy.blank("de").vocab))
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Angela Merkel", "PER"), ("Paris", "LOC")]
    assert self_training_sentences("de", data, tmp_path, str(path), 2) == sents[:0] + selftrain.load(path, 2)
    assert self_training_sentences("de", data, tmp_path, None, None) == []


def test_train_ner_puts_self_training_into_the_chosen_stage(tmp_path: Path) -> None:
    import pytest

    from newsgraph.errors import DataError
    from newsgraph.train.ner import train_ner
    data = tmp_path / "data"
    (data / "germeval2014").mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parent.parent / "nlp" / "data" / "germeval.tsv",
                data / "germeval2014" / "NER-de-dev.tsv")  # the one labelled source, in both stages
    path = tmp_path / "st.jsonl.gz"
    selftrain.write(_records(), path)
    work = tmp_path / "work"
    train_ner("de", data, work, output=tmp_path / "model", max_steps=2, finetune_steps=2, self_train=str(path),
              self_train_limit=3, self_train_stages="2")
    vocab = spacy.blank("de").vocab

    def merkels(folder: str) -> int:  # a corpus without news documents lends one training sentence to dev
        return sum("Merkel" in d.text for name in ("train.spacy", "dev.spacy")
                   for d in DocBin().from_disk(work / folder / name).get_docs(vocab))

    assert merkels("corpus") == 0 and merkels("corpus_gold") == 3
    with pytest.raises(DataError):
        train_ner("de", data, work, output=tmp_path / "m2", self_train=str(tmp_path / "none.jsonl"))
