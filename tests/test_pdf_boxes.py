"""PDF character boxes read per letter run (readers/pdf.py ``_Runs``) are the unions that a box
per character gives: every letter run's box is the union of its characters' glyph boxes, every
other character keeps its own box, so paragraph, entity and line boxes are unchanged."""

from __future__ import annotations

import ctypes
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from honlac_extract.readers.pdf import _RUN, _Runs
from notedocs import NOTES, build_pdf, parse_fixture

Box = tuple[float, float, float, float]


def _char_box(raw: object, height: float, index: int) -> Box:
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    pdfium_c.FPDFText_GetCharBox(raw, index, left, right, bottom, top)
    return (left.value, height - top.value, right.value, height - bottom.value)


def _union(boxes: list[Box]) -> Box:
    x0s, tops, x1s, bottoms = zip(*boxes, strict=True)
    return (min(x0s), min(tops), max(x1s), max(bottoms))


@pytest.mark.parametrize("name", ["honlac-27-note", "damage-furniture", "cnd-crp"])
def test_run_boxes_are_the_unions_of_the_character_boxes(name: str, tmp_path: Path) -> None:
    path = build_pdf(parse_fixture(NOTES / f"{name}.txt"), tmp_path / f"{name}.pdf")
    document = pdfium.PdfDocument(path.read_bytes())
    runs_seen = 0
    for page in document:
        textpage = page.get_textpage()
        raw, height = textpage.raw, page.get_height()
        text = textpage.get_text_range()
        runs = _Runs(raw, height, text)
        for word in re.finditer(r"[^\s\ufffe]+", text):
            begin, stop = word.span()
            got: list[Box | None] = []
            runs.boxes(begin, stop, got)
            assert len(got) == stop - begin
            expected: list[Box] = [_char_box(raw, height, i) for i in range(begin, stop)]
            in_run = set()
            for run in _RUN.finditer(text, begin, stop):
                runs_seen += 1
                union = _union(expected[run.start() - begin : run.end() - begin])
                assert got[run.start() - begin : run.end() - begin] == [union] * len(run.group())
                in_run.update(range(run.start(), run.end()))
            for index in range(begin, stop):
                if index not in in_run:
                    assert got[index - begin] == expected[index - begin], text[index]
        textpage.close()
    document.close()
    assert runs_seen > 300
