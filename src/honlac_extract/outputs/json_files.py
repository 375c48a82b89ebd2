"""Serialising notes to JSON and writing output files atomically."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError, display_path
from ..models import Note
from ..reading import read_json_bytes


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


NAME_BYTES = 255
"""The longest file name most file systems take, in bytes."""


def temporary_prefix(path: Path) -> str:
    """The start of the name of ``path``'s temporary file: ``.<name>.``, or for a name too
    long to take the dot and the random part (a name near the file system's limit), a short
    hash of it and its suffix, so a note that can be written is never refused for its
    temporary name. The clean-up after a killed run matches both forms."""
    name = path.name
    if len(os.fsencode(name)) + 16 <= NAME_BYTES:
        return f".{name}."
    digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:16]
    return f".{digest}{path.suffix}."


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=temporary_prefix(path), suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def validation_summary(error: ValidationError) -> str:
    """A validation error in one line: how many problems, and the first one's place and text."""
    problems = error.errors(include_url=False)
    if not problems:
        return "not valid"
    first = problems[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    text = f"{where}: {first.get('msg', '')}" if where else str(first.get("msg", ""))
    if len(problems) > 1:
        text = f"{len(problems)} problems, the first at {text}" if where else text
    return display_path(text[:300])


def parse_note_json(data: bytes | str, where: str) -> Note:
    """A :class:`Note` from Note JSON, or :class:`InputError` naming ``where`` in one line."""
    if isinstance(data, bytes) and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte-order mark, as some editors write
    try:
        return Note.model_validate_json(data)
    except ValidationError as error:
        raise InputError(where, f"not a Note JSON record ({validation_summary(error)})") from error
    except (ValueError, RecursionError) as error:
        raise InputError(
            where, f"not a Note JSON record ({display_path(str(error))[:300]})"
        ) from error


def read_note_json(path: Path) -> Note:
    """A :class:`Note` from a Note JSON file, read bounded and never from a pipe
    (:func:`~honlac_extract.reading.read_json_bytes`); :class:`InputError` in one line else."""
    return parse_note_json(read_json_bytes(path), display_path(path))
