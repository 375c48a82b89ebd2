"""The Note contract: JSON Schema validity, determinism, grounding of every offset."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from grounding_support import joined_by_rule, within_spans
from honlac_extract import Note, extract, extract_file
from honlac_extract.outputs.json_files import note_to_json, schema_json

NOTES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "notes").glob("*.txt"))


@pytest.fixture(scope="module", params=NOTES, ids=[p.stem for p in NOTES])
def note(request: pytest.FixtureRequest) -> Note:
    path: Path = request.param
    return extract_file(path)


def test_output_validates_against_the_published_schema(note: Note) -> None:
    jsonschema.validate(json.loads(note_to_json(note)), json.loads(schema_json()))


def test_json_round_trip_gives_the_same_note(note: Note) -> None:
    assert Note.model_validate_json(note_to_json(note)) == note


def test_same_input_gives_byte_identical_json(note: Note) -> None:
    again = extract_file(note.source.path or "")
    assert note_to_json(again) == note_to_json(note)


def test_every_offset_indexes_the_text(note: Note) -> None:
    text = note.text
    first_section = note.sections[0].start if note.sections else len(text)
    for outside in note.subsections:  # before any section
        assert 0 <= outside.start <= outside.end <= first_section
        assert text[outside.start : outside.end].strip()
    for section in note.sections:
        assert 0 <= section.start <= section.end <= len(text)
        for subsection in section.subsections:
            assert section.start <= subsection.start <= subsection.end <= section.end
            assert text[subsection.start : subsection.end].strip()
    for paragraph in note.paragraphs:
        assert joined_by_rule(text, paragraph.spans) == paragraph.text
        for item in paragraph.items:
            assert text[item.start : item.end] == item.text
    for footnote in note.footnotes:
        assert 0 <= footnote.start <= footnote.end <= len(text)
    for entity in note.entities:
        assert text[entity.start : entity.end] == entity.text


def test_every_entity_carries_its_paragraph(note: Note) -> None:
    by_number = {p.number: p for p in note.paragraphs}
    for entity in note.entities:
        assert entity.paragraph in by_number
        spans = by_number[entity.paragraph].spans
        assert within_spans(note.text, entity.start, entity.end, spans)


def test_schema_command_prints_the_note_schema() -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "honlac_extract.cli", "schema"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    schema = json.loads(printed)
    assert schema["title"] == "Note"
    assert {"schema_version", "source", "text", "metadata", "paragraphs", "entities"} <= set(
        schema["properties"]
    )


def test_stdin_conversion_writes_json_to_stdout() -> None:
    text = NOTES[0].read_text(encoding="utf-8")
    printed = subprocess.run(
        [sys.executable, "-m", "honlac_extract.cli", "convert", "-"],
        input=text,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    assert Note.model_validate_json(printed) == extract(text, source="-")
