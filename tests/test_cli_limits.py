"""What a document may expand to is bounded: text characters, Word parts and paragraphs, stdin."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from batch_support import SMALL
from honlac_extract import extract_file
from honlac_extract.errors import InputError
from honlac_extract.readers import MAX_PARAGRAPHS


def _empty_paragraphs_docx(path: Path, count: int) -> None:
    """A real .docx (python-docx's template) whose body holds ``count`` empty paragraphs."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(
                    b"<w:body>", b"<w:body>" + b"<w:p>" + b"</w:p><w:p>" * (count - 1) + b"</w:p>"
                )
            target.writestr(info, data)


def test_a_small_docx_of_many_paragraphs_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "many.docx"
    _empty_paragraphs_docx(path, MAX_PARAGRAPHS + 1000)
    assert path.stat().st_size < 200_000
    started = time.monotonic()
    with pytest.raises(InputError, match="paragraphs, over the 200000-paragraph limit") as refused:
        extract_file(path)
    assert refused.value.path == str(path)
    assert time.monotonic() - started < 10


def test_a_docx_under_the_paragraph_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "few.docx"
    _empty_paragraphs_docx(path, 50)
    with pytest.raises(InputError, match="Word file has no text"):  # read, found empty
        extract_file(path)


def test_text_over_the_character_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HONLAC_MAX_CHARS", "1000")
    with pytest.raises(InputError, match=r"expands to \d+ characters of text, over the 1000"):
        extract_file(SMALL)
    monkeypatch.setenv("HONLAC_MAX_CHARS", str(len(SMALL.read_text(encoding="utf-8")) + 10))
    assert extract_file(SMALL).text


def test_stdin_over_the_size_limit_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "honlac_extract.cli", "convert", "-"],
        input=b"1. Text.\n" * 2000,
        capture_output=True,
        env={**os.environ, "HONLAC_MAX_BYTES": "10000"},
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stdout == b""
    assert done.stderr.decode() == (
        "honlac-extract convert: -: input of over 10000 bytes is over the limit "
        "(HONLAC_MAX_BYTES)\n"
    )
