"""Romance long forms read back from their acronym, and names after a programme word's
description: no list of adjectives decides, clause words and auxiliaries end a long form."""

from __future__ import annotations

import pytest

from honlac_extract import extract

PADS = {
    "fr": "1. La Réunion des chefs des services a examiné la situation du trafic de drogues "
    "dans la "
    "région et les mesures prises par les États pour le combattre.\n\n",
    "es": "1. La Reunión de Jefes de los Organismos Nacionales examinó la situación del tráfico de "
    "drogas en la región y las medidas adoptadas por los Estados para combatirlo.\n\n",
}


def _found(language: str, sentence: str) -> list[tuple[str, str, str | None]]:
    note = extract(PADS[language] + "2. " + sentence + "\n")
    assert note.metadata.language == language
    return [(e.label, e.text, e.acronym) for e in note.entities if e.paragraph == 2]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "fr",
            "Le Programme mondial d'interdiction rapide des substances dangereuses (GRIDS) a formé "
            "40 agents.",
            (
                "PROGRAMME",
                "Programme mondial d'interdiction rapide des substances dangereuses (GRIDS)",
                "GRIDS",
            ),
        ),
        (
            "fr",
            "La Commission nationale lao de contrôle et de surveillance des drogues (LCDC) a saisi "
            "30 kilogrammes.",
            (
                "AGENCY",
                "Commission nationale lao de contrôle et de surveillance des drogues (LCDC)",
                "LCDC",
            ),
        ),
        (
            "fr",
            "La Cellule antistupéfiants des douanes (CANU) a saisi 3 tonnes.",
            ("AGENCY", "Cellule antistupéfiants des douanes (CANU)", "CANU"),
        ),
        (
            "fr",
            "Le Mécanisme d'évaluation multilatérale (MEM) a été utilisé.",
            ("PROGRAMME", "Mécanisme d'évaluation multilatérale (MEM)", "MEM"),
        ),
        (
            "es",
            "El ICD puso en marcha el programa escolar de prevención Unplugged en 60 centros.",
            ("PROGRAMME", "Unplugged", None),
        ),
        (
            "es",
            "La UNODC incorporó al portal de gestión de conocimientos SHERLOC 36 leyes.",
            ("PROGRAMME", "SHERLOC", None),
        ),
        (
            "es",
            "La SEDRONAR adaptó el programa de prevención escolar Juego del Buen Comportamiento, "
            "que se aplica en 210 escuelas.",
            ("PROGRAMME", "Juego del Buen Comportamiento", None),
        ),
        (
            "es",
            "La UNODC amplió el Programa Mundial para Abordar los Desafíos Penitenciarios en 2019.",
            ("PROGRAMME", "Programa Mundial para Abordar los Desafíos Penitenciarios", None),
        ),
        (
            "es",
            "La Empresa Nacional de la Coca (ENACO) adquirió 2.310 toneladas de hoja de coca.",
            ("AGENCY", "Empresa Nacional de la Coca (ENACO)", "ENACO"),
        ),
        (
            "es",
            "El Servicio Nacional de Atención Integral a Personas Adultas Privadas de la "
            "Libertad y a Adolescentes Infractores (SNAI) realizó 20 requisas.",
            (
                "AGENCY",
                "Servicio Nacional de Atención Integral a Personas Adultas Privadas de la "
                "Libertad y a Adolescentes Infractores (SNAI)",
                "SNAI",
            ),
        ),
        (
            "fr",
            "Le Royaume-Uni a remplacé son système de déclaration en douane (CDS) en 2022.",
            ("PROGRAMME", "système de déclaration en douane (CDS)", "CDS"),
        ),
        (
            "es",
            "El Subsistema de Alerta Rápida sobre Drogas (SARD) emitió 12 alertas.",
            ("PROGRAMME", "Subsistema de Alerta Rápida sobre Drogas (SARD)", "SARD"),
        ),
        (
            "es",
            "El Equipo de Acción Conjunta contra el Ciberdelito (J-CAT) firmó un acuerdo.",
            ("AGENCY", "Equipo de Acción Conjunta contra el Ciberdelito (J-CAT)", "J-CAT"),
        ),
        (
            "fr",
            "L'ONUDC a lancé son Programme mondial d'apprentissage en 2019.",
            ("PROGRAMME", "Programme mondial d'apprentissage", None),
        ),
    ],
)
def test_a_long_form_or_described_name_is_read_whole(
    language: str, sentence: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _found(language, sentence)


def test_an_auxiliary_ends_a_long_form_read_back_from_its_acronym() -> None:
    found = _found("fr", "La Police nationale a démantelé le réseau criminel (RCX) en 2019.")
    assert not any("démantelé" in text for _, text, _ in found)
    assert ("AGENCY", "Police nationale", None) in found


def test_a_programme_word_before_an_owner_or_a_place_names_no_programme() -> None:
    found = _found("es", "El programa de la UNODC y el proyecto regional de Colombia se ampliaron.")
    assert [label for label, _, _ in found if label == "PROGRAMME"] == []


def test_an_unclosed_title_after_a_description_is_no_programme() -> None:
    found = _found(
        "es", "El programa regional de apoyo Fortalecimiento de Capacidades en Colombia se amplió."
    )
    assert [text for label, text, _ in found if label == "PROGRAMME"] == []


def test_countries_listed_after_a_programme_are_not_its_name() -> None:
    found = _found(
        "fr",
        "Au titre de l'Initiative de Mérida, le Mexique et les États-Unis ont installé "
        "11 scanneurs.",
    )
    assert ("PROGRAMME", "Initiative de Mérida", None) in found


def test_a_lower_case_programme_word_after_a_bare_de_is_a_complement_not_a_long_form() -> None:
    found = _found(
        "fr", "La police a utilisé l'application de réseau d'échange sécurisé (SIENA) en 2021."
    )
    assert not any(text.startswith("réseau") for _, text, _ in found)
