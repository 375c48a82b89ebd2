"""The heading between a lettered sub-section line and the next numbered paragraph.

"A. Recommendations adopted by the working group ..." is often followed by a numbered
recommendation's own heading ("Recommendation 1: Container control"): that heading, not the
lettered line, is the sub-heading of the paragraphs after it; without one, the lettered line
("B. Cocaine") is.
"""

from __future__ import annotations

from ...conditioning import Mask, rules
from ..headings import clean_heading, looks_like_heading
from ..paragraphs import Heading


def lettered_tail(text: str, mask: Mask, start: int, line_end: int, end: int) -> Heading:
    """The sub-heading after the lettered line ``text[start:line_end]``: the heading between it
    and ``end`` if there is one, with the lettered line as its ``group``; else the lettered
    line itself (without its letter), as a plain sub-heading."""
    pieces = mask.pieces(line_end, end)
    title = " ".join(text[s:e] for s, e in pieces)
    group = " ".join(text[start:line_end].split())
    if pieces and looks_like_heading(title, rules()):
        return Heading(clean_heading(title), pieces[0][0], pieces[-1][1], group, True)
    return Heading(clean_heading(group), start, line_end, None, True)
