"""Scoring events against annotated data: the `gold` format reader, the matcher and the scorer.

The rules are written down in docs/events-gold-format.md; this module is their
one implementation, used by `newsgraph eval events`, the benchmarks and the
tests. Gold and predicted events are first turned into the same small records
(`EventRecord`), so a data set reader (gold JSONL, SmartData) and the pipeline
only have to produce those, and the matcher never sees where they came from.
"""

from __future__ import annotations

import gzip
import json
import logging
import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import DataError
from newsgraph.model import EVENT_TYPES, MODALITIES, Event

LOGGER = logging.getLogger(__name__)

CORE_ROLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "agreement": (("party",),),
    "partnership": (("party",),),
    "acquisition": (("acquirer",), ("target",)),
    "merger": (("party",),),
    "spin_off": (("parent",), ("spun_off",)),
    "investment": (("investor",), ("recipient",)),
    "market_entry": (("company",), ("market",)),
    "store_expansion": (("company",), ("count",)),
    "facility": (("company",), ("facility_kind",)),
    "financial_figure": (("company",), ("metric",)),
    "leadership": (("person",), ("change",)),
    "meeting": (("participant",),),
    "product_launch": (("company",), ("product",)),
    "layoffs": (("company",),),
    "insolvency": (("company",),),
    "strike": (("company", "union"),),
}
"""Roles a predicted event must get right to count as the gold event.

Each entry is a group: a one-role group needs every gold argument of that role
matched; a group of several roles ("company or union" for strikes) is met when
the gold arguments of at least one of its roles that the gold names are all
matched. Roles the gold leaves out are not required."""

_NO_VALUE = object()


@dataclass(frozen=True)
class ArgRecord:
    role: str
    text: str
    value: Any = _NO_VALUE

    @property
    def has_value(self) -> bool:
        return self.value is not _NO_VALUE


@dataclass
class EventRecord:
    type: str
    modality: str
    arguments: list[ArgRecord] = field(default_factory=list)
    time_start: str | None = None
    time_end: str | None = None
    time_text: str | None = None

    @property
    def has_time(self) -> bool:
        return self.time_start is not None or self.time_end is not None


@dataclass
class GoldItem:
    """One annotated unit (a sentence, a short article or a SmartData document)."""

    id: str
    lang: str
    text: str
    published: str | None
    events: list[EventRecord]


# ---------------------------------------------------------------- readers

def open_text(path: Path) -> Iterator[str]:
    """Lines of a UTF-8 text file, gzip-compressed or not (decided by the magic bytes)."""
    with open(path, "rb") as fh:
        gzipped = fh.read(2) == b"\x1f\x8b"
    opener = gzip.open if gzipped else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        yield from fh


def detect_format(path: Path) -> str:
    """`gold` or `smartdata`, from the first record of the file."""
    for line in open_text(path):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}: the first line is not JSON ({exc.msg}); expected JSON Lines") from exc
        if isinstance(obj, dict) and ("relationMentions" in obj or "conceptMentions" in obj):
            return "smartdata"
        if isinstance(obj, dict) and "events" in obj and "text" in obj:
            return "gold"
        raise DataError(f"{path}: neither the gold event format nor SmartData/MobIE; pass --format")
    raise DataError(f"{path}: empty file")


def record_from_gold_json(obj: dict, where: str) -> EventRecord:
    """One event of the gold format → EventRecord, with the shape checked (errors name the item)."""
    etype, modality = obj.get("type"), obj.get("modality")
    if etype not in EVENT_TYPES:
        raise DataError(f"{where}: unknown event type {etype!r}")
    if modality not in MODALITIES:
        raise DataError(f"{where}: unknown modality {modality!r}")
    args = []
    for arg in obj.get("arguments") or []:
        role, text = arg.get("role"), arg.get("text")
        if role not in EVENT_TYPES[etype]:
            raise DataError(f"{where}: role {role!r} is not a role of {etype}")
        if not isinstance(text, str) or not text.strip():
            raise DataError(f"{where}: argument {role!r} has no text")
        args.append(ArgRecord(role, text, arg["value"]) if "value" in arg else ArgRecord(role, text))
    time = obj.get("time") or {}
    return EventRecord(etype, modality, args, time.get("start"), time.get("end"), time.get("text"))


def read_gold(path: str | Path) -> list[GoldItem]:
    """Items of a gold-format JSONL file (see docs/events-gold-format.md)."""
    path = Path(path)
    items: list[GoldItem] = []
    seen: set[str] = set()
    for n, line in enumerate(open_text(path), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or "events" not in obj:
            raise DataError(f"{where}: an item needs 'text' and 'events'")
        item_id = str(obj.get("id") or f"{path.stem}-{n}")
        if item_id in seen:
            raise DataError(f"{where}: duplicate id {item_id!r}")
        seen.add(item_id)
        events = [record_from_gold_json(e, f"{where} ({item_id})") for e in obj["events"] or []]
        items.append(GoldItem(item_id, obj.get("lang") or "de", obj["text"], obj.get("published"), events))
    return items


def read_items(path: str | Path, fmt: str | None = None) -> list[GoldItem]:
    """Gold items of a data file in either supported format (autodetected when `fmt` is None)."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    fmt = fmt or detect_format(path)
    if fmt == "gold":
        return read_gold(path)
    if fmt == "smartdata":
        from newsgraph.events.smartdata import read_smartdata

        return read_smartdata(path)
    raise DataError(f"unknown data format {fmt!r}; use gold or smartdata")


def records_from_events(events: Iterable[Event]) -> list[EventRecord]:
    """Pipeline output (model.Event) → EventRecords. An Argument whose value is None has no value."""
    out = []
    for ev in events:
        args = [ArgRecord(a.role, a.text) if a.value is None else ArgRecord(a.role, a.text, a.value)
                for a in ev.arguments]
        t = ev.time
        out.append(EventRecord(ev.type, ev.modality, args, t.start if t else None, t.end if t else None,
                               t.text if t else None))
    return out


# ---------------------------------------------------------------- matching

def normalize_text(text: str) -> str:
    """Case-folded, punctuation removed, whitespace collapsed: '2.000 Stores' → '2000 stores'."""
    kept = "".join(" " if ch.isspace() else ch for ch in text.casefold()
                   if not unicodedata.category(ch).startswith("P"))
    return " ".join(kept.split())


def values_equal(gold: Any, pred: Any) -> bool:
    """Normalised values compare by what the gold states: keys the gold gives must agree, extra keys are free.

    Numbers compare with a relative tolerance (2.5e9 parsed as float equals
    2500000000); booleans only equal booleans; strings compare case-folded.
    """
    if isinstance(gold, bool) or isinstance(pred, bool):
        return isinstance(gold, bool) and isinstance(pred, bool) and gold == pred
    if isinstance(gold, (int, float)) and isinstance(pred, (int, float)):
        return math.isclose(gold, pred, rel_tol=1e-6, abs_tol=1e-9)
    if isinstance(gold, str) and isinstance(pred, str):
        return gold.casefold().strip() == pred.casefold().strip()
    if isinstance(gold, dict) and isinstance(pred, dict):
        return all(v is None or (k in pred and values_equal(v, pred[k])) for k, v in gold.items())
    if isinstance(gold, (list, tuple)) and isinstance(pred, (list, tuple)):
        return len(gold) == len(pred) and all(values_equal(g, p) for g, p in zip(gold, pred))
    return gold is None and pred is None


def _texts_match(gold: str, pred: str, exact: bool) -> bool:
    g, p = normalize_text(gold), normalize_text(pred)
    if not g or not p:
        return False
    return g == p if exact else (g in p or p in g)


def argument_matches(gold: ArgRecord, pred: ArgRecord, exact: bool = False) -> bool:
    """Same role, and equal values when both have one, else equal or contained texts."""
    if gold.role != pred.role:
        return False
    if gold.has_value and pred.has_value:
        return values_equal(gold.value, pred.value)
    return _texts_match(gold.text, pred.text, exact)


def align_arguments(gold: Sequence[ArgRecord], pred: Sequence[ArgRecord]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): exact matches first, then containment."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi not in used_p and argument_matches(g, p, exact=exact):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return sorted(pairs)


def core_roles_met(gold: EventRecord, matched_gold_args: set[int]) -> bool:
    for group in CORE_ROLES.get(gold.type, ()):
        named = [r for r in group if any(a.role == r for a in gold.arguments)]
        if not named:
            continue
        if not any(all(i in matched_gold_args for i, a in enumerate(gold.arguments) if a.role == r)
                   for r in named):
            return False
    return True


def event_matches(gold: EventRecord, pred: EventRecord) -> list[tuple[int, int]] | None:
    """The argument alignment when `pred` counts as `gold` (same type, core roles met), else None."""
    if gold.type != pred.type:
        return None
    pairs = align_arguments(gold.arguments, pred.arguments)
    return pairs if core_roles_met(gold, {gi for gi, _ in pairs}) else None


def match_events(gold: Sequence[EventRecord], pred: Sequence[EventRecord]
                 ) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Greedy one-to-one matching of one item's events, best argument overlap first.

    Ties go to the earlier gold and predicted event, so results do not depend on
    set or dict ordering.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            pairs = event_matches(g, p)
            if pairs is not None:
                overlap = len(pairs) / max(len(g.arguments), 1)
                candidates.append((-len(pairs), -overlap, gi, pi, pairs))
    candidates.sort(key=lambda c: c[:4])
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = []
    for _, _, gi, pi, pairs in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        result.append((gi, pi, pairs))
    return sorted(result)


# ---------------------------------------------------------------- scoring

@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class ItemOutcome:
    """What happened on one item: kept so a user can see which events were missed or invented."""

    id: str
    matched: list[tuple[EventRecord, EventRecord]] = field(default_factory=list)
    missed: list[EventRecord] = field(default_factory=list)
    spurious: list[EventRecord] = field(default_factory=list)


@dataclass
class EvalResult:
    per_type: dict[str, PRF] = field(default_factory=dict)
    arguments: PRF = field(default_factory=PRF)
    arguments_per_role: dict[str, PRF] = field(default_factory=dict)
    modality: Counter = field(default_factory=Counter)  # (gold, predicted) → count, over matched events
    time_correct: int = 0
    time_total: int = 0
    items: int = 0
    outcomes: list[ItemOutcome] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (item id, error) where prediction raised

    @property
    def overall(self) -> PRF:
        total = PRF()
        for prf in self.per_type.values():
            total.add(prf)
        return total

    @property
    def modality_total(self) -> int:
        return sum(self.modality.values())

    @property
    def modality_accuracy(self) -> float:
        total = self.modality_total
        return sum(n for (g, p), n in self.modality.items() if g == p) / total if total else 0.0

    @property
    def time_accuracy(self) -> float:
        return self.time_correct / self.time_total if self.time_total else 0.0

    @property
    def unsure_as_fact(self) -> tuple[int, int]:
        """(matched non-asserted gold events predicted as asserted, matched non-asserted gold events)."""
        total = sum(n for (g, _), n in self.modality.items() if g != "asserted")
        wrong = sum(n for (g, p), n in self.modality.items() if g != "asserted" and p == "asserted")
        return wrong, total

    def to_dict(self) -> dict:
        wrong, unsure = self.unsure_as_fact
        return {
            "items": self.items,
            "overall": self.overall.to_dict(),
            "per_type": {t: prf.to_dict() for t, prf in sorted(self.per_type.items())},
            "arguments": self.arguments.to_dict(),
            "arguments_per_role": {r: prf.to_dict() for r, prf in sorted(self.arguments_per_role.items())},
            "modality_accuracy": round(self.modality_accuracy, 4),
            "modality_matched": self.modality_total,
            "modality_confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.modality.items())},
            "unsure_reported_as_asserted": [wrong, unsure],
            "time_accuracy": round(self.time_accuracy, 4),
            "time_scored": self.time_total,
            "failures": [list(f) for f in self.failures],
        }


def _keep(ev: EventRecord, types: frozenset[str] | None) -> bool:
    return types is None or ev.type in types


def _scored_args(ev: EventRecord, scored_roles: dict[str, frozenset[str]] | None) -> list[int]:
    if scored_roles is None:
        return list(range(len(ev.arguments)))
    roles = scored_roles.get(ev.type, frozenset())
    return [i for i, a in enumerate(ev.arguments) if a.role in roles]


def score_item(result: EvalResult, item_id: str, gold: Sequence[EventRecord], pred: Sequence[EventRecord],
               types: frozenset[str] | None = None,
               scored_roles: dict[str, frozenset[str]] | None = None) -> ItemOutcome:
    """Add one item's gold and predicted events to `result`.

    `types` limits scoring to those event types (others are ignored on both
    sides); `scored_roles` limits argument scoring to the roles a data set
    annotates (SmartData has no `change` of leadership, so a predicted change is
    not counted as spurious there).
    """
    gold = [g for g in gold if _keep(g, types)]
    pred = [p for p in pred if _keep(p, types)]
    result.items += 1
    for ev in list(gold) + list(pred):
        result.per_type.setdefault(ev.type, PRF())
    matches = match_events(gold, pred)
    outcome = ItemOutcome(item_id)
    for gi, pi, pairs in matches:
        g, p = gold[gi], pred[pi]
        outcome.matched.append((g, p))
        result.per_type[g.type].tp += 1
        result.modality[(g.modality, p.modality)] += 1
        if g.has_time:
            result.time_total += 1
            result.time_correct += int(g.time_start == p.time_start and g.time_end == p.time_end)
        g_idx, p_idx = set(_scored_args(g, scored_roles)), set(_scored_args(p, scored_roles))
        hit = [(a, b) for a, b in pairs if a in g_idx and b in p_idx]
        for a, _ in hit:
            result.arguments_per_role.setdefault(g.arguments[a].role, PRF()).tp += 1
        for a in g_idx - {a for a, _ in hit}:
            result.arguments_per_role.setdefault(g.arguments[a].role, PRF()).fn += 1
        for b in p_idx - {b for _, b in hit}:
            result.arguments_per_role.setdefault(p.arguments[b].role, PRF()).fp += 1
        result.arguments.add(PRF(len(hit), len(p_idx) - len(hit), len(g_idx) - len(hit)))
    matched_g = {gi for gi, _, _ in matches}
    matched_p = {pi for _, pi, _ in matches}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            result.per_type[g.type].fn += 1
            outcome.missed.append(g)
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            result.per_type[p.type].fp += 1
            outcome.spurious.append(p)
    result.outcomes.append(outcome)
    return outcome


Predictor = Callable[[GoldItem], list[EventRecord]]


def pipeline_predictor(settings: Any = None) -> Predictor:
    """Run the whole newsgraph pipeline on an item's text, in the item's language and publication date."""
    from newsgraph.pipeline import process_text

    def predict(item: GoldItem) -> list[EventRecord]:
        published = item.published[:10] if item.published else None
        article = process_text(item.text, language=item.lang, published=published,
                               source=f"<eval:{item.id}>", settings=settings)
        return records_from_events(article.events)

    return predict


def evaluate(items: Iterable[GoldItem], predict: Predictor, types: Iterable[str] | None = None,
             scored_roles: dict[str, frozenset[str]] | None = None) -> EvalResult:
    """Score `predict` on every item; types None means every type that occurs.

    An item on which prediction raises is scored as predicting nothing and
    listed in `result.failures`, so one bad document costs its recall, not the run.
    """
    type_set = frozenset(types) if types is not None else None
    result = EvalResult()
    if type_set is not None:
        for t in type_set:
            result.per_type.setdefault(t, PRF())
    for item in items:
        try:
            predicted = predict(item)
        except Exception as exc:  # noqa: BLE001  (reported, not hidden: see result.failures)
            LOGGER.warning("prediction failed on %s: %r", item.id, exc)
            result.failures.append((item.id, f"{type(exc).__name__}: {exc}"))
            predicted = []
        score_item(result, item.id, item.events, predicted, type_set, scored_roles)
    return result
