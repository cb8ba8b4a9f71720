"""Non-body spans that survive main-text extraction: related-link lists, teasers, author boxes, comments.

Extractors (trafilatura for HTML, our cleaner for text) remove most of
these, but a "Mehr zum Thema" list rendered as ordinary paragraphs looks like
body text to them. Facts in such a list are about *other* articles, so the
events stage must skip them: we record them as `Article.regions` instead of
trusting the text. The plain-text cleaner also uses these spans to cut the
blocks out of text it cleans.

A region starts at a heading from `patterns.REGION_HEADINGS` and runs as far
as its kind allows: a list of short lines (related), the one line (teaser),
one short paragraph (author) or the rest of the text (comments, only in the
latter part of the text).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.content import patterns as P
from newsgraph.model import Region


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # exclusive, without the newline
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Lines of `text` with their character offsets."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def heading_kind(line: str) -> str | None:
    """The region kind a line opens, if it is a region heading."""
    if len(line) > P.REGION_ITEM_MAX_CHARS:
        return None
    for kind, pattern in P.REGION_HEADINGS.items():
        if pattern.search(line):
            return kind
    return None


def _list_end(lines: list[Line], first: int) -> int:
    """Index of the last line of a related list opened at `first`: up to REGION_MAX_ITEMS short lines."""
    last, items = first, 0
    for j in range(first + 1, len(lines)):
        line = lines[j]
        if line.blank:
            if items:
                break
            continue
        if len(line.text.strip()) > P.REGION_ITEM_MAX_CHARS or heading_kind(line.text) or items >= P.REGION_MAX_ITEMS:
            break
        last, items = j, items + 1
    return last


def _author_end(lines: list[Line], first: int) -> int:
    """Index of the last line of an author box: the heading plus one short paragraph."""
    last, used, seen_text = first, 0, False
    for j in range(first + 1, len(lines)):
        line = lines[j]
        if line.blank:
            if seen_text:
                break
            continue
        used += len(line.text)
        if used > P.AUTHOR_BOX_MAX_CHARS or heading_kind(line.text):
            break
        last, seen_text = j, True
    return last


def _opens_comments(text: str, heading: Line) -> bool:
    """A comments heading late in the text, that is a comment form or is followed by comment markers."""
    if heading.start < P.COMMENTS_MIN_POSITION * len(text):
        return False
    if P.COMMENT_FORM_HEADING.match(heading.text):
        return True
    following = text[heading.end:heading.end + P.COMMENT_MARKER_WINDOW]
    return any(marker.search(following) for marker in P.COMMENT_MARKERS)


def find_regions(text: str) -> list[Region]:
    """Non-body regions of `text`, in order, not overlapping."""
    lines = split_lines(text)
    regions: list[Region] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        kind = None if line.blank else heading_kind(line.text)
        if kind is None:
            i += 1
            continue
        if kind == "related":
            last = _list_end(lines, i)
            if last == i:  # a heading without items is a stray label; still not body
                last = i
        elif kind == "author":
            last = _author_end(lines, i)
        elif kind == "comments":
            if not _opens_comments(text, line):
                i += 1
                continue
            last = len(lines) - 1
        else:  # teaser: the line itself
            last = i
        end = lines[last].end
        regions.append(Region(line.start, end, kind))
        i = last + 1
    return regions


def remove_regions(text: str, regions: list[Region]) -> str:
    """`text` without the given regions (the lines they cover are dropped)."""
    if not regions:
        return text
    parts: list[str] = []
    pos = 0
    for region in sorted(regions, key=lambda r: r.start):
        parts.append(text[pos:region.start])
        pos = region.end
    parts.append(text[pos:])
    return "".join(parts)
