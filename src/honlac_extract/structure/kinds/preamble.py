"""A resolution's preamble: the clauses between its opening line and its operative part.

"The Commission on Narcotic Drugs," is followed by preambular clauses ("Recalling ...,",
"Noting with appreciation ...,", "Deeply concerned ...,") and then by the numbered operative
paragraphs. One clause runs from its opening participle or adjective phrase, after the end
(",", ";") of the clause before, to the next such phrase; a page break or a line break inside
a clause keeps it whole (a clause end alone does not start a clause, nor a capitalised word
that is no such phrase: "..., Europe and Latin America").
"""

from __future__ import annotations

from bisect import bisect_right

from ...conditioning import Mask, Rules, Span
from ..pieces import Joined, trimmed
from .marks import BodyMarks
from .rules import body_rules

_BEFORE = 16  # characters before a clause opening read for the clause end


def _region_end(start: int, marks: BodyMarks, numbered: list[int]) -> int | None:
    """Where the preamble after an opening ending at ``start`` ends: at the first numbered
    paragraph after it, unless a stop (an annex) or another opening comes first."""
    index = bisect_right(numbered, start)
    if index == len(numbered):
        return None
    end = numbered[index]
    stop = bisect_right(marks.stops, start)
    if stop < len(marks.stops) and marks.stops[stop] < end:
        return None
    after = bisect_right(marks.openings, start)
    return None if after < len(marks.openings) and marks.openings[after] < end else end


def _clauses(text: str, pieces: list[Span], rules: Rules) -> list[list[Span]]:
    """The pieces cut into clauses at each clause opening after a clause end; none when the
    text after the opening does not start with a clause opening."""
    compiled = body_rules(rules.language)
    joined = Joined(text, pieces)
    if not compiled.preamble_clause.match(joined.text):
        return []  # no preamble: "Adopts the following declaration: ..." is operative text
    cuts = []
    # printed with blank lines between clauses: a clause opens only after one ("Analyses,
    # Reporting and Trends ..." inside a clause is no opening); run together, anywhere
    blocks = _block_starts(text, pieces)
    for match in compiled.preamble_clause.finditer(joined.text):
        before = joined.text[max(match.start() - _BEFORE, 0) : match.start()]
        if before[-1:].isspace() and compiled.clause_end.search(before.rstrip()):
            if blocks and joined.to_note(match.start()) not in blocks:
                continue
            cuts.append(match.start())
    clauses = []
    rest = pieces
    for cut in reversed(cuts):
        rest, clause = Joined(text, rest).cut(cut)
        clauses.append(trimmed(clause, text))
    clauses.append(trimmed(rest, text))
    return [clause for clause in reversed(clauses) if clause]


def _block_starts(text: str, pieces: list[Span]) -> frozenset[int]:
    """The starts of the pieces that follow a blank line (empty when none does)."""
    return frozenset(
        piece[0]
        for previous, piece in zip(pieces, pieces[1:], strict=False)
        if text.count("\n", previous[1], piece[0]) >= 2
    )


def preamble_blocks(
    text: str, mask: Mask, marks: BodyMarks, numbered: list[int], rules: Rules
) -> list[list[Span]]:
    """The preambular clauses of every resolution opening in ``text`` (pieces of each clause),
    given the starts of the numbered paragraphs."""
    header = body_rules(rules.language).running_header
    blocks = []
    for opening in marks.openings:
        start = marks.opening_ends[opening]
        end = _region_end(start, marks, numbered)
        if end is None:
            continue
        pieces = [p for p in mask.pieces(start, end) if not header.fullmatch(text, p[0], p[1])]
        if pieces:
            blocks += _clauses(text, pieces, rules)
    return blocks
