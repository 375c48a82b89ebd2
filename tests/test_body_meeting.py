"""A meeting report's lettered sub-sections and numbered recommendation headings (issue 12).

"A. Recommendations adopted by ..." under a Roman section is followed by the heading of a
recommendation ("Recommendation 1: ..."): neither is body text of the paragraph before, and
the recommendation heading is the sub-heading of the paragraph after it. A numbered heading
("1. Recommendation on ...") numbers a recommendation, not a paragraph: its number stays out
of the paragraph sequence. Checked printed, flattened and re-wrapped (flattened, then broken
into lines anywhere).
"""

from __future__ import annotations

import textwrap

import pytest

from honlac_extract.structure import Structure, parse_structure_unguarded
from structure_support import note_text

REPORT = """                                                              UNODC/HONLAF/30/5

                                                              Distr.: General
                                                              14 October 2022

Report of the Thirtieth Meeting of Heads of National Drug Law Enforcement
Agencies, Africa, held in Abuja from 19 to 23 September 2022

I. Recommendations

1. The working groups of the Thirtieth Meeting submitted the recommendations
set out below, which were adopted by the Meeting.

A. Recommendations adopted by the working group on maritime trafficking

Recommendation 1: Container control at seaports

2. Governments should establish joint port control units at their main seaports,
bringing together customs and police officers.

Recommendation 2: Sharing of seizure data

3. Governments should report significant seizures made at seaports to the
United Nations Office on Drugs and Crime (UNODC) within three months.

B. Recommendations adopted by the working group on synthetic drugs

Recommendation 3: Early warning

4. Governments should set up national early warning systems for new
psychoactive substances and share their findings with neighbouring States.

II. Organization of the Meeting

5. The Thirtieth Meeting was held in Abuja from 19 to 23 September 2022 and
was attended by representatives of 27 States.
"""


FORMS = ["printed", "flattened", "rewrapped"]
NUMBERED = {
    "Recommendation 1: Container control at seaports": (
        "1. Recommendation on container control at seaports"
    ),
    "Recommendation 2: Sharing of seizure data": "2. Recommendation on sharing of seizure data",
    "Recommendation 3: Early warning": "3. Recommendation on early warning",
}


def parsed(text: str, form: str) -> Structure:
    if form != "printed":
        text = " ".join(text.split())
    if form == "rewrapped":
        text = "\n".join(textwrap.wrap(text, 100, break_long_words=False, break_on_hyphens=False))
    return parse_structure_unguarded(text)


def numbered(text: str) -> str:
    for heading, replacement in NUMBERED.items():
        text = text.replace(heading, replacement)
    return text


@pytest.mark.parametrize("form", FORMS)
def test_lettered_lines_and_recommendation_headings_stay_out_of_paragraphs(form: str) -> None:
    structure = parsed(REPORT, form)
    assert structure.warnings == []
    paragraphs = structure.paragraphs
    assert [p.number for p in paragraphs] == [1, 2, 3, 4, 5]
    assert paragraphs[0].text.endswith("which were adopted by the Meeting.")
    assert paragraphs[2].text.endswith("(UNODC) within three months.")
    assert all(
        "Recommendation" not in p.text and "adopted by the working" not in p.text
        for p in paragraphs
    )
    assert [p.subsection for p in paragraphs] == [
        None,
        "Recommendation 1: Container control at seaports",
        "Recommendation 2: Sharing of seizure data",
        "Recommendation 3: Early warning",
        None,
    ]
    assert [(u.group, u.paragraphs) for u in structure.sections[0].subsections] == [
        ("A. Recommendations adopted by the working group on maritime trafficking", [2]),
        ("A. Recommendations adopted by the working group on maritime trafficking", [3]),
        ("B. Recommendations adopted by the working group on synthetic drugs", [4]),
    ]
    assert [(s.number, s.title) for s in structure.sections] == [
        ("I", "Recommendations"),
        ("II", "Organization of the Meeting"),
    ]


@pytest.mark.parametrize("form", FORMS)
def test_numbered_recommendation_headings_are_not_paragraphs(form: str) -> None:
    structure = parsed(numbered(REPORT), form)
    assert structure.warnings == []
    assert [p.number for p in structure.paragraphs] == [1, 2, 3, 4, 5]
    assert [p.subsection for p in structure.paragraphs] == [None, *NUMBERED.values(), None]
    assert structure.paragraphs[0].text.endswith("which were adopted by the Meeting.")
    assert structure.paragraphs[1].text.startswith("Governments should establish joint port")
    assert all("Recommendation on" not in p.text for p in structure.paragraphs)


@pytest.mark.parametrize("form", FORMS)
def test_a_paragraph_about_recommendations_stays_a_paragraph(form: str) -> None:
    text = numbered(REPORT).replace(
        "4. Governments should set up",
        "4. Recommendations on early warning were adopted by consensus. Governments should set up",
    )
    structure = parsed(text, form)
    assert [p.number for p in structure.paragraphs] == [1, 2, 3, 4, 5]
    assert structure.paragraphs[3].text.startswith("Recommendations on early warning were")


ORGANIZATION = """II. Organization of the Meeting

A. Opening and duration of the Meeting

5. The Thirtieth Meeting was held in Abuja from 19 to 23 September 2022.

B. Attendance

6. The Meeting was attended by representatives of 27 States.
"""


@pytest.mark.parametrize("form", FORMS)
def test_a_lettered_line_without_a_heading_after_it_is_its_own_group(form: str) -> None:
    text = REPORT.replace("Recommendation 3: Early warning\n\n", "")
    structure = parsed(text, form)
    assert structure.paragraphs[3].subsection == (
        "Recommendations adopted by the working group on synthetic drugs"
    )
    assert structure.paragraphs[2].text.endswith("(UNODC) within three months.")
    last = structure.sections[0].subsections[-1]
    assert (last.title, last.group, last.paragraphs) == (
        "Recommendations adopted by the working group on synthetic drugs",
        "B. Recommendations adopted by the working group on synthetic drugs",
        [4],
    )


@pytest.mark.parametrize("form", FORMS)
def test_lettered_lines_right_after_a_section_title_open_groups(form: str) -> None:
    head, _, _ = REPORT.partition("II. Organization of the Meeting")
    text = head.replace(
        "1. The working groups of the Thirtieth Meeting submitted the recommendations\n"
        "set out below, which were adopted by the Meeting.\n\n",
        "",
    )
    text = text.replace("2. Gov", "1. Gov").replace("3. Gov", "2. Gov").replace("4. Gov", "3. Gov")
    structure = parsed(text + ORGANIZATION.replace("5.", "4.").replace("6.", "5."), form)
    assert structure.warnings == []
    assert [(s.number, s.title) for s in structure.sections] == [
        ("I", "Recommendations"),
        ("II", "Organization of the Meeting"),
    ]
    assert [(s.number, u.title, u.group) for s in structure.sections for u in s.subsections] == [
        (
            "I",
            "Recommendation 1: Container control at seaports",
            "A. Recommendations adopted by the working group on maritime trafficking",
        ),
        (
            "I",
            "Recommendation 2: Sharing of seizure data",
            "A. Recommendations adopted by the working group on maritime trafficking",
        ),
        (
            "I",
            "Recommendation 3: Early warning",
            "B. Recommendations adopted by the working group on synthetic drugs",
        ),
        ("II", "Opening and duration of the Meeting", "A. Opening and duration of the Meeting"),
        ("II", "Attendance", "B. Attendance"),
    ]
    assert [p.subsection for p in structure.paragraphs][-2:] == [
        "Opening and duration of the Meeting",
        "Attendance",
    ]


@pytest.mark.parametrize("form", FORMS)
def test_the_lettered_report_fixture_keeps_every_lettered_line_as_a_group(form: str) -> None:
    structure = parsed(note_text("kind-report-lettered"), form)
    groups = [(s.number, u.group, u.paragraphs) for s in structure.sections for u in s.subsections]
    synthetic = "A. Recommendations adopted by the working group on synthetic drugs"
    assert groups == [
        ("I", synthetic, [1]),
        ("I", synthetic, [2]),
        ("I", "B. Recommendations adopted by the working group on maritime trafficking", [3]),
        ("I", "C. Follow-up", [4]),
        ("II", "A. Opening and duration of the Meeting", [5]),
        ("II", "B. Attendance", [6]),
        ("II", "C. Election of officers", [7]),
    ]
