"""The ``honlac-extract`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .api import extract, extract_file
from .errors import InputError
from .evaluation.command import add_evaluate_command
from .outputs.json_files import note_to_json, schema_json, write_atomic

NOTE_SUFFIXES = (".txt",)


def _note_paths(arguments: Sequence[str]) -> Iterator[Path]:
    """Files named on the command line, and the note files inside named folders (sorted)."""
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in NOTE_SUFFIXES)
        else:
            yield path


def _convert(arguments: argparse.Namespace) -> int:
    if arguments.paths == ["-"]:
        sys.stdout.write(note_to_json(extract(sys.stdin.read(), source="-")))
        return 0
    if arguments.output is None:
        print("honlac-extract convert: -o OUTDIR is required for files", file=sys.stderr)
        return 2
    out = Path(arguments.output)
    failed = 0
    converted = 0
    for path in _note_paths(arguments.paths):
        try:
            note = extract_file(path)
            write_atomic(out / f"{path.stem}.json", note_to_json(note))
        except InputError as error:
            print(f"error: {error}", file=sys.stderr)
            failed += 1
            continue
        except OSError as error:
            print(f"error: {path}: cannot write output ({error})", file=sys.stderr)
            failed += 1
            continue
        converted += 1
        for warning in note.warnings:
            print(f"warning: {path}: {warning}", file=sys.stderr)
    print(f"{converted} converted, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _schema(arguments: argparse.Namespace) -> int:
    sys.stdout.write(schema_json())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = argparse.ArgumentParser(
        prog="honlac-extract",
        description="Structured, source-grounded data from UNODC HONLEA Secretariat notes.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    convert = commands.add_parser("convert", help="convert notes to JSON")
    convert.add_argument("paths", nargs="+", help="note files or folders; '-' reads stdin")
    convert.add_argument("-o", "--output", help="output folder (one <stem>.json per note)")
    convert.set_defaults(run=_convert)
    schema = commands.add_parser("schema", help="print the JSON Schema of a Note")
    schema.set_defaults(run=_schema)
    add_evaluate_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some file failed, 2 usage)."""
    arguments = build_parser().parse_args(argv)
    code: int = arguments.run(arguments)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
