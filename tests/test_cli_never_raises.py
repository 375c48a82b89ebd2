""" "Never raises": lone surrogates and invalid bytes on every entry point.

``extract`` takes any ``str`` (lone surrogates too) and returns a Note; ``extract_file`` returns
a Note or raises :class:`InputError`; ``convert -`` and ``convert DIR`` return an exit code
with one line per problem, never a traceback.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from honlac_extract import extract, extract_file
from honlac_extract.cli import main
from honlac_extract.errors import InputError

_PIECES = st.sampled_from(["1. ", "2.2. ", "UNODC ", "Colombia ", "(", ")", "\n\n", "*", "2017 "])
_SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
TEXTS = st.lists(st.one_of(_PIECES, _SURROGATES, st.text(max_size=5)), max_size=30).map("".join)
BYTES = st.lists(
    st.one_of(
        _PIECES.map(str.encode),
        st.binary(max_size=6),
        st.sampled_from([b"\xff", b"\xed\xa0\x80", b"\xc3"]),
    ),
    max_size=30,
).map(b"".join)
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def test_the_reported_surrogate_case() -> None:
    note = extract("1. Text \ud800")
    assert note.text == "1. Text \ufffd"  # one character for one: offsets are unchanged
    assert note.paragraphs[0].text.endswith("\ufffd")


@SETTINGS
@given(TEXTS)
def test_extract_takes_any_string(text: str) -> None:
    note = extract(text)
    assert len(note.text) == len(text.replace("\r\n", "\n"))
    for entity in note.entities:
        assert note.text[entity.start : entity.end] == entity.text
    note.model_dump_json()  # the Note serialises (no surrogate left to fail UTF-8)


@SETTINGS
@given(BYTES)
def test_extract_file_gives_a_note_or_an_input_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(data)
    try:
        note = extract_file(path)
    except InputError as error:
        assert error.path == str(path)
    else:
        note.model_dump_json()


@SETTINGS
@given(BYTES)
def test_convert_stdin_gives_an_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(["convert", "-"])
    captured = capsys.readouterr()
    assert code in (0, 1)
    if code == 1:
        assert captured.out == ""
        assert captured.err.startswith("honlac-extract convert: -: ")
    else:
        assert captured.out.startswith("{")


@SETTINGS
@given(st.lists(BYTES, min_size=1, max_size=3))
def test_convert_folder_gives_an_exit_code(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], files: list[bytes]
) -> None:
    notes = tmp_path_factory.mktemp("notes")
    for number, data in enumerate(files):
        (notes / f"n{number}.txt").write_bytes(data)
    out = tmp_path_factory.mktemp("out")
    code = main(["convert", str(notes), "-o", str(out), "-j", "1", "-q", "--force"])
    assert code in (0, 1)
    capsys.readouterr()
    written = {p.stem for p in out.glob("*.json")}
    failed = (out / "errors.jsonl").read_text(encoding="utf-8").count("\n")
    assert len(written) + failed == len(files)
