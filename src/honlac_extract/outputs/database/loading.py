"""Loading Note JSON files into DuckDB, incrementally.

The ``loaded`` table remembers each input file's identifier, size, modification time and
SHA-256: a re-run skips a file whose size and time are unchanged without reading it, and one
whose bytes hash the same after reading; a new file is added, a changed one replaces the rows
of the note it held. Rows are staged as JSON Lines and inserted with one ``read_json`` per
table, which is far faster than row-by-row inserts.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import InputError, display_path
from ...models import Note
from ...reading import read_json_bytes
from ..json_files import parse_note_json
from .rows import Row, entity_rows, fact_rows, note_row, paragraph_rows, section_rows
from .schema import DATA_TABLES, TABLES, create_statements


@dataclass
class LoadSummary:
    """What one run did: identifiers added, replaced, unchanged, and unreadable inputs."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: int = 0
    duplicates: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def note_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """(file, identifier) of every Note JSON file: named ones, and ``*.json`` in folders."""
    for argument in paths:
        path = Path(argument)
        if path.is_dir():
            for entry in sorted(path.rglob("*.json")):
                yield entry, entry.relative_to(path).with_suffix("").as_posix()
        else:
            yield path, path.with_suffix("").name


def _columns(table: str) -> str:
    return "{" + ", ".join(f"'{c}': '{t}'" for c, t in TABLES[table]) + "}"


class _Stage:
    """JSON Lines files of the rows to insert, one per table, in a temporary folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handles = {t: (folder / f"{t}.jsonl").open("w", encoding="utf-8") for t in TABLES}
        self.counts = dict.fromkeys(TABLES, 0)

    def add(self, table: str, rows: Iterable[Row]) -> None:
        handle = self.handles[table]
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            self.counts[table] += 1

    def insert(self, connection: Any) -> None:
        for table, handle in self.handles.items():
            handle.close()
            if self.counts[table]:
                path = (self.folder / f"{table}.jsonl").as_posix().replace("'", "''")
                connection.execute(
                    f"INSERT INTO {table} BY NAME SELECT * FROM read_json('{path}', "
                    f"format='newline_delimited', columns={_columns(table)})"
                )


def _read(path: Path) -> tuple[bytes, Note]:
    """A Note JSON file's bytes and note: bounded, never from a pipe, one-line InputError."""
    data = read_json_bytes(path)
    return data, parse_note_json(data, display_path(path))


def load(connection: Any, paths: Iterable[str | Path]) -> LoadSummary:
    """Bring the database up to date with the Note files under ``paths``."""
    for statement in create_statements():
        connection.execute(statement)
    known = {
        row[0]: row[1:]
        for row in connection.execute(
            "SELECT identifier, file_sha256, size, mtime_ns, note_sha256 FROM loaded"
        ).fetchall()
    }
    present = {row[0] for row in connection.execute("SELECT note_sha256 FROM notes").fetchall()}
    summary = LoadSummary()
    with tempfile.TemporaryDirectory(prefix="honlac-db-") as folder:
        stage = _Stage(Path(folder))
        gone: list[str] = []
        for path, identifier in note_files(paths):
            try:
                stat = path.stat()
                before = known.get(identifier)
                if before is not None and before[1:3] == (stat.st_size, stat.st_mtime_ns):
                    summary.unchanged += 1
                    continue
                data, note = _read(path)
            except InputError as error:
                summary.problems.append(str(error))
                continue
            except OSError as error:  # a broken link or a file gone since it was listed
                summary.problems.append(
                    f"{display_path(path)}: cannot be read ({error.strerror or error})"
                )
                continue
            digest = hashlib.sha256(data).hexdigest()
            sha = note.source.sha256
            if before is not None and before[0] == digest:
                summary.unchanged += 1
            elif sha in present and (before is None or before[3] != sha):
                summary.duplicates.append(identifier)
            else:
                if before is not None:
                    gone.append(before[3])
                    summary.replaced.append(identifier)
                else:
                    summary.added.append(identifier)
                present.add(sha)
                stage.add("notes", [note_row(identifier, note)])
                stage.add("sections", section_rows(note))
                stage.add("paragraphs", paragraph_rows(note))
                stage.add("entities", entity_rows(note))
                stage.add("facts", fact_rows(note))
            if before is not None:
                connection.execute("DELETE FROM loaded WHERE identifier = ?", [identifier])
            stage.add("loaded", [{"identifier": identifier, "file_sha256": digest,
                                  "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                                  "note_sha256": sha}])  # fmt: skip
        for sha in gone:
            for table in DATA_TABLES:
                connection.execute(f"DELETE FROM {table} WHERE note_sha256 = ?", [sha])
        stage.insert(connection)
    return summary


def export_parquet(connection: Any, folder: Path) -> list[Path]:
    """Write each data table to ``folder/<table>.parquet``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in DATA_TABLES:
        target = folder / f"{table}.parquet"
        quoted = target.as_posix().replace("'", "''")
        connection.execute(f"COPY (SELECT * FROM {table}) TO '{quoted}' (FORMAT parquet)")
        written.append(target)
    return written
