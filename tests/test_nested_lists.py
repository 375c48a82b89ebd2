"""A numbered list inside a paragraph (an adopted agenda) is the paragraph's text, not a
restart of the paragraph numbers; an annex's restarted numbering stays."""

from __future__ import annotations

from honlac_extract.structure import parse_structure_unguarded

BODY = (
    "UNODC/HONLAP/44/5\n\nReport of the Meeting\n\nI. Organization of the Meeting\n\n"
    "1. The Meeting was held in Bangkok from 8 to 11 October 2019.\n\n"
    "2. At its 1st meeting, the Meeting adopted the following agenda:\n\n"
    "1. Election of officers.\n\n2. Adoption of the agenda.\n\n3. Adoption of the report.\n\n"
    "3. The documents before the Meeting included a note by the Secretariat.\n"
)


def test_an_agenda_listed_inside_a_paragraph_joins_that_paragraph() -> None:
    for text in (BODY, " ".join(BODY.split()) + "\n"):
        paragraphs = parse_structure_unguarded(text).paragraphs
        assert [p.number for p in paragraphs] == [1, 2, 3]
        assert paragraphs[1].text.endswith("3. Adoption of the report.")


def test_numbering_restarted_in_an_annex_stays_paragraphs() -> None:
    text = BODY.replace(
        "3. The documents", "Annex\n\n1. The list of participants.\n\n2. The list of documents.\n\n"
    )
    text = text.replace("before the Meeting included a note by the Secretariat.\n", "")
    numbers = [p.number for p in parse_structure_unguarded(text).paragraphs]
    assert numbers[-2:] == [1, 2]
