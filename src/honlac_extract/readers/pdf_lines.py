"""A PDF page's text lines rebuilt from pdfium's page text, with boxes and type.

The page text comes from pdfium in one call; one scan of it cuts lines and their pieces. A run
of two or more letters or digits gets one box, the union of pdfium's rectangles over it (a
rectangle per stretch of one text object: ``FPDFText_CountRects``/``GetRect``), given to each
of its characters; every other visible character gets its own glyph box. Entity and paragraph
boxes, which start and end at word or punctuation edges, and every line's extent are then the
same unions a box per character gives, for one pdfium call pair per word instead of a call
per character. pdfium's rectangles leave out zero-area glyph boxes (some OCR text layers have
them, far from the glyph's place), so such a glyph does not stretch its word's box; a run made
only of them keeps its characters' own boxes. A line's text is its stretch of the page text
with spaces squeezed, cut in C, not built character by character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .pdf_type import line_type
from .pdfium_text import Box, TextLayer, bare_calls

_BLANK = r"[^\S\r\n\u00a0\u2007\u202f]"
_TOKENS = re.compile(
    rf"([^\W_]{{2,}}|[^\s\ufffe]|[\u00a0\u2007\u202f])({_BLANK}*)|({_BLANK}+)|(\n)|(\ufffe)|\r"
)
"""pdfium's page text in pieces: (1) a letter run, another visible character or a no-break
space (kept as a character with its box, as the .txt and .docx paths keep it), with (2) the
spaces after it; (3) spaces, real or generated (one boxless space, none at a line's start);
(4) a line end; (5) the mark of a hyphen ending a line (kept as "-", it ends the line); a
carriage return (dropped)."""
_VISIBLE, _SPACES, _LINE_END, _HYPHEN = 2, 3, 4, 5
_SQUEEZE = re.compile(f"{_BLANK}+")
_KEPT = frozenset("\u00a0\u2007\u202f")
FLAT = 0.05
"""A glyph box narrower or lower than this (points) may be one pdfium's rectangles leave out
(it leaves out those under 0.01): the line's type is then counted sample by sample."""


@dataclass
class Line:
    """One text line rebuilt from pdfium characters (coordinates from the page top)."""

    page: int
    text: str
    boxes: list[Box | None]
    x0: float
    top: float
    bottom: float
    baseline: float
    size: float
    bold: bool
    x1: float


def page_lines(layer: TextLayer, text: str, number: int) -> list[Line]:
    """The lines of page ``number`` whose pdfium text is ``text``."""
    lines: list[Line] = []
    count_rects, get_rect, out, (left, top, right, bottom) = bare_calls(layer)
    handle, height, char_box, union = layer.handle, layer.height, layer.char_box, layer.union
    boxes: list[Box | None] = []
    distinct: list[Box] = []  # the line's boxes, a run's once
    begin, first, last = 0, -1, -1  # where the line starts; its first and last sampled index
    odd = False  # the line shows a glyph pdfium's rectangles may leave out (see line_type)
    box: Box | None
    for match in _TOKENS.finditer(text):
        kind = match.lastindex
        if kind == _VISIBLE:
            start, end = match.span(1)
            size = end - start
            if size > 1:
                if count_rects(handle, start, size) == 1:  # one text object: one rectangle
                    get_rect(handle, 0, left, top, right, bottom)
                    box = (out[0], height - out[1], out[2], height - out[3])
                    boxes.extend([box] * size)
                    distinct.append(box)
                else:
                    box = union(start, size)
                    if box is None:  # only zero-area glyphs: their own boxes
                        odd = True
                        own = [char_box(index) for index in range(start, end)]
                        boxes.extend(own)
                        distinct.extend(own)
                    else:
                        boxes.extend([box] * size)
                        distinct.append(box)
                if first < 0:
                    first = start
                last = end - 1
            else:
                box = char_box(start)
                boxes.append(box)
                distinct.append(box)
                if box[2] - box[0] < FLAT or box[3] - box[1] < FLAT:
                    odd = True
                if text[start] not in _KEPT:
                    if first < 0:
                        first = start
                    last = start
            if match.end() > end:
                boxes.append(None)
        elif kind == _SPACES:
            if boxes and boxes[-1] is not None:
                boxes.append(None)
        elif kind is not None:  # a line end, or a hyphen ending the line
            stop = match.start()
            if kind == _HYPHEN:
                box = char_box(stop)
                boxes.append(box)
                distinct.append(box)
                if box[2] - box[0] < FLAT or box[3] - box[1] < FLAT:
                    odd = True
                if first < 0:
                    first = stop
                stop += 1
            if distinct:
                _close(lines, layer, number, text, (begin, stop, first, last, odd), boxes, distinct)
                boxes, distinct = [], []
            elif boxes:
                boxes = []
            begin, first, last, odd = match.end(), -1, -1, False
    if distinct:
        _close(lines, layer, number, text, (begin, len(text), first, last, odd), boxes, distinct)
    return lines


def line_text(text: str, begin: int, stop: int) -> str:
    """The line ``text[begin:stop]`` as read: carriage returns dropped, spaces squeezed to one
    (none at the start), a hyphen mark as "-"."""
    line = _SQUEEZE.sub(" ", text[begin:stop].replace("\r", ""))
    line = line[1:] if line.startswith(" ") else line
    return line[:-1] + "-" if line.endswith("\ufffe") else line


def _close(
    lines: list[Line],
    layer: TextLayer,
    number: int,
    text: str,
    where: tuple[int, int, int, int, bool],
    boxes: list[Box | None],
    distinct: list[Box],
) -> None:
    """Append the line read so far (it has boxes) when it shows anything."""
    begin, stop, first, last, odd = where
    line = line_text(text, begin, stop)
    if not line.strip():
        return
    x0s, tops, x1s, bottoms = zip(*distinct, strict=True)
    size, bold, baseline = line_type(layer, text, (begin, stop, first, last), odd)
    top, bottom = min(tops), max(bottoms)
    lines.append(Line(number, line, boxes, min(x0s), top, bottom, baseline, size, bold, max(x1s)))
