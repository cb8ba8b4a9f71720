"""Where the events stage loses on a gold file, in counts only, and whether a learned role chooser would help.

Why this exists: fixing wordings one blind set at a time lifts that set and leaves the next one at about 0.68, so
before training anything we want to know which part of the engine loses on unseen text: the trigger (no event of the
type at all), the filler (a trigger, but no arguments for it), the candidates (the right entity is not among the
sentence's slots) or the role choice (it is, and another one was taken). Only counts are printed, never an item,
so the untuned blind sets (`events_bench.UNSEEN`) can be examined without being tuned on.

    PYTHONPATH=src OMP_NUM_THREADS=1 python bench/events_loss_anatomy.py tests/data/events_fresh8.jsonl
    PYTHONPATH=src OMP_NUM_THREADS=1 python bench/events_loss_anatomy.py --chooser-test tests/data/events_fresh8.jsonl
    PYTHONPATH=src OMP_NUM_THREADS=1 python bench/events_loss_anatomy.py --engine-test tests/data/events_fresh8.jsonl \
        --margin 0.3 tests/data/events_gold_de.jsonl ...

The second form trains a logistic-regression role chooser (hashed features of a candidate slot relative to the
trigger: side, distance, names in between, preposition, the words before it and in between, passive voice, the
trigger's stem) on every other tests/data/events_*.jsonl file, with labels from the gold arguments and not from the
rules, and compares it with the rules on the test file's single-filler roles (acquirer, target, company, investor,
recipient, parent, spun_off, person). The third form puts the same chooser (trained without the held-out file) into
the engine, as a second opinion behind every role filler: it moves a single-filler role to another name of the
sentence when it is surer of that name by more than `--margin` and below 0.5 for the rules' choice, and prints
`newsgraph eval events` F1 of every file given, with and without it.
"""

from __future__ import annotations

import argparse
import random
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from newsgraph.events import roles
from newsgraph.events.evaluate import (CORE_ROLES, ArgRecord, GoldItem, align_arguments, argument_matches,
                                       evaluate, match_events, pipeline_predictor, read_items, records_from_events)
from newsgraph.events.sentence import SentenceView, Slot
from newsgraph.events.triggers import TriggerHit
from newsgraph.model import Argument
from newsgraph.pipeline import process_text

from events_bench import UNSEEN  # bench/ is on sys.path when this file runs as a script

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SINGLE_ROLES = {"acquisition": ("acquirer", "target"), "spin_off": ("parent", "spun_off"),
                "investment": ("investor", "recipient"), "market_entry": ("company",),
                "store_expansion": ("company",), "facility": ("company",), "financial_figure": ("company",),
                "product_launch": ("company",), "layoffs": ("company",), "insolvency": ("company",),
                "leadership": ("person",)}
ENTITY_KINDS = ("ORG", "PER", "PRODUCT", "LOC", "MISC")
DIM = 1 << 18
_WORD = re.compile(r"\w+|[^\w\s]")

Call = tuple[str, SentenceView, TriggerHit, "list[Argument] | None"]


class FillerCalls:
    """Records every filler call of the events stage (type, view, trigger, arguments) while active."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._saved: dict[str, Callable] = {}

    def __enter__(self) -> FillerCalls:
        for type_, fill in roles.FILLERS.items():
            self._saved[type_] = fill
            roles.FILLERS[type_] = self._recording(type_, fill)
        return self

    def __exit__(self, *exc: object) -> None:
        roles.FILLERS.update(self._saved)

    def _recording(self, type_: str, fill: Callable) -> Callable:
        def call(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
            args = fill(view, hit)
            self.calls.append((type_, view, hit, args))
            return args
        return call


def run_items(path: Path) -> Iterator[tuple[GoldItem, list, list[Call]]]:
    """Each item with the pipeline's events and the filler calls made for it."""
    with FillerCalls() as rec:
        for item in read_items(path):
            rec.calls.clear()
            published = item.published[:10] if item.published else None
            article = process_text(item.text, language=item.lang, published=published, source=f"<loss:{item.id}>")
            yield item, article.events, list(rec.calls)


def _slots(view: SentenceView) -> list[Slot]:
    return [s for s in view.slots if not s.is_value and s.kind in ENTITY_KINDS]


def _matches(gold: ArgRecord, text: str) -> bool:
    return argument_matches(gold, ArgRecord(gold.role, text))


def anatomy(path: Path) -> Counter:
    """Counts of matched, missed (by cause) and spurious events of one gold file."""
    c: Counter = Counter()
    for item, events, calls in run_items(path):
        gold, pred = item.events, records_from_events(events)
        matched = match_events(gold, pred)
        used_g, used_p = {g for g, _, _ in matched}, {p for _, p, _ in matched}
        c["gold"] += len(gold)
        c["predicted"] += len(pred)
        c["matched"] += len(matched)
        predicted_types = {p.type for p in pred}
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            if g.type not in predicted_types:
                cause = "filler gave no arguments" if any(t == g.type for t, *_ in calls) else "no trigger"
                c[f"missed: type not predicted, {cause}"] += 1
                continue
            same = [pi for pi, p in enumerate(pred) if p.type == g.type and pi not in used_p]
            if not same:
                c["missed: its type's events matched other gold events"] += 1
                continue
            views = [v for t, v, _, a in calls if t == g.type and a]
            wanted = [a for grp in CORE_ROLES[g.type] for a in g.arguments if a.role in grp]
            present = all(any(_matches(a, s.text) for v in views for s in v.slots) for a in wanted)
            c["missed: wrong core argument, right entity among the slots" if present else
              "missed: wrong core argument, right entity not among the slots"] += 1
        for pi, p in enumerate(pred):
            if pi not in used_p:
                c["spurious: type in the gold" if any(g.type == p.type for g in gold) else
                  "spurious: type not in the gold"] += 1
    return c


# ------------------------------------------------------------------ learned role chooser

def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def features(type_: str, role: str, view: SentenceView, hit: TriggerHit, slot: Slot, slots: list[Slot]) -> list[int]:
    """Hashed features of one candidate for one role, each also crossed with the event type and role."""
    s0, e0 = slot.start - view.start, slot.end - view.start
    side = "B" if e0 <= hit.start else "A" if s0 >= hit.end else "I"
    gap = view.text[e0:hit.start] if side == "B" else view.text[hit.end:s0] if side == "A" else ""
    gap_words = _words(gap)
    lo, hi = (e0, hit.start) if side == "B" else (hit.end, s0)
    names_between = min(sum(1 for s in slots if s is not slot and lo <= s.start - view.start
                            and s.end - view.start <= hi), 3) if side != "I" else 0
    before = _words(view.text[max(0, s0 - 25):s0])[-2:]
    after = _words(view.text[e0:e0 + 20])[:1]
    stem = (_words(hit.text)[:1] or ["?"])[0][:6]
    passive = roles.is_passive(view, hit)
    dist = min(len(gap_words), 12)
    base = [f"side={side}", f"dist={side}{dist}", f"between={side}{names_between}", f"kind={slot.kind}",
            f"prep={side}{slot.prep}", f"genitive={slot.genitive}", f"source={slot.source}",
            f"first={bool(slots) and slots[0] is slot}", f"pos={hit.spec.pos}", f"stem={side}{stem}",
            f"before1={before[-1] if before else '^'}", f"before2={' '.join(before)}",
            f"after1={after[0] if after else '$'}", f"passive={side}{passive}",
            f"quoted={view.text[:s0].count(chr(34)) % 2}"]
    base += [f"gap={side}{w}" for w in gap_words[:8]]
    crossed = [f"{pre}|{b}" for b in base for pre in (type_, role, type_ + role, view.lang)] + base
    return sorted({zlib.crc32(f.encode()) % DIM for f in crossed})


Group = list[tuple[list[int], bool, bool]]  # per candidate: features, is gold, is the rules' choice


def chooser_groups(path: Path) -> list[Group]:
    """One group of candidates per (filler call, single-filler role) whose type the gold has."""
    groups: list[Group] = []
    for item, _, calls in run_items(path):
        for type_, view, hit, args in calls:
            golds = [g for g in item.events if g.type == type_]
            if type_ not in SINGLE_ROLES or not args or not golds:
                continue
            records = [ArgRecord(a.role, a.text, a.value) for a in args]
            gold = max(golds, key=lambda g: len(align_arguments(g.arguments, records)))
            slots = _slots(view)
            for role in SINGLE_ROLES[type_]:
                wanted = [a for a in gold.arguments if a.role == role]
                if not wanted:
                    continue
                chosen = [a for a in args if a.role == role]
                candidates = list(slots) + [Slot(a.start, a.end, a.text, "RULE") for a in chosen
                                            if a.start is not None and
                                            not any((s.start, s.end) == (a.start, a.end) for s in slots)]
                groups.append([(features(type_, role, view, hit, s, slots),
                                any(_matches(a, s.text) for a in wanted),
                                any((a.start, a.end) == (s.start, s.end) for a in chosen)) for s in candidates])
    return groups


def train_chooser(groups: list[Group], epochs: int = 8, rate: float = 0.2, seed: int = 0) -> np.ndarray:
    """Logistic regression by plain SGD on hashed features (small data: no library needed)."""
    weights = np.zeros(DIM)
    rows = [row for g in groups for row in g]
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(rows)
        for idx, gold, _ in rows:
            p = 1.0 / (1.0 + np.exp(-weights[idx].sum()))
            weights[idx] -= rate * (p - gold)
    return weights


def compare(weights: np.ndarray, groups: list[Group]) -> Counter:
    """Rules against the chooser's best candidate, on groups that have a right candidate."""
    c: Counter = Counter()
    for group in groups:
        if not any(gold for _, gold, _ in group):
            c["groups without the right entity among the candidates"] += 1
            continue
        best = max(range(len(group)), key=lambda i: weights[group[i][0]].sum())
        rules_right = any(gold for _, gold, rule in group if rule)
        c["groups with the right entity among the candidates"] += 1
        c["rules right"] += rules_right
        c["chooser right"] += group[best][1]
        c["rules right, chooser wrong"] += rules_right and not group[best][1]
        c["rules wrong, chooser right"] += (not rules_right) and group[best][1]
    return c


def rechoose(weights: np.ndarray, margin: float, type_: str, view: SentenceView, hit: TriggerHit,
             args: list[Argument]) -> list[Argument]:
    """The rules' arguments with a single-filler role moved to a name the chooser is clearly surer of."""
    slots = _slots(view)
    if type_ not in SINGLE_ROLES or len(slots) < 2:
        return args
    out = list(args)
    for role in SINGLE_ROLES[type_]:
        held = [i for i, a in enumerate(out) if a.role == role]
        if len(held) != 1 or out[held[0]].start is None:
            continue
        rule = out[held[0]]
        taken = {(a.start, a.end) for a in out if a is not rule}
        ruled = next((s for s in slots if (s.start, s.end) == (rule.start, rule.end)),
                     Slot(rule.start, rule.end, rule.text, "RULE"))

        def prob(slot: Slot) -> float:
            return 1.0 / (1.0 + np.exp(-weights[features(type_, role, view, hit, slot, slots)].sum()))
        p_rule = prob(ruled)
        if p_rule >= 0.5:
            continue
        scored = [(prob(s), s) for s in slots if s is not ruled and not s.source and (s.start, s.end) not in taken]
        if scored:
            p_best, best = max(scored, key=lambda x: x[0])
            if p_best - p_rule > margin:
                out[held[0]] = Argument(role, best.text, best.start, best.end, value=best.value)
    return out


class Rechoosing(FillerCalls):
    """The role fillers with the chooser behind them, while active."""

    def __init__(self, weights: np.ndarray, margin: float) -> None:
        super().__init__()
        self.weights, self.margin = weights, margin

    def _recording(self, type_: str, fill: Callable) -> Callable:
        def call(view: SentenceView, hit: TriggerHit) -> list[Argument] | None:
            args = fill(view, hit)
            return rechoose(self.weights, self.margin, type_, view, hit, args) if args else args
        return call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="*", type=Path, help="gold files to dissect (counts only)")
    parser.add_argument("--chooser-test", type=Path, help="train the role chooser on every other events_*.jsonl "
                                                          "file of tests/data but the blind one, compare it with "
                                                          "the rules here")
    parser.add_argument("--engine-test", type=Path, metavar="HELD_OUT",
                        help="train the chooser without this file (and the blind one), put it behind the fillers "
                             "and score every file given as data with and without it")
    parser.add_argument("--margin", type=float, default=0.3)
    opts = parser.parse_args()
    if opts.engine_test:
        held_out = {opts.engine_test.resolve(), *(u.resolve() for u in UNSEEN)}
        train = [p for p in sorted(DATA.glob("events_*.jsonl")) if p.resolve() not in held_out]
        weights = train_chooser([g for p in train for g in chooser_groups(p)])
        print(f"role chooser trained on {len(train)} files (not {opts.engine_test.name}), margin {opts.margin}")
        for path in opts.data:
            without = evaluate(read_items(path), pipeline_predictor()).overall.f1
            with Rechoosing(weights, opts.margin):
                with_it = evaluate(read_items(path), pipeline_predictor()).overall.f1
            print(f"  {path.name}: F1 {without:.3f} without the chooser, {with_it:.3f} with it")
        return
    for path in opts.data:
        print(path)
        for key, n in sorted(anatomy(path).items()):
            print(f"  {key}: {n}")
    if opts.chooser_test:
        test = opts.chooser_test.resolve()
        # the blind sets are never trained on, even when another set is tested
        held_out = {test, *(u.resolve() for u in UNSEEN)}
        train = [p for p in sorted(DATA.glob("events_*.jsonl")) if p.resolve() not in held_out]
        weights = train_chooser([g for p in train for g in chooser_groups(p)])
        print(f"role chooser trained on {len(train)} files, compared on {opts.chooser_test}")
        for key, n in compare(weights, chooser_groups(test)).items():
            print(f"  {key}: {n}")


if __name__ == "__main__":
    main()
