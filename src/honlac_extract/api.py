"""The public entry points: text or file in, validated :class:`Note` out."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from .spacy_import import import_spacy

import_spacy()  # spaCy without its command-line package (0.15 s), before the imports below

from spacy.language import Language  # noqa: E402

from .entities.countries import heading_countries  # noqa: E402
from .entities.pipeline import load_pipeline  # noqa: E402
from .models import Note, Paragraph  # noqa: E402
from .preparation import Prepared, prepare_file, prepare_text  # noqa: E402
from .readers import apply_layout  # noqa: E402
from .records.entities import PieceMap, extract_entities  # noqa: E402
from .records.facts import build_facts  # noqa: E402
from .records.linking import link_entities  # noqa: E402
from .warmup import paused_gc  # noqa: E402


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
    """The second half of an extraction: entities found in a prepared note, records built.

    The cyclic collector is paused meanwhile: these stages make no reference cycles (their
    objects are freed by reference counting), while its walks over the growing note cost a
    fifth of the time of a note of thousands of short paragraphs (tests/test_warmup.py).
    """
    with paused_gc():
        return _complete(prepared, model)


def _complete(prepared: Prepared, model: str | None) -> Note:
    structure = prepared.structure
    language = structure.metadata.language or "en"
    nlp = _pipeline(model, language)
    paragraphs = [
        p.model_copy(update={"countries": heading_countries(p.subsection, language)})
        if p.subsection
        else p
        for p in structure.paragraphs
    ]
    maps = [PieceMap(paragraph) for paragraph in paragraphs]  # read by entities and facts
    entities = link_entities(
        extract_entities(
            nlp,
            prepared.text,
            paragraphs,
            _contexts(paragraphs, structure.metadata.date),
            language,
            maps,
        )
    )
    note = Note(
        source=prepared.source,
        text=prepared.text,
        metadata=structure.metadata,
        sections=structure.sections,
        subsections=structure.subsections,
        paragraphs=paragraphs,
        footnotes=structure.footnotes,
        entities=entities,
        facts=build_facts(prepared.text, structure.metadata, paragraphs, entities, maps),
        warnings=[*prepared.warnings, *structure.warnings],
    )
    return note if prepared.layout is None else apply_layout(note, prepared.layout)


def extract(text: str, *, source: str | None = None, model: str | None = None) -> Note:
    """Extract a :class:`Note` from note text; never raises for any text.

    ``source`` is an optional label (usually a path) recorded in ``note.source.path``;
    ``model`` optionally names an installed trained spaCy pipeline whose ORG/GPE proposals are
    added after the rules (see :func:`honlac_extract.load_pipeline`).

    The collector stays paused from the structure stage to the end (each pauses it): switched
    on between them, it walked every paragraph record once (60 ms for 33,000 numbered lines).
    """
    with paused_gc():
        return complete(prepare_text(text, source), model=model)


def extract_file(path: str | Path, *, model: str | None = None) -> Note:
    """Read a note file and extract it; raises :class:`InputError` naming the file and problem."""
    return complete(prepare_file(path), model=model)
