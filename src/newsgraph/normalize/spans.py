"""Candidate spans and the overlap rule that turns them into Values.

Every finder proposes candidates; `select` keeps a non-overlapping subset:
longer spans first ('12 Milliarden US-Dollar' beats the count '12 Milliarden'
and the place 'US'), then the more specific kind at equal length (money over
fraction over time over count over place), then the earlier start.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from newsgraph.model import Value

PRIORITY = {"money": 0, "fraction": 1, "duration": 2, "date": 3, "period": 4, "boolean": 5, "count": 6,
            "place": 7}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str
    value: Any
    rule: str

    def to_value(self, text: str, offset: int) -> Value:
        return Value(self.start + offset, self.end + offset, text[self.start:self.end], self.kind,
                     self.value, self.rule)


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Greedy non-overlapping choice, most specific first; result sorted by start."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), PRIORITY.get(c.kind, 9), c.start))
    taken: list[Candidate] = []
    starts: list[int] = []  # kept spans never overlap, so only the neighbours of an insertion point can clash
    ends: list[int] = []
    for c in ranked:
        if c.end <= c.start:
            continue
        i = bisect.bisect_right(starts, c.start)
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)
