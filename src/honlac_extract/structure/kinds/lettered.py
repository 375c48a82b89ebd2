"""The heading between a lettered sub-section line and the next numbered paragraph.

"A. Recommendations adopted by the working group ..." is often followed by a numbered
recommendation's own heading ("Recommendation 1: Container control"): that heading, not the
lettered line, is the sub-heading of the paragraphs after it; without one, the lettered line
("B. Cocaine") is.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...conditioning import Mask, Rules, rules
from ..headings import clean_heading, looks_like_heading
from ..paragraphs import Heading


def lettered_tail(
    text: str,
    mask: Mask,
    start: int,
    line_end: int,
    end: int,
    headings: Mapping[int, int] | None = None,
    language_rules: Rules | None = None,
) -> Heading:
    """The sub-heading after the lettered line ``text[start:line_end]``: the heading between it
    and ``end`` if there is one (a numbered recommendation heading of ``headings`` too), with
    the lettered line as its ``group``; else the lettered line itself, its words (without the
    letter) as the title and the line as the group. ``language_rules``: the note's language's
    (a Spanish "Recomendación 1: ..." heading is told by its own cue)."""
    pieces = mask.pieces(line_end, end)
    group = " ".join(text[start:line_end].split())
    known = (headings or {}).get(pieces[0][0]) if pieces else None
    if known is not None:
        pieces = mask.pieces(pieces[0][0], known)
    title = " ".join(text[s:e] for s, e in pieces)
    if pieces and (known is not None or looks_like_heading(title, language_rules or rules())):
        return Heading(clean_heading(title), pieces[0][0], pieces[-1][1], group, True)
    return Heading(clean_heading(group), start, line_end, group, True)


def grouped(text: str, heading: Heading) -> Heading:
    """``heading`` as a lettered sub-section when its own text is a lettered line ("B.
    Attendance" read as a plain heading, e.g. after a section title or in flattened text):
    its group is the line as printed, its title the line's words."""
    if heading.group is not None:
        return heading
    line = " ".join(text[heading.start : heading.end].split())
    if not rules().heading_letter.match(line):
        return heading
    return Heading(heading.title, heading.start, heading.end, line, True)


def numbered_heading(text: str, mask: Mask, start: int, end: int) -> Heading:
    """A numbered recommendation heading ``text[start:end]`` as a sub-heading, number kept
    ("3. Recommendation on precursor control"): it opens no sub-section of its own, so the
    lettered line before it stays its group."""
    pieces = mask.pieces(start, end)
    return Heading(clean_heading(" ".join(text[s:e] for s, e in pieces)), start, end)
