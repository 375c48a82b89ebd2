"""Unnumbered paragraphs of a document that also prints paragraph numbers.

A resolution's preambular clauses come before its numbered operative paragraphs; a letter's
own body and signature come before its annex's numbered paragraphs; an annotated agenda's
annotations follow its numbered item list; an annexed declaration's opening clause comes
before its numbered paragraphs. They get the numbers
-1, -2, ... in document order (printed numbers are positive, so the two never meet), with
``kind`` saying what they are ("preambular", "body", "signature"), and take their place among
the numbered paragraphs by position.
"""

from __future__ import annotations

from bisect import bisect_right

from ...conditioning import Mask, Rules, Span, joined
from ...models import Paragraph, Section
from ..paragraphs import find_items
from .annex_opening import annex_opening_blocks
from .annotations import annotation_blocks
from .letter import letter_blocks
from .marks import BodyMarks
from .preamble import preamble_blocks
from .record_lines import record_blocks
from .summary import summary_blocks

_NUMBER_WIDTH = 8  # from an annotation heading's number to its first word


def _covered(pieces: list[Span], paragraphs: list[Paragraph]) -> bool:
    """Whether a block overlaps a paragraph already read (never read text twice)."""
    start, end = pieces[0][0], pieces[-1][1]
    return any(p.spans[0][0] < end and start < p.spans[-1][1] for p in paragraphs)


def _annotation_heading(paragraph: Paragraph, starts: list[int], headings: dict[int, int]) -> bool:
    """Whether ``paragraph`` is read from one of the annotation ``headings`` (sorted
    ``starts``): its text starts on the heading line, just after the heading's number."""
    start = paragraph.spans[0][0]
    index = bisect_right(starts, start)
    if not index:
        return False
    heading = starts[index - 1]
    return start < headings[heading] and start - heading <= _NUMBER_WIDTH


def with_unnumbered(
    text: str,
    mask: Mask,
    marks: BodyMarks,
    paragraphs: list[Paragraph],
    numbered: list[int],
    rules: Rules,
    body_start: int | None = None,
) -> list[Paragraph]:
    """``paragraphs`` (numbered; their printed numbers start at ``numbered``) with the
    preambles and letter text around them added."""
    if not paragraphs:
        return paragraphs
    if marks.annotations:  # an item's annotation heading is no paragraph
        starts = sorted(marks.annotations)
        paragraphs = [
            p for p in paragraphs if not _annotation_heading(p, starts, marks.annotations)
        ]
    blocks = [("preambular", b) for b in preamble_blocks(text, mask, marks, numbered, rules)]
    blocks += letter_blocks(text, mask, marks, numbered, rules.language)
    if marks.annexes:
        found_openings = annex_opening_blocks(text, mask, marks, numbered)
        blocks += [("preambular", b) for b in found_openings]
    if body_start is not None:
        blocks += [("summary", b) for b in summary_blocks(text, mask, body_start, rules.language)]
    blocks += [("record", b) for b in record_blocks(text, mask, rules.language)]
    if marks.annotations:
        found = annotation_blocks(text, mask, marks.annotations, marks.stops, numbered)
        blocks += [("annotation", b) for b in found]
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


def placed(paragraphs: list[Paragraph], sections: list[Section]) -> list[Paragraph]:
    """``paragraphs`` with each unnumbered one that lies inside a section given that section
    and the sub-section it follows (an agenda item's annotation under "II. Annotations" and
    its "1. Election of officers"); numbered paragraphs are placed by the assembly already."""
    starts = [s.start for s in sections]
    sub_starts = [[sub.start for sub in s.subsections] for s in sections]
    out = []
    for paragraph in paragraphs:
        start = paragraph.spans[0][0]
        index = bisect_right(starts, start) - 1
        section = sections[index] if index >= 0 and start < sections[index].end else None
        if paragraph.number > 0 or paragraph.section is not None or section is None:
            out.append(paragraph)
            continue
        at = bisect_right(sub_starts[index], start) - 1
        title = section.subsections[at].title if at >= 0 else None
        update = {"section": section.number, "subsection": title}
        out.append(paragraph.model_copy(update=update))
    return out
