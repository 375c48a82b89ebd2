"""Golden tests (Docling style): the full Note JSON of every fixture note, byte for byte.

``fixtures/expected/<stem>.json`` holds what ``note_to_json(extract_file(path))`` must give for
``fixtures/notes/<stem>.*``, and ``fixtures/lang-dev/expected/`` the same for the Spanish and
French development notes in ``fixtures/lang-dev/notes/``. Regenerating is deliberate and
reviewed as a diff:

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
SETS = (Path("fixtures"), Path("fixtures") / "lang-dev")
SUFFIXES = (".txt", ".pdf", ".docx")
FLAG = "HONLAC_REGENERATE"
REGENERATE = bool(os.environ.get(FLAG))
NOTES = [
    folder / "notes" / p.name
    for folder in SETS
    for p in sorted((ROOT / folder / "notes").iterdir())
    if p.suffix.lower() in SUFFIXES
]


def expected_path(note: Path) -> Path:
    return ROOT / note.parent.parent / "expected" / f"{note.stem}.json"


@pytest.mark.parametrize("note", NOTES, ids=lambda note: note.as_posix())
def test_output_matches_expected_json(note: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    produced = note_to_json(extract_file(note.as_posix()))
    path = expected_path(note)
    if REGENERATE:
        write_atomic(path, produced)
        return
    assert path.exists(), f"no {path.name}: run {FLAG}=1 .venv/bin/pytest tests/test_golden.py"
    assert produced == path.read_bytes().decode("utf-8"), (
        f"{note} differs from {path.relative_to(ROOT)}; if the change is intended, "
        f"regenerate with {FLAG}=1 and review the diff"
    )


@pytest.mark.parametrize("folder", SETS, ids=str)
def test_every_expected_file_belongs_to_a_note(folder: Path) -> None:
    stems = {note.stem for note in NOTES if note.parent.parent == folder}
    assert stems
    expected = (ROOT / folder / "expected").glob("*.json")
    assert sorted(p.stem for p in expected if p.stem not in stems) == []


def test_expected_files_do_not_depend_on_the_clone_location() -> None:
    for path in sorted(p for folder in SETS for p in (ROOT / folder / "expected").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        assert str(ROOT) not in text, path.name


def test_regeneration_is_not_left_on() -> None:
    assert FLAG not in os.environ, f"{FLAG} is set: golden files were rewritten, not checked"
