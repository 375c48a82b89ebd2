"""The public entry points: text or file in, validated :class:`Note` out."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from .entities.countries import heading_countries
from .entities.pipeline import load_pipeline
from .models import Note, Paragraph
from .preparation import Prepared, prepare_file, prepare_text
from .readers import apply_layout
from .records.entities import extract_entities
from .records.facts import build_facts
from .records.linking import link_entities
from .warmup import paused_gc


@cache
def _pipeline(model: str | None, language: str = "en") -> Language:
    """One pipeline per process, model and language: loading it costs far more than a note."""
    with paused_gc():
        return load_pipeline(model, language)


def _contexts(paragraphs: list[Paragraph], note_date: str | None) -> list[dict[str, Any]]:
    return [
        {
            "paragraph": p.number,
            "section": p.section,
            "subsection": p.subsection,
            "subject_countries": p.countries,
            "note_year": int(note_date[:4]) if note_date else None,
        }
        for p in paragraphs
    ]


def complete(prepared: Prepared, *, model: str | None = None) -> Note:
    """The second half of an extraction: entities found in a prepared note, records built."""
    structure = prepared.structure
    nlp = _pipeline(model, structure.metadata.language or "en")
    paragraphs = [
        p.model_copy(update={"countries": heading_countries(p.subsection)}) if p.subsection else p
        for p in structure.paragraphs
    ]
    entities = link_entities(
        extract_entities(
            nlp, prepared.text, paragraphs, _contexts(paragraphs, structure.metadata.date)
        )
    )
    note = Note(
        source=prepared.source,
        text=prepared.text,
        metadata=structure.metadata,
        sections=structure.sections,
        paragraphs=paragraphs,
        footnotes=structure.footnotes,
        entities=entities,
        facts=build_facts(prepared.text, structure.metadata, paragraphs, entities),
        warnings=[*prepared.warnings, *structure.warnings],
    )
    return note if prepared.layout is None else apply_layout(note, prepared.layout)


def extract(text: str, *, source: str | None = None, model: str | None = None) -> Note:
    """Extract a :class:`Note` from note text; never raises for any text.

    ``source`` is an optional label (usually a path) recorded in ``note.source.path``;
    ``model`` optionally names an installed trained spaCy pipeline whose ORG/GPE proposals are
    added after the rules (see :func:`honlac_extract.load_pipeline`).
    """
    return complete(prepare_text(text, source), model=model)


def extract_file(path: str | Path, *, model: str | None = None) -> Note:
    """Read a note file and extract it; raises :class:`InputError` naming the file and problem."""
    return complete(prepare_file(path), model=model)
