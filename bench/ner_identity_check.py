"""Is `annotate` still producing the same output? A fingerprint of sentences and mentions.

Run: `OMP_NUM_THREADS=1 .venv/bin/python bench/ner_identity_check.py [--data ../shared/data] [--dump out.jsonl]`

Annotates, one article at a time as the pipeline does,
- the SmartData dev and MobIE dev documents (German),
- the articles of examples/ (through ingest and content, so their detected language is used),
- a fixed sample of the html_pages main texts (every 10th page by file name, through content),
and prints one SHA-256 per set and one over all of them. With `--eval-sets` it also fingerprints the
predictions `newsgraph eval ner` scores on every set of bench/ner_bench.py (sentences batched as
`evaluate` batches them, so the model sees the same large batches). Each article contributes its sentences
(start, end, language) and its mentions (start, end, text, type, source). Compare the printed
digests before and after a change that must not alter the output; `--dump` writes every article's
record (one JSON line each) so a difference can be located with `diff`.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

os.environ.setdefault("OMP_NUM_THREADS", "1")

from newsgraph.content import extract_content  # noqa: E402
from newsgraph.errors import NewsgraphError  # noqa: E402
from newsgraph.ingest import read_sources  # noqa: E402
from newsgraph.model import Article, RawPage  # noqa: E402
from newsgraph.nlp import annotate, recognize_many  # noqa: E402
from newsgraph.nlp import corpora  # noqa: E402
from newsgraph.nlp.evaluate import _units  # noqa: E402
from newsgraph.nlp.ner import NerOptions  # noqa: E402
from newsgraph.model import Sentence  # noqa: E402
from newsgraph.nlp.corpora import iter_json_objects, json_doc_text, read_text_file  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402

HTML_SAMPLE_EVERY = 10


def _json_texts(path: Path) -> list[tuple[str, str, str]]:
    return [(f"{path.parent.name}:{i}", json_doc_text(o), "de")
            for i, o in enumerate(iter_json_objects(read_text_file(path)))]


def _example_texts(settings: Settings) -> list[tuple[str, str, str]]:
    out = []
    for raw in read_sources([str(ROOT / "examples")], settings):
        if not isinstance(raw, RawPage) or raw.source.endswith("README.md"):
            continue
        try:
            art = extract_content(raw, settings)
        except NewsgraphError:
            continue
        out.append((Path(raw.source).name, art.text, art.language))
    return out


def _html_texts(data: Path, settings: Settings) -> list[tuple[str, str, str]]:
    pages = sorted((data / "html_pages" / "pages").glob("*.html.gz"))[::HTML_SAMPLE_EVERY]
    out = []
    for p in pages:
        raw = RawPage(source=p.name, body=gzip.decompress(p.read_bytes()), content_type="text/html")
        try:
            art = extract_content(raw, settings)
        except NewsgraphError:
            continue
        out.append((p.name, art.text, art.language))
    return out


def _record(name: str, text: str, lang: str, settings: Settings) -> dict:
    art = annotate(Article(id="x", source=name, text=text, language=lang), settings)
    return {"name": name,
            "sentences": [[s.start, s.end, s.language] for s in art.sentences],
            "mentions": [[m.start, m.end, m.text, m.type, m.source] for m in art.mentions]}


def _eval_records(path: Path, lang: str) -> list[dict]:
    """Mentions `evaluate` would score for each unit of `path`, in batches of >= 500 sentences like it."""
    units = [u for doc in corpora.read(path) for u in _units(doc)]
    batches, batch, size = [], [], 0
    for unit in units:
        batch.append(unit)
        size += len(unit)
        if size >= 500:
            batches.append(batch)
            batch, size = [], 0
    if batch:
        batches.append(batch)
    out = []
    for batch in batches:
        prepared = []
        for unit in batch:
            sentences, pos = [], 0
            for s in unit:
                sentences.append(Sentence(pos, pos + len(s.text), lang))
                pos += len(s.text) + 1
            prepared.append(("\n".join(s.text for s in unit), sentences))
        for (text, _), mentions in zip(prepared, recognize_many(prepared, NerOptions())):
            out.append({"text_len": len(text),
                        "mentions": [[m.start, m.end, m.text, m.type, m.source] for m in mentions]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--dump", help="write every article's record as JSON lines here")
    parser.add_argument("--eval-sets", action="store_true", help="also the evaluation sets of bench/ner_bench.py")
    args = parser.parse_args()
    data = Path(args.data)
    settings = Settings()
    sets = [("smartdata dev", _json_texts(data / "smartdata" / "dev.jsonl.gz")),
            ("mobie dev", _json_texts(data / "mobie" / "dev.jsonl.gz")),
            ("examples", _example_texts(settings)),
            ("html_pages sample", _html_texts(data, settings))]
    total = hashlib.sha256()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for label, texts in sets:
        digest = hashlib.sha256()
        n_sent = n_ment = 0
        for name, text, lang in texts:
            rec = _record(name, text, lang, settings)
            line = json.dumps(rec, ensure_ascii=False, sort_keys=True)
            digest.update(line.encode("utf-8") + b"\n")
            n_sent += len(rec["sentences"])
            n_ment += len(rec["mentions"])
            if dump:
                dump.write(line + "\n")
        total.update(digest.digest())
        print(f"{label}: {len(texts)} texts, {n_sent} sentences, {n_ment} mentions, sha256 {digest.hexdigest()[:16]}")
    if args.eval_sets:
        sys.path.insert(0, str(ROOT / "bench"))
        from ner_bench import SETS_DE, SETS_EN

        files = {rel: lang for _, rel, lang, _ in SETS_DE + SETS_EN}  # SmartData dev is listed twice
        for rel, lang in files.items():
            records = _eval_records(data / rel, lang)
            digest = hashlib.sha256()
            for rec in records:
                line = json.dumps(rec, ensure_ascii=False, sort_keys=True)
                digest.update(line.encode("utf-8") + b"\n")
                if dump:
                    dump.write(json.dumps({"set": rel, **rec}, ensure_ascii=False) + "\n")
            total.update(digest.digest())
            n_ment = sum(len(r["mentions"]) for r in records)
            print(f"eval {rel} ({lang}): {len(records)} units, {n_ment} mentions, sha256 {digest.hexdigest()[:16]}",
                  flush=True)
    if dump:
        dump.close()
    print(f"all: sha256 {total.hexdigest()}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
