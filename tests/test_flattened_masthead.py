"""Flattened or one-line-a-paragraph documents: kind from the symbol the header rules read,
"English only" as the original language, a job number printed after the body."""

from __future__ import annotations

from honlac_extract import extract

CRP = (
    "UNODC/HONLAC/35/CRP.2 Conference room paper 22 September 2025 English only Thirty-fifth "
    "Meeting of Heads of National Drug Law Enforcement Agencies, Latin America and the Caribbean "
    "San José, 6–10 October 2025 Item 4 of the provisional agenda Current situation with respect "
    "to regional and subregional cooperation Port interdiction in the region Note by the "
    "Secretariat I. Introduction 1. The present paper reviews the joint port control units. "
    "2. It was prepared from the replies of 19 Governments."
)


def test_a_flattened_crp_is_a_crp_in_english() -> None:
    metadata = extract(CRP).metadata
    assert (metadata.symbol, metadata.kind) == ("UNODC/HONLAC/35/CRP.2", "conference_room_paper")
    assert metadata.original_language == "English"


def test_a_job_number_printed_after_a_long_body_is_read() -> None:
    body = "\n\n".join(
        f"{n}. The Governments of the region reported {n} new joint operations in 2024."
        for n in range(1, 200)
    )
    text = (
        "UNODC/HONLAF/36/4\n\nDistr.: General\n3 September 2025\n\nOriginal: English\n\n"
        f"Note by the Secretariat\n\nI. Introduction\n\n{body}\n\nV.25-07436 (E)    030925\n"
    )
    assert len(text) > 12000
    metadata = extract(text).metadata
    assert (metadata.job_number, metadata.job_language) == ("V.25-07436", "E")
