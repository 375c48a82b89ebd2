"""One DuckDB database over a collection of converted notes (optional extra ``db``).

``honlac-extract db OUT/ -o honlea.duckdb`` loads the Note JSON files ``convert`` wrote into
the tables notes, sections, paragraphs, entities and facts (each row keyed by the note's
``note_sha256`` and ``symbol``), plus views for common questions (``schema.VIEWS``). A re-run
adds only new or changed files (``loading``); ``--parquet DIR`` also exports each table.
DuckDB is imported only when the command runs, so the rest of the package never needs it.
"""

from __future__ import annotations

from .command import add_db_command, build_database
from .loading import LoadSummary, export_parquet, load, note_files

__all__ = [
    "LoadSummary",
    "add_db_command",
    "build_database",
    "export_parquet",
    "load",
    "note_files",
]
