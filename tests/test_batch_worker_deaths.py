"""A note that kills the worker process converting it fails alone; every other note converts.

``HONLAC_TEST_CRASH=<name part>`` makes a process about to read a matching note abort (SIGABRT,
as pdfium does) or die of the signal named after ``@`` (``@SIGKILL``, as the out-of-memory
killer): a real death, not an exception. The command runs as a real process in a session of
its own, so the tests can check that no process outlives it. The last test makes pdfium itself
abort on a PDF whose forms draw forms, a million uses in all, under a 1 GiB address-space limit
(pdfium expands them while it loads the page, before any limit of ours can measure it), beside
one that draws a text form 2,000 times, which the page limits now refuse as an InputError.
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

from batch_support import SMALL, copy_notes, session_processes
from honlac_extract import Note, extract_many
from honlac_extract.batch import staged_map
from honlac_extract.batch_deaths import CRASH_VARIABLE
from honlac_extract.errors import WorkerDied
from honlac_extract.warmup import warm

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists() or not hasattr(os, "fork"),
    reason="forks, and reads /proc to find processes (Linux)",
)

COPIES = 6
BAD = "note-0003"


def _convert(
    arguments: list[str], crash: str | None = None, limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    """The command run to its end in a session of its own; fails if a process outlives it."""
    environment = {k: v for k, v in os.environ.items() if k != CRASH_VARIABLE}
    if crash is not None:
        environment[CRASH_VARIABLE] = crash

    def limited() -> None:  # no core files; the address space bounded if asked
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    process = subprocess.Popen(
        [sys.executable, "-m", "honlac_extract.cli", "convert", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        start_new_session=True,
        preexec_fn=limited,
    )
    try:
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    deadline = time.monotonic() + 10  # a generous bound: the pool is joined before the exit
    while session_processes(process.pid):
        if time.monotonic() > deadline:
            left = session_processes(process.pid)
            for pid in left:
                os.kill(pid, signal.SIGKILL)
            pytest.fail(f"processes outlived the run: {sorted(left)}")
        time.sleep(0.05)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _errors(out: Path) -> list[dict[str, str]]:
    lines = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _lock_is_free(out: Path) -> bool:
    fcntl = pytest.importorskip("fcntl")
    with (out / ".honlac-extract.lock").open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(handle, fcntl.LOCK_UN)
        return True


def _stems(out: Path) -> set[str]:
    return {path.stem for path in out.glob("note-*.json")}


def _converted_all_but(out: Path, bad: set[str]) -> None:
    assert _stems(out) == {f"note-{n:04d}" for n in range(COPIES)} - bad
    for path in out.glob("note-*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["source"]["sha256"]
    assert list(out.rglob(".*.tmp")) == []


@pytest.mark.parametrize("how", ["SIGABRT", "SIGKILL"])
def test_a_note_that_kills_its_worker_fails_alone_and_the_others_convert(
    tmp_path: Path, how: str
) -> None:
    notes, out = tmp_path / "notes", tmp_path / "out"
    copy_notes(notes, COPIES, SMALL)

    run = _convert([str(notes), "-o", str(out), "-j", "2"], crash=f"{BAD}@{how}")

    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    message = f"worker died (signal {how}) while reading it"
    assert _errors(out) == [
        {"file": str(notes / f"{BAD}.txt"), "error": "WorkerDied", "message": message}
    ]
    assert f"failed {notes / BAD}.txt: WorkerDied: {message}" in run.stderr
    assert run.stderr.splitlines()[-1] == (
        f"6 notes: 5 converted, 0 skipped (up to date), 1 failed; failures listed in "
        f"{out / 'errors.jsonl'}"
    )
    _converted_all_but(out, {BAD})
    assert _lock_is_free(out)

    again = _convert([str(notes), "-o", str(out), "-j", "2", "-q"])
    assert again.returncode == 0, again.stderr
    _converted_all_but(out, set())
    assert _errors(out) == []


def test_notes_that_all_kill_their_workers_are_each_tried_alone_once_and_all_fail(
    tmp_path: Path,
) -> None:
    notes, out = tmp_path / "notes", tmp_path / "out"
    copy_notes(notes, COPIES, SMALL)

    run = _convert([str(notes), "-o", str(out), "-j", "2", "-q"], crash="note-")

    assert run.returncode == 1, run.stderr
    assert [error["file"] for error in _errors(out)] == [
        str(notes / f"note-{n:04d}.txt") for n in range(COPIES)
    ]
    assert {error["message"] for error in _errors(out)} == {
        "worker died (signal SIGABRT) while reading it"
    }
    _converted_all_but(out, {f"note-{n:04d}" for n in range(COPIES)})


def _make_pdf(text: str, path: Path) -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas").Canvas(str(path))
    lines = canvas.beginText(72, 750)
    for line in text.splitlines()[:40]:
        lines.textLine(line)
    canvas.drawText(lines)
    canvas.save()


def test_jobs_1_reads_a_pdf_in_a_process_of_its_own(tmp_path: Path) -> None:
    notes, out = tmp_path / "notes", tmp_path / "out"
    copy_notes(notes, 2, SMALL)
    for number in (2, 3):
        _make_pdf(SMALL.read_text(encoding="utf-8"), notes / f"note-{number:04d}.pdf")

    run = _convert([str(notes), "-o", str(out), "-j", "1", "-q"], crash="note-0003.pdf")

    assert run.returncode == 1, run.stderr
    assert [(e["file"], e["error"]) for e in _errors(out)] == [
        (str(notes / "note-0003.pdf"), "WorkerDied")
    ]
    assert {path.stem for path in out.glob("note-*.json")} == {
        "note-0000",
        "note-0001",
        "note-0002",
    }


def test_jobs_1_a_text_note_that_kills_the_process_ends_the_run(tmp_path: Path) -> None:
    """Documented: with ``--jobs 1`` a text note is read in the command's own process."""
    notes, out = tmp_path / "notes", tmp_path / "out"
    copy_notes(notes, COPIES, SMALL)

    run = _convert([str(notes), "-o", str(out), "-j", "1", "-q"], crash=BAD)

    assert run.returncode == -signal.SIGABRT
    assert {path.stem for path in out.glob("note-*.json")} == {
        "note-0000",
        "note-0001",
        "note-0002",
    }
    assert _lock_is_free(out)  # the kernel releases it with the process
    again = _convert([str(notes), "-o", str(out), "-j", "1", "-q"])
    assert again.returncode == 0, again.stderr
    _converted_all_but(out, set())


def test_extract_many_yields_worker_died_for_the_note_that_killed_its_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = copy_notes(tmp_path, 4, SMALL)
    monkeypatch.setenv(CRASH_VARIABLE, "note-0001@SIGKILL")
    results = dict(extract_many(paths, jobs=2))
    failure = results.pop(paths[1])
    assert isinstance(failure, WorkerDied)
    assert str(failure) == f"{paths[1]}: worker died (signal SIGKILL) while reading it"
    assert all(isinstance(result, Note) for result in results.values())


def _counted(item: str) -> str:
    """Counts its attempts at ``item`` (a file path) and dies on the one named ``bad``."""
    with open(item, "a", encoding="utf-8") as attempts:
        attempts.write("x")
    if Path(item).name == "bad":
        os.kill(os.getpid(), signal.SIGKILL)
    return Path(item).name


def _named(item: str, prepared: str) -> str:
    return prepared.upper()


def _died(item: str, message: str) -> str:
    return f"{Path(item).name}: {message}"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_note_that_kills_its_worker_is_run_alone_once_and_no_more(
    tmp_path: Path, jobs: int
) -> None:
    warm()  # spaCy loaded: no child prepares ahead, so every attempt is a worker's
    names = [f"n{number}" for number in range(8)]
    names.insert(3, "bad")
    items = [str(tmp_path / name) for name in names]

    results = list(staged_map(_counted, _named, items, jobs, died=_died, isolate=lambda _: True))

    expected = [name.upper() for name in names]
    expected[3] = "bad: worker died (signal SIGKILL) while reading it"
    assert results == expected
    attempts = {name: (tmp_path / name).read_text() for name in names}
    assert attempts.pop("bad") == "x" * jobs  # with workers: once in the pool, once alone
    assert set(attempts.values()) <= {"x", "xx"}  # a note begun beside it is run alone too


def test_a_pdf_that_makes_pdfium_abort_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real crash: a 3 KB PDF whose page draws a form 100 times that draws a form 100 times
    that draws a line of text 100 times makes pdfium abort (SIGABRT) for lack of memory under a
    1 GiB address-space limit (the command needs about 0.25 GiB) while it loads the page (1.7 GB
    unbounded). The pre-flight (:mod:`honlac_extract.readers.pdf_preflight`) refuses that page
    before pdfium loads it, so the text-object limit is raised past its million text objects
    here: it stands for a page the pre-flight cannot read (pypdf failing on the file). A text
    form drawn 2,000 times beside it is refused before its text page is built
    (:mod:`honlac_extract.readers.pdf_budget`, by the bytes its page loads to) and fails as an
    InputError."""
    pytest.importorskip("resource")
    monkeypatch.setenv("HONLAC_MAX_PAGE_TEXT_OBJECTS", str(10**9))
    canvas = pytest.importorskip("reportlab.pdfgen.canvas").Canvas
    notes, out = tmp_path / "notes", tmp_path / "out"
    copy_notes(notes, 4, SMALL)
    bomb = canvas(str(notes / "note-0001-forms.pdf"), pageCompression=1)
    bomb.beginForm("f0")
    line = bomb.beginText(72, 700)
    line.textLine("Seizures of cocaine were reported by the national police")
    bomb.drawText(line)
    bomb.endForm()
    for level in (1, 2):
        bomb.beginForm(f"f{level}")
        for _ in range(100):
            bomb.doForm(f"f{level - 1}")
        bomb.endForm()
    for _ in range(100):
        bomb.doForm("f2")
    bomb.save()
    flat = canvas(str(notes / "note-0002-forms.pdf"), pageCompression=1)
    flat.beginForm("form")
    lines = flat.beginText(72, 700)
    for _ in range(20):
        lines.textLine("Seizures of cocaine were reported by the national police " * 2)
    flat.drawText(lines)
    flat.endForm()
    for _ in range(2000):
        flat.doForm("form")
    flat.save()

    run = _convert([str(notes), "-o", str(out), "-j", "2", "-q"], limit=1 << 30)

    assert run.returncode == 1, run.stderr
    errors = _errors(out)
    assert errors[0] == {
        "file": str(notes / "note-0001-forms.pdf"),
        "error": "WorkerDied",
        "message": "worker died (signal SIGABRT) while reading it",
    }
    assert errors[1]["file"] == str(notes / "note-0002-forms.pdf")
    assert errors[1]["error"] == "InputError"
    assert "(HONLAC_MAX_PAGE_" in errors[1]["message"], errors[1]
    assert len(errors) == 2
    assert _stems(out) == {f"note-{n:04d}" for n in range(4)}
