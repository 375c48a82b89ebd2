"""Body structure of real UN resolutions and letters (../shared/corpus/un-pdf/, skipped without it).

Expected sequences and first/last words were written from each PDF's text as the project's
reader gives it (read in full before the rules were written), not from the parser's output.
Files whose OCR breaks the structure (A/45/155 loses its addressee to OCR, S/1999/512's last
two paragraphs are told apart only by layout) are left out and reported as wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from honlac_extract.models import Paragraph
from honlac_extract.preparation import prepare_file

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "un-pdf"


@dataclass(frozen=True)
class Expected:
    file: str
    numbers: list[int]
    kinds: set[str | None]
    first: str
    last: str
    annex: str | None = None
    signature: str | None = None
    letter_annex: bool = False  # a letter's own text (no annex label) before its annex


CASES = [
    Expected(
        "A_RES_73_3-EN.pdf",
        list(range(1, 54)),
        {"operative"},
        "Reaffirm the 2030 Agenda for Sustainable Development",
        "by Heads of State and Government at a high-level meeting in 2023.",
    ),
    Expected(
        "ODS_A_RES_70_10.pdf",
        [-1, -2, -3, -4, 1, 2, 3, 4, 5],
        {"preambular", "operative"},
        "Having received the report of the International Atomic Energy Agency",
        "the General Assembly relating to the activities of the Agency.",
    ),
    Expected(
        "ODS_A_80_434=S_2025_632.pdf",
        [-1, -2, -3, *range(1, 12)],
        {"body", "signature", None},
        "I have the honour to transmit herewith the Chair’s summary",
        "as part of mandates or missions by the political leadership.",
        annex="Annex",
        signature=(
            "(Signed) Héctor Gómez Hernández Ambassador Permanent Representative of Spain"
            " to the United Nations"
        ),
        letter_annex=True,
    ),
    Expected(
        "ODS_A_80_488=S_2025_655.pdf",
        list(range(1, 12)),
        {"body", "signature"},
        "I have the honour to refer to the letter dated 6 October 2025",
        "under agenda item 53, and of the Security Council.",
        signature="(Signed) Gheorghe Leucă Ambassador Permanent Representative",
    ),
    Expected(
        "ODS_A_80_500=S_2025_656.pdf",
        [1, 2, 3],
        {"body", "signature"},
        "I have the honour to convey to you a statement by the Ministry",
        "under agenda item 84, and of the Security Council.",
        signature="(Signed) Dmitry Polyanskiy Chargé d’affaires a.i.",
    ),
    Expected(
        "ODS_A_53_568=S_1998_1025.pdf",
        [1, 2, 3, 4, 5],
        {"body", "signature"},
        "In reference to the letter dated 30 October 1998",
        "under agenda items 39, 40 and 84, and of the Security Council.",
        signature=(
            "(Signed) Dr. Nasser AL-KIDWA Ambassador Permanent Observer of Palestine"
            " to the United Nations"
        ),
    ),
    Expected(
        "ODS_A_49_230=S_1994_822.pdf",
        [1, 2, 3],
        {"body", "signature"},
        "On behalf of the European Union I have the honour",
        "under item 38, and of the Security Council.",
        signature="(Signed) Detlev GRAF ZU RANTZAU",
    ),
]


def _body(paragraphs: list[Paragraph]) -> list[Paragraph]:
    return [p for p in paragraphs if p.kind != "signature"]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.file)
def test_real_document_body(case: Expected) -> None:
    path = CORPUS / case.file
    if not path.exists():
        pytest.skip(f"{path} not present")
    prepared = prepare_file(path)
    paragraphs = prepared.structure.paragraphs
    assert [p.number for p in paragraphs] == case.numbers
    assert {p.kind for p in paragraphs} == case.kinds
    body = _body(paragraphs)
    assert body[0].text.startswith(case.first)
    assert body[-1].text.endswith(case.last)
    annexes = {None, case.annex} if case.letter_annex else {case.annex}
    assert {p.annex for p in paragraphs} == annexes
    signatures = [p.text for p in paragraphs if p.kind == "signature"]
    assert signatures == ([case.signature] if case.signature else [])
    for paragraph in paragraphs:
        for start, end in paragraph.spans:
            assert 0 <= start < end <= len(prepared.text)


def test_adoption_trailer_is_not_in_the_last_paragraph() -> None:
    path = CORPUS / "A_RES_73_3-EN.pdf"
    if not path.exists():
        pytest.skip(f"{path} not present")
    prepared = prepare_file(path)
    assert "18th plenary meeting" in prepared.text
    assert all("plenary meeting" not in p.text for p in prepared.structure.paragraphs)
