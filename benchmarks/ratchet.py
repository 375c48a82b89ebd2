"""Measure the evaluation on fixtures/gold and raise the floors in tests/ratchet.json.

Usage: .venv/bin/python benchmarks/ratchet.py [--write]

Without --write it prints the current figures beside the floors. With --write each floor becomes
max(floor, current figure rounded down to 3 decimals): floors only ever go up, so a regression
has to be fixed rather than written into the ratchet.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from honlac_extract.evaluation import SCORED_LABELS, EvaluationReport, evaluate

ROOT = Path(__file__).resolve().parents[1]
RATCHET = ROOT / "tests" / "ratchet.json"
STRUCTURE = ("metadata", "sections", "subheadings", "paragraph_numbers", "boundaries")


def current_figures(report: EvaluationReport) -> dict[str, dict[str, float]]:
    """The ratcheted figures of a report: F1 per label and micro, rate per structure figure."""
    figures = report.structure.model_dump()
    return {
        "f1": {label: report.label(label).f1 for label in (*SCORED_LABELS, "micro")},
        "structure": {name: float(figures[name]["rate"]) for name in STRUCTURE},
    }


def _floor(value: float) -> float:
    return math.floor(value * 1000 + 1e-9) / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="raise the floors in the ratchet")
    arguments = parser.parse_args()
    gold = sorted((ROOT / "fixtures" / "gold").glob("*.json"))
    now = current_figures(evaluate(gold))
    ratchet = json.loads(RATCHET.read_text(encoding="utf-8"))
    for group, values in now.items():
        for name, value in values.items():
            floor = float(ratchet[group].get(name, 0.0))
            print(f"{group:<10} {name:<18} now {value:.4f}  floor {floor:.3f}")
            ratchet[group][name] = max(floor, _floor(value))
    if arguments.write:
        RATCHET.write_text(json.dumps(ratchet, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {RATCHET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
