"""Options and output helpers shared by the store commands (ingest, articles, show, export)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsgraph.settings import Settings
from newsgraph.store import SQLiteStore, open_store

DbOption = Annotated[
    Path | None,
    typer.Option("--db", metavar="DB", show_default=False,
                 help="SQLite file of the store. Default: $NEWSGRAPH_DB, else ./newsgraph.db."),
]


def db_path(db: Path | None) -> str:
    return str(db) if db is not None else Settings().db


def open_existing(db: Path | None) -> SQLiteStore:
    """Read commands never create a database: a wrong --db is an error, not an empty result."""
    return open_store(db_path(db), create=False)


def stdout() -> Console:
    """A console on the current sys.stdout (so test runners that swap streams see the output)."""
    return Console(highlight=False)


def stderr() -> Console:
    return Console(stderr=True, highlight=False)
