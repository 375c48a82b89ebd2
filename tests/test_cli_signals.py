"""SIGTERM and SIGINT stop every kind of run cleanly, with a note that really hangs.

``HONLAC_TEST_HANG`` makes the worker given a matching note spin forever (a stand-in for a note
caught in a slow path). Each test starts the command as a real process in a session of its
own, sends it a real signal, and checks the exit code, the one line, that no output is partial
and that no process is left; then the next run converts everything.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from batch_support import SMALL, copy_notes, session_processes
from honlac_extract.batch import HANG_VARIABLE

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads /proc to find processes (Linux)"
)

COPIES = 6
STOP_WITHIN = 5.0
"""Seconds a stopped run may take to end (the issue: ``timeout N`` ends within N + 5 s)."""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _start(
    arguments: list[str], log: Path, hang: str = "note-0000", piped: bool = False
) -> subprocess.Popen[bytes]:
    environment = {**os.environ, HANG_VARIABLE: hang}
    pipe = subprocess.PIPE if piped else None
    with log.open("w") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "honlac_extract.cli", *arguments],
            stdin=pipe,
            stdout=pipe,
            stderr=stderr,
            env=environment,
            start_new_session=True,
        )


def _wait_for(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the run did not get there in time"
        time.sleep(0.02)


def _stop(process: subprocess.Popen[bytes], signum: int) -> tuple[int, float]:
    started = time.monotonic()
    process.send_signal(signum)  # the command alone, as ``timeout`` does
    try:
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return code, time.monotonic() - started


def _no_process_left(session: int) -> None:
    deadline = time.monotonic() + STOP_WITHIN
    while session_processes(session):
        if time.monotonic() > deadline:
            left = session_processes(session)
            for pid in left:
                os.kill(pid, signal.SIGKILL)
            pytest.fail(f"processes outlived the run: {sorted(left)}")
        time.sleep(0.05)


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_run_stuck_on_a_hanging_note_stops_cleanly(
    tmp_path: Path, jobs: str, signum: int
) -> None:
    notes, out, log = tmp_path / "notes", tmp_path / "out", tmp_path / "log.txt"
    copy_notes(notes, COPIES, SMALL)
    # With workers the first note hangs and the others are done beside it (it stalls nothing);
    # in one process the last one hangs.
    hanging = "note-0000" if jobs == "2" else f"note-{COPIES - 1:04d}"
    process = _start(["convert", str(notes), "-o", str(out), "-j", jobs], log, hanging)
    _wait_for(lambda: len(list(out.glob("note-*.json"))) == COPIES - 1)
    time.sleep(0.5)

    code, took = _stop(process, signum)

    assert code == 128 + signum
    assert took < STOP_WITHIN
    _no_process_left(process.pid)
    lines = log.read_text().splitlines()
    assert "Traceback" not in log.read_text()
    assert lines[-1].startswith("honlac-extract convert: interrupted (6 notes: ")
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == ""
    assert not (out / f"{hanging}.json").exists()
    assert list(out.glob(".*.tmp")) == []
    rerun = subprocess.run(
        [sys.executable, "-m", "honlac_extract.cli", "convert", str(notes), "-o", str(out), "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert len(list(out.glob("note-*.json"))) == COPIES


def test_json_lines_output_stopped_leaves_no_partial_file(tmp_path: Path) -> None:
    notes, target, log = tmp_path / "notes", tmp_path / "all.jsonl", tmp_path / "log.txt"
    copy_notes(notes, COPIES, SMALL)
    hanging = f"note-{COPIES - 1:04d}"
    arguments = ["convert", str(notes), "-o", str(target), "--format", "jsonl", "-j", "1"]
    process = _start(arguments, log, hanging)

    def written() -> int:
        return sum(p.read_bytes().count(b"\n") for p in tmp_path.glob(".all.jsonl.*.tmp"))

    _wait_for(lambda: written() == COPIES - 1)
    code, took = _stop(process, signal.SIGTERM)
    assert (code, took < STOP_WITHIN) == (143, True)
    assert not target.exists()
    assert list(tmp_path.glob(".all.jsonl.*.tmp")) == []
    assert (tmp_path / "all.errors.jsonl").read_text() == ""


def test_killing_the_parent_outright_ends_a_worker_stuck_on_a_note(tmp_path: Path) -> None:
    """``kill -9`` of the command: its workers (one spinning on a note) must end with it."""
    notes, out, log = tmp_path / "notes", tmp_path / "out", tmp_path / "log.txt"
    copy_notes(notes, COPIES, SMALL)
    process = _start(["convert", str(notes), "-o", str(out), "-j", "2"], log)
    _wait_for(lambda: len(list(out.glob("note-*.json"))) == COPIES - 1)
    assert len(session_processes(process.pid)) >= 3  # the command and two workers
    process.kill()
    process.wait(timeout=30)
    _no_process_left(process.pid)
    rerun = subprocess.run(
        [sys.executable, "-m", "honlac_extract.cli", "convert", str(notes), "-o", str(out), "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rerun.returncode == 0, rerun.stderr  # no orphan holds the folder's lock
    assert len(list(out.glob("note-*.json"))) == COPIES


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_convert_stdin_stopped_while_waiting_for_input(tmp_path: Path, signum: int) -> None:
    log = tmp_path / "log.txt"
    process = _start(["convert", "-"], log, piped=True)

    def reading_stdin() -> bool:  # blocked in read(0, ...): started and waiting for the note
        try:
            return Path(f"/proc/{process.pid}/syscall").read_text().startswith("0 0x0 ")
        except OSError:
            return False

    _wait_for(reading_stdin)
    code, _ = _stop(process, signum)
    assert code == 128 + signum
    assert process.stdout is not None and process.stdout.read() == b""
    assert log.read_text().splitlines() == ["honlac-extract convert: interrupted; nothing written"]


@pytest.mark.parametrize("delay", [0.15, 0.3, 0.5, 0.8])
def test_ctrl_c_during_start_up_prints_no_traceback(tmp_path: Path, delay: float) -> None:
    """Ctrl-C while the command loads (its modules, spaCy, the pipeline). The interpreter's own
    start-up and the package's first imports (about 40 ms) come before any handler of ours."""
    log = tmp_path / "log.txt"
    copy_notes(tmp_path / "notes", 2, SMALL)
    process = _start(["convert", str(tmp_path / "notes"), "-o", str(tmp_path / "out")], log)
    time.sleep(delay)
    code, _ = _stop(process, signal.SIGINT)
    text = log.read_text()
    assert "Traceback" not in text
    if code != 0:  # a run that had finished already is fine too
        assert code == 130
        assert len(text.splitlines()) == 1 and "interrupted" in text
