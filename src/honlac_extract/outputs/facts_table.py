"""The ``facts.csv`` table of ``honlac-extract table``: one row per fact, its slots resolved.

Each slot's entity id is kept beside what it resolves to (the quantity's value and unit, the
agency's and programme's names), so a spreadsheet reader needs no join; country codes and
entity ids of several countries are joined with "; " as in the other tables.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..models import Note

if TYPE_CHECKING:
    from .tables import NamedNote

FACT_COLUMNS = (
    "note", "symbol", "id", "paragraph", "section", "activity", "activity_text", "value",
    "previous_value", "unit", "item", "agency_name", "iso3", "country_source", "programme_name",
    "start_date", "end_date", "date_source", "sentence", "quantity", "agency", "countries",
    "programme", "date", "activity_start", "activity_end", "sentence_start", "sentence_end",
)  # fmt: skip


def fact_rows(identifier: str, note: Note, separator: str = "; ") -> Iterator[dict[str, Any]]:
    """The ``facts.csv`` rows of ``note``, in note order."""
    by_id = {e.id: e for e in note.entities}
    for fact in note.facts:
        quantity = by_id.get(fact.quantity or "")
        agency = by_id.get(fact.agency or "")
        programme = by_id.get(fact.programme or "")
        row = fact.model_dump()
        row.update(
            note=identifier,
            symbol=note.metadata.symbol,
            value=quantity.value if quantity else None,
            previous_value=quantity.previous_value if quantity else None,
            unit=quantity.unit if quantity else None,
            item=quantity.item if quantity else None,
            agency_name=(agency.name or agency.text) if agency else None,
            programme_name=(programme.name or programme.text) if programme else None,
            iso3=separator.join(fact.iso3),
            countries=separator.join(fact.countries),
            sentence=" ".join(note.text[fact.sentence_start : fact.sentence_end].split()),
        )
        yield {column: row[column] for column in FACT_COLUMNS}


def fact_table(
    notes: Sequence[NamedNote], separator: str = "; "
) -> dict[str, tuple[tuple[str, ...], list[dict[str, Any]]]]:
    """``{"facts": (columns, rows)}`` of the notes, the shape of ``tables.tables``."""
    rows = [row for n in notes for row in fact_rows(n.identifier, n.note, separator)]
    return {"facts": (FACT_COLUMNS, rows)}
