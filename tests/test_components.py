"""A programme's component named before it is a programme of its own, nested over it."""

from __future__ import annotations

from honlac_extract import extract
from language_pads import FRENCH_PAD, SPANISH_PAD


def _programmes(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.name) for e in extract(text).entities if e.label == "PROGRAMME"]


def test_a_spanish_component_and_its_programme_are_two_programmes() -> None:
    text = SPANISH_PAD + (
        "2. Con el apoyo del componente fluvial del Programa Mundial contra la Delincuencia "
        "Marítima (GMCP), la Armada patrulló el río. El componente fluvial del GMCP capacitó "
        "a 40 agentes."
    )
    found = _programmes(text)
    long_name = "Programa Mundial contra la Delincuencia Marítima"
    assert (
        f"componente fluvial del {long_name} (GMCP)",
        f"componente fluvial del {long_name}",
    ) in found
    assert ("componente fluvial del GMCP", f"componente fluvial del {long_name}") in found
    assert (f"{long_name} (GMCP)", long_name) in found


def test_a_french_component_is_read_over_a_line_break() -> None:
    text = FRENCH_PAD + (
        "2. Au titre du volet cryptoactifs du Programme mondial contre la\ncybercriminalité, "
        "l'ONUDC a formé 30 enquêteurs."
    )
    assert (
        "volet cryptoactifs du Programme mondial contre la\ncybercriminalité",
        "volet cryptoactifs du Programme mondial contre la cybercriminalité",
    ) in _programmes(text)


def test_a_component_word_far_before_or_in_another_clause_makes_none() -> None:
    text = SPANISH_PAD + (
        "2. El componente, según el informe, se financia con fondos del Programa Mundial contra "
        "la Delincuencia Marítima (GMCP)."
    )
    assert not any(t.startswith("componente") for t, _ in _programmes(text))


def test_english_components_are_left_as_before() -> None:
    text = (
        "1. The air cargo component of the Container Control Programme (CCP) trained 20 "
        "officers in 2023."
    )
    assert [t for t, _ in _programmes(text)] == ["Container Control Programme (CCP)"]


def test_a_strategys_component_is_not_read_as_a_programme() -> None:
    text = SPANISH_PAD + (
        "2. El componente de drogas de la Estrategia de Seguridad de Centroamérica financió "
        "tres talleres en 2023."
    )
    assert not any(t.startswith("componente") for t, _ in _programmes(text))


def test_a_programmes_edition_is_part_of_its_name_and_its_component_reads_it() -> None:
    text = SPANISH_PAD + (
        "2. El Programa de Cooperación entre América Latina, el Caribe y la Unión Europea en "
        "Políticas sobre Drogas (COPOLAD III) apoya el componente de desarrollo alternativo de "
        "COPOLAD III en Bolivia."
    )
    texts = [t for t, _ in _programmes(text)]
    assert "COPOLAD III" in texts
    assert "componente de desarrollo alternativo de COPOLAD III" in texts
