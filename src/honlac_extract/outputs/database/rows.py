"""The rows of each table for one note, as dicts keyed by the columns of ``schema.TABLES``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...models import Entity, Fact, Note

Row = dict[str, Any]


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _key(note: Note) -> Row:
    return {"note_sha256": note.source.sha256, "symbol": note.metadata.symbol}


def note_row(identifier: str, note: Note) -> Row:
    meta = note.metadata
    return {
        **_key(note),
        "identifier": identifier,
        "source_path": note.source.path,
        "date": meta.date,
        "year": _year(meta.date),
        "body": meta.body,
        "meeting_number": meta.meeting_number,
        "venue": meta.venue,
        "meeting_start": meta.meeting_start,
        "meeting_end": meta.meeting_end,
        "title": meta.title,
        "document_type": meta.document_type,
        "language": meta.language,
        "sections": len(note.sections),
        "paragraphs": len(note.paragraphs),
        "entities": len(note.entities),
        "facts": len(note.facts),
        "schema_version": note.schema_version,
    }


def section_rows(note: Note) -> Iterator[Row]:
    for s in note.sections:
        yield {**_key(note), "number": s.number, "ordinal": s.ordinal, "title": s.title,
               "start": s.start, "end": s.end}  # fmt: skip


def paragraph_rows(note: Note) -> Iterator[Row]:
    for p in note.paragraphs:
        yield {
            **_key(note),
            "number": p.number,
            "section": p.section,
            "subheading": p.subsection,
            "subject_countries": list(p.countries),
            "start": p.spans[0][0] if p.spans else None,
            "end": p.spans[-1][1] if p.spans else None,
            "page": p.page,
            "text": p.text,
        }


_ENTITY_FIELDS = (
    "id", "label", "text", "start", "end", "paragraph", "section", "iso3", "name", "country",
    "start_date", "end_date", "precision", "value", "value_max", "previous_value", "unit", "item",
    "qualifier", "acronym", "kind", "entity_id",
)  # fmt: skip


def entity_rows(note: Note) -> Iterator[Row]:
    key = _key(note)
    for entity in note.entities:
        yield {**key, **{field: getattr(entity, field) for field in _ENTITY_FIELDS}}


def _fact_row(key: Row, fact: Fact, by_id: dict[str, Entity]) -> Row:
    quantity = by_id.get(fact.quantity or "")
    agency = by_id.get(fact.agency or "")
    programme = by_id.get(fact.programme or "")
    return {
        **key,
        "id": fact.id,
        "paragraph": fact.paragraph,
        "section": fact.section,
        "activity": fact.activity,
        "activity_text": fact.activity_text,
        "quantity": fact.quantity,
        "value": quantity.value if quantity else None,
        "previous_value": quantity.previous_value if quantity else None,
        "unit": quantity.unit if quantity else None,
        "item": quantity.item if quantity else None,
        "agency": fact.agency,
        "agency_name": (agency.name or agency.text) if agency else None,
        "agency_acronym": agency.acronym if agency else None,
        "iso3": list(fact.iso3),
        "country_source": fact.country_source,
        "programme": fact.programme,
        "programme_name": (programme.name or programme.text) if programme else None,
        "date": fact.date,
        "start_date": fact.start_date,
        "end_date": fact.end_date,
        "year": _year(fact.end_date),
        "date_source": fact.date_source,
        "sentence_start": fact.sentence_start,
        "sentence_end": fact.sentence_end,
    }


def fact_rows(note: Note) -> Iterator[Row]:
    key = _key(note)
    by_id = {e.id: e for e in note.entities}
    for fact in note.facts:
        yield _fact_row(key, fact, by_id)
