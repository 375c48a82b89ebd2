"""An event word names a standing body once it defines an acronym its initials spell."""

from __future__ import annotations

import pytest

from honlac_extract import extract

PAD = "1. The Meeting reviewed the situation of drug trafficking in the region.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Indian Ocean Forum on Maritime Crime (IOFMC) brought together 20 States.",
            ["Indian Ocean Forum on Maritime Crime (IOFMC)"],
        ),
        (
            "The Regional Forum on Maritime Crime (RFMC) met.",
            ["Regional Forum on Maritime Crime (RFMC)"],
        ),
        ("Transnational Organized Crime (TOC) is a threat.", []),
    ],
)
def test_a_forum_that_defines_its_acronym_is_an_agency(sentence: str, expected: list[str]) -> None:
    note = extract(PAD + "2. " + sentence + "\n")
    assert [e.text for e in note.entities if e.label == "AGENCY" and e.paragraph == 2] == expected
