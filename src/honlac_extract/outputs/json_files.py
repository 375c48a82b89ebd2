"""Serialising notes to JSON and writing output files atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ..models import Note


def note_to_json(note: Note) -> str:
    """The JSON text of ``note``: stable field order, UTF-8, two-space indent, final newline."""
    return note.model_dump_json(indent=2) + "\n"


def schema_json() -> str:
    """The published JSON Schema of :class:`Note`."""
    return json.dumps(Note.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def _umask() -> int:
    """The process umask (read by setting and restoring it: there is no getter)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
