"""Is the events stage still producing the same output? One SHA-256 over every event it reports.

Run: `OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python bench/events_identity_check.py [--dump out.jsonl]`

Runs the whole pipeline with `Settings(events=True)`, one item at a time as `newsgraph eval events` does, on
- every gold, probe and fresh set in tests/data/events_*.jsonl (`process_text` with the item's language and date),
- the SmartData dev documents (../shared/data/smartdata/dev.jsonl.gz, read with `read_smartdata`),
- the pages of examples/ (ingest → content → …; a page the content stage rejects is recorded as rejected),
and serialises every event completely (id, type, modality, arguments with offsets, entity ids and values, time,
evidence offsets and text, confidence, trigger, rule, plan, conflicts) as sorted-key JSON. It prints one digest
per set and one over all sets. A speed change that must not alter the output keeps every digest.

`--dump` writes one JSON line per item so that a difference can be found with `diff`; the items of the untuned
final check (`events_bench.UNSEEN`, the last fresh sets) are hashed but never dumped, so that their misses stay
unread.

The code under test is the `newsgraph` of PYTHONPATH when it is set (an A/B run against an export of another commit),
else the src/ beside this script.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("OMP_NUM_THREADS", "1")
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))  # an explicit PYTHONPATH names the tree under test: do not shadow it

import newsgraph  # noqa: E402
from newsgraph.errors import NewsgraphError  # noqa: E402
from newsgraph.events.evaluate import read_gold  # noqa: E402
from newsgraph.events.smartdata import read_smartdata  # noqa: E402
from newsgraph.ingest.files import read_path  # noqa: E402
from newsgraph.model import Event, RawPage  # noqa: E402
from newsgraph.pipeline import process, process_text  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from events_bench import UNSEEN  # noqa: E402  (after newsgraph: its own src/ insert must not shadow PYTHONPATH)

DATA = ROOT / "tests" / "data"
SMARTDATA_DEV = ROOT.parent / "shared" / "data" / "smartdata" / "dev.jsonl.gz"
NOT_DUMPED = {u.name for u in UNSEEN}


def event_json(events: list[Event]) -> list[dict]:
    """Every field of every event, in the order the stage reports them (the order is output too)."""
    return [asdict(ev) for ev in events]


def input_sets() -> list[tuple[str, list[tuple[str, str, str | None, str | None]]]]:
    """(set name, [(item id, text, language, published)]) for the gold files and SmartData dev."""
    sets = []
    for path in sorted(DATA.glob("events_*.jsonl")):
        sets.append((path.name, [(it.id, it.text, it.lang, it.published) for it in read_gold(path)]))
    if SMARTDATA_DEV.exists():
        sets.append(("smartdata_dev", [(it.id, it.text, it.lang, it.published)
                                       for it in read_smartdata(SMARTDATA_DEV)]))
    return sets


def run(dump: Path | None) -> dict[str, str]:
    settings = Settings(events=True)
    digests: dict[str, str] = {}
    total = hashlib.sha256()
    out = open(dump, "w", encoding="utf-8") if dump else None
    try:
        for name, items in input_sets():
            h = hashlib.sha256()
            for item_id, text, lang, published in items:
                art = process_text(text, language=lang, published=published, settings=settings)
                line = json.dumps({"set": name, "id": item_id, "events": event_json(art.events)},
                                  sort_keys=True, ensure_ascii=False, default=str)
                h.update(line.encode("utf-8") + b"\n")
                if out and name not in NOT_DUMPED:
                    out.write(line + "\n")
            digests[f"{name} ({len(items)})"] = h.hexdigest()
            total.update(h.digest())
        h = hashlib.sha256()
        pages = sorted((p for p in read_path(str(ROOT / "examples"), settings) if isinstance(p, RawPage)),
                       key=lambda p: p.source)
        for page in pages:
            try:
                record = {"events": event_json(process(page, settings).events)}
            except NewsgraphError as exc:
                record = {"rejected": type(exc).__name__}
            line = json.dumps({"set": "examples", "id": Path(page.source).name, **record},
                              sort_keys=True, ensure_ascii=False, default=str)
            h.update(line.encode("utf-8") + b"\n")
            if out:
                out.write(line + "\n")
        digests[f"examples ({len(pages)})"] = h.hexdigest()
        total.update(h.digest())
    finally:
        if out:
            out.close()
    digests["ALL"] = total.hexdigest()
    return digests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write one JSON line per item (the untuned fresh set left out)")
    args = parser.parse_args()
    print(f"tree under test: {Path(newsgraph.__file__).parent}")
    for name, digest in run(args.dump).items():
        print(f"{digest}  {name}")


if __name__ == "__main__":
    main()
