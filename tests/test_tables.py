"""``honlac-extract table``: three CSV tables that pandas loads unchanged."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

from batch_support import SEED, copy_notes, sample_note
from honlac_extract.cli import main
from honlac_extract.models import Entity, Metadata, Note
from honlac_extract.outputs import tables
from honlac_extract.outputs.json_files import note_to_json
from honlac_extract.outputs.tables import (
    ENTITY_COLUMNS,
    METADATA_COLUMNS,
    NOTE_COLUMNS,
    PARAGRAPH_COLUMNS,
)


@pytest.fixture
def converted(tmp_path: Path) -> Path:
    """Two notes without symbols (like the seed) and one with, as ``convert`` would write them."""
    folder = tmp_path / "out"
    (folder / "2018").mkdir(parents=True)
    (folder / "a.json").write_text(note_to_json(sample_note(path="in/a.txt")), encoding="utf-8")
    (folder / "2018" / "a.json").write_text(
        note_to_json(sample_note(path="in/2018/a.txt")), encoding="utf-8"
    )
    (folder / "b.json").write_text(
        note_to_json(sample_note("UNODC/HONLAC/2017/CRP.1", "in/b.txt")), encoding="utf-8"
    )
    (folder / "errors.jsonl").write_text('{"file": "x.txt"}\n', encoding="utf-8")
    (folder / "all.errors.jsonl").write_text('{"file": "y.txt"}\n', encoding="utf-8")
    return folder


def _read(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / f"{name}.csv")


def test_three_tables_load_in_pandas_with_a_row_per_note_paragraph_and_entity(
    converted: Path, tmp_path: Path
) -> None:
    assert main(["table", str(converted), "-o", str(tmp_path / "tables"), "-q"]) == 0
    note = sample_note()
    notes, paragraphs, entities = (_read(tmp_path / "tables", n) for n in tables.tables([]))

    assert list(notes.columns) == list(NOTE_COLUMNS)
    assert list(notes["note"]) == ["2018/a", "a", "b"]
    assert notes["symbol"].isna().tolist() == [True, True, False]
    assert notes.loc[2, "symbol"] == "UNODC/HONLAC/2017/CRP.1"
    assert notes.loc[0, "meeting_number"] == 27
    assert notes.loc[0, "agenda_items"] == "3; 4"
    assert notes.loc[0, "title"] == "Regional trends, with a <tag> & a comma"
    assert notes.loc[0, "entities"] == len(note.entities)
    assert notes.loc[0, "source_path"] == "in/2018/a.txt"

    assert list(paragraphs.columns) == list(PARAGRAPH_COLUMNS)
    assert len(paragraphs) == 3
    row = paragraphs.iloc[1]
    assert (row["note"], row["paragraph"], row["section"]) == ("a", 3, "II")
    assert (row["section_title"], row["subheading"]) == ("Regional trends", "Guatemala")
    assert row["subject_countries"] == "GTM"
    assert row["text"] == note.paragraphs[0].text  # commas, quotes, a newline, <script>
    assert "\n" in row["text"] and '"a record"' in row["text"]

    assert list(entities.columns) == list(ENTITY_COLUMNS)
    assert len(entities) == 3 * len(note.entities)
    mine = entities[entities["note"] == "b"].reset_index(drop=True)
    for index, entity in enumerate(note.entities):
        got = mine.iloc[index]
        assert (got["label"], got["text"], got["start"], got["end"]) == (
            entity.label,
            entity.text,
            entity.start,
            entity.end,
        )
        assert note.text[got["start"] : got["end"]] == got["text"]
        assert got["subheading"] == "Guatemala"
        assert got["section_title"] == "Regional trends"
        for column in tables.NORMALISED_COLUMNS:
            expected = getattr(entity, column)
            if expected is None:
                assert isinstance(got[column], float) and math.isnan(got[column]), column
            else:
                assert got[column] == expected, column
    assert mine["value"].dtype == float
    assert mine["start"].dtype.kind == "i"


def test_every_metadata_and_normalised_field_has_a_column() -> None:
    assert set(METADATA_COLUMNS) == set(Metadata.model_fields)
    issue_fields = "iso3 start_date end_date value value_max previous_value unit item name"
    assert set(tables.NORMALISED_COLUMNS) == {*issue_fields.split(), "acronym", "country", "kind"}
    span = {"label", "text", "start", "end", "paragraph", "section"}
    assert set(Entity.model_fields) - {"bbox"} <= set(ENTITY_COLUMNS) | span


def test_json_lines_input_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = tmp_path / "all.jsonl"
    notes = [sample_note(path="x.txt"), sample_note("S/1", "y.txt")]
    lines.write_text("".join(n.model_dump_json() + "\n" for n in notes), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1"}', encoding="utf-8")
    out = tmp_path / "tables"
    assert main(["table", str(lines), str(bad), "-o", str(out)]) == 1
    errors = capsys.readouterr().err
    assert f"{bad}: not a Note JSON record" in errors
    assert list(_read(out, "notes")["note"]) == ["all/1", "all/2"]
    missing = tmp_path / "nope.json"  # a path that is not there is a usage error, as in convert
    assert main(["table", str(lines), str(missing), "-o", str(tmp_path / "t2")]) == 2
    assert f"{missing}: no such file or folder" in capsys.readouterr().err
    assert not (tmp_path / "t2").exists()


def test_two_inputs_with_one_identifier_are_refused(
    converted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = [str(converted / "a.json"), str(converted / "2018" / "a.json")]
    assert main(["table", *arguments, "-o", str(tmp_path / "t")]) == 2
    assert "several inputs are identified as a" in capsys.readouterr().err
    assert not (tmp_path / "t").exists()


def test_parquet_written_when_pyarrow_is_installed(converted: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    assert main(["table", str(converted), "-o", str(tmp_path / "t"), "--parquet", "-q"]) == 0
    for name in ("notes", "paragraphs", "entities"):
        from_parquet = pd.read_parquet(tmp_path / "t" / f"{name}.parquet")
        from_csv = _read(tmp_path / "t", name)
        assert list(from_parquet.columns) == list(from_csv.columns)
        assert len(from_parquet) == len(from_csv)
    assert list(pd.read_parquet(tmp_path / "t" / "entities.parquet")["text"]) == list(
        _read(tmp_path / "t", "entities")["text"]
    )


def test_parquet_skipped_cleanly_without_pyarrow(
    converted: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(tables, "_has_pyarrow", lambda: False)
    assert main(["table", str(converted), "-o", str(tmp_path / "t"), "--parquet", "-q"]) == 0
    assert "pyarrow is not installed; writing CSV only" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == [
        "entities.csv",
        "facts.csv",
        "notes.csv",
        "paragraphs.csv",
    ]


def test_tables_of_converted_notes_have_every_paragraph_and_entity(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    copy_notes(notes, 2)
    shutil.copyfile(SEED, notes / SEED.name)
    assert main(["convert", str(notes), "-o", str(tmp_path / "out"), "-q", "-j", "1"]) == 0
    assert main(["table", str(tmp_path / "out"), "-o", str(tmp_path / "t"), "-q"]) == 0
    converted = {
        p.stem: Note.model_validate_json(p.read_bytes()) for p in (tmp_path / "out").glob("*.json")
    }
    paragraphs = _read(tmp_path / "t", "paragraphs")
    entities = _read(tmp_path / "t", "entities")
    for name, note in converted.items():
        assert list(paragraphs[paragraphs["note"] == name]["paragraph"]) == [
            p.number for p in note.paragraphs
        ]
        mine = entities[entities["note"] == name]
        assert list(mine["text"]) == [e.text for e in note.entities]
        assert list(mine["start"]) == [e.start for e in note.entities]
    assert len(entities) == sum(len(n.entities) for n in converted.values()) > 0
