"""Run the entity pipeline paragraph by paragraph and ground its spans in ``Note.text``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..entities.batching import run_pipeline
from ..entities.bounded import make_doc
from ..entities.broken_words import ClosedText, close_broken_words, note_word_set
from ..entities.dashes import hyphenated
from ..entities.spans import CONTEXT_KEY, entries_with_fields, remember_text
from ..models import Entity, Paragraph
from .components import component_mentions
from .editions import with_editions
from .repeats import Ground, repeated_mentions
from .validated import validated


class PieceMap:
    """Where each piece of a paragraph's text lies in ``Note.text``, built once per paragraph
    (slots: a note's maps live from the entity stage to the facts stage)."""

    __slots__ = ("text_starts", "note_starts", "lengths")

    def __init__(self, paragraph: Paragraph) -> None:
        self.text_starts: list[int] = []  # offset of each piece in the paragraph text
        self.note_starts: list[int] = []  # offset of each piece in the note text
        self.lengths: list[int] = []
        offset = 0
        for start, end in paragraph.spans:
            self.text_starts.append(offset)
            self.note_starts.append(start)
            self.lengths.append(end - start)
            offset += end - start
            # one space joins two pieces, or nothing where an emphasis marker was dropped;
            # pieces never start with white space, so the paragraph text says which
            offset += paragraph.text.startswith(" ", offset)

    def _piece_ending_at_or_after(self, position: int) -> int | None:
        """Index of the first piece whose end (in paragraph text) is at or after ``position``."""
        index = bisect_right(self.text_starts, position) - 1
        if index < 0:
            return None
        if position > self.text_starts[index] + self.lengths[index]:
            index += 1  # inside the joining space: the piece after it
        return index if index < len(self.text_starts) else None

    def to_note_offsets(self, start: int, end: int, note_text: str) -> tuple[int, int] | None:
        """Map ``[start, end)`` of the paragraph text to ``Note.text``.

        A span may cross the join of two pieces when only white space lies between them in the
        note (a line wrap): ``note_text[start:end]`` then still is the mention, with the line
        break in it. A span crossing a page break (furniture between the pieces) has no
        contiguous source and gives None.
        """
        first = self._piece_ending_at_or_after(start)
        if first is None or start < self.text_starts[first]:
            return None
        if end <= self.text_starts[first] + self.lengths[first]:  # inside one piece: most spans
            begin = self.note_starts[first] + start - self.text_starts[first]
            return begin, begin + end - start
        last = self._piece_ending_at_or_after(end - 1)
        if last is None:
            return None
        for index in range(first, last):
            gap_start = self.note_starts[index] + self.lengths[index]
            if note_text[gap_start : self.note_starts[index + 1]].strip():
                return None
        begin = self.note_starts[first] + start - self.text_starts[first]
        finish = self.note_starts[last] + end - self.text_starts[last]
        return begin, finish

    def joins(self, paragraph_text: str) -> list[int]:
        """Offsets of the spaces that join two pieces (lines) in the paragraph text."""
        starts, lengths = self.text_starts, self.lengths
        ends = (start + length for start, length in zip(starts, lengths, strict=True))
        return [end for end in ends if paragraph_text.startswith(" ", end)]


def to_note_offsets(
    paragraph: Paragraph, start: int, end: int, note_text: str
) -> tuple[int, int] | None:
    """Map ``[start, end)`` of ``paragraph.text`` to ``Note.text`` (see :class:`PieceMap`)."""
    return PieceMap(paragraph).to_note_offsets(start, end, note_text)


def _grounding(pieces: PieceMap, note_text: str) -> Ground:
    """Paragraph-text offsets to ``note_text`` offsets for one paragraph."""
    return lambda start, end: pieces.to_note_offsets(start, end, note_text)


class _NoteWords:
    """The note's words, read once and only when a paragraph has a broken word."""

    def __init__(self, note_text: str) -> None:
        self.note_text = note_text
        self.words: frozenset[str] | None = None

    def __call__(self) -> frozenset[str]:
        if self.words is None:
            self.words = note_word_set(self.note_text)
        return self.words


def _docs(
    nlp: Language,
    paragraphs: Sequence[Paragraph],
    contexts: Sequence[dict[str, Any]],
    note_words: _NoteWords,
    language: str,
    maps: Sequence[PieceMap],
) -> Iterator[tuple[Doc, tuple[PieceMap, ClosedText | None]]]:
    """Each paragraph's Doc, made when the pipeline asks for it (a Doc is freed once its
    entities are read, so a note's Docs never all live at once: memory, and the cyclic
    collector's walks over them, grew with the note), with its piece map and, where a line
    end broke a word, the closed copy the Doc was made from (see broken_words.py)."""
    for paragraph, paragraph_context, pieces in zip(paragraphs, contexts, maps, strict=True):
        text = hyphenated(paragraph.text)  # same offsets, see dashes.py
        closed = None
        if "- " in text:
            closed = close_broken_words(text, pieces.joins(text), language, note_words)
            text = closed.text if closed.points else text
            closed = closed if closed.points else None
        doc = make_doc(nlp, text)
        remember_text(doc, text)
        doc.user_data[CONTEXT_KEY] = paragraph_context
        yield doc, (pieces, closed)


def extract_entities(
    nlp: Language,
    note_text: str,
    paragraphs: Sequence[Paragraph],
    contexts: Sequence[dict[str, Any]],
    language: str = "en",
    maps: Sequence[PieceMap] | None = None,
) -> list[Entity]:
    """Entities of every paragraph, sorted by position, with offsets into ``note_text``;
    ``maps`` are the paragraphs' :class:`PieceMap` when the caller has them (the facts stage
    reads the same maps: built once per paragraph, not once per stage)."""
    found: list[dict[str, Any]] = []
    if maps is None:
        maps = [PieceMap(paragraph) for paragraph in paragraphs]
    made = _docs(nlp, paragraphs, contexts, _NoteWords(note_text), language, maps)
    docs = run_pipeline(nlp, made)
    grounds: list[Ground] = []
    for paragraph, (doc, (pieces, closed)) in zip(paragraphs, docs, strict=True):
        ground = pieces.to_note_offsets
        grounds.append(_grounding(pieces, note_text))
        number, section = paragraph.number, paragraph.section
        for (span_start, span_end, label, _, _), fields in entries_with_fields(doc):
            if closed is not None:
                span_start, span_end = closed.start(span_start), closed.end(span_end)
            offsets = ground(span_start, span_end, note_text)
            if offsets is None:
                continue
            start, end = offsets
            # ``fields`` is a fresh dict: completed in place (this runs once per entity)
            fields["source"] = str(fields.get("source", "rule"))
            fields["label"] = label
            fields["text"] = note_text[start:end]
            fields["start"] = start
            fields["end"] = end
            fields["paragraph"] = number
            fields["section"] = section
            found.append(fields)
    found += repeated_mentions(found, paragraphs, grounds, note_text)
    starts = {p.number: p.spans[0][0] for p in paragraphs if p.spans}
    with_editions(found, {p.number: p.spans[-1][1] for p in paragraphs if p.spans}, note_text)
    found += component_mentions(found, starts, note_text, language)
    found.sort(key=lambda e: (e["start"], e["end"], e["label"]))
    for index, fields in enumerate(found, start=1):
        fields["id"] = f"e{index}"
    return [validated(Entity, fields) for fields in found]
