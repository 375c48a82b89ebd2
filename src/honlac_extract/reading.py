"""Reading note files: bytes to text, with a clear error for what is not a text note."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused (notes are tens of kilobytes)."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class SourceText:
    """A decoded file: the text every offset will index and what is known of its origin."""

    path: str
    sha256: str
    text: str
    encoding: str


def normalise_newlines(text: str) -> str:
    """Line endings to ``\\n`` (CRLF and lone CR), nothing else changed."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode note bytes: BOM-marked UTF-8/16/32, else UTF-8, else Windows-1252.

    Binary data (NUL bytes without a UTF-16/32 BOM) is refused rather than garbled.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(path, f"not valid {encoding} despite its byte-order mark") from error
    if b"\x00" in data:
        raise InputError(path, "binary file (contains NUL bytes), not a text note")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise InputError(path, "neither UTF-8 nor Windows-1252 text") from error
    return text, "cp1252"


def read_source(path: str | Path, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read and decode ``path``; raise :class:`InputError` for anything not a text note."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > max_bytes:
            raise InputError(name, f"file of {size} bytes is over the {max_bytes}-byte limit")
        data = Path(path).read_bytes()
    except IsADirectoryError as error:
        raise InputError(name, "is a directory, not a file") from error
    except FileNotFoundError as error:
        raise InputError(name, "no such file") from error
    except PermissionError as error:
        raise InputError(name, "cannot be read (permission denied)") from error
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from error
    text, encoding = decode(data, name)
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(name, "empty file (no text)")
    return SourceText(name, hashlib.sha256(data).hexdigest(), text, encoding)
