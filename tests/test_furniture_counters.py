"""Page counters ("2/5") and New York job numbers alone on their line are page furniture; a
section title line that runs to the margin continues on the next line."""

from __future__ import annotations

from honlac_extract import extract
from honlac_extract.structure import parse_structure_unguarded

BODY = (
    "UNODC/HONLAP/44/3\n\nNote by the Secretariat\n\nI. Regional trends\n\n"
    "1. Seizures of methamphetamine in the region reached 171 tons in 2021, the highest figure\n"
    "ever recorded by the Meeting.\n\n"
)


def test_a_page_counter_and_a_bare_job_number_stay_out_of_the_paragraph() -> None:
    text = BODY + "2/5\n\n21-14388\n\n\fUNODC/HONLAP/44/3\n\n2. The Meeting took note of it.\n"
    note = extract(text)
    first = next(p for p in note.paragraphs if p.number == 1)
    assert first.text.endswith("recorded by the Meeting.")
    assert [p.number for p in note.paragraphs] == [1, 2]


def test_a_full_width_section_title_line_carries_on_to_the_next_line() -> None:
    title = "Subcommission on Illicit Drug Traffic and Related Matters in the Near and Middle"
    text = BODY + f"II. {title}\nEast\n\n2. The Subcommission met in Vienna.\n"
    sections = parse_structure_unguarded(text).sections
    assert sections[1].title == f"{title} East"
    assert sections[1].subsections == []


def test_a_short_section_title_keeps_its_sub_heading() -> None:
    text = BODY + "II. Country reports\nMyanmar\n\n2. Myanmar reported 30 seizures.\n"
    sections = parse_structure_unguarded(text).sections
    assert sections[1].title == "Country reports"
    assert [s.title for s in sections[1].subsections] == ["Myanmar"]


def test_a_time_of_day_is_no_quantity() -> None:
    note = extract(BODY + "2. The meeting rose at 12.50 p.m. after 3 speakers.\n")
    quantities = [e.text for e in note.entities if e.label == "QUANTITY" and e.paragraph == 2]
    assert quantities == ["3 speakers"]


def test_a_sub_heading_glued_to_a_section_title_without_a_space_is_split_off() -> None:
    text = BODY + "II. Maritime trafficking in the PacificRegional level\n\n2. The Meeting met.\n"
    section = parse_structure_unguarded(text).sections[1]
    assert section.title == "Maritime trafficking in the Pacific"
    assert [s.title for s in section.subsections] == ["Regional level"]


def test_a_sub_heading_glued_to_a_paragraphs_full_stop_is_split_off() -> None:
    text = BODY.replace(
        "by the Meeting.", "by the Meeting of Germany.Lao People's Democratic Republic"
    )
    text += "2. The Lao People's Democratic Republic reported 30 seizures.\n"
    structure = parse_structure_unguarded(text)
    assert structure.paragraphs[0].text.endswith("Meeting of Germany.")
    assert [s.title for s in structure.sections[0].subsections] == [
        "Lao People's Democratic Republic"
    ]
