"""Command-line interface: a thin shell over pipeline, store and evaluation functions.

Each command lives in its own module and registers itself on `cli.app.app`.
"""

from __future__ import annotations

from newsgraph.cli.app import app
from newsgraph.cli import browse, eval_events, eval_ner, export, extract, ingest, train  # noqa: F401  (registers)


def main() -> None:
    app()
