"""Many notes at once: worker processes, results in input order, one failure never stops the rest.

Notes are independent and extraction is CPU-bound pure Python, so processes (not threads) give
the speed-up. Results come back in input order whatever the number of workers, which keeps
every output built from them (JSON Lines, logs, ``errors.jsonl``) identical for any ``jobs``.
"""

from __future__ import annotations

import gc
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
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from .errors import InputError
from .models import Note
from .preparation import Prepared, prepare_file

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")
P = TypeVar("P", str, Path)

WINDOW_PER_JOB = 4
"""Tasks kept in flight per worker: enough to keep workers busy, few enough to bound memory."""
EARLY_LIMIT = 256
"""Items prepared while the pipeline loads, at most: a second of reading and parsing (about
2 ms a short note), few enough that the prepared notes waiting in memory stay small."""
EARLY_CHUNK = 16
"""Items per message from the preparing process."""
PARENT_CHECK_SECONDS = 0.25
"""How often a worker checks that the process that started it is still there."""


def default_jobs() -> int:
    """The number of cores (at least 1): the default of ``--jobs`` and ``extract_many``."""
    return os.cpu_count() or 1


def _warm() -> None:
    """Load the pipeline in this process (importing spaCy on first use)."""
    from .api import extract  # here, not at the top: see :func:`ordered_map`

    extract("")


def _ignore_interrupts(parent: int) -> None:
    """Leave Ctrl-C to the parent, which shuts the pools down; the note in hand is finished
    (outputs are written atomically) instead of each process dying with a traceback. And end
    with the parent: killed outright (SIGKILL), it cannot shut the pools down, and an orphan
    would run on unseen, holding the output folder's lock that the next run needs."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def warm_worker(parent: int) -> None:
    """Prepare a worker process: Ctrl-C left to the parent, the pipeline loaded once."""
    _ignore_interrupts(parent)
    _warm()


def _staged(prepare: Callable[[T], S], finish: Callable[[S], R], item: T) -> R:
    return finish(prepare(item))


def _prepare_all(prepare: Callable[[T], S], items: list[T]) -> list[S]:
    return [prepare(item) for item in items]


class _EarlyPreparation:
    """``prepare`` run on the first items in a forked process while the caller warms up.

    Started before spaCy is imported, the process is a light fork, and it puts the second
    core to work during the start-up that would otherwise leave it idle. Items go in chunks,
    so the caller's thread that receives results seldom takes the interpreter lock from the
    import it is busy with.
    """

    def __init__(self, prepare: Callable[[Any], Any], items: list[Any], first: int) -> None:
        """Prepare ``items[first:]`` (at most :data:`EARLY_LIMIT` of them)."""
        self._pool = ProcessPoolExecutor(
            max_workers=1, initializer=_ignore_interrupts, initargs=(os.getpid(),)
        )
        end = min(len(items), first + EARLY_LIMIT)
        self._chunks = [
            (start, self._pool.submit(_prepare_all, prepare, items[start : start + EARLY_CHUNK]))
            for start in range(first, end, EARLY_CHUNK)
        ]

    def collect(self) -> dict[int, Any]:
        """Stop the process (the chunks in hand are finished first) and return the results
        that are ready, by item index."""
        for _, future in self._chunks:
            future.cancel()  # only those not started yet
        self._pool.shutdown(wait=True)
        ready: dict[int, Any] = {}
        for start, future in self._chunks:
            if future.done() and not future.cancelled() and future.exception() is None:
                ready.update(enumerate(future.result(), start))
        return ready

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``map(function, items)`` over ``jobs`` processes, yielding results in input order.

    ``function`` must be a picklable top-level function that does not raise for a bad item
    (return the failure instead). With ``jobs == 1`` everything runs in this process.
    """
    return _ordered(None, function, items, jobs)


def staged_map(
    prepare: Callable[[T], S], finish: Callable[[S], R], items: Iterable[T], jobs: int
) -> Iterator[R]:
    """``finish(prepare(item))`` for every item, like :func:`ordered_map`, in input order.

    ``prepare`` is the half of the work that needs no spaCy (reading and structure). With
    ``jobs >= 2`` it runs on the first items in a process of its own while this one imports
    spaCy and loads the pipeline, which would otherwise leave a core idle for about a second;
    the results do not depend on it. Both must be picklable and must not raise for a bad item.
    """
    return _ordered(prepare, finish, items, jobs)


def _ordered(
    prepare: Callable[[Any], Any] | None,
    finish: Callable[[Any], R],
    items: Iterable[Any],
    jobs: int,
) -> Iterator[R]:
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    whole: Callable[[Any], R] = finish if prepare is None else partial(_staged, prepare, finish)
    if jobs == 1:
        yield from map(whole, items)
        return
    remaining = list(items)
    if not remaining:
        return
    # The first item is prepared here: the reading and structure caches it fills are then
    # inherited by the process that prepares the next items while this one loads spaCy.
    first = remaining[0] if prepare is None else prepare(remaining[0])
    early = None if prepare is None else _EarlyPreparation(prepare, remaining, 1)
    prepared: dict[int, Any] = {}
    frozen = gc.get_freeze_count() == 0
    try:
        # The pipeline is loaded here, before the workers are forked: they inherit it, and
        # every cache the extractors fill on first use (the first note below, about 0.2 s of
        # work), copy-on-write instead of rebuilding it each.
        _warm()
        if early is not None:
            prepared = early.collect()
        head = finish(first)
        if frozen:  # what exists now is never collected, so the forks keep sharing its pages
            gc.freeze()
        pool = ProcessPoolExecutor(
            max_workers=jobs, initializer=warm_worker, initargs=(os.getpid(),)
        )
    finally:
        if early is not None:
            early.close()

    def submit(index: int) -> Future[R]:
        if index in prepared:
            return pool.submit(finish, prepared.pop(index))
        return pool.submit(whole, remaining[index])

    try:
        indices = iter(range(1, len(remaining)))
        pending: deque[Future[R]] = deque(
            submit(index) for index in islice(indices, jobs * WINDOW_PER_JOB)
        )
        yield head
        while pending:
            result = pending.popleft().result()
            for index in islice(indices, 1):
                pending.append(submit(index))
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if frozen:
            gc.unfreeze()


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


def _prepare_one(
    task: tuple[str, str | None],
) -> tuple[Prepared, str | None] | Exception | _Failure:
    path, model = task
    try:
        require_regular_file(path)
        return prepare_file(path), model
    except Exception as error:  # one bad note must not stop the batch
        return _portable(error)


def _complete_one(
    prepared: tuple[Prepared, str | None] | Exception | _Failure,
) -> Note | Exception | _Failure:
    if isinstance(prepared, (Exception, _Failure)):
        return prepared
    from .api import complete  # here, not at the top: see :func:`staged_map`

    try:
        return complete(prepared[0], model=prepared[1])
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
    for path, result in zip(
        ordered, staged_map(_prepare_one, _complete_one, tasks, workers), strict=True
    ):
        yield path, result.rebuild() if isinstance(result, _Failure) else result
