"""A paragraph over spaCy's default 1,000,000-character limit is extracted, not refused.

Input files may be up to 5 MiB; one paragraph can take most of that (a list of thousands of
numbered lines past the paragraph numbering's reach). spaCy raised E088 for it from ``extract``.
"""

from __future__ import annotations

from honlac_extract import extract
from honlac_extract.entities.countries import heading_countries


def test_a_paragraph_over_a_million_characters_is_extracted() -> None:
    text = (
        "1. The police of Guinea-Bissau trained 12 officers with UNODC. "
        + "x" * 1_000_000
        + " Then UNODC met them.\n\n2. End.\n"
    )
    note = extract(text)
    assert len(note.paragraphs[0].text) > 1_000_000
    found = [(e.label, e.text, e.paragraph) for e in note.entities]
    assert ("COUNTRY", "Guinea-Bissau", 1) in found
    assert ("QUANTITY", "12 officers", 1) in found
    assert [e.text for e in note.entities if e.label == "AGENCY"] == ["UNODC", "UNODC"]
    for entity in note.entities:
        assert note.text[entity.start : entity.end] == entity.text


def test_a_heading_over_a_million_characters_is_read() -> None:
    assert heading_countries("Peru " + "x" * 1_000_000) == ["PER"]
