"""Body structure of resolutions, letters and annexes (issue 12 part 3) on the body-* fixtures.

The paragraph sequences and first/last words of the fixtures are checked against their gold
by test_structure_fixtures in all three forms; these tests check what the gold cannot say:
paragraph kinds, annex labels, the adoption trailer and the signature block. Unnumbered
paragraphs of a document that also prints numbers (preambular clauses, a letter's own text
before its numbered annex) are numbered -1, -2, ...; a letter with no printed numbers keeps
position numbers 1..n.
"""

from __future__ import annotations

import textwrap

import pytest

from honlac_extract.structure import parse_structure_unguarded
from structure_support import flattened, note_text

LETTER = """United Nations                                              S/2024/101

Security Council                                              Distr.: General
                                                              2 February 2024

Letter dated 30 January 2024 from the Permanent Representative of
Ghana to the United Nations addressed to the President of the
Security Council

I have the honour to inform you that the national authorities of Ghana seized
1.2 tons of cocaine at the port of Tema in December 2023.

The consignment had been declared as frozen fish and was bound for a port
in Europe.

I should be grateful if the present letter could be circulated as a document of
the Security Council.

(Signed) Kwame Mensah
Ambassador
Permanent Representative of Ghana to the United Nations
"""


@pytest.mark.parametrize("flat", [False, True])
def test_resolution_operative_paragraphs_without_the_trailer(flat: bool) -> None:
    text = note_text("body-resolution")
    text = flattened(text) if flat else text
    structure = parse_structure_unguarded(text)
    assert [(p.number, p.kind) for p in structure.paragraphs] == [
        *[(n, "preambular") for n in (-1, -2, -3)],
        *[(n, "operative") for n in (1, 2, 3, 4)],
    ]
    assert structure.paragraphs[2].text.startswith("Concerned about the growing use")
    assert structure.paragraphs[2].text.endswith("between regions,")
    assert all("7th meeting" not in p.text for p in structure.paragraphs)
    assert structure.paragraphs[-1].text.endswith("of the present resolution.")
    assert [item.label for item in structure.paragraphs[5].items] == ["a", "b"]


def test_a_note_without_an_opening_has_no_operative_paragraphs() -> None:
    structure = parse_structure_unguarded(note_text("honlac-27-note"))
    assert {p.kind for p in structure.paragraphs} == {None}
    assert {p.annex for p in structure.paragraphs} == {None}


@pytest.mark.parametrize("flat", [False, True])
def test_letter_annex_paragraphs_are_marked_and_the_signature_kept_out(flat: bool) -> None:
    text = note_text("body-letter-annex")
    text = flattened(text) if flat else text
    structure = parse_structure_unguarded(text)
    assert [(p.number, p.kind, p.annex) for p in structure.paragraphs] == [
        (-1, "body", None),
        (-2, "body", None),
        (-3, "signature", None),
        *[(n, None, "Annex") for n in (1, 2, 3)],
    ]
    assert structure.paragraphs[2].text == (
        "(Signed) Ana María Quispe Huamán Ambassador Permanent Representative of Peru to the"
        " United Nations"
    )
    assert all("(Signed)" not in p.text for p in structure.paragraphs if p.kind != "signature")
    assert all("Annex to the letter" not in p.text for p in structure.paragraphs)


def test_letter_body_paragraphs_and_signature_block() -> None:
    structure = parse_structure_unguarded(LETTER)
    assert structure.warnings == []
    paragraphs = structure.paragraphs
    assert [(p.number, p.kind) for p in paragraphs] == [
        (1, "body"),
        (2, "body"),
        (3, "body"),
        (4, "signature"),
    ]
    assert paragraphs[0].text.startswith("I have the honour to inform you")
    assert paragraphs[1].text == (
        "The consignment had been declared as frozen fish and was bound for a port in Europe."
    )
    assert paragraphs[2].text.endswith("a document of the Security Council.")
    assert paragraphs[3].text == (
        "(Signed) Kwame Mensah Ambassador Permanent Representative of Ghana to the United Nations"
    )
    for paragraph in paragraphs:
        assert " ".join(LETTER[s:e] for s, e in paragraph.spans).split() == paragraph.text.split()


@pytest.mark.parametrize("rewrap", [False, True])
def test_a_flattened_letter_splits_only_at_formulaic_paragraph_openings(rewrap: bool) -> None:
    text = flattened(LETTER)
    if rewrap:  # broken into lines anywhere, still without a blank line
        text = "\n".join(textwrap.wrap(text, 90, break_long_words=False, break_on_hyphens=False))
    structure = parse_structure_unguarded(text)
    assert structure.warnings == []
    paragraphs = structure.paragraphs
    assert [(p.number, p.kind) for p in paragraphs] == [(1, "body"), (2, "body"), (3, "signature")]
    # the break before "The consignment ..." cannot be seen without line breaks
    assert paragraphs[0].text.startswith("I have the honour to inform you")
    assert paragraphs[0].text.endswith("was bound for a port in Europe.")
    assert paragraphs[1].text.startswith("I should be grateful if the present letter")
    assert paragraphs[2].text == (
        "(Signed) Kwame Mensah Ambassador Permanent Representative of Ghana to the United Nations"
    )


def test_a_flattened_letter_needs_a_known_addressee() -> None:
    text = flattened(LETTER).replace("addressed to the President of the Security Council", "")
    assert parse_structure_unguarded(text).paragraphs == []


def test_a_page_break_inside_a_letter_paragraph_does_not_split_it() -> None:
    text = LETTER.replace("was bound for a port\n", "was bound for a port\n\n\n2/2\n\n\n")
    structure = parse_structure_unguarded(text)
    assert [p.kind for p in structure.paragraphs].count("body") == 3
    assert structure.paragraphs[1].text.endswith("bound for a port in Europe.")


def test_text_without_a_letter_title_is_still_not_a_note() -> None:
    structure = parse_structure_unguarded("Some words.\n\n(Signed) Somebody\n")
    assert structure.paragraphs == []
    assert structure.warnings and "no numbered paragraphs" in structure.warnings[0]
