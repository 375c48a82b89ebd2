"""Issue 12 on unseen kinds: "English only" lines, CRP type lines, annotated agendas and the
last page's footer."""

from __future__ import annotations

from honlac_extract.structure import parse_structure_unguarded
from honlac_extract.structure.masthead import read_masthead

CRP = """UNODC/HONEURO/40/CRP.2

3 May 2031

English only

Fortieth Meeting of Heads of National Drug Law
Enforcement Agencies, Europe
Vienna, 2–5 June 2031
Item 4 of the provisional agenda
Trends

Maritime trafficking: replies of Governments

Conference room paper prepared by the Secretariat

I. Introduction

1. The present paper summarizes the replies received.

2. Replies were received from nine Governments by 1 May 2031.

2/2

V.31-01234
"""

AGENDA = """UNODC/HONLAC/40/1

Distr.: General
1 July 2031

Provisional agenda and annotations

I. Provisional agenda

1. Election of officers.

2. Consideration of topics by working groups: (a) Ports; (b) Airports.

3. Adoption of the report.

II. Annotations

1. Election of officers

The Meeting will elect a Chair.

2. Consideration of topics by working groups

The Meeting will establish two working groups.

Each group will adopt recommendations.

3. Adoption of the report

A draft report will be prepared by the Secretariat.
"""


def test_an_english_only_line_gives_the_original_language() -> None:
    assert read_masthead(CRP, len(CRP)).original_language == "English"
    assert parse_structure_unguarded(CRP).metadata.original_language == "English"


def test_a_conference_room_paper_type_line_is_read_whole() -> None:
    metadata = parse_structure_unguarded(CRP).metadata
    assert metadata.document_type == "Conference room paper prepared by the Secretariat"


def test_the_last_page_footer_is_not_paragraph_text() -> None:
    last = parse_structure_unguarded(CRP).paragraphs[-1]
    assert last.text == "Replies were received from nine Governments by 1 May 2031."


def test_a_venue_line_is_not_a_masthead_title() -> None:
    text = (
        "E/CN.7/RES/74/2\n\nEconomic and Social Council\n\nDistr.: General\n2 April 2031\n\n"
        "Original: English\n\nCommission on Narcotic Drugs\nSeventy-fourth session\n"
        "Vienna, 10\u201314 March 2031\nAgenda item 6\nImplementation of the treaties\n\n"
        "Resolution adopted by the Commission on Narcotic Drugs on 14 March 2031\n\n"
        "74/2. Precursor control\n\nThe Commission on Narcotic Drugs,\n\n"
    )
    masthead = read_masthead(text, len(text))
    assert masthead.title == "Precursor control"
    assert masthead.agenda_items == ["6"]
    assert masthead.agenda_item_titles == ["Implementation of the treaties"]
    assert masthead.document_type == (
        "Resolution adopted by the Commission on Narcotic Drugs on 14 March 2031"
    )


def test_annotated_agenda_item_headings_are_not_paragraphs() -> None:
    paragraphs = parse_structure_unguarded(AGENDA).paragraphs
    assert [(p.number, p.kind) for p in paragraphs] == [
        (1, None),
        (2, None),
        (3, None),
        (-1, "annotation"),
        (-2, "annotation"),
        (-3, "annotation"),
        (-4, "annotation"),
    ]
    assert paragraphs[2].text == "Adoption of the report."
    assert paragraphs[4].text == "The Meeting will establish two working groups."
    assert paragraphs[-1].text == "A draft report will be prepared by the Secretariat."


def test_annotated_agenda_item_headings_are_sub_headings_of_their_annotations() -> None:
    structure = parse_structure_unguarded(AGENDA)
    annotations = structure.sections[1]
    assert [sub.title for sub in annotations.subsections] == [
        "1. Election of officers",
        "2. Consideration of topics by working groups",
        "3. Adoption of the report",
    ]
    placed = [(p.section, p.subsection) for p in structure.paragraphs if p.kind == "annotation"]
    assert placed == [
        ("II", "1. Election of officers"),
        ("II", "2. Consideration of topics by working groups"),
        ("II", "2. Consideration of topics by working groups"),
        ("II", "3. Adoption of the report"),
    ]


def test_a_repeated_number_with_new_words_is_still_a_paragraph() -> None:
    text = AGENDA.replace("1. Election of officers\n\nThe", "1. Opening of the session\n\nThe")
    numbers = [p.number for p in parse_structure_unguarded(text).paragraphs]
    assert numbers.count(1) == 2


LETTER_ANNEX = """Letter dated 2 March 2031 from the Permanent Representative of Peru to the
United Nations addressed to the Secretary-General

I have the honour to transmit herewith the Lima Declaration (see annex).

I should be grateful if the present letter and its annex could be circulated as a document
of the General Assembly.

(Signed) Ana Torres
Ambassador

Annex to the letter dated 2 March 2031 from the Permanent
Representative of Peru to the United Nations addressed to
the Secretary-General

Lima Declaration on Ports

We, the ministers responsible for security of Chile and Peru,
meeting in Lima on 1 March 2031,

1. Agree to share information on suspect vessels;

2. Decide to meet again in 2032.
"""


def test_an_annexed_declaration_s_opening_clause_is_an_unnumbered_paragraph() -> None:
    paragraphs = parse_structure_unguarded(LETTER_ANNEX).paragraphs
    assert [(p.number, p.kind) for p in paragraphs] == [
        (-1, "body"),
        (-2, "body"),
        (-3, "signature"),
        (-4, "preambular"),
        (1, None),
        (2, None),
    ]
    assert paragraphs[3].text == (
        "We, the ministers responsible for security of Chile and Peru, "
        "meeting in Lima on 1 March 2031,"
    )
    assert paragraphs[3].annex == "Annex"


def test_an_annexed_summary_s_introduction_is_left_as_it_was() -> None:
    text = LETTER_ANNEX.replace("meeting in Lima on 1 March 2031,", "meeting in Lima.")
    numbers = [p.number for p in parse_structure_unguarded(text).paragraphs]
    assert numbers == [-1, -2, -3, 1, 2]


def test_a_single_spaced_item_list_and_wrapped_headings_are_read_alike() -> None:
    text = AGENDA.replace("officers.\n\n2.", "officers.\n2.").replace(
        "Airports.\n\n3.", "Airports.\n3."
    )
    text = text.replace(
        "2. Consideration of topics by working groups\n\nThe",
        "2. Consideration of topics by\nworking groups\n\nThe",
    )
    paragraphs = parse_structure_unguarded(text).paragraphs
    assert [p.number for p in paragraphs] == [1, 2, 3, -1, -2, -3, -4]
    assert paragraphs[2].text == "Adoption of the report."


def test_a_flattened_annotated_agenda_keeps_its_item_headings_apart() -> None:
    """Flattened onto one line, the item headings have no line of their own: a heading is a
    repeat of an item's words up to one of its clause ends, before a capitalised word. The two
    paragraphs under item 2 run together (no line break tells them apart)."""
    flat = " ".join(AGENDA.split()) + "\n"
    structure = parse_structure_unguarded(flat)
    assert [s.number for s in structure.sections] == ["I", "II"]
    assert [(p.number, p.kind) for p in structure.paragraphs] == [
        (1, None),
        (2, None),
        (3, None),
        (-1, "annotation"),
        (-2, "annotation"),
        (-3, "annotation"),
    ]
    assert structure.paragraphs[2].text == "Adoption of the report."
    assert structure.paragraphs[3].text == "The Meeting will elect a Chair."
    assert structure.paragraphs[-1].text == "A draft report will be prepared by the Secretariat."
    titles = [sub.title for sub in structure.sections[1].subsections]
    assert "1. Election of officers" in titles and "3. Adoption of the report" in titles


def test_a_flattened_annotated_agenda_gives_every_item_heading_its_annotation() -> None:
    """A heading after an annotation (not after a numbered paragraph or the section title)
    opens its own sub-section, and the annotation after it goes under it."""
    structure = parse_structure_unguarded(" ".join(AGENDA.split()) + "\n")
    assert [sub.title for sub in structure.sections[1].subsections] == [
        "1. Election of officers",
        "2. Consideration of topics by working groups",
        "3. Adoption of the report",
    ]
    annotations = [(p.text[:20], p.subsection) for p in structure.paragraphs if p.number < 0]
    assert annotations == [
        ("The Meeting will ele", "1. Election of officers"),
        ("The Meeting will est", "2. Consideration of topics by working groups"),
        ("A draft report will ", "3. Adoption of the report"),
    ]


def test_a_flattened_list_whose_numbers_come_back_with_new_words_stays_paragraphs() -> None:
    flat = " ".join(AGENDA.replace("1. Election of officers\n\nThe", "1. Opening\n\nThe").split())
    numbers = [p.number for p in parse_structure_unguarded(flat + "\n").paragraphs]
    assert numbers[:3] == [1, 2, 3] and -3 not in numbers
