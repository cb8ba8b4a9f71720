"""The Typer applications every command module registers on.

Kept apart from `cli/__init__.py` so command modules can import it without a cycle.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles into a knowledge graph of what companies do.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score newsgraph against annotated data (NER, events).", no_args_is_help=True)
train_app = typer.Typer(help="Train the models shipped in the package from ../shared/data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
