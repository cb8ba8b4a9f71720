"""`newsgraph eval ner`: score our entity recognition on any annotated file of ../shared/data."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli.app import eval_app
from newsgraph.errors import NewsgraphError
from newsgraph.nlp.corpora import FORMATS
from newsgraph.nlp.ner import NerOptions

_RULE_MODES = ("off", "fill", "strong")


@eval_app.command("ner")
def eval_ner_cli(
    data: Annotated[str, typer.Option("--data", metavar="PATH", help="Annotated file (gzipped or not).")],
    fmt: Annotated[str | None, typer.Option(
        "--format", metavar="|".join(FORMATS), help="File format; default: detected from the content.")] = None,
    types: Annotated[str | None, typer.Option(
        "--types", metavar="PER,LOC,ORG", help="Types to score (OTH = MISC); default: every type in the gold data.")]
    = None,
    lang: Annotated[str, typer.Option("--lang", metavar="de|en", help="Language of the data.")] = "de",
    rules: Annotated[str, typer.Option("--rules", metavar="|".join(_RULE_MODES),
                                       help="How rules join the model (ablation; default: shipped setting).")]
    = NerOptions.rules,
    no_model: Annotated[bool, typer.Option("--no-model", help="Rules only (ablation).")] = False,
    no_consistency: Annotated[bool, typer.Option("--no-consistency",
                                                 help="Without document-level consistency (ablation).")] = False,
    no_names: Annotated[bool, typer.Option("--no-names",
                                           help="Without the names table of the training data (ablation).")] = False,
    model_dir: Annotated[str | None, typer.Option("--model", metavar="DIR",
                                                  help="Score another trained model instead of the shipped one.")]
    = None,
    errors: Annotated[int, typer.Option("--errors", help="Also print up to N false positives/negatives.")] = 0,
) -> None:
    """Precision, recall and F1 per type (exact span and type match), then `overall P=… R=… F1=…`."""
    from newsgraph.nlp.evaluate import evaluate, format_result

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    if rules not in _RULE_MODES:
        raise typer.BadParameter(f"{rules!r} is not one of {', '.join(_RULE_MODES)}", param_hint="--rules")
    if lang not in ("de", "en"):
        raise typer.BadParameter(f"{lang!r} is not de or en", param_hint="--lang")
    options = NerOptions(model=not no_model, rules=rules, consistency=not no_consistency, names=not no_names,
                         model_dir=model_dir)
    try:
        result = evaluate(data, fmt=fmt, types=types.split(",") if types else None, lang=lang, options=options,
                          keep_errors=errors)
    except NewsgraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    for kind, text, label in result.errors:
        typer.echo(f"{kind} {label:7} {text}")
    for line in format_result(result):
        typer.echo(line)
