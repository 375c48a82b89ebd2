"""``table`` writes facts.csv: one row per fact, slots resolved beside their entity ids."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from honlac_extract.cli import main
from honlac_extract.models import Note
from honlac_extract.outputs.facts_table import FACT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEED_JSON = ROOT / "fixtures" / "expected" / "honlac-27-note.json"


def test_facts_csv_has_a_row_per_fact_with_resolved_slots(tmp_path: Path) -> None:
    shutil.copyfile(SEED_JSON, tmp_path / "seed.json")
    assert main(["table", str(tmp_path / "seed.json"), "-o", str(tmp_path / "t"), "-q"]) == 0
    note = Note.model_validate_json(SEED_JSON.read_bytes())
    with (tmp_path / "t" / "facts.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == list(FACT_COLUMNS)
    assert len(rows) == len(note.facts) > 0
    by_id = {e.id: e for e in note.entities}
    for row, fact in zip(rows, note.facts, strict=True):
        assert row["id"] == fact.id and row["note"] == "seed"
        assert row["iso3"] == "; ".join(fact.iso3)
        if fact.quantity:
            assert float(row["value"]) == by_id[fact.quantity].value
        if fact.agency:
            assert row["agency_name"] == (by_id[fact.agency].name or by_id[fact.agency].text)
        if fact.activity_text:
            start, end = int(row["activity_start"]), int(row["activity_end"])
            assert note.text[start:end] == row["activity_text"]
        assert row["sentence"] in " ".join(note.text.split())
