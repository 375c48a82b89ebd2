"""English programme words with a description before them: the name after ("the
school-based prevention programme Unplugged") or the acronym before ("the SHERLOC knowledge
management portal"); a longer description takes a one-word name only."""

from __future__ import annotations

import pytest

from honlac_extract import extract

PAD = "1. The Meeting reviewed the situation of drug trafficking in the region.\n\n"


def _programmes(sentence: str) -> list[str]:
    note = extract(PAD + "2. " + sentence + "\n")
    return [e.text for e in note.entities if e.label == "PROGRAMME" and e.paragraph == 2]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "UNODC launched the school-based prevention programme Unplugged in 60 schools.",
            ["Unplugged"],
        ),
        ("UNODC added 36 laws to its knowledge management portal SHERLOC in 2019.", ["SHERLOC"]),
        ("UNODC added 36 laws to the SHERLOC knowledge management portal in 2019.", ["SHERLOC"]),
        ("The vessel tracking system SeaVision was installed in Tumaco.", ["SeaVision"]),
        ("The programme Colombia launched reached 20 schools.", []),
        ("The regional programme Afghanistan and neighbouring countries met.", []),
    ],
)
def test_a_described_programme_word_names_what_follows_or_precedes_it(
    sentence: str, expected: list[str]
) -> None:
    assert _programmes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('The "Listen First" campaign of UNODC reached 40 schools.', ["Listen First"]),
        ('UNODC launched the "Green Highlands" coffee and tea project.', ["Green Highlands"]),
        ('He said "Yes" to the plan in 2019.', []),
    ],
)
def test_a_quoted_title_near_a_campaign_or_project_word_is_a_programme(
    sentence: str, expected: list[str]
) -> None:
    assert _programmes(sentence) == expected
