"""Boilerplate cleaner for text that was already scraped (plain text or Markdown).

HTML gives an extractor structure to work with; scraped text has lost it, so
we work line by line with the general rules in `patterns.py`:

1. normalise line ends, unwrap Markdown (front matter, headings, links, emphasis);
2. drop template placeholders (`{author_bio}`) and lines that are widgets:
   share bars, buttons, menus and breadcrumbs, cookie notices, donation and
   subscription calls, copyright, tag lists, reading times, image credits;
3. drop a signature (`-- ` or a closing formula in the last lines);
4. take the title (a first short line followed by a blank line, or a `#`
   heading), bylines and a dateline from the first/last lines into metadata;
5. cut out region blocks (related lists, teasers, author boxes, comments);
6. collapse runs of blank lines.

Everything not matched is kept verbatim, so the body stays faithful.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.content import patterns as P
from newsgraph.content.dates import parse_dateline
from newsgraph.content.regions import find_regions, remove_regions

_WORD = re.compile(r"[\wäöüÄÖÜß@.\-]+")
_PUNCT_ONLY = re.compile(r"^[\W_]*$")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_FRONT_FIELD = re.compile(r"^(title|date|author|authors)\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n[ \t]*(\n[ \t]*)+\n")


@dataclass
class CleanText:
    """Result of cleaning: body text plus the metadata found in the lines taken out."""

    text: str
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (rule, line) for docs and debugging


# --- line classification -------------------------------------------------------------------------

def _words(line: str) -> list[str]:
    return [w.lower().strip(".-") for w in _WORD.findall(line) if w.strip(".-")]


def is_share_bar(line: str) -> bool:
    words = _words(line)
    return bool(words) and all(w in P.SHARE_WORDS for w in words) and any(w in P.SHARE_CORE for w in words)


def is_button(line: str) -> bool:
    return line.strip().strip(".:!…»›>→").strip().lower() in P.BUTTON_PHRASES


def is_navigation(line: str) -> bool:
    """A menu (items from NAVIGATION_WORDS) or a breadcrumb trail (3+ short items between separators)."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|"):  # a table row, not a menu
        return False
    words = _words(stripped)
    if words and len(words) <= 8 and all(w in P.NAVIGATION_WORDS for w in words):
        return True
    items = [item for item in P.NAV_SEPARATORS.split(stripped) if item]
    separators = len(P.NAV_SEPARATORS.findall(stripped))
    return separators >= 2 and len(items) >= 3 and all(
        len(item) <= 30 and len(item.split()) <= 3 and sum(c.isalpha() for c in item) > len(item) / 2
        for item in items)


def line_rule(line: str) -> str | None:
    """Name of the boilerplate rule a line matches, or None for body text."""
    stripped = line.strip()
    if not stripped:
        return None
    if is_button(stripped):
        return "button"
    if is_share_bar(stripped):
        return "share"
    if is_navigation(stripped):
        return "navigation"
    limit = P.MAX_BOILERPLATE_LINE * 2  # cookie banners are long paragraphs
    for name, rule in P.LINE_PATTERNS.items():
        if len(stripped) > (limit if name == "cookie" else P.MAX_BOILERPLATE_LINE):
            continue
        patterns = rule if isinstance(rule, tuple) else (rule,)
        if all(pattern.search(stripped) for pattern in patterns):
            return name
    return None


# --- steps ---------------------------------------------------------------------------------------

def _unwrap_markdown(text: str, result: CleanText) -> str:
    front = _FRONT_MATTER.match(text)
    if front:
        for key, value in _FRONT_FIELD.findall(front.group(1)):
            value = value.strip("\"'[] ")
            key = key.lower()
            if key == "title":
                result.title = value
            elif key == "date":
                parsed = parse_dateline(value)
                result.published = parsed[0] if parsed else result.published
            else:
                result.authors.extend(n for n in P.NAME_SPLIT.split(value) if n)
        text = text[front.end():]
    text = _HTML_COMMENT.sub("", text)
    lines = []
    for line in text.split("\n"):
        if _MD_RULE.match(line):
            lines.append("")
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            line = heading.group(2)
            if len(heading.group(1)) == 1 and result.title is None and not any(l.strip() for l in lines):
                result.title = line
                continue
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_AUTOLINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), line)
        lines.append(line)
    return "\n".join(lines)


def _drop_placeholders(lines: list[str], result: CleanText) -> list[str]:
    kept = []
    for line in lines:
        if P.PLACEHOLDER.search(line):
            cleaned = P.PLACEHOLDER.sub("", line)
            if _PUNCT_ONLY.match(cleaned):
                result.removed.append(("placeholder", line))
                continue
            result.removed.append(("placeholder", line))
            line = re.sub(r"[ \t]{2,}", " ", cleaned).rstrip()
        kept.append(line)
    return kept


def _drop_widgets(lines: list[str], result: CleanText) -> list[str]:
    kept = []
    for line in lines:
        rule = line_rule(line)
        if rule:
            result.removed.append((rule, line))
            continue
        kept.append(line)
    return kept


def _drop_signature(lines: list[str], result: CleanText) -> list[str]:
    for i, line in enumerate(lines):
        if not P.SIGNATURE_DELIMITER.match(line):
            continue
        tail = [l for l in lines[i + 1:] if l.strip()]
        if len(tail) <= P.SIGNATURE_MAX_LINES and sum(map(len, tail)) <= P.SIGNATURE_MAX_CHARS:
            result.removed.extend(("signature", l) for l in lines[i:] if l.strip())
            return lines[:i]
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    for i in nonempty[-P.SIGNATURE_WINDOW:]:
        tail = [l for l in lines[i:] if l.strip()]
        if P.CLOSING_FORMULA.match(lines[i]) and all(len(l) <= 80 for l in tail) and len(tail) <= 4:
            result.removed.extend(("signature", l) for l in tail)
            return lines[:i]
    return lines


def _take_title(lines: list[str], result: CleanText) -> list[str]:
    if result.title is not None:
        return lines
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonempty) < 2:
        return lines
    first = nonempty[0]
    line = lines[first].strip()
    followed_by_blank = first + 1 < len(lines) and not lines[first + 1].strip()
    if followed_by_blank and len(line) <= 160 and not line.endswith((".", ":", ",", ";")) \
            and parse_dateline(line) is None and not P.BYLINE.match(line):
        result.title = line
        return lines[:first] + lines[first + 1:]
    return lines


def _take_bylines_and_dates(lines: list[str], result: CleanText) -> list[str]:
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    window = set(nonempty[:P.DATELINE_WINDOW] + nonempty[-P.DATELINE_WINDOW:])
    drop = set()
    for i in sorted(window):
        line = lines[i].strip()
        dated = parse_dateline(line)
        if dated:  # the first date found wins; later datelines (e.g. "updated") are dropped all the same
            result.published = result.published or dated[0]
            rest = dated[1]
            drop.add(i)
            result.removed.append(("dateline", line))
            line = rest
            if not line:
                continue
        byline = P.BYLINE.match(line) if i in nonempty[:P.DATELINE_WINDOW] or dated else None
        if byline and len(line) <= 120:
            names = [n.strip() for n in P.NAME_SPLIT.split(byline.group("names")) if n.strip()]
            result.authors.extend(n for n in names if n not in result.authors)
            drop.add(i)
            result.removed.append(("byline", lines[i]))
            tail = line[byline.end("names"):]
            if result.published is None and tail:
                dated_tail = parse_dateline(tail.lstrip(" ,|·•–—-"))
                if dated_tail:
                    result.published = dated_tail[0]
    return [line for i, line in enumerate(lines) if i not in drop]


def _drop_blocks(text: str, result: CleanText) -> str:
    regions = find_regions(text)
    for region in regions:
        result.removed.append((f"region:{region.kind}", text[region.start:region.end]))
    return remove_regions(text, regions)


def clean_text(text: str, *, markdown: bool = False, take_title: bool = True) -> CleanText:
    """Scraped text → body text and metadata (title, publication date, authors).

    `take_title=False` for text an HTML extractor produced: its title comes from the markup, and its
    first line is a paragraph, not a headline.
    """
    result = CleanText(text="")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").replace("\u00a0", " ")
    if markdown:
        text = _unwrap_markdown(text, result)
    lines = [line.rstrip() for line in text.split("\n")]
    lines = _drop_placeholders(lines, result)
    lines = _drop_widgets(lines, result)
    lines = _drop_signature(lines, result)
    if take_title:
        lines = _take_title(lines, result)
    lines = _take_bylines_and_dates(lines, result)
    body = _drop_blocks("\n".join(lines), result)
    body = _BLANK_RUNS.sub("\n\n", body).strip()
    result.text = body
    return result
