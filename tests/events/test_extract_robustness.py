"""The event stage on whole pipeline output: real example pages and arbitrary text never break it.

Every argument and evidence keeps the offset invariant of the data contract,
events never come from non-body regions, and types, roles and modalities are
those of the model.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.events import extract_events
from newsgraph.ingest.files import read_path
from newsgraph.model import EVENT_TYPES, MODALITIES, Article, RawPage
from newsgraph.pipeline import process, process_text
from newsgraph.settings import Settings


def check_contract(article: Article) -> None:
    ids = set()
    for ev in article.events:
        assert ev.type in EVENT_TYPES and ev.modality in MODALITIES
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.id.startswith("v_") and ev.id not in ids
        ids.add(ev.id)
        for arg in ev.arguments:
            assert arg.role in EVENT_TYPES[ev.type]
            if arg.start is not None:
                assert article.text[arg.start:arg.end] == arg.text
        assert ev.evidence
        for e in ev.evidence:
            assert article.text[e.start:e.end] == e.sentence
            assert article.in_region(e.start, e.end) is None


def test_example_pages_keep_the_contract(examples_dir):
    pages = [p for p in read_path(str(examples_dir), Settings()) if isinstance(p, RawPage)]
    assert pages
    found = 0
    for page in pages:
        article = process(page, Settings())
        check_contract(article)
        found += len(article.events)
    assert found >= len(pages)  # every example page reports at least one event


def test_xiaomi_example_article_events(examples_dir):
    page = next(p for p in read_path(str(examples_dir / "de_xiaomi_qualcomm_fanblog.html"), Settings())
                if isinstance(p, RawPage))
    article = process(page, Settings())
    by_type = {}
    for ev in article.events:
        by_type.setdefault(ev.type, []).append(ev)
    agreement = by_type["agreement"][0]
    assert {"Qualcomm", "Xiaomi"} <= {a.text for a in agreement.args("party")}
    assert agreement.args("binding")[0].value is False
    plan = [e for e in by_type["store_expansion"] if e.modality == "planned"]
    assert plan and plan[0].args("count")[0].value["amount"] == 2000
    assert plan[0].args("horizon")[0].value == {"iso": "P3Y"}
    figure = by_type["financial_figure"][0]
    assert figure.args("record")[0].value is True and figure.args("quantity")[0].value["amount"] == 23000000
    assert by_type["market_entry"][0].args("market")[0].value == {"country": "ES"}


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
       st.sampled_from(["de", "en"]))
def test_arbitrary_text_never_breaks_the_stage(text, lang):
    if len(text.strip()) < 1:
        return
    article = process_text(text, language=lang, settings=Settings(events=False))
    check_contract(extract_events(article, Settings()))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "Xiaomi", "übernimmt", "Apple", "und", "Qualcomm", "will", "2.000", "Stores", "eröffnen", "nicht", ",",
    "wurde", "von", "Streik", "bei", "Siemens", "CEO", "Lei Jun", "Insolvenz", "acquired", "by", "the", "plans",
    "to", "open", "stores", "in", "Spanien", "Werk", "Partnerschaft", "mit", "\"", ":", ".", "Mehr zum Thema:"]),
    min_size=1, max_size=30), st.sampled_from(["de", "en"]))
def test_trigger_soup_never_breaks_the_stage(words, lang):
    article = process_text(" ".join(words), language=lang, settings=Settings(events=False))
    check_contract(extract_events(article, Settings()))
