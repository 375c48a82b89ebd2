"""The ``db`` command: tables and keys, incremental re-runs, Parquet, and the README's queries."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

duckdb = pytest.importorskip("duckdb")

from honlac_extract.cli import main  # noqa: E402
from honlac_extract.models import Note  # noqa: E402
from honlac_extract.outputs.database import build_database  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "fixtures" / "expected"
SECTION = re.compile(r"^## Database\n(.*?)(?=^## |\Z)", re.S | re.M)
PAIR = re.compile(r"```sql\n(.*?)```\s*\n```text\n(.*?)```", re.S)


def answer(connection: Any, query: str) -> str:
    """A query's result as the README prints it: a header line, then one line per row."""
    result = connection.execute(query)
    lines = [" | ".join(d[0] for d in result.description)]
    for row in result.fetchall():
        lines.append(" | ".join(_cell(value) for value in row))
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@pytest.fixture()
def collection(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    shutil.copytree(EXPECTED, folder)
    return folder


def _count(database: Path, sql: str) -> Any:
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(sql).fetchone()[0]


def test_every_table_holds_every_note_keyed_by_sha256(collection: Path, tmp_path: Path) -> None:
    database = tmp_path / "h.duckdb"
    summary = build_database([collection], database)
    notes = [Note.model_validate_json(p.read_bytes()) for p in sorted(collection.glob("*.json"))]
    assert len(summary.added) == len(notes) and not summary.problems
    assert _count(database, "SELECT count(DISTINCT note_sha256) FROM notes") == len(notes)
    assert _count(database, "SELECT count(*) FROM entities") == sum(len(n.entities) for n in notes)
    assert _count(database, "SELECT count(*) FROM facts") == sum(len(n.facts) for n in notes)
    assert _count(database, "SELECT count(*) FROM paragraphs") == sum(
        len(n.paragraphs) for n in notes
    )
    assert _count(database, "SELECT count(*) FROM sections") == sum(len(n.sections) for n in notes)
    seed = next(n for n in notes if n.source.path and "honlac-27" in n.source.path)
    sha = seed.source.sha256
    assert _count(database, f"SELECT count(*) FROM facts WHERE note_sha256 = '{sha}'") == len(
        seed.facts
    )


def test_a_rerun_adds_only_new_or_changed_notes(collection: Path, tmp_path: Path) -> None:
    database = tmp_path / "h.duckdb"
    first = build_database([collection], database)
    again = build_database([collection], database)
    assert again.added == [] and again.replaced == [] and again.unchanged == len(first.added)
    total = _count(database, "SELECT count(*) FROM entities")
    # a changed note: one entity fewer; its rows are replaced, the others stay
    path = collection / "honlaf-29-note.json"
    note = Note.model_validate_json(path.read_bytes())
    changed = note.model_copy(update={"entities": note.entities[:-1], "facts": []})
    path.write_text(changed.model_dump_json(indent=2) + "\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    third = build_database([collection], database)
    assert third.replaced == ["honlaf-29-note"] and third.added == []
    assert _count(database, "SELECT count(*) FROM entities") == total - 1
    assert _count(database, "SELECT count(*) FROM notes") == len(first.added)


def test_touching_a_file_without_changing_it_reloads_nothing(
    collection: Path, tmp_path: Path
) -> None:
    database = tmp_path / "h.duckdb"
    build_database([collection], database)
    os.utime(collection / "honlac-27-note.json", ns=(5, 5))
    again = build_database([collection], database)
    assert again.added == [] and again.replaced == []
    assert _count(database, "SELECT count(*) FROM notes") == len(list(collection.glob("*.json")))


def test_parquet_export_and_the_command_line(collection: Path, tmp_path: Path) -> None:
    database, parquet = tmp_path / "h.duckdb", tmp_path / "pq"
    (collection / "broken.json").write_text("{not a note", encoding="utf-8")
    code = main(["db", str(collection), "-o", str(database), "--parquet", str(parquet), "-q"])
    assert code == 1  # the broken file is reported, the others loaded
    assert sorted(p.name for p in parquet.iterdir()) == [
        "entities.parquet",
        "facts.parquet",
        "notes.parquet",
        "paragraphs.parquet",
        "sections.parquet",
    ]
    with duckdb.connect() as memory:
        query = f"SELECT count(*) FROM '{parquet / 'facts.parquet'}'"
        rows = memory.execute(query).fetchone()[0]
    assert rows == _count(database, "SELECT count(*) FROM facts") > 0


def test_the_readme_queries_give_the_readme_answers(tmp_path: Path) -> None:
    section = SECTION.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert section is not None, "README.md has no '## Database' section"
    pairs = PAIR.findall(section.group(1))
    assert len(pairs) >= 3
    database = tmp_path / "h.duckdb"
    build_database([EXPECTED], database)
    with duckdb.connect(str(database), read_only=True) as connection:
        for query, printed in pairs:
            assert answer(connection, query) == printed, query
