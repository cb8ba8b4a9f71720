"""`newsgraph extract`: run the pipeline on one input and print its JSONL objects; stores nothing."""

from __future__ import annotations

import sys
from datetime import date
from typing import Annotated

import typer

from newsgraph import content, ingest
from newsgraph.cli.app import app
from newsgraph.errors import ContentError, InputError
from newsgraph.export import article_records, span_problems, write_jsonl
from newsgraph.model import Article, Rejection
from newsgraph.pipeline import annotate_article, process_text
from newsgraph.resolve import resolve_article
from newsgraph.settings import Settings


def _valid_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _valid_language(value: str | None) -> str | None:
    if value is None:
        return None
    allowed = Settings().languages
    if value not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of the configured languages: {', '.join(allowed)}")
    return value


@app.command("extract")
def extract_cli(
    file: Annotated[str | None, typer.Argument(metavar="[FILE|URL]", show_default=False,
                                               help="An article file (.html .htm .txt .md) or an http(s) URL.")]
    = None,
    text: Annotated[str | None, typer.Option("--text", "-t", metavar="TEXT",
                                             help="Use TEXT as the article's main text instead of a file.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", metavar="de|en", callback=_valid_language,
                                             help="Language of the article; default: identified from the text.")]
    = None,
    published: Annotated[str | None, typer.Option(
        "--published", metavar="YYYY-MM-DD", callback=_valid_date,
        help="Publication date, used to resolve relative dates such as 'gestern'; overrides the page's own.")]
    = None,
) -> None:
    """Print the article, entity, value and event objects found in one input, as JSONL. Stores nothing.

    Give either FILE or --text. The objects have the same shape as `newsgraph export`.
    """
    if (file is None) == (text is None):
        raise typer.BadParameter("give either FILE or --text, not both and not neither")
    settings = Settings()
    if text is not None:
        if not text.strip():
            raise InputError("--text", "empty text")
        article = process_text(text, language=lang, published=published, settings=settings)
    else:
        article = _extract_file(file, lang, published, settings)
    entities = resolve_article(article)
    problems = span_problems(article, entities)
    if problems:
        raise ContentError(article.source, f"internal offsets are wrong: {problems[0]}")
    write_jsonl(article_records(article, entities), sys.stdout)
    sys.stdout.flush()


def _extract_file(source: str, lang: str | None, published: str | None, settings: Settings) -> Article:
    items = list(ingest.read_sources([source], settings))
    pages = [i for i in items if not isinstance(i, Rejection)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    if rejections and not pages:
        raise InputError(rejections[0].source, rejections[0].reason)
    if len(pages) != 1:
        raise InputError(source, f"expected one article, found {len(pages)}; use `newsgraph ingest` for folders")
    article = content.extract_content(pages[0], settings)
    if lang is not None:
        article.language = lang
        article.language_confidence = None
    if published is not None:
        article.published = published
    return annotate_article(article, settings)
