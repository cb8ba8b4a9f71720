"""Readers for every annotated NER format in ../shared/data, into one gold representation.

Both `newsgraph eval ner` and the training builder read through here, so a new test file in a
known format is scored without code changes. Formats (autodetected when not given):

- germeval:  `#` comment lines, `index<TAB>token<TAB>outer<TAB>inner` (outer level is used)
- iob2:      Universal NER, `index<TAB>token<TAB>tag<TAB>-<TAB>annotator`, `#` comments
- conll:     token first, tag last (CoNLL-2003, MobIE, WNUT, BTC, wikigold, GUM); `-DOCSTART-` and
             `# newdoc` start documents; blank or whitespace-only lines end sentences; IO or BIO
- wikiann:   `de:token<TAB>tag`
- bio:       Europeana: `token tag`, no sentence boundaries, so the stream is cut at sentence-final
             periods or every 60 tokens; lines whose tag is not a valid tag count as `O`
- smartdata / mobie / json: DFKI Avro-JSON documents (SmartData, MobIE, Product Corpus), wrapped or
             plain, one per line or concatenated; char-offset `conceptMentions` are the gold spans

Labels are mapped to our types by `map_label` (documented in docs/ner.md).
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.errors import DataError

FORMATS = ("germeval", "iob2", "conll", "wikiann", "bio", "smartdata", "mobie", "json")


@dataclass
class GoldSentence:
    """A sentence with gold spans; `text` is the tokens joined by single spaces (or the source text)."""

    text: str
    tokens: list[tuple[int, int]]  # character offsets of the source tokens in `text`
    spans: list[tuple[int, int, str]]  # character offsets and *raw* corpus labels


@dataclass
class GoldDoc:
    id: str
    sentences: list[GoldSentence] = field(default_factory=list)
    is_document: bool = False  # a real document (its sentences belong together), not just a file of sentences


_LABEL_MAP = {
    "PER": "PER", "PERSON": "PER",
    "LOC": "LOC", "LOCATION": "LOC", "LOCATION_CITY": "LOC", "LOCATION_STREET": "LOC", "LOCATION_STOP": "LOC",
    "LOCATION_ROUTE": "LOC", "PLACE": "LOC", "GPE": "LOC", "GEO_LOC": "LOC",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANIZATION_COMPANY": "ORG", "CORPORATION": "ORG", "GROUP": "ORG",
    "COMPANY": "ORG", "SPORTSTEAM": "ORG",
    "OTH": "MISC", "MISC": "MISC", "CREATIVE_WORK": "MISC",
    "PRODUCT": "PRODUCT",
    "ORG_POSITION": "ROLE", "POSITION": "ROLE",
}


def map_label(raw: str) -> str | None:
    """Corpus label → ORG/PER/LOC/PRODUCT/MISC/ROLE, or None for labels we do not recognise as entities
    (dates, numbers, triggers, GermEval -deriv/-part, GUM's non-name types)."""
    key = raw.strip().upper().replace("-", "_")
    return _LABEL_MAP.get(key)


# ---------------------------------------------------------------- opening and detection

def _open_text(path: Path) -> str:
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def detect_format(path: Path, text: str) -> str:
    """Guess the format from the content (the file name only breaks ties)."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return "json"
    lines = [ln for ln in text.splitlines()[:400] if ln.strip()]
    body = [ln for ln in lines if not ln.startswith("#")]
    if not body:
        raise DataError(f"{path}: empty file")
    if sum(bool(re.match(r"^[a-z]{2,3}:\S*\t", ln)) for ln in body[:50]) > len(body[:50]) // 2:
        return "wikiann"
    first_cols = [ln.split("\t") for ln in body[:50]]
    if all(len(c) >= 3 and c[0].isdigit() for c in first_cols):
        if any(ln.startswith("#\t") for ln in lines):
            return "germeval"
        return "iob2"
    has_blank = "\n\n" in text or re.search(r"\n[ \t]+\n", text) is not None
    if not has_blank and "-DOCSTART-" not in text:
        return "bio"
    return "conll"


def read(path: str | Path, fmt: str | None = None) -> list[GoldDoc]:
    """Every document of an annotated file, in the gold representation."""
    path = Path(path)
    text = _open_text(path)
    fmt = fmt or detect_format(path, text)
    if fmt not in FORMATS:
        raise DataError(f"{path}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt in ("smartdata", "mobie", "json"):
        return list(_read_json_docs(path, text))
    return _read_columns(path, text, fmt)


# ---------------------------------------------------------------- column formats

_TAG = re.compile(r"^(?:([BIE])[-_])?([A-Za-z][\w\-]*)$")


def _split_line(line: str, fmt: str) -> tuple[str, str] | None:
    """(token, tag) of one data line, or None when the line carries no token."""
    if fmt in ("germeval", "iob2"):
        cols = line.split("\t")
        return (cols[1], cols[2]) if len(cols) >= 3 else None
    if fmt == "wikiann":
        tok, _, tag = line.rpartition("\t")
        return (tok.split(":", 1)[1] if ":" in tok else tok), tag
    cols = line.split("\t") if "\t" in line else line.split()
    if len(cols) == 1:
        return cols[0], "O"
    return cols[0], cols[-1]


def _read_columns(path: Path, text: str, fmt: str) -> list[GoldDoc]:
    docs: list[GoldDoc] = [GoldDoc(path.name)]
    rows: list[tuple[str, str]] = []

    def flush() -> None:
        if rows:
            docs[-1].sentences.append(_sentence(rows))
            rows.clear()

    for raw in text.splitlines():
        line = raw.rstrip("\r\n")
        if not line.strip():
            flush()
            continue
        if line.startswith("-DOCSTART-") or line.startswith("# newdoc"):
            flush()
            docs.append(GoldDoc(_doc_id(line), is_document=True))
            continue
        if line.startswith("#") and (fmt in ("germeval", "iob2", "bio") or line.startswith("# ")):
            if fmt == "bio":
                flush()
            continue
        pair = _split_line(line, fmt)
        if pair is None or not pair[0]:
            continue
        rows.append(pair)
        if fmt == "bio" and (pair[0] in (".", "!", "?") or len(rows) >= 60):
            flush()
    flush()
    return [d for d in docs if d.sentences]


def _doc_id(line: str) -> str:
    """`-DOCSTART- -<id>- O O` (MobIE) or `# newdoc id = <id>` (UNER, GUM); plain `-DOCSTART-` has none."""
    if line.startswith("# newdoc"):
        return line.split("=", 1)[-1].strip()
    parts = line.split()
    return parts[1].strip("-") if len(parts) > 1 and parts[1] not in ("O", "-X-") else ""


def _sentence(rows: list[tuple[str, str]]) -> GoldSentence:
    """Tokens joined by spaces; BIO/IO tags → character spans (I- after O or another type begins a span)."""
    parts: list[str] = []
    tokens: list[tuple[int, int]] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    cur: list = []  # [start, end, label]
    for tok, tag in rows:
        tok = tok.replace(" ", "\u00a0") if " " in tok else tok
        start, end = pos, pos + len(tok)
        parts.append(tok)
        tokens.append((start, end))
        pos = end + 1
        m = _TAG.match(tag.strip())
        if not m or tag.strip() == "O" or m.group(2) in ("O",):
            if cur:
                spans.append(tuple(cur))
                cur = []
            continue
        prefix, label = m.group(1), m.group(2)
        if prefix is None and len(label) > 1 and label[0] in "BI" and label[1] in "-_":
            prefix, label = label[0], label[2:]
        if cur and prefix != "B" and cur[2] == label:
            cur[1] = end
        else:
            if cur:
                spans.append(tuple(cur))
            cur = [start, end, label]
    if cur:
        spans.append(tuple(cur))
    return GoldSentence(" ".join(parts), tokens, [(a, b, lab) for a, b, lab in spans])


# ---------------------------------------------------------------- DFKI JSON documents

def _unwrap(value):
    """Avro-JSON unions wrap values as {"string": ...}, {"array": [...]}, {"map": {...}}."""
    if isinstance(value, dict) and len(value) == 1:
        key = next(iter(value))
        if key in ("string", "array", "map", "float", "int", "long", "double", "boolean") or "." in key:
            return value[key]
    return value


def iter_json_objects(text: str) -> Iterator[dict]:
    decoder = json.JSONDecoder()
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        obj, i = decoder.raw_decode(text, i)
        yield obj


def json_doc_text(obj: dict) -> str:
    return _unwrap(obj.get("text")) or ""


def json_doc_mentions(obj: dict) -> list[tuple[int, int, str]]:
    out = []
    for cm in _unwrap(obj.get("conceptMentions")) or []:
        span = cm["span"]
        out.append((span["start"], span["end"], str(_unwrap(cm.get("type")))))
    return out


def _product_corpus_keep(text: str, label: str) -> bool:
    """The Product Corpus also marks pronouns and generic phrases; only names are NER gold."""
    return text[:1].isupper() or text[:1].isdigit() or map_label(label) not in ("ORG", "PRODUCT")


_PRONOUNS = frozenset({"We", "It", "They", "Our", "Its", "Their", "Us", "I", "He", "She", "The", "This", "These"})


def _read_json_docs(path: Path, text: str) -> Iterator[GoldDoc]:
    from newsgraph.nlp.segment import split_sentences, tokenize

    for obj in iter_json_objects(text):
        doc_text = json_doc_text(obj)
        mentions = json_doc_mentions(obj)
        if _unwrap(obj.get("langCode")) == "en":  # the Product Corpus: keep names, drop pronouns/generics
            mentions = [(a, b, lab) for a, b, lab in mentions
                        if _product_corpus_keep(doc_text[a:b], lab) and doc_text[a:b].split()[:1] != []
                        and doc_text[a:b].split()[0] not in _PRONOUNS]
        lang = _unwrap(obj.get("langCode")) if _unwrap(obj.get("langCode")) in ("de", "en") else "de"
        sents = _unwrap(obj.get("sentences")) or []
        toks = _unwrap(obj.get("tokens")) or []
        if sents:
            bounds = [(s["span"]["start"], s["span"]["end"]) for s in sents]
        else:
            bounds = split_sentences(doc_text, lang)
        if toks:
            tok_offsets = [(t["span"]["start"], t["span"]["end"]) for t in toks]
        else:
            tok_offsets = [(t.idx, t.idx + len(t.text)) for t in tokenize(doc_text, lang) if not t.is_space]
        gold = GoldDoc(str(obj.get("id")), is_document=True)
        for a, b in bounds:
            stoks = [(x - a, y - a) for x, y in tok_offsets if x >= a and y <= b]
            sspans = [(x - a, y - a, lab) for x, y, lab in mentions if x >= a and y <= b]
            gold.sentences.append(GoldSentence(doc_text[a:b], stoks, sspans))
        yield gold


def read_text_file(path: str | Path) -> str:
    """Raw (possibly gzipped) text, for callers that only need the characters."""
    return _open_text(Path(path))


__all__ = ["GoldDoc", "GoldSentence", "read", "detect_format", "map_label", "FORMATS", "io"]
