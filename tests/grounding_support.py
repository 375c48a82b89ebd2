"""Shared check: an entity lies inside its paragraph's spans."""

from __future__ import annotations


def within_spans(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` lies in the spans, crossing only white space between them."""
    covered = {i for s, e in spans for i in range(max(s, start), min(e, end))}
    return (
        any(s <= start < e for s, e in spans)
        and any(s < end <= e for s, e in spans)
        and all(i in covered or text[i].isspace() for i in range(start, end))
    )
