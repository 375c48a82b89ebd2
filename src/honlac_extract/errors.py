"""Errors the library raises for input it cannot read as a note, and paths safe to print."""

from __future__ import annotations

import os
import re

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if "\udc80" <= char <= "\udcff":  # a byte that is not UTF-8, as os.fsdecode keeps it
        return f"\\x{ord(char) - 0xDC00:02x}"
    return (
        char.encode("unicode_escape").decode("ascii")
        if ord(char) < 0x100
        else f"\\u{ord(char):04x}"
    )


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` as one printable line of valid Unicode: a file name's bytes that are not UTF-8
    (kept by the file system as lone surrogates) read ``\\xff``, a newline or other control
    character reads ``\\n``, ``\\x1b``. Ordinary paths are returned unchanged; the result can
    be written to a terminal, a UTF-8 file and JSON."""
    text = os.fspath(path)
    return _UNPRINTABLE.sub(_escaped, text) if _UNPRINTABLE.search(text) else text


class InputError(ValueError):
    """A file that cannot be read as a note; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{display_path(path)}: {problem}")
        self.path = path
        self.problem = problem


class WorkerDied(InputError):
    """The process reading a file died (the OS killed it, or a C library aborted it); the
    problem says how: ``worker died (signal SIGABRT) while reading it``."""
