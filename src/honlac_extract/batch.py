"""Many notes at once: worker processes, results in input order, one failure never stops the rest.

Notes are independent and extraction is CPU-bound pure Python, so processes (not threads) give
the speed-up. Results come back in input order whatever the number of workers, which keeps
every output built from them (JSON Lines, logs, ``errors.jsonl``) identical for any ``jobs``.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import stat
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Generic, TypeVar

from .batch_ahead import _prepared_ahead
from .batch_deaths import Died, Starts, crash_if_asked, mark_started, run_forked, track_starts
from .batch_processes import become_child, stop_signals_held, watch_parent
from .errors import InputError, WorkerDied
from .models import Note
from .preparation import Prepared, prepare_file
from .warmup import warm

T = TypeVar("T")
S = TypeVar("S")
R = TypeVar("R")
P = TypeVar("P", str, Path)

WINDOW_PER_JOB = 32
"""Tasks kept in flight per worker: enough to keep workers busy, few enough to bound memory."""


def default_jobs() -> int:
    """The number of cores (at least 1): the default of ``--jobs`` and ``extract_many``."""
    return os.cpu_count() or 1


def warm_worker(parent: int) -> None:
    """Prepare a worker process: signals left to the parent, an exit with the parent, the
    pipeline loaded once.

    The parent catches Ctrl-C and SIGTERM and ends the pool itself (:func:`_end_pool`), so
    workers ignore Ctrl-C and die at once on SIGTERM instead of printing a traceback each. A
    parent killed outright (SIGKILL) cannot end the pool, and an orphan would run on unseen,
    holding the output folder's lock the next run needs: the kernel kills workers when the
    parent dies (:func:`.batch_processes.die_with_parent`), which needs no thread of theirs to
    run (a worker busy in C code holds the GIL); the watching thread is the fallback off Linux.
    """
    become_child(parent)
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()
    warm()


STOP_POLL_SECONDS = 0.1
_stops: list[BaseException] = []


def remembered(stop: BaseException) -> BaseException:
    """``stop`` (what a signal handler raises), kept until the run ends (:func:`forget_stops`).

    Python swallows an exception raised inside ``__del__`` or a weakref callback, which a
    signal can interrupt as well as any other code: the waits below raise the stop again.
    """
    _stops.append(stop)
    return stop


def forget_stops() -> None:
    """Clear the stops kept by :func:`remembered` (a run's signal handling begins or ends)."""
    _stops.clear()


def _raise_swallowed_stop() -> None:
    if _stops:
        raise _stops[-1]


def _result_unless_stopped(future: Future[R]) -> R:
    """The future's result; a stop a signal raised where Python swallowed it is raised here."""
    _raise_swallowed_stop()
    while True:
        try:
            return future.result(timeout=STOP_POLL_SECONDS)
        except TimeoutError:
            _raise_swallowed_stop()


def _end_pool(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: a worker stuck on a slow note would make a waiting shutdown hang."""
    processes = dict(getattr(pool, "_processes", None) or {})
    for process in processes.values():
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(5)


HANG_VARIABLE = "HONLAC_TEST_HANG"
"""Test hook: a worker given an item whose text form contains this variable's value spins
forever, as a note stuck in a slow path would (the interrupt tests need a note that hangs)."""


def _hang_if_asked(item: object) -> None:
    marker = os.environ.get(HANG_VARIABLE)
    if marker and marker in str(item):
        while True:  # pragma: no cover - ended by a signal
            sum(range(100_000))


def _read(prepare: Callable[[T], S], item: T) -> S:
    crash_if_asked(item)  # a test hook: reading is where native code can kill the process
    return prepare(item)


def _finish(
    prepare: Callable[[T], S], finish: Callable[[T, S], R], task: tuple[int, T, bytes | None]
) -> R:
    index, item, pickled = task
    mark_started(index)
    _hang_if_asked(item)
    prepared: S = _read(prepare, item) if pickled is None else pickle.loads(pickled)
    return finish(item, prepared)


def staged_map(
    prepare: Callable[[T], S],
    finish: Callable[[T, S], R],
    items: Sequence[T],
    jobs: int,
    died: Callable[[T, str], R] | None = None,
    isolate: Callable[[T], bool] | None = None,
) -> Iterator[R]:
    """``finish(item, prepare(item))`` for every item over ``jobs`` processes, in input order.

    ``prepare`` is the part of the work that needs no spaCy (reading, structure); with
    ``jobs >= 2`` it runs on the first items in a child of its own while spaCy loads
    (:func:`_prepared_ahead`). Both must be picklable top-level functions that do
    not raise for a bad item (return the failure instead); the results do not depend on
    ``jobs``. With ``jobs == 1`` everything runs in this process, one item after the other,
    except that ``prepare`` runs in a forked process of its own for items ``isolate`` picks.

    A worker that dies (killed, or aborted in C code) costs only the item it was on when
    ``died`` is given: that item's result is ``died(item, message)`` and the others run again
    (:mod:`.batch_deaths`). Without ``died`` the death raises ``BrokenProcessPool``.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1 or len(items) < 2:
        yield from _in_this_process(prepare, finish, items, died, isolate)
        return
    # Preparing ahead is only worth a fork while spaCy is still to be imported.
    fresh = hasattr(os, "fork") and "spacy" not in sys.modules
    ahead = _prepared_ahead(partial(_read, prepare), items) if fresh else None
    with ahead or contextlib.nullcontext({}) as ready:
        # The pipeline is loaded and the first item runs here, before the workers are forked:
        # the pipeline and every cache the extractors fill on first use (about 0.2 s of work)
        # are then inherited, copy-on-write, instead of being rebuilt by each worker.
        warm()
    whole = partial(_finish, prepare, finish)
    tasks = ((index, item, ready.pop(index, None)) for index, item in enumerate(items))
    # What is alive now (the pipeline above all) outlives the workers' notes. Frozen, it is not
    # walked by each worker's cyclic collector, which would also copy every page it sits on
    # instead of sharing it: a full-length note took 15% more CPU in a worker than here.
    # Every note, the first too, goes to a worker: one slow note in this process would stall
    # the whole batch and could not be stopped.
    gc.freeze()
    workers = _Workers(jobs, whole, died, len(items))
    finished = False
    try:
        window = islice(tasks, jobs * WINDOW_PER_JOB)
        pending = deque((task, workers.submit(task)) for task in window)
        while pending:
            if died is not None and _broke(pending[0][1]):
                pending = deque(workers.rebuilt(list(pending)))
            result = _result_unless_stopped(pending.popleft()[1])
            for task in islice(tasks, 1):
                pending.append((task, workers.submit(task)))
            yield result
        finished = True
    finally:
        if finished:
            workers.pool.shutdown(wait=True)
        else:  # interrupted, or the consumer stopped early: nothing more is wanted
            _end_pool(workers.pool)
        gc.unfreeze()  # this process's objects are collectable again


def _in_this_process(
    prepare: Callable[[T], S],
    finish: Callable[[T, S], R],
    items: Sequence[T],
    died: Callable[[T, str], R] | None,
    isolate: Callable[[T], bool] | None,
) -> Iterator[R]:
    for item in items:
        _raise_swallowed_stop()
        _hang_if_asked(item)
        prepared: S | Died
        if died is not None and isolate is not None and isolate(item):
            prepared = run_forked(partial(_read, prepare), item)
            if isinstance(prepared, Died):
                yield died(item, prepared.message)
                continue
        else:
            prepared = _read(prepare, item)
        yield finish(item, prepared)


def _start_worker(parent: int, starts: Starts | None) -> None:
    track_starts(starts)
    warm_worker(parent)


def _broke(future: Future[R]) -> bool:
    """Whether ``future`` ended because its pool broke (waits for it to end)."""
    try:
        _result_unless_stopped(future)
    except BrokenProcessPool:
        return True
    return False


class _Workers(Generic[T, R]):
    """The pool of a :func:`staged_map`, rebuilt after a worker dies (:mod:`.batch_deaths`)."""

    def __init__(
        self,
        jobs: int,
        whole: Callable[[tuple[int, T, bytes | None]], R],
        died: Callable[[T, str], R] | None,
        count: int,
    ) -> None:
        self.jobs, self.whole, self.died = jobs, whole, died
        self.starts = Starts(count)
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        arguments = (os.getpid(), self.starts.for_workers())
        return ProcessPoolExecutor(self.jobs, initializer=_start_worker, initargs=arguments)

    def submit(self, task: tuple[int, T, bytes | None]) -> Future[R]:
        try:
            with stop_signals_held():  # a submit may fork a worker
                return self.pool.submit(self.whole, task)
        except BrokenProcessPool as error:  # a worker died meanwhile: dealt with in its turn
            broken: Future[R] = Future()
            broken.set_exception(error)
            return broken

    def rebuilt(
        self, pending: list[tuple[tuple[int, T, bytes | None], Future[R]]]
    ) -> list[tuple[tuple[int, T, bytes | None], Future[R]]]:
        """``pending`` once the pool broke: the items a worker had begun run again alone, one
        after the other, each in a new process; then the rest go to a new pool (in order)."""
        _end_pool(self.pool)
        broken = [_broke(future) for _, future in pending]
        alone = {
            index: self._alone(task)
            for index, ((task, _), lost) in enumerate(zip(pending, broken, strict=True))
            if lost and self.starts.began(task[0])
        }
        self.pool = self._new()
        return [
            (task, alone.get(index) or (self.submit(task) if lost else future))
            for index, ((task, future), lost) in enumerate(zip(pending, broken, strict=True))
        ]

    def _alone(self, task: tuple[int, T, bytes | None]) -> Future[R]:
        assert self.died is not None
        result = run_forked(self.whole, task)
        done: Future[R] = Future()
        done.set_result(self.died(task[1], result.message) if isinstance(result, Died) else result)
        return done


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


def _prepare_one(task: tuple[str, str | None]) -> Prepared | Exception | _Failure:
    path, _ = task
    try:
        require_regular_file(path)
        return prepare_file(path)
    except Exception as error:  # one bad note must not stop the batch
        return _portable(error)


def _finish_one(
    task: tuple[str, str | None], prepared: Prepared | Exception | _Failure
) -> Note | Exception | _Failure:
    if not isinstance(prepared, Prepared):
        return prepared
    warm()
    from .api import complete  # here, not at the top: ``import honlac_extract`` stays light

    try:
        return complete(prepared, model=task[1])
    except Exception as error:  # one bad note must not stop the batch
        return _portable(error)


def _died_one(task: tuple[str, str | None], message: str) -> Exception:
    return WorkerDied(task[0], message)


def extract_many(
    paths: Iterable[P], *, jobs: int | None = None, model: str | None = None
) -> Iterator[tuple[P, Note | Exception]]:
    """Extract many note files; yield ``(path, Note or the exception)`` in input order.

    ``jobs`` worker processes (default: the number of cores) share the work; the results do
    not depend on it. A file that cannot be read or extracted yields its exception (usually
    :class:`InputError`) instead of stopping the others; one that kills the worker process
    reading it (``jobs >= 2``) yields a :class:`~honlac_extract.errors.WorkerDied`.
    """
    ordered = list(paths)
    workers = default_jobs() if jobs is None else jobs
    tasks = [(str(path), model) for path in ordered]
    results = staged_map(_prepare_one, _finish_one, tasks, workers, died=_died_one)
    for path, result in zip(ordered, results, strict=True):
        yield path, result.rebuild() if isinstance(result, _Failure) else result
