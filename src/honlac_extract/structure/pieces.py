"""Joined piece text and the way back from it to note offsets."""

from __future__ import annotations

from ..conditioning import Span


def trimmed(pieces: list[Span], text: str) -> list[Span]:
    """``pieces`` without white space at either end; pieces left empty are dropped."""
    out = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


class Joined:
    """The pieces of a region joined with one space, mapping offsets back to the note."""

    def __init__(self, text: str, pieces: list[Span]) -> None:
        self.pieces = pieces
        self.starts: list[int] = []
        offset = 0
        for start, end in pieces:
            self.starts.append(offset)
            offset += end - start + 1
        self.text = " ".join(text[s:e] for s, e in pieces)

    def to_note(self, offset: int) -> int:
        """Note offset of joined offset ``offset`` (a join space maps to the next piece start)."""
        for index in range(len(self.pieces) - 1, -1, -1):
            if offset >= self.starts[index]:
                start, end = self.pieces[index]
                return min(start + offset - self.starts[index], end)
        return self.pieces[0][0] if self.pieces else 0

    def to_note_end(self, offset: int) -> int:
        """Note offset just after joined offset ``offset - 1`` (an exclusive end)."""
        return self.to_note(offset - 1) + 1 if offset > 0 else self.to_note(0)

    def cut(self, offset: int) -> tuple[list[Span], list[Span]]:
        """The pieces before and from joined ``offset``, split inside a piece if needed."""
        before: list[Span] = []
        after: list[Span] = []
        for index, (start, end) in enumerate(self.pieces):
            local = offset - self.starts[index]
            if local >= end - start:
                before.append((start, end))
            elif local <= 0:
                after.append((start, end))
            else:
                before.append((start, start + local))
                after.append((start + local, end))
        return before, after
