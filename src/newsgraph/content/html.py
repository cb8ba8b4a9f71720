"""HTML → main text and metadata through trafilatura.

trafilatura (Barbaresi 2021) does the hard part: main-text detection with
fallbacks, and metadata (title, authors, site name, canonical URL, and the
publication date through htmldate). We only choose its options and map its
Document onto our fields. Comments are left out: reader comments are not the
article, and the html_pages evaluation counts them as boilerplate.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import trafilatura

from newsgraph.content import patterns as P
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


def _squash(value: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", value.casefold())


def clean_title(title: str | None, site: str | None, url: str | None) -> str | None:
    """The headline without a trailing site name ("Headline - Site", "Headline | site.de")."""
    if not title:
        return None
    title = " ".join(title.split())
    match = P.TITLE_SEPARATORS.search(title)
    if match:
        head, tail = title[:match.start()], title[match.end():]
        hostname = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
        host = _squash(hostname)
        label = _squash(hostname.rsplit(".", 2)[-2]) if hostname.count(".") >= 1 else ""  # "vogelwarte"
        tail_key = _squash(tail)
        site_like = bool(tail_key) and (tail_key == _squash(site or "") or
                                        (bool(host) and (tail_key in host or host.startswith(tail_key))) or
                                        (len(label) >= 4 and label in tail_key))
        if head and (not tail_key or site_like):
            title = head.strip()
    return title or None


def clean_authors(value: str | None, site: str | None) -> list[str]:
    """Author names without CMS labels ("View all posts by …"), the site itself or a publisher beside a person."""
    if not value:
        return []
    names = []
    for name in value.split(";"):
        name = P.AUTHOR_PREFIXES.sub("", name).strip(" ,")
        if name and name not in names and (not site or _squash(name) != _squash(site)):
            names.append(name)
    people = [name for name in names if not P.LEGAL_FORMS.search(name)]
    return people or names


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
    site = doc.sitename or None
    return HtmlContent(
        text=doc.text.strip(),
        title=clean_title(doc.title, site, doc.url or raw.url),
        published=doc.date or None,
        authors=clean_authors(doc.author, site),
        site=site,
        canonical_url=doc.url or None,
    )
