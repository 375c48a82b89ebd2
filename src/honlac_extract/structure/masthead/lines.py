"""The header as lines within blocks: the masthead is a layout of short lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
_MARKUP = re.compile(r"(?<![\d*∗])[*∗]{2,}")


@dataclass(frozen=True)
class Line:
    """One non-empty line of the header: its text with spaces squashed, and its block."""

    text: str
    start: int
    end: int
    block: int


def header_lines(text: str, end: int) -> list[Line]:
    """Non-empty lines of ``text[:end]``; a blank line (or markdown bold) starts a new block."""
    lines: list[Line] = []
    block = 0
    previous_end = 0
    for match in _LINE.finditer(text, 0, end):
        if lines and text.count("\n", previous_end, match.start()) >= 2:
            block += 1
        previous_end = match.end()
        for index, piece in enumerate(_MARKUP.split(match.group())):
            squashed = " ".join(piece.split())
            if index:
                block += 1
            if squashed:
                lines.append(Line(squashed, match.start(), match.end(), block))
    return lines
