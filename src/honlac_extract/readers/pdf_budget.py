"""What one PDF page may expand to inside pdfium, checked before its text page is built.

A content stream can draw one form XObject thousands of times, and pdfium expands every use
into objects of its own when the page is loaded; building the text page then costs about 230
bytes per character (a 2 KB PDF drawing a text form 2,000 times: 66 MB loaded, then 740 MB
more for 4.6 million characters). The reader's character limit can only count once the text
page exists, so each page is measured right after ``FPDF_LoadPage`` and refused before its
text page is built when

- pdfium allocated over :data:`DEFAULT_MAX_PAGE_BYTES` to load it (glibc's ``mallinfo2``,
  where there is one): loaded text costs about 12 bytes per character, so this bounds the
  characters a text page can get whatever the objects look like (a few text objects with
  long strings, forms in forms); or
- it draws over :data:`DEFAULT_MAX_PAGE_TEXT_OBJECTS` text objects, forms counted every time
  they are drawn (a walk of the page's object tree with pdfium's calls, stopped at the limit):
  the check that needs no allocator statistics.

What pdfium allocates *inside* ``FPDF_LoadPage`` (forms that draw forms multiply there) is
bounded before the page is loaded, by :mod:`.pdf_preflight`.

Real UN notes load a page in at most 2.5 MB and draw at most 1,347 text objects on one page
(the 35 PDFs of the UN corpus), so the defaults leave a wide margin.
"""

from __future__ import annotations

import ctypes
import os
import sys
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .layout import Overflow

DEFAULT_MAX_PAGE_BYTES = 16 * 1024 * 1024
"""The most bytes pdfium may allocate to load one page (UN notes: at most 2.5 MB, fonts
included); its text page then needs at most about 25 times that (a page loaded to just under it
was read at a peak of 396 MB). Override with ``HONLAC_MAX_PAGE_BYTES``."""
DEFAULT_MAX_PAGE_TEXT_OBJECTS = 20_000
"""The most text objects one page may draw, a form's counted each time it is drawn (UN notes:
at most 1,347). Override with ``HONLAC_MAX_PAGE_TEXT_OBJECTS``."""
MAX_VISITS_PER_TEXT_OBJECT = 50
"""The walk of a page's objects stops after this many objects per allowed text object (one
million by default), so a page of forms drawing only paths cannot keep it going."""
MAX_DEPTH = 64
"""Forms nested deeper than this are not walked (pdfium itself stops nesting far sooner)."""


def _setting(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.isdigit() and int(value) > 0 else default


def max_page_bytes_setting() -> int:
    """The page-load limit in force: ``HONLAC_MAX_PAGE_BYTES`` when a positive integer."""
    return _setting("HONLAC_MAX_PAGE_BYTES", DEFAULT_MAX_PAGE_BYTES)


def max_page_text_objects_setting() -> int:
    """The text-object limit in force: ``HONLAC_MAX_PAGE_TEXT_OBJECTS`` when a positive
    integer."""
    return _setting("HONLAC_MAX_PAGE_TEXT_OBJECTS", DEFAULT_MAX_PAGE_TEXT_OBJECTS)


_MALLINFO2_FIELDS = ["arena", "ordblks", "smblks", "hblks", "hblkhd"]
_MALLINFO2_FIELDS += ["usmblks", "fsmblks", "uordblks", "fordblks", "keepcost"]


class _MallInfo2(ctypes.Structure):
    """glibc's ``struct mallinfo2``: ten ``size_t`` fields."""

    _fields_ = [(name, ctypes.c_size_t) for name in _MALLINFO2_FIELDS]


def _allocator() -> Any:
    """glibc's ``mallinfo2`` (bytes in use by ``malloc``, which pdfium allocates with), or None
    off glibc (macOS, musl, glibc before 2.33)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):
        return None
    function.restype = _MallInfo2
    function.argtypes = []
    return function


_MALLINFO2 = _allocator()


def _allocated() -> int | None:
    """Bytes the process has allocated with ``malloc`` now (small blocks and mapped ones)."""
    if _MALLINFO2 is None:
        return None
    info = _MALLINFO2()
    return int(info.uordblks + info.hblkhd)


def load_page(document: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
    """Page ``index`` of ``document``, loaded and measured; :class:`Overflow` naming the page
    (and closing it) when it expands past a limit (see the module docstring)."""
    before = _allocated()
    page = document[index]
    after = _allocated()
    try:
        if before is not None and after is not None:
            _check_bytes(after - before, index + 1)
        _check_text_objects(page.raw, index + 1)
    except Overflow:
        page.close()
        raise
    return page


def _check_bytes(grown: int, number: int) -> None:
    limit = max_page_bytes_setting()
    if grown > limit:
        raise Overflow(
            f"page {number} expands to {grown} bytes inside pdfium when loaded (a form drawn "
            f"many times?), over the {limit}-byte limit (HONLAC_MAX_PAGE_BYTES)"
        )


def _check_text_objects(raw: Any, number: int) -> None:
    limit = max_page_text_objects_setting()
    texts, visits = count_text_objects(raw, limit, limit * MAX_VISITS_PER_TEXT_OBJECT)
    if texts > limit:
        raise Overflow(
            f"page {number} draws over {limit} text objects (forms counted each time they are "
            "drawn), over the limit (HONLAC_MAX_PAGE_TEXT_OBJECTS)"
        )
    if visits > limit * MAX_VISITS_PER_TEXT_OBJECT:
        raise Overflow(
            f"page {number} draws over {limit * MAX_VISITS_PER_TEXT_OBJECT} objects (forms "
            "counted each time they are drawn), over the limit (50 per "
            "HONLAC_MAX_PAGE_TEXT_OBJECTS)"
        )


def count_text_objects(raw: Any, most_texts: int, most_visits: int) -> tuple[int, int]:
    """Text objects and all objects drawn by page ``raw``, every form's objects counted each
    time the form is drawn; stops as soon as either count passes its cap, so the work is at
    most ``most_visits`` calls of each kind whatever the page holds.

    An explicit stack of (parent, is form, next index, depth) instead of recursion: no Python
    recursion limit to meet, and no list of a form's objects is built."""
    texts = visits = 0
    stack: list[tuple[Any, bool, int, int]] = [(raw, False, 0, 0)]
    while stack:
        parent, form, start, depth = stack.pop()
        count = (pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects)(
            parent
        )
        get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
        for index in range(start, count):
            visits += 1
            if visits > most_visits:
                return texts, visits
            item = get(parent, index)
            kind = pdfium_c.FPDFPageObj_GetType(item) if item else None
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                texts += 1
                if texts > most_texts:
                    return texts, visits
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_DEPTH:
                stack.append((parent, form, index + 1, depth))  # resume after the form
                stack.append((item, True, 0, depth + 1))
                break
    return texts, visits
