"""Run the entity pipeline paragraph by paragraph and ground its spans in ``Note.text``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..entities.batching import BATCH_SIZE
from ..entities.bounded import make_doc
from ..entities.dashes import hyphenated
from ..entities.spans import CONTEXT_KEY, entries_with_fields, remember_text
from ..models import Entity, Paragraph
from .validated import validated


class PieceMap:
    """Where each piece of a paragraph's text lies in ``Note.text``, built once per paragraph."""

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


def to_note_offsets(
    paragraph: Paragraph, start: int, end: int, note_text: str
) -> tuple[int, int] | None:
    """Map ``[start, end)`` of ``paragraph.text`` to ``Note.text`` (see :class:`PieceMap`)."""
    return PieceMap(paragraph).to_note_offsets(start, end, note_text)


def _docs(
    nlp: Language, paragraphs: Sequence[Paragraph], contexts: Sequence[dict[str, Any]]
) -> Iterator[Doc]:
    """Each paragraph's Doc, made when the pipeline asks for it: a Doc is freed once its
    entities are read, so a note's Docs never all live at once (memory, and the cyclic
    collector's walks over them, grew with the note)."""
    for paragraph, paragraph_context in zip(paragraphs, contexts, strict=True):
        text = hyphenated(paragraph.text)  # same offsets, see dashes.py
        doc = make_doc(nlp, text)
        remember_text(doc, text)
        doc.user_data[CONTEXT_KEY] = paragraph_context
        yield doc


def extract_entities(
    nlp: Language,
    note_text: str,
    paragraphs: Sequence[Paragraph],
    contexts: Sequence[dict[str, Any]],
) -> list[Entity]:
    """Entities of every paragraph, sorted by position, with offsets into ``note_text``."""
    found: list[dict[str, Any]] = []
    docs = nlp.pipe(_docs(nlp, paragraphs, contexts), batch_size=BATCH_SIZE)
    for paragraph, doc in zip(paragraphs, docs, strict=True):
        ground = PieceMap(paragraph).to_note_offsets
        number, section = paragraph.number, paragraph.section
        for (span_start, span_end, label, _, _), fields in entries_with_fields(doc):
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
    found.sort(key=lambda e: (e["start"], e["end"], e["label"]))
    for index, fields in enumerate(found, start=1):
        fields["id"] = f"e{index}"
    return [validated(Entity, fields) for fields in found]
