"""Killing ``convert`` half-way leaves only complete outputs; the next run does the rest.

The run is a real process group (the command and its workers), stopped with a real signal
once some outputs exist: SIGKILL (nothing can be cleaned up by the dying run) and SIGINT
(Ctrl-C: the run stops cleanly, exit code 130).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_support import NOTES, copy_notes
from honlac_extract.cli import main
from honlac_extract.outputs.convert import up_to_date

COPIES = 60


def _outputs(out: Path) -> list[Path]:
    return sorted(p for p in out.glob("*.json") if not p.name.startswith("."))


def _run_and_stop(notes: Path, out: Path, signum: int) -> tuple[int, str]:
    log = out.parent / "log.txt"
    with log.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "honlac_extract.cli", "convert", str(notes), "-o", str(out)]
            + ["-j", "2"],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 60
            while len(_outputs(out)) < 5 and process.poll() is None:
                assert time.monotonic() < deadline, "the run wrote no output in 60 s"
                time.sleep(0.002)
            os.killpg(process.pid, signum)
            code = process.wait(timeout=60)
            _wait_for_group(process.pid)  # a worker's rename in flight ends before counting
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    return code, log.read_text()


def _wait_for_group(group: int) -> None:
    """Wait (at most 10 s) until no process of ``group`` is left: a signal takes effect when
    a worker returns from the system call it is in, so an output's rename may land after the
    parent is gone."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _running_in(group):
        time.sleep(0.01)


def _running_in(group: int) -> bool:
    """Whether a process of ``group`` still runs (zombies left to an init that does not reap
    them write nothing)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            return True
    return False


def _check_complete(notes: Path, out: Path) -> None:
    for output in _outputs(out):
        record = json.loads(output.read_bytes())  # complete JSON ...
        assert up_to_date(notes / f"{output.stem}.txt", output), output  # ... of this input
        assert record["source"]["path"] == str(notes / f"{output.stem}.txt")
        assert output.read_bytes().endswith(b"}\n")


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_a_stopped_run_resumes_where_it_stopped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signum: int
) -> None:
    notes = tmp_path / "notes"
    copy_notes(notes, COPIES, NOTES / "damage-page-break.txt")
    out = tmp_path / "out"

    code, log = _run_and_stop(notes, out, signum)

    done = len(_outputs(out))
    assert 0 < done < COPIES, f"the run was not stopped half-way ({done} of {COPIES})"
    _check_complete(notes, out)
    temporaries = list(out.glob(".*.tmp"))
    if signum == signal.SIGINT:
        assert code == 130
        assert "interrupted (" in log and "outputs written so far are complete" in log
        assert "Traceback" not in log
        assert (out / "errors.jsonl").read_text() == ""  # the failures so far: none
        assert temporaries == []  # a clean stop removes its temporary files itself
    else:
        assert code == -signal.SIGKILL
        assert not (out / "errors.jsonl").exists()  # nothing could be written

    assert main(["convert", str(notes), "-o", str(out), "-j", "2"]) == 0

    summary = capsys.readouterr().err.splitlines()[-1]
    converted = COPIES - done
    assert summary == (
        f"{COPIES} notes: {converted} converted, {done} skipped (up to date), 0 failed"
    )
    assert len(_outputs(out)) == COPIES
    assert list(out.glob(".*.tmp")) == []
    _check_complete(notes, out)


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting to be reaped has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("when", ["start-up", "workers"])
def test_killing_only_the_command_leaves_no_process_behind(tmp_path: Path, when: str) -> None:
    """``kill -9 PID`` of the command alone: its processes must not run on as orphans (they
    would hold the output folder's lock, and the next run would refuse to start)."""
    notes, out = tmp_path / "notes", tmp_path / "out"
    copy_notes(notes, COPIES)
    process = subprocess.Popen(
        [sys.executable, "-m", "honlac_extract.cli", "convert", str(notes), "-o", str(out)]
        + ["-j", "2", "-q"],
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        children: set[int] = set()
        wanted = 1 if when == "start-up" else 3  # the preparing process; then 2 workers too
        while len(children) < wanted and process.poll() is None:
            assert time.monotonic() < deadline, f"no {wanted} child processes in 60 s"
            found = Path(f"/proc/{process.pid}/task/{process.pid}/children")
            children |= {int(pid) for pid in found.read_text().split()} if found.exists() else set()
            time.sleep(0.002)
        process.kill()
        process.wait(timeout=60)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in children):
            assert time.monotonic() < deadline, "a child process outlived the command by 10 s"
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL) if process.poll() is None else None
    assert main(["convert", str(notes), "-o", str(out), "-j", "2", "-q"]) == 0
    assert len(_outputs(out)) == COPIES
