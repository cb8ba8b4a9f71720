"""SmartData and MobIE documents (DFKI, Avro-JSON) → gold items for event evaluation.

Both corpora share one Avro schema (`document.avsc`): SmartData wraps nullable
values in Avro JSON unions (`{"string": "…"}`), MobIE writes them plain; the
reader accepts both. Relation mentions whose type has a newsgraph counterpart
become gold events; their arguments take their text from the document at the
argument's span. Mapping and its reasons: docs/events-gold-format.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgraph.errors import DataError
from newsgraph.events.evaluate import ArgRecord, EventRecord, GoldItem, align_arguments, open_text

RELATION_TYPES: dict[str, str] = {
    "Acquisition": "acquisition",
    "Merger": "merger",
    "SpinOff": "spin_off",
    "Insolvency": "insolvency",
    "Layoffs": "layoffs",
    "Strike": "strike",
    "OrganizationLeadership": "leadership",
}
"""SmartData relation name → newsgraph event type. Disaster and the traffic
relations (Accident, Delay, Obstruction, …, also all of MobIE's) have none."""

ROLE_MAP: dict[str, dict[str, str]] = {
    "Acquisition": {"buyer": "acquirer", "acquired": "target", "seller": "seller", "price": "value"},
    "Merger": {"old": "party"},
    "SpinOff": {"parent": "parent", "child": "spun_off"},
    "Insolvency": {"company": "company"},
    "Layoffs": {"company": "company", "num_laid_off": "count", "location": "location"},
    "Strike": {"company": "company", "union": "union", "location": "location"},
    "OrganizationLeadership": {"person": "person", "organization": "organization", "position": "role"},
}
"""Their argument role → ours. Roles left out have no counterpart: `trigger`;
`date` (kept as the event's time text, not scored: SmartData gives no resolved
date); Merger `new` (the merged company is not a party of the merger); SpinOff
and Insolvency `location`; Strike `striker` and `num_striking`."""

TIME_ROLES = ("date", "start_date")

SCORED_ROLES: dict[str, frozenset[str]] = {
    RELATION_TYPES[name]: frozenset(roles.values()) for name, roles in ROLE_MAP.items()
}
"""Only these roles are scored on SmartData: a predicted argument of another
role (a leadership `change`, an acquisition `stake`) is not annotated there and
must not count as spurious."""

BUSINESS_TYPES: tuple[str, ...] = tuple(RELATION_TYPES.values())

STATUS_MODALITY = {"factual": "asserted", "negated": "negated", "non-factual": "negated",
                   "speculative": "speculative", "possible": "speculative", "planned": "planned"}
"""SmartData's `status` attribute → modality. Every relation of the dev and
train files is `factual`; the other keys are there so that a file using them is
not silently read as facts."""

_AVRO_WRAPPERS = {"string", "array", "map", "float", "double", "int", "long", "boolean", "bytes"}


def unwrap_avro(value: Any) -> Any:
    """Drop Avro JSON union wrappers: {"string": "x"} → "x", recursively; plain values pass through."""
    if isinstance(value, dict):
        if len(value) == 1:
            (key, inner), = value.items()
            if key in _AVRO_WRAPPERS or key.startswith("de.dfki."):
                return unwrap_avro(inner)
        return {k: unwrap_avro(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unwrap_avro(v) for v in value]
    return value


def _span_text(text: str, span: dict | None) -> str | None:
    if not span:
        return None
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return None
    return text[start:end]


def relation_to_event(relation: dict, text: str) -> EventRecord | None:
    """One relation mention → a gold event, or None when its type has no newsgraph counterpart."""
    name = relation.get("name")
    if name not in RELATION_TYPES:
        return None
    roles = ROLE_MAP[name]
    status = ((relation.get("attributes") or {}).get("status") or "factual").lower()
    args: list[ArgRecord] = []
    time_text = None
    for arg in relation.get("args") or []:
        mention = arg.get("conceptMention") or {}
        arg_text = _span_text(text, mention.get("span")) or mention.get("normalizedValue")
        if not arg_text or not arg_text.strip():
            continue
        role = arg.get("role")
        if role in roles:
            args.append(ArgRecord(roles[role], arg_text))
        elif role in TIME_ROLES and time_text is None:
            time_text = arg_text
    return EventRecord(RELATION_TYPES[name], STATUS_MODALITY.get(status, "asserted"), args, time_text=time_text)


def _covered_by(small: EventRecord, big: EventRecord) -> bool:
    """Every argument of `small` is matched in `big`, and their time texts do not disagree."""
    if small.type != big.type or small.modality != big.modality:
        return False
    if small.time_text and big.time_text and small.time_text != big.time_text:
        return False
    return len(align_arguments(small.arguments, big.arguments)) == len(small.arguments)


def merge_mentions(events: list[EventRecord]) -> list[EventRecord]:
    """Relation mentions of one fact → one gold event, as newsgraph reports facts, not mentions.

    SmartData annotates each mention: a strike named in the lead and again with
    its location further down is two relations. A relation whose arguments are
    all matched (by the evaluation's argument rule) in a larger relation of the
    same type and status, with no conflicting date, is folded into it; one with
    an equal date is preferred, then one without a date. Relations with
    different arguments (a strike on Tuesday and one on Saturday) stay apart.
    """
    order = sorted(range(len(events)), key=lambda i: (-len(events[i].arguments), i))
    kept: dict[int, EventRecord] = {}
    for i in order:
        ev = events[i]
        hosts = [k for k in kept.values() if _covered_by(ev, k)]
        hosts.sort(key=lambda k: (k.time_text != ev.time_text, k.time_text is not None))
        if hosts:
            hosts[0].time_text = hosts[0].time_text or ev.time_text
            continue
        kept[i] = EventRecord(ev.type, ev.modality, list(ev.arguments), ev.time_start, ev.time_end, ev.time_text)
    return [kept[i] for i in sorted(kept)]


def document_to_item(doc: dict, n: int, merge: bool = True) -> GoldItem:
    doc = unwrap_avro(doc)
    text = doc.get("text")
    if not isinstance(text, str):
        raise DataError(f"document {n}: no text")
    events = [ev for rel in doc.get("relationMentions") or [] if (ev := relation_to_event(rel, text))]
    date = doc.get("date")
    published = date[:10] if isinstance(date, str) and len(date) >= 10 else None
    return GoldItem(str(doc.get("id") or n), doc.get("langCode") or "de", text, published,
                    merge_mentions(events) if merge else events)


def relation_names(path: str | Path) -> set[str]:
    """Every relation type in a file, so the CLI can say which ones have no counterpart."""
    names: set[str] = set()
    for line in open_text(Path(path)):
        if line.strip():
            doc = unwrap_avro(json.loads(line))
            names.update(r.get("name") for r in doc.get("relationMentions") or [] if r.get("name"))
    return names


def read_smartdata(path: str | Path, merge: bool = True) -> list[GoldItem]:
    """Documents of a SmartData or MobIE JSONL(.gz) file as gold items (one per document).

    `merge` folds relation mentions of the same fact into one event (see `merge_mentions`).
    """
    path = Path(path)
    items = []
    for n, line in enumerate(open_text(path), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        items.append(document_to_item(doc, n, merge))
    return items
