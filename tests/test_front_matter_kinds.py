"""Front matter of a conference room paper, a report's summary and a summary record."""

from __future__ import annotations

from honlac_extract import extract

CRP = """E/CN.7/2031/CRP.9

Conference room paper

6 March 2031

English only

Commission on Narcotic Drugs
Seventy-fourth session
Vienna, 13-17 March 2031
Item 7 of the provisional agenda
Follow-up to the implementation of all commitments made to address the
world drug problem

Outcome of the meetings of the subsidiary bodies held in 2030

Note by the Secretariat

I. Introduction

1. The present conference room paper summarizes the meetings of the subsidiary bodies.
"""

REPORT = """United Nations

E/CN.7/2031/4

Economic and Social Council

Distr.: General
22 December 2030

Original: English

Commission on Narcotic Drugs
Seventy-fourth session
Vienna, 13-17 March 2031
Item 6 of the provisional agenda
World situation with regard to drug trafficking

World situation with regard to drug trafficking

Report of the Secretariat

Summary

The present report gives an overview of trends in drug trafficking in 2029.

Seizures of cocaine reached a record in 2029. The report ends with
recommendations.

Please recycle

I. Introduction

1. The present report was prepared pursuant to the practice of the Commission.
"""

RECORD = """United Nations

A/C.3/86/SR.4

General Assembly
Eighty-sixth session
Official Records

Distr.: General
20 October 2031

Original: English

Third Committee
Summary record of the 4th meeting
Held at Headquarters, New York, on Tuesday, 7 October 2031, at 10 a.m.

The meeting was called to order at 10.05 a.m.

1. Ms. Larsen (Denmark) said that her delegation supported the draft resolution.

2. Mr. Ito (Japan) said that trafficking by sea had grown.

The meeting rose at 12.50 p.m.
"""


def test_a_conference_room_paper_keeps_its_type_line_apart_from_the_masthead_line() -> None:
    metadata = extract(CRP).metadata
    assert metadata.kind == "conference_room_paper"
    assert metadata.document_type == "Note by the Secretariat"
    assert metadata.title == "Outcome of the meetings of the subsidiary bodies held in 2030"
    assert metadata.agenda_item_title == (
        "Follow-up to the implementation of all commitments made to address the world drug problem"
    )


def test_a_reports_summary_paragraphs_are_unnumbered_paragraphs_of_kind_summary() -> None:
    paragraphs = extract(REPORT).paragraphs
    assert [(p.number, p.kind) for p in paragraphs] == [(-1, "summary"), (-2, "summary"), (1, None)]
    assert paragraphs[1].text == (
        "Seizures of cocaine reached a record in 2029. The report ends with recommendations."
    )


def test_a_summary_record_gives_its_meeting_number_day_and_venue() -> None:
    note = extract(RECORD)
    metadata = note.metadata
    assert (metadata.kind, metadata.meeting_number, metadata.venue) == (
        "summary_record",
        4,
        "New York",
    )
    assert (metadata.meeting_start, metadata.meeting_end, metadata.date) == (
        "2031-10-07",
        "2031-10-07",
        "2031-10-20",
    )
    last = next(p for p in note.paragraphs if p.number == 2)
    assert last.text == "Mr. Ito (Japan) said that trafficking by sea had grown."


def test_a_records_procedural_lines_are_its_own_unnumbered_paragraphs() -> None:
    paragraphs = extract(RECORD).paragraphs
    assert [(p.number, p.kind) for p in paragraphs] == [
        (-1, "record"),
        (1, None),
        (2, None),
        (-2, "record"),
    ]
    assert paragraphs[0].text == "The meeting was called to order at 10.05 a.m."
    assert paragraphs[-1].text == "The meeting rose at 12.50 p.m."
