-- newsgraph store, schema version 1 (portable core).
--
-- Plain SQL that SQLite and PostgreSQL both accept: TEXT/INTEGER/REAL columns,
-- JSON kept in TEXT columns, offsets named start_char/end_char (END is a
-- keyword in both dialects), no AUTOINCREMENT. SQLite-only parts (the FTS5
-- index) live in later migrations in store/migrations.py.
-- Every statement is idempotent, so running this file twice changes nothing.

CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);

-- One row per distinct main text; the id derives from the text (Article.id_for).
CREATE TABLE IF NOT EXISTS articles (
    id                   TEXT PRIMARY KEY,
    source               TEXT NOT NULL,          -- path or URL as the user gave it
    url                  TEXT,                   -- final URL after redirects (web sources)
    canonical_url        TEXT,                   -- <link rel=canonical> or og:url
    title                TEXT,
    language             TEXT,
    language_confidence  REAL,
    published            TEXT,                   -- YYYY-MM-DD
    authors              TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings
    site                 TEXT,
    text                 TEXT NOT NULL,
    sha256               TEXT NOT NULL UNIQUE,
    ingested_at          TEXT NOT NULL,
    sentences            TEXT NOT NULL DEFAULT '[]',   -- JSON [[start, end, language], ...]
    regions              TEXT NOT NULL DEFAULT '[]'    -- JSON [[start, end, kind], ...]
);
CREATE INDEX IF NOT EXISTS articles_language ON articles (language);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);

-- Which source delivered which text when. A source whose text changed has
-- several rows; exactly one of them has is_latest = 1.
CREATE TABLE IF NOT EXISTS revisions (
    source_key    TEXT NOT NULL,     -- absolute path or URL (see docs/store.md)
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seen_at       TEXT NOT NULL,     -- first time this source delivered this text
    last_seen_at  TEXT NOT NULL,
    is_latest     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (source_key, article_id)
);
CREATE INDEX IF NOT EXISTS revisions_article ON revisions (article_id);

-- Inputs that did not become articles, and why. Never dropped silently.
CREATE TABLE IF NOT EXISTS rejections (
    id      INTEGER PRIMARY KEY,
    source  TEXT NOT NULL,
    stage   TEXT NOT NULL,
    reason  TEXT NOT NULL,
    at      TEXT NOT NULL
);

-- One row per real-world thing, shared by every article that mentions it.
CREATE TABLE IF NOT EXISTS entities (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    country     TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_type_name ON entities (type, name);

-- Every surface form an entity was mentioned by, across all articles.
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    source      TEXT NOT NULL,
    score       REAL,
    entity_id   TEXT REFERENCES entities (id) ON DELETE SET NULL,
    PRIMARY KEY (article_id, start_char, end_char, type)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id);

-- "values" is a reserved word, hence article_values.
CREATE TABLE IF NOT EXISTS article_values (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value_kind  TEXT NOT NULL,
    value       TEXT NOT NULL,      -- JSON
    rule        TEXT NOT NULL,
    PRIMARY KEY (article_id, start_char, end_char, value_kind, rule)
);

CREATE TABLE IF NOT EXISTS stories (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS story_articles (
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, article_id)
);

-- An event may be reported by several articles: its evidence rows then come
-- from several articles, while the event row itself is stored once.
CREATE TABLE IF NOT EXISTS events (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    modality    TEXT NOT NULL,
    time_text   TEXT,
    time_start  TEXT,
    time_end    TEXT,
    time_value  TEXT,               -- JSON
    confidence  REAL NOT NULL,
    story_id    TEXT REFERENCES stories (id) ON DELETE SET NULL,
    plan        TEXT,               -- JSON {"status": ..., "by": ...} or NULL
    conflicts   TEXT NOT NULL DEFAULT '[]',   -- JSON list
    trigger_text TEXT,
    rule        TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_type ON events (type);
CREATE INDEX IF NOT EXISTS events_story ON events (story_id);

CREATE TABLE IF NOT EXISTS arguments (
    event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,   -- order within the event
    role        TEXT NOT NULL,
    text        TEXT NOT NULL,
    article_id  TEXT REFERENCES articles (id) ON DELETE CASCADE,   -- whose text start/end point into
    start_char  INTEGER,
    end_char    INTEGER,
    entity_id   TEXT REFERENCES entities (id) ON DELETE SET NULL,
    value       TEXT,               -- JSON, NULL when the argument has no normalised value
    PRIMARY KEY (event_id, position)
);
CREATE INDEX IF NOT EXISTS arguments_entity ON arguments (entity_id);

CREATE TABLE IF NOT EXISTS evidence (
    event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    sentence    TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id, start_char, end_char)
);
CREATE INDEX IF NOT EXISTS evidence_article ON evidence (article_id);
