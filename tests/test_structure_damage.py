"""Each kind of PDF-conversion damage (issue 2 section 4) on small notes written for the test."""

from __future__ import annotations

import pytest

from honlac_extract.structure import NOT_A_NOTE, Structure, parse_structure_unguarded
from structure_support import check_offsets, flattened, subheadings_of

HEADER = """\
                                                   UNODC/HONLAF/30/3

                                                   Distr.: General
                                                   4 July 2020

                                                   Original: English*

Thirtieth Meeting of Heads of National Drug Law
Enforcement Agencies, Africa
Addis Ababa, 14\u201318 September 2020

Items 6 and 7 of the provisional agenda**
Regional and subregional cooperation

Cannabis and tramadol trafficking in West and Central Africa

Note by the Secretariat

"""

BODY = """\
I. Introduction

1. The present note summarizes what the Secretariat learned from replies received from
Member States in West Africa during the period under review.

II. Trafficking trends

Ghana

2. The Narcotics Control Commission of Ghana seized 14 tons of cannabis in 2019, up from
9 tons in 2018, and trained officers of the port of Tema on the profiling of containers
shipped from

* Available only in English and French, which are the working languages of the subsidiary body.
** UNODC/HONLAF/30/1.

V.20-03512 (E)    100720    130720
*2003512*



UNODC/HONLAF/30/3

Asia. The Commission also described the activities listed in paragraph 4. Those were funded
by the Government.

2                                                                   V.20-03512



UNODC/HONLAF/30/3 Nigeria

3. The National Drug Law Enforcement Agency of Nigeria reported the seizure of 11 tons of
tramadol tablets, in version 2. The Agency asked for support on: (a) forensic analysis; (b) the
training of investigators; and (c) the exchange of information with countries of transit.

III. Recommendations

4. Member States should report seizures of tramadol to the Secretariat.
"""


@pytest.fixture(scope="module")
def note() -> tuple[str, Structure]:
    text = HEADER + BODY
    return text, parse_structure_unguarded(text)


def texts(structure: Structure) -> dict[int, str]:
    return {p.number: p.text for p in structure.paragraphs}


def test_page_break_inside_a_paragraph_is_joined_without_debris(
    note: tuple[str, Structure],
) -> None:
    text, structure = note
    paragraph = texts(structure)[2]
    assert paragraph.endswith(
        "shipped from Asia. The Commission also described the activities listed in paragraph 4."
        " Those were funded by the Government."
    )
    for debris in ("V.20", "2003512", "Available", "UNODC/", "100720"):
        assert debris not in paragraph
    check_offsets(text, structure)


def test_running_header_on_the_line_of_a_subheading(note: tuple[str, Structure]) -> None:
    _, structure = note
    assert subheadings_of(structure) == [["II", "Ghana"], ["II", "Nigeria"]]
    assert [p.subsection for p in structure.paragraphs] == [None, "Ghana", "Nigeria", None]


def test_numbers_inside_sentences_are_not_paragraph_numbers(note: tuple[str, Structure]) -> None:
    _, structure = note
    assert [p.number for p in structure.paragraphs] == [1, 2, 3, 4]
    assert texts(structure)[3].startswith("The National Drug Law Enforcement Agency")
    assert structure.warnings == []


def test_page_number_next_to_job_number_is_furniture(note: tuple[str, Structure]) -> None:
    _, structure = note
    assert texts(structure)[3].endswith("with countries of transit.")


def test_items(note: tuple[str, Structure]) -> None:
    _, structure = note
    items = structure.paragraphs[2].items
    assert [(i.label, i.text) for i in items] == [
        ("a", "forensic analysis"),
        ("b", "the\ntraining of investigators"),
        ("c", "the exchange of information with countries of transit"),
    ]


def test_sibling_series_header(note: tuple[str, Structure]) -> None:
    _, structure = note
    metadata = structure.metadata
    assert metadata.symbol == "UNODC/HONLAF/30/3"
    assert metadata.body == "HONLAF"
    assert metadata.region == "Africa"
    assert metadata.date == "2020-07-04"
    assert metadata.meeting_number == 30
    assert metadata.venue == "Addis Ababa"
    assert (metadata.meeting_start, metadata.meeting_end) == ("2020-09-14", "2020-09-18")
    assert metadata.agenda_items == ["6", "7"]
    assert metadata.agenda_item_title == "Regional and subregional cooperation"
    assert metadata.title == "Cannabis and tramadol trafficking in West and Central Africa"
    assert metadata.agenda_symbol == "UNODC/HONLAF/30/1"
    assert metadata.working_languages == ["English", "French"]
    assert [f.marker for f in structure.footnotes] == ["*", "**"]


def test_flattened_note_gives_the_same_structure(note: tuple[str, Structure]) -> None:
    _, printed = note
    text = flattened(HEADER + BODY)
    flat = parse_structure_unguarded(text)
    check_offsets(text, flat)
    assert [(p.number, p.text) for p in flat.paragraphs] == [
        (p.number, " ".join(p.text.split())) for p in printed.paragraphs
    ]
    assert subheadings_of(flat) == subheadings_of(printed)
    assert [(s.number, s.title) for s in flat.sections] == [
        (s.number, s.title) for s in printed.sections
    ]
    assert flat.metadata == printed.metadata


GLUED = """\
6 July 2017

Original: English*

**Twenty-seventh Meeting of the Heads of
National Drug Law Enforcement Agencies,
Latin America and the Caribbean**

Guatemala City, 2-6 October 2017

Item 3 of the provisional agenda**

**Major regional drug trafficking trends and
countermeasures****Current situation with respect to regional and subregional
cooperation****Note by the Secretariat****I. Introduction**

1. The present note provides information on regional cooperation.

II. Precursor control**Colombia**

2. The monitoring system continued to provide technical advice.**Mexico**
3. The Office in Mexico trained inspectors in 2017.III. Border control
Panama

4. The port control unit seized cocaine.
"""


def test_glued_headings() -> None:
    structure = parse_structure_unguarded(GLUED)
    assert [(s.number, s.title) for s in structure.sections] == [
        ("I", "Introduction"),
        ("II", "Precursor control"),
        ("III", "Border control"),
    ]
    assert subheadings_of(structure) == [["II", "Colombia"], ["II", "Mexico"], ["III", "Panama"]]
    assert [p.text for p in structure.paragraphs] == [
        "The present note provides information on regional cooperation.",
        "The monitoring system continued to provide technical advice.",
        "The Office in Mexico trained inspectors in 2017.",
        "The port control unit seized cocaine.",
    ]
    metadata = structure.metadata
    assert (
        metadata.agenda_item_title == "Major regional drug trafficking trends and countermeasures"
    )
    assert (
        metadata.title == "Current situation with respect to regional and subregional cooperation"
    )
    assert metadata.document_type == "Note by the Secretariat"


CONTENTS = """\
Contents
                                                                     Page
   I.   Introduction . . . . . . . . . . . . . . . . . . . . . .      2
   II.  Drug trafficking situation in the region ...............      2
   III. Recommendations ........................................      3

I. Introduction

1. The present note describes the situation.

II. Drug trafficking situation in the region

2. Seizures rose.

III. Recommendations

3. Member States should act.
"""


@pytest.mark.parametrize("flatten", [False, True])
def test_contents_list_is_not_the_body(flatten: bool) -> None:
    text = flattened(CONTENTS) if flatten else CONTENTS
    structure = parse_structure_unguarded(text)
    assert [(s.number, s.title) for s in structure.sections] == [
        ("I", "Introduction"),
        ("II", "Drug trafficking situation in the region"),
        ("III", "Recommendations"),
    ]
    assert structure.sections[0].start == text.index("I. Introduction", text.index("3") + 1)
    assert [p.text for p in structure.paragraphs] == [
        "The present note describes the situation.",
        "Seizures rose.",
        "Member States should act.",
    ]


MARKERS = """\
1. Colombia destroyed 3,112 laboratories in 2015.3 The Navy seized 160 tons of cocaine, and
the Government of Peru reported the eradication of 35,868 ha of coca bush.\u2217 Eradication was

_______________
3 Data provided by the Colombian Drug Observatory.
\u2217 Provisional figure.
____________________4 The system was launched in March 2006.

carried out in six regions.

2. Mexico reported seizures.
"""


def test_star_and_numbered_footnotes() -> None:
    structure = parse_structure_unguarded(MARKERS)
    assert [(f.marker, f.text) for f in structure.footnotes] == [
        ("3", "Data provided by the Colombian Drug Observatory."),
        ("\u2217", "Provisional figure."),
        ("4", "The system was launched in March 2006."),
    ]
    assert structure.paragraphs[0].text.endswith(
        "coca bush.\u2217 Eradication was carried out in six regions."
    )
    check_offsets(MARKERS, structure)


EXTRACTION = (
    "Skip to main content | UNODC\n\n"
    "\u00a0\u00a0\u00a0\u00a06\u00a0August\u00a02018\n\n"
    "Twenty-eighth Meeting of the Heads of National Drug Law\n"
    "Enforcement Agencies, Latin America and the Caribbean\n"
    "Santo Domingo, 22\u201326 October 2018\n\n"
    "Item 5(a) of the provisional agenda\n"
    "Consideration of topics by working groups: synthetic drugs\n\n"
    "Synthetic drugs in the region\n\n"
    "Note by the Secretariat\n\n"
    "I. Introduction\n\n"
    "1.\u00a0The present note draws on the \u201cWorld Drug Report 2018\u201d, which the "
    "seizures of 2017.\n\n"
    "2. Manufacture was estimated at 2,300\u20132,600 tons.\n"
)


def test_extraction_damage() -> None:
    structure = parse_structure_unguarded(EXTRACTION)
    metadata = structure.metadata
    assert metadata.date == "2018-08-06"
    assert (metadata.meeting_start, metadata.meeting_end) == ("2018-10-22", "2018-10-26")
    assert metadata.agenda_items == ["5(a)"]
    assert metadata.title == "Synthetic drugs in the region"
    assert [p.text[:28] for p in structure.paragraphs] == [
        "The present note draws on th",
        "Manufacture was estimated at",
    ]
    check_offsets(EXTRACTION, structure)


SUBCOM = """\
                                                   UNODC/SUBCOM/53/4
                                                   12 September 2018

Subcommission on Illicit Drug Traffic and
Related Matters in the Near and Middle East
Fifty-third session
Tashkent, 5-8 November 2018
Item 4 (b) of the provisional agenda
Follow-up to the recommendations

Implementation of the recommendations of the fifty-second session

Report of the Secretariat

I. Introduction

1. The present report summarizes replies.
"""

CND = """\
                                                   E/CN.7/2013/CRP.2
                                                   4 March 2013

                                                   English only

Commission on Narcotic Drugs
Fifty-sixth session
Vienna, 11-15 March 2013
Item 6 of the provisional agenda
Implementation of the international drug control treaties and
activities of the subsidiary bodies of the Commission

Outcomes of the meetings of subsidiary bodies

I. Background

1. The present paper provides a summary.
"""


def test_subcommission_report() -> None:
    metadata = parse_structure_unguarded(SUBCOM).metadata
    assert metadata.body == "SUBCOM"
    assert metadata.meeting_number == 53
    assert metadata.region == "Near and Middle East"
    assert metadata.venue == "Tashkent"
    assert metadata.agenda_items == ["4(b)"]
    assert metadata.document_type == "Report of the Secretariat"
    assert metadata.title == "Implementation of the recommendations of the fifty-second session"


@pytest.mark.parametrize("flatten", [False, True])
def test_cnd_conference_room_paper(flatten: bool) -> None:
    metadata = parse_structure_unguarded(flattened(CND) if flatten else CND).metadata
    assert metadata.symbol == "E/CN.7/2013/CRP.2"
    assert metadata.body == "CND"
    assert metadata.meeting_number == 56
    assert metadata.date == "2013-03-04"
    assert (metadata.meeting_start, metadata.meeting_end) == ("2013-03-11", "2013-03-15")
    assert metadata.title == "Outcomes of the meetings of subsidiary bodies"
    assert metadata.agenda_item_title == (
        "Implementation of the international drug control treaties and activities of the "
        "subsidiary bodies of the Commission"
    )


@pytest.mark.parametrize(
    ("region", "body"),
    [
        ("Latin America and the Caribbean", "HONLAC"),
        ("Africa", "HONLAF"),
        ("Asia and the Pacific", "HONLAP"),
        ("Europe", "HONEURO"),
    ],
)
def test_body_from_the_meeting_name(region: str, body: str) -> None:
    text = (
        f"Fifth Meeting of Heads of National Drug Law Enforcement Agencies, {region}\n\n1. Text.\n"
    )
    metadata = parse_structure_unguarded(text).metadata
    assert (metadata.body, metadata.region, metadata.meeting_number) == (body, region, 5)


def test_numbering_warnings() -> None:
    text = "1. One.\n\n2. Two.\n\n4. Four.\n\n5. Five.\n\n3. Three again.\n\n4. Four again.\n"
    structure = parse_structure_unguarded(text)
    assert [p.number for p in structure.paragraphs] == [1, 2, 4, 5, 3, 4]
    assert structure.warnings == [
        "paragraph 3 is missing",
        "paragraph numbers go back from 5 to 3",
    ]


def test_text_without_numbered_paragraphs_says_so() -> None:
    structure = parse_structure_unguarded("Minutes of a meeting.\nNothing numbered here.\n")
    assert structure.paragraphs == []
    assert structure.warnings == [NOT_A_NOTE]


LETTERED = """\
II. Drug trafficking trends

A. Cocaine

2. Seizures of cocaine rose in 2019.3

B. Heroin

3. Heroin reached the region through Africa.

GE.19-12345(E)
- 2 -

4. The programme was renamed \u201cStrong Families\u201d

5. Member States should act.
"""


@pytest.mark.parametrize("flatten", [False, True])
def test_lettered_subheadings_and_references_before_them(flatten: bool) -> None:
    text = flattened(LETTERED) if flatten else LETTERED
    structure = parse_structure_unguarded(text)
    assert subheadings_of(structure) == [["II", "Cocaine"], ["II", "Heroin"]]
    assert [p.text for p in structure.paragraphs[:2]] == [
        "Seizures of cocaine rose in 2019.3",
        "Heroin reached the region through Africa.",
    ]
    check_offsets(text, structure)


def test_unfinished_last_sentence_on_its_own_line_is_not_a_subheading() -> None:
    structure = parse_structure_unguarded(LETTERED)
    assert structure.paragraphs[2].text == "The programme was renamed \u201cStrong Families\u201d"
    assert [p.subsection for p in structure.paragraphs] == ["Cocaine", "Heroin", "Heroin", "Heroin"]


def test_wrapped_section_title_continues_on_a_capitalised_line() -> None:
    text = (
        "I. Cooperation with the\nEuropean Union\n\n1. Text of the first paragraph.\n\n"
        "II. Border control\nPanama\n\n2. Text of the second paragraph.\n"
    )
    structure = parse_structure_unguarded(text)
    assert [s.title for s in structure.sections] == [
        "Cooperation with the European Union",
        "Border control",
    ]
    assert subheadings_of(structure) == [["II", "Panama"]]


def test_an_annex_after_the_last_paragraph_is_not_part_of_it() -> None:
    text = "I. Recommendations\n\n1. Member States should act.\n\nAnnex\n\nList of participants\n"
    structure = parse_structure_unguarded(text)
    assert [p.text for p in structure.paragraphs] == ["Member States should act."]


def test_a_sentence_ending_in_the_next_paragraph_number_is_not_a_paragraph() -> None:
    text = (
        "II. Trends Peru 2. The Office held meetings. 3. The Office trained officers until the"
        " total reached 4. The next step was planned. Colombia 4. UNODC supported the"
        " Government. 5. The end."
    )
    structure = parse_structure_unguarded(text)
    assert [(p.number, p.subsection, p.text) for p in structure.paragraphs] == [
        (2, "Peru", "The Office held meetings."),
        (
            3,
            "Peru",
            "The Office trained officers until the total reached 4. The next step was planned.",
        ),
        (4, "Colombia", "UNODC supported the Government."),
        (5, "Colombia", "The end."),
    ]


FLAT_FOOTNOTES = (
    "12 May 2020 Original: English Thirtieth Meeting of Heads of National Drug Law Enforcement"
    " Agencies, Africa Addis Ababa, 14-18 September 2020 Item 4 of the provisional agenda"
    " Regional cooperation Note by the Secretariat I. Introduction 1. The present note covers"
    " the region.1 It draws on replies from Member States. II. West Africa Senegal 2. The Office"
    " trained officers from the ports of Dakar and Banjul, which reported rising seizures.2"
    " 1 The note was submitted late. It covers 2019 only. 2 Seizure data were provided by"
    " Senegal. 3 The Office also held a course. III. Eastern and Southern Africa Ethiopia 3. UNODC"
    " supported the Federal Police of Ethiopia. IV. Recommendations 4. Member States should"
    " share data."
)


def test_flattened_numbered_footnotes_page_number_and_country_subheadings() -> None:
    """A flattened page break: numbered footnotes without a separator (found by their glued
    references), a footnote of two sentences, a page number with no job number beside it,
    and section titles run into a country sub-heading."""
    structure = parse_structure_unguarded(FLAT_FOOTNOTES)
    assert [(f.marker, f.text) for f in structure.footnotes] == [
        ("1", "The note was submitted late. It covers 2019 only."),
        ("2", "Seizure data were provided by Senegal."),
    ]
    assert [p.text for p in structure.paragraphs][1] == (
        "The Office trained officers from the ports of Dakar and Banjul, which reported rising"
        " seizures.2 The Office also held a course."
    )
    assert [(s.number, s.title) for s in structure.sections] == [
        ("I", "Introduction"),
        ("II", "West Africa"),
        ("III", "Eastern and Southern Africa"),
        ("IV", "Recommendations"),
    ]
    assert subheadings_of(structure) == [["II", "Senegal"], ["III", "Ethiopia"]]
    check_offsets(FLAT_FOOTNOTES, structure)


def test_a_title_ending_in_a_country_after_a_function_word_stays_whole() -> None:
    text = "I. Cooperation with Colombia 1. Colombia trained 20 officers. 2. It also helped."
    structure = parse_structure_unguarded(text)
    assert [(s.number, s.title) for s in structure.sections] == [("I", "Cooperation with Colombia")]
    assert subheadings_of(structure) == []


def test_a_number_starting_the_line_after_a_job_number_is_text() -> None:
    text = (
        "1. The Office trained officers.\n\n2. The port units of the region seized cocaine in\n"
        "V.18-04512 (E)\n13 ports of the subregion. They reported it.\n"
    )
    structure = parse_structure_unguarded(text)
    assert structure.paragraphs[1].text == (
        "The port units of the region seized cocaine in 13 ports of the subregion."
        " They reported it."
    )


@pytest.mark.parametrize("pad", [1, 68, 300])
def test_a_page_number_padded_away_from_the_job_number_is_furniture(pad: int) -> None:
    text = (
        f"1. The Office trained officers.\n\n2. Seizures rose in 2018.\n\nV.18-04512{' ' * pad}3\n"
    )
    structure = parse_structure_unguarded(text)
    assert structure.paragraphs[1].text == "Seizures rose in 2018."


FLAT_ENDING = (
    "Note by the Secretariat I. Introduction 1. The present note reviews cooperation in the "
    "region. II. Trends 2. The number of States reporting seizures to UNODC rose from 2 to "
    "3. Participants noted that seizures had risen since 2017. III. {title} 3. Member States "
    "may wish to consider the following."
)


@pytest.mark.parametrize(
    "title", ["Recommendations", "Conclusions and recommendations", "Regional cooperation"]
)
def test_flattened_number_after_a_preposition_is_not_a_paragraph(title: str) -> None:
    """ "rose from 2 to 3. Participants" is a sentence, not paragraph 3; and a section title
    that is also a reference word ("III. Recommendations 3.") still opens the paragraph."""
    structure = parse_structure_unguarded(FLAT_ENDING.format(title=title))
    assert [p.number for p in structure.paragraphs] == [1, 2, 3]
    assert structure.paragraphs[1].text.endswith(
        "rose from 2 to 3. Participants noted that seizures had risen since 2017."
    )
    assert [s.title for s in structure.sections][-1] == title
    assert structure.paragraphs[2].text.startswith("Member States may wish")


def test_a_recommendation_reference_still_is_no_paragraph_number() -> None:
    text = (
        "I. Introduction 1. The region adopted laws in line with recommendation 32. "
        "Cash couriers were stopped. 2. Training followed."
    )
    assert [p.number for p in parse_structure_unguarded(text).paragraphs] == [1, 2]
