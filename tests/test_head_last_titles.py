"""A title whose capitalised programme word comes after its acronym."""

from __future__ import annotations

from honlac_extract import extract


def _programmes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.name, e.acronym) for e in extract(text).entities if e.label == "PROGRAMME"]


def test_the_head_word_after_the_acronym_closes_the_title() -> None:
    title = "Global Rapid Interdiction of Dangerous Substances (GRIDS) Programme"
    text = f"1. The Commission welcomed the {title} of the International Narcotics Control Board."
    assert _programmes(text) == [(title, title, "GRIDS")]
    agencies = [e.text for e in extract(text).entities if e.label == "AGENCY"]
    assert agencies == ["International Narcotics Control Board"]


def test_the_title_starts_where_its_capitals_spell_the_acronym() -> None:
    title = (
        "Operational Partnerships to Interdict Opioids’ Illicit Distribution and Sales "
        "(OPIOIDS) Project"
    )
    text = f"1. In 2024 Member States joined the {title} and trained 40 officers."
    assert _programmes(text) == [(title, title, "OPIOIDS")]


def test_a_lower_case_word_after_the_acronym_is_no_title_head() -> None:
    text = "1. The Global Rapid Interdiction of Dangerous Substances (GRIDS) programme grew."
    assert all(not t.endswith("(GRIDS) Programme") for t, _, _ in _programmes(text))
