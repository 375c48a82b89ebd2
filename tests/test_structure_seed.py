"""The seed note (honlac-27-note) and its flattened form against the gold annotation."""

from __future__ import annotations

import re
import textwrap

import pytest

from honlac_extract.structure import Structure, parse_structure_unguarded
from structure_support import (
    SEED,
    check_offsets,
    flattened,
    gold,
    note_text,
    paragraph_problems,
    sections_of,
    subheadings_of,
)

DEBRIS = re.compile(
    r"V\.\d{2}-\d{5}|\*\d{7}\*|_{3}|Available only in|UNODC/HONLAC/27/1|working languages"
)


@pytest.fixture(scope="module")
def seed() -> Structure:
    return parse_structure_unguarded(note_text(SEED))


@pytest.fixture(scope="module")
def flat() -> Structure:
    return parse_structure_unguarded(flattened(note_text(SEED)))


def test_seed_has_71_paragraphs_with_their_true_first_and_last_words(seed: Structure) -> None:
    assert len(seed.paragraphs) == 71
    assert paragraph_problems(seed, gold(SEED)["paragraphs"]) == []
    assert seed.warnings == []


def test_paragraphs_split_by_a_page_break_are_joined(seed: Structure) -> None:
    by_number = {p.number: p for p in seed.paragraphs}
    assert "working to correct implementation errors" in by_number[3].text
    assert "UNODC also exchanged experiences" in by_number[11].text
    assert "assistance included the acquisition" in by_number[20].text
    assert "in Mexico City from 30 August" in by_number[27].text
    for number in (3, 11, 20, 27, 46, 54, 63):
        assert len(by_number[number].spans) == 2, number


def test_no_footnote_or_furniture_debris_in_any_paragraph(seed: Structure) -> None:
    for paragraph in seed.paragraphs:
        assert not DEBRIS.search(paragraph.text), paragraph.number
        assert "**" not in paragraph.text, paragraph.number


def test_sections_and_subheadings_match_the_gold(seed: Structure) -> None:
    expected = gold(SEED)
    assert sections_of(seed) == expected["sections"]
    assert [s.ordinal for s in seed.sections] == list(range(1, 11))
    assert subheadings_of(seed) == expected["subheadings"]


def test_every_subheading_lists_its_paragraphs(seed: Structure) -> None:
    section_ii = seed.sections[1]
    assert [(s.title, s.paragraphs) for s in section_ii.subsections] == [
        ("Colombia", [2]),
        ("Mexico", [3]),
        ("Peru", [4, 5, 6]),
    ]
    listed = [n for s in seed.sections for sub in s.subsections for n in sub.paragraphs]
    under_a_subheading = [p.number for p in seed.paragraphs if p.subsection is not None]
    assert listed == under_a_subheading
    assert [p.number for p in seed.paragraphs if p.subsection is None] == [1, 67, 68, 69, 70, 71]
    by_number = {p.number: p for p in seed.paragraphs}
    assert (by_number[9].section, by_number[9].subsection) == (
        "III",
        "Bolivia (Plurinational State of)",
    )
    assert (by_number[44].section, by_number[44].subsection) == (
        "VIII",
        "Regional and subregional levels",
    )


def test_seed_metadata(seed: Structure) -> None:
    metadata = seed.metadata
    assert metadata.symbol is None
    assert metadata.date == "2017-07-06"
    assert metadata.meeting_number == 27
    assert metadata.body == "HONLAC"
    assert metadata.region == "Latin America and the Caribbean"
    assert metadata.meeting_title == (
        "Twenty-seventh Meeting of the Heads of National Drug Law Enforcement Agencies, "
        "Latin America and the Caribbean"
    )
    assert metadata.venue == "Guatemala City"
    assert (metadata.meeting_start, metadata.meeting_end) == ("2017-10-02", "2017-10-06")
    assert metadata.agenda_items == ["3"]
    assert (
        metadata.agenda_item_title == "Major regional drug trafficking trends and countermeasures"
    )
    assert (
        metadata.title == "Current situation with respect to regional and subregional cooperation"
    )
    assert metadata.document_type == "Note by the Secretariat"
    assert metadata.agenda_symbol == "UNODC/HONLAC/27/1"
    assert metadata.original_language == "English"
    assert metadata.working_languages == ["English", "French", "Spanish"]


def test_seed_footnotes(seed: Structure) -> None:
    assert [(f.marker, f.text) for f in seed.footnotes] == [
        (
            "*",
            "Available only in English, French and Spanish, which are the working languages "
            "of the subsidiary body.",
        ),
        ("**", "[UNODC/HONLAC/27/1](#)."),
    ]


def test_lettered_items(seed: Structure) -> None:
    by_number = {p.number: p for p in seed.paragraphs}
    assert [(i.label, i.text) for i in by_number[9].items] == [
        ("a", "the General Law on Coca"),
        ("b", "the Law against Illicit Trafficking in Controlled Substances"),
    ]
    assert [i.label for i in by_number[29].items] == ["a", "b", "c"]
    assert by_number[29].items[2].text == "improving inter-institutional cooperation"
    assert [i.label for i in by_number[33].items] == ["a", "b", "c", "d"]
    assert by_number[33].items[1].text == "container control (Regional Office in Panama)"
    assert [p.number for p in seed.paragraphs if p.items] == [9, 29, 33]


def test_offsets_index_the_text(seed: Structure, flat: Structure) -> None:
    check_offsets(note_text(SEED), seed)
    check_offsets(flattened(note_text(SEED)), flat)


def test_flattened_seed_gives_the_same_paragraphs_sections_and_subheadings(
    seed: Structure, flat: Structure
) -> None:
    assert [(p.number, p.text) for p in flat.paragraphs] == [
        (p.number, " ".join(p.text.split())) for p in seed.paragraphs
    ]
    assert [(p.section, p.subsection) for p in flat.paragraphs] == [
        (p.section, p.subsection) for p in seed.paragraphs
    ]
    assert sections_of(flat) == sections_of(seed)
    assert subheadings_of(flat) == subheadings_of(seed)
    assert flat.metadata == seed.metadata
    assert [(f.marker, f.text) for f in flat.footnotes] == [
        (f.marker, f.text) for f in seed.footnotes
    ]
    assert [[(i.label, i.text) for i in p.items] for p in flat.paragraphs] == [
        [(i.label, " ".join(i.text.split())) for i in p.items] for p in seed.paragraphs
    ]


@pytest.mark.parametrize("width", [1500, 300, 90])
def test_flattened_seed_rewrapped_into_lines_gives_the_same_structure(
    seed: Structure, width: int
) -> None:
    text = "\n".join(
        textwrap.wrap(
            flattened(note_text(SEED)), width, break_long_words=False, break_on_hyphens=False
        )
    )
    wrapped = parse_structure_unguarded(text)
    check_offsets(text, wrapped)
    assert [(p.number, " ".join(p.text.split())) for p in wrapped.paragraphs] == [
        (p.number, " ".join(p.text.split())) for p in seed.paragraphs
    ]
    assert sections_of(wrapped) == sections_of(seed)
    assert subheadings_of(wrapped) == subheadings_of(seed)
    assert wrapped.metadata == seed.metadata
