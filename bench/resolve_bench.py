"""Entity resolution quality on gold mentions: GUM Wikinews (English news and interviews).

Data: ../shared/data/gum/conllu_wikinews (43 Wikinews documents, GUM V11.1.0,
CC BY 4.0 annotations / CC BY 2.5 text; Zeldes 2017, Lin & Zeldes 2021). GUM
marks every entity mention with a coreference group and, where the entity has
a Wikipedia page, its identity (Wikification).

Mentions: named PERSON / PLACE / ORGANIZATION mentions (the mention's head
token has gold tag NNP/NNPS), trimmed to the run of proper-noun tokens around
the head, as our NER would see them; their types are taken as gold
(PER/LOC/ORG). Resolution therefore sees perfect mentions and only its
grouping is measured.

Gold entity of a mention: its Wikipedia identity when it has one (so the same
entity in two documents is one gold entity), else its document's coreference
group. System entity: the id `resolve.resolve_article` gives it (ids are shared
across documents by construction).

Scores: B³ precision / recall / F1 over all mentions, separately for links
within a document and across documents (pairwise: of all mention pairs the
system puts together, how many are gold pairs, and vice versa). Baseline:
one entity per exact (type, surface string).

Usage: python bench/resolve_bench.py [--no-write]
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from machine import machine_line  # noqa: E402

from newsgraph.model import Article, Mention  # noqa: E402
from newsgraph.resolve import resolve_article  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "gum" / "conllu_wikinews"
RESULTS = ROOT / "bench" / "results" / "resolve.md"
TYPES = {"person": "PER", "place": "LOC", "organization": "ORG"}
PROPER = {"NNP", "NNPS"}


@dataclass
class Token:
    index: int
    form: str
    xpos: str
    head: int
    start: int
    end: int


@dataclass
class GoldMention:
    doc: str
    start: int
    end: int
    text: str
    type: str
    gold: str


def _entity_events(misc: str) -> tuple[list[tuple[str, str]], list[str]]:
    """MISC Entity= value → (opened (group, attributes), closed groups), in order of appearance."""
    value = next((f[len("Entity="):] for f in misc.split("|") if f.startswith("Entity=")), "")
    opened, closed = [], []
    i = 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            attrs = value[i + 1:j]
            group = attrs.split("-", 1)[0]
            opened.append((group, attrs))
            if j < len(value) and value[j] == ")":
                closed.append(group)
                j += 1
            i = j
        else:
            j = i
            while j < len(value) and value[j] != ")":
                j += 1
            closed.append(value[i:j])
            i = j + 1
    return opened, closed


def read_document(path: Path) -> tuple[str, list[GoldMention]]:
    """One CoNLL-U document → its text (tokens joined per SpaceAfter) and named gold mentions."""
    doc = path.name.split(".")[0]
    text_parts: list[str] = []
    offset = 0
    mentions: list[GoldMention] = []
    identity: dict[str, str] = {}
    sentence: list[Token] = []
    spans: list[tuple[str, str, list[Token]]] = []
    stack: dict[str, list[tuple[str, list[Token]]]] = defaultdict(list)

    def finish_sentence() -> None:
        for group, attrs, toks in spans:
            parts = attrs.split("-", 7)
            if len(parts) > 7 and parts[7]:
                identity[group] = parts[7]
            etype = parts[1] if len(parts) > 1 else ""
            if etype not in TYPES:
                continue
            ids = {t.index for t in toks}
            heads = [t for t in toks if t.head not in ids]
            if not heads or heads[0].xpos not in PROPER:
                continue
            head = heads[0]
            proper = [t for t in toks if t.xpos in PROPER]
            # the contiguous run of proper nouns (and inner 'of'/'and'/'&') around the head
            lo = hi = toks.index(head)
            while lo > 0 and (toks[lo - 1].xpos in PROPER or toks[lo - 1].xpos == "CD"):
                lo -= 1
            while hi + 1 < len(toks) and (toks[hi + 1].xpos in PROPER or (
                    toks[hi + 1].form in ("of", "and", "&", "-") and hi + 2 < len(toks)
                    and toks[hi + 2].xpos in PROPER)):
                hi += 1
            if not proper:
                continue
            start, end = toks[lo].start, toks[hi].end
            mentions.append(GoldMention(doc, start, end, "", TYPES[etype], group))
        spans.clear()
        sentence.clear()

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                finish_sentence()
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            form, misc = cols[1], cols[9]
            token = Token(int(cols[0]), form, cols[4], int(cols[6]) if cols[6].isdigit() else 0, offset,
                          offset + len(form))
            text_parts.append(form)
            offset += len(form)
            if "SpaceAfter=No" not in misc:
                text_parts.append(" ")
                offset += 1
            sentence.append(token)
            opened, closed = _entity_events(misc)
            for group, attrs in opened:
                stack[group].append((attrs, []))
            for frames in stack.values():
                for _, toks in frames:
                    toks.append(token)
            for group in closed:
                if stack.get(group):
                    attrs, toks = stack[group].pop()
                    spans.append((group, attrs, toks))
        finish_sentence()
    text = "".join(text_parts)
    for m in mentions:
        m.text = text[m.start:m.end]
        m.gold = f"wiki:{identity[m.gold]}" if m.gold in identity else f"{doc}#{m.gold}"
    return text, mentions


def system_entities(text: str, mentions: list[GoldMention]) -> list[str]:
    article = Article(id=Article.id_for(text), source=mentions[0].doc if mentions else "", text=text, language="en")
    article.mentions = [Mention(m.start, m.end, m.text, m.type) for m in mentions]
    resolve_article(article)
    by_span = {(x.start, x.end): x.entity_id for x in article.mentions}
    return [by_span[(m.start, m.end)] for m in mentions]


def b_cubed(gold: list[str], system: list[str]) -> tuple[float, float, float]:
    gold_sets, sys_sets = defaultdict(set), defaultdict(set)
    for i, (g, s) in enumerate(zip(gold, system)):
        gold_sets[g].add(i)
        sys_sets[s].add(i)
    p = sum(len(sys_sets[s] & gold_sets[g]) / len(sys_sets[s]) for g, s in zip(gold, system)) / len(gold)
    r = sum(len(sys_sets[s] & gold_sets[g]) / len(gold_sets[g]) for g, s in zip(gold, system)) / len(gold)
    return p, r, 2 * p * r / (p + r)


def pair_scores(items: list[tuple[str, str, str]], same_doc: bool) -> tuple[float, float, int, int]:
    """Pairwise link precision / recall over mention pairs within (or across) documents."""
    tp = sys_pairs = gold_pairs = 0
    for (d1, g1, s1), (d2, g2, s2) in combinations(items, 2):
        if (d1 == d2) != same_doc:
            continue
        tp += g1 == g2 and s1 == s2
        sys_pairs += s1 == s2
        gold_pairs += g1 == g2
    return tp / sys_pairs if sys_pairs else 0.0, tp / gold_pairs if gold_pairs else 0.0, sys_pairs, gold_pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only, do not write bench/results/resolve.md")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA}: not found (../shared/data must be beside the checkout)")
    gold, ours, baseline, docs = [], [], [], []
    for path in sorted(DATA.glob("*.conllu.gz")):
        text, mentions = read_document(path)
        if not mentions:
            continue
        assert all(text[m.start:m.end] == m.text for m in mentions)
        gold += [m.gold for m in mentions]
        ours += system_entities(text, mentions)
        baseline += [f"{m.type}:{m.text}" for m in mentions]
        docs += [m.doc for m in mentions]
    rows = []
    for name, system in (("exact string (baseline)", baseline), ("resolve_article", ours)):
        p, r, f = b_cubed(gold, system)
        wp, wr, _, wg = pair_scores(list(zip(docs, gold, system)), same_doc=True)
        cp, cr, _, cg = pair_scores(list(zip(docs, gold, system)), same_doc=False)
        rows.append(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {wp:.3f} / {wr:.3f} | {cp:.3f} / {cr:.3f} |")
    n_docs = len(set(docs))
    lines = [
        "## Entity resolution (gold mentions)", "",
        "Command: `python bench/resolve_bench.py`", "", machine_line(), "",
        f"Data: GUM V11.1.0 Wikinews, `../shared/data/gum/conllu_wikinews` ({n_docs} documents with named mentions, "
        f"{len(gold)} named PER/LOC/ORG mentions, {len(set(gold))} gold entities; gold = Wikipedia identity where "
        "GUM gives one, else the document's coreference group). Mentions and types are gold; only the grouping "
        "into entities (and the cross-document ids) is measured. English only.", "",
        "| system | B³ P | B³ R | B³ F1 | pairs within a document P / R | pairs across documents P / R |",
        "|---|---|---|---|---|---|", *rows, "",
        f"Gold pairs: {wg} within documents, {cg} across documents. The resolution rules were refined while "
        "looking at this set's errors, so these figures are not a held-out estimate.", "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")
        import write_benchmarks

        write_benchmarks.main()


if __name__ == "__main__":
    main()
