"""Excluded ranges of the note text and the clean pieces between them.

Page furniture, footnote blocks and glue markers are never text of a paragraph or heading;
they are masked, and what remains of a region is cut into pieces (one per line, trimmed of
surrounding whitespace) whose offsets index the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

Span = tuple[int, int]


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping union of ``spans`` (empty spans dropped)."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


class Mask:
    """A set of excluded ranges over ``text``."""

    def __init__(self, text: str, spans: Iterable[Span] = ()) -> None:
        self.text = text
        self.spans = merge(spans)
        self._starts = [s for s, _ in self.spans]

    def add(self, spans: Iterable[Span]) -> Mask:
        """A new mask with ``spans`` excluded as well."""
        return Mask(self.text, [*self.spans, *spans])

    def covering(self, position: int) -> Span | None:
        """The excluded range containing ``position``, if any."""
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and self.spans[index][1] > position:
            return self.spans[index]
        return None

    def contains(self, position: int) -> bool:
        """Whether ``position`` is excluded."""
        return self.covering(position) is not None

    def free(self, start: int, end: int) -> list[Span]:
        """The parts of ``[start, end)`` outside every excluded range."""
        parts: list[Span] = []
        index = max(bisect_right(self._starts, start) - 1, 0)
        cursor = start
        while index < len(self.spans) and self.spans[index][0] < end:
            s, e = self.spans[index]
            if e > cursor:
                if s > cursor:
                    parts.append((cursor, s))
                cursor = max(cursor, e)
            index += 1
        if cursor < end:
            parts.append((cursor, end))
        return parts

    def pieces(self, start: int, end: int) -> list[Span]:
        """Clean pieces of ``[start, end)``: free parts split at line breaks, trimmed."""
        return list(self.iter_pieces(start, end))

    def iter_pieces(self, start: int, end: int) -> Iterator[Span]:
        """:meth:`pieces` one at a time, for a caller that may stop early."""
        text = self.text
        for s, e in self.free(start, end):
            line_start = s
            while line_start < e:
                newline = text.find("\n", line_start, e)
                line_end = e if newline < 0 else newline
                a, b = line_start, line_end
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    yield (a, b)
                line_start = line_end + 1


def separator(text: str, end: int, start: int) -> str:
    """What joins a piece ending at ``end`` to the next piece starting at ``start``.

    Nothing when the gap is only asterisks (emphasis markers a text conversion added, see
    ``structure.markup``) and dropping it glues no two words together; one space otherwise
    (white space, a line break, page furniture, a footnote block, glue between two words).
    """
    gap = text[end:start]
    if gap and gap.strip("*") == "" and not (_word(text[end - 1]) and _word(text[start])):
        return ""
    return " "


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


def joined(text: str, pieces: list[Span]) -> str:
    """The paragraph text contract: the pieces of ``text`` joined by :func:`separator`."""
    if not pieces:
        return ""
    parts = [text[pieces[0][0] : pieces[0][1]]]
    for (_, end), (start, stop) in zip(pieces, pieces[1:], strict=False):
        parts += [separator(text, end, start), text[start:stop]]
    return "".join(parts)
