"""Lettered sub-section lines in the evaluation: a group, never a sub-heading (issue 12).

A lettered line with no heading under it ("B. Attendance") is a sub-section whose title is
the line's own words and whose ``group`` is the line. A gold that lists
``subsection_groups`` scores it there only; a gold without the key keeps reading its words as
a sub-heading.
"""

from __future__ import annotations

from evaluation_support import note
from honlac_extract.evaluation import GoldFile, score_notes
from honlac_extract.models import Note, Section, Subsection

TEXT = "II. Organization\n\nB. Attendance\n\n6. Text.\n\nC. Officers\n\nChair\n\n7. Text.\n"


def _predicted() -> Note:
    attendance = TEXT.index("B. Attendance")
    chair = TEXT.index("Chair")
    subsections = [
        Subsection(title="Attendance", start=attendance, end=chair, group="B. Attendance"),
        Subsection(title="Chair", start=chair, end=len(TEXT), group="C. Officers"),
    ]
    section = Section(
        number="II",
        ordinal=2,
        title="Organization",
        start=0,
        end=len(TEXT),
        subsections=subsections,
    )
    predicted = note([], sections=[section])
    return predicted.model_copy(update={"text": TEXT})


def test_a_lettered_line_is_scored_as_a_group_not_a_sub_heading() -> None:
    expected = GoldFile(
        file="t.txt",
        sections=[("II", "Organization")],
        subheadings=[("II", "Chair")],
        subsection_groups=[("II", "B. Attendance"), ("II", "C. Officers")],
    )
    structure = score_notes([("t.json", expected, _predicted())]).structure
    assert (structure.subheadings.correct, structure.subheadings.total) == (1, 1)
    assert structure.subheadings.predicted == 1
    assert (structure.groups.correct, structure.groups.total) == (2, 2)


def test_a_gold_without_groups_reads_the_line_as_a_sub_heading() -> None:
    expected = GoldFile(
        file="t.txt",
        sections=[("II", "Organization")],
        subheadings=[("II", "Attendance"), ("II", "Chair")],
    )
    structure = score_notes([("t.json", expected, _predicted())]).structure
    assert (structure.subheadings.correct, structure.subheadings.predicted) == (2, 2)
