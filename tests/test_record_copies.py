"""``records.validated.updated`` is ``model_copy(update=...)``: same fields, same fields set."""

from __future__ import annotations

from pathlib import Path

from honlac_extract import extract
from honlac_extract.records.validated import updated

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "notes" / "honlac-27-note.txt"


def test_updated_equals_model_copy() -> None:
    note = extract(SEED.read_text(encoding="utf-8"))
    changes = [{"entity_id": "org-99"}, {"id": "e1", "name": "X", "kind": None}, {}]
    for entity in note.entities[:40]:
        for change in changes:
            expected = entity.model_copy(update=change)
            copied = updated(entity, change)
            assert type(copied) is type(expected)
            assert copied == expected
            assert copied.__dict__ == expected.__dict__
            assert copied.model_fields_set == expected.model_fields_set
            assert copied.model_dump_json() == expected.model_dump_json()
            assert copied.model_dump_json(exclude_unset=True) == expected.model_dump_json(
                exclude_unset=True
            )
            assert copied is not entity
