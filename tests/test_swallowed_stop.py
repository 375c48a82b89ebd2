"""A stop a signal handler raises where Python swallows it (a ``__del__``) still stops the run.

Seen for real: Ctrl-C during start-up landed in a regex object's ``__del__`` (or in logging's
at-fork hook, where it also left a lock taken), the interrupt was lost and ``convert`` waited
forever on a hanging note. The handler keeps what it raises; the run's waits raise it again.
"""

from __future__ import annotations

import signal

import pytest

from honlac_extract.batch import remembered, staged_map
from honlac_extract.outputs.convert import Interrupted, sigterm_as_interrupt


class _DiesRaising:
    def __del__(self) -> None:
        raise remembered(Interrupted(signal.SIGINT))


def _prepare(item: int) -> int:
    return item


def _finish(item: int, prepared: int) -> int:
    return prepared * 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_stop_swallowed_in_del_is_raised_by_the_run(jobs: int) -> None:
    with sigterm_as_interrupt():
        _DiesRaising()  # its __del__ raises; Python swallows the exception
        with pytest.raises(Interrupted):
            list(staged_map(_prepare, _finish, [1, 2, 3], jobs))


def test_the_kept_stop_ends_with_the_run() -> None:
    with sigterm_as_interrupt():
        _DiesRaising()
    assert list(staged_map(_prepare, _finish, [1, 2, 3], 1)) == [2, 4, 6]
