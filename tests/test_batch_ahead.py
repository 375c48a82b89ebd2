"""Notes prepared ahead: with --jobs 2 a child reads and parses notes while spaCy loads.

The child only runs while spaCy is still to be imported, which the test process has done long
ago, so these tests start fresh interpreters. The outputs must not depend on which process
prepared a note, and no process may outlive the run.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_support import NOTES, copy_notes, tree
from honlac_extract.batch import staged_map
from honlac_extract.batch_ahead import _FRAME, _frames, _prepared_ahead

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

_WHO_PREPARED = """
import json, os, sys
from honlac_extract.batch import staged_map

def prepare(item):
    return os.getpid()

def finish(item, prepared_by):
    return [item, prepared_by, os.getpid()]

assert "spacy" not in sys.modules
results = list(staged_map(prepare, finish, list(range(40)), 2))
print(json.dumps({"parent": os.getpid(), "results": results}))
"""


def test_a_child_prepares_items_while_spacy_loads() -> None:
    shown = subprocess.run(
        [sys.executable, "-c", _WHO_PREPARED], capture_output=True, text=True, check=True
    )
    report = json.loads(shown.stdout)
    results = report["results"]
    assert [item for item, _, _ in results] == list(range(40))  # input order
    finishers = {finisher for _, _, finisher in results}
    preparers = {preparer for _, preparer, _ in results}
    assert report["parent"] not in finishers  # every item, the first too, runs in a worker
    assert len(finishers) >= 1  # the workers
    ahead = preparers - finishers
    assert len(ahead) == 1  # one more process prepared items: the child
    prepared_ahead = [item for item, preparer, _ in results if preparer in ahead]
    assert prepared_ahead == list(range(40))  # 40 trivial items take it far less than spaCy


def test_truncated_last_frame_is_dropped() -> None:
    def frame(index: int, value: object) -> bytes:
        data = pickle.dumps(value)
        return _FRAME.pack(index, len(data)) + data

    whole = frame(0, "first") + frame(3, {"second": 2})
    cut = frame(5, "the one being written when the child was killed")
    for end in range(len(cut)):
        found = [(index, pickle.loads(data)) for index, data in _frames(whole + cut[:end])]
        assert found == [(0, "first"), (3, {"second": 2})]


def _slow(item: int) -> int:
    time.sleep(0.05)
    return item * 10


def _children() -> set[int]:
    pid = os.getpid()
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return {int(child) for child in text.split()}


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_the_block_ends_with_the_child_stopped_and_what_it_finished() -> None:
    before = _children()
    with _prepared_ahead(_slow, list(range(1000))) as ready:
        assert len(_children() - before) == 1
        time.sleep(0.3)
    assert _children() == before  # killed and reaped: no orphan, no zombie
    finished = {index: pickle.loads(data) for index, data in ready.items()}
    assert 1 <= len(finished) < 1000
    assert finished == {index: index * 10 for index in range(len(finished))}


def _convert(notes: Path, out: Path, jobs: int) -> dict[str, bytes]:
    command = [sys.executable, "-m", "honlac_extract.cli", "convert", str(notes)]
    done = subprocess.run([*command, "-o", str(out), "-j", str(jobs), "-q"], check=False)
    assert done.returncode == 1  # the bad files below
    return tree(out)


def test_a_fresh_command_gives_identical_outputs_for_one_and_two_jobs(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    copy_notes(notes / "seed", 6, NOTES / "honlac-27-note.txt")
    copy_notes(notes / "flattened", 6, NOTES / "damage-flattened.txt")
    (notes / "empty.txt").write_bytes(b"")
    (notes / "binary.txt").write_bytes(b"\x00\x01")
    one = _convert(notes, tmp_path / "one", 1)
    two = _convert(notes, tmp_path / "two", 2)
    assert len(one) == 12 + 1  # the notes and errors.jsonl
    assert one == two
    assert one["errors.jsonl"].count(b"\n") == 2


def _no_more(*args: object) -> int:
    raise OSError(11, "Resource temporarily unavailable")


@pytest.mark.parametrize("failing", ["os.fork", "tempfile.TemporaryFile"])
def test_without_a_process_or_temporary_space_nothing_is_prepared_ahead(
    monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    monkeypatch.setattr(failing, _no_more)
    with _prepared_ahead(_slow, [1, 2, 3]) as ready:
        pass
    assert ready == {}


def _frozen(item: int, prepared: int) -> tuple[int, int]:
    return os.getpid(), gc.get_freeze_count()


def test_workers_inherit_a_frozen_heap_and_the_parent_is_thawed_after() -> None:
    results = list(staged_map(_slow, _frozen, list(range(6)), 2))
    parent = os.getpid()
    assert all(pid != parent and frozen > 0 for pid, frozen in results)  # the first item too
    assert gc.get_freeze_count() == 0
