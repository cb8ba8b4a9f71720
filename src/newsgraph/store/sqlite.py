"""SQLite store: one file, WAL, foreign keys, every article written in one transaction.

Writes go through `write(fn)`, which runs `fn(connection)` between
BEGIN IMMEDIATE and COMMIT (rolling back on any exception, including
KeyboardInterrupt), so an article is stored with all of its mentions, values,
entities and events or not at all, and a failing input never touches what was
stored before it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from newsgraph.errors import StoreError
from newsgraph.export import span_problems
from newsgraph.model import (Argument, Article, Entity, Event, Evidence, Mention, MentionRef, Region, Rejection,
                             Sentence, Story, TimeSpan, Value, utc_now)
from newsgraph.store.base import ArticleSummary, EntitySummary, IngestResult, Revision, StoredRejection
from newsgraph.store.migrations import current_version, migrate

T = TypeVar("T")
LOGGER = logging.getLogger(__name__)

_URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_SEARCH_TOKEN_RE = re.compile(r'"([^"]*)"|(\S+)')


def source_key(article: Article) -> str:
    """The identity of "the same source" for revisions.

    Web pages: the final URL (after redirects), else the URL as given. Files:
    the absolute path, so `./a.html` and `/abs/a.html` are one source. The
    canonical URL is not used: sites often point it at a section front.
    """
    if article.url:
        return article.url
    if _URL_RE.match(article.source) or article.source.startswith("<"):
        return article.source
    return os.path.abspath(article.source)


def fts_query(user_input: str) -> str | None:
    """User search text → an FTS5 MATCH expression that cannot be a syntax error.

    Every whitespace-separated word becomes a quoted FTS5 string (so AND, OR,
    NEAR, column filters and stray quotes lose their meaning); text in double
    quotes stays one phrase; a trailing * on a word keeps prefix search.
    All terms must match. None when nothing searchable is left.
    """
    terms: list[str] = []
    for phrase, word in _SEARCH_TOKEN_RE.findall(user_input):
        raw = phrase if phrase else word
        prefix = bool(word) and word.endswith("*") and len(word.rstrip("*")) > 0
        raw = raw.rstrip("*") if prefix else raw
        if not re.search(r"\w", raw):
            continue
        quoted = '"' + raw.replace('"', '""') + '"'
        terms.append(quoted + ("*" if prefix else ""))
    return " ".join(terms) if terms else None


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class SQLiteStore:
    """The SQLite implementation of `newsgraph.store.base.Store`."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True, migrate_schema: bool = True):
        self.path = str(path)
        if not create and self.path != ":memory:" and not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no such database; create it with `newsgraph ingest ... --db {self.path}`")
        if self.path != ":memory:" and not Path(self.path).expanduser().parent.is_dir():
            raise StoreError(f"{self.path}: folder {Path(self.path).expanduser().parent} does not exist")
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self._conn.row_factory = sqlite3.Row
            # SQLite's lower() only knows ASCII; name searches need Unicode case folding (Ö, ß).
            self._conn.create_function("ng_casefold", 1, lambda v: v.casefold() if isinstance(v, str) else v,
                                       deterministic=True)
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA busy_timeout = 30000")
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
            if migrate_schema:
                migrate(self._conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open as a newsgraph database ({exc})") from exc
        self._in_write = False

    # -- plumbing -----------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return current_version(self._conn)

    def close(self) -> None:
        try:
            self._conn.execute("PRAGMA optimize")  # keeps query planner statistics fresh, cheap when nothing changed
        except sqlite3.Error:
            pass
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run `fn(conn)` in one IMMEDIATE transaction: all of it is stored, or nothing."""
        if self._in_write:
            raise StoreError("nested store.write() calls are not supported")
        self._in_write = True
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(self._conn)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:  # also after a failed COMMIT (disk full), so the next write can start
                    try:
                        self._conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        LOGGER.exception("rollback failed on %s", self.path)
                raise
            return result
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: write failed ({exc})") from exc
        finally:
            self._in_write = False

    def _query(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, params).fetchall()

    # -- writing --------------------------------------------------------------------

    def add_article(self, article: Article, entities: list[Entity] | None = None) -> IngestResult:
        """Store one article with everything found in it, in one transaction.

        `entities` defaults to `resolve.resolve_article(article)`, which also sets
        Mention.entity_id and links event arguments.
        """
        if entities is None:
            from newsgraph.resolve import resolve_article

            entities = resolve_article(article)
        self._validate(article, entities)
        return self.write(lambda conn: self._add_article(conn, article, entities))

    def add_story(self, story: Story) -> None:
        """Store (or replace) a story: its title, articles, and the story_id of its events, in one transaction."""

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT INTO stories (id, title, created_at) VALUES (?, ?, ?) "
                         "ON CONFLICT (id) DO UPDATE SET title = excluded.title", (story.id, story.title, utc_now()))
            conn.execute("DELETE FROM story_articles WHERE story_id = ?", (story.id,))
            conn.executemany("INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)",
                             [(story.id, a) for a in dict.fromkeys(story.article_ids)])
            conn.execute("UPDATE events SET story_id = NULL WHERE story_id = ?", (story.id,))
            for event_id in story.event_ids:
                if conn.execute("UPDATE events SET story_id = ? WHERE id = ?", (story.id, event_id)).rowcount != 1:
                    raise StoreError(f"story {story.id}: no event {event_id} in {self.path}")

        self.write(write)

    def update_event(self, event_id: str, *, plan: dict | None = None, conflicts: list[dict] | None = None,
                     evidence: list[Evidence] | None = None) -> None:
        """What cross-article resolution learns about a stored event: plan status, conflicts, more evidence.

        Arguments left as None are not changed; evidence is added, never replaced.
        """

        def write(conn: sqlite3.Connection) -> None:
            if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
                raise StoreError(f"{event_id}: no such event in {self.path}")
            if plan is not None:
                conn.execute("UPDATE events SET plan = ? WHERE id = ?", (_dump(plan), event_id))
            if conflicts is not None:
                conn.execute("UPDATE events SET conflicts = ? WHERE id = ?", (_dump(conflicts), event_id))
            for e in evidence or []:
                text = conn.execute("SELECT text FROM articles WHERE id = ?", (e.article_id,)).fetchone()
                if text is None or text[0][e.start:e.end] != e.sentence:
                    raise StoreError(f"{event_id}: evidence {e.start}:{e.end} does not match article {e.article_id}")
                conn.execute("INSERT INTO evidence (event_id, article_id, start_char, end_char, sentence)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                             (event_id, e.article_id, e.start, e.end, e.sentence))

        self.write(write)

    def add_rejection(self, rejection: Rejection) -> None:
        self.write(lambda conn: conn.execute(
            "INSERT INTO rejections (source, stage, reason, at) VALUES (?, ?, ?, ?)",
            (rejection.source, rejection.stage, rejection.reason, utc_now())))

    @staticmethod
    def _validate(article: Article, entities: list[Entity]) -> None:
        """Refuse rows that would break the export contract, before anything is written."""
        if article.id != Article.id_for(article.text):
            raise StoreError(f"{article.source}: article id {article.id} does not derive from its text")
        problems = span_problems(article, entities)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise StoreError(f"{article.source}: {problems[0]}{more}")

    def _add_article(self, conn: sqlite3.Connection, article: Article, entities: list[Entity]) -> IngestResult:
        key = source_key(article)
        now = utc_now()
        existing = conn.execute("SELECT id FROM articles WHERE sha256 = ?", (article.sha256,)).fetchone()
        latest = conn.execute("SELECT article_id FROM revisions WHERE source_key = ? AND is_latest = 1",
                              (key,)).fetchone()
        previous_id = latest["article_id"] if latest else None
        if existing:
            article_id = existing["id"]
            self._record_revision(conn, key, article_id, now)
            return IngestResult("known", article_id, article.source, None)
        status = "revision" if conn.execute("SELECT 1 FROM revisions WHERE source_key = ? LIMIT 1",
                                            (key,)).fetchone() else "new"
        self._insert_article(conn, article)
        self._record_revision(conn, key, article.id, now)
        self._insert_entities(conn, entities)
        self._insert_mentions(conn, article)
        self._insert_values(conn, article)
        self._insert_events(conn, article, now)
        return IngestResult(status, article.id, article.source, previous_id if status == "revision" else None)

    @staticmethod
    def _record_revision(conn: sqlite3.Connection, key: str, article_id: str, now: str) -> None:
        """This source delivered this text just now: it becomes the source's latest revision."""
        conn.execute("UPDATE revisions SET is_latest = 0 WHERE source_key = ? AND article_id <> ? AND is_latest = 1",
                     (key, article_id))
        conn.execute(
            "INSERT INTO revisions (source_key, article_id, seen_at, last_seen_at, is_latest) VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT (source_key, article_id) DO UPDATE SET last_seen_at = excluded.last_seen_at, is_latest = 1",
            (key, article_id, now, now))

    @staticmethod
    def _insert_article(conn: sqlite3.Connection, a: Article) -> None:
        conn.execute(
            "INSERT INTO articles (id, source, url, canonical_url, title, language, language_confidence, published,"
            " authors, site, text, sha256, ingested_at, sentences, regions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.source, a.url, a.canonical_url, a.title, a.language, a.language_confidence, a.published,
             _dump(list(a.authors)), a.site, a.text, a.sha256, a.ingested_at,
             json.dumps([[s.start, s.end, s.language] for s in a.sentences]),
             json.dumps([[r.start, r.end, r.kind] for r in a.regions])))

    @staticmethod
    def _insert_entities(conn: sqlite3.Connection, entities: list[Entity]) -> None:
        """Entities are shared across articles: insert new ones, merge aliases and country into old ones."""
        now = utc_now()
        for e in entities:
            conn.execute(
                "INSERT INTO entities (id, type, name, country, created_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET country = coalesce(entities.country, excluded.country)",
                (e.id, e.type, e.name, e.country, now))
            for alias in dict.fromkeys([e.name, *e.aliases, *(m.text for m in e.mentions)]):
                conn.execute("INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING",
                             (e.id, alias))

    @staticmethod
    def _insert_mentions(conn: sqlite3.Connection, a: Article) -> None:
        conn.executemany(
            "INSERT INTO mentions (article_id, start_char, end_char, text, type, source, score, entity_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(a.id, m.start, m.end, m.text, m.type, m.source, m.score, m.entity_id) for m in a.mentions])

    @staticmethod
    def _insert_values(conn: sqlite3.Connection, a: Article) -> None:
        conn.executemany(
            "INSERT INTO article_values (article_id, start_char, end_char, text, value_kind, value, rule)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(a.id, v.start, v.end, v.text, v.kind, _dump(v.value), v.rule) for v in a.values])

    @staticmethod
    def _insert_events(conn: sqlite3.Connection, a: Article, now: str) -> None:
        """A new event gets its row and arguments; a known event id only gains evidence."""
        for ev in a.events:
            known = conn.execute("SELECT 1 FROM events WHERE id = ?", (ev.id,)).fetchone()
            if not known:
                t = ev.time
                conn.execute(
                    "INSERT INTO events (id, type, modality, time_text, time_start, time_end, time_value, confidence,"
                    " story_id, plan, conflicts, trigger_text, rule, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (ev.id, ev.type, ev.modality, t.text if t else None, t.start if t else None,
                     t.end if t else None, _dump(t.value) if t and t.value is not None else None,
                     float(ev.confidence), ev.story_id, _dump(ev.plan) if ev.plan is not None else None,
                     _dump(ev.conflicts or []), ev.trigger, ev.rule, now))
                conn.executemany(
                    "INSERT INTO arguments (event_id, position, role, text, article_id, start_char, end_char,"
                    " entity_id, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(ev.id, i, arg.role, arg.text, a.id, arg.start, arg.end, arg.entity_id,
                      _dump(arg.value) if arg.value is not None else None) for i, arg in enumerate(ev.arguments)])
            conn.executemany(
                "INSERT INTO evidence (event_id, article_id, start_char, end_char, sentence)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [(ev.id, e.article_id, e.start, e.end, e.sentence) for e in ev.evidence])

    # -- reading ----------------------------------------------------------------------

    def list_articles(self, *, language: str | None = None, search: str | None = None, limit: int | None = 50,
                      latest_only: bool = False) -> list[ArticleSummary]:
        """Articles, newest first, or best match first when searching (FTS5, bm25)."""
        where: list[str] = []
        params: list[Any] = []
        join = ""
        snippet = "NULL"
        order = "a.ingested_at DESC, a.id"
        if search is not None:
            match = fts_query(search)
            if match is None:
                return []
            join = "JOIN articles_fts f ON f.article_id = a.id"
            where.append("articles_fts MATCH ?")
            params.append(match)
            order = "bm25(articles_fts), a.ingested_at DESC"
            snippet = "snippet(articles_fts, 2, '«', '»', '…', 12)"
        if language:
            where.append("a.language = ?")
            params.append(language)
        if latest_only:
            where.append("EXISTS (SELECT 1 FROM revisions r WHERE r.article_id = a.id AND r.is_latest = 1)")
        sql = (f"SELECT a.id, a.title, a.language, a.published, a.source, a.site, a.ingested_at,"
               f" length(a.text) AS chars,"
               f" EXISTS (SELECT 1 FROM revisions r WHERE r.article_id = a.id AND r.is_latest = 1) AS is_latest,"
               f" {snippet} AS snippet FROM articles a {join}"
               f" {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [ArticleSummary(r["id"], r["title"], r["language"], r["published"], r["source"], r["site"],
                               r["ingested_at"], r["chars"], bool(r["is_latest"]), r["snippet"])
                for r in self._query(sql, params)]

    def list_entities(self, *, type: str | None = None, name: str | None = None,
                      limit: int | None = 50) -> list[EntitySummary]:
        """Entities by how many articles mention them; `name` matches any spelling, case-insensitively."""
        where, params = [], []
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        if name:
            where.append("EXISTS (SELECT 1 FROM entity_aliases x WHERE x.entity_id = e.id"
                         " AND instr(ng_casefold(x.alias), ?) > 0)")
            params.append(name.casefold())
        sql = ("SELECT e.id, e.type, e.name, e.country, count(*) AS mentions, count(DISTINCT m.article_id) AS articles"
               " FROM entities e JOIN mentions m ON m.entity_id = e.id"
               f" {'WHERE ' + ' AND '.join(where) if where else ''}"
               " GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [EntitySummary(r["id"], r["type"], r["name"], r["country"], r["mentions"], r["articles"])
                for r in self._query(sql, params)]

    def find_article_id(self, id_or_prefix: str) -> str:
        """A full article id, or a unique prefix of one (as git does for commits)."""
        rows = self._query("SELECT id FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 2",
                           (len(id_or_prefix), id_or_prefix))
        if not rows:
            raise StoreError(f"{id_or_prefix}: no such article in {self.path}")
        if len(rows) > 1 and rows[0]["id"] != id_or_prefix:
            raise StoreError(f"{id_or_prefix}: ambiguous article id prefix; give more characters")
        return rows[0]["id"]

    def get_article(self, article_id: str) -> Article | None:
        """The article with its mentions, values and the events it gives evidence for."""
        row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        article = self._article_from_row(row)
        article.mentions = [Mention(r["start_char"], r["end_char"], r["text"], r["type"], r["source"], r["score"],
                                    r["entity_id"])
                            for r in self._query("SELECT * FROM mentions WHERE article_id = ? ORDER BY start_char,"
                                                 " end_char", (article_id,))]
        article.values = [self._value_from_row(r) for r in self._query(
            "SELECT * FROM article_values WHERE article_id = ? ORDER BY start_char, end_char", (article_id,))]
        event_ids = [r["event_id"] for r in self._query(
            "SELECT event_id, min(start_char) AS s FROM evidence WHERE article_id = ? GROUP BY event_id"
            " ORDER BY s, event_id", (article_id,))]
        article.events = [self._event(i) for i in event_ids]
        return article

    def article_entities(self, article_id: str) -> list[Entity]:
        """Entities mentioned in one article, with only that article's mentions."""
        rows = self._query("SELECT DISTINCT entity_id FROM mentions WHERE article_id = ? AND entity_id IS NOT NULL",
                           (article_id,))
        entities = [self._entity(r["entity_id"], article_id=article_id) for r in rows]
        return sorted((e for e in entities if e), key=lambda e: (e.mentions[0].start if e.mentions else 0, e.id))

    def iter_articles(self, *, latest_only: bool = False) -> Iterator[Article]:
        sql = "SELECT * FROM articles"
        if latest_only:
            sql += " WHERE EXISTS (SELECT 1 FROM revisions r WHERE r.article_id = articles.id AND r.is_latest = 1)"
        for row in self._conn.execute(sql + " ORDER BY ingested_at, id"):
            yield self._article_from_row(row)

    def iter_entities(self) -> Iterator[Entity]:
        for (entity_id,) in self._conn.execute("SELECT id FROM entities ORDER BY id").fetchall():
            entity = self._entity(entity_id)
            if entity is not None and entity.mentions:
                yield entity

    def iter_values(self) -> Iterator[tuple[str, Value]]:
        for row in self._conn.execute("SELECT v.* FROM article_values v JOIN articles a ON a.id = v.article_id"
                                      " ORDER BY a.ingested_at, v.article_id, v.start_char, v.end_char"):
            yield row["article_id"], self._value_from_row(row)

    def iter_events(self) -> Iterator[Event]:
        for (event_id,) in self._conn.execute("SELECT id FROM events ORDER BY created_at, id").fetchall():
            yield self._event(event_id)

    def iter_stories(self) -> Iterator[Story]:
        for row in self._conn.execute("SELECT id, title FROM stories ORDER BY id").fetchall():
            article_ids = [r[0] for r in self._query(
                "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id", (row["id"],))]
            event_ids = [r[0] for r in self._query("SELECT id FROM events WHERE story_id = ? ORDER BY id",
                                                   (row["id"],))]
            yield Story(row["id"], row["title"], article_ids, event_ids)

    def revisions(self, article_id: str) -> list[Revision]:
        """Every revision of every source that delivered this article, oldest first."""
        rows = self._query(
            "SELECT * FROM revisions WHERE source_key IN (SELECT source_key FROM revisions WHERE article_id = ?)"
            " ORDER BY source_key, seen_at, rowid", (article_id,))
        return [Revision(r["source_key"], r["article_id"], r["seen_at"], r["last_seen_at"], bool(r["is_latest"]))
                for r in rows]

    def rejections(self, limit: int | None = None) -> list[StoredRejection]:
        sql = "SELECT source, stage, reason, at FROM rejections ORDER BY id DESC"
        params: tuple = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (int(limit),)
        return [StoredRejection(r["source"], r["stage"], r["reason"], r["at"]) for r in self._query(sql, params)]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "revisions", "rejections", "entities", "mentions", "article_values", "events",
                  "arguments", "evidence", "stories")
        return {t: self._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # -- row → model ------------------------------------------------------------------

    @staticmethod
    def _article_from_row(row: sqlite3.Row) -> Article:
        return Article(
            id=row["id"], source=row["source"], text=row["text"], title=row["title"], language=row["language"],
            language_confidence=row["language_confidence"], published=row["published"],
            authors=json.loads(row["authors"]), site=row["site"], url=row["url"],
            canonical_url=row["canonical_url"], sha256=row["sha256"], ingested_at=row["ingested_at"],
            sentences=[Sentence(s, e, lang) for s, e, lang in json.loads(row["sentences"])],
            regions=[Region(s, e, kind) for s, e, kind in json.loads(row["regions"])])

    @staticmethod
    def _value_from_row(row: sqlite3.Row) -> Value:
        return Value(row["start_char"], row["end_char"], row["text"], row["value_kind"], json.loads(row["value"]),
                     row["rule"])

    def _entity(self, entity_id: str, article_id: str | None = None) -> Entity | None:
        row = self._conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        sql = "SELECT article_id, start_char, end_char, text FROM mentions WHERE entity_id = ?"
        params: tuple = (entity_id,)
        if article_id is not None:
            sql += " AND article_id = ?"
            params = (entity_id, article_id)
        mentions = [MentionRef(r[0], r[1], r[2], r[3]) for r in self._query(
            sql + " ORDER BY article_id, start_char", params)]
        aliases = [r[0] for r in self._query("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY rowid",
                                             (entity_id,)) if r[0] != row["name"]]
        if article_id is not None:
            local = {m.text for m in mentions}
            aliases = [a for a in aliases if a in local]
        return Entity(row["id"], row["type"], row["name"], aliases, row["country"], mentions)

    def _event(self, event_id: str) -> Event:
        row = self._conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        arguments = [Argument(r["role"], r["text"], r["start_char"], r["end_char"], r["entity_id"],
                              json.loads(r["value"]) if r["value"] is not None else None)
                     for r in self._query("SELECT * FROM arguments WHERE event_id = ? ORDER BY position", (event_id,))]
        evidence = [Evidence(r["article_id"], r["start_char"], r["end_char"], r["sentence"])
                    for r in self._query("SELECT * FROM evidence WHERE event_id = ? ORDER BY article_id, start_char",
                                         (event_id,))]
        time = None
        if row["time_text"] is not None:
            time = TimeSpan(row["time_text"], row["time_start"], row["time_end"],
                            json.loads(row["time_value"]) if row["time_value"] is not None else None)
        return Event(id=row["id"], type=row["type"], modality=row["modality"], arguments=arguments, time=time,
                     evidence=evidence, confidence=row["confidence"], story_id=row["story_id"],
                     plan=json.loads(row["plan"]) if row["plan"] is not None else None,
                     conflicts=json.loads(row["conflicts"]), trigger=row["trigger_text"], rule=row["rule"])

