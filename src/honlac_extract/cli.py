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
from collections.abc import Sequence  # noqa: E402
from importlib import metadata  # noqa: E402


def _version() -> str:
    try:
        return metadata.version("honlac-extract")
    except metadata.PackageNotFoundError:
        return "unknown"


def _schema(arguments: argparse.Namespace) -> int:
    from .outputs.json_files import schema_json

    sys.stdout.write(schema_json())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command.

    The commands are imported here, not at the top, so that a Ctrl-C while they load is
    caught by :func:`main` like any other (one line, exit 130, no traceback).
    """
    from .evaluation.command import add_evaluate_command
    from .outputs.convert import EXIT_CODES, add_convert_command
    from .outputs.database import add_db_command
    from .outputs.review import add_review_command
    from .outputs.tables import add_table_command

    parser = argparse.ArgumentParser(
        prog="honlac-extract",
        description="Structured, source-grounded data from UNODC HONLEA Secretariat notes.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    add_convert_command(commands)
    schema = commands.add_parser("schema", help="print the JSON Schema of a Note")
    schema.set_defaults(run=_schema)
    add_evaluate_command(commands)
    add_table_command(commands)
    add_review_command(commands)
    add_db_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see ``EXIT_CODES``)."""
    if signal.getsignal(signal.SIGINT) is _interrupted_while_starting:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # started: Ctrl-C as usual
    try:
        arguments = build_parser().parse_args(argv)
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
