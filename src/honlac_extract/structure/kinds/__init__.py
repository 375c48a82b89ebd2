"""Body structure of the other document kinds: resolutions, letters, annexes, records."""

from __future__ import annotations

from .letter import letter_paragraphs
from .lettered import lettered_tail, numbered_heading
from .marks import BodyMarks, body_marks, marked
from .statements import statement_structure
from .unnumbered import placed, with_unnumbered

__all__ = [
    "BodyMarks",
    "body_marks",
    "letter_paragraphs",
    "lettered_tail",
    "marked",
    "numbered_heading",
    "placed",
    "statement_structure",
    "with_unnumbered",
]
