"""The public entry points: text or file in, validated :class:`Note` out."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from .entities.countries import heading_countries
from .entities.pipeline import load_pipeline
from .models import Note, Paragraph, Source
from .readers import apply_layout, read_document
from .reading import normalise_newlines
from .records.entities import extract_entities
from .records.linking import link_entities
from .structure import parse_structure


@cache
def _pipeline(model: str | None) -> Language:
    """One pipeline per process and model: loading it costs far more than a note."""
    return load_pipeline(model)


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


def _build(text: str, source: Source, warnings: list[str], model: str | None = None) -> Note:
    # Built before the sub-headings are read: they are read with this pipeline's country
    # component, so building it first spares a second phrase matcher (about 0.3 s a process).
    nlp = _pipeline(model)
    structure = parse_structure(text)
    paragraphs = [
        p.model_copy(update={"countries": heading_countries(p.subsection)}) if p.subsection else p
        for p in structure.paragraphs
    ]
    entities = link_entities(
        extract_entities(nlp, text, paragraphs, _contexts(paragraphs, structure.metadata.date))
    )
    return Note(
        source=source,
        text=text,
        metadata=structure.metadata,
        sections=structure.sections,
        paragraphs=paragraphs,
        footnotes=structure.footnotes,
        entities=entities,
        warnings=[*warnings, *structure.warnings],
    )


def extract(text: str, *, source: str | None = None, model: str | None = None) -> Note:
    """Extract a :class:`Note` from note text; never raises for any text.

    ``source`` is an optional label (usually a path) recorded in ``note.source.path``;
    ``model`` optionally names an installed trained spaCy pipeline whose ORG/GPE proposals are
    added after the rules (see :func:`honlac_extract.load_pipeline`).
    """
    text = normalise_newlines(text)
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    warnings = [] if text.strip() else ["the text is empty"]
    return _build(text, Source(path=source, sha256=sha, format="txt"), warnings, model)


def extract_file(path: str | Path, *, model: str | None = None) -> Note:
    """Read a note file and extract it; raises :class:`InputError` naming the file and problem."""
    read = read_document(path)  # format by content: text, PDF or Word
    source = Source(path=read.path, sha256=read.sha256, format=read.format)
    note = _build(read.text, source, list(read.warnings), model)
    return note if read.layout is None else apply_layout(note, read.layout)
