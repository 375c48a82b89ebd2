"""Bad input: every file that is not a readable text note gets a clear error naming it."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from honlac_extract import InputError, extract_file
from honlac_extract.reading import decode, read_source

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "notes" / "honlac-27-note.txt"
SAMPLE = "6 July 2017\n\n1. UNODC trained 403 officials in Perú, “São Paulo” – 2017.\n"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\t\r\n  ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (bytes(range(1, 32)) * 40, "binary file"),
        (codecs.BOM_UTF8 + b"\xff\xfe broken", "not valid utf-8-sig"),
    ],
)
def test_unreadable_content_is_refused_with_the_file_name(
    tmp_path: Path, data: bytes, problem: str
) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as raised:
        extract_file(path)
    assert str(path) in str(raised.value)
    assert problem in str(raised.value)


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("utf-8"), "utf-8"),
        (SAMPLE.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(encoded: bytes, encoding: str) -> None:
    text, used = decode(encoded, "x.txt")
    assert text == SAMPLE
    assert used == encoding


def test_latin1_bytes_decode_as_windows_1252_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("1. Reunión en Bogotá, 2017.\n".encode("latin-1"))
    note = extract_file(path)
    assert "Reunión en Bogotá" in note.text
    assert "decoded as cp1252" in note.warnings


def test_crlf_and_cr_line_endings_become_newlines(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"6 July 2017\r\n\r\n1. First.\r2. Second.\r\n")
    assert read_source(path).text == "6 July 2017\n\n1. First.\n2. Second.\n"


def test_text_of_a_txt_note_is_the_file_unchanged() -> None:
    note = extract_file(SEED)
    assert note.text == SEED.read_text(encoding="utf-8")


def test_missing_file_and_directory_are_named(tmp_path: Path) -> None:
    for path, problem in ((tmp_path / "absent.txt", "no such file"), (tmp_path, "directory")):
        with pytest.raises(InputError, match=problem) as raised:
            extract_file(path)
        assert str(path) in str(raised.value)


def test_files_over_the_size_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_text("1. " + "word " * 400, encoding="utf-8")
    monkeypatch.setenv("HONLAC_MAX_BYTES", "1000")
    with pytest.raises(InputError, match="over the 1000-byte limit"):
        extract_file(path)
    assert read_source(path, max_bytes=10_000).text.startswith("1. word")


def test_sha256_is_of_the_file_bytes(tmp_path: Path) -> None:
    import hashlib

    data = codecs.BOM_UTF8 + SAMPLE.encode("utf-8")
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    assert extract_file(path).source.sha256 == hashlib.sha256(data).hexdigest()
