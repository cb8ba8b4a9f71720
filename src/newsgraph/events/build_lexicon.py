"""Build `events/data/common_words_de.txt.gz`: capitalised German words that are not names.

Why a word list: German capitalises every noun, so a capitalised word in
subject position ("Profis", "Aktien", "Hintergrund") or at the start of a
sentence ("Dafür", "Mittlerweile") looks like a company name to the fallback
patterns, and the recogniser sometimes tags such words ORG. A word that a
treebank tags as a common noun (or any other non-name part of speech) more
more than three times as often as a proper noun is no company name on its own.

Source: the UPOS-tagged train split of UD German GSD (UD 2.3, word forms and
UPOS only; `../shared/data/ud_german_gsd/de_gsd-ud-train.v2.3.upos-only.txt.gz`),
CC BY-SA 4.0; the derived list is shared under the same licence (see the
header of the output file). Rerun with

    python -m newsgraph.events.build_lexicon [PATH_TO_UPOS_FILE]

which rewrites the list byte for byte from the same input.
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_SOURCE = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "ud_german_gsd" / \
    "de_gsd-ud-train.v2.3.upos-only.txt.gz"
OUTPUT = Path(__file__).resolve().parent / "data" / "common_words_de.txt.gz"
_SKIP_TAGS = {"_", "PUNCT", "X", "SYM", "NUM"}
HEADER = (
    "# Capitalised German words that are not names on their own (one per line).\n"
    "# Derived by newsgraph.events.build_lexicon from the UPOS tags of UD German GSD train (UD 2.3):\n"
    "# a form tagged as another part of speech more than 3 times as often as PROPN, or the capitalised form of a\n"
    "# lower-case non-noun seen at least twice. License: CC BY-SA 4.0 (as the treebank);\n"
    "# McDonald et al., ACL 2013; Universal Dependencies 2.3.\n"
)


def count_tags(path: Path) -> dict[str, Counter[str]]:
    """Word form → UPOS counts, from `form##UPOS` items (multiword-token rows `im##_` skipped)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            for item in line.split():
                form, _, tag = item.rpartition("##")
                if form and tag not in _SKIP_TAGS:
                    counts[form][tag] += 1
    return counts


def common_words(counts: dict[str, Counter[str]]) -> list[str]:
    """Capitalised forms that are rarely proper nouns, plus capitalised sentence-initial function words."""
    out: set[str] = set()
    for form, tags in counts.items():
        if not form.isalpha() or len(form) < 2 or form.isupper():
            continue
        proper = tags.get("PROPN", 0)
        other = sum(tags.values()) - proper
        if form[0].isupper() and other > 3 * proper:  # "Bahn" (15 NOUN, 6 PROPN) stays a possible name
            out.add(form)
        elif form[0].islower() and other >= 2 and not ({"NOUN", "PROPN"} & tags.keys()):
            upper = form[0].upper() + form[1:]
            up_tags = counts.get(upper, Counter())
            if up_tags.get("PROPN", 0) <= sum(up_tags.values()) - up_tags.get("PROPN", 0):
                out.add(upper)  # "dafür", "mittlerweile": capitalised only where they open a sentence
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    source = Path(args[0]) if args else DEFAULT_SOURCE
    words = common_words(count_tags(source))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    data = (HEADER + "".join(w + "\n" for w in words)).encode("utf-8")
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(data)
    print(f"{len(words)} words → {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
