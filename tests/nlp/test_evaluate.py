"""The scorer on hand-built cases, and `newsgraph eval ner` end to end on a tiny file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.nlp.evaluate import Counts, evaluate, normalise_types, score
from newsgraph.nlp.ner import NerOptions

DATA = Path(__file__).parent / "data"


def test_score_exact_span_and_type() -> None:
    counts: dict[str, Counts] = {}
    gold = [(0, 7, "PER"), (17, 23, "ORG"), (30, 36, "LOC")]
    pred = [(0, 7, "PER"), (17, 24, "ORG"), (30, 36, "ORG"), (40, 45, "MISC")]
    score(gold, pred, ("PER", "LOC", "ORG"), counts)
    assert (counts["PER"].tp, counts["PER"].fp, counts["PER"].fn) == (1, 0, 0)
    assert (counts["ORG"].tp, counts["ORG"].fp, counts["ORG"].fn) == (0, 2, 1)  # wrong boundary, wrong type
    assert (counts["LOC"].tp, counts["LOC"].fp, counts["LOC"].fn) == (0, 0, 1)
    assert "MISC" not in counts  # unscored types are ignored


def test_counts_f1() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0


def test_type_aliases() -> None:
    assert normalise_types(["per", "OTH", " org "]) == ("PER", "MISC", "ORG")


def test_evaluate_rules_only_on_germeval_sample() -> None:
    result = evaluate(DATA / "germeval.tsv", types=["PER", "LOC", "ORG"], options=NerOptions(model=False))
    assert result.per_type["PER"].tp == 1  # Lei Jun, from "CEO von" and the first-name list
    assert result.per_type["LOC"].tp == 1  # Peking, from the gazetteer
    assert result.sentences == 2 and result.tokens == 19


def test_cli_last_line_is_overall() -> None:
    out = CliRunner().invoke(app, ["eval", "ner", "--data", str(DATA / "uner.iob2"), "--types", "PER,ORG",
                                   "--no-model"])
    assert out.exit_code == 0, out.output
    last = out.output.strip().splitlines()[-1]
    assert last.startswith("overall P=") and " R=" in last and " F1=" in last


def test_cli_bad_file_exits_nonzero(tmp_path: Path) -> None:
    out = CliRunner().invoke(app, ["eval", "ner", "--data", str(tmp_path / "missing.tsv")])
    assert out.exit_code != 0
