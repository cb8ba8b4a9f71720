"""store_sources: inputs → pipeline → store, one input's failure never stops the others."""

from __future__ import annotations

from newsgraph import content, ingest
from newsgraph.errors import InputError
from newsgraph.model import Article, RawPage, Rejection
from newsgraph.settings import Settings
from newsgraph.store import open_store
from newsgraph.store.loading import store_sources

TEXTS = {
    "one": "Die Nordlicht Logistik GmbH eröffnet ein Lager in Bremen und stellt 120 Menschen ein.",
    "two": "Halvorsen Systems agreed to buy Brightwater Analytics for 1.2 billion dollars on Tuesday.",
}


def fake_read_sources(inputs, settings):
    """One page per known name; "broken" raises half-way like a crashing reader; others are rejected."""
    for source in inputs:
        if source in TEXTS:
            yield RawPage(source=source, body=TEXTS[source].encode(), content_type="text/plain")
        elif source == "broken":
            yield RawPage(source="broken/a", body=TEXTS["one"].encode() + b" (a)", content_type="text/plain")
            raise OSError("device vanished")
        elif source == "bad-input":
            raise InputError(source, "unknown encoding")
        else:
            yield Rejection(source, "ingest", "no such file")


def fake_extract_content(raw, settings):
    text = raw.body.decode()
    return Article(id=Article.id_for(text), source=raw.source, text=text, language="de")


def test_loading_goes_on_after_each_kind_of_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "read_sources", fake_read_sources)
    monkeypatch.setattr(content, "extract_content", fake_extract_content)
    seen = []
    with open_store(tmp_path / "s.db") as store:
        report = store_sources(store, ["one", "missing", "broken", "bad-input", "two", "one"], Settings(),
                               on_item=lambda source, outcome: seen.append((source, outcome)))
        assert [r.status for r in report.results] == ["new", "new", "new", "known"]
        assert [(r.source, r.stage, r.reason) for r in report.failed] == [
            ("missing", "ingest", "no such file"), ("broken", "ingest", "internal error: OSError('device vanished')"),
            ("bad-input", "ingest", "unknown encoding")]
        assert len(store.rejections()) == 3
        assert store.counts()["articles"] == 3
    assert [o for _, o in seen] == ["new", "failed", "new", "failed", "failed", "new", "known"]
