"""The same note read from .txt, .pdf and .docx gives the same Note (issue 6).

Each laid-out fixture is built as PDF and Word (tests/notedocs) and run through the real
pipeline (``extract_file``); paragraphs, sections, sub-headings, metadata and entities must
equal the .txt path's, and every paragraph and entity of a PDF/DOCX note carries its page.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from honlac_extract import extract_file
from honlac_extract.models import Entity, Note
from notedocs import LAID_OUT, NOTES, build_all

CASES = [
    pytest.param(name, fmt, id=f"{name}.{fmt}") for name in LAID_OUT for fmt in ("pdf", "docx")
]


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Note]:
    built = build_all(tmp_path_factory.mktemp("equivalence"))
    read = {key: extract_file(path) for key, path in built.items()}
    read.update({(name, "txt"): extract_file(NOTES / f"{name}.txt") for name in LAID_OUT})
    return read


def _entity_key(entity: Entity) -> tuple[Any, ...]:
    """Label and normalised value, per paragraph: everything but offsets, id, page and box;
    the surface text with its white space (line breaks of a hard-wrapped .txt) folded."""
    fields = entity.model_dump(exclude={"id", "start", "end", "page", "bbox"})
    fields["text"] = " ".join(entity.text.split())
    return tuple(sorted((k, repr(v)) for k, v in fields.items()))


def _sub_headings(note: Note) -> list[tuple[str, str]]:
    outside = [("", sub.title) for sub in note.subsections]
    return outside + [(s.number, sub.title) for s in note.sections for sub in s.subsections]


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_pdf_and_docx_equal_the_txt_path(
    notes: dict[tuple[str, str], Note], name: str, fmt: str
) -> None:
    txt, other = notes[(name, "txt")], notes[(name, fmt)]
    assert other.source.format == fmt
    assert [(p.number, p.text) for p in other.paragraphs] == [
        (p.number, p.text) for p in txt.paragraphs
    ]
    assert [(s.number, s.title) for s in other.sections] == [
        (s.number, s.title) for s in txt.sections
    ]
    assert _sub_headings(other) == _sub_headings(txt)
    assert other.metadata == txt.metadata
    assert Counter(map(_entity_key, other.entities)) == Counter(map(_entity_key, txt.entities))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("name", LAID_OUT)
def test_every_paragraph_and_entity_has_its_page(
    notes: dict[tuple[str, str], Note], name: str, fmt: str
) -> None:
    note = notes[(name, fmt)]
    assert note.paragraphs and all(p.page for p in note.paragraphs)
    assert all(e.page for e in note.entities)
    pages = [p.page or 0 for p in note.paragraphs]
    assert pages == sorted(pages)
    if fmt == "pdf":
        assert all(p.bbox for p in note.paragraphs) and all(e.bbox for e in note.entities)
    for entity in note.entities:  # grounding still holds in the text a reader produced
        assert note.text[entity.start : entity.end] == entity.text


def test_seed_pdf_has_71_paragraphs_on_every_page(notes: dict[tuple[str, str], Note]) -> None:
    note = notes[("honlac-27-note", "pdf")]
    assert [p.number for p in note.paragraphs] == list(range(1, 72))
    assert {p.page for p in note.paragraphs} == set(range(1, 10))
    assert [(f.marker, f.text) for f in note.footnotes] == [
        (
            "*",
            "Available only in English, French and Spanish, which are the working languages "
            "of the subsidiary body.",
        ),
        ("**", "UNODC/HONLAC/27/1."),
    ]


@pytest.mark.parametrize("fmt", ["txt", "pdf", "docx"])
def test_seed_emphasis_is_not_paragraph_text(notes: dict[tuple[str, str], Note], fmt: str) -> None:
    """The seed .txt writes two italic runs as markdown ('*delta*-9-...', '*Manual ...*.');
    the published note (PDF, Word) has no asterisks there, and no format's text keeps them."""
    note = notes[("honlac-27-note", fmt)]
    by_number = {p.number: p.text for p in note.paragraphs}
    assert "high concentration of delta-9-tetrahydrocannabinol (THC)" in by_number[37]
    assert by_number[51].endswith(
        "publication Manual for the Training of Policymakers on the Nature, Prevention and "
        "Treatment of Drug Use Disorders."
    )
    assert not [p.number for p in note.paragraphs if "*" in p.text]


@pytest.mark.parametrize("fmt", ["txt", "pdf", "docx"])
def test_no_break_spaces_read_as_spaces_in_paragraph_text(
    notes: dict[tuple[str, str], Note], fmt: str
) -> None:
    """damage-extraction has no-break spaces ('3.1\\xa0tons', 'UNODC\\xa0Laboratory'); the
    built PDF draws them with the space glyph, so paragraph text has a plain space on every
    path, while a .txt or .docx ``note.text`` keeps the character the file holds."""
    note = notes[("damage-extraction", fmt)]
    by_number = {p.number: p.text for p in note.paragraphs}
    assert "rose from 3.1 tons in 2015 to 12 500 kg in 2017" in by_number[2]
    assert "the UNODC Laboratory and Scientific Section" in by_number[4]
    assert not [p.number for p in note.paragraphs if "\xa0" in p.text]
    assert ("\xa0" in note.text) is (fmt != "pdf")
