"""Training: corpus conversion, held-out overlap removal, and a tiny end-to-end run of `train ner`."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from newsgraph.nlp.corpora import GoldSentence
from newsgraph.train import corpus
from newsgraph.train.ner import train_ner

NLP_DATA = Path(__file__).resolve().parent.parent / "nlp" / "data"


def test_to_spacy_maps_labels_and_drops_non_entities() -> None:
    text = "Lei Jun , CEO von Xiaomi am 10. November"
    toks, pos = [], 0
    for w in text.split(" "):
        toks.append((pos, pos + len(w)))
        pos += len(w) + 1
    sent = GoldSentence(text, toks, [(0, 7, "PERSON"), (10, 13, "ORG_POSITION"), (18, 24, "ORGANIZATION_COMPANY"),
                                     (28, 40, "DATE")])
    doc = corpus.to_spacy(spacy.blank("de").vocab, sent)
    assert [(e.text, e.label_) for e in doc.ents] == [("Lei Jun", "PER"), ("Xiaomi", "ORG")]  # ROLE: rules only


def _smartdata_doc(doc_id: str, text: str, spans: list[tuple[int, int, str]]) -> str:
    mentions = [{"id": "c", "span": {"start": a, "end": b}, "type": t} for a, b, t in spans]
    return json.dumps({"id": doc_id, "text": {"string": text}, "langCode": {"string": "de"}, "tokens": None,
                       "sentences": None, "conceptMentions": {"array": mentions}}, ensure_ascii=False)


def _tiny_data(root: Path) -> Path:
    (root / "smartdata").mkdir(parents=True)
    (root / "mobie").mkdir()
    (root / "germeval2014").mkdir()
    shutil.copy(NLP_DATA / "germeval.tsv", root / "germeval2014" / "NER-de-dev.tsv")
    held = "Die Siemens AG baut in Berlin ab."
    train_lines = [_smartdata_doc(f"d{i}", f"Die Firma Xiaomi{i} eröffnet in Madrid Läden, sagte Lei Jun.",
                                  [(10, 16 + len(str(i)), "ORGANIZATION_COMPANY"), (29 + len(str(i)), 35 + len(str(i)),
                                                                                    "LOCATION_CITY")])
                   for i in range(12)]
    train_lines.append(_smartdata_doc("held", held, [(4, 14, "ORGANIZATION_COMPANY")]))
    with gzip.open(root / "smartdata" / "train_v1derived.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(train_lines) + "\n")
    with gzip.open(root / "mobie" / "dev.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(_smartdata_doc("held", held, [(4, 14, "ORGANIZATION_COMPANY")]) + "\n")
    return root


def test_build_drops_documents_of_the_report_sets(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path / "data")
    report = corpus.build("de", data, tmp_path / "out")
    assert report.dropped_overlap == 1  # the MobIE dev document inside SmartData train
    docs = list(DocBin().from_disk(tmp_path / "out" / "train.spacy").get_docs(spacy.blank("de").vocab))
    assert not any("Siemens" in d.text for d in docs)
    assert report.train_docs + report.dev_docs == 12 + 2  # 12 news sentences + 2 GermEval sentences
    assert report.labels["ORG"] >= 12


def test_train_ner_end_to_end_tiny(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path / "data")
    out = tmp_path / "model"
    result = train_ner("de", data, tmp_path / "work", output=out, max_steps=4, finetune_steps=2)
    assert (out / "config.cfg").is_file() and (out / "ner").is_dir()
    nlp = spacy.load(out)
    assert "ner" in nlp.pipe_names
    assert result.size_bytes < 50 * 1024 * 1024


def test_train_cli_rejects_missing_data(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app

    out = CliRunner().invoke(app, ["train", "ner", "--lang", "de", "--data", str(tmp_path / "none"),
                                   "--work-dir", str(tmp_path / "w")])
    assert out.exit_code == 2
    assert "data folder not found" in out.output


def test_lexicon_table_marks_lists_and_genitives() -> None:
    from newsgraph.train import lexicon_vectors

    words, data = lexicon_vectors.build_table({"first_name": {"Anna"}, "place": {"Madrid", "Paris"},
                                               "legal_form": {"GmbH"}})
    rows = dict(zip(words, data.tolist()))
    col = {name: i for i, name in enumerate(lexicon_vectors.FEATURES)}
    assert rows["Anna"][col["first_name"]] == 1.0 and rows["Annas"][col["first_name"]] == 1.0
    assert rows["Paris'"][col["place"]] == 1.0  # a German genitive of a name ending in s
    assert "GmbHs" not in rows  # legal forms have no genitive forms
    assert sum(rows["Madrid"]) == 1.0


def test_train_ner_with_lexicon_vectors_ships_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.train import lexicon_vectors

    monkeypatch.setattr(lexicon_vectors, "feature_lists",
                        lambda: {"first_name": {"Lei"}, "place": {"Madrid"}, "org_keyword": {"Firma"}})
    data = _tiny_data(tmp_path / "data")
    out = tmp_path / "model"
    train_ner("de", data, tmp_path / "work", output=out, max_steps=4, finetune_steps=2, lexicon_vectors=True)
    nlp = spacy.load(out)
    assert nlp.vocab.vectors.shape[1] == len(lexicon_vectors.FEATURES)
    assert nlp.vocab.vectors.find(key="Madrid") >= 0
    assert nlp("Die Firma Xiaomi eröffnet in Madrid.")[5].has_vector


def _doc(words: list[str], ents: list[tuple[int, int, str]]):
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("de").vocab, words=words)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def test_mention_replacement_keeps_context_and_types() -> None:
    import random

    from newsgraph.train import augment

    train = [_doc(["Angela", "Merkel", "besucht", "Siemens", "in", "Erlangen", "."],
                  [(0, 2, "PER"), (3, 4, "ORG"), (5, 6, "LOC")]),
             _doc(["Olaf", "Scholz", "lobt", "die", "Deutsche", "Bahn", "."], [(0, 2, "PER"), (4, 6, "ORG")]),
             _doc(["Merkels", "Rede", "in", "Berlin"], [(0, 1, "PER"), (3, 4, "LOC")])]
    inv = augment.build_inventory(train, use_gazetteers=False)
    assert inv.surnames == ["Merkel", "Scholz"]  # "Merkels" is Merkel's genitive
    assert set(inv.org) == {"Siemens", "Deutsche Bahn"} and set(inv.loc) == {"Erlangen", "Berlin"}
    tokenizer = spacy.blank("de").tokenizer
    rng = random.Random(0)
    for _ in range(20):
        new = augment.augment_doc(train[0], inv, rng, tokenizer, share=1.0)
        ents = [(e.label_, e.text) for e in new.ents]
        assert [label for label, _ in ents] == ["PER", "ORG", "LOC"]
        per, org, loc = (text for _, text in ents)
        assert len(per.split()) == 2 and per.split()[0] in {"Angela", "Olaf"}
        assert org in {"Siemens", "Deutsche Bahn"} and loc in {"Erlangen", "Berlin"}
        assert new.text.strip().replace(per, "P").replace(org, "O").replace(loc, "L") == "P besucht O in L ."
    one_word = augment.augment_doc(train[2], inv, random.Random(1), tokenizer, share=1.0)
    assert one_word[0].ent_type_ == "PER" and one_word[1].text == "Rede"
    assert one_word[0].text.endswith(("s", "'"))  # the genitive is carried over
    assert augment.augment_doc(_doc(["Kein", "Name", "."], []), inv, rng, tokenizer) is None


def test_build_with_augment_adds_copies_of_news_sentences(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path / "data")
    plain = corpus.build("de", data, tmp_path / "plain")
    augmented = corpus.build("de", data, tmp_path / "aug", augment=1.0)
    copies = augmented.per_source["augmented (mention replacement)"]
    assert copies > 0 and augmented.train_docs == plain.train_docs + copies
    assert augmented.dev_docs == plain.dev_docs  # the dev split is never augmented


def test_build_oversample_org_repeats_sentences_with_an_org(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path / "data")
    plain = corpus.build("de", data, tmp_path / "plain")
    repeated = corpus.build("de", data, tmp_path / "org", oversample_org=2)
    with_org = repeated.per_source["repeated (ORG oversampling)"]
    assert with_org > 0 and with_org % 2 == 0
    assert repeated.train_docs == plain.train_docs + with_org
    assert repeated.labels["ORG"] == plain.labels["ORG"] + with_org  # one ORG per tiny news sentence
