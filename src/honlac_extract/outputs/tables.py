"""The ``table`` command: Note JSON files to three flat CSV tables for spreadsheets and pandas.

``notes.csv`` has one row per note, ``paragraphs.csv`` one per numbered paragraph and
``entities.csv`` one per entity. Every row starts with ``note``, an identifier that stays
unique when symbols are missing (the seed prints none): the input's path without suffix,
relative to the folder argument it was found in, or just its stem for a file named directly
(the same rule ``convert`` uses to name its outputs).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, display_path
from ..models import Note
from ..reading import read_json_bytes
from .facts_table import fact_table
from .json_files import parse_note_json

LIST_SEPARATOR = "; "
"""Joins list values (agenda items, languages, subject countries, warnings) in one cell."""

METADATA_COLUMNS = (
    "symbol",
    "date",
    "meeting_number",
    "body",
    "region",
    "meeting_title",
    "venue",
    "meeting_start",
    "meeting_end",
    "agenda_items",
    "agenda_item_title",
    "title",
    "document_type",
    "agenda_symbol",
    "original_language",
    "working_languages",
    "symbols",
    "reissue",
    "organ",
    "organs",
    "distribution",
    "session",
    "job_number",
    "job_language",
    "kind",
    "language",
)
NOTE_COLUMNS = (
    "note",
    *METADATA_COLUMNS,
    "sections",
    "paragraphs",
    "entities",
    "warnings",
    "source_path",
    "source_sha256",
    "schema_version",
)
PARAGRAPH_COLUMNS = (
    "note",
    "symbol",
    "paragraph",
    "section",
    "section_title",
    "subheading",
    "subject_countries",
    "start",
    "end",
    "page",
    "text",
)
NORMALISED_COLUMNS = (
    "iso3",
    "start_date",
    "end_date",
    "value",
    "value_max",
    "previous_value",
    "unit",
    "item",
    "name",
    "acronym",
    "country",
    "kind",
)
EXTRA_ENTITY_COLUMNS = (
    "page",
    "precision",
    "qualifier",
    "demonym",
    "inferred_year",
    "in_name",
    "entity_id",
    "source",
    "id",
)
ENTITY_COLUMNS = (
    "note",
    "symbol",
    "paragraph",
    "section",
    "section_title",
    "subheading",
    "label",
    "text",
    "start",
    "end",
    *NORMALISED_COLUMNS,
    *EXTRA_ENTITY_COLUMNS,
)

Row = dict[str, Any]


class TableError(ValueError):
    """An input that is not a Note JSON file (or JSON Lines of notes)."""


@dataclass(frozen=True)
class NamedNote:
    """A note and its table identifier."""

    identifier: str
    note: Note


def _joined(values: Sequence[str]) -> str:
    return LIST_SEPARATOR.join(values)


def note_row(identifier: str, note: Note) -> Row:
    """The ``notes.csv`` row of ``note``: its metadata, counts and source."""
    metadata = note.metadata.model_dump()
    row: Row = {"note": identifier}
    for column in METADATA_COLUMNS:
        value = metadata[column]
        row[column] = _joined(value) if isinstance(value, list) else value
    row.update(
        sections=len(note.sections),
        paragraphs=len(note.paragraphs),
        entities=len(note.entities),
        warnings=_joined(note.warnings),
        source_path=note.source.path,
        source_sha256=note.source.sha256,
        schema_version=note.schema_version,
    )
    return row


def _section_titles(note: Note) -> dict[str, str]:
    return {section.number: section.title for section in note.sections}


def paragraph_rows(identifier: str, note: Note) -> Iterator[Row]:
    """The ``paragraphs.csv`` rows of ``note``, in note order."""
    titles = _section_titles(note)
    for paragraph in note.paragraphs:
        yield {
            "note": identifier,
            "symbol": note.metadata.symbol,
            "paragraph": paragraph.number,
            "section": paragraph.section,
            "section_title": titles.get(paragraph.section or ""),
            "subheading": paragraph.subsection,
            "subject_countries": _joined(paragraph.countries),
            "start": paragraph.spans[0][0] if paragraph.spans else None,
            "end": paragraph.spans[-1][1] if paragraph.spans else None,
            "page": paragraph.page,
            "text": paragraph.text,
        }


def entity_rows(identifier: str, note: Note) -> Iterator[Row]:
    """The ``entities.csv`` rows of ``note``: position, context and normalised fields."""
    titles = _section_titles(note)
    subheadings = {p.number: p.subsection for p in note.paragraphs}
    for entity in note.entities:
        row: Row = {
            "note": identifier,
            "symbol": note.metadata.symbol,
            "paragraph": entity.paragraph,
            "section": entity.section,
            "section_title": titles.get(entity.section or ""),
            "subheading": subheadings.get(entity.paragraph) if entity.paragraph else None,
            "label": entity.label,
            "text": entity.text,
            "start": entity.start,
            "end": entity.end,
        }
        fields = entity.model_dump()
        row.update((column, fields[column]) for column in NORMALISED_COLUMNS)
        row.update((column, fields[column]) for column in EXTRA_ENTITY_COLUMNS)
        yield row


def _identifier(path: Path, root: Path | None) -> str:
    return (path.relative_to(root) if root else Path(path.name)).with_suffix("").as_posix()


def _inputs(arguments: Sequence[str]) -> Iterator[tuple[Path, str]]:
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            for entry in sorted(path.rglob("*.json*")):
                if entry.suffix in (".json", ".jsonl") and not entry.name.endswith("errors.jsonl"):
                    yield entry, _identifier(entry, path)
        else:
            yield path, _identifier(path, None)


def load_notes(arguments: Sequence[str]) -> tuple[list[NamedNote], list[str]]:
    """Read Note JSON files and JSON Lines files; return the notes and one message per failure.

    A ``.jsonl`` line is identified as ``<file identifier>/<line number>``; a bad line is one
    failure and the file's other lines are read all the same. Lines end at ``\n`` only (a
    note's text may hold U+2028 or U+0085, which JSON writers leave unescaped). Files are read
    bounded and never from a pipe or device (:func:`~honlac_extract.reading.read_limited`).
    """
    notes: list[NamedNote] = []
    problems: list[str] = []
    for path, identifier in _inputs(arguments):
        try:
            data = read_json_bytes(path)
        except InputError as error:
            problems.append(str(error))
            continue
        if path.suffix != ".jsonl":
            try:
                notes.append(NamedNote(identifier, parse_note_json(data, display_path(path))))
            except InputError as error:
                problems.append(str(error))
            continue
        for number, line in enumerate(data.split(b"\n"), start=1):
            if line.strip():
                try:
                    note = parse_note_json(line, f"{display_path(path)}:{number}")
                except InputError as error:
                    problems.append(str(error))
                    continue
                notes.append(NamedNote(f"{identifier}/{number}", note))
    return notes, problems


def _clashes(notes: list[NamedNote]) -> list[str]:
    seen: set[str] = set()
    repeated = []
    for named in notes:
        if named.identifier in seen:
            repeated.append(named.identifier)
        seen.add(named.identifier)
    return repeated


def tables(notes: list[NamedNote]) -> dict[str, tuple[tuple[str, ...], list[Row]]]:
    """The three tables: name -> (columns, rows)."""
    return {
        "notes": (NOTE_COLUMNS, [note_row(n.identifier, n.note) for n in notes]),
        "paragraphs": (
            PARAGRAPH_COLUMNS,
            [row for n in notes for row in paragraph_rows(n.identifier, n.note)],
        ),
        "entities": (
            ENTITY_COLUMNS,
            [row for n in notes for row in entity_rows(n.identifier, n.note)],
        ),
    }


def write_csv(path: Path, columns: Sequence[str], rows: list[Row]) -> None:
    """UTF-8 CSV, one header row, ``\\n`` line ends, quoted when needed; null is empty."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_parquet(path: Path, columns: Sequence[str], rows: list[Row]) -> None:
    """One Parquet file; needs pyarrow (the caller checks it is installed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({column: [row[column] for row in rows] for column in columns})
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        pq.write_table(table, temporary)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _command(arguments: argparse.Namespace) -> int:
    from .convert import EXIT_OUTPUT, EXIT_USAGE, missing_input, output_failure

    missing = missing_input("table", arguments.paths)
    if missing is not None:
        print(missing, file=sys.stderr)
        return EXIT_USAGE
    try:
        return _tables_command(arguments)
    except OSError as error:
        print(output_failure("table", error), file=sys.stderr)
        return EXIT_OUTPUT


def _tables_command(arguments: argparse.Namespace) -> int:
    notes, problems = load_notes(arguments.paths)
    if not notes and not problems:
        print(
            "honlac-extract table: no Note JSON files (*.json, *.jsonl) found in "
            + ", ".join(arguments.paths),
            file=sys.stderr,
        )
        return 2
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not notes:  # nothing to tabulate: no empty tables pretending to be a result
        print("honlac-extract table: no Note could be read; no tables written", file=sys.stderr)
        return 1
    repeated = _clashes(notes)
    if repeated:
        print(
            "honlac-extract table: several inputs are identified as "
            + ", ".join(sorted(set(repeated)))
            + "; pass their folder instead so paths tell them apart",
            file=sys.stderr,
        )
        return 2
    out = Path(arguments.output)
    out.mkdir(parents=True, exist_ok=True)
    parquet = arguments.parquet and _has_pyarrow()
    if arguments.parquet and not parquet:
        print("warning: pyarrow is not installed; writing CSV only", file=sys.stderr)
    for name, (columns, rows) in (tables(notes) | fact_table(notes, LIST_SEPARATOR)).items():
        write_csv(out / f"{name}.csv", columns, rows)
        if parquet:
            write_parquet(out / f"{name}.parquet", columns, rows)
        if not arguments.quiet:
            print(f"{out / name}.csv: {len(rows)} rows", file=sys.stderr)
    return 1 if problems else 0


def add_table_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``table`` on the command line's sub-commands."""
    parser = commands.add_parser(
        "table",
        help="Note JSON files to notes.csv, paragraphs.csv and entities.csv",
        description=(
            "Flatten Note JSON files (or .jsonl, or folders of them) into three CSV tables. "
            "Exit code: 0 ok, 1 some input was not a Note, 2 usage error (missing path, no Note "
            "files), 3 output cannot be written."
        ),
    )
    parser.add_argument("paths", nargs="+", help="Note JSON / JSON Lines files or folders")
    parser.add_argument("-o", "--output", required=True, help="output folder for the tables")
    parser.add_argument(
        "--parquet", action="store_true", help="also write .parquet files (needs pyarrow)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.set_defaults(run=_command)
