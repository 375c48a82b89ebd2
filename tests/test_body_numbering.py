"""Paragraph numbering has no cap that loses text (issue 17 item 2).

The numbering once refused numbers above 500: a longer note parsed to 500 paragraphs and the
last one silently absorbed the rest. Numbers now go as far as the document goes, while a lone
year or quantity at a line start still never becomes a paragraph.
"""

from __future__ import annotations

from honlac_extract.structure import parse_structure_unguarded

_WORDS = ("seizures", "training", "cooperation", "laboratories", "precursors", "couriers")


def _long_note(count: int, flattened: bool = False) -> str:
    """A generated note of ``count`` numbered paragraphs, each with distinct words."""
    lines = ["Note by the Secretariat", "", "I. Introduction", ""]
    for number in range(1, count + 1):
        word = _WORDS[number % len(_WORDS)]
        lines.append(f"{number}. Paragraph {number} reports {word} in year {2000 + number % 20}.")
        lines.append("")
    text = "\n".join(lines)
    return " ".join(text.split()) if flattened else text


def test_a_note_of_1200_paragraphs_keeps_every_paragraph() -> None:
    text = _long_note(1200)
    structure = parse_structure_unguarded(text)
    assert [p.number for p in structure.paragraphs] == list(range(1, 1201))
    assert structure.warnings == []
    last = structure.paragraphs[-1]
    assert last.text == "Paragraph 1200 reports seizures in year 2000."
    for paragraph in structure.paragraphs:
        assert paragraph.text.startswith(f"Paragraph {paragraph.number} reports ")
        for start, end in paragraph.spans:
            assert 0 <= start < end <= len(text)


def test_a_flattened_note_of_1200_paragraphs_keeps_every_paragraph() -> None:
    structure = parse_structure_unguarded(_long_note(1200, flattened=True))
    assert [p.number for p in structure.paragraphs] == list(range(1, 1201))
    assert structure.paragraphs[-1].text == "Paragraph 1200 reports seizures in year 2000."


def test_a_year_at_a_line_start_is_not_a_paragraph() -> None:
    text = (
        "1. Seizures rose in the region during the period under review and\n"
        "2017. The figures below come from national reports.\n\n"
        "2. Cocaine seizures doubled.\n"
    )
    structure = parse_structure_unguarded(text)
    assert [p.number for p in structure.paragraphs] == [1, 2]
    assert "2017. The figures" in structure.paragraphs[0].text


def test_a_lone_large_number_does_not_make_a_note() -> None:
    structure = parse_structure_unguarded("Annual report\n\n2018. The year in review.\n")
    assert structure.paragraphs == []


def test_numbers_above_500_follow_their_sequence_after_a_year() -> None:
    text = _long_note(620).replace("\n\n601. ", "\n\n1999. A year heading the page.\n\n601. ", 1)
    structure = parse_structure_unguarded(text)
    numbers = [p.number for p in structure.paragraphs]
    assert numbers == list(range(1, 621))
    assert "1999. A year heading the page." in structure.paragraphs[599].text
