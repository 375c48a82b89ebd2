"""The same note read from .txt, .pdf and .docx gives the same Note (issue 6).

Each laid-out fixture is built as PDF and Word (tests/notedocs) and run through the real
pipeline (``extract_file``); paragraphs, sections, sub-headings, metadata and entities must
equal the .txt path's, and every paragraph and entity of a PDF/DOCX note carries its page.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from honlac_extract import extract_file
from honlac_extract.models import Entity, Note
from notedocs import LAID_OUT, NOTES, build_all

TXT_EMPHASIS = pytest.mark.xfail(
    strict=True,
    reason=(
        "the .txt path, not the PDF/DOCX readers: the seed .txt keeps markdown emphasis as "
        "text ('*delta*-9-...' in paragraph 37, '*Manual for the Training ...*' in 51; the "
        "published note sets them in italics, so the PDF and DOCX texts have no asterisks), "
        "and its entity stage may miss 'Mexico City' split by the page break in paragraph 27 "
        "('in Mexico' / 'City from 30 August'), which the re-joined PDF/DOCX paragraph yields"
    ),
)
TXT_NBSP = pytest.mark.xfail(
    strict=True,
    reason=(
        "the .txt path, not the PDF reader: the damage-extraction .txt has no-break spaces "
        "('3.1\\xa0tons', 'UNODC\\xa0Laboratory') that the pipeline keeps in paragraph text "
        "and treats as a word break for agencies; pdfium reads the PDF's no-break spaces as "
        "spaces (the DOCX keeps them and equals the .txt)"
    ),
)
MARKS = {
    ("honlac-27-note", "pdf"): TXT_EMPHASIS,
    ("honlac-27-note", "docx"): TXT_EMPHASIS,
    ("damage-extraction", "pdf"): TXT_NBSP,
}
CASES = [
    pytest.param(name, fmt, marks=MARKS.get((name, fmt), ()), id=f"{name}.{fmt}")
    for name in LAID_OUT
    for fmt in ("pdf", "docx")
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
    return [(s.number, sub.title) for s in note.sections for sub in s.subsections]


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


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_seed_differs_from_txt_only_by_its_emphasis_marks(
    notes: dict[tuple[str, str], Note], fmt: str
) -> None:
    """Pins the known .txt-side differences (TXT_EMPHASIS) so no other one creeps in."""
    txt, other = notes[("honlac-27-note", "txt")], notes[("honlac-27-note", fmt)]
    unmarked = [
        (p.number, re.sub(r"(?<![*\w])\*(?=\w)(.+?)(?<=\w)\*(?![*\w])", r"\1", p.text))
        for p in txt.paragraphs
    ]
    assert [(p.number, p.text) for p in other.paragraphs] == unmarked
    assert [p.number for p in txt.paragraphs if "*" in p.text] == [37, 51]
    assert [(s.number, s.title) for s in other.sections] == [
        (s.number, s.title) for s in txt.sections
    ]
    assert _sub_headings(other) == _sub_headings(txt)
    assert other.metadata == txt.metadata
    txt_entities = Counter(map(_entity_key, txt.entities))
    other_entities = Counter(map(_entity_key, other.entities))
    assert not txt_entities - other_entities  # the readers lose no entity
    extra = [dict(k) for k in other_entities - txt_entities]
    # ...and may find one more: "Mexico City" runs over the page break in paragraph 27
    assert [(k["paragraph"], k["text"]) for k in extra] in ([], [("27", "'Mexico City'")])
