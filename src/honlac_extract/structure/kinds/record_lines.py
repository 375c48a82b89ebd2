"""A meeting record's procedural lines: "The meeting was called to order at 10.05 a.m.",
"The meeting rose at 12.50 p.m.".

A summary or verbatim record prints them on lines of their own, outside the numbered
statements; they are the record's own paragraphs (kind "record", numbered -1, -2, ... with the
other unnumbered ones), not part of the statement before them (a stop ends that one).
"""

from __future__ import annotations

from ...conditioning import Mask, Span
from .rules import body_rules


def record_blocks(text: str, mask: Mask, language: str) -> list[list[Span]]:
    """The pieces of each procedural line of a meeting record."""
    blocks = []
    for match in body_rules(language).record_line.finditer(text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        if mask.contains(start):
            continue
        pieces = mask.pieces(start, match.end())
        if pieces:
            blocks.append(pieces)
    return blocks
