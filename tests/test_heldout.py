"""Held-out notes: accuracy on notes written apart from the rules stays at its measured floor.

fixtures/heldout*/ were annotated by people who did not see the extractor's rules or the other
fixtures (see fixtures/heldout/README.md); their figures are the project's best estimate of
accuracy on notes it has not seen. Floors live in tests/heldout_floors.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation_support import real_note
from honlac_extract.evaluation import SCORED_LABELS, EvaluationReport, evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "tests" / "heldout_floors.json").read_text(encoding="utf-8"))
SETS = sorted(name for name in FLOORS if not name.startswith("_"))


@pytest.fixture(scope="module", params=SETS)
def report(request: pytest.FixtureRequest) -> tuple[str, EvaluationReport]:
    name: str = request.param
    golds = sorted((ROOT / "fixtures" / name / "gold").glob("*.json"))
    assert golds, name
    return name, evaluate(golds, extractor=real_note)


@pytest.mark.parametrize("label", [*SCORED_LABELS, "micro"])
def test_heldout_f1_stays_at_or_above_its_floor(
    report: tuple[str, EvaluationReport], label: str
) -> None:
    name, figures = report
    assert figures.label(label).f1 >= FLOORS[name][label] - 1e-9
