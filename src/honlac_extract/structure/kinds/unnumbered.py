"""Unnumbered paragraphs of a document that also prints paragraph numbers.

A resolution's preambular clauses come before its numbered operative paragraphs; a letter's
own body and signature come before its annex's numbered paragraphs. They get the numbers
-1, -2, ... in document order (printed numbers are positive, so the two never meet), with
``kind`` saying what they are ("preambular", "body", "signature"), and take their place among
the numbered paragraphs by position.
"""

from __future__ import annotations

from ...conditioning import Mask, Rules, Span, joined
from ...models import Paragraph
from ..paragraphs import find_items
from .letter import letter_blocks
from .marks import BodyMarks
from .preamble import preamble_blocks


def _covered(pieces: list[Span], paragraphs: list[Paragraph]) -> bool:
    """Whether a block overlaps a paragraph already read (never read text twice)."""
    start, end = pieces[0][0], pieces[-1][1]
    return any(p.spans[0][0] < end and start < p.spans[-1][1] for p in paragraphs)


def with_unnumbered(
    text: str,
    mask: Mask,
    marks: BodyMarks,
    paragraphs: list[Paragraph],
    numbered: list[int],
    rules: Rules,
) -> list[Paragraph]:
    """``paragraphs`` (numbered; their printed numbers start at ``numbered``) with the
    preambles and letter text around them added."""
    if not paragraphs:
        return paragraphs
    blocks = [("preambular", b) for b in preamble_blocks(text, mask, marks, numbered, rules)]
    blocks += letter_blocks(text, mask, marks, numbered)
    blocks = sorted((b for b in blocks if not _covered(b[1], paragraphs)), key=lambda b: b[1][0][0])
    if not blocks:
        return paragraphs
    extra = []
    for index, (kind, pieces) in enumerate(blocks, start=1):
        annex = marks.annex_at(pieces[0][0])
        extra.append(
            Paragraph(
                number=-index,
                text=joined(text, pieces),
                spans=pieces,
                items=find_items(text, pieces, rules),
                kind=kind,
                annex=annex[1] if annex else None,
            )
        )
    return sorted([*paragraphs, *extra], key=lambda p: p.spans[0][0])
