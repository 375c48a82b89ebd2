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
import itertools
import re
import statistics
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import InputError
from .layout import Box, Layout, TextBuilder

HEADER_BAND = 0.08
RUNNING_PAGES = 6
"""Running headers of pages 2 to this one are kept as furniture (the symbol they repeat)."""
"""Lines whose top lies in this top fraction of a page after the first are running headers."""
FOOTER_BAND = 0.065
"""Lines whose top lies in this bottom fraction of any page are footers (page number, job
number, barcode)."""

SAMPLES, SAMPLE_EVERY = 24, 6
"""Type size, weight and baseline are read for a line's first SAMPLES characters and every
SAMPLE_EVERY-th after: a line's type is uniform enough, and it halves the reading time."""

_NUMBERED = re.compile(r"^(\d{1,3}|[IVXL]{1,6}|[A-Z])\.\s")
_MARKER = re.compile(r"^([*∗]{1,3}|\d{1,2})\s*(?=\S)")
_NO_BREAK = "\u00a0\u2007\u202f"
"""No-break spaces are kept as characters when the PDF encodes them (a glyph named
``nbspace`` or a ToUnicode entry), as the .txt and .docx paths keep them."""


@dataclass
class Line:
    """One text line rebuilt from pdfium characters (coordinates from the page top)."""

    page: int
    chars: list[str]
    boxes: list[Box | None]
    x0: float
    top: float
    bottom: float
    baseline: float
    size: float
    bold: bool
    x1: float

    @property
    def text(self) -> str:
        return "".join(self.chars)


@dataclass
class Block:
    """Consecutive lines read as one paragraph, heading or header block."""

    lines: list[Line] = field(default_factory=list)

    @property
    def first(self) -> Line:
        return self.lines[0]


def _open(data: bytes, path: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise InputError(path, "encrypted PDF (needs a password); decrypt it first") from error
        raise InputError(path, f"corrupt or unreadable PDF ({error})") from error


_PIECES = re.compile(
    r"(?P<end>\n)|\r|(?P<hyphen>\ufffe)|(?P<kept>[\u00a0\u2007\u202f])"
    r"|(?P<blank>[^\S\r\n\u00a0\u2007\u202f]+)|(?P<word>[^\s\ufffe]+)"
)
"""pdfium's page text in pieces: a line end; a carriage return (dropped); the mark of a hyphen
ending a line (kept as "-", it ends the line); a no-break space (kept with its box); other
spaces, real or generated (one boxless space); a run of visible characters."""

_TEXT_OBJECT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value or 0
)
"""``FPDFText_GetTextObject`` returning the object's address as an int (a dictionary key)."""


class _Type:
    """Type size and weight of sampled characters, read once per pdfium text object (one
    string shown in one font at one size: pdfium gives its characters the object's font and
    size), and each sampled character's baseline: also once per object when the object is not
    rotated or skewed (the ``b`` of its characters' effective matrix is 0, so every glyph
    origin of it has one ``y``; on the 32 un-pdf files with text, the objects of more than one
    baseline all have ``b != 0``: OCR layers of skewed scans), else per character."""

    def __init__(self, raw: Any, height: float) -> None:
        self.raw, self.height = raw, height
        self.address = ctypes.cast(raw, ctypes.c_void_p)
        self.known: dict[int, tuple[float, bool, float | None]] = {}
        self.font = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.matrix = pdfium_c.FS_MATRIX()

    def _baseline(self, index: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(self.raw, index, self.x, self.y)
        return self.height - self.y.value

    def _read(self, index: int, handle: int | None) -> tuple[float, bool, float | None]:
        """Size, boldness and (for an upright object) baseline of the character's object."""
        raw = self.raw
        size = pdfium_c.FPDFText_GetFontSize(raw, index)
        pdfium_c.FPDFText_GetFontInfo(raw, index, self.font, 128, self.flags)
        weight = pdfium_c.FPDFText_GetFontWeight(raw, index)
        bold = b"Bold" in self.font.value or weight >= 600
        if not handle:
            return size, bold, None
        upright = pdfium_c.FPDFText_GetMatrix(raw, index, self.matrix)  # the object's, in effect
        baseline = self._baseline(index) if upright and self.matrix.b == 0 else None
        known = (size, bold, baseline)
        self.known[handle] = known
        return known

    def sample(
        self, index: int, sizes: list[float], bolds: list[bool], baselines: list[float]
    ) -> None:
        """Append the type size, boldness and baseline of the character ``index``."""
        handle = _TEXT_OBJECT(self.address, index)
        known = self.known.get(handle) if handle else None
        if known is None:
            known = self._read(index, handle)
        sizes.append(known[0])
        bolds.append(known[1])
        baseline = known[2]
        baselines.append(self._baseline(index) if baseline is None else baseline)


_RUN = re.compile(r"[^\W_]{2,}")
"""Two or more letters or digits: one box for the run, from pdfium's rectangles."""


class _Runs:
    """Character boxes of a page's words, with one pdfium call per letter run, not per letter.

    A run of letters and digits gets the union of its glyph boxes from pdfium's text
    rectangles (``FPDFText_CountRects``/``GetRect``: one rectangle per text object, the union
    of its characters' boxes), given to each of its characters; other characters (punctuation,
    symbols, a lone letter) get their own box. Entity and paragraph boxes, which start and end
    at word or punctuation edges, and every line's extent are the same unions as with a box per
    character, for less than half the calls into pdfium (13,000 instead of 31,000 on the seed).
    pdfium's rectangles leave out zero-area glyph boxes (some OCR text layers have them, far
    from the glyph's place), so such a glyph no longer stretches its word's box, nor pulls a
    body line into the running header or footer band; a run made only of them keeps its
    characters' own boxes.
    """

    def __init__(self, raw: Any, height: float, text: str) -> None:
        self.raw, self.height, self.text = raw, height, text
        self.left, self.right = ctypes.c_double(), ctypes.c_double()
        self.bottom, self.top = ctypes.c_double(), ctypes.c_double()

    def _char(self, index: int) -> Box:
        left, right, bottom, top = self.left, self.right, self.bottom, self.top
        pdfium_c.FPDFText_GetCharBox(self.raw, index, left, right, bottom, top)
        return (left.value, self.height - top.value, right.value, self.height - bottom.value)

    def _run(self, begin: int, stop: int) -> Box | None:
        """Union of pdfium's rectangles of ``[begin, stop)``, None when it gives none."""
        count = pdfium_c.FPDFText_CountRects(self.raw, begin, stop - begin)
        left, right, bottom, top = self.left, self.right, self.bottom, self.top
        union: Box | None = None
        for index in range(count):
            pdfium_c.FPDFText_GetRect(self.raw, index, left, top, right, bottom)
            box = (left.value, self.height - top.value, right.value, self.height - bottom.value)
            union = box if union is None else _union(union, box)
        return union

    def boxes(self, begin: int, stop: int, out: list[Box | None]) -> None:
        """Append a box for each character of the word ``[begin, stop)`` of the page text."""
        at = begin
        for run in _RUN.finditer(self.text, begin, stop):
            start, end = run.span()
            if at < start:
                out.extend([self._char(index) for index in range(at, start)])
            box = self._run(start, end)
            if box is None:  # only zero-area glyphs: their own boxes, as before
                out.extend([self._char(index) for index in range(start, end)])
            else:
                out.extend([box] * (end - start))
            at = end
        if at < stop:
            out.extend([self._char(index) for index in range(at, stop)])


def _union(one: Box, two: Box) -> Box:
    return (min(one[0], two[0]), min(one[1], two[1]), max(one[2], two[2]), max(one[3], two[3]))


def _page_lines(page: pdfium.PdfPage, number: int) -> list[Line]:
    """The page's characters grouped into pdfium's lines, each with its box and type."""
    textpage = page.get_textpage()
    height = page.get_height()
    raw = textpage.raw
    types = _Type(raw, height)
    text = textpage.get_text_range()
    runs = _Runs(raw, height, text)
    get_box = pdfium_c.FPDFText_GetCharBox
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    lines: list[Line] = []
    chars: list[str] = []
    boxes: list[Box | None] = []
    sizes: list[float] = []
    bolds: list[bool] = []
    baselines: list[float] = []

    def add(index: int, char: str) -> None:
        get_box(raw, index, left, right, bottom, top)
        chars.append(char)
        boxes.append((left.value, height - top.value, right.value, height - bottom.value))

    def close() -> None:
        real = [b for b in boxes if b is not None]
        if real and "".join(chars).strip():
            x0s, tops, x1s, bottoms = zip(*real, strict=True)
            lines.append(
                Line(
                    number,
                    chars.copy(),
                    boxes.copy(),
                    min(x0s),
                    min(tops),
                    max(bottoms),
                    statistics.median(baselines),
                    statistics.median(sizes),
                    sum(bolds) * 2 > len(bolds),
                    max(x1s),
                )
            )
        for items in (chars, boxes, sizes, bolds, baselines):
            items.clear()

    for piece in _PIECES.finditer(text):
        kind = piece.lastgroup
        if kind == "word":
            begin, stop = piece.span()
            first = len(chars) + 1  # the count of characters once the word's first is added
            chars.extend(piece.group())
            runs.boxes(begin, stop, boxes)
            # sampled as one by one before: the line's first SAMPLES, then every 6th character
            size = stop - begin
            take = max(0, min(size, SAMPLES - len(sizes)))
            every = range(take + (-(first + take)) % SAMPLE_EVERY, size, SAMPLE_EVERY)
            for offset in itertools.chain(range(take), every):
                types.sample(begin + offset, sizes, bolds, baselines)
        elif kind == "blank":  # real or generated: one boxless space
            if chars and chars[-1] != " ":
                chars.append(" ")
                boxes.append(None)
        elif kind == "kept":
            add(piece.start(), piece.group())
        elif kind == "hyphen":  # pdfium's mark for a hyphen ending a line: keep it, end the line
            add(piece.start(), "-")
            close()
        elif kind == "end":
            close()
    close()
    textpage.close()
    return lines


def _rule_top(page: pdfium.PdfPage) -> float | None:
    """Top (from the page top) of the footnote separator: a short rule in the lower half."""
    height, width = page.get_height(), page.get_width()
    best: float | None = None
    for item in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        x0, y0, x1, y1 = item.get_bounds()
        if y1 - y0 < 2.5 and 15 < x1 - x0 < 0.45 * width and y1 < 0.5 * height:
            top = height - y1
            best = top if best is None else min(best, top)
    return best


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
    text = ""
    boxes: list[Box | None] = []
    for line in lines:
        chars = "".join(line.chars).rstrip()
        start = len(line.chars) - len("".join(line.chars).lstrip())
        chars = chars.lstrip()
        line_boxes = line.boxes[start : start + len(chars)]
        if text:
            glue = "\n" if keep_lines else "" if re.search(r"[A-Za-z]-$", text) else " "
            text += glue
            boxes.extend([None] * len(glue))
        text += chars
        boxes.extend(line_boxes)
    return text, boxes


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
    """Extract a PDF note's text laid out like a .txt note, with its layout."""
    document = _open(data, path)
    try:
        pages = [(page, _page_lines(page, number)) for number, page in enumerate(document, 1)]
        # the body's type size: the median over characters, not lines (short lines are many)
        all_sizes = [line.size for _, lines in pages for line in lines for _ in line.chars]
        if not all_sizes:
            raise InputError(path, "PDF has no text layer (a scan?); run OCR on it first")
        body_size = statistics.median(all_sizes)
        builder = TextBuilder()
        in_header = True
        previous_body: Block | None = None
        previous_right = 0.0
        pending_notes: list[tuple[Line, int]] = []
        for number, (page, lines) in enumerate(pages, 1):
            height = page.get_height()
            body, notes = _split(lines, height, number == 1, _rule_top(page), body_size)
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
            page.close()
        _flush_notes(builder, pending_notes)
        builder.add("\n", len(pages))
        return builder.build()
    finally:
        document.close()


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
