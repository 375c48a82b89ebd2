"""A page whose forms draw forms is refused before pdfium loads it (readers/pdf_preflight.py):
pdfium expands every use of a form inside ``FPDF_LoadPage``, before anything can measure the
page. Before the pre-flight, the 2.6 KB PDF below (a form drawn 100 times that draws a form 100
times that draws a line of text 100 times) took 13 s and a peak of 2.2 GB inside that call; the
same with a line drawn instead of text 5 s and 1.4 GB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from honlac_extract.errors import InputError
from honlac_extract.readers import pdf as pdf_reader
from honlac_extract.readers import read_document
from honlac_extract.readers.pdf_preflight import Preflight, may_have_forms
from pdf_peak import PEAK_SCRIPT

canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
pytest.importorskip("pypdf")


def _nested(path: Path, fanout: int = 100, levels: int = 2, text: bool = True) -> Path:
    """A one-page PDF drawing ``fanout`` times a form that draws the form below it ``fanout``
    times, ``levels`` levels down to a form of one line of text (or of one drawn line)."""
    canvas = canvas_module.Canvas(str(path), pageCompression=1)
    canvas.beginForm("f0")
    if text:
        line = canvas.beginText(72, 700)
        line.textLine("Seizures of cocaine were reported by the national police")
        canvas.drawText(line)
    else:
        canvas.line(10, 10, 100, 100)
    canvas.endForm()
    for level in range(1, levels + 1):
        canvas.beginForm(f"f{level}")
        for _ in range(fanout):
            canvas.doForm(f"f{level - 1}")
        canvas.endForm()
    for _ in range(fanout):
        canvas.doForm(f"f{levels}")
    canvas.save()
    return path


def _raw_pdf(path: Path, page: bytes, forms: dict[int, tuple[bytes, bytes]]) -> Path:
    """A hand-written one-page PDF: ``page`` is its content stream; ``forms`` maps object
    numbers (from 5) to (extra dictionary entries, content) of form XObjects. Object 4 is the
    page's resources (Helvetica as /F1, and /X<n> for each form)."""
    names = b" ".join(b"/X%d %d 0 R" % (number, number) for number in forms)
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R "
        b"/Contents 99 0 R >>",
        4: b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> "
        b"/XObject << " + names + b" >> >>",
        99: b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream",
    }
    for number, (entries, content) in forms.items():
        objects[number] = (
            b"<< /Type /XObject "
            + entries
            + b" /BBox [0 0 612 792] /Length %d >>\nstream\n" % len(content)
            + content
            + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    top = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % top
    for number in range(1, top):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (top, xref)
    path.write_bytes(bytes(out))
    return path


def _not_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any page that reaches pdfium's load fails the test."""

    def loaded(document: object, index: int) -> None:
        raise AssertionError(f"page {index + 1} reached pdfium")

    monkeypatch.setattr(pdf_reader, "load_page", loaded)


def _refused(path: Path, *parts: str) -> str:
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: page 1 "), message
    for part in parts:
        assert part in message, message
    return message


def test_forms_drawing_forms_are_refused_before_pdfium_loads_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _nested(tmp_path / "bomb.pdf")
    assert path.stat().st_size < 4000
    _not_loaded(monkeypatch)
    started = time.monotonic()
    _refused(
        path,
        "draws over 20000 text objects (forms counted each time they are drawn)",
        "(HONLAC_MAX_PAGE_TEXT_OBJECTS)",
    )
    assert time.monotonic() - started < 5  # 0.1 s here; 13 s inside FPDF_LoadPage before


def test_forms_of_paths_drawing_forms_are_refused_by_their_objects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _not_loaded(monkeypatch)
    _refused(
        _nested(tmp_path / "paths.pdf", text=False),
        "draws over 100000 objects (forms counted each time they are drawn)",
        "(5 per HONLAC_MAX_PAGE_TEXT_OBJECTS)",
    )


def test_a_form_drawing_itself_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _raw_pdf(
        tmp_path / "cycle.pdf",
        b"/X5 Do BT /F1 12 Tf 72 700 Td (Hello) Tj ET",
        {5: (b"/Subtype /Form /Resources << /XObject << /Me 5 0 R >> >>", b"/Me Do")},
    )
    _not_loaded(monkeypatch)
    _refused(path, "draws forms that draw themselves, refused before loading it")


def test_escaped_names_are_read_as_pdfium_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``/F#6frm`` is ``/Form`` and ``/X#35`` is ``/X5``: no spelling hides a form."""
    text = b"BT /F1 1 Tf 0 0 Td (a) Tj (b) Tj ET"
    inner = b"/Subtype /F#6frm /Resources 4 0 R"
    path = _raw_pdf(
        tmp_path / "escaped.pdf",
        b"/X#36 Do " * 150,
        {5: (inner, text), 6: (b"/Subtype /Form /Resources 4 0 R", b"/X#35 Do\n" * 100)},
    )
    assert b"/Form" not in path.read_bytes().replace(b"/Subtype /Form /Res", b"")
    _not_loaded(monkeypatch)
    _refused(path, "draws over 20000 text objects")  # 150 x 100 x 2 = 30,000


def test_a_few_nested_forms_are_read_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _nested(tmp_path / "small.pdf", fanout=3)
    assert read_document(path).text.count("Seizures of cocaine") == 27  # 3 x 3 x 3 uses
    monkeypatch.setenv("HONLAC_MAX_PAGE_TEXT_OBJECTS", "26")  # the limit is the one in force
    _not_loaded(monkeypatch)
    _refused(path, "draws over 26 text objects")


def test_what_pypdf_cannot_read_is_left_to_pdfium(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any failure of pypdf (opening the file, or reading a page) skips the pre-flight for the
    file: the PDF is read as it would be without it."""
    import pypdf

    from honlac_extract.readers import pdf_preflight

    path = _nested(tmp_path / "small.pdf", fanout=3)
    expected = read_document(path)

    def broken(*arguments: object, **keywords: object) -> None:
        raise pypdf.errors.PdfReadError("damaged")

    with monkeypatch.context() as patch:
        patch.setattr(pypdf, "PdfReader", broken)
        assert not Preflight(path.read_bytes(), 1).active
        got = read_document(path)
        assert (got.text, got.layout) == (expected.text, expected.layout)
    with monkeypatch.context() as patch:
        patch.setattr(pdf_preflight._PageCount, "total", broken)
        got = read_document(path)
        assert (got.text, got.layout) == (expected.text, expected.layout)
    assert not Preflight(path.read_bytes(), 2).active  # pypdf and pdfium disagree on pages


def test_files_without_forms_are_not_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf

    canvas = canvas_module.Canvas(str(tmp_path / "plain.pdf"))
    canvas.drawString(72, 700, "Seizures of cocaine were reported by the national police")
    canvas.save()

    def parsed(*arguments: object, **keywords: object) -> None:
        raise AssertionError("parsed with pypdf")

    monkeypatch.setattr(pypdf, "PdfReader", parsed)
    assert "Seizures of cocaine" in read_document(tmp_path / "plain.pdf").text


@pytest.mark.parametrize(
    ("written", "form"),
    [
        (b"/Subtype /Form", True),
        (b"/Subtype /F#6frm", True),  # a name with an escaped letter
        (b"/Subtype (Form)", True),  # pdfium reads a string as the name
        (b"/Subtype (\\106o\\\nrm)", True),  # octal escape, line continuation
        (b"/Subtype <46 6f 72 6D>", True),
        (b"/Subtype 12 0 R /Type /ObjStm", True),  # the value may be in an object stream
        (b"/Subtype 12 0 R", False),  # ... only where there are object streams
        (b"/Subtype /Image /Type /ObjStm", False),
        (b"/Subtype /Image", False),
    ],
)
def test_what_can_hold_a_form_is_parsed(written: bytes, form: bool) -> None:
    assert may_have_forms(b"%PDF-1.7 1 0 obj << " + written + b" >> endobj") is form


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM in /proc (Linux)")
def test_the_refusal_keeps_the_process_small(tmp_path: Path) -> None:
    """Peak resident set of a fresh process reading the forms-in-forms bomb: about 50 MB
    (interpreter, pypdfium2 and pypdf included) against 2.2 GB before the pre-flight."""
    path = _nested(tmp_path / "bomb.pdf")
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(path)], capture_output=True, text=True, check=True
    )
    figures = json.loads(done.stdout)
    assert "(HONLAC_MAX_PAGE_TEXT_OBJECTS)" in figures["outcome"], figures
    assert figures["peak_mb"] < 250, figures
    assert figures["seconds"] < 5, figures
