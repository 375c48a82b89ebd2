"""The accuracy ratchet: the extractor on every fixture gold file stays at or above the floors.

Floors live in tests/ratchet.json; benchmarks/ratchet.py raises them as the extractor improves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation_support import real_note
from honlac_extract.evaluation import SCORED_LABELS, EvaluationReport, evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "tests" / "ratchet.json").read_text(encoding="utf-8"))
STRUCTURE = ("metadata", "sections", "subheadings", "paragraph_numbers", "boundaries")
SLACK = 1e-9


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    return evaluate(sorted((ROOT / "fixtures" / "gold").glob("*.json")), extractor=real_note)


def test_the_ratchet_covers_every_label_and_structure_figure() -> None:
    assert set(FLOORS["f1"]) == {*SCORED_LABELS, "micro"}
    assert set(FLOORS["structure"]) == set(STRUCTURE)


@pytest.mark.parametrize("label", [*SCORED_LABELS, "micro"])
def test_f1_stays_at_or_above_its_floor(report: EvaluationReport, label: str) -> None:
    assert report.label(label).f1 >= FLOORS["f1"][label] - SLACK


@pytest.mark.parametrize("name", STRUCTURE)
def test_structure_stays_at_or_above_its_floor(report: EvaluationReport, name: str) -> None:
    figure = getattr(report.structure, name)
    assert figure.rate >= FLOORS["structure"][name] - SLACK
