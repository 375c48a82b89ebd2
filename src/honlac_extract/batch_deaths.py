"""A worker process that dies costs only the note it was on.

A note can kill the process converting it without raising anything: pdfium aborting (SIGABRT)
inside C code, the kernel's out-of-memory killer (SIGKILL), a segmentation fault. The pool
then breaks and every note in flight ends with ``BrokenProcessPool``. :class:`Starts` tells
which of those a worker had begun (one byte per item in memory shared with the forked
workers): each of them runs again alone, in a process of its own (:func:`run_forked`), one
after the other, so the note that kills its process again is the one named and failed; the
notes no worker had begun go to a fresh pool. No note runs in isolation more than once.
"""

from __future__ import annotations

import contextlib
import mmap
import multiprocessing
import os
import pickle
import signal
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TypeVar

from .batch_processes import become_child, stop_signals_held

A = TypeVar("A")
R = TypeVar("R")

CRASH_VARIABLE = "HONLAC_TEST_CRASH"
"""Test hook, not for use: a process about to read an item whose text form contains this
variable's value dies of SIGABRT (``os.abort()``, as pdfium aborting), or of the signal named
after an ``@`` (``note-0003@SIGKILL``, as the out-of-memory killer)."""


def crash_if_asked(item: object) -> None:
    """Die as :data:`CRASH_VARIABLE` asks when ``item`` matches it (tests only)."""
    marker, _, name = os.environ.get(CRASH_VARIABLE, "").partition("@")
    if not marker or marker not in str(item):
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file of a test's abort
    if name in ("", "SIGABRT"):
        os.abort()
    os.kill(os.getpid(), signal.Signals[name])


@dataclass(frozen=True)
class Died:
    """The process running an item ended without a result; ``message`` says how."""

    message: str


def death_message(status: int | None) -> str:
    """``worker died (signal SIGABRT) while reading it`` for a ``waitpid`` status."""
    if status is None:
        return "worker died while reading it"
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            how = f"signal {signal.Signals(number).name}"
        except ValueError:
            how = f"signal {number}"
    else:
        how = f"exit code {os.waitstatus_to_exitcode(status)}"
    return f"worker died ({how}) while reading it"


class Starts:
    """Which items a worker has begun: one byte per item, shared with workers forked after it
    is made. Without forked workers nothing is known and every item counts as begun."""

    def __init__(self, count: int) -> None:
        forked = multiprocessing.get_start_method() == "fork"
        self._shared = mmap.mmap(-1, max(1, count)) if forked else None

    def for_workers(self) -> Starts | None:
        """What the pool's initializer may be given (``None`` when workers are not forked)."""
        return self if self._shared is not None else None

    def mark(self, index: int) -> None:
        if self._shared is not None:
            self._shared[index] = 1

    def began(self, index: int) -> bool:
        return self._shared is None or self._shared[index] == 1


_worker_starts: Starts | None = None


def track_starts(starts: Starts | None) -> None:
    """Set in a worker (by the pool's initializer): where :func:`mark_started` writes."""
    global _worker_starts
    _worker_starts = starts


def mark_started(index: int) -> None:
    """Record in a worker that it begins item ``index``."""
    if _worker_starts is not None:
        _worker_starts.mark(index)


def run_forked(function: Callable[[A], R], argument: A) -> R | Died:
    """``function(argument)`` in a forked process of its own; :class:`Died` if that process
    dies (or ``function`` raises: it is meant to return failures, not raise them)."""
    if not hasattr(os, "fork"):
        return _run_in_one_worker(function, argument)
    parent = os.getpid()
    with tempfile.TemporaryFile() as results:
        with stop_signals_held():
            child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child, which never returns
            code = 1
            try:
                become_child(parent)
                results.write(pickle.dumps(function(argument), protocol=pickle.HIGHEST_PROTOCOL))
                results.flush()
                code = 0
            finally:
                os._exit(code)
        status = _reaped(child)
        if status != 0:
            return Died(death_message(status))
        results.seek(0)
        result: R = pickle.loads(results.read())
        return result


def _reaped(child: int) -> int:
    """The ``waitpid`` status of ``child``; the child is killed if the wait is interrupted."""
    try:
        return os.waitpid(child, 0)[1]
    except BaseException:
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
        raise


def _run_in_one_worker(function: Callable[[A], R], argument: A) -> R | Died:
    """:func:`run_forked` where there is no ``fork``: a pool of one worker, used once."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(function, argument).result()
        except BrokenProcessPool:
            return Died(death_message(None))
