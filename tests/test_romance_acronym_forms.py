"""Romance long forms: a head word with its acronym in brackets, a long form of many words
before a listed acronym that its initials do not spell."""

from __future__ import annotations

from honlac_extract import extract
from language_pads import FRENCH_PAD, SPANISH_PAD


def _programmes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.name, e.acronym) for e in extract(text).entities if e.label == "PROGRAMME"]


def test_a_head_word_and_an_acronym_in_brackets_define_a_long_form() -> None:
    long_form = (
        "Red Mundial de Operaciones de Autoridades Encargadas de la Aplicación de la Ley en "
        "Materia de Lucha contra la Corrupción"
    )
    text = SPANISH_PAD + f"2. Los Gobiernos se sumaron a la {long_form} (Red GlobE) en 2021."
    assert _programmes(text) == [(f"{long_form} (Red GlobE)", long_form, "Red GlobE")]


def test_a_long_french_long_form_before_a_listed_acronym_is_read_whole() -> None:
    long_form = (
        "Programme mondial de renforcement des enquêtes criminelles et de la coopération en "
        "matière de justice pénale le long des routes du trafic de drogues"
    )
    text = FRENCH_PAD + f"2. Le {long_form} (CRIMJUST) a réuni 58 magistrats."
    assert _programmes(text) == [(f"{long_form} (CRIMJUST)", long_form, "CRIMJUST")]


def _agencies(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.name) for e in extract(text).entities if e.label == "AGENCY"]


def test_complements_listed_with_commas_before_an_acronym_are_one_long_form() -> None:
    long_form = (
        "Autorité fédérale de l'identité, de la citoyenneté, des douanes et de la sécurité "
        "portuaire"
    )
    text = FRENCH_PAD + f"2. L'{long_form} (ICP) a saisi 3 tonnes de captagon."
    assert (f"{long_form} (ICP)", long_form) in _agencies(text)


def test_a_comma_that_opens_no_listed_complement_still_ends_the_name() -> None:
    text = SPANISH_PAD + (
        "2. La Policía Nacional, de acuerdo con el Programa Regional de Seguridad (PRS), "
        "incautó 3 toneladas."
    )
    assert _agencies(text) == [("Policía Nacional", "Policía Nacional")]


def test_a_strong_head_after_y_starts_a_second_body() -> None:
    text = SPANISH_PAD + (
        "2. El Servicio Nacional de Aduanas y Carabineros de Chile abrieron un centro conjunto."
    )
    assert [t for t, _ in _agencies(text)] == [
        "Servicio Nacional de Aduanas",
        "Carabineros de Chile",
    ]


def test_the_african_union_police_mechanism_is_a_body() -> None:
    text = FRENCH_PAD + (
        "2. Le Mécanisme de l'Union africaine pour la coopération policière (AFRIPOL) a réuni "
        "30 enquêteurs."
    )
    assert [(e.label, e.acronym) for e in extract(text).entities if e.acronym == "AFRIPOL"] == [
        ("AGENCY", "AFRIPOL")
    ]
