"""Child processes of a batch (workers, the preparing child, an isolated note): signals left to
the parent, an exit with the parent."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterator

PARENT_CHECK_SECONDS = 0.25
"""How often a worker checks that the process that started it is still there."""
_PR_SET_PDEATHSIG = 1
STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def stop_signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back while processes are forked, and delivered right after.

    The parent's handler raises: raised inside ``fork``'s at-fork hooks (logging releases its
    lock there) it leaves that lock taken, and the run hangs at its next log call instead of
    stopping. A forked child inherits the held mask and takes the signals back in
    :func:`die_with_parent`.
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def become_child(parent: int) -> None:
    """Signals of a child: Ctrl-C is the parent's to handle, SIGTERM kills at once (no
    traceback), and the child dies with ``parent`` (:func:`die_with_parent`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent)


def die_with_parent(parent: int) -> None:
    """Ask the kernel (Linux) to SIGKILL this process when ``parent`` ends; exit if it has.

    Also takes back the stop signals the parent held while forking (its handlers are set)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no libc to ask: the watching thread remains
            pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def watch_parent(parent: int) -> None:
    """Exit when ``parent`` is gone (a thread's loop; the fallback off Linux)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
