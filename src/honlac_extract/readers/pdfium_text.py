"""A page's text layer as the PDF reader asks for it: rectangles, character boxes and type.

pypdfium2's raw bindings convert every argument to its declared pointer type on every call,
which costs more than most calls themselves (about 0.65 µs for ``FPDFText_CountRects``
against 0.25 µs without the conversion). The reader makes thousands of calls per note (a
rectangle per letter run, a box per punctuation mark, a text object per line), so these few
go through prototypes without argument types: indices are plain ints, which ctypes passes as
C ``int``, the type every one of these functions takes, and the text page handle and the
out-parameters are prebuilt pointer arguments (:func:`_pointer`, ``ctypes.byref``), which
ctypes copies as they are: a ``c_void_p`` argument would cost a conversion object per call
(``GetRect``'s five pointers about 0.2 µs of its 0.45 µs). The font's name, read once per text
object, goes into a buffer of its own size passed with its length as a C ``unsigned long``.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c

Box = tuple[float, float, float, float]
"""``(x0, top, x1, bottom)`` in PDF points from the page's top-left corner."""

Type = tuple[float, bool, float | None]
"""A text object's type size, boldness and, when upright, the baseline of its glyphs."""


def _bare(function: Any, restype: Any) -> Any:
    """``function`` called without argument conversion (see the module docstring), and
    without releasing the GIL around it (``PYFUNCTYPE``): releasing and taking it back costs
    more than these calls' work, and no other thread should call pdfium meanwhile anyway."""
    return ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value or 0)


_COUNT_RECTS = _bare(pdfium_c.FPDFText_CountRects, ctypes.c_int)
_GET_RECT = _bare(pdfium_c.FPDFText_GetRect, ctypes.c_int)
_CHAR_BOX = _bare(pdfium_c.FPDFText_GetCharBox, ctypes.c_int)
_CHAR_ORIGIN = _bare(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
_TEXT_OBJECT = _bare(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
_FONT_SIZE = _bare(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_FONT_INFO = _bare(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)
_FONT_WEIGHT = _bare(pdfium_c.FPDFText_GetFontWeight, ctypes.c_int)
_MATRIX = _bare(pdfium_c.FPDFText_GetMatrix, ctypes.c_int)
_FONT_BYTES = 128
_COUNT_OBJECTS = _bare(pdfium_c.FPDFPage_CountObjects, ctypes.c_int)
_GET_OBJECT = _bare(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p)
_OBJECT_TYPE = _bare(pdfium_c.FPDFPageObj_GetType, ctypes.c_int)
_OBJECT_BOUNDS = _bare(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int)


def page_paths(raw: Any) -> tuple[list[tuple[float, float, float, float]], list[int]]:
    """Bounds (left, bottom, right, top) of the path objects of page ``raw`` and the addresses
    of its form objects (searched by the caller), through the prototypes above: a page of a
    Word-made note holds a text object per few words, each looked at."""
    page = _pointer(ctypes.cast(raw, ctypes.c_void_p).value or 0)
    out = (ctypes.c_float * 4)()
    slots = [ctypes.byref(out, 4 * slot) for slot in range(4)]
    paths: list[tuple[float, float, float, float]] = []
    forms: list[int] = []
    for index in range(_COUNT_OBJECTS(page)):
        item = _GET_OBJECT(page, index)
        if not item:
            continue
        handle = ctypes.c_void_p(item)
        kind = _OBJECT_TYPE(handle)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH and _OBJECT_BOUNDS(handle, *slots):
            paths.append((out[0], out[1], out[2], out[3]))
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            forms.append(item)
    return paths, forms


def _pointer(address: int) -> Any:
    """A ctypes argument passing ``address`` as a pointer, built once: the reference to a char
    at that address (nothing is read there)."""
    return ctypes.byref(ctypes.c_char.from_address(address))


def bare_calls(layer: TextLayer) -> tuple[Any, Any, Any, list[Any]]:
    """``FPDFText_CountRects`` and ``GetRect`` and the layer's out-parameters, for a caller's
    loop to make a word's two calls without a Python call between."""
    return _COUNT_RECTS, _GET_RECT, layer.out, layer.slots


class TextLayer:
    """Boxes (from the page top) and types of one pdfium text page's characters."""

    def __init__(self, raw: Any, height: float) -> None:
        self.raw, self.height = raw, height
        self.handle = _pointer(ctypes.cast(raw, ctypes.c_void_p).value or 0)
        self.out = (ctypes.c_double * 4)()
        self.slots = [ctypes.byref(self.out, 8 * slot) for slot in range(4)]
        self.types: dict[int, Type] = {}
        self.font = ctypes.create_string_buffer(_FONT_BYTES)
        self.flags = ctypes.c_int()
        self.matrix = pdfium_c.FS_MATRIX()
        self.font_args = (
            ctypes.byref(self.font),
            ctypes.c_ulong(_FONT_BYTES),
            ctypes.byref(self.flags),
        )
        self.matrix_at = ctypes.byref(self.matrix)

    def rects(self, start: int, count: int) -> int:
        """How many rectangles pdfium gives ``[start, start + count)``: one per stretch of one
        text object, leaving out generated characters and zero-area glyph boxes."""
        return int(_COUNT_RECTS(self.handle, start, count))

    def union(self, start: int, count: int) -> Box | None:
        """Union of pdfium's rectangles of ``[start, start + count)``, None when it gives none."""
        total = _COUNT_RECTS(self.handle, start, count)
        out, height, (left, top, right, bottom) = self.out, self.height, self.slots
        union: Box | None = None
        for index in range(total):
            _GET_RECT(self.handle, index, left, top, right, bottom)
            box = (out[0], height - out[1], out[2], height - out[3])
            if union is None:
                union = box
            else:
                union = (
                    min(union[0], box[0]),
                    min(union[1], box[1]),
                    max(union[2], box[2]),
                    max(union[3], box[3]),
                )
        return union

    def char_box(self, index: int) -> Box:
        """The glyph box of character ``index``."""
        out, (left, right, bottom, top) = self.out, self.slots
        _CHAR_BOX(self.handle, index, left, right, bottom, top)
        return (out[0], self.height - out[3], out[1], self.height - out[2])

    def text_object(self, index: int) -> int:
        """The address of the text object showing character ``index`` (0 if generated)."""
        return int(_TEXT_OBJECT(self.handle, index) or 0)

    def baseline(self, index: int) -> float:
        """The baseline (from the page top) of character ``index``'s glyph origin."""
        _CHAR_ORIGIN(self.handle, index, self.slots[0], self.slots[1])
        return self.height - self.out[1]

    def type_of(self, index: int, handle: int) -> Type:
        """Size, boldness and (for an upright object) baseline of the character's text object,
        read once per object: pdfium gives every character its object's font and size."""
        known = self.types.get(handle) if handle else None
        if known is not None:
            return known
        page = self.handle
        size = float(_FONT_SIZE(page, index))
        _FONT_INFO(page, index, *self.font_args)
        bold = b"Bold" in self.font.value or _FONT_WEIGHT(page, index) >= 600
        if not handle:
            return size, bold, None
        # the object's matrix in effect: b == 0 means every glyph origin has one y
        upright = _MATRIX(page, index, self.matrix_at)
        baseline = self.baseline(index) if upright and self.matrix.b == 0 else None
        known = (size, bold, baseline)
        self.types[handle] = known
        return known
