"""Where each character of a read document's text sits: its page and, for PDF, its box.

Readers build ``note.text`` piece by piece with a :class:`TextBuilder`; the resulting
:class:`Layout` maps every offset to a 1-based page (and a box where the reader knows one), so
paragraphs and entities found later by offset get ``page`` and ``bbox`` without re-reading.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from ..models import Entity, Footnote, Note, Paragraph
from ..structure.masthead import job_number, running_header_symbol, symbol_kind

Box = tuple[float, float, float, float]
"""``(x0, top, x1, bottom)`` in PDF points from the page's top-left corner."""


MAX_PAGE = 65535
"""The highest page number a layout can hold (pages are stored as unsigned 16-bit numbers)."""


class Overflow(ValueError):
    """A document that expands past a limit while it is read (characters or pages)."""


@dataclass
class TextBuilder:
    """Accumulates text with the page (and optional box) of every character.

    ``limit`` bounds the characters it takes and ``max_page`` the page numbers: past either it
    raises :class:`Overflow` at once, so a small file that expands (a footnote referenced a
    million times, a page break repeated) stops before it fills the memory.
    """

    parts: list[str] = field(default_factory=list)
    pages: array[int] = field(default_factory=lambda: array("H"))
    boxes: list[Box | None] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    length: int = 0
    furniture: list[str] = field(default_factory=list)
    """First-page furniture lines the text leaves out (the job number line of the footer)."""
    limit: int | None = None
    max_page: int = MAX_PAGE

    def check(self, more: int, page: int) -> None:
        """Raise :class:`Overflow` if ``more`` characters on ``page`` would pass a limit."""
        if self.limit is not None and self.length + more > self.limit:
            raise Overflow(f"expands to over {self.limit} characters of text (HONLAC_MAX_CHARS)")
        if page > self.max_page:
            raise Overflow(f"has over {self.max_page} pages (HONLAC_MAX_PAGES)")

    def add(self, text: str, page: int, boxes: list[Box | None] | None = None) -> None:
        """Append ``text`` found on ``page``; ``boxes`` has one entry per character if given."""
        if not text:
            return
        self.check(len(text), page)
        self.parts.append(text)
        self.pages.extend(array("H", (page,)) * len(text))  # repeated in C, not from a list
        self.boxes.extend(boxes if boxes is not None else [None] * len(text))
        self.length += len(text)

    def add_footnote(self, marker: str, text: str, page: int, boxes: list[Box | None]) -> None:
        """Append a footnote line ``"<marker> <text>"`` and record it as a footnote."""
        start = self.length
        self.add(f"{marker} ", page, [None] * (len(marker) + 1))
        self.add(text, page, boxes)
        self.footnotes.append(
            Footnote(marker=marker, text=text, start=start + len(marker) + 1, end=self.length)
        )

    def build(self) -> tuple[str, Layout]:
        return "".join(self.parts), Layout(
            self.pages, self.boxes, self.footnotes, tuple(self.furniture)
        )


@dataclass(frozen=True)
class Layout:
    """Page and box of every offset of ``note.text``, and the footnotes found by position."""

    pages: array[int]
    boxes: list[Box | None]
    footnotes: list[Footnote]
    furniture: tuple[str, ...] = ()

    def page(self, offset: int) -> int | None:
        if not self.pages:
            return None
        return self.pages[min(max(offset, 0), len(self.pages) - 1)]

    def bbox(self, start: int, end: int) -> Box | None:
        """Union of the boxes of ``[start, end)`` lying on the page of ``start``."""
        page = self.page(start)
        found = [
            box
            for box, on in zip(self.boxes[start:end], self.pages[start:end], strict=False)
            if box is not None and on == page
        ]
        if not found:
            return None
        x0s, tops, x1s, bottoms = zip(*found, strict=True)
        return (
            round(min(x0s), 2),
            round(min(tops), 2),
            round(max(x1s), 2),
            round(max(bottoms), 2),
        )


def _paragraph(paragraph: Paragraph, layout: Layout) -> Paragraph:
    start, end = paragraph.spans[0] if paragraph.spans else (0, 0)
    return paragraph.model_copy(
        update={"page": layout.page(start), "bbox": layout.bbox(start, end)}
    )


def _entity(entity: Entity, layout: Layout) -> Entity:
    update = {"page": layout.page(entity.start), "bbox": layout.bbox(entity.start, entity.end)}
    return entity.model_copy(update=update)


def apply_layout(note: Note, layout: Layout) -> Note:
    """Give every paragraph and entity its page and box; footnotes found by position fill in
    ``note.footnotes`` when the structure stage found none; the first-page footer gives the
    job number when the text has none."""
    metadata = note.metadata
    if metadata.job_language is None:  # none in the text, or only the barcode's digits
        job, language = job_number("\n".join(layout.furniture))
        if job is not None:
            metadata = metadata.model_copy(update={"job_number": job, "job_language": language})
    symbol = None if metadata.symbol else running_header_symbol("\n".join(layout.furniture))
    if symbol is not None:  # no masthead symbol in the text: the running headers' one
        kind = metadata.kind or symbol_kind(symbol)
        update = {"symbol": symbol, "symbols": [symbol], "kind": kind}
        metadata = metadata.model_copy(update=update)
    return note.model_copy(
        update={
            "metadata": metadata,
            "paragraphs": [_paragraph(p, layout) for p in note.paragraphs],
            "entities": [_entity(e, layout) for e in note.entities],
            "footnotes": note.footnotes or layout.footnotes,
        }
    )
