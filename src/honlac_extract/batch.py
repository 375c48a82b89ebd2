"""Many notes at once: worker processes, results in input order, one failure never stops the rest.

Notes are independent and extraction is CPU-bound pure Python, so processes (not threads) give
the speed-up. Results come back in input order whatever the number of workers, which keeps
every output built from them (JSON Lines, logs, ``errors.jsonl``) identical for any ``jobs``.
"""

from __future__ import annotations

import os
import pickle
import signal
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TypeVar

from .errors import InputError
from .models import Note

T = TypeVar("T")
R = TypeVar("R")
P = TypeVar("P", str, Path)

WINDOW_PER_JOB = 4
"""Tasks kept in flight per worker: enough to keep workers busy, few enough to bound memory."""
PARENT_CHECK_SECONDS = 0.25
"""How often a worker checks that the process that started it is still there."""


def default_jobs() -> int:
    """The number of cores (at least 1): the default of ``--jobs`` and ``extract_many``."""
    return os.cpu_count() or 1


def _warm() -> None:
    """Load the pipeline in this process (importing spaCy on first use)."""
    from .api import extract  # here, not at the top: ``import honlac_extract`` stays light

    extract("")


def warm_worker(parent: int) -> None:
    """Prepare a worker process: Ctrl-C left to the parent, an exit with the parent, the
    pipeline loaded once.

    The parent catches Ctrl-C and shuts the pool down; workers ignoring it finish the note in
    hand (outputs are written atomically) instead of dying with a traceback each. A parent
    killed outright (SIGKILL) cannot shut the pool down, and an orphan would run on unseen,
    holding the output folder's lock that the next run needs: workers watch for that.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _warm()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``map(function, items)`` over ``jobs`` processes, yielding results in input order.

    ``function`` must be a picklable top-level function that does not raise for a bad item
    (return the failure instead). With ``jobs == 1`` everything runs in this process.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        yield from map(function, items)
        return
    remaining = iter(items)
    first = list(islice(remaining, 1))
    if not first:
        return
    # The first item runs here, before the workers are forked: the pipeline and every cache the
    # extractors fill on first use (about 0.2 s of work) are then inherited, copy-on-write,
    # instead of being rebuilt by each worker.
    _warm()
    head = function(first[0])
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=warm_worker, initargs=(os.getpid(),))
    try:
        window = islice(remaining, jobs * WINDOW_PER_JOB)
        pending: deque[Future[R]] = deque(pool.submit(function, item) for item in window)
        yield head
        while pending:
            result = pending.popleft().result()
            for item in islice(remaining, 1):
                pending.append(pool.submit(function, item))
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True)
class _Failure:
    """An exception that could not cross the process boundary as itself."""

    kind: str
    message: str
    path: str | None = None
    problem: str | None = None

    def rebuild(self) -> Exception:
        if self.kind == "InputError" and self.path is not None and self.problem is not None:
            return InputError(self.path, self.problem)
        return BatchError(self.kind, self.message)


class BatchError(RuntimeError):
    """An extraction error whose original type could not be sent back from a worker."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind


def require_regular_file(path: str | Path) -> None:
    """Refuse FIFOs, devices and sockets up front: reading them could block forever."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # reading reports the problem with its usual message
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise InputError(str(path), "not a regular file")


def _portable(error: Exception) -> Exception | _Failure:
    if isinstance(error, InputError):
        return _Failure("InputError", error.problem, error.path, error.problem)
    try:
        copy = pickle.loads(pickle.dumps(error))
    except Exception:
        return _Failure(type(error).__name__, str(error))
    return copy if type(copy) is type(error) else _Failure(type(error).__name__, str(error))


def _extract_one(task: tuple[str, str | None]) -> Note | Exception | _Failure:
    from .api import extract_file  # here, not at the top: ``import honlac_extract`` stays light

    path, model = task
    try:
        require_regular_file(path)
        return extract_file(path, model=model)
    except Exception as error:  # one bad note must not stop the batch
        return _portable(error)


def extract_many(
    paths: Iterable[P], *, jobs: int | None = None, model: str | None = None
) -> Iterator[tuple[P, Note | Exception]]:
    """Extract many note files; yield ``(path, Note or the exception)`` in input order.

    ``jobs`` worker processes (default: the number of cores) share the work; the results do
    not depend on it. A file that cannot be read or extracted yields its exception (usually
    :class:`InputError`) instead of stopping the others.
    """
    ordered = list(paths)
    workers = default_jobs() if jobs is None else jobs
    tasks = [(str(path), model) for path in ordered]
    for path, result in zip(ordered, ordered_map(_extract_one, tasks, workers), strict=True):
        yield path, result.rebuild() if isinstance(result, _Failure) else result
