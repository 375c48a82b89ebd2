"""Run the entity pipeline paragraph by paragraph and ground its spans in ``Note.text``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language

from ..entities.spans import CONTEXT_KEY, SPAN_KEY, fields_of
from ..models import Entity, Paragraph


def _piece_starts(paragraph: Paragraph) -> list[tuple[int, int, int]]:
    """(offset in paragraph text, offset in note text, length) of each piece."""
    pieces = []
    offset = 0
    for start, end in paragraph.spans:
        pieces.append((offset, start, end - start))
        offset += end - start + 1  # pieces are joined with one space
    return pieces


def to_note_offsets(
    paragraph: Paragraph, start: int, end: int, note_text: str
) -> tuple[int, int] | None:
    """Map ``[start, end)`` of ``paragraph.text`` to ``Note.text``.

    A span may cross the join of two pieces when only white space lies between them in the
    note (a line wrap): ``note_text[start:end]`` then still is the mention, with the line break
    in it. A span crossing a page break (furniture between the pieces) has no contiguous source
    and gives None.
    """
    pieces = _piece_starts(paragraph)
    first = last = None
    for index, (text_offset, _, length) in enumerate(pieces):
        if first is None and start <= text_offset + length:
            first = index
        if end <= text_offset + length:
            last = index
            break
    if first is None or last is None or start < pieces[first][0]:
        return None
    for index in range(first, last):
        gap_start = pieces[index][1] + pieces[index][2]
        if note_text[gap_start : pieces[index + 1][1]].strip():
            return None
    begin = pieces[first][1] + start - pieces[first][0]
    finish = pieces[last][1] + end - pieces[last][0]
    return begin, finish


def extract_entities(
    nlp: Language,
    note_text: str,
    paragraphs: Sequence[Paragraph],
    contexts: Sequence[dict[str, Any]],
) -> list[Entity]:
    """Entities of every paragraph, sorted by position, with offsets into ``note_text``."""
    docs = []
    for paragraph, paragraph_context in zip(paragraphs, contexts, strict=True):
        doc = nlp.make_doc(paragraph.text)
        doc.user_data[CONTEXT_KEY] = paragraph_context
        docs.append(doc)
    found: list[dict[str, Any]] = []
    for paragraph, doc in zip(paragraphs, nlp.pipe(docs), strict=True):
        for span in doc.spans.get(SPAN_KEY, []):
            offsets = to_note_offsets(paragraph, span.start_char, span.end_char, note_text)
            if offsets is None:
                continue
            start, end = offsets
            fields = fields_of(span)
            found.append(
                {
                    **fields,
                    "label": span.label_,
                    "text": note_text[start:end],
                    "start": start,
                    "end": end,
                    "paragraph": paragraph.number,
                    "section": paragraph.section,
                    "source": str(fields.get("source", "rule")),
                }
            )
    found.sort(key=lambda e: (e["start"], e["end"], e["label"]))
    return [Entity(id=f"e{index}", **fields) for index, fields in enumerate(found, start=1)]
