"""Command-line interface: a thin shell over pipeline, store and evaluation functions.

Each command lives in its own module and registers itself on `cli.app.app`.
`main()` is the one place that turns errors into exit codes: a NewsgraphError
(bad input, missing store, ...) becomes one line on stderr naming the input,
an unexpected exception one line asking for --debug; tracebacks only with
--debug (accepted anywhere on the command line) or NEWSGRAPH_DEBUG=1.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from typing import Annotated

import typer

from newsgraph.cli.app import app
from newsgraph.cli import browse, eval_events, eval_ner, export, extract, ingest, train  # noqa: F401  (registers)
from newsgraph.errors import NewsgraphError

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130


@app.callback()
def _global_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logging on errors.")] = False,
) -> None:
    """Turn news articles into a knowledge graph of what companies do."""
    if debug:
        _enable_debug()


def _enable_debug() -> None:
    logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")


def _take_debug_flag(args: list[str]) -> tuple[list[str], bool]:
    """Remove --debug from anywhere before a `--` separator, so `newsgraph ingest x --debug` works too."""
    cut = args.index("--") if "--" in args else len(args)
    head = [a for a in args[:cut] if a != "--debug"]
    return head + args[cut:], len(head) != cut


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `newsgraph` console script; exits with the command's status."""
    args, debug = _take_debug_flag(list(sys.argv[1:] if argv is None else argv))
    debug = debug or os.environ.get("NEWSGRAPH_DEBUG", "") not in ("", "0")
    if debug:
        _enable_debug()
    else:
        logging.basicConfig(level=logging.WARNING, format="newsgraph: %(levelname)s: %(message)s")
    try:
        # Standalone mode: typer/click print usage errors and --help themselves and exit via SystemExit.
        app(args=args, prog_name="newsgraph")
        status = 0
    except KeyboardInterrupt:
        print("newsgraph: interrupted; everything stored before this point is kept", file=sys.stderr)
        status = EXIT_INTERRUPTED
    except NewsgraphError as exc:
        if debug:
            traceback.print_exc()
        print(f"newsgraph: error: {_one_line(str(exc))}", file=sys.stderr)
        status = EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 — a bug: say so in one line, trace only on request
        if debug:
            traceback.print_exc()
        print(f"newsgraph: internal error: {_one_line(repr(exc))} (run again with --debug for the traceback)",
              file=sys.stderr)
        status = EXIT_ERROR
    sys.stdout.flush()
    sys.exit(status if isinstance(status, int) else 0)
