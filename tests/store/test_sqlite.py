"""SQLiteStore: ingest semantics, transactions, migrations, queries."""

from __future__ import annotations

import sqlite3
from importlib import util
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.model import Article, Mention, Rejection
from newsgraph.store import fts_query, open_store
from newsgraph.store.migrations import LATEST_VERSION, MIGRATIONS, migrate, split_statements

_spec = util.spec_from_file_location("store_builders", Path(__file__).with_name("builders.py"))
builders = util.module_from_spec(_spec)
_spec.loader.exec_module(builders)


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "t.db")
    yield s
    s.close()


def test_store_pragmas_wal_and_foreign_keys(store):
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version == LATEST_VERSION


def test_store_new_then_known(store):
    article = builders.deal_article()
    assert store.add_article(article).status == "new"
    before = store.counts()
    again = builders.deal_article()
    result = store.add_article(again)
    assert result.status == "known" and result.article_id == article.id
    assert store.counts() == before


def test_store_same_text_other_source_is_known(store, tmp_path):
    store.add_article(builders.deal_article(source=str(tmp_path / "a.txt")))
    result = store.add_article(builders.deal_article(source=str(tmp_path / "b.txt")))
    assert result.status == "known"
    assert store.counts()["articles"] == 1
    assert store.counts()["revisions"] == 2  # both sources delivered it


def test_store_changed_text_same_source_is_revision(store, tmp_path):
    source = str(tmp_path / "page.html")
    old = builders.deal_article(source=source)
    new = builders.deal_article(builders.DEAL_DE + " Update: Die Börse reagierte.", source=source)
    assert store.add_article(old).status == "new"
    result = store.add_article(new)
    assert result.status == "revision" and result.previous_id == old.id
    latest = {r.id: r.is_latest for r in store.list_articles()}
    assert latest == {old.id: False, new.id: True}
    assert [r.id for r in store.list_articles(latest_only=True)] == [new.id]


def test_store_relative_and_absolute_path_are_one_source(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store.add_article(builders.plain_article("First version of the text.", source="page.txt"))
    result = store.add_article(builders.plain_article("Second version of the text.", source=str(tmp_path / "page.txt")))
    assert result.status == "revision"


def test_store_roundtrip_article_mentions_values_events(store):
    article = builders.deal_article()
    store.add_article(article)
    got = store.get_article(article.id)
    assert (got.title, got.language, got.published, got.authors, got.site) == (
        article.title, "de", "2017-11-10", ["Anna Autorin"], "Fanblog")
    assert [(m.start, m.end, m.text, m.type) for m in got.mentions] == sorted(
        (m.start, m.end, m.text, m.type) for m in article.mentions)
    assert all(got.text[m.start:m.end] == m.text for m in got.mentions)
    assert [v.value for v in got.values] == [{"amount": 12000000000, "currency": "USD"}, False]
    (event,) = got.events
    assert event.type == "agreement" and event.time.start == "2017-11-09" and event.trigger == "unterzeichnet"
    assert [a.role for a in event.arguments] == ["party", "party", "value", "binding"]
    assert event.arguments[3].value is False
    assert event.arguments[0].entity_id and event.arguments[0].entity_id != event.arguments[1].entity_id
    assert got.sentences == article.sentences


def test_store_entities_merge_across_articles(store):
    store.add_article(builders.deal_article())
    other_text = "Xiaomi eröffnet in Spanien zwei Läden. Xiaomi Corp. bestätigte das."
    other = builders.plain_article(other_text, source="other.txt", language="de")
    other.mentions = [builders.mention(other_text, "Xiaomi", "ORG"),
                      builders.mention(other_text, "Xiaomi Corp.", "ORG")]
    store.add_article(other)
    xiaomi = [e for e in store.iter_entities() if e.name == "Xiaomi"]
    assert len(xiaomi) == 1
    assert {m.article_id for m in xiaomi[0].mentions} == {builders.deal_article().id, other.id}
    assert {"Xiaomi Inc.", "Xiaomis", "Xiaomi Corp."} <= set(xiaomi[0].aliases)
    assert store.article_entities(other.id)[0].aliases == ["Xiaomi Corp."]


def test_store_known_event_gains_evidence(store):
    article = builders.deal_article()
    store.add_article(article)
    text2 = "Bericht: " + builders.DEAL_DE
    second = builders.deal_article(text2, source="second.txt")
    second.events[0].id = article.events[0].id  # as cross-article resolution would do
    store.add_article(second)
    (event,) = list(store.iter_events())
    assert {e.article_id for e in event.evidence} == {article.id, second.id}
    assert store.counts()["arguments"] == 4


def test_store_failed_write_leaves_nothing(store, monkeypatch):
    store.add_article(builders.plain_article("An earlier article that must survive."))
    before = store.counts()
    article = builders.deal_article()

    def boom(conn, a, now):
        raise RuntimeError("simulated crash after articles, mentions and values were written")

    monkeypatch.setattr(type(store), "_insert_events", staticmethod(boom))
    with pytest.raises(RuntimeError):
        store.add_article(article)
    assert store.counts() == before
    assert store.get_article(article.id) is None
    assert store._conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == before["articles"]


def test_store_refuses_offsets_that_do_not_match(store):
    article = builders.deal_article()
    article.mentions.append(Mention(0, 5, "Xiaom", "ORG"))
    with pytest.raises(StoreError, match="does not match"):
        store.add_article(article)
    assert store.counts()["articles"] == 0


def test_store_refuses_article_id_not_from_text(store):
    article = builders.plain_article("Some text here.")
    article.id = "a_0000"
    with pytest.raises(StoreError):
        store.add_article(article)


def test_store_rejections_are_kept(store):
    store.add_rejection(Rejection("missing.html", "ingest", "no such file"))
    (r,) = store.rejections()
    assert (r.source, r.stage, r.reason) == ("missing.html", "ingest", "no such file")


def test_store_missing_db_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()


def test_store_not_a_database(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(bogus)


def test_store_migrates_v1_database(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == [1]
    text = "Ein Artikel aus der Zeit vor dem Volltextindex über Brennstoffzellen."
    conn.execute("INSERT INTO articles (id, source, text, sha256, ingested_at, language) VALUES (?, ?, ?, ?, ?, ?)",
                 (Article.id_for(text), "old.txt", text, Article(id="", source="", text=text).sha256,
                  "2020-01-01T00:00:00Z", "de"))
    conn.close()
    store = open_store(path)
    assert store.schema_version == LATEST_VERSION
    assert [v for (v,) in store._conn.execute("SELECT version FROM schema_version ORDER BY version")] == [
        m.version for m in MIGRATIONS]
    assert [r.source for r in store.list_articles(search="brennstoffzellen")] == ["old.txt"]
    store.close()
    assert open_store(path).schema_version == LATEST_VERSION  # re-opening is a no-op


def test_store_refuses_newer_schema(tmp_path):
    path = tmp_path / "future.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (?, 'from the future', 'now')", (LATEST_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_store_split_statements_keeps_triggers_whole():
    statements = split_statements(MIGRATIONS[1].sql)
    assert any(s.startswith("CREATE TRIGGER") and s.rstrip().endswith("END;") for s in statements)


@pytest.mark.parametrize("query", [
    'xiaomi OR', '"', "'", "AND", "NEAR(", "title:", "*", "-", "x AND (y", '"unclosed', "Qual* NOT",
    "'; DROP TABLE articles; --", "ü", "^x", "a:b:c", "{x y}",
])
def test_store_search_never_raises(store, query):
    store.add_article(builders.deal_article())
    store.list_articles(search=query)
    assert store.counts()["articles"] == 1


@pytest.mark.parametrize("query,hits", [
    ("xiaomi", 1), ("XIAOMI qualcomm", 1), ("xiaomi apple", 0), ("Qual*", 1), ('"12 Milliarden"', 1),
    ('"Milliarden 12"', 0), ("US-Dollar", 1), ("Absichtserklarung", 1),
])
def test_store_search_matches(store, query, hits):
    store.add_article(builders.deal_article())
    store.add_article(builders.plain_article("Apple opens a store in Madrid."))
    assert len(store.list_articles(search=query)) == hits


def test_fts_query_quotes_every_term():
    assert fts_query('a OR b') == '"a" "OR" "b"'
    assert fts_query('"two words" pre*') == '"two words" "pre"*'
    assert fts_query("!!! ...") is None


def test_store_list_by_language_and_limit(store):
    store.add_article(builders.deal_article())
    for i in range(3):
        store.add_article(builders.plain_article(f"English article number {i}.", source=f"en{i}.txt"))
    assert len(store.list_articles(language="en")) == 3
    assert len(store.list_articles(language="de")) == 1
    assert len(store.list_articles(limit=2)) == 2


def test_store_find_article_id_by_prefix(store):
    article = builders.deal_article()
    store.add_article(article)
    assert store.find_article_id(article.id[:6]) == article.id
    with pytest.raises(StoreError, match="no such article"):
        store.find_article_id("a_zzzz")


def test_store_reverted_text_becomes_latest_again(store, tmp_path):
    source = str(tmp_path / "page.txt")
    a = builders.plain_article("Version A of the page text.", source=source)
    b = builders.plain_article("Version B of the page text.", source=source)
    assert [store.add_article(x).status for x in (a, b)] == ["new", "revision"]
    assert store.add_article(builders.plain_article(a.text, source=source)).status == "known"
    assert [r.id for r in store.list_articles(latest_only=True)] == [a.id]


from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402


@hsettings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('abcäöü XYZ"\'*()-:^{}+,.;ORANDNOTNEAR\\0\t')), max_size=30))
def test_store_search_any_input_is_safe(query):
    _search_store().list_articles(search=query)


_SEARCH_STORE = []


def _search_store():
    """One in-memory store for all generated queries (a fixture would be reset per example)."""
    if not _SEARCH_STORE:
        s = open_store(":memory:")
        s.add_article(builders.deal_article())
        _SEARCH_STORE.append(s)
    return _SEARCH_STORE[0]


def test_store_missing_folder_is_named(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "x.db")


def test_store_search_snippet_marks_the_match(store):
    store.add_article(builders.deal_article())
    (hit,) = store.list_articles(search="absichtserklarung")
    assert "«Absichtserklärung»" in hit.snippet
    assert store.list_articles()[0].snippet is None


def test_store_story_and_event_updates_reach_the_export(store):
    from newsgraph.export import iter_export
    from newsgraph.model import Evidence, Story
    from newsgraph.schema import record_errors

    first = builders.deal_article()
    second = builders.deal_article("Nachtrag: " + builders.DEAL_DE, source="second.txt")
    store.add_article(first)
    store.add_article(second)
    event_id = first.events[0].id
    store.add_story(Story("s_1", "Qualcomm und Xiaomi", [first.id, second.id], [event_id]))
    start = len("Nachtrag: ")
    sentence = second.text[start:start + len(first.events[0].evidence[0].sentence)]
    store.update_event(event_id, plan={"status": "fulfilled", "by": second.events[0].id},
                       conflicts=[{"role": "value", "values": [{"value": 12, "article_ids": [first.id]}]}],
                       evidence=[Evidence(second.id, start, start + len(sentence), sentence)])
    records = list(iter_export(store))
    (story,) = [r for r in records if r["kind"] == "story"]
    assert story["article_ids"] == sorted([first.id, second.id]) and story["event_ids"] == [event_id]
    event = next(r for r in records if r.get("id") == event_id)
    assert event["story_id"] == "s_1" and event["plan"]["status"] == "fulfilled"
    assert {e["article_id"] for e in event["evidence"]} == {first.id, second.id}
    assert all(record_errors(r) == [] for r in records)


def test_store_update_event_refuses_bad_evidence(store):
    from newsgraph.model import Evidence

    article = builders.deal_article()
    store.add_article(article)
    with pytest.raises(StoreError, match="does not match"):
        store.update_event(article.events[0].id, evidence=[Evidence(article.id, 0, 5, "nope!")])
    with pytest.raises(StoreError, match="no such event"):
        store.update_event("v_missing", plan={"status": "pending", "by": None})


def test_store_list_entities_by_reach_type_and_name(store):
    store.add_article(builders.deal_article())
    other_text = "Xiaomi eröffnet Läden in Österreich."
    other = builders.plain_article(other_text, source="other.txt", language="de")
    other.mentions = [builders.mention(other_text, "Xiaomi", "ORG"), builders.mention(other_text, "Österreich", "LOC")]
    store.add_article(other)
    top = store.list_entities()
    assert top[0].name == "Xiaomi" and top[0].articles == 2 and top[0].mentions == 3
    assert [e.name for e in store.list_entities(type="per")] == ["Lei Jun"]
    assert [e.type for e in store.list_entities(name="ÖSTERREICH")] == ["LOC"]
    assert [e.name for e in store.list_entities(name="inc.")] == ["Xiaomi"]  # any spelling
    assert store.list_entities(name="%") == [] and store.list_entities(name="_") == []


def test_store_usable_after_a_failed_commit(store):
    """A COMMIT that fails (here: a deferred foreign key) is rolled back, and the next write works."""
    def orphan_then_commit(conn):
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute("INSERT INTO entity_aliases (entity_id, alias) VALUES ('e_missing', 'x')")

    with pytest.raises(StoreError):
        store.write(orphan_then_commit)
    assert not store._conn.in_transaction
    assert store.add_article(builders.deal_article()).status == "new"
    assert store.counts()["articles"] == 1
