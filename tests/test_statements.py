"""A verbatim record's body: statements by position, procedural lines, agenda-item headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from honlac_extract import extract, extract_file

UN_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "un-pdf"

RECORD = """United Nations

A/80/PV.12

General Assembly
Eightieth session

Official Records

12th plenary meeting
Monday, 6 October 2025, 3 p.m.
New York

The meeting was called to order at 3.10 p.m.

Agenda item 28 (continued)

Advancement of women

The President: I give the floor to the representative of Chile, who will speak on
behalf of the Group of Friends. There are 14 speakers on the list.

Ms. Rojas (Chile): Chile welcomes the 2 reports before the Assembly. In 2024, our
national police trained 600 officers with the support of

25-30111 (E)

*2530111*

A/80/PV.12

the United Nations Office on Drugs and Crime (UNODC).

Mr. Tanaka (Japan): Japan joins the consensus.

Draft resolution A/80/L.4 was adopted (resolution 80/12).

In favour:
Chile, Japan, Norway, Peru, Senegal, United Kingdom of Great Britain and Northern
Ireland

Abstaining:
Ukraine

The meeting rose at 4.20 p.m.
"""


def test_statements_are_paragraphs_by_position_and_page_breaks_keep_them_whole() -> None:
    note = extract(RECORD)
    metadata = note.metadata
    assert (metadata.kind, metadata.meeting_number) == ("verbatim_record", 12)
    assert (metadata.venue, metadata.meeting_start) == ("New York", "2025-10-06")
    assert [(p.number, p.kind, p.text[:22]) for p in note.paragraphs] == [
        (1, "record", "The meeting was called"),
        (2, "body", "The President: I give "),
        (3, "body", "Ms. Rojas (Chile): Chi"),
        (4, "body", "Mr. Tanaka (Japan): Ja"),
        (5, "body", "Draft resolution A/80/"),
        (6, "body", "In favour: Chile, Japa"),
        (7, "body", "Abstaining: Ukraine"),
        (8, "record", "The meeting rose at 4."),
    ]
    third = note.paragraphs[2]
    assert third.text.endswith(
        "with the support of the United Nations Office on Drugs and Crime (UNODC)."
    )
    assert "2530111" not in third.text and note.sections == []


def test_an_item_only_heading_takes_the_title_line_under_it() -> None:
    note = extract(RECORD)
    assert [(s.title, s.paragraphs) for s in note.subsections] == [
        ("Agenda item 28 (continued) Advancement of women", [2, 3, 4, 5, 6, 7, 8])
    ]
    assert {e.text for e in note.entities if e.label == "COUNTRY"} >= {"Chile", "Japan"}


def test_numbers_in_speeches_are_no_paragraph_numbers() -> None:
    text = RECORD.replace("There are 14 speakers", "There are\n14. speakers")
    assert [p.number for p in extract(text).paragraphs] == [1, 2, 3, 4, 5, 6, 7, 8]


def test_a_line_run_into_a_lower_case_line_is_no_heading() -> None:
    text = RECORD.replace(
        "Mr. Tanaka (Japan): Japan joins the consensus.",
        "Mr. Tanaka (Japan): Japan joins the consensus. It is my understanding that\n\n"
        "the Assembly agrees.",
    )
    assert [s.title for s in extract(text).subsections] == [
        "Agenda item 28 (continued) Advancement of women"
    ]


@pytest.mark.skipif(not UN_PDF.is_dir(), reason="the UN PDF corpus is not here")
def test_a_real_verbatim_record_reads_its_statements() -> None:
    note = extract_file(UN_PDF / "A_79_PV.29_unextractor.pdf")
    assert note.warnings == []
    first, second, third = note.paragraphs[:3]
    assert first.text.startswith("In the absence of the President, Mr. Agyeman (Ghana)")
    assert (second.kind, second.text[:40]) == ("record", "The meeting was called to order at 3 p.m")
    assert third.text.startswith("Mr. Kiboino (Kenya):")
    assert [p.number for p in note.paragraphs] == list(range(1, len(note.paragraphs) + 1))
    assert len(note.paragraphs) > 100
    assert note.subsections[0].title == (
        "Agenda item 74 (continued) Report of the International Criminal Court"
    )


def test_the_line_on_who_took_the_chair_opens_the_body_and_a_wrapped_title_is_a_heading() -> None:
    text = RECORD.replace(
        "The meeting was called to order at 3.10 p.m.",
        "In the absence of the President, Mr. Batbayar (Mongolia), Vice-President, took\n"
        "the Chair.\n\nThe meeting was called to order at 3.10 p.m.",
    ).replace(
        "Advancement of women",
        "Countering the use of information and communications\ntechnologies for criminal purposes",
    )
    note = extract(text)
    assert note.paragraphs[0].text.startswith("In the absence of the President")
    assert note.paragraphs[1].kind == "record"
    assert note.subsections[0].title == (
        "Agenda item 28 (continued) Countering the use of information and communications "
        "technologies for criminal purposes"
    )
