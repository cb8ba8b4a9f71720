"""The quality gate (bench/quality_gate.py): its floor logic, the pinned floors file, and the floors themselves.

The checks on data in this repository (event dev sets, normalisation case table) run always; the
ones on ../shared/data (main text, NER) run with the `shared_data` fixture, so CI enforces every
pinned floor wherever the data is present.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("quality_gate", ROOT / "bench" / "quality_gate.py")
gate = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("quality_gate", gate)
_spec.loader.exec_module(gate)


def result(name="events", digest="d1", **figures):
    return gate.CheckResult(name, {f"{name}.{k}": v for k, v in figures.items()}, digest=digest)


def pinned(digest="d1", **floors):
    return {"floors": {f"events.{k}": v for k, v in floors.items()}, "data_digests": {"events": digest}}


# ---------------------------------------------------------------- floor arithmetic and comparison

@pytest.mark.parametrize("figure,floor", [(0.9, 0.895), (0.83594, 0.83), (1.0, 0.995), (0.004, 0.0), (0.0, 0.0)])
def test_floor_is_figure_minus_margin_rounded_down(figure, floor):
    assert gate.floor_for(figure) == pytest.approx(floor)
    assert gate.floor_for(figure) <= figure


def test_margin_is_one_unit_of_small_denominators():
    assert gate.floor_for(0.95, units=135) == pytest.approx(0.942)  # 0.95 - 1/135 = 0.9426
    assert gate.floor_for(0.95, units=10_000) == pytest.approx(0.945)  # MARGIN is the smallest margin
    new, _ = gate.updated_floors([gate.CheckResult("events", {"events.acc": 0.95}, digest="d", units={"events.acc": 135})],
                                 {"floors": {}, "data_digests": {}}, False)
    assert new["floors"]["events.acc"] == pytest.approx(0.942)


def test_compare_passes_at_and_above_the_floor():
    assert gate.compare([result(f1=0.8, acc=0.95)], pinned(f1=0.8, acc=0.9)) == []


def test_compare_reports_a_figure_below_its_floor():
    problems = gate.compare([result(f1=0.7999, acc=0.95)], pinned(f1=0.8, acc=0.9))
    assert len(problems) == 1 and problems[0].startswith("events.f1: 0.7999 is below its floor 0.800")


def test_compare_reports_a_floored_metric_that_was_not_measured():
    problems = gate.compare([result(f1=0.9)], pinned(f1=0.8, acc=0.9))
    assert problems == ["events.acc: has a floor of 0.900 but was not measured"]


def test_compare_reports_changed_data():
    problems = gate.compare([result(digest="d2", f1=0.9)], pinned(digest="d1", f1=0.8))
    assert len(problems) == 1 and "data changed" in problems[0]


def test_compare_ignores_skipped_checks_and_other_checks_floors():
    skipped = gate.CheckResult("ner", skipped="../shared/data not found")
    floors = {"floors": {"ner.smartdata_dev.f1": 0.7, "events.f1": 0.8}, "data_digests": {"events": "d1"}}
    assert gate.compare([skipped, result(f1=0.85)], floors) == []


# ---------------------------------------------------------------- --update

def test_update_raises_floors_and_pins_the_digest():
    new, refusals = gate.updated_floors([result(digest="d2", f1=0.9, extra=0.5)], pinned(f1=0.8), False)
    assert refusals == []
    assert new["floors"] == {"events.f1": gate.floor_for(0.9), "events.extra": gate.floor_for(0.5)}
    assert new["data_digests"] == {"events": "d2"}
    assert new["data_digest"] == gate.combined_digest({"events": "d2"})
    assert new["margin"] == gate.MARGIN


def test_update_keeps_a_floor_the_figure_meets_within_the_margin():
    new, refusals = gate.updated_floors([result(f1=0.802)], pinned(f1=0.8), False)
    assert refusals == [] and new["floors"]["events.f1"] == 0.8


def test_update_refuses_to_lower_a_floor():
    new, refusals = gate.updated_floors([result(f1=0.7)], pinned(f1=0.8), False)
    assert len(refusals) == 1 and "--allow-regression" in refusals[0]


def test_update_lowers_with_allow_regression():
    new, refusals = gate.updated_floors([result(f1=0.7)], pinned(f1=0.8), True)
    assert refusals == [] and new["floors"]["events.f1"] == gate.floor_for(0.7)


def test_update_refuses_to_drop_an_unmeasured_floor_without_permission():
    _, refusals = gate.updated_floors([result(f1=0.9)], pinned(f1=0.8, acc=0.9), False)
    assert len(refusals) == 1 and refusals[0].startswith("events.acc: no longer measured")
    new, refusals = gate.updated_floors([result(f1=0.9)], pinned(f1=0.8, acc=0.9), True)
    assert refusals == [] and "events.acc" not in new["floors"]


def test_update_leaves_skipped_checks_alone():
    floors = {"floors": {"ner.smartdata_dev.f1": 0.7}, "data_digests": {"ner": "n1"}}
    new, refusals = gate.updated_floors([gate.CheckResult("ner", skipped="no data"), result(f1=0.9)], floors, False)
    assert refusals == []
    assert new["floors"]["ner.smartdata_dev.f1"] == 0.7 and new["data_digests"]["ner"] == "n1"


def _fake_checks(monkeypatch, figures):
    def fake():
        return gate.CheckResult("events", {f"events.{k}": v for k, v in figures.items()}, digest="fixed")
    monkeypatch.setattr(gate, "CHECKS", {"events": fake})


def test_main_exit_codes_and_refused_update_writes_nothing(tmp_path, monkeypatch, capsys):
    floors = tmp_path / "floors.json"
    _fake_checks(monkeypatch, {"f1": 0.9})
    assert gate.main(["--floors", str(floors)]) == gate.EXIT_BELOW_FLOOR  # nothing pinned yet
    assert gate.main(["--floors", str(floors), "--update"]) == gate.EXIT_OK
    written = json.loads(floors.read_text())
    assert written["floors"] == {"events.f1": gate.floor_for(0.9)} and set(written["pinned"]) == {"events"}
    assert written["pinned"]["events"]["at"].endswith("Z")
    assert gate.main(["--floors", str(floors)]) == gate.EXIT_OK

    _fake_checks(monkeypatch, {"f1": 0.5})
    before = floors.read_text()
    assert gate.main(["--floors", str(floors)]) == gate.EXIT_BELOW_FLOOR
    assert gate.main(["--floors", str(floors), "--update"]) == gate.EXIT_REFUSED
    assert floors.read_text() == before
    assert gate.main(["--floors", str(floors), "--update", "--allow-regression"]) == gate.EXIT_OK
    assert json.loads(floors.read_text())["floors"]["events.f1"] == gate.floor_for(0.5)
    assert gate.main(["--floors", str(floors), "--only", "nosuch"]) == gate.EXIT_REFUSED
    capsys.readouterr()


# ---------------------------------------------------------------- the fixed subsets

def test_every_nth_and_germeval_blocks():
    assert gate.every_nth(list(range(10)), 3) == [0, 3, 6, 9]
    text = "# a\n1\tX\tO\tO\n\n# b\n1\tY\tB-PER\tO\n\n\n# c\n1\tZ\tO\tO\n"
    blocks = gate.germeval_blocks(text)
    assert blocks == ["# a\n1\tX\tO\tO", "# b\n1\tY\tB-PER\tO", "# c\n1\tZ\tO\tO"]
    assert gate.every_nth(blocks, 2) == [blocks[0], blocks[2]]


# ---------------------------------------------------------------- the pinned floors file

def test_floors_file_is_complete_and_consistent():
    pinned_file = gate.load_floors()
    floors, digests = pinned_file["floors"], pinned_file["data_digests"]
    assert set(digests) == set(gate.CHECKS), "every check has its data digest pinned"
    assert pinned_file["data_digest"] == gate.combined_digest(digests)
    assert {gate.check_of(m) for m in floors} == set(gate.CHECKS), "every check has floors"
    assert all(0.0 <= v <= 1.0 for v in floors.values())
    assert pinned_file["margin"] == gate.MARGIN


def _assert_meets_floors(names):
    pinned_file = gate.load_floors()
    results = gate.run_checks(names)
    for r in results:
        assert not r.skipped, r.skipped
        assert set(r.figures) == {m for m in pinned_file["floors"] if gate.check_of(m) == r.name}, \
            "every measured figure has a floor and every floor is measured"
    problems = gate.compare(results, pinned_file)
    assert problems == [], "\n".join(problems)


def test_repository_checks_meet_their_floors():
    _assert_meets_floors(["normalize", "events"])


def test_shared_data_checks_meet_their_floors(shared_data):
    _assert_meets_floors(["content", "ner"])


def test_checks_on_shared_data_skip_without_it(tmp_path, monkeypatch):
    import content_bench  # importable once the gate module is loaded (it puts bench/ on sys.path)

    monkeypatch.setattr(gate, "SHARED", tmp_path)
    monkeypatch.setattr(content_bench, "HTML_PAGES", tmp_path / "html_pages")
    results = gate.run_checks(["content", "ner"])
    assert all(r.skipped and not r.figures for r in results)
    assert gate.compare(results, gate.load_floors()) == []
