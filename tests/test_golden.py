"""Golden tests (Docling style): the full Note JSON of every fixture note, byte for byte.

``fixtures/expected/<stem>.json`` holds what ``note_to_json(extract_file(path))`` must give for
``fixtures/notes/<stem>.*``. Regenerating is deliberate and reviewed as a diff:

    HONLAC_REGENERATE=1 .venv/bin/pytest tests/test_golden.py

rewrites the files, and ``test_regeneration_is_not_left_on`` fails whenever the variable is
set, so a run that regenerates can never pass (nor be left on in CI). Notes are read through a
path relative to the repository root, so the output does not depend on where the clone lives.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from honlac_extract import extract_file
from honlac_extract.outputs.json_files import note_to_json, write_atomic

ROOT = Path(__file__).resolve().parents[1]
NOTES = Path("fixtures") / "notes"
EXPECTED = ROOT / "fixtures" / "expected"
SUFFIXES = (".txt", ".pdf", ".docx")
FLAG = "HONLAC_REGENERATE"
REGENERATE = bool(os.environ.get(FLAG))
NAMES = sorted(p.name for p in (ROOT / NOTES).iterdir() if p.suffix.lower() in SUFFIXES)


def expected_path(name: str) -> Path:
    return EXPECTED / f"{Path(name).stem}.json"


@pytest.mark.parametrize("name", NAMES)
def test_output_matches_expected_json(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    produced = note_to_json(extract_file((NOTES / name).as_posix()))
    path = expected_path(name)
    if REGENERATE:
        write_atomic(path, produced)
        return
    assert path.exists(), f"no {path.name}: run {FLAG}=1 .venv/bin/pytest tests/test_golden.py"
    assert produced == path.read_bytes().decode("utf-8"), (
        f"{name} differs from {path.relative_to(ROOT)}; if the change is intended, "
        f"regenerate with {FLAG}=1 and review the diff"
    )


def test_every_expected_file_belongs_to_a_note() -> None:
    stems = {Path(name).stem for name in NAMES}
    assert NAMES
    assert sorted(p.stem for p in EXPECTED.glob("*.json") if p.stem not in stems) == []


def test_expected_files_do_not_depend_on_the_clone_location() -> None:
    for path in sorted(EXPECTED.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        assert str(ROOT) not in text, path.name


def test_regeneration_is_not_left_on() -> None:
    assert FLAG not in os.environ, f"{FLAG} is set: golden files were rewritten, not checked"
