"""HTML → main text and metadata through trafilatura.

trafilatura (Barbaresi 2021) does the hard part: main-text detection with
fallbacks, and metadata (title, authors, site name, canonical URL, and the
publication date through htmldate). We only choose its options and map its
Document onto our fields. Comments are left out: reader comments are not the
article, and the html_pages evaluation counts them as boilerplate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import trafilatura

from newsgraph.ingest.encoding import decode
from newsgraph.model import RawPage

# trafilatura logs every discarded page at WARNING/ERROR; that is our Rejection's job, not the log's.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass
class HtmlContent:
    text: str
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    canonical_url: str | None = None


def _authors(value: str | None) -> list[str]:
    if not value:
        return []
    return [name.strip() for name in value.split(";") if name.strip()]


def extract_html(raw: RawPage) -> HtmlContent | None:
    """Main text and metadata of an HTML page, or None when trafilatura finds no main text."""
    html = decode(raw.body, raw.encoding)
    doc = trafilatura.bare_extraction(
        html,
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return HtmlContent(
        text=doc.text.strip(),
        title=doc.title or None,
        published=doc.date or None,
        authors=_authors(doc.author),
        site=doc.sitename or None,
        canonical_url=doc.url or None,
    )
