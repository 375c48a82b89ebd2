"""A folder of good and bad files: every good note converted, every bad one listed, exit 1.

The "unreadable file" is a real permission problem: a file with mode 000. Root reads any file
whatever its mode, so when the tests run as root the command gives up root for user ``nobody``
before converting (after loading Python modules and the pipeline, which live in root-only
folders here); the folder is made writable for it. A dangling symlink and a named pipe (which
would block a naive reader forever) are bad entries too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from batch_support import SEED, copy_notes
from honlac_extract.models import Note

NOBODY = 65534


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A temporary folder that ``nobody`` may use (pytest's own is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="honlac-batch-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


CHILD = f"""
import os, sys
from honlac_extract.api import extract
from honlac_extract.cli import build_parser, main
extract(open({str(SEED)!r}, encoding="utf-8").read())  # imports everything extraction uses
build_parser()  # imports every command, before the rights to read the venv are dropped
if os.geteuid() == 0:
    os.setgroups([])
    os.setgid({NOBODY})
    os.setuid({NOBODY})
sys.exit(main(sys.argv[1:]))
"""


def test_mixed_folder_converts_good_notes_and_lists_each_bad_one(shared_folder: Path) -> None:
    notes = shared_folder / "notes"
    good = [path.name for path in copy_notes(notes, 3)]
    shutil.copyfile(SEED, notes / SEED.name)
    good.append(SEED.name)
    (notes / "empty.txt").write_bytes(b"")
    (notes / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (notes / "locked.txt").write_text("A note nobody may read.\n", encoding="utf-8")
    (notes / "locked.txt").chmod(0o000)
    (notes / "gone.txt").symlink_to(notes / "missing-target.txt")
    os.mkfifo(notes / "pipe.txt")
    out = shared_folder / "out"
    out.mkdir(mode=0o777)
    out.chmod(0o777)

    result = subprocess.run(
        [sys.executable, "-c", CHILD, "convert", str(notes), "-o", str(out), "-j", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=shared_folder,
    )

    assert result.returncode == 1, result.stderr
    for name in good:
        assert (out / name).with_suffix(".json").exists(), result.stderr
        note = Note.model_validate_json((out / name).with_suffix(".json").read_bytes())
        assert note.source.path == str(notes / name)
    written = sorted(p.name for p in out.glob("*.json"))
    assert written == sorted(name.replace(".txt", ".json") for name in good)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert errors == [
        {"file": str(notes / "binary.txt"), "error": "InputError",
         "message": "binary file (contains NUL bytes), not a text note"},
        {"file": str(notes / "empty.txt"), "error": "InputError",
         "message": "empty file (no text)"},
        {"file": str(notes / "gone.txt"), "error": "InputError", "message": "no such file"},
        {"file": str(notes / "locked.txt"), "error": "InputError",
         "message": "cannot be read (permission denied)"},
        {"file": str(notes / "pipe.txt"), "error": "InputError",
         "message": "not a regular file"},
    ]  # fmt: skip
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"{len(good) + 5} notes: {len(good)} converted")
    assert summary.endswith(
        f"0 skipped (up to date), 5 failed; failures listed in {out}/errors.jsonl"
    )
    assert f"failed {notes / 'locked.txt'}: InputError: cannot be read" in result.stderr
