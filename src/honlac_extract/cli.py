"""The ``honlac-extract`` command line."""

from __future__ import annotations

import os
import signal
import sys


def _interrupted_while_starting(signum: int, frame: object) -> None:
    os.write(2, b"honlac-extract: interrupted\n")
    os._exit(130)


if __name__ == "__main__" or os.path.basename(sys.argv[0]).startswith("honlac-extract"):
    # Run as the command: a Ctrl-C while the imports below run ends it quietly (in a library
    # or a test process, importing this module changes no signal handling).
    signal.signal(signal.SIGINT, _interrupted_while_starting)

import argparse  # noqa: E402
import errno  # noqa: E402
import io  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from importlib import import_module  # noqa: E402
from typing import Any  # noqa: E402

from .warmup import start_command, started  # noqa: E402


def _version() -> str:
    from importlib import metadata  # here: only ``--version`` needs it (about 0.02 s)

    try:
        return metadata.version("honlac-extract")
    except metadata.PackageNotFoundError:
        return "unknown"


class _VersionAction(argparse._VersionAction):
    """``--version``: argparse's own, with the installed version looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        self.version = f"%(prog)s {_version()}"
        super().__call__(parser, *args, **kwargs)


def _schema(arguments: argparse.Namespace) -> int:
    from .outputs.convert import EXIT_OUTPUT, output_failure
    from .outputs.json_files import schema_json

    try:
        sys.stdout.write(schema_json())
        sys.stdout.flush()
    except OSError as error:
        print(output_failure("schema", error), file=sys.stderr)
        return EXIT_OUTPUT
    return 0


def _add_schema_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    schema = commands.add_parser("schema", help="print the JSON Schema of a Note")
    schema.set_defaults(run=_schema)


_COMMANDS = (
    ("convert", ".outputs.convert", "add_convert_command"),
    ("schema", "", ""),
    ("evaluate", ".evaluation.command", "add_evaluate_command"),
    ("table", ".outputs.tables", "add_table_command"),
    ("review", ".outputs.review", "add_review_command"),
    ("db", ".outputs.database", "add_db_command"),
)
"""Each sub-command's name and the module and function that register it, in the help's order."""


def _chosen(argv: Sequence[str] | None) -> str | None:
    """The sub-command ``argv`` starts with, if it starts with one (not an option)."""
    first = argv[0] if argv else None
    return first if any(first == name for name, _, _ in _COMMANDS) else None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser of every sub-command, or only of the one ``argv`` starts with.

    The commands are imported here, not at the top, so that a Ctrl-C while they load is
    caught by :func:`main` like any other (one line, exit 130, no traceback). A command line
    that names its sub-command first (``convert ...``) is parsed by a parser of that one only:
    it parses the same, and ``convert`` does not import the review, table, database and
    evaluation modules; anything else (``-h``, an unknown command) gets every sub-command.
    """
    from .outputs.convert import EXIT_CODES

    chosen = _chosen(argv)
    parser = argparse.ArgumentParser(
        prog="honlac-extract",
        description="Structured, source-grounded data from UNODC HONLEA Secretariat notes.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, module, function in _COMMANDS:
        if chosen is None or name == chosen:
            add = getattr(import_module(module, __package__), function) if module else None
            (add or _add_schema_command)(commands)
    return parser


class _ClosedStream(io.TextIOBase):
    """Stands for a standard stream the command was started without (``>&-``, ``<&-``):
    reading or writing it fails with an OSError the commands report in one line, as for any
    output that cannot be written, instead of an AttributeError on None. A closed stderr
    takes messages silently: there is nowhere to report them."""

    def __init__(self, name: str, silent: bool = False) -> None:
        super().__init__()
        self._name = name
        self._silent = silent

    @property
    def buffer(self) -> _ClosedStream:
        return self

    def _closed(self) -> OSError:
        return OSError(errno.EBADF, f"standard {self._name} is closed")

    def read(self, size: int | None = -1) -> Any:
        raise self._closed()

    def write(self, text: Any) -> int:
        if self._silent:
            return len(text)
        raise self._closed()

    def flush(self) -> None:
        return None


def _stand_in_for_closed_streams() -> None:
    if sys.stdin is None:
        sys.stdin = _ClosedStream("input")
    if sys.stdout is None:
        sys.stdout = _ClosedStream("output")
    if sys.stderr is None:
        sys.stderr = _ClosedStream("error", silent=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see ``EXIT_CODES``)."""
    _stand_in_for_closed_streams()
    if signal.getsignal(signal.SIGINT) is _interrupted_while_starting:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # started: Ctrl-C as usual
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        arguments = build_parser(argv).parse_args(argv)
        started()  # the command line's start-up is over (see warmup.start_command)
        code: int = arguments.run(arguments)
    except KeyboardInterrupt:  # Ctrl-C before a command's own handling (start-up, imports)
        print("honlac-extract: interrupted", file=sys.stderr)
        return 130
    return code


def run() -> None:
    """The console script: :func:`main`, then an exit that skips the interpreter's clean-up.

    Tearing down the pipeline's objects one by one costs about 0.2 s, more than converting a
    short note; every file is closed and written by then, so only the standard streams need
    flushing. Library callers (and tests) use :func:`main`, which returns normally.
    """
    start_command()
    try:
        code = main()
    except KeyboardInterrupt:  # Ctrl-C while the command line itself was being imported
        code = 130
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (``| head``) or a closed stream
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    run()
