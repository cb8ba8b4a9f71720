"""`newsgraph export`: the whole store as JSONL, exactly the data contract (../shared/SCHEMA.md)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli.app import app
from newsgraph.cli.common import DbOption, open_existing, stderr
from newsgraph.errors import InputError
from newsgraph.export import iter_export, write_jsonl


class ExportFormat(str, Enum):
    jsonl = "jsonl"


class Kind(str, Enum):
    article = "article"
    entity = "entity"
    value = "value"
    event = "event"
    story = "story"


@app.command("export")
def export_cli(
    db: DbOption = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format (JSON Lines).")]
    = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", dir_okay=False,
                                                help="Write to FILE instead of standard output.")] = None,
    kinds: Annotated[list[Kind] | None, typer.Option("--kind", "-k",
                                                     help="Only objects of this kind; repeat for several. "
                                                          "Default: all kinds.")] = None,
) -> None:
    """Write every article, entity, value, event and story in the store, one JSON object per line.

    Objects come grouped by kind in that order; each has a "kind" field and
    the fields of ../shared/SCHEMA.md (schema: src/newsgraph/schema/export.schema.json).
    """
    with open_existing(db) as store:
        wanted = {k.value for k in kinds} if kinds else None
        records = (r for r in iter_export(store, kinds=wanted))
        if output is None:
            write_jsonl(records, sys.stdout)
            sys.stdout.flush()
            return
        tmp = output.with_name(output.name + ".partial")
        try:
            with tmp.open("w", encoding="utf-8") as out:
                n = write_jsonl(records, out)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise InputError(str(output), f"cannot write ({exc.strerror or exc})") from exc
        tmp.replace(output)  # a reader never sees half an export
    stderr().print(f"exported {n} objects to {output}")
