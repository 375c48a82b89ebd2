"""A meeting record's agenda-item headings, its title line and its correction note."""

from __future__ import annotations

from pathlib import Path

from honlac_extract import extract, extract_file
from honlac_extract.structure import parse_structure

NOTES = Path(__file__).resolve().parents[1] / "fixtures" / "notes"
ITEM_109 = (
    "Agenda item 109: Crime prevention and criminal justice (continued) (A/79/96 and A/79/161)"
)
ITEM_110 = "Agenda item 110: Countering the world drug problem (A/79/188)"


def test_a_summary_records_agenda_item_headings_are_sub_headings_outside_sections() -> None:
    note = extract_file(NOTES / "kind-summary-record.txt")
    assert note.sections == []
    assert [(s.title, s.paragraphs) for s in note.subsections] == [
        (ITEM_109, [1, 2]),
        (ITEM_110, [3, 4]),
    ]
    assert {p.number: p.subsection for p in note.paragraphs if p.number > 0} == {
        1: ITEM_109,
        2: ITEM_109,
        3: ITEM_110,
        4: ITEM_110,
    }
    first, second = note.subsections
    assert note.text[first.start :].startswith("Agenda item 109: Crime prevention and criminal\n")
    assert first.end == second.start
    # the contents list prints the same items one after another: it opens no heading
    assert note.text.index("Contents") < note.text.index(ITEM_109[:30]) < first.start


def test_a_summary_records_title_is_its_line_naming_it() -> None:
    metadata = extract_file(NOTES / "kind-summary-record.txt").metadata
    assert (metadata.kind, metadata.title, metadata.meeting_number) == (
        "summary_record",
        "Summary record of the 9th meeting",
        9,
    )


def test_the_records_correction_note_is_page_furniture() -> None:
    note = extract_file(NOTES / "kind-summary-record.txt")
    third = next(p for p in note.paragraphs if p.number == 3)
    assert third.text.endswith("through the Commission on Narcotic Drugs.")
    assert not any("subject to correction" in p.text for p in note.paragraphs)
    assert not any("Documentation Management Section" in e.text for e in note.entities)


RECORD = """Summary record of the 4th meeting

The meeting was called to order at 10 a.m.

{heading}

1. Mr. Aziz (Pakistan) said that his country had seized 40 tonnes of hashish.

2. Ms. Dubois (France) welcomed the report.
"""


def test_spanish_and_french_item_headings_are_read_too() -> None:
    cases = {
        "Tema 27 del programa: Fiscalización internacional de drogas (continuación)": "es",
        "Point 27 de l’ordre du jour : Contrôle international des drogues (suite)": "fr",
    }
    for heading in cases:
        structure = parse_structure(RECORD.format(heading=heading))
        assert [s.title for s in structure.subsections] == [heading]
        assert [p.subsection for p in structure.paragraphs if p.number > 0] == [heading] * 2


def test_an_item_line_that_runs_into_a_sentence_is_no_heading() -> None:
    # no blank line closes it within a few lines, or it ends as a sentence
    for heading in (
        "Agenda item 27: the Committee took up the item.",
        "Agenda item 27: International drug control\nwas taken up\nby the\nCommittee\nat its\n"
        "fourth\nmeeting\nthat day",
    ):
        assert parse_structure(RECORD.format(heading=heading)).subsections == []


def test_a_note_without_record_headings_has_none() -> None:
    note = extract("1. The Meeting discussed Agenda item 3: drug trafficking.\n\n2. It ended.")
    assert note.subsections == []


SPANISH_RECORD = """Naciones Unidas

A/C.3/79/SR.9

Asamblea General

Distr. general
4 de noviembre de 2024
Español
Original: inglés

Tercera Comisión

Acta resumida de la 9ª sesión
Celebrada en la Sede, Nueva York, el martes 8 de octubre de 2024, a las 15.00 horas

Tema 109 del programa: Prevención del delito y justicia penal (continuación)

1. El Sr. Okafor (Nigeria) dice que su Gobierno ha adoptado una estrategia nacional contra la
trata de personas en marzo de 2024 con el apoyo de la Oficina de las Naciones Unidas contra la
Droga y el Delito (UNODC).

2. La Sra. Ferreira (Cabo Verde) dice que el archipiélago sigue expuesto a las rutas del
tráfico marítimo.
"""

FRENCH_RECORD = """Nations Unies

A/C.3/79/SR.9

Assemblée générale

Distr. générale
4 novembre 2024
Français
Original : anglais

Troisième Commission

Compte rendu analytique de la 9e séance
Tenue au Siège, à New York, le mardi 8 octobre 2024, à 15 heures

Point 109 de l’ordre du jour : Prévention du crime et justice pénale (suite)

1. M. Okafor (Nigéria) dit que son gouvernement a adopté une stratégie nationale contre la
traite des personnes en mars 2024 avec l’appui de l’Office des Nations Unies contre la drogue
et le crime (ONUDC).

2. Mme Ferreira (Cabo Verde) dit que l’archipel reste exposé aux routes du trafic maritime et
que les garde-côtes ont reçu deux navires de patrouille en 2023.
"""


def test_spanish_and_french_records_give_title_number_and_item_heading() -> None:
    for text, language, title, heading in (
        (
            SPANISH_RECORD,
            "es",
            "Acta resumida de la 9ª sesión",
            "Tema 109 del programa: Prevención del delito y justicia penal (continuación)",
        ),
        (
            FRENCH_RECORD,
            "fr",
            "Compte rendu analytique de la 9e séance",
            "Point 109 de l’ordre du jour : Prévention du crime et justice pénale (suite)",
        ),
    ):
        note = extract(text)
        metadata = note.metadata
        assert (metadata.language, metadata.kind, metadata.title) == (
            language,
            "summary_record",
            title,
        )
        assert (metadata.meeting_number, metadata.symbol) == (9, "A/C.3/79/SR.9")
        assert metadata.meeting_start == metadata.meeting_end == "2024-10-08"
        assert metadata.venue in ("Nueva York", "New York")  # as printed
        assert [(s.title, s.paragraphs) for s in note.subsections] == [(heading, [1, 2])]


def test_spanish_procedural_lines_are_record_paragraphs_even_wrapped() -> None:
    text = (
        SPANISH_RECORD.replace(
            "Tema 109 del programa:",
            "Se declara abierta la sesión a las 10.05\nhoras.\n\nTema 109 del programa:",
        )
        + "\nSe levanta la sesión a las 13.00 horas.\n"
    )
    paragraphs = extract(text).paragraphs
    assert [(p.number, p.kind) for p in paragraphs] == [
        (-1, "record"),
        (1, None),
        (2, None),
        (-2, "record"),
    ]
    assert paragraphs[2].text.endswith("tráfico marítimo.")
