"""Ordered schema migrations; a database records the highest version applied.

Version 1 is the portable core in `schema.sql`. Later versions are appended,
never edited: a database created by an older newsgraph is brought up to date
by running the missing steps in order, each in its own transaction, so a
failed step leaves the database at the previous version.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from importlib import resources

from newsgraph.errors import StoreError
from newsgraph.model import utc_now


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def _schema_sql() -> str:
    return resources.files("newsgraph.store").joinpath("schema.sql").read_text(encoding="utf-8")


# FTS5 over title + text. A table of its own (not external content), because
# external content would key on the implicit rowid of `articles`, which VACUUM
# may renumber. Triggers keep it in step with `articles`.
_FTS_SQL = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
    INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
DELETE FROM articles_fts;
INSERT INTO articles_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles;
"""

# Lookups the read side does often: latest revisions per source, rejections by source.
_INDEX_SQL = """
CREATE INDEX IF NOT EXISTS revisions_latest ON revisions (is_latest, source_key);
CREATE INDEX IF NOT EXISTS rejections_source ON rejections (source);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables", _schema_sql()),
    Migration(2, "full-text index over article title and text", _FTS_SQL),
    Migration(3, "indexes for revisions and rejections", _INDEX_SQL),
)
LATEST_VERSION = MIGRATIONS[-1].version


def split_statements(script: str) -> list[str]:
    """SQL script → statements, keeping trigger bodies (which contain ';') whole.

    `executescript` would commit any open transaction first, so migrations run
    statement by statement inside their own BEGIN ... COMMIT instead.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise StoreError(f"incomplete SQL statement in migration: {buffer.strip()[:80]}")
    return statements


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Apply every missing migration up to `target`; returns the versions applied.

    The connection must be in autocommit mode (isolation_level=None).
    """
    version = current_version(conn)
    if version > LATEST_VERSION:
        raise StoreError(f"database schema version {version} is newer than this newsgraph "
                         f"(knows up to {LATEST_VERSION}); upgrade newsgraph")
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version <= version or migration.version > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-check under the write lock: another process may have migrated meanwhile.
            if current_version(conn) >= migration.version:
                conn.execute("ROLLBACK")
                continue
            for statement in split_statements(migration.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                         (migration.version, migration.name, utc_now()))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(migration.version)
    return applied
