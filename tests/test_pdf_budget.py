"""A PDF page that expands inside pdfium (one form drawn thousands of times) is refused before
its text page is built, quickly and in bounded memory; real pages are read as before.

Before the page limits, the 2 KB PDF below (a form of 20 lines of text drawn 2,000 times) was
read to 4.6 million characters in 4.9 s with a peak of 842 MB; one form with a 32,767-character
string drawn 200 times reached 1.6 GB before the character limit refused it.

These are the checks after pdfium loads a page; the pre-flight before it
(readers/pdf_preflight.py, tests/test_pdf_preflight.py) would refuse most of these files
first, so it is turned off here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from honlac_extract.errors import InputError
from honlac_extract.readers import read_document
from honlac_extract.readers.pdf_budget import (
    DEFAULT_MAX_PAGE_TEXT_OBJECTS,
    count_text_objects,
    max_page_bytes_setting,
    max_page_text_objects_setting,
)
from honlac_extract.readers.pdf_preflight import Preflight
from pdf_peak import PEAK_SCRIPT

canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")


@pytest.fixture(autouse=True)
def _no_preflight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Preflight, "check", lambda self, index: None)


def _form_drawn(path: Path, uses: int, lines: int = 20) -> Path:
    """A one-page PDF drawing a form of ``lines`` lines of text ``uses`` times."""
    canvas = canvas_module.Canvas(str(path), pageCompression=1)
    canvas.beginForm("form")
    text = canvas.beginText(72, 700)
    for _ in range(lines):
        text.textLine("Seizures of cocaine were reported by the national police " * 2)
    canvas.drawText(text)
    canvas.endForm()
    for _ in range(uses):
        canvas.doForm("form")
    canvas.save()
    return path


def _long_string_drawn(path: Path, uses: int) -> Path:
    """A one-page PDF drawing ``uses`` times a form holding one text object of a 32,767-byte
    string (pdfium's longest): few text objects, many characters."""
    canvas = canvas_module.Canvas(str(path), pageCompression=1)
    canvas.beginForm("form")
    text = canvas.beginText(72, 700)
    text.textOut("police " * 7000)
    canvas.drawText(text)
    canvas.endForm()
    for _ in range(uses):
        canvas.doForm("form")
    canvas.save()
    return path


def _refused(path: Path, *parts: str) -> str:
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: page 1 "), message
    for part in parts:
        assert part in message, message
    return message


def test_the_defaults_and_their_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HONLAC_MAX_PAGE_BYTES", raising=False)
    monkeypatch.delenv("HONLAC_MAX_PAGE_TEXT_OBJECTS", raising=False)
    assert max_page_bytes_setting() == 16 * 1024 * 1024
    assert max_page_text_objects_setting() == DEFAULT_MAX_PAGE_TEXT_OBJECTS == 20_000
    monkeypatch.setenv("HONLAC_MAX_PAGE_BYTES", "1000")
    monkeypatch.setenv("HONLAC_MAX_PAGE_TEXT_OBJECTS", "no")
    assert max_page_bytes_setting() == 1000
    assert max_page_text_objects_setting() == 20_000


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallinfo2 (Linux)")
def test_a_text_form_drawn_2000_times_is_refused_by_what_its_page_loads_to(
    tmp_path: Path,
) -> None:
    path = _form_drawn(tmp_path / "forms.pdf", 2000)
    assert path.stat().st_size < 4000
    started = time.monotonic()
    _refused(path, "bytes inside pdfium when loaded", "16777216-byte limit (HONLAC_MAX_PAGE_BYTES)")
    assert time.monotonic() - started < 5  # 0.3 s here; 4.9 s to read it all before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallinfo2 (Linux)")
def test_few_text_objects_with_long_strings_are_refused_too(tmp_path: Path) -> None:
    """200 text objects (far under the object limit) of 32,767 characters each."""
    _refused(_long_string_drawn(tmp_path / "long.pdf", 200), "(HONLAC_MAX_PAGE_BYTES)")


def test_without_the_byte_measure_the_text_objects_are_counted_with_their_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HONLAC_MAX_PAGE_BYTES", str(1 << 40))  # as where there is no mallinfo2
    _refused(
        _form_drawn(tmp_path / "forms.pdf", 2000),
        "draws over 20000 text objects (forms counted each time they are drawn)",
        "(HONLAC_MAX_PAGE_TEXT_OBJECTS)",
    )


def test_the_walk_counts_every_use_and_stops_at_its_cap(tmp_path: Path) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(_form_drawn(tmp_path / "forms.pdf", 50, lines=3))
    page = document[0]
    try:
        assert count_text_objects(page.raw, 10_000, 10_000) == (150, 200)  # 50 forms, 150 lines
        assert count_text_objects(page.raw, 10, 10_000) == (11, 15)  # stopped past 10 texts
        assert count_text_objects(page.raw, 10_000, 20) == (15, 21)  # stopped past 20 visits
    finally:
        page.close()
        document.close()


def test_a_form_drawn_a_few_times_is_read_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _form_drawn(tmp_path / "forms.pdf", 3, lines=2)
    text = read_document(path).text
    assert text.count("Seizures of cocaine") == 12  # 3 uses of 2 lines of 2 sentences
    monkeypatch.setenv("HONLAC_MAX_PAGE_TEXT_OBJECTS", "5")  # the limit is the one in force
    _refused(path, "draws over 5 text objects")


def test_real_note_pdfs_are_read_the_same_whatever_the_page_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fixture notes laid out as PDFs: same text and layout with the default limits as with
    limits no page reaches (the 35 PDFs of the UN corpus were checked the same way)."""
    notedocs = pytest.importorskip("notedocs")
    built = notedocs.build_all(tmp_path)
    pdfs = [path for (_, kind), path in built.items() if kind == "pdf"]
    assert pdfs
    default = [read_document(path) for path in pdfs]
    monkeypatch.setenv("HONLAC_MAX_PAGE_BYTES", str(1 << 40))
    monkeypatch.setenv("HONLAC_MAX_PAGE_TEXT_OBJECTS", str(1 << 40))
    unlimited = [read_document(path) for path in pdfs]
    assert [(d.text, d.layout) for d in default] == [(d.text, d.layout) for d in unlimited]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM in /proc (Linux)")
def test_the_refusal_keeps_the_process_small(tmp_path: Path) -> None:
    """Peak resident set of a fresh process reading the bomb: about 100 MB (interpreter and
    pypdfium2 included) against 842 MB before the page limits. ``VmHWM``, not ``ru_maxrss``,
    which Linux carries across ``exec`` from the forked test process."""
    path = _form_drawn(tmp_path / "forms.pdf", 2000)
    environment = {**os.environ, "HONLAC_MAX_PAGE_TEXT_OBJECTS": str(10**9)}  # no pre-flight
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    figures = json.loads(done.stdout)
    assert "(HONLAC_MAX_PAGE_BYTES)" in figures["outcome"], figures
    assert figures["peak_mb"] < 250, figures
