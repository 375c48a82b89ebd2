"""Reading note files: bytes to text, with a clear error for what is not a text note."""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, display_path

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""Files larger than this are refused: notes are tens of kilobytes, so a file 100 times larger is
almost surely not a note, and refusing it keeps a batch's time and memory bounded. Override with
the ``HONLAC_MAX_BYTES`` environment variable or the ``max_bytes`` argument."""


def max_bytes_setting() -> int:
    """The size limit in force: ``HONLAC_MAX_BYTES`` when set to a positive integer."""
    value = os.environ.get("HONLAC_MAX_BYTES", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_BYTES


DEFAULT_MAX_JSON_BYTES = 512 * 1024 * 1024
"""The largest Note JSON file ``table``, ``review``, ``db``, ``evaluate`` and ``convert``'s
up-to-date check read: a note at the 5 MiB limit gives some 80 MB of JSON (16 bytes per input
byte for the seed), so a file far larger is not a Note. Override with ``HONLAC_MAX_JSON_BYTES``."""


def max_json_bytes_setting() -> int:
    """The Note JSON size limit in force: ``HONLAC_MAX_JSON_BYTES`` when a positive integer."""
    value = os.environ.get("HONLAC_MAX_JSON_BYTES", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_JSON_BYTES


def read_json_bytes(path: str | Path) -> bytes:
    """A Note JSON file's bytes, bounded like a note's (:func:`read_limited`)."""
    return read_limited(path, max_json_bytes_setting(), "HONLAC_MAX_JSON_BYTES")


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
    limit = max_bytes_setting() if max_bytes is None else max_bytes
    return read_limited(path, limit, "HONLAC_MAX_BYTES")


_OPEN_PROBLEMS = {
    errno.ENOENT: "no such file",
    errno.EISDIR: "is a directory, not a file",
    errno.EACCES: "cannot be read (permission denied)",
    errno.EPERM: "cannot be read (permission denied)",
    errno.ENXIO: "not a regular file",  # a socket
    errno.ELOOP: "cannot be read (a loop of symbolic links)",
}


def read_limited(path: str | Path, limit: int, setting: str) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; else InputError.

    Nothing is read from a named pipe, device or socket: the file is opened without blocking
    (opening a pipe waits for a writer) and refused unless it is a regular file, so neither
    ``/dev/zero`` nor a pipe nobody writes to can make a reader hang or fill the memory. At
    most ``limit + 1`` bytes are read, so a file that grows while it is read is refused too.
    ``setting`` names the environment variable that sets ``limit`` in the message.
    """
    name = display_path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        problem = _OPEN_PROBLEMS.get(error.errno or 0, f"cannot be read ({error.strerror})")
        raise InputError(name, problem) from error
    try:
        with os.fdopen(fd, "rb") as stream:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise InputError(name, "is a directory, not a file")
            if not stat.S_ISREG(info.st_mode):
                raise InputError(name, "not a regular file")
            if info.st_size > limit:
                raise InputError(
                    name, f"file of {info.st_size} bytes is over the {limit}-byte limit ({setting})"
                )
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            data = stream.read(limit + 1)
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from error
    if len(data) > limit:
        raise InputError(name, f"grew past the {limit}-byte limit while read ({setting})")
    return data


def read_source(path: str | Path, max_bytes: int | None = None) -> SourceText:
    """Read and decode ``path``; raise :class:`InputError` for anything not a text note."""
    name = display_path(path)
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


DEFAULT_MAX_PAGES = 2000
"""The most pages a PDF or Word note may have: notes have 2 to 40, the longest UN reports a few
hundred; every page costs time to read whatever it holds (a 400 KB PDF of 70,000 pages took
22 s). Override with ``HONLAC_MAX_PAGES`` (at most 65,535)."""


def max_pages_setting() -> int:
    """The page limit in force: ``HONLAC_MAX_PAGES`` when a positive integer (at most 65,535)."""
    value = os.environ.get("HONLAC_MAX_PAGES", "")
    chosen = int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_PAGES
    return min(chosen, 65535)


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
