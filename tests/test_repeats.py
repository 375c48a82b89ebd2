"""A name the note has found once is found again where the note repeats it without a cue."""

from __future__ import annotations

from honlac_extract import extract

PAD = "1. The Meeting reviewed the situation of drug trafficking in the region.\n\n"


def _bodies(text: str) -> list[tuple[int | None, str, str, str]]:
    note = extract(PAD + text)
    for entity in note.entities:
        assert note.text[entity.start : entity.end] == entity.text
    return [
        (e.paragraph, e.label, e.text, e.source)
        for e in note.entities
        if e.label in ("AGENCY", "PROGRAMME")
    ]


def test_a_programme_named_once_is_found_where_the_note_repeats_it() -> None:
    found = _bodies(
        "2. UNODC launched the family skills programme “Strong Families” in 40 municipalities.\n\n"
        "3. By 2019, Strong Families had reached 3,000 families.\n"
    )
    assert (3, "PROGRAMME", "Strong Families", "repeat") in found
    note = extract(
        PAD + "2. UNODC launched the family skills programme “Strong Families” in 2018.\n\n"
        "3. By 2019, Strong Families had reached 3,000 families.\n"
    )
    ids = {e.entity_id for e in note.entities if e.text == "Strong Families"}
    assert len(ids) == 1


def test_a_repeat_inside_a_longer_name_or_a_lone_head_word_is_not_added() -> None:
    found = _bodies(
        "2. UNODC launched the family skills programme “Strong Families” in 2018.\n\n"
        "3. The Strong Families Network of the Ministry of Health met the Programme staff.\n"
    )
    assert not any(source == "repeat" for _, _, _, source in found)
