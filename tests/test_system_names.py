"""A system's lower-camel name is a programme wherever it stands."""

from __future__ import annotations

from honlac_extract import extract
from language_pads import SPANISH_PAD


def _programmes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.name, e.kind) for e in extract(text).entities if e.label == "PROGRAMME"]


def test_lower_camel_system_names_are_programmes_in_english_and_spanish() -> None:
    english = "1. The financial intelligence unit adopted goAML in 2023 and joined nCEN."
    assert _programmes(english) == [("goAML", "goAML", "system"), ("nCEN", "nCEN", "system")]
    spanish = SPANISH_PAD + "2. La unidad adoptó goCASE en 2024 y consulta iARMS a diario."
    assert [t for t, _, _ in _programmes(spanish)] == ["goCASE", "iARMS"]


def test_a_described_system_keeps_its_description_rule() -> None:
    text = SPANISH_PAD + "2. La Policía consultó el sistema eTrace de la ATF."
    assert [(t, n) for t, n, _ in _programmes(text)] == [("sistema eTrace", "eTrace")]


def test_words_of_that_shape_that_are_no_system_are_left() -> None:
    text = "1. Officers traced 12 sellers through eBay listings and a seized iPhone."
    assert _programmes(text) == []
