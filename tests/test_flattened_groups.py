"""Flattened meeting documents: lettered lines run in after a section title, after page
furniture and with accented capitals; an agenda list that ends the numbering chain."""

from __future__ import annotations

from honlac_extract.structure import parse_structure_unguarded

SPANISH = (
    "UNODC/HONLAC/34/2 Distr. general 1 de julio de 2024 Original: inglés Nota de la "
    "Secretaría I. Introducción 1. La presente nota resume las respuestas de 12 Estados. "
    "2. También resume la información de la Oficina de las Naciones Unidas contra la Droga y el "
    "Delito (UNODC). II. Aplicación de las recomendaciones A. Cuestión 1: Tráfico marítimo de "
    "cocaína Recomendación 1: Intercambio de información sobre embarcaciones 3. En la "
    "recomendación 1 se alentó a los Gobiernos a intercambiar información. B. Cuestión 2: "
    "Corrupción en los puertos Recomendación 2: Integridad portuaria 4. Seis Gobiernos "
    "informaron sobre sus programas de integridad. III. Conclusiones 5. La Reunión tal vez "
    "desee examinar la información."
)


def test_a_lettered_line_run_in_after_a_section_title_ends_the_title() -> None:
    structure = parse_structure_unguarded(SPANISH)
    assert [(s.number, s.title) for s in structure.sections] == [
        ("I", "Introducción"),
        ("II", "Aplicación de las recomendaciones"),
        ("III", "Conclusiones"),
    ]
    assert [(u.group, u.title) for u in structure.sections[1].subsections] == [
        (
            "A. Cuestión 1: Tráfico marítimo de cocaína",
            "Recomendación 1: Intercambio de información sobre embarcaciones",
        ),
        ("B. Cuestión 2: Corrupción en los puertos", "Recomendación 2: Integridad portuaria"),
    ]


FRENCH = (
    "UNODC/HONLAF/34/5 Distr. générale 20 septembre 2024 Original : anglais Rapport de la "
    "trente-quatrième Réunion I. Organisation de la Réunion A. Ouverture de la Réunion 1. La "
    "Réunion s'est tenue à Dakar du 9 au 13 septembre 2024. B. Participation 2. Les "
    "représentants de 21 États y ont participé. 4/5 V.24-18702 UNODC/HONLAF/34/5 C. Élection "
    "du Bureau 3. Le Sénégal a été élu à la présidence. D. Adoption de l'ordre du jour 4. La "
    "Réunion a adopté l'ordre du jour suivant : 1. Élection du Bureau. 2. Adoption de l'ordre "
    "du jour. 3. Adoption du rapport. 5. La Réunion était saisie d'une note du Secrétariat. "
    "II. Adoption du rapport 6. Le 13 septembre 2024, la Réunion a adopté son rapport."
)


def test_a_lettered_line_after_page_furniture_and_with_an_accent_is_a_group() -> None:
    structure = parse_structure_unguarded(FRENCH)
    groups = [u.group for u in structure.sections[0].subsections]
    assert "C. Élection du Bureau" in groups and "B. Participation" in groups


def test_an_agenda_list_that_ends_the_chain_lets_the_numbering_go_on() -> None:
    structure = parse_structure_unguarded(FRENCH)
    assert [p.number for p in structure.paragraphs] == [1, 2, 3, 4, 5, 6]
    assert structure.paragraphs[3].text.endswith("3. Adoption du rapport.")
    assert [s.number for s in structure.sections] == ["I", "II"]
