"""The seed note and its Spanish translation (fixtures/parallel/) give the same normalised
values: issue 14's promise that a Spanish note reads as its English original does."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from honlac_extract import Note, extract

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "notes" / "honlac-27-note.txt"
SPANISH = ROOT / "fixtures" / "parallel" / "honlac-27-nota-es.txt"


@cache
def _note(path: Path) -> Note:
    return extract(path.read_text(encoding="utf-8"))


def _values(note: Note, label: str) -> dict[int | None, set[object]]:
    """Per paragraph, the normalised values of ``label``'s entities."""
    values: dict[int | None, set[object]] = defaultdict(set)
    for entity in note.entities:
        if entity.label != label:
            continue
        if label == "COUNTRY":
            values[entity.paragraph].add(entity.iso3)
        elif label == "DATE":
            values[entity.paragraph].add((entity.start_date, entity.end_date))
        else:
            values[entity.paragraph].add((entity.value, entity.value_max, entity.unit))
    return dict(values)


def test_the_translation_reads_as_spanish() -> None:
    note = _note(SPANISH)
    assert note.metadata.language == "es"
    assert [p.number for p in note.paragraphs] == [p.number for p in _note(SEED).paragraphs]
    assert [s.number for s in note.sections] == [s.number for s in _note(SEED).sections]


@pytest.mark.parametrize("label", ["COUNTRY", "DATE", "QUANTITY"])
def test_same_values_per_paragraph(label: str) -> None:
    english, spanish = _values(_note(SEED), label), _values(_note(SPANISH), label)
    assert english  # the seed has every label
    assert spanish == english


@pytest.mark.parametrize(
    "field", ["symbol", "date", "meeting_number", "meeting_start", "meeting_end", "agenda_items"]
)
def test_same_metadata(field: str) -> None:
    assert getattr(_note(SPANISH).metadata, field) == getattr(_note(SEED).metadata, field)


def test_the_listed_bodies_are_the_same() -> None:
    """Bodies the lists know (UNODC, INTERPOL, FATF, CARICOM ...) are found in both, by their
    English acronym, in the same paragraphs; national bodies are named differently."""
    listed = {"UNODC", "INTERPOL", "FATF", "CARICOM", "CICAD", "WCO", "AMERIPOL"}

    def acronyms(note: Note) -> set[tuple[int | None, str]]:
        return {(e.paragraph, e.acronym) for e in note.entities if e.acronym in listed}

    english, spanish = acronyms(_note(SEED)), acronyms(_note(SPANISH))
    # the translation names UNODC where the English note's programme title holds it
    assert english - spanish == set()
