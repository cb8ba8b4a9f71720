"""`association_names` asks for a connector between blanks before its prefilter; the connector test must hold
wherever the prefilter (and so the association pattern) matches.

Why: both are built from `_CONNECTOR`, but the prefilter could gain a form the connector test does not cover."""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.events import associations as a
from newsgraph.events.evaluate import read_gold

DATA = Path(__file__).resolve().parents[1] / "data"


def test_connector_holds_wherever_the_prefilter_matches() -> None:
    texts = ["Der Bund der Strafvollzugsbediensteten Hessen", "die Gewerkschaft\tder Polizei",
             "das Bundesamt für Statistik", "Deutsche Gesellschaft für die Vereinten Nationen"]
    for path in sorted(DATA.glob("events_gold_*.jsonl")):
        texts += [s for item in read_gold(path) for s in re.split(r"(?<=[.!?])\s+", item.text)]
    matched = [t.lower() for t in texts if a._PREFILTER.search(t.lower())]
    assert len(matched) >= 4
    assert [t for t in matched if not a._CONNECTOR_BETWEEN_BLANKS.search(t)] == []
    assert not a._CONNECTOR_BETWEEN_BLANKS.search("the union of dockworkers called a strike")
