"""Spanish and French notes read from .txt, .pdf and .docx give the same Note (issue 14).

The dev notes of fixtures/lang-dev are laid out by tests/notedocs as PDF and Word and run
through ``extract_file``; metadata, paragraphs and entity values must equal the .txt path's,
and accented letters, no-break spaces and « » survive the readers.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from honlac_extract import extract_file
from honlac_extract.models import Entity, Note
from notedocs import build_docx, build_pdf, parse_fixture

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "lang-dev" / "notes"
NAMES = ("es-honlac-full", "fr-honlaf-full")
CASES = [pytest.param(name, fmt, id=f"{name}.{fmt}") for name in NAMES for fmt in ("pdf", "docx")]


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Note]:
    folder = tmp_path_factory.mktemp("languages")
    read: dict[tuple[str, str], Note] = {}
    for name in NAMES:
        logical = parse_fixture(DEV / f"{name}.txt")
        read[(name, "txt")] = extract_file(DEV / f"{name}.txt")
        read[(name, "pdf")] = extract_file(build_pdf(logical, folder / f"{name}.pdf"))
        read[(name, "docx")] = extract_file(build_docx(logical, folder / f"{name}.docx"))
    return read


def _entity_key(entity: Entity) -> tuple[Any, ...]:
    fields = entity.model_dump(exclude={"id", "start", "end", "page", "bbox"})
    fields["text"] = " ".join(entity.text.split())
    return tuple(sorted((k, repr(v)) for k, v in fields.items()))


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_pdf_and_docx_equal_the_txt_path(
    notes: dict[tuple[str, str], Note], name: str, fmt: str
) -> None:
    txt, other = notes[(name, "txt")], notes[(name, fmt)]
    assert other.source.format == fmt
    assert other.metadata == txt.metadata
    assert [(p.number, p.text) for p in other.paragraphs] == [
        (p.number, p.text) for p in txt.paragraphs
    ]
    assert Counter(map(_entity_key, other.entities)) == Counter(map(_entity_key, txt.entities))


@pytest.mark.parametrize("fmt", ["txt", "pdf", "docx"])
def test_accents_survive_the_readers(notes: dict[tuple[str, str], Note], fmt: str) -> None:
    es, fr = notes[("es-honlac-full", fmt)], notes[("fr-honlaf-full", fmt)]
    assert "Fiscalización de precursores" in [s.title for s in es.sections]
    assert "Coopération régionale" in [s.title for s in fr.sections]
    assert "Tráfico Ilícito" in es.text and "Côte d'Ivoire" in fr.text
