"""Output files are written whole (temporary file + rename) with ordinary permissions."""

from __future__ import annotations

import os
from pathlib import Path

from honlac_extract.outputs.json_files import write_atomic


def test_output_has_the_umask_permissions_and_no_temporary_left(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_atomic(tmp_path / "out" / "note.json", "{}\n")
    finally:
        os.umask(previous)
    written = tmp_path / "out" / "note.json"
    assert written.read_text(encoding="utf-8") == "{}\n"
    assert written.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in written.parent.iterdir()] == ["note.json"]
