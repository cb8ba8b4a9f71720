"""`newsgraph articles` and `newsgraph show`: look into the store from the terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.markup import escape
from rich.table import Table

from newsgraph.cli.app import app
from newsgraph.cli.common import DbOption, open_existing, stdout
from newsgraph.errors import StoreError
from newsgraph.export import article_records, write_jsonl
from newsgraph.model import ENTITY_TYPES, Article, Entity, Event


@app.command("articles")
def articles_cli(
    db: DbOption = None,
    lang: Annotated[str | None, typer.Option("--lang", metavar="LANG",
                                             help="Only articles in this language (ISO 639-1, e.g. de, en).")] = None,
    search: Annotated[str | None, typer.Option(
        "--search", "-s", metavar="QUERY",
        help='Full-text search over title and text. All words must occur; "quoted words" match as a phrase; '
             "word* matches a prefix. Best matches first.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many articles.")] = 50,
    latest: Annotated[bool, typer.Option("--latest", help="Hide older revisions of changed sources.")] = False,
) -> None:
    """List stored articles, newest first (or best match first with --search)."""
    with open_existing(db) as store:
        rows = store.list_articles(language=lang, search=search, limit=limit, latest_only=latest)
        total = store.counts()["articles"]
    out = stdout()
    if not rows:
        out.print("no matching articles" if (search or lang) else "the store holds no articles yet")
        return
    table = Table(title=f"{len(rows)} of {total} articles", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("id", no_wrap=True)
    table.add_column("lang", no_wrap=True, min_width=4)
    table.add_column("published", no_wrap=True)
    table.add_column("title", min_width=20)
    table.add_column("source", min_width=10, max_width=28, overflow="ellipsis", no_wrap=True)
    for r in rows:
        title = escape(r.title or "(no title)") + ("" if r.is_latest else " [dim](older revision)[/dim]")
        if r.snippet:
            title += "\n[dim]" + escape(" ".join(r.snippet.split())) + "[/dim]"
        table.add_row(r.id, r.language or "", r.published or "", title, escape(_short_source(r.source)))
    out.print(table)


@app.command("entities")
def entities_cli(
    db: DbOption = None,
    type_: Annotated[str | None, typer.Option("--type", "-t", metavar="TYPE",
                                              help="Only this type: ORG, PER, LOC, PRODUCT or MISC.")] = None,
    name: Annotated[str | None, typer.Option("--name", metavar="TEXT",
                                             help="Only entities with a spelling containing TEXT "
                                                  "(any case).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many.")] = 50,
) -> None:
    """List entities, most widely reported first: how many articles and mentions name each."""
    if type_ is not None and type_.upper() not in ENTITY_TYPES:
        raise typer.BadParameter(f"{type_!r} is not one of {', '.join(ENTITY_TYPES)}", param_hint="--type")
    with open_existing(db) as store:
        rows = store.list_entities(type=type_, name=name, limit=limit)
        total = store.counts()["entities"]
    out = stdout()
    if not rows:
        out.print("no matching entities" if (type_ or name) else "the store holds no entities yet")
        return
    table = Table(title=f"{len(rows)} of {total} entities", title_justify="left", box=box.SIMPLE_HEAD)
    for col in ("type", "name", "country", "articles", "mentions", "id"):
        table.add_column(col, no_wrap=col in ("type", "id"))
    for r in rows:
        table.add_row(r.type, escape(r.name), r.country or "", str(r.articles), str(r.mentions), r.id)
    out.print(table)


@app.command("rejections")
def rejections_cli(
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many, newest first.")] = 50,
) -> None:
    """List inputs that did not become articles (unreadable, empty, no main text, failed stage), with the reason."""
    with open_existing(db) as store:
        rows = store.rejections(limit=limit)
        total = store.counts()["rejections"]
    out = stdout()
    if not rows:
        out.print("no rejected inputs")
        return
    table = Table(title=f"{len(rows)} of {total} rejected inputs", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("at", no_wrap=True)
    table.add_column("stage", no_wrap=True)
    table.add_column("source", overflow="fold")
    table.add_column("reason", overflow="fold")
    for r in rows:
        table.add_row(r.at, r.stage, escape(r.source), escape(r.reason))
    out.print(table)


def _short_source(source: str) -> str:
    """File name for paths, host and path for URLs: the part that tells articles apart."""
    if "://" in source:
        return source.split("://", 1)[1]
    return Path(source).name or source


@app.command("show")
def show_cli(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id (a_…) or a unique prefix of it.")],
    db: DbOption = None,
    chars: Annotated[int, typer.Option("--chars", min=0, help="Characters of the text to show.")] = 600,
    as_json: Annotated[bool, typer.Option("--json", help="Print the article's export objects (JSONL) instead: "
                                                         "article, its entities (this article's mentions only), "
                                                         "values, events.")] = False,
) -> None:
    """Show one article: metadata, a text excerpt, and the entities, values and events found in it."""
    with open_existing(db) as store:
        full_id = store.find_article_id(article_id)
        article = store.get_article(full_id)
        if article is None:  # deleted between the two reads
            raise StoreError(f"{article_id}: no such article in {store.path}")
        entities = store.article_entities(full_id)
        revisions = store.revisions(full_id)
    if as_json:
        write_jsonl(article_records(article, entities), sys.stdout)
        return
    out = stdout()
    _print_metadata(out, article)
    _print_revisions(out, article.id, revisions)
    excerpt = article.text[:chars] + ("…" if len(article.text) > chars else "")
    out.print()
    out.print(escape(excerpt), soft_wrap=True)
    _print_entities(out, entities)
    _print_values(out, article)
    _print_events(out, article.events)


def _print_metadata(out, article: Article) -> None:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for label, value in (("id", article.id), ("title", article.title), ("source", article.source),
                         ("url", article.url), ("canonical", article.canonical_url), ("site", article.site),
                         ("language", f"{article.language}" + (f" ({article.language_confidence:.2f})"
                                                              if article.language_confidence is not None else "")),
                         ("published", article.published), ("authors", ", ".join(article.authors)),
                         ("ingested", article.ingested_at), ("characters", str(len(article.text)))):
        if value:
            table.add_row(label, escape(str(value)))
    out.print(table)


def _print_revisions(out, article_id: str, revisions: list) -> None:
    """Only worth a line when some source delivered more than one text."""
    by_source: dict[str, list] = {}
    for r in revisions:
        by_source.setdefault(r.source_key, []).append(r)
    for source, revs in by_source.items():
        if len(revs) < 2:
            continue
        position = next(i for i, r in enumerate(revs, 1) if r.article_id == article_id)
        latest = next(r.article_id for r in revs if r.is_latest)
        note = "the latest" if latest == article_id else f"latest is {latest}"
        out.print(f"revision {position} of {len(revs)} of {escape(source)} ({note})", soft_wrap=True)


def _print_entities(out, entities: list[Entity]) -> None:
    if not entities:
        return
    table = Table(title=f"entities ({len(entities)})", title_justify="left")
    for col in ("type", "name", "mentions", "also written", "id"):
        table.add_column(col)
    for e in entities:
        table.add_row(e.type, escape(e.name) + (f" [{e.country}]" if e.country else ""), str(len(e.mentions)),
                      escape(", ".join(e.aliases)), e.id)
    out.print(table)


def _print_values(out, article: Article) -> None:
    if not article.values:
        return
    table = Table(title=f"values ({len(article.values)})", title_justify="left")
    for col in ("kind", "text", "value", "at"):
        table.add_column(col)
    for v in article.values:
        table.add_row(v.kind, escape(v.text), escape(json.dumps(v.value, ensure_ascii=False)), f"{v.start}–{v.end}")
    out.print(table)


def _print_events(out, events: list[Event]) -> None:
    if not events:
        return
    table = Table(title=f"events ({len(events)})", title_justify="left")
    for col in ("type", "modality", "arguments", "time", "confidence"):
        table.add_column(col)
    for ev in events:
        args = "; ".join(f"{a.role}: {a.text}" for a in ev.arguments)
        table.add_row(ev.type, ev.modality, escape(args), escape(ev.time.text) if ev.time else "",
                      f"{ev.confidence:.2f}")
    out.print(table)
