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


def joined_by_rule(text: str, spans: list[tuple[int, int]]) -> str:
    """A paragraph's text by the contract, written apart from the library: its spans joined
    with nothing where the gap is only asterisks (a dropped emphasis marker) not between two
    word characters, else with one space."""
    out = ""
    previous_end = None
    for start, end in spans:
        if previous_end is not None:
            gap = text[previous_end:start]
            only_stars = bool(gap) and set(gap) == {"*"}
            edges = (text[previous_end - 1], text[start])
            between_words = all(c.isalnum() or c == "_" for c in edges)
            out += "" if only_stars and not between_words else " "
        out += text[start:end]
        previous_end = end
    return out
