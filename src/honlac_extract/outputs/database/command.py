"""The ``db`` sub-command: Note JSON files in, a DuckDB file (and Parquet files) out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .loading import LoadSummary, export_parquet, load


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
    connection = _duckdb().connect(str(database))
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
    try:
        summary = build_database(arguments.paths, arguments.output, arguments.parquet)
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in summary.problems:
        print(f"error: {problem}", file=sys.stderr)
    if not arguments.quiet:
        print(
            f"{arguments.output}: {len(summary.added)} added, {len(summary.replaced)} replaced, "
            f"{summary.unchanged} unchanged, {len(summary.duplicates)} duplicate notes",
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
            "2 DuckDB missing."
        ),
    )
    parser.add_argument("paths", nargs="+", help="Note JSON files or folders")
    parser.add_argument("-o", "--output", required=True, help="the DuckDB database file")
    parser.add_argument("--parquet", help="also export each table to DIR/<table>.parquet")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.set_defaults(run=_run)
