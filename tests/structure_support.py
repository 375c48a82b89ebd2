"""Shared helpers for the structure tests: reading fixtures and comparing with gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from grounding_support import joined_by_rule
from honlac_extract.reading import normalise_newlines
from honlac_extract.structure import Structure

ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "fixtures" / "notes"
GOLD = ROOT / "fixtures" / "gold"
SEED = "honlac-27-note"


def note_text(stem: str) -> str:
    """A fixture note as the library sees it (decoded, line endings normalised)."""
    return normalise_newlines((NOTES / f"{stem}.txt").read_text(encoding="utf-8"))


def flattened(text: str) -> str:
    """The note with every run of whitespace replaced by one space (damage kind d)."""
    return " ".join(text.split())


def gold(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    return data


def words(text: str) -> str:
    return " ".join(text.split())


def unstarred(text: str) -> str:
    """Words without asterisks: the gold was annotated on the converted .txt, whose markdown
    emphasis ("Disorders*.") paragraph text drops (as the evaluation, docs/accuracy.md)."""
    return words(text.replace("*", ""))


def paragraph_problems(structure: Structure, expected: list[dict[str, Any]]) -> list[str]:
    """Differences between the parsed paragraphs and the gold numbers / first / last words."""
    problems = []
    numbers = [p.number for p in structure.paragraphs]
    if numbers != [g["n"] for g in expected]:
        problems.append(f"numbers {numbers}")
    texts = {p.number: unstarred(p.text) for p in structure.paragraphs}
    for entry in expected:
        text = texts.get(entry["n"], "")
        if not text.startswith(unstarred(entry["first"])):
            problems.append(f"paragraph {entry['n']} starts {text[:50]!r}")
        if entry.get("last") and not text.endswith(unstarred(entry["last"])):
            problems.append(f"paragraph {entry['n']} ends {text[-50:]!r}")
    return problems


def sections_of(structure: Structure) -> list[list[str]]:
    return [[s.number, s.title] for s in structure.sections]


def subheadings_of(structure: Structure) -> list[list[str]]:
    outside = [["", sub.title] for sub in structure.subsections]
    return outside + [[s.number, sub.title] for s in structure.sections for sub in s.subsections]


def check_offsets(text: str, structure: Structure) -> None:
    """Every offset indexes ``text``; paragraph text is its joined spans; items inside."""
    previous = 0
    for paragraph in structure.paragraphs:
        assert paragraph.spans
        assert joined_by_rule(text, paragraph.spans) == paragraph.text
        for start, end in paragraph.spans:
            assert previous <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            previous = end
        first, last = paragraph.spans[0][0], paragraph.spans[-1][1]
        for item in paragraph.items:
            assert first <= item.start < item.end <= last
            assert text[item.start : item.end] == item.text
    first_section = structure.sections[0].start if structure.sections else len(text)
    for sub in structure.subsections:
        assert 0 <= sub.start <= sub.end <= first_section
    for section in structure.sections:
        assert 0 <= section.start < section.end <= len(text)
        for sub in section.subsections:
            assert section.start <= sub.start <= sub.end <= section.end
    for footnote in structure.footnotes:
        assert 0 <= footnote.start < footnote.end <= len(text)
        assert (
            footnote.text
            == words(text[footnote.start : footnote.end])[len(footnote.marker) :].strip()
        )
