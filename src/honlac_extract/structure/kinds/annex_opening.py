"""The unnumbered opening of an annexed text before its numbered paragraphs.

An annexed declaration opens with a clause of its own before its numbered paragraphs ("We,
the ministers responsible for ..., meeting in Lima on 13 and 14 February 2025,"): between the
annex heading and the first numbered paragraph, each block (a blank line ends one) that ends
like a clause ("," or ";") is an unnumbered paragraph; a block with no closing mark there is
a title line ("Lima Declaration on Maritime Cooperation ...") and is left out, like the annex
heading block itself, and so is an annexed summary's introduction ending in full stops.
"""

from __future__ import annotations

from bisect import bisect_right

from ...conditioning import Mask, Span
from .blocks import line_groups
from .marks import BodyMarks
from .rules import body_rules


def annex_opening_blocks(
    text: str, mask: Mask, marks: BodyMarks, numbered: list[int]
) -> list[list[Span]]:
    """The unnumbered opening blocks of every annex whose numbered paragraphs follow them
    with no other stop between."""
    compiled = body_rules()
    found: list[list[Span]] = []
    for start, _ in marks.annexes:
        index = bisect_right(numbered, start)
        if index == len(numbered):
            continue
        end = numbered[index]
        stop = bisect_right(marks.stops, start)
        if stop < len(marks.stops) and marks.stops[stop] < end:
            continue
        header = compiled.running_header
        pieces = [p for p in mask.pieces(start, end) if not header.fullmatch(text, p[0], p[1])]
        for block in line_groups(text, pieces)[1:]:
            last = block[-1]
            closing = text[last[0] : last[1]]
            if compiled.clause_end.search(closing):
                found.append(block)
    return found
