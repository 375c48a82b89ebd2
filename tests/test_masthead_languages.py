"""The UN masthead in Spanish and French: distribution, original language, document kinds,
sessions, organs, meeting reports and job numbers, normalised as for an English document."""

from __future__ import annotations

import pytest

from honlac_extract.models import Metadata
from honlac_extract.structure import parse_structure_unguarded

SPANISH_BODY = """
I. Introducción

1. En la presente nota se describen las actividades realizadas por la Oficina en la región.

2. Los Gobiernos de la región intercambiaron información sobre las rutas del tráfico.
"""

FRENCH_BODY = """
I. Introduction

1. La présente note rend compte des activités menées par l’Office dans la région.

2. Les gouvernements de la région ont échangé des informations sur les routes du trafic.
"""


def spanish(
    distribution: str = "Distr. general",
    original: str = "Original: inglés",
    document_type: str = "Nota de la Secretaría",
) -> str:
    return f"""Naciones Unidas                                  UNODC/HONLAC/32/4

                                                 {distribution}
                                                 9 de agosto de 2022

                                                 {original}

Trigésima Segunda Reunión de Jefes de los Organismos Nacionales Encargados de
Combatir el Tráfico Ilícito de Drogas, América Latina y el Caribe
Montevideo, 3 a 7 de octubre de 2022

Tema 4 del programa provisional
Cooperación regional y subregional

Situación del tráfico marítimo de cocaína

{document_type}
{SPANISH_BODY}"""


def french(
    distribution: str = "Distr. générale",
    original: str = "Original : anglais",
    document_type: str = "Note du Secrétariat",
) -> str:
    return f"""Nations Unies                                    UNODC/HONLAF/32/4

                                                 {distribution}
                                                 9 août 2022

                                                 {original}

Trente-deuxième Réunion des chefs des services chargés de la lutte contre le
trafic illicite des drogues, Afrique
Accra, 19-23 septembre 2022

Point 4 de l'ordre du jour provisoire
Coopération régionale et sous-régionale

Situation du trafic maritime de cocaïne

{document_type}
{FRENCH_BODY}"""


def metadata(text: str) -> Metadata:
    return parse_structure_unguarded(text).metadata


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Distr. general", "General"),
        ("Distr. limitada", "Limited"),
        ("Distr. reservada", "Restricted"),
        ("Distr.: GENERAL", "General"),
    ],
)
def test_spanish_distribution(line: str, value: str) -> None:
    assert metadata(spanish(distribution=line)).distribution == value


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Distr. générale", "General"),
        ("Distr. limitée", "Limited"),
        ("Distr.\u00a0: restreinte", "Restricted"),
        ("Distr. GÉNÉRALE", "General"),
    ],
)
def test_french_distribution(line: str, value: str) -> None:
    assert metadata(french(distribution=line)).distribution == value


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Original: inglés", "English"),
        ("Original: español", "Spanish"),
        ("Original: francés", "French"),
        ("Original: árabe", "Arabic"),
        ("ORIGINAL: INGLÉS", "English"),
    ],
)
def test_spanish_original_language(line: str, value: str) -> None:
    assert metadata(spanish(original=line)).original_language == value


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Original : anglais", "English"),
        ("Original\u00a0: espagnol", "Spanish"),
        ("Original\u202f: français", "French"),
        ("Original: russe", "Russian"),
    ],
)
def test_french_original_language_with_french_spacing(line: str, value: str) -> None:
    assert metadata(french(original=line)).original_language == value


@pytest.mark.parametrize(
    ("document_type", "kind"),
    [
        ("Nota de la Secretaría", "note_by_secretariat"),
        ("Informe de la Secretaría", "report_of_secretariat"),
        ("Nota del Secretario General", "note_by_secretary_general"),
        ("Informe del Secretario General", "report_of_secretary_general"),
        ("Informe del Director Ejecutivo", "report_of_secretariat"),
        ("Documento de sesión", "conference_room_paper"),
    ],
)
def test_spanish_document_kinds(document_type: str, kind: str) -> None:
    found = metadata(spanish(document_type=document_type))
    assert (found.document_type, found.kind) == (document_type, kind)
    assert found.title == "Situación del tráfico marítimo de cocaína"


@pytest.mark.parametrize(
    ("document_type", "kind"),
    [
        ("Note du Secrétariat", "note_by_secretariat"),
        ("Rapport du Secrétariat", "report_of_secretariat"),
        ("Note du Secrétaire général", "note_by_secretary_general"),
        ("Rapport du Secrétaire général", "report_of_secretary_general"),
        ("Document de séance", "conference_room_paper"),
    ],
)
def test_french_document_kinds(document_type: str, kind: str) -> None:
    found = metadata(french(document_type=document_type))
    assert (found.document_type, found.kind) == (document_type, kind)
    assert found.title == "Situation du trafic maritime de cocaïne"


def test_spanish_meeting_header() -> None:
    found = metadata(spanish())
    assert (found.meeting_number, found.body, found.region) == (
        32,
        "HONLAC",
        "Latin America and the Caribbean",
    )
    assert (found.venue, found.meeting_start, found.meeting_end) == (
        "Montevideo",
        "2022-10-03",
        "2022-10-07",
    )
    assert (found.date, found.agenda_items) == ("2022-08-09", ["4"])
    assert found.agenda_item_title == "Cooperación regional y subregional"


def test_french_meeting_header() -> None:
    found = metadata(french())
    assert (found.meeting_number, found.body, found.region) == (32, "HONLAF", "Africa")
    assert (found.venue, found.meeting_start, found.meeting_end) == (
        "Accra",
        "2022-09-19",
        "2022-09-23",
    )
    assert (found.date, found.agenda_items) == ("2022-08-09", ["4"])


SUBCOMMISSION = (
    """Naciones Unidas                                   UNODC/SUBCOM/55/5

                                                   Distr. limitada
                                                   3 de agosto de 2020

                                                   Original: inglés

Subcomisión sobre Tráfico Ilícito de Drogas y Asuntos Conexos del Cercano Oriente y el Oriente Medio
Quincuagésimo quinto período de sesiones
Viena, 12 a 15 de octubre de 2020
Temas 4 y 5 del programa provisional
Seguimiento de las recomendaciones de períodos de sesiones anteriores

Aplicación de las recomendaciones aprobadas por la Subcomisión en su quincuagésimo cuarto
período de sesiones

Informe de la Secretaría
"""
    + SPANISH_BODY
)

COMMISSION = (
    """Nations Unies                                     E/CN.7/2021/CRP.3

                                                  Distr.\u00a0: restreinte
                                                  1er mars 2021

                                                  Original\u202f: anglais

Commission des stupéfiants
Soixante-quatrième session
Vienne, 12-16 avril 2021
Point 5 b) de l’ordre du jour provisoire
Application des traités internationaux relatifs au contrôle des drogues

Résultats des réunions des organes subsidiaires de la Commission

Document de séance
"""
    + FRENCH_BODY
)


def test_spanish_subcommission_session() -> None:
    found = metadata(SUBCOMMISSION)
    assert (found.body, found.region, found.meeting_number) == (
        "SUBCOM",
        "Near and Middle East",
        55,
    )
    assert found.session == "Quincuagésimo quinto período de sesiones"
    assert found.agenda_items == ["4", "5"]
    assert (
        found.agenda_item_title
        == "Seguimiento de las recomendaciones de períodos de sesiones anteriores"
    )
    assert found.kind == "implementation_note"
    assert (found.distribution, found.venue, found.meeting_end) == (
        "Limited",
        "Viena",
        "2020-10-15",
    )


def test_french_commission_conference_room_paper() -> None:
    found = metadata(COMMISSION)
    assert (found.symbol, found.body, found.meeting_number) == ("E/CN.7/2021/CRP.3", "CND", 64)
    assert found.session == "Soixante-quatrième session"
    assert found.organ == "Commission on Narcotic Drugs"  # the organ's English name
    assert (found.date, found.agenda_items, found.kind) == (
        "2021-03-01",
        ["5(b)"],
        "conference_room_paper",
    )
    assert found.title == "Résultats des réunions des organes subsidiaires de la Commission"


@pytest.mark.parametrize(
    ("title", "venue", "start", "end", "number"),
    [
        (
            "Informe de la Vigesimoséptima Reunión de Jefes de los Organismos Nacionales "
            "Encargados de Combatir el Tráfico Ilícito de Drogas, América Latina y el Caribe, "
            "celebrada en Ciudad de Guatemala del 2 al 6 de octubre de 2017",
            "Ciudad de Guatemala",
            "2017-10-02",
            "2017-10-06",
            27,
        ),
        (
            "Rapport de la Vingt-huitième Réunion des chefs des services chargés de la lutte "
            "contre le trafic illicite des drogues, Afrique, tenue à Addis-Abeba du 22 au 26 "
            "octobre 2018",
            "Addis-Abeba",
            "2018-10-22",
            "2018-10-26",
            28,
        ),
    ],
)
def test_meeting_reports(title: str, venue: str, start: str, end: str, number: int) -> None:
    body = SPANISH_BODY if title.startswith("Informe") else FRENCH_BODY
    found = metadata(title + "\n" + body)
    assert found.kind == "meeting_report"
    assert (found.venue, found.meeting_start, found.meeting_end) == (venue, start, end)
    assert found.meeting_number == number
    assert found.title == title


@pytest.mark.parametrize(("text", "letter"), [(spanish(), "S"), (french(), "F")])
def test_job_number_language_letter(text: str, letter: str) -> None:
    job = f"V.22-0{'5' if letter == 'S' else '6'}123 ({letter})    150822    160822\n\n*2205123*\n"
    found = metadata(text + "\n" + job)
    assert found.job_language == letter
    assert found.job_number is not None and found.job_number.startswith("V.22-0")


@pytest.mark.parametrize(
    ("title", "session", "number"),
    [
        (
            "Subcomisión de Tráfico Ilícito de Drogas y Asuntos Conexos del Cercano Oriente y el "
            "Oriente Medio",
            "Quincuagésimo octavo período de sesiones",
            58,
        ),
        (
            "Sous-Commission du trafic illicite des drogues et des problèmes apparentés pour le "
            "Proche et le Moyen-Orient",
            "Cinquante-huitième session",
            58,
        ),
    ],
)
def test_subcommission_title_forms(title: str, session: str, number: int) -> None:
    spanish_note = title.startswith("Sub")
    body = SPANISH_BODY if spanish_note else FRENCH_BODY
    venue = (
        "Teherán, 7 a 10 de noviembre de 2023" if spanish_note else "Téhéran, 7-10 novembre 2023"
    )
    found = metadata(f"{title}\n{session}\n{venue}\n{body}")
    assert (found.body, found.region, found.meeting_number) == (
        "SUBCOM",
        "Near and Middle East",
        58,
    )
    assert (found.meeting_title, found.session) == (title, session)
    assert (found.meeting_start, found.meeting_end) == ("2023-11-07", "2023-11-10")


@pytest.mark.parametrize(
    ("title", "number", "body"),
    [
        (
            "Vigésimo Octava Reunión de Jefes de los Organismos Nacionales Encargados de Hacer "
            "Cumplir la Ley en materia de Drogas, África",
            28,
            "HONLAF",
        ),
        (
            "Cuadragésima Cuarta Reunión de Jefes de los Servicios Nacionales de Represión del "
            "Tráfico de Drogas, Asia y el Pacífico",
            44,
            "HONLAP",
        ),
        (
            "Trente-deuxième Réunion des chefs des services nationaux de répression en matière de "
            "drogues, Europe",
            32,
            "HONEURO",
        ),
    ],
)
def test_meeting_title_wordings(title: str, number: int, body: str) -> None:
    text = title + "\nViena, 4-8 de octubre de 2021\n" + SPANISH_BODY
    if title.startswith("Trente"):
        text = title + "\nVienne, 4-8 octobre 2021\n" + FRENCH_BODY
    found = metadata(text)
    assert (found.meeting_title, found.meeting_number, found.body) == (title, number, body)


def test_a_french_report_title_whose_year_wraps_onto_a_line_of_its_own() -> None:
    from honlac_extract import extract

    text = (
        "Nations Unies\n\nUNODC/HONLAF/36/5\n\nDistr. générale\n20 novembre 2026\n\n"
        "Original : anglais\n\n"
        "Rapport de la trente-sixième Réunion des chefs des services chargés de la lutte\n"
        "contre le trafic illicite des drogues, Afrique, tenue à Abuja du 5 au 9 octobre\n"
        "2026\n\nI. Recommandations\n\n1. La Réunion a adopté les recommandations ci-après.\n"
    )
    metadata = extract(text).metadata
    assert metadata.title is not None and metadata.title.endswith("du 5 au 9 octobre 2026")
    assert (metadata.venue, metadata.meeting_start, metadata.meeting_end) == (
        "Abuja",
        "2026-10-05",
        "2026-10-09",
    )
