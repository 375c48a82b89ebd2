"""Overlaps: the longest span wins across both labels; acronym definitions always stay."""

from __future__ import annotations

from bisect import bisect_left

from .found import Found

_RANK = {"list": 1, "acronym:bare": 4}


def _order(item: Found) -> tuple[int, int, int, int]:
    """Longest first; ties: definitions, list, pattern, bare; then text order, AGENCY first."""
    priority = 0 if item.protected else _RANK.get(item.source, 2 if not item.bare else 3)
    return (-(item.last - item.first), priority, item.first, 0 if item.label == "AGENCY" else 1)


def resolve(found: list[Found]) -> list[Found]:
    """The kept candidates in text order."""
    kept: list[Found] = []
    taken = bytearray(max((f.last for f in found), default=0))
    seen: set[tuple[int, int, str]] = set()
    for item in sorted(found, key=_order):
        key = (item.first, item.last, item.label)
        if key in seen:
            continue
        if item.protected or not any(taken[item.first : item.last]):
            kept.append(item)
            seen.add(key)
            if not item.protected:
                for i in range(item.first, item.last):
                    taken[i] = 1
    protected = [(f.first, f.last) for f in kept if f.protected]
    if protected:  # (none: nothing is inside one)
        inside = ProtectedSpans(protected)
        kept = [f for f in kept if f.protected or not inside.strictly_contains(f.first, f.last)]
    kept.sort(key=lambda f: (f.first, f.last, f.label))
    return kept


class ProtectedSpans:
    """Whether a protected span (an acronym definition) strictly holds a word range, by
    bisection over the spans sorted by start: every candidate of a paragraph against every
    definition of it was quadratic in a paragraph of many definitions."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._reach: list[int] = []  # furthest end of the spans up to each one
        self._reach_at: dict[int, int] = {}  # furthest end of the spans starting at a word
        for a, b in spans:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)
            self._reach_at[a] = max(b, self._reach_at.get(a, b))

    def strictly_contains(self, first: int, last: int) -> bool:
        """Some span ``(a, b) != (first, last)`` has ``a <= first`` and ``last <= b``."""
        before = bisect_left(self._starts, first)  # spans starting before ``first``
        if before and self._reach[before - 1] >= last:
            return True
        return self._reach_at.get(first, last) > last
