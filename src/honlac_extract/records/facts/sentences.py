"""Sentences of a paragraph, with offsets into ``Note.text``.

The split runs over ``Paragraph.text`` (the clean text: page furniture, footnote blocks and line
breaks are already out of it), so a sentence broken by a page break stays one sentence. A full
stop ends a sentence when white space and a capital, digit or opening bracket follow, unless the
word before it is a listed abbreviation ("No.", "e.g.") or a single capital (an initial); a full
stop glued to the next capitalised word ("ended.The") ends one too, which is how text extraction
damage often looks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from ...models import Paragraph
from ...resources import data_json
from ..entities import PieceMap

_DATA = data_json("facts.json")
_ABBREVIATIONS = frozenset(_DATA["abbreviations"])
# the end of a sentence: ., ! or ? with closing quotes/brackets, then space and a sentence start;
# or a full stop glued between a lower-case word and a capitalised one
_END = re.compile(
    r"[.!?][\"'\u2019\u201d)\]]*(?=\s+[\"'\u2018\u201c(\[]?[A-Z0-9])|(?<=[a-z]{2}\.)(?=[A-Z][a-z])"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


class Sentence(NamedTuple):
    """One sentence: its span in the paragraph text and in ``Note.text`` (a named tuple: as
    immutable as a frozen dataclass, made in a third of the time, once per sentence)."""

    paragraph: Paragraph
    text_start: int
    text_end: int
    start: int
    end: int

    @property
    def text(self) -> str:
        """The sentence as the paragraph's clean text has it."""
        return self.paragraph.text[self.text_start : self.text_end]


def _is_abbreviation(text: str, stop: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if match is None:
        return False
    word = match.group(1)
    return (
        word in _ABBREVIATIONS
        or word.rstrip(".") in _ABBREVIATIONS
        or (len(word) == 1 and word.isupper())
    )


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of ``text``, white space trimmed."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    trimmed = []
    for begin, finish in bounds:
        piece = text[begin:finish]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            trimmed.append((begin + lead, begin + lead + len(stripped)))
    return trimmed


def _note_position(pieces: PieceMap, position: int) -> int:
    """The ``Note.text`` offset of a paragraph-text position (a joining space: the next piece)."""
    index = max(0, bisect_right(pieces.text_starts, position) - 1)
    inside = position - pieces.text_starts[index]
    if inside > pieces.lengths[index] and index + 1 < len(pieces.text_starts):
        return pieces.note_starts[index + 1]
    return pieces.note_starts[index] + min(inside, pieces.lengths[index])


def paragraph_sentences(paragraph: Paragraph, pieces: PieceMap | None = None) -> list[Sentence]:
    """The sentences of one paragraph; a paragraph without text has none. ``pieces`` is the
    paragraph's :class:`PieceMap` when the caller has it."""
    if not paragraph.spans or not paragraph.text.strip():
        return []
    if pieces is None:
        pieces = PieceMap(paragraph)
    sentences = []
    for begin, finish in sentence_bounds(paragraph.text):
        start = _note_position(pieces, begin)
        end = _note_position(pieces, finish - 1) + 1
        sentences.append(Sentence(paragraph, begin, finish, start, max(start, end)))
    return sentences
