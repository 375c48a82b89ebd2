"""The PDF reader's lines (readers/pdf_lines.py) are what a plain reading character by
character gives: every letter run's box is the union of its characters' glyph boxes, every
other visible character keeps its own box, spaces are squeezed the same way, and each line's
type size, weight and baseline are the median (majority) over the same sampled characters,
each read from its own text object; so paragraph, entity and line boxes are unchanged."""

from __future__ import annotations

import ctypes
import re
import statistics
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from honlac_extract.readers.pdf_lines import Line, page_lines
from honlac_extract.readers.pdf_type import SAMPLE_EVERY, SAMPLES, median_of_counts
from honlac_extract.readers.pdfium_text import TextLayer
from notedocs import NOTES, build_pdf, parse_fixture

Box = tuple[float, float, float, float]
_PIECES = re.compile(
    r"(?P<end>\n)|\r|(?P<hyphen>\ufffe)|(?P<kept>[\u00a0\u2007\u202f])"
    r"|(?P<blank>[^\S\r\n\u00a0\u2007\u202f]+)|(?P<word>[^\s\ufffe]+)"
)


class _Plain:
    """One typed pypdfium2 call per character: the reference."""

    def __init__(self, raw: Any, height: float) -> None:
        self.raw, self.height = raw, height

    def box(self, index: int) -> Box:
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        pdfium_c.FPDFText_GetCharBox(self.raw, index, left, right, bottom, top)
        return (left.value, self.height - top.value, right.value, self.height - bottom.value)

    def run_box(self, start: int, stop: int) -> list[Box]:
        """Union of the run's non-zero-area glyph boxes (all own boxes when none has area)."""
        own = [self.box(index) for index in range(start, stop)]
        real = [b for b in own if b[2] - b[0] > 1e-4 and b[3] - b[1] > 1e-4]
        if not real:
            return own
        x0s, tops, x1s, bottoms = zip(*real, strict=True)
        return [(min(x0s), min(tops), max(x1s), max(bottoms))] * (stop - start)

    def sample(self, index: int) -> tuple[float, bool, float]:
        font, flags = ctypes.create_string_buffer(128), ctypes.c_int()
        pdfium_c.FPDFText_GetFontInfo(self.raw, index, font, 128, flags)
        weight = pdfium_c.FPDFText_GetFontWeight(self.raw, index)
        x, y = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDFText_GetCharOrigin(self.raw, index, x, y)
        size = pdfium_c.FPDFText_GetFontSize(self.raw, index)
        return size, b"Bold" in font.value or weight >= 600, self.height - y.value


def _reference(plain: _Plain, text: str) -> list[tuple[str, list[Box | None], float, bool, float]]:
    lines = []
    chars: list[str] = []
    boxes: list[Box | None] = []
    samples: list[tuple[float, bool, float]] = []

    def close() -> None:
        if any(b is not None for b in boxes) and "".join(chars).strip():
            sizes, bolds, baselines = zip(*samples, strict=True)
            type_ = statistics.median(sizes), sum(bolds) * 2 > len(bolds)
            lines.append(("".join(chars), boxes.copy(), *type_, statistics.median(baselines)))
        for items in (chars, boxes, samples):
            items.clear()

    for piece in _PIECES.finditer(text):
        kind, (start, stop) = piece.lastgroup, piece.span()
        if kind == "word":
            for index in range(start, stop):
                chars.append(text[index])
                if len(samples) < SAMPLES or len(chars) % SAMPLE_EVERY == 0:
                    samples.append(plain.sample(index))
            boxes.extend(plain.box(index) for index in range(start, stop))
            for run in re.finditer(r"[^\W_]{2,}", text[start:stop]):
                begin, end = start + run.start(), start + run.end()
                boxes[len(boxes) - (stop - begin) : len(boxes) - (stop - end)] = plain.run_box(
                    begin, end
                )
        elif kind == "blank" and chars and chars[-1] != " ":
            chars.append(" ")
            boxes.append(None)
        elif kind in ("kept", "hyphen"):
            chars.append("-" if kind == "hyphen" else piece.group())
            boxes.append(plain.box(start))
        if kind in ("end", "hyphen"):
            close()
    close()
    return lines


def _read(line: Line) -> tuple[str, list[Box | None], float, bool, float]:
    return line.text, line.boxes, line.size, line.bold, line.baseline


@pytest.mark.parametrize("name", ["honlac-27-note", "damage-furniture", "cnd-crp"])
def test_lines_are_those_a_reading_per_character_gives(name: str, tmp_path: Path) -> None:
    path = build_pdf(parse_fixture(NOTES / f"{name}.txt"), tmp_path / f"{name}.pdf")
    document = pdfium.PdfDocument(path.read_bytes())
    seen = runs = 0
    for number, page in enumerate(document, 1):
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        got = page_lines(TextLayer(textpage.raw, page.get_height()), text, number)
        expected = _reference(_Plain(textpage.raw, page.get_height()), text)
        assert [_read(line) for line in got] == expected
        for line in got:
            assert len(line.boxes) == len(line.text)
            real = [b for b in line.boxes if b is not None]
            assert (line.x0, line.top) == (min(b[0] for b in real), min(b[1] for b in real))
            assert (line.x1, line.bottom) == (max(b[2] for b in real), max(b[3] for b in real))
        seen += len(got)
        runs += len(re.findall(r"[^\W_]{2,}", text))
        textpage.close()
    document.close()
    assert seen > 30 and runs > 100


def test_median_of_counts_is_the_median_of_the_repeated_values() -> None:
    for values in ([(3.0, 1)], [(1.0, 2), (5.0, 1)], [(2.0, 2), (1.0, 2)], [(9.5, 3), (1.0, 4)]):
        expanded = [value for value, count in values for _ in range(count)]
        assert median_of_counts(values) == statistics.median(expanded)
