"""`newsgraph train ner`: train the NER model of one language from ../shared/data into the package."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli.app import train_app
from newsgraph.errors import NewsgraphError

_DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"


@train_app.command("ner")
def train_ner_cli(
    lang: Annotated[str, typer.Option("--lang", metavar="de|en", help="Language of the model to train.")],
    data: Annotated[Path, typer.Option("--data", metavar="PATH",
                                       help="The shared data sets folder (default: ../shared/data).")]
    = _DEFAULT_DATA,
    work_dir: Annotated[Path, typer.Option("--work-dir", metavar="DIR",
                                           help="Where corpora and checkpoints go.")] = Path("build/train"),
    output: Annotated[Path | None, typer.Option("--output", metavar="DIR",
                                                help="Install the model here instead of the package.")] = None,
    max_steps: Annotated[int | None, typer.Option("--max-steps", help="Override the config's step budget.")]
    = None,
    finetune_steps: Annotated[int | None, typer.Option(
        "--finetune-steps", help="Override stage 2's step budget (ner_finetune.cfg).")] = None,
    lexicon_vectors: Annotated[bool, typer.Option(
        "--lexicon-vectors/--no-lexicon-vectors",
        help="Feed gazetteer membership to the model as static vectors (train/lexicon_vectors.py).")] = False,
    seed: Annotated[int | None, typer.Option("--seed", help="Random seed (default: the config's, 0).")] = None,
    augment: Annotated[float, typer.Option(
        "--augment", metavar="RATE",
        help="Add mention-replaced copies of the news/gold sentences, RATE per sentence (train/augment.py).")]
    = 0.0,
    finetune_augment: Annotated[float | None, typer.Option(
        "--finetune-augment", metavar="RATE", help="Stage 2's augmentation rate (default: --augment's).")] = None,
    augment_types: Annotated[str, typer.Option(
        "--augment-types", metavar="T1,T2", help="Mention types that --augment replaces.")] = "PER,LOC,ORG",
    oversample_org: Annotated[int, typer.Option(
        "--oversample-org", metavar="N", help="Stage 2: repeat news/gold sentences with an ORG mention N more times.")]
    = 0,
    self_train: Annotated[str | None, typer.Option(
        "--self-train", metavar="PATH|auto",
        help="Add unlabelled text tagged by the shipped pipeline (train/selftrain.py): a file it wrote, or auto.")]
    = None,
    self_train_limit: Annotated[int | None, typer.Option(
        "--self-train-limit", metavar="N", help="At most N self-training sentences (a fixed random choice).")] = None,
    self_train_stages: Annotated[str, typer.Option(
        "--self-train-stages", metavar="1|2|both", help="Which stage trains on the self-training sentences.")]
    = "1",
) -> None:
    """Build the corpora (label mapping and held-out overlaps: docs/ner.md), train, install the best model."""
    from newsgraph.train.ner import result_json, train_ner

    if lang not in ("de", "en"):
        raise typer.BadParameter(f"{lang!r} is not de or en", param_hint="--lang")
    try:
        result = train_ner(lang, data, work_dir / lang, output=output, max_steps=max_steps,
                           finetune_steps=finetune_steps, lexicon_vectors=lexicon_vectors, seed=seed, augment=augment,
                           finetune_augment=finetune_augment, oversample_org=oversample_org,
                           self_train=self_train, self_train_limit=self_train_limit,
                           self_train_stages=self_train_stages,
                           augment_types=tuple(t.strip() for t in augment_types.split(",") if t.strip()))
    except NewsgraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(result_json(result))
