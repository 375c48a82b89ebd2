"""Reading note files: bytes to text, with a clear error for what is not a text note."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""Files larger than this are refused: notes are tens of kilobytes, so a file 100 times larger is
almost surely not a note, and refusing it keeps a batch's time and memory bounded. Override with
the ``HONLAC_MAX_BYTES`` environment variable or the ``max_bytes`` argument."""


def max_bytes_setting() -> int:
    """The size limit in force: ``HONLAC_MAX_BYTES`` when set to a positive integer."""
    value = os.environ.get("HONLAC_MAX_BYTES", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_BYTES


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


_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def _looks_binary(text: str) -> bool:
    """True when over 1% of the first 64 KiB are control characters no text note contains."""
    sample = text[:65536]
    controls = sum(1 for char in sample if char < " " and char not in _TEXT_CONTROLS)
    return controls > max(2, len(sample) // 100)


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
                raise InputError(
                    path, f"not valid {encoding} despite its byte-order mark"
                ) from error
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


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, or :class:`InputError` naming the file (missing, unreadable, too big)."""
    name = str(path)
    limit = max_bytes_setting() if max_bytes is None else max_bytes
    try:
        size = Path(path).stat().st_size
        if size > limit:
            raise InputError(
                name, f"file of {size} bytes is over the {limit}-byte limit (HONLAC_MAX_BYTES)"
            )
        return Path(path).read_bytes()
    except IsADirectoryError as error:
        raise InputError(name, "is a directory, not a file") from error
    except FileNotFoundError as error:
        raise InputError(name, "no such file") from error
    except PermissionError as error:
        raise InputError(name, "cannot be read (permission denied)") from error
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from error


def read_source(path: str | Path, max_bytes: int | None = None) -> SourceText:
    """Read and decode ``path``; raise :class:`InputError` for anything not a text note."""
    name = str(path)
    data = read_bytes(path, max_bytes)
    text, encoding = decode(data, name)
    if _looks_binary(text):
        raise InputError(name, "binary file (control characters), not a text note")
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(name, "empty file (no text)")
    return SourceText(name, hashlib.sha256(data).hexdigest(), text, encoding)


DEFAULT_MAX_CHARS = 5 * 1024 * 1024
"""The most text characters a document may expand to: a .docx or PDF of a few hundred kilobytes
can unpack to gigabytes of text and memory, so the limit is on what it becomes, not only on its
bytes. Override with ``HONLAC_MAX_CHARS``."""

_SURROGATES = re.compile("[\ud800-\udfff]")


def max_chars_setting() -> int:
    """The text-length limit in force: ``HONLAC_MAX_CHARS`` when set to a positive integer."""
    value = os.environ.get("HONLAC_MAX_CHARS", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_CHARS


def check_expansion(path: str, text: str) -> None:
    """Refuse a document whose text is over the character limit (see :data:`DEFAULT_MAX_CHARS`)."""
    limit = max_chars_setting()
    if len(text) > limit:
        raise InputError(
            path,
            f"expands to {len(text)} characters of text, over the {limit}-character limit "
            "(HONLAC_MAX_CHARS)",
        )


def without_surrogates(text: str) -> str:
    """Lone surrogates (which no UTF-8 text holds and spaCy cannot store) as U+FFFD.

    One character for one, so every offset into the result is an offset into the input.
    """
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


def read_stream(data: bytes, name: str = "-") -> str:
    """Bytes read from a stream (stdin) as note text, under the same limits as a file."""
    limit = max_bytes_setting()
    if len(data) > limit:
        raise InputError(name, f"input of over {limit} bytes is over the limit (HONLAC_MAX_BYTES)")
    text, _ = decode(data, name)
    if _looks_binary(text):
        raise InputError(name, "binary input (control characters), not a text note")
    return normalise_newlines(text)
