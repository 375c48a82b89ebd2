"""Test-only builders that lay fixture notes out as UN-style PDF and Word files."""

from __future__ import annotations

from pathlib import Path

from .docx_build import build_docx
from .logical import LogicalNote, Masthead, parse_fixture
from .pdf_build import build_pdf

NOTES = Path(__file__).resolve().parents[2] / "fixtures" / "notes"
LAID_OUT = (
    "honlac-27-note",
    "damage-page-break",
    "damage-furniture",
    "damage-glued-headings",
    "damage-markers",
    "damage-contents",
    "damage-extraction",
    "honlaf-29-note",
    "honlap-42-note",
    "honeuro-25-note",
    "subcom-55-report",
    "cnd-crp",
    "kind-meeting-report",
    "kind-un-report",
    "kind-implementation-note",
    "kind-report-lettered",
    "body-resolution",
    "body-letter-annex",
    "kind-summary-record",
)
"""Fixtures whose clean form the builder-side parser recovers: every document kind (notes,
conference room papers, implementation notes, meeting reports with lettered sub-sections, a
report of the Secretariat, a resolution, a letter with its annex, a summary record).
damage-flattened, a note run into one line whose masthead is cut off, has no layout left to
recover (the flattened implementation note keeps its masthead fields, from which its blocks
are restored)."""


def build_all(folder: Path) -> dict[tuple[str, str], Path]:
    """Build every laid-out fixture as .pdf and .docx in ``folder``; keys (name, format)."""
    built: dict[tuple[str, str], Path] = {}
    for name in LAID_OUT:
        note = parse_fixture(NOTES / f"{name}.txt")
        built[(name, "pdf")] = build_pdf(note, folder / f"{name}.pdf")
        built[(name, "docx")] = build_docx(note, folder / f"{name}.docx")
    return built


__all__ = [
    "LAID_OUT",
    "NOTES",
    "LogicalNote",
    "Masthead",
    "build_all",
    "build_docx",
    "build_pdf",
    "parse_fixture",
]
