"""Unnumbered paragraphs of a region: an agenda item's annotations, a report's summary."""

from __future__ import annotations

from ...conditioning import Mask, Span
from .rules import BodyRules


def line_groups(text: str, pieces: list[Span]) -> list[list[Span]]:
    """Pieces grouped by the blank lines between them (a page's furniture, blanked in
    ``text``, adds none)."""
    groups: list[list[Span]] = []
    for piece in pieces:
        if groups and text.count("\n", groups[-1][-1][1], piece[0]) < 2:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def paragraph_blocks(
    text: str, mask: Mask, start: int, end: int, compiled: BodyRules
) -> list[list[Span]]:
    """The unnumbered paragraphs of ``text[start:end]`` (running headers left out): a blank
    line after a sentence end separates two, a page break inside one keeps it whole."""
    header = compiled.running_header
    pieces = [p for p in mask.pieces(start, end) if not header.fullmatch(text, p[0], p[1])]
    blocks: list[list[Span]] = []
    for piece in pieces:
        if blocks:
            previous = blocks[-1][-1]
            gap = text.count("\n", previous[1], piece[0]) >= 2
            if not (gap and compiled.block_end.search(text, previous[0], previous[1])):
                blocks[-1].append(piece)
                continue
        blocks.append([piece])
    return blocks
