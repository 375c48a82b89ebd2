"""Reading a published note PDF with pypdfium2, using layout to drop furniture.

pdfium gives every character with its box, font size and font name (docs/pdf-input.md says
why pdfium). Lines are rebuilt from the characters, then per page: running headers and footers
(symbol, job number, barcode, page number) are dropped by position, footnotes are the lines
under the short separator rule (or in smaller type at the page foot), blocks are split by
vertical gaps, type changes and paragraph numbers, and a paragraph cut by a page break is
re-joined. The text is laid out like a .txt note: one block per paragraph or heading, blank
lines between blocks, header lines kept as lines, footnotes after the page's last block.
"""

from __future__ import annotations

import ctypes
import gc
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import InputError
from ..reading import max_chars_setting, max_pages_setting
from .layout import Box, Layout, Overflow, TextBuilder
from .pdf_budget import load_page
from .pdf_lines import Line, page_lines
from .pdf_preflight import Preflight
from .pdf_type import median_of_counts
from .pdfium_text import TextLayer, page_paths

HEADER_BAND = 0.08
"""Lines whose top lies in this top fraction of a page after the first are running headers."""
RUNNING_PAGES = 6
"""Running headers of pages 2 to this one are kept as furniture (the symbol they repeat)."""
FOOTER_BAND = 0.065
"""Lines whose top lies in this bottom fraction of any page are footers (page number, job
number, barcode)."""
MAX_DEPTH = 15
"""Form XObjects nested deeper than this are not searched for the footnote rule."""

_NO_PAGES = re.compile(rb"/Count\s*0(?![0-9])")
_SOME_PAGES = re.compile(rb"/Count\s*[1-9]")
_NUMBERED = re.compile(r"^(\d{1,3}|[IVXL]{1,6}|[A-Z])\.\s")
_MARKER = re.compile(r"^([*∗]{1,3}|\d{1,2})\s*(?=\S)")


@dataclass
class Block:
    """Consecutive lines read as one paragraph, heading or header block."""

    lines: list[Line] = field(default_factory=list)

    @property
    def first(self) -> Line:
        return self.lines[0]


def _open(data: bytes, path: str) -> pdfium.PdfDocument:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise InputError(path, "encrypted PDF (needs a password); decrypt it first") from error
        if _NO_PAGES.search(data) and not _SOME_PAGES.search(data):  # pdfium opens no such PDF
            raise InputError(path, "PDF has no pages (or its page tree is damaged)") from error
        raise InputError(path, f"corrupt or unreadable PDF ({error})") from error
    pages, most = len(document), max_pages_setting()
    if pages > most:
        document.close()
        raise InputError(
            path, f"PDF has {pages} pages, over the {most}-page limit (HONLAC_MAX_PAGES)"
        )
    return document


def _page_lines(page: pdfium.PdfPage, number: int) -> list[Line]:
    """The page's text lines, each with its boxes and type (see :mod:`.pdf_lines`)."""
    textpage = page.get_textpage()
    try:
        layer = TextLayer(textpage.raw, page.get_height())
        return page_lines(layer, textpage.get_text_range(), number)
    finally:
        textpage.close()


def _rule_top(page: pdfium.PdfPage) -> float | None:
    """Top (from the page top) of the footnote separator: a short rule in the lower half."""
    height, width = page.get_height(), page.get_width()
    best: float | None = None
    found, forms = page_paths(page.raw)
    paths: list[tuple[float, ...]] = list(found)
    for form in forms:
        paths += _path_bounds(ctypes.cast(form, pdfium_c.FPDF_PAGEOBJECT), True, 1)
    for x0, y0, x1, y1 in paths:
        if y1 - y0 < 2.5 and 15 < x1 - x0 < 0.45 * width and y1 < 0.5 * height:
            top = height - y1
            best = top if best is None else min(best, top)
    return best


def _path_bounds(parent: Any, form: bool, level: int) -> Iterator[tuple[float, ...]]:
    """Bounds (left, bottom, right, top) of the path objects of a page or form, forms searched
    to MAX_DEPTH levels, with pdfium's calls (no Python object per page object); a page's own
    objects are read by :func:`.pdfium_text.page_paths`."""
    count = (pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects)(parent)
    get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    bounds = [ctypes.c_float() for _ in range(4)]
    for index in range(count):
        item = get(parent, index)
        kind = pdfium_c.FPDFPageObj_GetType(item) if item else None
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH and pdfium_c.FPDFPageObj_GetBounds(item, *bounds):
            yield tuple(bound.value for bound in bounds)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < MAX_DEPTH - 1:
            yield from _path_bounds(item, True, level + 1)


def _split(
    lines: list[Line], page_height: float, first: bool, rule: float | None, body_size: float
) -> tuple[list[Line], list[Line]]:
    """Body lines and footnote lines of one page, furniture dropped by position."""
    body: list[Line] = []
    notes: list[Line] = []
    for line in sorted(lines, key=lambda item: (round(item.baseline), item.x0)):
        if line.top > page_height * (1 - FOOTER_BAND):
            continue
        if not first and line.bottom < page_height * HEADER_BAND:
            continue
        if rule is not None and line.top > rule:
            notes.append(line)
        else:
            body.append(line)
    if rule is None:  # no rule drawn: trailing small type at the page foot
        while body and body[-1].size < 0.85 * body_size and body[-1].top > page_height * 0.6:
            notes.insert(0, body.pop())
    return body, notes


def _blocks(lines: list[Line], margin: float) -> list[Block]:
    blocks: list[Block] = []
    for line in lines:
        previous = blocks[-1].lines[-1] if blocks else None
        if previous is None or _starts_block(previous, line, margin):
            blocks.append(Block())
        blocks[-1].lines.append(line)
    return blocks


def _starts_block(previous: Line, line: Line, margin: float) -> bool:
    size = max(previous.size, line.size)
    if line.baseline - previous.baseline > 1.45 * size:
        return True
    if previous.bold != line.bold or abs(previous.size - line.size) > 1.0:
        return True
    return bool(line.x0 < margin + 0.5 * line.size and _NUMBERED.match(line.text))


def _join(lines: list[Line], keep_lines: bool) -> tuple[str, list[Box | None]]:
    """A block's text: lines kept (header) or joined with a space (a hyphen at a line end
    joins without one: compound words keep their hyphen)."""
    parts: list[str] = []
    boxes: list[Box | None] = []
    tail = ""  # the text's last two characters
    for line in lines:
        chars = line.text.strip()
        start = len(line.text) - len(line.text.lstrip())
        if parts:
            hyphen = len(tail) == 2 and tail[1] == "-" and tail[0].isalpha()
            glue = "\n" if keep_lines else "" if hyphen else " "
            parts.append(glue)
            boxes.extend([None] * len(glue))
            tail = (tail + glue)[-2:]
        parts.append(chars)
        boxes.extend(line.boxes[start : start + len(chars)])
        tail = (tail + chars)[-2:]
    return "".join(parts), boxes


def _is_continuation(block: Block, previous: Block, right: float) -> bool:
    """Whether a page's first block carries on the previous page's last paragraph: it is body
    type without a number, and the paragraph was cut (its last line runs to the right margin
    or ends without a sentence end), so an unnumbered heading after a finished paragraph is
    not swallowed."""
    line, last = block.first, previous.lines[-1]
    if line.bold or _NUMBERED.match(line.text) or abs(line.size - last.size) > 1.0:
        return False
    return last.x1 > right - 2 * last.size or not re.search(r"[.:;!?][”’\")]?$", last.text)


def read_pdf(data: bytes, path: str) -> tuple[str, Layout]:
    """Extract a PDF note's text laid out like a .txt note, with its layout.

    The cyclic collector is paused meanwhile, as ``api.complete`` and the command line do: the
    reader allocates a box tuple per word, which would start collections that walk every live
    object of the process, and what it leaves cyclic (pypdfium2's page and document wrappers)
    is collected after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_pdf(data, path)
    finally:
        if enabled:
            gc.enable()


def _read_pdf(data: bytes, path: str) -> tuple[str, Layout]:
    document = _open(data, path)
    try:
        return _read_pages(document, path, Preflight(data, len(document)))
    except Overflow as error:
        raise InputError(path, str(error)) from error
    finally:
        document.close()


@dataclass
class _Page:
    """What the layout needs of a page, kept once pdfium's page is closed."""

    height: float
    rule: float | None
    lines: list[Line]


def _all_lines(document: pdfium.PdfDocument, preflight: Preflight) -> list[_Page]:
    """Every page's height, footnote rule and lines; each page is closed once read, so pdfium
    holds one page at a time. Stops with :class:`Overflow` when a page expands past the page
    limits (:mod:`.pdf_preflight`, checked before pdfium loads it, and :mod:`.pdf_budget`,
    before its text page is built) or once the pages hold more characters than the text may
    have (furniture included, so twice the limit), before the next page's lines are built."""
    limit = 2 * max_chars_setting()
    pages: list[_Page] = []
    found = 0
    for index in range(len(document)):
        preflight.check(index)
        page = load_page(document, index)
        try:
            lines = _page_lines(page, index + 1)
            found += sum(len(line.text) for line in lines)
            if found > limit:
                raise Overflow(f"expands to over {limit} characters of text (HONLAC_MAX_CHARS)")
            pages.append(_Page(page.get_height(), _rule_top(page), lines))
        finally:
            page.close()
    return pages


def _read_pages(
    document: pdfium.PdfDocument, path: str, preflight: Preflight
) -> tuple[str, Layout]:
    pages = _all_lines(document, preflight)
    # the body's type size: the median over characters, not lines (short lines are many)
    sizes = [(line.size, len(line.text)) for page in pages for line in page.lines]
    if not sizes:
        raise InputError(path, "PDF has no text layer (a scan?); run OCR on it first")
    body_size = median_of_counts(sizes)
    builder = TextBuilder(limit=max_chars_setting())
    in_header = True
    previous_body: Block | None = None
    previous_right = 0.0
    pending_notes: list[tuple[Line, int]] = []
    for number, page in enumerate(pages, 1):
        height, lines = page.height, page.lines
        body, notes = _split(lines, height, number == 1, page.rule, body_size)
        if number == 1:  # the footer's job number is metadata, not text
            builder.furniture += [x.text for x in lines if x.top > height * (1 - FOOTER_BAND)]
        elif number <= RUNNING_PAGES:  # running headers: the symbol as evidence
            builder.furniture += [x.text for x in lines if x.bottom < height * HEADER_BAND]
        margin = min((line.x0 for line in body), default=0.0)
        blocks = _blocks(body, margin)
        right = max((line.x1 for line in body), default=0.0)
        if (
            blocks
            and previous_body is not None
            and _is_continuation(blocks[0], previous_body, previous_right)
        ):
            text, boxes = _join(blocks.pop(0).lines, keep_lines=False)
            builder.add(" ", number)
            builder.add(text, number, boxes)
        _flush_notes(builder, pending_notes)
        pending_notes = [(line, number) for line in notes]
        for block in blocks:
            if in_header and re.match(r"^I\.\s", block.first.text):
                in_header = False
            if builder.length:
                builder.add("\n\n", block.first.page)
            numbered = bool(_NUMBERED.match(block.first.text))
            text, boxes = _join(block.lines, keep_lines=in_header and not numbered)
            builder.add(text, number, boxes)
            body_text = not block.first.bold and (numbered or not in_header)
            previous_body = block if body_text else None
        previous_right = right
    _flush_notes(builder, pending_notes)
    builder.add("\n", len(pages))
    return builder.build()


def _flush_notes(builder: TextBuilder, notes: list[tuple[Line, int]]) -> None:
    """Footnote lines as one block per footnote: a line opening with a marker starts one."""
    entries: list[tuple[str, list[Line], int]] = []
    for line, page in notes:
        opening = _MARKER.match(line.text)
        if opening or not entries:
            entries.append((opening.group(1) if opening else "", [line], page))
        else:
            entries[-1][1].append(line)
    for marker, lines, page in entries:
        text, boxes = _join(lines, keep_lines=False)
        if marker:
            cut = _MARKER.match(text)
            assert cut is not None
            text, boxes = text[cut.end() :], boxes[cut.end() :]
        builder.add("\n\n", page)
        if marker:
            builder.add_footnote(marker, text, page, boxes)
        else:
            builder.add(text, page, boxes)
