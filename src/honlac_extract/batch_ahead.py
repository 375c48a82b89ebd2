"""Notes read and parsed in a forked child while the command imports spaCy (``--jobs >= 2``)."""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import tempfile
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from .batch_processes import become_child, stop_signals_held

T = TypeVar("T")
S = TypeVar("S")

AHEAD_LIMIT = 1000
"""Items prepared ahead at most: far more than fit in the second spaCy takes to load, and few
enough that the prepared notes waiting in memory stay small."""
_FRAME = struct.Struct("<QQ")
"""The item index and length that precede each pickled result the preparing child writes."""


@contextlib.contextmanager
def _prepared_ahead(prepare: Callable[[T], S], items: Sequence[T]) -> Iterator[dict[int, bytes]]:
    """``prepare`` run over the first items in a forked child while the block runs.

    Importing spaCy and building the pipeline takes about a second on one core and leaves the
    others idle; reading and parsing notes needs no spaCy (a fifth of a short note's work), so
    a child forked before the import does it for the first notes meanwhile. The child appends
    each result, pickled and framed, to an unlinked temporary file: this process runs no thread
    and reads no pipe while it imports. When the block ends the child is killed, and the dict
    given to the block is filled with every complete frame's pickle by item index (unpickled
    by whichever worker takes the item); an item the child had not finished is simply prepared
    again later.
    """
    ready: dict[int, bytes] = {}
    parent = os.getpid()
    with contextlib.ExitStack() as stack:
        try:
            results = stack.enter_context(tempfile.TemporaryFile())
            with stop_signals_held():
                child = os.fork()
        except OSError:  # no temporary space or no process to spare: workers prepare all
            yield ready
            return
        if child == 0:  # pragma: no cover - runs in the child, which never returns
            try:
                become_child(parent)
                _prepare_into(results.fileno(), prepare, items[:AHEAD_LIMIT], parent)
            finally:
                os._exit(0)
        try:
            yield ready
        finally:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
            results.seek(0)
            ready.update(_frames(results.read()))


def _prepare_into(fd: int, prepare: Callable[[T], S], items: Sequence[T], parent: int) -> None:
    for index, item in enumerate(items):
        if os.getppid() != parent:
            return  # the parent is gone (killed outright): nobody will read this
        result = pickle.dumps(prepare(item), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(_FRAME.pack(index, len(result)) + result)
        while view:
            view = view[os.write(fd, view) :]


def _frames(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(item index, pickled result) of every complete frame in ``data``."""
    offset = 0
    while offset + _FRAME.size <= len(data):
        index, size = _FRAME.unpack_from(data, offset)
        offset += _FRAME.size
        if offset + size > len(data):
            return  # the frame the child was writing when it was killed
        yield index, data[offset : offset + size]
        offset += size
