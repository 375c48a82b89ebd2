"""A dash that conversion wrote for a hyphen inside a word reads as the hyphen (see dashes.py)."""

from __future__ import annotations

import pytest

from honlac_extract import extract
from honlac_extract.entities.countries import heading_countries
from honlac_extract.entities.dashes import hyphenated
from honlac_extract.models import Note

SENTENCE = (
    "In 2016{d}2017 the Anti{d}Narcotics Police of Guinea{d}Bissau seized 10{d}12 tons of "
    "cocaine with the Ibero{d}American Association of Public Prosecutors. Timor{d}Leste did not."
)
DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2212"]


def note_of(sentence: str) -> Note:
    return extract(f"1. {sentence}\n\n2. Nothing else.\n")


def values(note: Note) -> list[tuple[object, ...]]:
    return [
        (e.label, e.start, e.end, e.iso3, e.name, e.start_date, e.end_date, e.value, e.value_max)
        for e in note.entities
    ]


@pytest.mark.parametrize("dash", DASHES)
def test_a_dash_inside_a_word_gives_the_hyphens_entities(dash: str) -> None:
    with_hyphen = note_of(SENTENCE.format(d="-"))
    with_dash = note_of(SENTENCE.format(d=dash))
    assert values(with_dash) == values(with_hyphen)
    found = {(e.label, e.text) for e in with_dash.entities}
    assert ("COUNTRY", f"Guinea{dash}Bissau") in found
    assert ("COUNTRY", f"Timor{dash}Leste") in found
    assert ("AGENCY", f"Anti{dash}Narcotics Police of Guinea{dash}Bissau") in found
    assert ("DATE", f"2016{dash}2017") in found
    assert ("QUANTITY", f"10{dash}12 tons") in found
    for entity in with_dash.entities:
        assert with_dash.text[entity.start : entity.end] == entity.text


def test_the_normalised_values_are_the_hyphenated_ones() -> None:
    note = note_of(SENTENCE.format(d="\u2013"))
    by_text = {e.text: e for e in note.entities}
    assert by_text["Guinea\u2013Bissau"].iso3 == "GNB"
    assert by_text["Guinea\u2013Bissau"].name == "Guinea-Bissau"
    assert by_text["2016\u20132017"].start_date == "2016-01-01"
    assert by_text["2016\u20132017"].end_date == "2017-12-31"
    tons = by_text["10\u201312 tons"]
    assert (tons.value, tons.value_max, tons.unit, tons.item) == (10.0, 12.0, "t", "cocaine")
    prosecutors = [e for e in note.entities if e.text.startswith("Ibero")]
    assert [e.name for e in prosecutors] == ["Ibero-American Association of Public Prosecutors"]


def test_spaced_dashes_and_em_dashes_are_not_hyphens() -> None:
    text = "2016 \u2013 2017, police\u2014customs, 3\u20137 and Guinea\u2014Bissau"
    assert hyphenated(text) == "2016 \u2013 2017, police\u2014customs, 3-7 and Guinea\u2014Bissau"
    assert len(hyphenated(text)) == len(text)


def test_a_sub_heading_with_an_en_dash_names_its_country() -> None:
    assert heading_countries("Guinea\u2013Bissau") == heading_countries("Guinea-Bissau") == ["GNB"]
