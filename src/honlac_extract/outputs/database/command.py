"""The ``db`` sub-command: Note JSON files in, a DuckDB file (and Parquet files) out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ...errors import display_path
from .loading import LoadSummary, export_parquet, load, note_files


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError as error:
        raise RuntimeError(
            "the db command needs DuckDB: pip install 'honlac-extract[db]' (or duckdb)"
        ) from error
    return duckdb


def build_database(
    paths: Iterable[str | Path], database: str | Path, parquet: str | Path | None = None
) -> LoadSummary:
    """Load the notes under ``paths`` into ``database`` (created if missing), in one transaction."""
    duckdb = _duckdb()
    Path(database).parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(database))
    try:
        connection.execute("BEGIN TRANSACTION")
        summary = load(connection, paths)
        connection.execute("COMMIT")
        if parquet is not None:
            export_parquet(connection, Path(parquet))
    finally:
        connection.close()
    return summary


def _run(arguments: argparse.Namespace) -> int:
    from ..convert import EXIT_OUTPUT, EXIT_USAGE, missing_input, output_failure

    missing = missing_input("db", arguments.paths)
    if missing is not None:
        print(missing, file=sys.stderr)
        return EXIT_USAGE
    if not any(True for _ in note_files(arguments.paths)):
        print(
            "honlac-extract db: no Note JSON files (*.json) found in "
            + ", ".join(display_path(path) for path in arguments.paths),
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        duckdb = _duckdb()
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        summary = build_database(arguments.paths, arguments.output, arguments.parquet)
    except OSError as error:
        print(output_failure("db", error), file=sys.stderr)
        return EXIT_OUTPUT
    except duckdb.Error as error:  # cannot be opened or written, or not a DuckDB database
        reason = display_path(str(error).splitlines()[0] if str(error) else type(error).__name__)
        print(
            f"honlac-extract db: cannot write {display_path(arguments.output)}: {reason}",
            file=sys.stderr,
        )
        return EXIT_OUTPUT
    for problem in summary.problems:
        print(f"error: {problem}", file=sys.stderr)
    if not arguments.quiet:
        print(
            f"{display_path(arguments.output)}: {len(summary.added)} added, "
            f"{len(summary.replaced)} replaced, {summary.unchanged} unchanged, "
            f"{len(summary.duplicates)} duplicate notes",
            file=sys.stderr,
        )
    return 1 if summary.problems else 0


def add_db_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``db`` on the command line's sub-commands."""
    parser = commands.add_parser(
        "db",
        help="load Note JSON files into one DuckDB database (needs the 'db' extra)",
        description=(
            "Load Note JSON files (or folders of them) into a DuckDB database: tables notes, "
            "sections, paragraphs, entities, facts and views for common questions. A re-run "
            "adds only new or changed files. Exit code: 0 ok, 1 some input was not a Note, "
            "2 usage error (missing path, no Note files, DuckDB not installed), 3 the database "
            "or Parquet folder cannot be written (or is not a DuckDB database)."
        ),
    )
    parser.add_argument("paths", nargs="+", help="Note JSON files or folders")
    parser.add_argument("-o", "--output", required=True, help="the DuckDB database file")
    parser.add_argument("--parquet", help="also export each table to DIR/<table>.parquet")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.set_defaults(run=_run)
