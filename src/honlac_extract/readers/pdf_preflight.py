"""What a PDF page's forms would make pdfium draw, counted before pdfium loads the page.

pdfium expands every use of a form XObject while it loads a page (``FPDF_LoadPage``), before
:mod:`.pdf_budget` can measure anything, so forms that draw forms multiply inside that one
call: a 2.6 KB PDF whose page draws a form 100 times that draws a form 100 times that draws a
line 100 times took 1.7 GB and 10 s in it (one level more would need some 17 GB). So a page
whose resources list form XObjects is measured first from the PDF's own objects with pypdf:
the content streams of the page and of every form it can reach are read for the operators that
show text (``Tj``, ``TJ``, ``'``, ``"``), draw a form or image (``Do`` with its name), paint a
path (``S``, ``f``, ``B``, ...), a shading (``sh``) or an inline image (``BI``), and each form's
counts are added every time it is drawn (each form read once, memoised; a form drawing itself,
directly or not, is refused). First a bound is counted in C, strings included; only a page
whose bound passes a limit is scanned token by token (strings and inline image data skipped,
as pdfium does). The page is refused, before pdfium sees it, when it would draw over
``HONLAC_MAX_PAGE_TEXT_OBJECTS`` text objects or over :data:`OBJECTS_PER_TEXT_OBJECT` times
that many objects of any kind.

Costs: a file that cannot hold a form is not parsed at all (:func:`may_have_forms`: no
``/Form`` anywhere in its bytes, as a name with any letter escaped or as a string; a form is a
stream, and no stream can sit in a compressed object stream, so its dictionary is in the file
as written; and no ``/Subtype`` given by reference in a file with object streams); a page
without form XObjects costs its resources' dictionary lookup. The scan is bounded: at most
:data:`MAX_FORMS` forms and :data:`MAX_CONTENT_BYTES` decoded content bytes per page (more is
refused), forms nested at most :data:`MAX_DEPTH` deep (deeper is refused).

pypdf is not pdfium: when pypdf cannot read the file, a page's objects or a stream (any error,
a broken PDF that pdfium repairs), or finds another number of pages than pdfium, the pre-flight
is skipped for the whole file and the checks after loading (:mod:`.pdf_budget`) are what is
left, so a good PDF never fails because of it.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .layout import Overflow
from .pdf_budget import max_page_text_objects_setting

OBJECTS_PER_TEXT_OBJECT = 5
"""A page may draw at most this many objects of any kind per allowed text object (100,000 by
default; real UN pages: at most 1,348), forms counted each time they are drawn: a form of paths
drawn a million times costs pdfium as much as one of text."""
MAX_FORMS = 10_000
"""The most distinct forms (each with the resources it is drawn with) scanned for one page."""
MAX_CONTENT_BYTES = 64 * 1024 * 1024
"""The most decoded content-stream bytes (the page's and its forms', each form once) scanned
for one page."""
MAX_DEPTH = 64
"""Forms nested deeper than this are refused (pdfium expands at most some 40 levels)."""

_GO_ON = rb"(?:\\(?:\r\n?|\n))*"  # a line continuation inside a literal string
_FORM_WRITTEN = [  # one pattern each: a literal first byte keeps the search fast
    re.compile(rb"/(?:F|#46)(?:o|#6[Ff])(?:r|#72)(?:m|#6[Dd])"),  # the name, letters escaped
    re.compile(  # a literal string, letters escaped or not
        rb"\("
        + _GO_ON
        + rb"(?:F|\\106|\\F)"
        + _GO_ON
        + rb"(?:o|\\157|\\o)"
        + _GO_ON
        + rb"(?:r|\\162)"
        + _GO_ON
        + rb"(?:m|\\155|\\m)"
    ),
    re.compile(rb"<\s*4\s*6\s*6\s*[Ff]\s*7\s*2\s*6\s*[Dd]"),  # a hex string
]
"""How a form's ``/Subtype`` can be written in a stream's dictionary, which is always in the
file as written (pdfium takes a string for the name too)."""
_OBJECT_STREAM = [
    re.compile(rb"O(?:b|#62)(?:j|#6[Aa])(?:S|#53)(?:t|#74)(?:m|#6[Dd])"),
    re.compile(rb"#4[Ff](?:b|#62)(?:j|#6[Aa])(?:S|#53)(?:t|#74)(?:m|#6[Dd])"),
]
_SUBTYPE_REFERENCE = re.compile(
    rb"/(?:S|#53)(?:u|#75)(?:b|#62)(?:t|#74)(?:y|#79)(?:p|#70)(?:e|#65)\s*+\d+\s+\d+\s+R"
)
"""A ``/Subtype`` given as a reference can name an object inside a compressed object stream
(``/ObjStm``), where no pattern can see it: such a file is parsed too."""


def may_have_forms(data: bytes) -> bool:
    """Whether the file can hold a form XObject at all, read from its bytes (a superset)."""
    if any(pattern.search(data) for pattern in _FORM_WRITTEN):
        return True
    hidden = any(pattern.search(data) for pattern in _OBJECT_STREAM)
    return hidden and _SUBTYPE_REFERENCE.search(data) is not None


_REGULAR = rb"[^\s/\[\]()<>{}%]"
_NOT_AFTER_1 = rb"(?<!" + _REGULAR + rb".)"
_NOT_AFTER_2 = rb"(?<!" + _REGULAR + rb"..)"
_TOKEN = re.compile(
    rb"%[^\r\n]*+"
    rb"|<<|>>|<[0-9A-Fa-f\s]*+>?"
    rb"|\((?:[^()\\]++|\\.)*+\)"  # a string without brackets inside
    rb"|(?P<string>\()"
    rb"|(?P<do>/" + _REGULAR + rb"*+)\s*+Do(?!" + _REGULAR + rb")"
    rb"|/" + _REGULAR + rb"*+"
    rb"|(?:(?P<text>T[jJ]" + _NOT_AFTER_2 + rb"|['\"]" + _NOT_AFTER_1 + rb")"
    rb"|(?P<paint>(?:[SsfFBb]\*|sh|BI)" + _NOT_AFTER_2 + rb"|[SsfFBb]" + _NOT_AFTER_1 + rb")"
    rb"|(?P<image>ID" + _NOT_AFTER_2 + rb"))"
    rb"(?!" + _REGULAR + rb")",
    re.S,
)
"""The tokens the scan needs, found by searching (numbers and other operators are skipped in
C): every match starts where the PDF's own tokenising would put a token, and strings and inline
image data are skipped whole, so the work is linear in the stream's length."""
_DO = re.compile(rb"/(" + _REGULAR + rb"*+)\s*+Do(?!" + _REGULAR + rb")")
_PAINT = re.compile(
    rb"(?:[SsfFBb]\*|sh|BI)" + _NOT_AFTER_2 + rb"(?!" + _REGULAR + rb")"
    rb"|[SsfFBb]" + _NOT_AFTER_1 + rb"(?!" + _REGULAR + rb")"
)
"""The bound's patterns: ``/name Do`` and painting operators wherever they stand (in strings
too), each match where the exact scan's could be or more."""
_PAREN = re.compile(rb"\\.|[()]", re.S)
_IMAGE_END = re.compile(rb"\sEI(?!" + _REGULAR + rb")")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf's warnings and log lines about a damaged file are not the reader's to print."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


class Preflight:
    """The pre-flight of one PDF's pages; :meth:`check` before pdfium loads page ``index``."""

    def __init__(self, data: bytes, pages: int) -> None:
        self._pages: Any = None
        if not may_have_forms(data):
            return
        try:
            with _quiet():
                import pypdf

                reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
                found = reader.pages
                if len(found) == pages:
                    self._pages = found
                    self._reader = reader
        except Exception:  # noqa: BLE001 - any failure of pypdf: pdfium's checks only
            self._pages = None

    @property
    def active(self) -> bool:
        """Whether pages are checked (the file has forms and pypdf reads it)."""
        return self._pages is not None

    def check(self, index: int) -> None:
        """Raise :class:`Overflow` if page ``index`` would draw over the limits; nothing
        when it has no forms or pypdf fails on it (then no later page is checked either)."""
        if self._pages is None:
            return
        try:
            with _quiet():
                counts = _PageCount(self._pages[index]).total()
        except Overflow:
            raise
        except Exception:  # noqa: BLE001 - any failure of pypdf: pdfium's checks only
            self._pages = None
            return
        if counts is not None:
            _judge(counts, index + 1)


def _judge(counts: tuple[int, int] | str, number: int) -> None:
    limit = max_page_text_objects_setting()
    if isinstance(counts, str):
        raise Overflow(
            f"page {number} draws forms that {counts}, refused before loading it "
            "(HONLAC_MAX_PAGE_TEXT_OBJECTS)"
        )
    texts, objects = counts
    if texts > limit:
        raise Overflow(
            f"page {number} draws over {limit} text objects (forms counted each time they are "
            "drawn), over the limit (HONLAC_MAX_PAGE_TEXT_OBJECTS)"
        )
    if objects > limit * OBJECTS_PER_TEXT_OBJECT:
        raise Overflow(
            f"page {number} draws over {limit * OBJECTS_PER_TEXT_OBJECT} objects (forms "
            f"counted each time they are drawn), over the limit ({OBJECTS_PER_TEXT_OBJECT} per "
            "HONLAC_MAX_PAGE_TEXT_OBJECTS)"
        )


class _Refuse(Exception):
    """The page's forms cannot be measured within the caps: it is refused."""


def _string_end(data: bytes, position: int) -> int:
    """Where the literal string opened just before ``position`` ends: after its balancing
    ``)`` (escaped brackets do not count), or at the end of the data when it has none."""
    depth = 1
    for match in _PAREN.finditer(data, position):
        token = match.group()
        if token == b"(":
            depth += 1
        elif token == b")":
            depth -= 1
            if depth == 0:
                return match.end()
    return len(data)


def _resolve(value: Any) -> Any:
    return value.get_object() if value is not None else None


def _is_form(value: Any) -> bool:
    item = _resolve(value)
    if not hasattr(item, "get_data"):
        return False
    return str(_resolve(item.get("/Subtype"))) in ("/Form", "Form")


def _forms(resources: Any) -> dict[bytes, Any]:
    """The form XObjects of a resources dictionary, by name (as written, escapes decoded)."""
    resources = _resolve(resources)
    if not hasattr(resources, "get"):
        return {}
    xobjects = _resolve(resources.get("/XObject"))
    if not hasattr(xobjects, "items"):
        return {}
    return {
        str(name)[1:].encode("utf-8", "surrogateescape"): value
        for name, value in xobjects.items()
        if _is_form(value)
    }


class _PageCount:
    """Text objects and objects a page draws, forms counted each time they are drawn.

    Two passes over the same forms: first a bound counted in C (every ``Tj``, ``TJ``, ``'``,
    ``"``, painting operator and ``/name Do`` of a stream, strings and inline images not
    skipped, so at least as many as pdfium can draw); only when that bound passes a limit,
    the exact scan (:meth:`_scan`), which skips strings and inline image data as pdfium does.
    Real pages pass on the bound."""

    def __init__(self, page: Any) -> None:
        self._page = page
        self._limit = max_page_text_objects_setting() + 1  # counts stop growing past the limits
        self._most = self._limit * OBJECTS_PER_TEXT_OBJECT
        self._done: dict[tuple[int, int], tuple[int, int]] = {}
        self._open: set[tuple[int, int]] = set()
        self._streams: dict[int, bytes] = {}
        self._bytes = 0
        self._keep: list[Any] = []  # keeps every resources object alive while ids are keys
        self._exact = False

    def total(self) -> tuple[int, int] | str | None:
        """None when the page has no forms (nothing else is read), else its counts or why it
        is refused."""
        resources = _resolve(self._page.get("/Resources"))
        forms = _forms(resources)
        if not forms:
            return None
        contents = _resolve(self._page.get("/Contents"))
        parts = contents if isinstance(contents, list) else [contents]
        try:
            data = b"\n".join(self._data(part) for part in parts if part is not None)
            try:
                bound = self._scan(data, forms, resources, 0)
                if bound[0] < self._limit and bound[1] < self._most:
                    return bound
            except _Refuse:
                pass
            self._exact = True
            self._done.clear()
            self._open.clear()
            return self._scan(data, forms, resources, 0)
        except _Refuse as refusal:
            return str(refusal)

    def _data(self, stream: Any) -> bytes:
        stream = _resolve(stream)
        if not hasattr(stream, "get_data"):
            return b""
        if id(stream) in self._streams:
            return self._streams[id(stream)]
        try:
            data: bytes = stream.get_data()
        except Exception as error:
            if type(error).__name__ == "LimitReachedError":  # pypdf's own cap: 75 MB decoded
                raise _Refuse(f"hold over {MAX_CONTENT_BYTES} bytes of content") from error
            raise
        self._bytes += len(data)
        if self._bytes > MAX_CONTENT_BYTES:
            raise _Refuse(f"hold over {MAX_CONTENT_BYTES} bytes of content")
        self._streams[id(stream)] = data
        self._keep.append(stream)
        return data

    def _scan(
        self, data: bytes, forms: dict[bytes, Any], resources: Any, depth: int
    ) -> tuple[int, int]:
        if not self._exact:
            texts = data.count(b"Tj") + data.count(b"TJ") + data.count(b"'") + data.count(b'"')
            names = _DO.findall(data)
            objects = texts + len(names) + len(_PAINT.findall(data))
            for written in names:
                name = _unescaped(written)
                if name in forms:
                    inner = self._form(forms[name], resources, depth + 1)
                    texts += inner[0]
                    objects += inner[1]
                if texts >= self._limit or objects >= self._most:
                    break
            return min(texts, self._limit), min(objects, self._most)
        texts = objects = 0
        position, end = 0, len(data)
        while position < end:
            match = _TOKEN.search(data, position)
            if match is None:
                break
            position = match.end()
            kind = match.lastgroup
            if kind == "string":
                position = _string_end(data, position)
            elif kind == "image":
                closing = _IMAGE_END.search(data, position)
                position = closing.end() if closing else end
            elif kind == "text":
                texts += 1
                objects += 1
            elif kind == "paint":
                objects += 1
            elif kind == "do":
                objects += 1
                name = _unescaped(match.group("do")[1:])
                if name in forms:
                    inner = self._form(forms[name], resources, depth + 1)
                    texts += inner[0]
                    objects += inner[1]
            if texts >= self._limit or objects >= self._most:
                break
        return min(texts, self._limit), min(objects, self._most)

    def _form(self, reference: Any, parent: Any, depth: int) -> tuple[int, int]:
        form = _resolve(reference)
        own = _resolve(form.get("/Resources"))
        resources = own if hasattr(own, "get") else parent
        self._keep.append(resources)
        number = getattr(reference, "idnum", None)
        key = (id(form) if number is None else number, id(resources))
        if key in self._done:
            return self._done[key]
        if key in self._open:
            raise _Refuse("draw themselves")
        if depth > MAX_DEPTH:
            raise _Refuse(f"nest over {MAX_DEPTH} deep")
        if len(self._done) + len(self._open) >= MAX_FORMS:
            raise _Refuse(f"number over {MAX_FORMS}")
        self._open.add(key)
        counts = self._scan(self._data(form), _forms(resources), resources, depth)
        self._open.discard(key)
        self._done[key] = counts
        return counts


def _unescaped(name: bytes) -> bytes:
    """A PDF name with its "#xx" escapes decoded ("/F#6frm" is "/Form")."""
    return _ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name)
