"""The ``convert`` command: many notes to JSON files (or JSON Lines), parallel and resumable.

Output names mirror the input: a file found under a folder argument keeps its path relative to
that folder (``notes/2017/a.txt`` -> ``OUT/2017/a.json``), a file named directly keeps only its
name. Both are relative paths without ``..`` so no input name can write outside ``OUT``; two
inputs that would still share an output are refused before anything is converted.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import hashlib
import json
import os
import re
import signal
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Literal, TextIO

from ..batch import default_jobs, forget_stops, remembered, require_regular_file, staged_map
from ..errors import InputError, WorkerDied, display_path
from ..models import SCHEMA_VERSION
from ..preparation import Prepared, prepare_file
from ..reading import read_json_bytes
from ..warmup import warm
from .json_files import note_to_json, temporary_prefix, write_atomic
from .progress import Progress, Status, choose_mode

NOTE_SUFFIXES = (".txt", ".pdf", ".docx")
ERRORS_NAME = "errors.jsonl"
LOCK_NAME = ".honlac-extract.lock"
LOCK_GRACE_SECONDS = 2.0  # how long a held lock is waited for before the run refuses
_TEMPORARY = re.compile(r"^\..+\.jsonl?\.[A-Za-z0-9_]+\.tmp$")
"""Names :func:`write_atomic` gives its temporary files; only these are ever cleaned up."""

Format = Literal["json", "jsonl"]


class UsageError(ValueError):
    """A command line that cannot run as asked (exit code 2)."""


EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3
EXIT_CODES = (
    "exit codes: 0 done; 1 some notes failed (listed in errors.jsonl); 2 usage error (bad "
    "arguments, missing input path, no notes found); 3 output cannot be written (read-only, "
    "missing, disk full); 130 interrupted (Ctrl-C, SIGINT); 143 stopped (SIGTERM)"
)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM; carries the signal and what the run had done by then."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signum)
        self.signum = signum
        self.progress: Progress | None = None
        self.errors: list[str] = []

    @property
    def code(self) -> int:
        """128 + the signal number, as a shell reports a command a signal ended."""
        return 128 + self.signum


def missing_input(command: str, paths: list[str]) -> str | None:
    """One line naming the first input path that does not exist, or None."""
    missing = [path for path in paths if not Path(path).exists()]
    if not missing:
        return None
    return f"honlac-extract {command}: {display_path(missing[0])}: no such file or folder"


def output_failure(command: str, error: OSError) -> str:
    """One line naming the path that could not be written and why."""
    where = display_path(str(error.filename)) if error.filename is not None else "the output"
    return f"honlac-extract {command}: cannot write {where}: {error.strerror or error}"


@dataclass(frozen=True)
class Planned:
    """One input note and the output path relative to the output folder."""

    source: Path
    relative: Path


def discover(arguments: Sequence[str]) -> list[Planned]:
    """The notes named on the command line, each with its output name (see the module doc).

    Folders contribute every ``*.txt`` entry below them (sorted), including entries that will
    fail to read (broken links, unreadable files) so that they are reported, not ignored.
    """
    planned: list[Planned] = []
    for argument in arguments:
        path = Path(argument)
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"{display_path(path)}: no such file or folder")
        if path.is_dir():
            entries = sorted(
                entry
                for entry in path.rglob("*")
                if entry.suffix.lower() in NOTE_SUFFIXES and not entry.is_dir()
            )
            planned += [Planned(e, e.relative_to(path).with_suffix(".json")) for e in entries]
        else:
            planned.append(Planned(path, Path(path.name).with_suffix(".json")))
    return _without_clashes(planned)


def _without_clashes(planned: list[Planned]) -> list[Planned]:
    """Drop exact repeats; refuse two different inputs for one output (case-insensitively)."""
    kept: dict[str, Planned] = {}
    for item in planned:
        parts = item.relative.parts
        if item.relative.is_absolute() or not parts or ".." in parts or "" in parts:
            raise UsageError(f"{display_path(item.source)}: cannot name an output for this input")
        key = item.relative.as_posix().casefold()
        if key in kept:
            if kept[key].source.resolve() == item.source.resolve():
                continue
            raise UsageError(
                f"{display_path(kept[key].source)} and {display_path(item.source)} would both be "
                f"written to {display_path(item.relative.as_posix())}; convert them into "
                "different output folders"
            )
        kept[key] = item
    return list(kept.values())


@dataclass(frozen=True)
class Task:
    """What a worker needs for one note (picklable)."""

    source: str
    target: str | None
    force: bool
    model: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What a worker did with one note; ``line`` is the JSON Lines text in ``jsonl`` mode."""

    status: Status
    warnings: tuple[str, ...] = ()
    error_type: str | None = None
    message: str | None = None
    line: str | None = None


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def up_to_date(source: Path, target: Path) -> bool:
    """Whether ``target`` is a complete output of this very ``source`` file (same sha256).

    Anything else in the output's place (a damaged or foreign file, a pipe, a folder, JSON
    nested too deep to parse) is simply not up to date: the note is converted again."""
    try:
        recorded = json.loads(read_json_bytes(target))
        return bool(
            recorded.get("schema_version") == SCHEMA_VERSION
            and recorded["source"]["sha256"] == _file_sha256(source)
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return False


def _failed(error: Exception) -> Outcome:
    if isinstance(error, InputError):
        return Outcome("failed", error_type="InputError", message=display_path(error.problem))
    return Outcome("failed", error_type=type(error).__name__, message=display_path(str(error)))


def prepare_one(task: Task) -> Prepared | Outcome:
    """The first half of converting a note, without spaCy: the up-to-date check, reading and
    structure. A note skipped or failed already comes back as its :class:`Outcome`."""
    source = Path(task.source)
    try:
        require_regular_file(source)  # first: the up-to-date check reads the input's bytes
        if task.target is not None and not task.force and up_to_date(source, Path(task.target)):
            return Outcome("skipped")
        return prepare_file(source)
    except Exception as error:  # a bug or a bad file on one note must not stop the batch
        return _failed(error)


def finish_one(task: Task, prepared: Prepared | Outcome) -> Outcome:
    """The second half: entities found and the output written; failures returned, never raised."""
    if isinstance(prepared, Outcome):
        return prepared  # skipped or failed: no need to load spaCy for it
    warm()
    from ..api import complete  # here, not at the top: the CLI starts without spaCy

    try:
        note = complete(prepared, model=task.model)
        warnings = tuple(note.warnings)
        if task.target is None:
            return Outcome("converted", warnings, line=note.model_dump_json() + "\n")
        write_atomic(Path(task.target), note_to_json(note))
        return Outcome("converted", warnings)
    except Exception as error:  # a bug or a full disk on one note must not stop the batch
        return _failed(error)


def worker_died(task: Task, message: str) -> Outcome:
    """The outcome of a note that killed the process converting it (see batch_deaths)."""
    return Outcome("failed", error_type=WorkerDied.__name__, message=message)


NATIVE_SUFFIXES = (".pdf", ".docx")
"""Formats read by C libraries (pdfium, lxml), which can abort the process reading them."""


def read_by_native_code(task: Task) -> bool:
    """Whether ``--jobs 1`` reads the note in a process of its own (a crash costs only it)."""
    return Path(task.source).suffix.lower() in NATIVE_SUFFIXES


def remove_temporaries(folder: Path) -> int:
    """Delete temporary files an interrupted run left in ``folder``; returns how many."""
    removed = 0
    for entry in folder.rglob(".*.tmp"):
        if _TEMPORARY.match(entry.name) and entry.is_file():
            entry.unlink(missing_ok=True)
            removed += 1
    return removed


@contextlib.contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold a lock on ``folder`` so two runs never clean up each other's temporary files."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no locking, the clean-up stays safe for a single run
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / LOCK_NAME).open("a") as handle:
        # The workers of a run killed a moment ago (kill -9, the kernel kills them after their
        # parent) may still hold the lock for some milliseconds: wait a little before refusing.
        deadline = time.monotonic() + LOCK_GRACE_SECONDS
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as error:
                if time.monotonic() >= deadline:
                    raise UsageError(f"another convert run is writing to {folder}") from error
                time.sleep(0.05)
        yield


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Treat ``kill`` (SIGTERM) like Ctrl-C, so the run stops through the same clean path."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise remembered(Interrupted(signum))

    def quiet(unraisable: sys.UnraisableHookArgs) -> None:
        # The stop swallowed in a ``__del__`` is raised again by the run: no report of it.
        if not isinstance(unraisable.exc_value, Interrupted):
            sys.__unraisablehook__(unraisable)

    forget_stops()
    previous = [signal.signal(signum, interrupt) for signum in (signal.SIGTERM, signal.SIGINT)]
    previous_hook, sys.unraisablehook = sys.unraisablehook, quiet
    try:
        yield
    finally:
        sys.unraisablehook = previous_hook
        forget_stops()
        for signum, handler in zip((signal.SIGTERM, signal.SIGINT), previous, strict=True):
            signal.signal(signum, handler)


@dataclass(frozen=True)
class Options:
    """The ``convert`` command line, parsed."""

    paths: list[str]
    output: str
    format: Format = "json"
    jobs: int = 1
    force: bool = False
    quiet: bool = False
    model: str | None = None


def _error_line(source: Path, outcome: Outcome) -> str:
    record = {"file": display_path(source), "error": outcome.error_type, "message": outcome.message}
    return json.dumps(record, ensure_ascii=False) + "\n"


def _run(
    options: Options, planned: list[Planned], out: Path | None, stream: TextIO
) -> tuple[Progress, list[str]]:
    """Convert every planned note; JSON Lines text goes to ``stream`` as results arrive."""
    tasks = [
        Task(
            str(item.source),
            None if out is None else str(out / item.relative),
            options.force,
            options.model,
        )
        for item in planned
    ]
    progress = Progress(len(tasks), sys.stderr, choose_mode(sys.stderr, options.quiet))
    errors: list[str] = []
    try:
        jobs = max(1, min(options.jobs, len(tasks)))
        outcomes = staged_map(
            prepare_one, finish_one, tasks, jobs, died=worker_died, isolate=read_by_native_code
        )
        for item, outcome in zip(planned, outcomes, strict=True):
            if outcome.line is not None:
                stream.write(outcome.line)
            if outcome.status == "failed":
                errors.append(_error_line(item.source, outcome))
            shown = "stdout" if options.output == "-" else options.output
            written = out / item.relative if out else shown
            detail = f"{outcome.error_type}: {outcome.message}" if outcome.error_type else ""
            progress.report(
                outcome.status,
                display_path(item.source),
                display_path(detail or str(written)),
                outcome.warnings,
            )
    except KeyboardInterrupt as error:
        stopped = error if isinstance(error, Interrupted) else Interrupted()
        stopped.progress, stopped.errors = progress, errors
        raise stopped from None
    finally:
        progress.close()
    return progress, errors


def _to_json_files(options: Options, planned: list[Planned]) -> tuple[Progress, Path | None]:
    out = Path(options.output)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a folder (use --format jsonl for one file)")
    with exclusive(out):
        remove_temporaries(out)
        try:
            progress, errors = _run(options, planned, out, sys.stdout)
        except Interrupted as stopped:  # the failures so far are listed all the same
            with _signals_held():
                remove_temporaries(out)  # of the notes the stopped workers were writing
                write_atomic(out / ERRORS_NAME, "".join(stopped.errors))
            raise
        remove_temporaries(out)  # of the notes of workers that died, if any
        write_atomic(out / ERRORS_NAME, "".join(errors))
    return progress, out / ERRORS_NAME


def _to_json_lines(options: Options, planned: list[Planned]) -> tuple[Progress, Path | None]:
    if options.output == "-":
        progress, errors = _run(options, planned, None, sys.stdout)
        sys.stdout.flush()
        return progress, None
    target = Path(options.output)
    if target.is_dir():
        raise UsageError(f"{target} is a folder; --format jsonl writes one file (or '-')")
    errors_path = target.with_name(f"{target.stem}.errors.jsonl")
    target.parent.mkdir(parents=True, exist_ok=True)
    prefix = temporary_prefix(target)
    for stale in target.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        stale.unlink(missing_ok=True)  # left by a killed run
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            progress, errors = _run(options, planned, None, stream)
        os.replace(temporary, target)
    except Interrupted as stopped:  # no partial output; the failures so far are listed
        Path(temporary).unlink(missing_ok=True)
        with _signals_held():
            write_atomic(errors_path, "".join(stopped.errors))
        raise
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    write_atomic(errors_path, "".join(errors))
    return progress, errors_path


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """A second Ctrl-C or SIGTERM ignored while the last file is written."""
    previous = [signal.signal(signum, signal.SIG_IGN) for signum in (signal.SIGTERM, signal.SIGINT)]
    try:
        yield
    finally:
        for signum, handler in zip((signal.SIGTERM, signal.SIGINT), previous, strict=True):
            signal.signal(signum, handler)


def interrupted_line(command: str, stopped: KeyboardInterrupt) -> int:
    """Print the one line (and summary so far) of a stopped run; return its exit code."""
    code = stopped.code if isinstance(stopped, Interrupted) else 130
    progress = stopped.progress if isinstance(stopped, Interrupted) else None
    done = f" ({progress.summary()})" if progress is not None else ""
    print(
        f"honlac-extract {command}: interrupted{done}; outputs written so far are complete, "
        "run the same command again to convert the rest",
        file=sys.stderr,
    )
    return code


def convert(options: Options) -> int:
    """Run ``convert``; returns the exit code (0 all converted, 1 some failed, 2 usage, 130)."""
    try:
        planned = discover(options.paths)
        if not planned:
            raise UsageError(
                "no note files (*.txt, *.pdf, *.docx) found in " + ", ".join(options.paths)
            )
        with sigterm_as_interrupt():
            if options.format == "json":
                progress, errors_path = _to_json_files(options, planned)
            else:
                progress, errors_path = _to_json_lines(options, planned)
    except UsageError as error:
        print(f"honlac-extract convert: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(output_failure("convert", error), file=sys.stderr)
        return EXIT_OUTPUT
    except KeyboardInterrupt as stopped:
        return interrupted_line("convert", stopped)
    if not options.quiet:
        listed = f"; failures listed in {errors_path}" if progress.failed and errors_path else ""
        print(progress.summary() + listed, file=sys.stderr)
    return 1 if progress.failed else 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def _command(arguments: argparse.Namespace) -> int:
    if arguments.paths == ["-"]:
        return _from_stdin()
    if arguments.output is None:
        print("honlac-extract convert: -o OUT is required for files", file=sys.stderr)
        return 2
    options = Options(
        paths=arguments.paths,
        output=arguments.output,
        format=arguments.format,
        jobs=default_jobs() if arguments.jobs is None else arguments.jobs,
        force=arguments.force,
        quiet=arguments.quiet,
    )
    return convert(options)


def _from_stdin() -> int:
    """``convert -``: one note read from stdin (bytes, decoded and bounded like a file)."""
    from ..api import extract  # here, not at the top: the CLI starts without spaCy
    from ..reading import max_bytes_setting, read_stream

    try:
        with sigterm_as_interrupt():
            try:
                data = sys.stdin.buffer.read(max_bytes_setting() + 1)
            except OSError as error:  # closed, a folder, a device that fails
                problem = f"cannot read standard input ({error.strerror or error})"
                raise InputError("-", problem) from error
            text = note_to_json(extract(read_stream(data), source="-"))
            sys.stdout.write(text)
            sys.stdout.flush()
    except InputError as error:
        print(f"honlac-extract convert: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt as stopped:
        code = stopped.code if isinstance(stopped, Interrupted) else 130
        print("honlac-extract convert: interrupted; nothing written", file=sys.stderr)
        return code
    except OSError as error:
        print(output_failure("convert", error), file=sys.stderr)
        return EXIT_OUTPUT
    return EXIT_OK


def add_convert_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``convert`` on the command line's sub-commands."""
    parser = commands.add_parser(
        "convert",
        help="convert notes to JSON (parallel, resumable)",
        description=(
            "Convert note files and folders of notes. JSON mode writes OUT/<path>.json per note "
            "(the path under a folder argument is kept) and OUT/errors.jsonl; notes whose "
            "output already matches the input's sha256 are skipped unless --force; " + EXIT_CODES
        ),
    )
    parser.add_argument("paths", nargs="+", help="note files or folders; '-' alone reads stdin")
    parser.add_argument(
        "-o", "--output", help="output folder (json) or file, '-' for stdout (jsonl)"
    )
    parser.add_argument("--format", choices=("json", "jsonl"), default="json", help="default: json")
    parser.add_argument(
        "-j", "--jobs", type=_positive, help="worker processes (default: number of cores)"
    )
    parser.add_argument("--force", action="store_true", help="convert up-to-date notes again")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print failures only (no progress, summary)"
    )
    parser.set_defaults(run=_command)
