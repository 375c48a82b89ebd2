"""``extract_many``: the library's batch API, in input order, failures in place."""

from __future__ import annotations

from pathlib import Path

import pytest

import honlac_extract
from batch_support import NOTES, copy_notes
from honlac_extract import InputError, Note, extract_file, extract_many


def _inputs(folder: Path) -> list[Path]:
    good = copy_notes(folder, 3, NOTES / "damage-page-break.txt")
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    binary = folder / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    return [good[0], empty, good[1], folder / "missing.txt", binary, good[2]]


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_with_each_failure_in_its_place(
    tmp_path: Path, jobs: int
) -> None:
    paths = _inputs(tmp_path)
    results = list(extract_many(paths, jobs=jobs))
    assert [path for path, _ in results] == paths
    notes = [r for _, r in results if isinstance(r, Note)]
    assert [n.source.path for n in notes] == [str(paths[i]) for i in (0, 2, 5)]
    for note in notes:
        assert note == extract_file(note.source.path or "")
    failures = [(type(r), r.path, r.problem) for _, r in results if isinstance(r, InputError)]
    assert failures == [
        (InputError, str(paths[1]), "empty file (no text)"),
        (InputError, str(paths[3]), "no such file"),
        (InputError, str(paths[4]), "binary file (contains NUL bytes), not a text note"),
    ]


def test_string_paths_come_back_as_given(tmp_path: Path) -> None:
    paths = [str(p) for p in copy_notes(tmp_path, 2)]
    assert [path for path, _ in extract_many(paths, jobs=2)] == paths


def test_jobs_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_many([NOTES / "honlac-27-note.txt"], jobs=0))


def test_exported_from_the_package() -> None:
    assert "extract_many" in honlac_extract.__all__
