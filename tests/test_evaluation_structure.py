"""The structure checks of the evaluation: metadata, headings, paragraph numbers and boundaries."""

from __future__ import annotations

from evaluation_support import note
from honlac_extract.evaluation import GoldFile, score_notes
from honlac_extract.evaluation.gold import GoldParagraph
from honlac_extract.models import Metadata, Paragraph, Section, Subsection


def _section(number: str, title: str, *subheadings: str) -> Section:
    subsections = [Subsection(title=s, start=0, end=0) for s in subheadings]
    return Section(number=number, ordinal=1, title=title, start=0, end=0, subsections=subsections)


def test_metadata_is_exact_after_case_and_space_and_only_gold_fields_count() -> None:
    expected = GoldFile(
        file="t.txt",
        metadata={
            "title": "Border  control",
            "meeting_number": 27,
            "symbol": None,
            "agenda_items": ["6", "7"],
            "venue": "Vienna",
        },
    )
    predicted = note(
        [],
        metadata=Metadata(
            title="BORDER control ",
            meeting_number=27,
            agenda_items=["6", "7"],
            venue="Viena",
            date="2017-01-01",
        ),
    )
    report = score_notes([("t.json", expected, predicted)])
    metadata = report.structure.metadata
    assert (metadata.correct, metadata.total, metadata.predicted) == (4, 5, 4)
    assert [(e.key, e.gold, e.predicted) for e in report.structure_errors] == [
        ("venue", "Vienna", "Viena")
    ]


def test_sections_and_subheadings_compare_number_and_title() -> None:
    expected = GoldFile(
        file="t.txt",
        sections=[("I", "Introduction"), ("II", "Precursor control")],
        subheadings=[("II", "Colombia"), ("II", "Peru")],
    )
    predicted = note(
        [],
        sections=[_section("I", "introduction"), _section("III", "Precursor control", "Colombia")],
    )
    report = score_notes([("t.json", expected, predicted)])
    structure = report.structure
    assert (structure.sections.correct, structure.sections.total) == (1, 2)
    assert structure.sections.predicted == 2
    assert (structure.subheadings.correct, structure.subheadings.total) == (0, 2)
    errors = [(e.kind, e.key, e.gold, e.predicted) for e in report.structure_errors]
    assert errors == [
        ("section", "II", "Precursor control", None),
        ("section", "III", None, "Precursor control"),
        ("subheading", "II", "Colombia", None),
        ("subheading", "II", "Peru", None),
        ("subheading", "III", None, "Colombia"),
    ]


def test_paragraph_numbers_and_boundaries() -> None:
    expected = GoldFile(
        file="t.txt",
        paragraphs=[
            GoldParagraph(n=1, first="The present note", last="7 October 2016."),
            GoldParagraph(n=2, first="In 2017, UNODC", last=None),
            GoldParagraph(n=3, first="Absent", last="paragraph."),
        ],
    )
    predicted = note(
        [],
        paragraphs=[
            Paragraph(
                number=1, text="The present\nnote gives ... from 3 to 7 October 2016.", spans=[]
            ),
            Paragraph(number=2, text="In 2016, UNODC did things", spans=[]),
            Paragraph(number=4, text="Extra.", spans=[]),
        ],
    )
    report = score_notes([("t.json", expected, predicted)])
    numbers, boundaries = report.structure.paragraph_numbers, report.structure.boundaries
    assert (numbers.correct, numbers.total, numbers.predicted) == (2, 3, 3)
    assert (boundaries.correct, boundaries.total) == (2, 5)
    failed = [(e.kind, e.key) for e in report.structure_errors if e.kind in ("first", "last")]
    assert failed == [("first", "2"), ("first", "3"), ("last", "3")]


def test_boundaries_ignore_emphasis_asterisks_on_both_sides() -> None:
    """A gold annotated on a converted .txt keeps markdown emphasis ("Disorders*."), which
    paragraph text drops; the words still have to match."""
    expected = GoldFile(
        file="t.txt",
        paragraphs=[
            GoldParagraph(n=1, first="The *Manual", last="Use Disorders*."),
            GoldParagraph(n=2, first="In 2016", last="Use Disorders*."),
        ],
    )
    predicted = note(
        [],
        paragraphs=[
            Paragraph(number=1, text="The Manual for Drug *Use* Disorders.", spans=[]),
            Paragraph(number=2, text="In 2016 the Manual for Drug Use.", spans=[]),
        ],
    )
    report = score_notes([("t.json", expected, predicted)])
    assert (report.structure.boundaries.correct, report.structure.boundaries.total) == (3, 4)
    failed = [(e.kind, e.key, e.gold) for e in report.structure_errors]
    assert failed == [("last", "2", "Use Disorders.")]
