"""`newsgraph ingest`: files, folders and URLs → the store, with a summary of what happened."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsgraph import ingest
from newsgraph.cli.app import app
from newsgraph.cli.common import DbOption, db_path, stderr, stdout
from newsgraph.errors import InputError
from newsgraph.settings import Settings
from newsgraph.store import open_store
from newsgraph.store.loading import LoadReport, store_sources


@app.command("ingest")
def ingest_cli(
    inputs: Annotated[list[str] | None, typer.Argument(metavar="PATH|URL...", show_default=False,
                                                       help="Files (.html .htm .txt .md), folders (read "
                                                            "recursively) or http(s) URLs.")] = None,
    from_file: Annotated[Path | None, typer.Option(
        "--from", metavar="FILE", dir_okay=False,
        help="Also read inputs from FILE, one path or URL a line ('-' for standard input); blank lines and "
             "lines starting with # are skipped.")] = None,
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line and failures.")] = False,
) -> None:
    """Read articles, extract main text and facts, and store them.

    Identical text already in the store is counted as "already known" and not
    stored again; a source whose text changed is stored as a new revision
    beside the old one. Every input that fails is listed with its reason and
    recorded in the store. Exit status: 0 when nothing failed, 1 otherwise.
    """
    inputs = list(inputs or []) + (_read_list(from_file) if from_file is not None else [])
    if not inputs:
        raise typer.BadParameter("give at least one PATH|URL, or --from FILE")
    settings = Settings()
    settings.db = db_path(db)
    with open_store(settings.db) as store:
        err = stderr()
        show_progress = err.is_terminal and not quiet
        with Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
                      MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
                      disable=not show_progress) as progress:
            task = progress.add_task("ingesting", total=_count(inputs) if show_progress else None)

            def on_item(source: str, outcome: str) -> None:
                progress.update(task, advance=1, description=f"{outcome}: {source[-60:]}")

            report = LoadReport()
            try:
                store_sources(store, inputs, settings, on_item=on_item, report=report)
            except KeyboardInterrupt:
                progress.stop()
                _print_summary(report, settings.db, quiet, store.counts())
                stderr().print("newsgraph: interrupted; everything stored before this point is kept")
                raise
        totals = store.counts()
    _print_summary(report, settings.db, quiet, totals)
    raise typer.Exit(1 if report.failed else 0)


def _read_list(path: Path) -> list[str]:
    """Inputs listed in a file (or stdin for '-'): one a line, # comments and blank lines skipped."""
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the input list ({getattr(exc, 'strerror', None) or exc})") from exc
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _count(inputs: list[str]) -> int | None:
    """Total for the progress bar, from the ingest package's cheap folder walk (None: unknown)."""
    count_sources = getattr(ingest, "count_sources", None)
    if count_sources is None:
        return None
    try:
        return int(count_sources(inputs)) or None
    except Exception:  # noqa: BLE001 — a progress estimate must never stop an ingest
        return None


def _print_summary(report: LoadReport, db: str, quiet: bool, totals: dict[str, int]) -> None:
    out = stdout()
    if not quiet:
        for result in report.results:
            if result.status != "known":
                out.print(f"{result.status:8} {result.article_id}  {escape(result.source)}", soft_wrap=True)
    out.print(f"ingested {len(report.new)}, already known {len(report.known)}, "
              f"new revisions {len(report.revisions)}, failed {len(report.failed)}  (store: {escape(db)})",
              soft_wrap=True)
    if not quiet:
        out.print(f"the store now holds {totals['articles']} articles, {totals['entities']} entities, "
                  f"{totals['article_values']} values, {totals['events']} events", soft_wrap=True)
    err = stderr()
    for rejection in report.failed:
        # escape() the whole line: '[ingest]' would otherwise be read as Rich markup and vanish
        err.print(escape(f"failed   {rejection.source}: {rejection.reason} [{rejection.stage}]"), soft_wrap=True)
