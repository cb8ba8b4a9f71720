"""`newsgraph eval events`: score the event stage on the gold dev sets or SmartData/MobIE.

A thin shell: reading, matching and scoring live in `newsgraph.events.evaluate`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from newsgraph.cli.app import eval_app
from newsgraph.cli.common import stderr, stdout
from newsgraph.errors import NewsgraphError
from newsgraph.events.evaluate import EvalResult, EventRecord, GoldItem, detect_format, evaluate, \
    pipeline_predictor, read_items
from newsgraph.model import EVENT_TYPES, MODALITIES


def parse_types(types: str | None, fmt: str) -> tuple[str, ...] | None:
    """--types as given, else SmartData's business types for SmartData and every type for gold."""
    from newsgraph.events.smartdata import BUSINESS_TYPES

    if types:
        chosen = tuple(t.strip() for t in types.split(",") if t.strip())
        unknown = [t for t in chosen if t not in EVENT_TYPES]
        if unknown:
            raise typer.BadParameter(f"unknown event type(s) {', '.join(unknown)}; "
                                     f"known: {', '.join(EVENT_TYPES)}", param_hint="--types")
        return chosen
    return BUSINESS_TYPES if fmt == "smartdata" else None


def load(paths: list[Path], fmt: str | None, keep_mentions: bool) -> tuple[list[GoldItem], str]:
    formats = {p: fmt or detect_format(p) for p in paths}
    if len(set(formats.values())) > 1:
        raise typer.BadParameter("all --data files must have the same format", param_hint="--data")
    chosen = next(iter(formats.values()))
    items: list[GoldItem] = []
    for path in paths:
        if chosen == "smartdata":
            from newsgraph.events.smartdata import read_smartdata

            items.extend(read_smartdata(path, merge=not keep_mentions))
        else:
            items.extend(read_items(path, chosen))
    return items, chosen


def result_table(result: EvalResult) -> Table:
    table = Table(title="events", show_lines=False)
    for name in ("type", "gold", "pred", "tp", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "type" else "right")
    for etype, prf in sorted(result.per_type.items()):
        table.add_row(etype, str(prf.tp + prf.fn), str(prf.tp + prf.fp), str(prf.tp),
                      f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
    return table


def role_table(result: EvalResult) -> Table:
    table = Table(title="arguments of matched events, per role")
    for name in ("role", "gold", "pred", "tp", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "role" else "right")
    for role, prf in sorted(result.arguments_per_role.items()):
        table.add_row(role, str(prf.tp + prf.fn), str(prf.tp + prf.fp), str(prf.tp),
                      f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
    return table


def modality_table(result: EvalResult) -> Table:
    """Rows: gold modality; columns: predicted modality; over matched events."""
    table = Table(title="modality of matched events (rows gold, columns predicted)")
    table.add_column("gold")
    for m in MODALITIES:
        table.add_column(m, justify="right")
    for g in MODALITIES:
        table.add_row(g, *(str(result.modality.get((g, p), 0)) for p in MODALITIES))
    return table


def _describe(ev: EventRecord) -> str:
    args = ", ".join(f"{a.role}={a.text!r}" for a in ev.arguments)
    return f"{ev.type}/{ev.modality}({args})"


def print_errors(result: EvalResult) -> None:
    out = stdout()
    for outcome in result.outcomes:
        wrong_modality = [(g, p) for g, p in outcome.matched if g.modality != p.modality]
        if not (outcome.missed or outcome.spurious or wrong_modality):
            continue
        out.print(f"[bold]{outcome.id}[/bold]")
        for ev in outcome.missed:
            out.print(f"  missed   {_describe(ev)}", markup=False, soft_wrap=True)
        for ev in outcome.spurious:
            out.print(f"  spurious {_describe(ev)}", markup=False, soft_wrap=True)
        for g, p in wrong_modality:
            out.print(f"  modality {g.type}: gold {g.modality}, predicted {p.modality}", markup=False, soft_wrap=True)


@eval_app.command("events")
def eval_events(
    data: Annotated[list[Path], typer.Option("--data", metavar="PATH", exists=True, dir_okay=False,
                                             help="Gold JSONL or SmartData/MobIE JSONL(.gz); repeatable.")],
    fmt: Annotated[str | None, typer.Option("--format", metavar="gold|smartdata",
                                            help="Data format; detected from the file when left out.")] = None,
    types: Annotated[str | None, typer.Option("--types", metavar="t1,t2",
                                              help="Event types to score. Default: all (gold), the business "
                                                   "types (SmartData).")] = None,
    lang: Annotated[str | None, typer.Option("--lang", metavar="de|en",
                                             help="Score only items in this language.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N items.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List missed and spurious events per item.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Also print argument scores per role and the "
                                                            "modality confusion matrix.")] = False,
    json_out: Annotated[Path | None, typer.Option("--json", metavar="FILE",
                                                  help="Also write the scores as JSON to FILE.")] = None,
    keep_mentions: Annotated[bool, typer.Option("--keep-mentions",
                                                help="SmartData: score every relation mention as its own "
                                                     "event instead of one event per fact.")] = False,
) -> None:
    """Precision, recall and F1 of event extraction per type, with argument, modality and time scores."""
    if fmt not in (None, "gold", "smartdata"):
        raise typer.BadParameter("use gold or smartdata", param_hint="--format")
    try:
        items, chosen = load(data, fmt, keep_mentions)
    except NewsgraphError as exc:
        stderr().print(f"error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    type_list = parse_types(types, chosen)
    if lang:
        items = [i for i in items if i.lang == lang]
    if limit:
        items = items[:limit]
    scored_roles = None
    if chosen == "smartdata":
        from newsgraph.events.smartdata import SCORED_ROLES, relation_names

        scored_roles = SCORED_ROLES
        wanted = set(type_list or ())
        if not any(ev.type in wanted for item in items for ev in item.events):
            found = sorted(set().union(*(relation_names(p) for p in data)))
            stdout().print(f"no applicable event types: none of {', '.join(sorted(wanted))} is annotated "
                           f"in this data (it has: {', '.join(found) or 'no relations'})", markup=False, soft_wrap=True)
            print("overall P=0.000 R=0.000 F1=0.000")
            return
    result = evaluate(items, pipeline_predictor(), type_list, scored_roles)
    out = stdout()
    if errors:
        print_errors(result)
    out.print(result_table(result))
    if details:
        out.print(role_table(result))
        out.print(modality_table(result))
    arg = result.arguments
    wrong, unsure = result.unsure_as_fact
    out.print(f"items {result.items}", markup=False, soft_wrap=True)
    if result.failures:
        out.print(f"prediction failed on {len(result.failures)} items (scored as no events): "
                  + "; ".join(f"{i}: {e}" for i, e in result.failures[:5]), markup=False, soft_wrap=True)
    out.print(f"arguments (matched events) P={arg.precision:.3f} R={arg.recall:.3f} F1={arg.f1:.3f}", markup=False, soft_wrap=True)
    out.print(f"modality accuracy {result.modality_accuracy:.3f} over {result.modality_total} matched events; "
              f"not-asserted reported as asserted: {wrong}/{unsure}", markup=False, soft_wrap=True)
    out.print(f"time accuracy {result.time_accuracy:.3f} over {result.time_total} matched events with gold time",
              markup=False)
    if json_out:
        json_out.write_text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    overall = result.overall
    print(f"overall P={overall.precision:.3f} R={overall.recall:.3f} F1={overall.f1:.3f}")
